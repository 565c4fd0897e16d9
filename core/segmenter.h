#ifndef REPORTSCOPE_SEGMENTER_H
#define REPORTSCOPE_SEGMENTER_H

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

/**
 * Splits Chinese text into words with a lexicon that carries a frequency and a part-of-speech
 * tag per word: the jieba dictionary (dict.txt of the Debian package python3-jieba, lines of
 * "word frequency tag"), read as data.
 *
 * A span is split the way the lexicon finds most probable: every path through the words found
 * at each position is scored by the sum of the words' log frequencies and the best path wins
 * (characters the lexicon does not know are one-character words; runs of digits and of Latin
 * letters are one word each, tagged "m" and "eng").
 *
 * shared() loads the lexicon once (thread-safe, the first caller waits); warmUp() starts that
 * load on a pool thread so that the window paints first. After loading the segmenter is
 * immutable and safe to share. check() only looks at the file (cheap) so that a program can
 * refuse to start with a clear message instead of reading labels without words.
 *
 * The loaded lexicon is one flat image (a header, the first-character table, the sorted word
 * entries, their characters and the tag names). loadCached() keeps that image as a file in the
 * user's cache and maps it on the next start instead of parsing the text again: the pages are
 * clean, shared and read only where touched (start-up and memory budgets of the window).
 */
class Segmenter
{
    Q_DECLARE_TR_FUNCTIONS(Segmenter)

public:
    /** One word of a segmented span. */
    struct Token
    {
        qsizetype start = 0; ///< offset in the text given to segment()
        qsizetype end = 0;
        QString tag; ///< jieba's part of speech: n, v, vn, m, q, p, eng, x (unknown) …
    };

    /** Builds an empty segmenter: every character is one word. */
    Segmenter() = default;

    /** The lexicon file used by default: REPORTSCOPE_LEXICON in the environment, else the
     *  path configured at build time (the Debian path of python3-jieba). */
    static QString defaultPath();
    /** The Debian package that provides the default lexicon. */
    static QString packageName() { return QStringLiteral("python3-jieba"); }

    /** Cheap check of the default lexicon: it exists, is readable, and its first lines have
     *  the jieba format. On failure sets error to a sentence naming the file and the package. */
    static bool check(QString *error);
    /** The segmenter over the default lexicon, loaded on first use. When the lexicon cannot
     *  be read it is empty (one character per word) and loadError() says why. */
    static const Segmenter &shared();
    /** Why shared() could not load its lexicon; empty when it did. */
    static QString loadError();
    /** Starts loading shared() on a pool thread; returns at once. */
    static void warmUp();
    /** Lets the kernel take back the resident pages of a mapped image: they stay in the page
     *  cache and are read again on the next lookup, so a window that has loaded its reports
     *  does not keep the lexicon in its memory. Safe while other threads segment. */
    void releaseResidentPages() const;

    /** Reads a lexicon in jieba's format; false with error (naming file and line) when it is
     *  missing, empty or damaged. */
    bool load(const QString &path, QString *error);
    /** Like load(), through the compiled image at cachePath: mapped when it was made from
     *  this very source (same size, modification time and first bytes) and is intact (its
     *  checksum and every offset checked), else rebuilt from the source and written there
     *  atomically. A cache that cannot be written only costs the speed. */
    bool loadCached(const QString &path, const QString &cachePath, QString *error);
    /** Where shared() keeps the compiled image of source: REPORTSCOPE_CACHE_DIR, else the
     *  user's cache folder, one file per source path. */
    static QString defaultCachePath(const QString &source);
    /** True when the last loadCached() mapped an existing cache instead of parsing. */
    bool fromCache() const { return m_fromCache; }

    /** Number of words in the lexicon. */
    qsizetype size() const { return m_entryCount; }
    /** The part of speech of word, or an empty string when the lexicon lacks it. */
    QString tagOf(QStringView word) const;
    bool contains(QStringView word) const { return !tagOf(word).isEmpty(); }

    /** Splits text[from, to) into words. */
    QList<Token> segment(QStringView text, qsizetype from, qsizetype to) const;
    /** The same split without tags: lengths[i] is the length of the word starting at from + i
     *  when one starts there, else 0; lengths must hold to - from values. */
    void wordLengths(QStringView text, qsizetype from, qsizetype to, qsizetype *lengths) const;
    /** False when no split of text[from, to) can hold a word of at least minLength characters
     *  that starts before pos and ends at or after end (end > pos); true when the lexicon
     *  has such a word there (whether the best split takes it, wordLengths() says). A lookup
     *  at the few offsets before pos, far cheaper than the split: a caller that only asks
     *  whether pos is inside a word splits only when this says it may be. */
    bool mayCover(QStringView text, qsizetype from, qsizetype to, qsizetype pos, qsizetype end,
                  qsizetype minLength) const;

private:
    struct Image;
    // Points the accessors into image after checking it; false when it is inconsistent.
    bool attach(std::shared_ptr<const Image> image);
    // Fills length and tag (-1 unknown, -2 digits, -3 Latin) of the best first word at each
    // offset; returns nothing, the caller walks the path.
    void bestPath(QStringView text, qsizetype from, qsizetype to, qsizetype *length,
                  int *tag) const;
    // One word of the image (defined in segmenter.cpp: its layout is the cache's business).
    struct Entry;
    // Calls f(length, entry) for every word that starts at text[pos], shortest first, of at
    // most limit characters.
    template<typename F>
    void forEachWordAt(QStringView text, qsizetype pos, qsizetype limit, F f) const;
    const Entry *find(QStringView word) const;
    struct PairSlot;
    // The slot of the words beginning with the two characters of key, or null.
    const PairSlot *findPair(quint32 key) const;
    // Asks for the lexicon's cache lines that segmenting text[from, to) will read, so that
    // their misses overlap instead of following one another.
    void prefetchLookups(QStringView text, qsizetype from, qsizetype to) const;
    // The words sorted by their UTF-16 code units, so the words that begin with a prefix are
    // one run and a walk along the text narrows the run a character at a time. Flat arrays:
    // about 11 bytes a word, loaded without a hash table (start-up and memory budgets). They
    // point into m_image (built in memory, or a mapped cache file).
    std::shared_ptr<const Image> m_image;
    const char16_t *m_chars = nullptr;
    qsizetype m_charCount = 0;
    const Entry *m_entries = nullptr;
    qsizetype m_entryCount = 0;
    // The run of words beginning with character c is [m_first[c], m_first[c + 1]).
    const quint32 *m_first = nullptr;
    // The runs of words of two characters or more by their first two: open addressing over
    // 2^m_pairBits slots, key (first << 16 | second), hi 0 in an empty slot.
    struct PairSlot
    {
        quint32 key = 0;
        quint32 lo = 0;
        quint32 hi = 0;
    };
    const PairSlot *m_pairs = nullptr;
    int m_pairBits = 0;
    QList<QString> m_tags;
    qsizetype m_maxLength = 1;
    double m_logTotal = 0;
    bool m_fromCache = false;
};

#endif // REPORTSCOPE_SEGMENTER_H
