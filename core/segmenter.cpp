#include "core/segmenter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>

#ifndef REPORTSCOPE_LEXICON_PATH
#define REPORTSCOPE_LEXICON_PATH "/usr/lib/python3/dist-packages/jieba/dict.txt"
#endif

namespace {

// Longer words are names and idioms that never decide a label; capping the length keeps the
// lookups per character bounded.
constexpr qsizetype MaxWordLength = 8;
// Appends the UTF-8 bytes [b, e) to out as UTF-16; false on a malformed sequence (overlong,
// surrogate, beyond U+10FFFF, cut off).
bool appendUtf8(const char *b, const char *e, QString *out)
{
    while (b < e) {
        const uchar c = uchar(*b);
        if (c < 0x80) {
            out->append(QChar(c));
            ++b;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t lowest = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            cp = c & 0x1f;
            lowest = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            cp = c & 0x0f;
            lowest = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            cp = c & 0x07;
            lowest = 0x10000;
        } else {
            return false;
        }
        if (e - b <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const uchar cc = uchar(b[k]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < lowest || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        if (cp >= 0x10000) {
            out->append(QChar::highSurrogate(cp));
            out->append(QChar::lowSurrogate(cp));
        } else {
            out->append(QChar(char16_t(cp)));
        }
        b += extra + 1;
    }
    return true;
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
    m_chars.clear();
    m_entries.clear();
    m_first.clear();
    m_tags.clear();
    m_maxLength = 1;
    m_logTotal = 0;
    QFile f(path);
    auto fail = [&](const QString &why) {
        m_chars.clear();
        m_entries.clear();
        m_first.clear();
        m_tags.clear();
        if (error) {
            *error = tr("the word lexicon %1 is missing or damaged: %2. It is provided by the "
                        "Debian package %3.")
                         .arg(path, why, packageName());
        }
        return false;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("it cannot be read (%1)").arg(f.errorString()));
    // Read from the bytes: no decoded copy of the whole file, so the peak memory of loading
    // stays near the file's size (the window's start-up budget).
    QByteArray bytes = f.readAll();
    f.close();
    QHash<QByteArray, quint8> tagIndex;
    m_entries.reserve(bytes.size() / 14);
    m_chars.reserve(bytes.size() / 4);
    double total = 0;
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    int lineNo = 0;
    auto isBlank = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
    };
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        ++lineNo;
        const char *const line = p;
        p = eol + 1;
        if (std::all_of(line, eol, isBlank))
            continue;
        const auto notFormat = [&] {
            return fail(tr("line %1 is not \"word frequency tag\"").arg(lineNo));
        };
        // "word frequency tag": the word up to the first space, the frequency up to the next.
        const char *a = static_cast<const char *>(std::memchr(line, ' ', size_t(eol - line)));
        if (!a || a == line)
            return notFormat();
        const char *b = static_cast<const char *>(std::memchr(a + 1, ' ', size_t(eol - a - 1)));
        if (!b || b == a + 1)
            return notFormat();
        qint64 freq = 0;
        for (const char *d = a + 1; d < b; ++d) {
            if (*d < '0' || *d > '9' || freq > (qint64(1) << 40))
                return notFormat();
            freq = freq * 10 + (*d - '0');
        }
        const char *tagBegin = b + 1;
        const char *tagEnd = eol;
        while (tagBegin < tagEnd && isBlank(*tagBegin))
            ++tagBegin;
        while (tagEnd > tagBegin && isBlank(tagEnd[-1]))
            --tagEnd;
        if (tagBegin == tagEnd)
            return notFormat();
        const qsizetype offset = m_chars.size();
        if (!appendUtf8(line, a, &m_chars))
            return fail(tr("it is not UTF-8"));
        const qsizetype length = m_chars.size() - offset;
        if (length > MaxWordLength) {
            m_chars.truncate(offset);
            continue;
        }
        const QByteArray tag(tagBegin, tagEnd - tagBegin);
        auto t = tagIndex.constFind(tag);
        if (t == tagIndex.cend()) {
            QString name;
            if (!appendUtf8(tagBegin, tagEnd, &name))
                return fail(tr("it is not UTF-8"));
            if (m_tags.size() > 255)
                return notFormat();
            t = tagIndex.insert(tag, quint8(m_tags.size()));
            m_tags.append(name);
        }
        const double weight = double(std::max<qint64>(freq, 1));
        // The frequency itself until the total is known: a float holds every count up to
        // 2^24 exactly, far above the package's largest.
        m_entries.append({quint32(offset), quint8(length), t.value(), float(weight)});
        total += weight;
    }
    bytes = QByteArray();
    if (m_entries.size() < 1000)
        return fail(tr("it holds only %n word(s)", nullptr, int(m_entries.size())));
    m_logTotal = std::log(total);
    m_chars.squeeze();

    // Sort by the words' code units, in place; a word given twice keeps its last line (the
    // larger offset), as a dictionary read top to bottom would.
    const QChar *chars = m_chars.constData();
    auto less = [chars](const Entry &x, const Entry &y) {
        const qsizetype n = std::min(x.length, y.length);
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t cx = chars[x.offset + i].unicode();
            const char16_t cy = chars[y.offset + i].unicode();
            if (cx != cy)
                return cx < cy;
        }
        if (x.length != y.length)
            return x.length < y.length;
        return x.offset < y.offset;
    };
    // First by the first character (counting, one pass), then each short run by the rest.
    QList<quint32> starts(0x10000 + 1, 0);
    for (const Entry &e : std::as_const(m_entries))
        ++starts[chars[e.offset].unicode() + 1];
    for (qsizetype c = 1; c < starts.size(); ++c)
        starts[c] += starts[c - 1];
    {
        QList<Entry> sorted(m_entries.size());
        QList<quint32> next = starts;
        for (const Entry &e : std::as_const(m_entries))
            sorted[next[chars[e.offset].unicode()]++] = e;
        m_entries = std::move(sorted);
    }
    for (qsizetype c = 0; c + 1 < starts.size(); ++c) {
        if (starts[c + 1] - starts[c] > 1)
            std::sort(m_entries.begin() + starts[c], m_entries.begin() + starts[c + 1], less);
    }
    auto sameWord = [chars](const Entry &x, const Entry &y) {
        return x.length == y.length &&
               std::equal(chars + x.offset, chars + x.offset + x.length, chars + y.offset);
    };
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry e = m_entries.at(i);
        e.logFreq = float(std::log(double(e.logFreq)) - m_logTotal);
        if (kept > 0 && sameWord(m_entries.at(kept - 1), e))
            m_entries[kept - 1] = e;
        else
            m_entries[kept++] = e;
        m_maxLength = std::max<qsizetype>(m_maxLength, e.length);
    }
    m_entries.resize(kept);
    m_entries.squeeze();
    m_first.fill(0, 0x10000 + 1);
    for (const Entry &e : std::as_const(m_entries))
        ++m_first[chars[e.offset].unicode() + 1];
    for (qsizetype c = 1; c < m_first.size(); ++c)
        m_first[c] += m_first[c - 1];
    return true;
}

