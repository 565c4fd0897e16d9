#include "core/segmenter.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QVarLengthArray>

#include <cmath>
#include <limits>
#include <mutex>

#ifndef REPORTSCOPE_LEXICON_PATH
#define REPORTSCOPE_LEXICON_PATH "/usr/lib/python3/dist-packages/jieba/dict.txt"
#endif

namespace {

// Longer words are names and idioms that never decide a label; capping the length keeps the
// lookups per character bounded.
constexpr qsizetype MaxWordLength = 8;
// A prefix of a longer word that is no word itself: kept so that the lookup can stop early.
constexpr float PrefixOnly = -std::numeric_limits<float>::infinity();

constexpr qsizetype ShortLength = 4;

quint64 packedChars(QStringView w)
{
    quint64 key = 0;
    for (QChar c : w)
        key = (key << 16) | c.unicode();
    return key;
}

bool isDigitLike(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u'%' || c == u',';
}

bool isLatin(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct Shared
{
    std::once_flag once;
    Segmenter segmenter;
    QString error;
};

Shared &sharedState()
{
    static Shared s;
    return s;
}

// One line of dict.txt: "word freq tag"; the tag may be missing in user dictionaries, not in
// the package's file.
bool splitLine(QStringView line, QStringView *word, qint64 *freq, QStringView *tag)
{
    const qsizetype a = line.indexOf(u' ');
    if (a <= 0)
        return false;
    const qsizetype b = line.indexOf(u' ', a + 1);
    if (b < 0)
        return false;
    bool ok = false;
    *freq = line.sliced(a + 1, b - a - 1).toLongLong(&ok);
    if (!ok || *freq < 0)
        return false;
    *word = line.first(a);
    *tag = line.sliced(b + 1).trimmed();
    return !tag->isEmpty();
}

} // namespace

QString Segmenter::defaultPath()
{
    const QString env = qEnvironmentVariable("REPORTSCOPE_LEXICON");
    return env.isEmpty() ? QStringLiteral(REPORTSCOPE_LEXICON_PATH) : env;
}

bool Segmenter::check(QString *error)
{
    const QString path = defaultPath();
    QFile f(path);
    QString why;
    if (!f.open(QIODevice::ReadOnly)) {
        why = tr("it cannot be read (%1)").arg(f.errorString());
    } else {
        // The first lines say whether it is the jieba format; the rest is read when needed.
        int good = 0;
        for (int i = 0; i < 20 && !f.atEnd(); ++i) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            QStringView w, t;
            qint64 freq = 0;
            if (!splitLine(line, &w, &freq, &t)) {
                why = tr("line %1 is not \"word frequency tag\"").arg(i + 1);
                break;
            }
            ++good;
        }
        if (why.isEmpty() && (good == 0 || f.size() < 1024))
            why = tr("it is empty or truncated");
    }
    if (why.isEmpty())
        return true;
    if (error) {
        *error = tr("the word lexicon %1 is missing or damaged: %2. It is provided by the "
                    "Debian package %3 (apt install %3); figure labels cannot be read "
                    "without it.")
                     .arg(path, why, packageName());
    }
    return false;
}

const Segmenter &Segmenter::shared()
{
    Shared &s = sharedState();
    std::call_once(s.once, [&s] {
        QString error;
        if (!s.segmenter.load(defaultPath(), &error)) {
            s.segmenter = Segmenter();
            s.error = error;
            qWarning("reportscope: %s", qUtf8Printable(error));
        }
    });
    return s.segmenter;
}

QString Segmenter::loadError()
{
    shared();
    return sharedState().error;
}

void Segmenter::warmUp()
{
    QThreadPool::globalInstance()->start([] { shared(); });
}

