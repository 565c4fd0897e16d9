#include "core/lexicon.h"

#include <QSet>

#include <algorithm>

namespace {

// The characters at p equal word's (the caller checked that they are there); a plain loop,
// since the words are short and most comparisons fail at the first or second character.
inline bool sameChars(const QChar *p, const QString &word)
{
    const QChar *w = word.constData();
    for (qsizetype k = 0, n = word.size(); k < n; ++k) {
        if (p[k] != w[k])
            return false;
    }
    return true;
}

} // namespace

void Lexicon::Index::build(const QStringList &words, const std::vector<bool> &first, bool byLast)
{
    std::vector<Entry> all;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (!first[size_t(i)])
            continue;
        all.push_back({(byLast ? w.back() : w.front()).unicode(), int(w.size()), int(i)});
    }
    // Stable, so that words of one length keep their order: the longest word of a character
    // comes first, and among words of one length the first in the list.
    std::stable_sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) {
        const unsigned ba = bucket(a.ch);
        const unsigned bb = bucket(b.ch);
        return ba != bb ? ba < bb : a.length > b.length;
    });
    start.assign(Buckets + 1, 0);
    for (const Entry &e : all)
        ++start[bucket(e.ch) + 1];
    for (unsigned k = 0; k < Buckets; ++k)
        start[k + 1] += start[k];
    entries = std::move(all);
}

Lexicon::Lexicon(const QStringList &words) : m_words(words)
{
    // Each word once, its first occurrence: a set of the words seen, since a list of
    // thousands (the unit and label words) searched for every word took a quadratic time.
    std::vector<bool> first(size_t(m_words.size()), false);
    {
        QSet<QStringView> seen;
        seen.reserve(m_words.size());
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            const QString &w = m_words.at(i);
            if (w.isEmpty())
                continue;
            const qsizetype before = seen.size();
            seen.insert(QStringView(w));
            first[size_t(i)] = seen.size() != before;
        }
    }
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &w = m_words.at(i);
        if (!first[size_t(i)])
            continue;
        setBit(m_firstChars, w.front());
        setBit(m_lastChars, w.back());
        if (w.size() == 1)
            setBit(m_singles, w.front());
        else {
            setBit(m_firstPairs, pairKey(w.at(0), w.at(1)));
            setBit(m_lastPairs, pairKey(w.at(w.size() - 2), w.back()));
        }
    }
    m_byFirst.build(m_words, first, false);
    m_byLast.build(m_words, first, true);

    qsizetype shortest = 0;
    for (const QString &w : m_words) {
        if (!w.isEmpty() && (shortest == 0 || w.size() < shortest))
            shortest = w.size();
    }
    m_minLength = int(qBound(qsizetype(1), shortest, qsizetype(255)));
    m_shift.fill(quint8(m_minLength));
    for (const QString &w : m_words) {
        if (w.isEmpty())
            continue;
        // A window ending at the j-th character of a word's first m_minLength must move on
        // no further than to that word's start.
        for (int j = 0; j < m_minLength; ++j) {
            quint8 &shift = m_shift[w.at(j).unicode() & 0xFFFu];
            shift = qMin(shift, quint8(m_minLength - 1 - j));
        }
    }
}

qsizetype Lexicon::indexAt(QStringView s, qsizetype pos, qsizetype limit) const
{
    if (pos < 0 || pos >= limit || pos >= s.size() || !hasBit(m_firstChars, s.at(pos)))
        return -1;
    const QChar c = s.at(pos);
    const qsizetype room = qMin(limit, s.size()) - pos;
    // Most positions whose first character starts some word fail on the second (common
    // characters such as 在 and 的 start a few words each); one more bit says so.
    if (!hasBit(m_singles, c) && (room < 2 || !hasBit(m_firstPairs, pairKey(c, s.at(pos + 1)))))
        return -1;
    const unsigned b = Index::bucket(c);
    for (int k = m_byFirst.start[b], e = m_byFirst.start[b + 1]; k < e; ++k) {
        const Entry &entry = m_byFirst.entries[size_t(k)];
        if (entry.ch != c.unicode() || entry.length > room)
            continue;
        if (sameChars(s.data() + pos, m_words.at(entry.word)))
            return entry.word;
    }
    return -1;
}

qsizetype Lexicon::indexBefore(QStringView s, qsizetype end, qsizetype lowest) const
{
    if (end <= lowest || end <= 0 || end > s.size() || !hasBit(m_lastChars, s.at(end - 1)))
        return -1;
    const QChar c = s.at(end - 1);
    const qsizetype room = end - qMax<qsizetype>(lowest, 0);
    if (!hasBit(m_singles, c) && (room < 2 || !hasBit(m_lastPairs, pairKey(s.at(end - 2), c))))
        return -1;
    const unsigned b = Index::bucket(c);
    for (int k = m_byLast.start[b], e = m_byLast.start[b + 1]; k < e; ++k) {
        const Entry &entry = m_byLast.entries[size_t(k)];
        if (entry.ch != c.unicode() || entry.length > room)
            continue;
        if (sameChars(s.data() + end - entry.length, m_words.at(entry.word)))
            return entry.word;
    }
    return -1;
}

qsizetype Lexicon::indexIn(QStringView text, qsizetype from, qsizetype *length) const
{
    const QChar *data = text.data();
    const qsizetype last = m_minLength - 1;
    for (qsizetype pos = qMax<qsizetype>(from, 0), n = text.size(); pos + last < n; ++pos) {
        // No word starts before pos + shift: each one that did would hold the window's last
        // character among its first m_minLength (the loop's ++pos takes one of the shift).
        const int shift = m_shift[data[pos + last].unicode() & 0xFFFu];
        if (shift > 0) {
            pos += shift - 1;
            continue;
        }
        if (!hasBit(m_firstChars, data[pos]))
            continue;
        if (!hasBit(m_singles, data[pos]) &&
            (pos + 1 == n || !hasBit(m_firstPairs, pairKey(data[pos], data[pos + 1]))))
            continue;
        const qsizetype i = indexAt(text, pos, n);
        if (i >= 0) {
            if (length)
                *length = m_words.at(i).size();
            return pos;
        }
    }
    return -1;
}

bool Lexicon::contains(QStringView word) const
{
    // The longest word at 0 that fits is word itself when word is in the list.
    return !word.isEmpty() && matchAt(word, 0, word.size()) == word.size();
}