template<typename F>
void Segmenter::forEachWordAt(QStringView text, qsizetype pos, qsizetype limit, F f) const
{
    if (m_entries.isEmpty() || limit < 1)
        return;
    const Entry *entries = m_entries.constData();
    const QChar *chars = m_chars.constData();
    const char16_t first = text.at(pos).unicode();
    const Entry *lo = entries + m_first.at(first);
    const Entry *hi = entries + m_first.at(first + 1);
    for (qsizetype d = 1; lo < hi; ++d) {
        // Every word in [lo, hi) begins with text[pos, pos + d); the one that is exactly
        // that sorts first.
        if (lo->length == d) {
            f(d, *lo);
            ++lo;
        }
        if (d >= limit || lo >= hi)
            break;
        // The rest are longer than d: narrow them to those whose next character matches.
        const char16_t next = text.at(pos + d).unicode();
        lo = std::lower_bound(lo, hi, next, [chars, d](const Entry &e, char16_t c) {
            return chars[e.offset + d].unicode() < c;
        });
        hi = std::upper_bound(lo, hi, next, [chars, d](char16_t c, const Entry &e) {
            return c < chars[e.offset + d].unicode();
        });
    }
}

const Segmenter::Entry *Segmenter::find(QStringView word) const
{
    const Entry *found = nullptr;
    if (word.isEmpty())
        return found;
    forEachWordAt(word, 0, word.size(), [&](qsizetype length, const Entry &e) {
        if (length == word.size())
            found = &e;
    });
    return found;
}

QString Segmenter::tagOf(QStringView word) const
{
    const Entry *e = find(word);
    if (!e)
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
        forEachWordAt(text, from + i, limit, [&](qsizetype k, const Entry &e) {
            const double s = double(e.logFreq) + score[i + k];
            if (s > best || (k == 1 && bestTag < 0)) {
                best = s;
                bestLen = k;
                bestTag = e.tag;
            }
        });
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