bool Segmenter::load(const QString &path, QString *error)
{
    QFile f(path);
    auto fail = [&](const QString &why) {
        if (error) {
            *error = tr("the word lexicon %1 is missing or damaged: %2. It is provided by the "
                        "Debian package %3.")
                         .arg(path, why, packageName());
        }
        return false;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("it cannot be read (%1)").arg(f.errorString()));
    const QString text = QString::fromUtf8(f.readAll());
    if (text.contains(QChar::ReplacementCharacter))
        return fail(tr("it is not UTF-8"));

    m_words.clear();
    m_short.clear();
    m_tags.clear();
    m_buffer.clear();
    m_maxLength = 1;
    // The keys view into m_buffer, so it must never reallocate: it is reserved for the whole
    // file, which holds every word.
    m_buffer.reserve(text.size());
    QHash<QStringView, quint16> tagIndex; // views into text, which outlives it
    struct Pending
    {
        qsizetype start;
        qsizetype length;
        qint64 freq;
        quint16 tag;
    };
    QList<Pending> pending;
    pending.reserve(text.size() / 14);
    double total = 0;
    qsizetype lineStart = 0;
    int lineNo = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        ++lineNo;
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (line.trimmed().isEmpty())
            continue;
        QStringView word, tag;
        qint64 freq = 0;
        if (!splitLine(line, &word, &freq, &tag))
            return fail(tr("line %1 is not \"word frequency tag\"").arg(lineNo));
        if (word.size() > MaxWordLength)
            continue;
        auto t = tagIndex.constFind(tag);
        if (t == tagIndex.cend()) {
            t = tagIndex.insert(tag, quint16(m_tags.size()));
            m_tags.append(tag.toString());
        }
        pending.append({m_buffer.size(), word.size(), freq, t.value()});
        m_buffer.append(word);
        total += double(std::max<qint64>(freq, 1));
    }
    if (pending.size() < 1000)
        return fail(tr("it holds only %n word(s)", nullptr, int(pending.size())));
    m_logTotal = std::log(total);
    m_wordCount = pending.size();
    m_short.reserve(pending.size() * 2);
    const QStringView buf = m_buffer;
    for (const Pending &p : std::as_const(pending)) {
        const QStringView w = buf.sliced(p.start, p.length);
        const Entry entry{float(std::log(double(std::max<qint64>(p.freq, 1))) - m_logTotal), p.tag};
        if (w.size() <= ShortLength)
            m_short[ShortKey{packedChars(w)}] = entry;
        else
            m_words[w] = entry;
        m_maxLength = std::max(m_maxLength, p.length);
        for (qsizetype k = 1; k < p.length; ++k) {
            if (k <= ShortLength) {
                if (!m_short.contains(ShortKey{packedChars(w.first(k))}))
                    m_short.insert(ShortKey{packedChars(w.first(k))}, Entry{PrefixOnly, 0});
            } else if (!m_words.contains(w.first(k))) {
                m_words.insert(w.first(k), Entry{PrefixOnly, 0});
            }
        }
    }
    return true;
}

const Segmenter::Entry *Segmenter::find(QStringView word) const
{
    if (word.size() <= ShortLength) {
        const auto it = m_short.constFind(ShortKey{packedChars(word)});
        return it == m_short.cend() ? nullptr : &it.value();
    }
    const auto it = m_words.constFind(word);
    return it == m_words.cend() ? nullptr : &it.value();
}

QString Segmenter::tagOf(QStringView word) const
{
    const Entry *e = find(word);
    if (!e || e->logFreq == PrefixOnly)
        return {};
    return m_tags.value(e->tag);
}

void Segmenter::bestPath(QStringView text, qsizetype from, qsizetype to, qsizetype *length,
                         int *tagOfStart) const
{
    const qsizetype n = to - from;
    // Best score of text[i, to), filled right to left.
    QVarLengthArray<double, 128> score(n + 1);
    score[n] = 0;
    const double unknown = -m_logTotal; // as if seen once
    for (qsizetype i = n - 1; i >= 0; --i) {
        const QChar c = text.at(from + i);
        if (isDigitLike(c) || isLatin(c)) {
            // A run of digits or letters is one word.
            const bool digits = isDigitLike(c);
            qsizetype j = i + 1;
            while (j < n && (digits ? isDigitLike(text.at(from + j)) : isLatin(text.at(from + j))))
                ++j;
            score[i] = unknown + score[j];
            length[i] = j - i;
            tagOfStart[i] = digits ? -2 : -3;
            continue;
        }
        double best = unknown + score[i + 1];
        qsizetype bestLen = 1;
        int bestTag = -1;
        const qsizetype limit = std::min(n - i, m_maxLength);
        for (qsizetype k = 1; k <= limit; ++k) {
            const Entry *it = find(text.sliced(from + i, k));
            if (!it)
                break;
            if (it->logFreq == PrefixOnly)
                continue;
            const double s = double(it->logFreq) + score[i + k];
            if (s > best || (k == 1 && bestTag < 0)) {
                best = s;
                bestLen = k;
                bestTag = it->tag;
            }
        }
        score[i] = best;
        length[i] = bestLen;
        tagOfStart[i] = bestTag;
    }
}

QList<Segmenter::Token> Segmenter::segment(QStringView text, qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    const qsizetype n = to - from;
    QList<Token> out;
    if (n == 0)
        return out;
    QVarLengthArray<qsizetype, 128> length(n);
    QVarLengthArray<int, 128> tagOfStart(n);
    bestPath(text, from, to, length.data(), tagOfStart.data());
    static const QString digitsTag = QStringLiteral("m");
    static const QString latinTag = QStringLiteral("eng");
    static const QString unknownTag = QStringLiteral("x");
    for (qsizetype i = 0; i < n; i += length[i]) {
        Token t;
        t.start = from + i;
        t.end = from + i + length[i];
        const int tag = tagOfStart[i];
        t.tag = tag == -2   ? digitsTag
                : tag == -3 ? latinTag
                : tag < 0   ? unknownTag
                            : m_tags.at(tag);
        out.append(t);
    }
    return out;
}

void Segmenter::wordLengths(QStringView text, qsizetype from, qsizetype to,
                            qsizetype *lengths) const
{
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    const qsizetype n = to - from;
    if (n == 0)
        return;
    QVarLengthArray<qsizetype, 128> length(n);
    QVarLengthArray<int, 128> tagOfStart(n);
    bestPath(text, from, to, length.data(), tagOfStart.data());
    std::fill(lengths, lengths + n, 0);
    for (qsizetype i = 0; i < n; i += length[i])
        lengths[i] = length[i];
}
