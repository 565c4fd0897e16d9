#include "core/lexicon.h"

#include <algorithm>
#include <cstring>

namespace {

// The characters at p equal word's (the caller checked that they are there); inline, since
// the words are short and most comparisons fail at the first or second character.
bool sameChars(const QChar *p, const QString &word)
{
    return std::memcmp(p, word.constData(), size_t(word.size()) * sizeof(QChar)) == 0;
}

} // namespace

Lexicon::Lexicon(const QStringList &words) : m_words(words)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &w = m_words.at(i);
        if (w.isEmpty() || m_words.indexOf(w) != i)
            continue;
        m_byFirst[w.front().unicode()].push_back(i);
        setBit(m_firstChars, w.front());
        setBit(m_lastChars, w.back());
        m_byLast[w.back().unicode()].push_back(i);
    }
    // Stable, so that words of one length keep their order: the result does not depend on
    // how the hash visits its buckets.
    const auto longestFirst = [this](qsizetype a, qsizetype b) {
        return m_words.at(a).size() > m_words.at(b).size();
    };
    for (auto &list : m_byFirst)
        std::stable_sort(list.begin(), list.end(), longestFirst);
    for (auto &list : m_byLast)
        std::stable_sort(list.begin(), list.end(), longestFirst);
}

qsizetype Lexicon::indexAt(QStringView s, qsizetype pos, qsizetype limit) const
{
    if (pos < 0 || pos >= limit || pos >= s.size() || !hasBit(m_firstChars, s.at(pos)))
        return -1;
    const auto it = m_byFirst.constFind(s.at(pos).unicode());
    if (it == m_byFirst.constEnd())
        return -1;
    for (qsizetype i : *it) {
        const QString &w = m_words.at(i);
        if (pos + w.size() <= limit && pos + w.size() <= s.size() &&
            sameChars(s.data() + pos, w))
            return i;
    }
    return -1;
}

qsizetype Lexicon::indexBefore(QStringView s, qsizetype end, qsizetype lowest) const
{
    if (end <= lowest || end <= 0 || end > s.size() || !hasBit(m_lastChars, s.at(end - 1)))
        return -1;
    const auto it = m_byLast.constFind(s.at(end - 1).unicode());
    if (it == m_byLast.constEnd())
        return -1;
    for (qsizetype i : *it) {
        const QString &w = m_words.at(i);
        if (end - w.size() >= lowest && end - w.size() >= 0 &&
            sameChars(s.data() + end - w.size(), w))
            return i;
    }
    return -1;
}

qsizetype Lexicon::indexIn(QStringView text, qsizetype from, qsizetype *length) const
{
    const QChar *data = text.data();
    for (qsizetype pos = qMax<qsizetype>(from, 0), n = text.size(); pos < n; ++pos) {
        if (!hasBit(m_firstChars, data[pos]))
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

qsizetype Lexicon::matchAt(QStringView s, qsizetype pos, qsizetype limit) const
{
    const qsizetype i = indexAt(s, pos, limit);
    return i < 0 ? 0 : m_words.at(i).size();
}

qsizetype Lexicon::matchBefore(QStringView s, qsizetype end, qsizetype lowest) const
{
    const qsizetype i = indexBefore(s, end, lowest);
    return i < 0 ? 0 : m_words.at(i).size();
}

bool Lexicon::contains(QStringView word) const
{
    // The longest word at 0 that fits is word itself when word is in the list.
    return !word.isEmpty() && matchAt(word, 0, word.size()) == word.size();
}
