#ifndef REPORTSCOPE_LEXICON_H
#define REPORTSCOPE_LEXICON_H

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <vector>

/**
 * A list of words looked up in running text by their first or last character; the longest
 * match wins. Matches are reported as indexes into words(), so a caller can keep data about
 * each word alongside. Immutable after construction, so safe to share between threads.
 */
class Lexicon
{
public:
    Lexicon() = default;
    /** Empty words are ignored; a repeated word matches as its first occurrence. */
    explicit Lexicon(const QStringList &words);

    const QStringList &words() const { return m_words; }
    bool isEmpty() const { return m_words.isEmpty(); }

    /** Index of the longest word at pos that ends at or before limit; -1 if none. */
    qsizetype indexAt(QStringView s, qsizetype pos, qsizetype limit) const;
    /** Index of the longest word ending at end that starts at or after lowest; -1 if none. */
    qsizetype indexBefore(QStringView s, qsizetype end, qsizetype lowest) const;

    /** Length of the longest word at pos that ends at or before limit; 0 if none. */
    qsizetype matchAt(QStringView s, qsizetype pos, qsizetype limit) const
    {
        // Inline: most offsets start no word, and the first character's bit says so.
        if (pos < 0 || pos >= limit || pos >= s.size() || !hasBit(m_firstChars, s.at(pos)))
            return 0;
        const qsizetype i = indexAt(s, pos, limit);
        return i < 0 ? 0 : m_words.at(i).size();
    }
    /** Length of the longest word ending at end that starts at or after lowest; 0 if none. */
    qsizetype matchBefore(QStringView s, qsizetype end, qsizetype lowest) const
    {
        if (end <= lowest || end <= 0 || end > s.size() || !hasBit(m_lastChars, s.at(end - 1)))
            return 0;
        const qsizetype i = indexBefore(s, end, lowest);
        return i < 0 ? 0 : m_words.at(i).size();
    }
    /** True when word is one of the words. */
    bool contains(QStringView word) const;
    /** True when text starts with one of the words. */
    bool startsAny(QStringView text) const { return matchAt(text, 0, text.size()) > 0; }
    /**
     * Position of the first word in text at or after from, in one pass over text; -1 if
     * none. Where several words start at that position the longest wins, and its length goes
     * to *length.
     */
    qsizetype indexIn(QStringView text, qsizetype from = 0, qsizetype *length = nullptr) const;
    /** True when one of the words occurs anywhere in text. */
    bool occursIn(QStringView text) const { return indexIn(text) >= 0; }

private:
    QStringList m_words;
    // The words by first and by last character: buckets of the character's low ten bits, each
    // a range of entries longest first (words of one length in list order). An entry holds
    // its character, so that the words of other characters in the bucket are passed over
    // without reading them; a lookup is two loads, not a hash.
    struct Entry
    {
        char16_t ch;
        int length;
        int word; ///< index into m_words
    };
    struct Index
    {
        static constexpr unsigned Buckets = 1024;
        std::vector<int> start; ///< Buckets + 1 offsets into entries
        std::vector<Entry> entries;
        /** first[i]: words[i] is not empty and not a repeat of an earlier word. */
        void build(const QStringList &words, const std::vector<bool> &first, bool byLast);
        static unsigned bucket(QChar c) { return c.unicode() & (Buckets - 1); }
    };
    Index m_byFirst;
    Index m_byLast;
    // A bit per first and per last character (folded to 12 bits): most characters of a text
    // start or end no word, and the bit tells so without a hash lookup. The lookups also ask
    // the first (or last) two characters (words of one character apart), since common
    // characters such as 在 start words too.
    using CharBits = std::array<quint64, 64>;
    CharBits m_firstChars{};
    CharBits m_lastChars{};
    CharBits m_firstPairs{};
    CharBits m_lastPairs{}; ///< the last two characters, for indexBefore()
    CharBits m_singles{};
    // indexIn() looks at the last character of a window as long as the shortest word and
    // moves the window on by as much as that character allows (Horspool's rule for a set of
    // words): most characters of a text occur in no word's first m_minLength characters, so
    // the scan reads about one character in m_minLength. The character is folded to 12 bits
    // as for CharBits; characters that share a slot take the smallest shift of them.
    int m_minLength = 1;
    std::array<quint8, 4096> m_shift{};
    static QChar pairKey(QChar a, QChar b)
    {
        return QChar(char16_t(a.unicode() * 31u + b.unicode()));
    }
    static void setBit(CharBits &bits, QChar c)
    {
        const unsigned bit = c.unicode() & 0xFFFu;
        bits[bit >> 6] |= quint64(1) << (bit & 63);
    }
    static bool hasBit(const CharBits &bits, QChar c)
    {
        const unsigned bit = c.unicode() & 0xFFFu;
        return bits[bit >> 6] & (quint64(1) << (bit & 63));
    }
};

#endif // REPORTSCOPE_LEXICON_H
