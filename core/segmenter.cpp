#include "core/segmenter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVarLengthArray>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

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
// Runs of words at most this long are narrowed by reading them in order, longer ones by
// binary search.
constexpr qsizetype ShortRun = 12;
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

// Asks for the cache line at p ahead of its use; the lexicon's tables are megabytes, so a
// lookup's loads miss the cache, and misses asked for together overlap.
inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    Q_UNUSED(p);
#endif
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

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// One line of dict.txt, [line, eol): "word frequency tag". The one parser of the format, for
// check() and load() alike. Does not check that the word is UTF-8.
struct LexiconLine
{
    const char *word = nullptr;
    const char *wordEnd = nullptr;
    qint64 frequency = 0;
    const char *tag = nullptr;
    const char *tagEnd = nullptr;
};

bool parseLexiconLine(const char *line, const char *eol, LexiconLine *out)
{
    // The word up to the first space, the frequency up to the next, then the tag.
    const char *a = static_cast<const char *>(std::memchr(line, ' ', size_t(eol - line)));
    if (!a || a == line)
        return false;
    const char *b = static_cast<const char *>(std::memchr(a + 1, ' ', size_t(eol - a - 1)));
    if (!b || b == a + 1)
        return false;
    qint64 freq = 0;
    for (const char *d = a + 1; d < b; ++d) {
        if (*d < '0' || *d > '9' || freq > (qint64(1) << 40))
            return false;
        freq = freq * 10 + (*d - '0');
    }
    const char *tagBegin = b + 1;
    const char *tagEnd = eol;
    while (tagBegin < tagEnd && isBlank(*tagBegin))
        ++tagBegin;
    while (tagEnd > tagBegin && isBlank(tagEnd[-1]))
        --tagEnd;
    if (tagBegin == tagEnd)
        return false;
    *out = {line, a, freq, tagBegin, tagEnd};
    return true;
}

// Calls f(lineNumber, line, eol) for every line of [p, end) that is not blank; stops when f
// returns false, and returns false then.
template<typename F>
bool forEachLine(const char *p, const char *end, F f)
{
    int lineNo = 0;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        ++lineNo;
        const char *const line = p;
        p = eol + 1;
        if (std::all_of(line, eol, isBlank))
            continue;
        if (!f(lineNo, line, eol))
            return false;
    }
    return true;
}

// The compiled image's layout: this header, then the first-character table (0x10001 quint32),
// the entries, the words' UTF-16 characters, the tag names (each NUL-terminated) and the pair
// table, each part starting at a multiple of 8.
struct ImageHeader
{
    char magic[8];
    quint32 version;
    quint32 entrySize;
    qint64 sourceSize;
    qint64 sourceModified; // ms since the epoch
    quint64 sourceHead;    // hash of the source's first HeadBytes
    quint64 entryCount;
    quint64 charCount;
    quint64 tagBytes;
    qint64 maxLength;
    double logTotal;
    quint64 pairSlots; // size of the pair table, a power of two
    quint64 checksum;  // of the header before this field and of everything after the header
};
constexpr char ImageMagic[8] = {'R', 'S', 'L', 'E', 'X', 'I', 'C', '\n'};
constexpr quint32 ImageVersion = 3;
constexpr qsizetype FirstCount = 0x10000 + 1;
constexpr qint64 HeadBytes = 4096;
// Zero bytes after the characters, more than a lookup can read past a word's start.
constexpr qint64 CharGuard = 2 * 8;

constexpr qint64 align8(qint64 n)
{
    return (n + 7) & ~qint64(7);
}

// The slot of a pair of first characters in a table of 2^bits slots (Fibonacci hashing).
inline quint32 pairHash(quint32 key, int bits)
{
    return quint32((key * 0x9e3779b9u) >> (32 - bits));
}

inline quint32 pairKey(char16_t first, char16_t second)
{
    return (quint32(first) << 16) | second;
}

// A fast, non-cryptographic 64-bit hash (a multiply-xor per 8 bytes): it only has to notice
// a damaged or truncated cache, in about a millisecond for the whole image.
class Hasher
{
public:
    // n a multiple of 8.
    void addWords(const uchar *p, qint64 n)
    {
        for (; n >= 8; p += 8, n -= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            mix(w);
        }
    }
    void add(const uchar *p, qint64 n)
    {
        addWords(p, n & ~qint64(7));
        quint64 w = 0;
        std::memcpy(&w, p + (n & ~qint64(7)), size_t(n & 7));
        mix(w ^ (quint64(n) << 56));
    }
    quint64 finish(qint64 total)
    {
        mix(quint64(total));
        return m_h ^ (m_h >> 31);
    }

private:
    void mix(quint64 w)
    {
        m_h = (m_h ^ w) * 0x9e3779b97f4a7c15ULL;
        m_h ^= m_h >> 29;
    }
    quint64 m_h = 0x243f6a8885a308d3ULL;
};

// The checksum covers the header before its own field and everything after the header.
constexpr qint64 ChecksumAt = qint64(offsetof(ImageHeader, checksum));
static_assert(ChecksumAt % 8 == 0 && sizeof(ImageHeader) % 8 == 0);

quint64 imageChecksum(const uchar *image, qint64 size)
{
    Hasher h;
    h.addWords(image, ChecksumAt);
    h.addWords(image + sizeof(ImageHeader), size - qint64(sizeof(ImageHeader)));
    return h.finish(size);
}

// The same over a file, read through a small buffer rather than the mapping: the pages stay
// in the page cache and out of the process's resident set, which then holds only the pages
// that lookups touch.
bool fileChecksumMatches(QFile &file, qint64 size, quint64 expected)
{
    if (size % 8 != 0 || !file.seek(0))
        return false;
    Hasher h;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 at = 0;
    while (at < size) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(buffer.size(), size - at));
        if (n <= 0 || n % 8 != 0)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(buffer.constData());
        // The header's part before its checksum field, then all after the header.
        const qint64 headerEnd = qint64(sizeof(ImageHeader));
        if (at < headerEnd) {
            h.addWords(p, std::min<qint64>(n, ChecksumAt));
            if (n > headerEnd)
                h.addWords(p + headerEnd, n - headerEnd);
        } else {
            h.addWords(p, n);
        }
        at += n;
    }
    return h.finish(size) == expected;
}

// What identifies the source a cache was made from.
struct SourceStamp
{
    qint64 size = -1;
    qint64 modified = 0;
    quint64 head = 0;
};

bool stampOf(const QString &path, SourceStamp *stamp)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QFileInfo info(f);
    stamp->size = f.size();
    stamp->modified = info.lastModified().toMSecsSinceEpoch();
    const QByteArray head = f.read(HeadBytes);
    Hasher h;
    h.add(reinterpret_cast<const uchar *>(head.constData()), head.size());
    stamp->head = h.finish(head.size());
    return true;
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
        const QByteArray head = f.read(HeadBytes);
        const char *end = head.constData() + head.size();
        if (head.size() == HeadBytes) {
            // The last line may be cut off.
            while (end > head.constData() && end[-1] != '\n')
                --end;
        }
        int good = 0;
        forEachLine(head.constData(), end, [&](int lineNo, const char *line, const char *eol) {
            LexiconLine fields;
            if (!parseLexiconLine(line, eol, &fields)) {
                why = tr("line %1 is not \"word frequency tag\"").arg(lineNo);
                return false;
            }
            return ++good < 20;
        });
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
        const QString path = defaultPath();
        if (!s.segmenter.loadCached(path, defaultCachePath(path), &error)) {
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

QString Segmenter::defaultCachePath(const QString &source)
{
    QString dir = qEnvironmentVariable("REPORTSCOPE_CACHE_DIR");
    if (dir.isEmpty()) {
        // Generic: the segmenter loads before the application has a name.
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
              QStringLiteral("/reportscope");
    }
    const QByteArray key = QCryptographicHash::hash(QFileInfo(source).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    // The layout's version in the name: builds of another version keep their own file
    // instead of rebuilding each other's.
    return dir + QStringLiteral("/lexicon-") + QString::fromLatin1(key) +
           QStringLiteral("-v%1.bin").arg(ImageVersion);
}

// One word, 8 bytes: its characters after the first are m_chars[offset, offset + length - 1)
// (the first is the run it sits in), stored in the entries' order, so that the words a walk
// narrows are near each other in memory; then its tag and log probability.
struct Segmenter::Entry
{
    quint32 packed = 0; // offset: 22 bits, length - 1: 3 bits, tag: 7 bits
    float logFreq = 0;

    static constexpr quint32 OffsetLimit = 1u << 22;
    qsizetype offset() const { return qsizetype(packed & (OffsetLimit - 1)); }
    qsizetype length() const { return qsizetype((packed >> 22) & 7) + 1; }
    int tag() const { return int(packed >> 25); }
};
static_assert(sizeof(float) == 4 && MaxWordLength <= 8);

// The bytes of a compiled lexicon: built in memory, or a cache file mapped read-only.
struct Segmenter::Image
{
    QByteArray bytes;
    std::unique_ptr<QFile> file;
    const uchar *mapped = nullptr;
    qint64 mappedSize = 0;

    const uchar *data() const
    {
        return mapped ? mapped : reinterpret_cast<const uchar *>(bytes.constData());
    }
    qint64 size() const { return mapped ? mappedSize : bytes.size(); }
};

bool Segmenter::attach(std::shared_ptr<const Image> image)
{
    const uchar *d = image->data();
    const qint64 size = image->size();
    if (size < qint64(sizeof(ImageHeader)))
        return false;
    ImageHeader h;
    std::memcpy(&h, d, sizeof h);
    if (std::memcmp(h.magic, ImageMagic, sizeof ImageMagic) != 0 || h.version != ImageVersion ||
        h.entrySize != sizeof(Entry) || h.maxLength < 1 || h.maxLength > MaxWordLength ||
        h.entryCount > (quint64(1) << 28) || h.charCount > (quint64(1) << 30) ||
        h.tagBytes > (1 << 16))
        return false;
    const qint64 firstAt = sizeof(ImageHeader);
    const qint64 entriesAt = align8(firstAt + FirstCount * qint64(sizeof(quint32)));
    const qint64 charsAt = align8(entriesAt + qint64(h.entryCount) * qint64(sizeof(Entry)));
    const qint64 tagsAt = align8(charsAt + qint64(h.charCount) * 2 + CharGuard);
    const qint64 pairsAt = align8(tagsAt + qint64(h.tagBytes));
    if (h.pairSlots < 16 || h.pairSlots > (quint64(1) << 28) ||
        (h.pairSlots & (h.pairSlots - 1)) != 0 ||
        size != align8(pairsAt + qint64(h.pairSlots) * qint64(sizeof(PairSlot))))
        return false;
    const auto *first = reinterpret_cast<const quint32 *>(d + firstAt);
    const auto *entries = reinterpret_cast<const Entry *>(d + entriesAt);
    const auto *chars = reinterpret_cast<const char16_t *>(d + charsAt);
    // The checksum (loadCached) says that the bytes are those load() wrote; the words are not
    // read through again here, so that only the pages lookups touch become resident. The
    // first-character table is checked, since it indexes the entries; a lookup reads at most
    // MaxWordLength characters from a word's start, which the guard after them keeps inside.
    if (first[0] != 0 || first[FirstCount - 1] != h.entryCount)
        return false;
    for (qsizetype c = 1; c < FirstCount; ++c) {
        if (first[c] < first[c - 1])
            return false;
    }
    QList<QString> tags;
    const char *t = reinterpret_cast<const char *>(d + tagsAt);
    const char *const tagsEnd = t + h.tagBytes;
    while (t < tagsEnd) {
        const char *nul = static_cast<const char *>(std::memchr(t, 0, size_t(tagsEnd - t)));
        if (!nul || tags.size() > 255)
            return false;
        QString name;
        if (!appendUtf8(t, nul, &name))
            return false;
        tags.append(name);
        t = nul + 1;
    }
    m_image = std::move(image);
    m_first = first;
    m_entries = entries;
    m_entryCount = qsizetype(h.entryCount);
    m_chars = chars;
    m_charCount = qsizetype(h.charCount);
    m_tags = tags;
    m_maxLength = qsizetype(h.maxLength);
    m_logTotal = h.logTotal;
    m_pairs = reinterpret_cast<const PairSlot *>(d + pairsAt);
    m_pairBits = 0;
    while ((quint64(1) << m_pairBits) < h.pairSlots)
        ++m_pairBits;
    return true;
}

bool Segmenter::load(const QString &path, QString *error)
{
    *this = Segmenter();
    QFile f(path);
    auto fail = [&](const QString &why) {
        *this = Segmenter();
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
    // A word while loading: its characters in chars, in the file's order.
    struct Word
    {
        quint32 offset = 0;
        quint8 length = 0;
        quint8 tag = 0;
        float logFreq = 0;
    };
    QHash<QByteArray, quint8> tagIndex;
    QList<QString> tagNames;
    QList<Word> list;
    QString chars;
    list.reserve(bytes.size() / 14);
    chars.reserve(bytes.size() / 4);
    double total = 0;
    QString why;
    forEachLine(bytes.constData(), bytes.constData() + bytes.size(),
                [&](int lineNo, const char *line, const char *eol) {
                    LexiconLine w;
                    if (!parseLexiconLine(line, eol, &w)) {
                        why = tr("line %1 is not \"word frequency tag\"").arg(lineNo);
                        return false;
                    }
                    const qsizetype offset = chars.size();
                    if (!appendUtf8(w.word, w.wordEnd, &chars)) {
                        why = tr("it is not UTF-8");
                        return false;
                    }
                    const qsizetype length = chars.size() - offset;
                    if (length > MaxWordLength) {
                        chars.truncate(offset);
                        return true;
                    }
                    const QByteArray tag(w.tag, w.tagEnd - w.tag);
                    auto t = tagIndex.constFind(tag);
                    if (t == tagIndex.cend()) {
                        QString name;
                        if (!appendUtf8(w.tag, w.tagEnd, &name)) {
                            why = tr("it is not UTF-8");
                            return false;
                        }
                        if (tagNames.size() > 127) {
                            why = tr("line %1 is not \"word frequency tag\"").arg(lineNo);
                            return false;
                        }
                        t = tagIndex.insert(tag, quint8(tagNames.size()));
                        tagNames.append(name);
                    }
                    const double weight = double(std::max<qint64>(w.frequency, 1));
                    // The frequency itself until the total is known: a float holds every
                    // count up to 2^24 exactly, far above the package's largest.
                    list.append({quint32(offset), quint8(length), t.value(), float(weight)});
                    total += weight;
                    return true;
                });
    bytes = QByteArray();
    if (!why.isEmpty())
        return fail(why);
    if (list.size() < 1000)
        return fail(tr("it holds only %n word(s)", nullptr, int(list.size())));
    const double logTotal = std::log(total);

    // Sort by the words' code units, in place; a word given twice keeps its last line (the
    // larger offset), as a dictionary read top to bottom would.
    const QChar *text = chars.constData();
    auto less = [text](const Word &x, const Word &y) {
        const qsizetype n = std::min(x.length, y.length);
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t cx = text[x.offset + i].unicode();
            const char16_t cy = text[y.offset + i].unicode();
            if (cx != cy)
                return cx < cy;
        }
        if (x.length != y.length)
            return x.length < y.length;
        return x.offset < y.offset;
    };
    // First by the first character (counting, one pass), then each short run by the rest.
    QList<quint32> starts(FirstCount, 0);
    for (const Word &e : std::as_const(list))
        ++starts[text[e.offset].unicode() + 1];
    for (qsizetype c = 1; c < starts.size(); ++c)
        starts[c] += starts[c - 1];
    {
        QList<Word> sorted(list.size());
        QList<quint32> next = starts;
        for (const Word &e : std::as_const(list))
            sorted[next[text[e.offset].unicode()]++] = e;
        list = std::move(sorted);
    }
    for (qsizetype c = 0; c + 1 < starts.size(); ++c) {
        if (starts[c + 1] - starts[c] > 1)
            std::sort(list.begin() + starts[c], list.begin() + starts[c + 1], less);
    }
    auto sameWord = [text](const Word &x, const Word &y) {
        return x.length == y.length &&
               std::equal(text + x.offset, text + x.offset + x.length, text + y.offset);
    };
    qsizetype kept = 0;
    qsizetype maxLength = 1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Word e = list.at(i);
        e.logFreq = float(std::log(double(e.logFreq)) - logTotal);
        if (kept > 0 && sameWord(list.at(kept - 1), e))
            list[kept - 1] = e;
        else
            list[kept++] = e;
        maxLength = std::max<qsizetype>(maxLength, e.length);
    }
    list.resize(kept);
    std::fill(starts.begin(), starts.end(), 0);
    for (const Word &e : std::as_const(list))
        ++starts[text[e.offset].unicode() + 1];
    for (qsizetype c = 1; c < starts.size(); ++c)
        starts[c] += starts[c - 1];

    // The entries, with each word's characters after the first in the entries' order.
    QList<Entry> entries(list.size());
    QList<char16_t> rest;
    QList<char16_t> firstOf(list.size());
    rest.reserve(chars.size() - list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Word &w = list.at(i);
        firstOf[i] = text[w.offset].unicode();
        if (rest.size() + w.length >= qsizetype(Entry::OffsetLimit))
            return fail(tr("it holds only %n word(s)", nullptr, int(i))); // never: 4 M characters
        entries[i].packed =
            quint32(rest.size()) | (quint32(w.length - 1) << 22) | (quint32(w.tag) << 25);
        entries[i].logFreq = w.logFreq;
        for (qsizetype k = 1; k < w.length; ++k)
            rest.append(text[w.offset + k].unicode());
    }
    list = QList<Word>();

    // The pair table: the words of two characters or more by their first two, each pair one
    // run of the sorted entries. It replaces the two widest binary searches of a lookup (over
    // all the words of a common first character) with one probe.
    QList<PairSlot> pairs;
    {
        struct Run
        {
            quint32 key, lo, hi;
        };
        QList<Run> runs;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const qsizetype length = entries.at(i).length();
            if (length < 2)
                continue;
            // The entry's first character is that of its run; its second is rest[offset].
            const char16_t second = rest.at(entries.at(i).offset());
            const quint32 key = pairKey(firstOf.at(i), second);
            if (!runs.isEmpty() && runs.last().key == key && runs.last().hi == quint32(i))
                runs.last().hi = quint32(i + 1);
            else
                runs.append({key, quint32(i), quint32(i + 1)});
        }
        int bits = 4;
        while ((qsizetype(1) << bits) < runs.size() + runs.size() / 3)
            ++bits;
        pairs.resize(qsizetype(1) << bits);
        for (const Run &r : std::as_const(runs)) {
            quint32 at = pairHash(r.key, bits);
            while (pairs.at(at).hi != 0)
                at = (at + 1) & ((1u << bits) - 1);
            pairs[at] = {r.key, r.lo, r.hi};
        }
    }

    // The image, laid out as a cache file is.
    QByteArray tagBytes;
    for (const QString &name : std::as_const(tagNames))
        tagBytes += name.toUtf8() + '\0';
    ImageHeader h{};
    std::memcpy(h.magic, ImageMagic, sizeof ImageMagic);
    h.version = ImageVersion;
    h.entrySize = sizeof(Entry);
    h.entryCount = quint64(entries.size());
    h.charCount = quint64(rest.size());
    h.tagBytes = quint64(tagBytes.size());
    h.maxLength = maxLength;
    h.logTotal = logTotal;
    h.pairSlots = quint64(pairs.size());
    const qint64 firstAt = sizeof(ImageHeader);
    const qint64 entriesAt = align8(firstAt + FirstCount * qint64(sizeof(quint32)));
    const qint64 charsAt = align8(entriesAt + qint64(entries.size()) * qint64(sizeof(Entry)));
    const qint64 tagsAt = align8(charsAt + qint64(rest.size()) * 2 + CharGuard);
    const qint64 pairsAt = align8(tagsAt + tagBytes.size());
    auto image = std::make_shared<Image>();
    image->bytes =
        QByteArray(align8(pairsAt + qint64(pairs.size()) * qint64(sizeof(PairSlot))), '\0');
    char *d = image->bytes.data();
    std::memcpy(d + firstAt, starts.constData(), size_t(FirstCount) * sizeof(quint32));
    std::memcpy(d + entriesAt, entries.constData(), size_t(entries.size()) * sizeof(Entry));
    std::memcpy(d + charsAt, rest.constData(), size_t(rest.size()) * 2);
    std::memcpy(d + tagsAt, tagBytes.constData(), size_t(tagBytes.size()));
    std::memcpy(d + pairsAt, pairs.constData(), size_t(pairs.size()) * sizeof(PairSlot));
    std::memcpy(d, &h, sizeof h);
    h.checksum = imageChecksum(reinterpret_cast<const uchar *>(d), image->bytes.size());
    std::memcpy(d, &h, sizeof h);
    if (!attach(std::move(image)))
        return fail(tr("it is not UTF-8"));
    return true;
}

bool Segmenter::loadCached(const QString &path, const QString &cachePath, QString *error)
{
    m_fromCache = false;
    SourceStamp stamp;
    if (!stampOf(path, &stamp))
        return load(path, error); // says why the source cannot be read
    auto mapCache = [&] {
        auto image = std::make_shared<Image>();
        image->file = std::make_unique<QFile>(cachePath);
        if (!image->file->open(QIODevice::ReadOnly) ||
            image->file->size() < qint64(sizeof(ImageHeader)))
            return false;
        image->mappedSize = image->file->size();
        image->mapped = image->file->map(0, image->mappedSize);
        if (!image->mapped)
            return false;
#ifdef Q_OS_UNIX
        // Lookups jump about: no read-ahead from disk on a cold start. It does not stop the
        // kernel mapping the cached pages around each one touched (fault-around, measured:
        // 64 KiB a touch even so); releaseResidentPages() gives those back.
        madvise(const_cast<uchar *>(image->mapped), size_t(image->mappedSize), MADV_RANDOM);
#endif
        ImageHeader h;
        std::memcpy(&h, image->mapped, sizeof h);
        if (h.sourceSize != stamp.size || h.sourceModified != stamp.modified ||
            h.sourceHead != stamp.head ||
            !fileChecksumMatches(*image->file, image->mappedSize, h.checksum))
            return false;
        return attach(std::move(image));
    };
    if (mapCache()) {
        m_fromCache = true;
        return true;
    }
    if (!load(path, error))
        return false;
    // Stamp the image with its source and keep it for the next start.
    QByteArray bytes = m_image->bytes;
    ImageHeader h;
    std::memcpy(&h, bytes.constData(), sizeof h);
    h.sourceSize = stamp.size;
    h.sourceModified = stamp.modified;
    h.sourceHead = stamp.head;
    std::memcpy(bytes.data(), &h, sizeof h);
    h.checksum = imageChecksum(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
    std::memcpy(bytes.data(), &h, sizeof h);
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    QSaveFile out(cachePath);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit()) {
        // The mapped file's pages are clean and shared; drop the heap copy.
        const Segmenter built = *this;
        if (!mapCache())
            *this = built;
    }
    return true;
}

template<typename F>
void Segmenter::forEachWordAt(QStringView text, qsizetype pos, qsizetype limit, F f) const
{
    if (m_entryCount == 0 || limit < 1)
        return;
    const char16_t *chars = m_chars;
    const char16_t first = text.at(pos).unicode();
    const Entry *lo = m_entries + m_first[first];
    const Entry *hi = m_entries + m_first[first + 1];
    if (lo >= hi)
        return;
    if (lo->length() == 1) {
        f(1, *lo);
        ++lo;
    }
    if (limit < 2 || lo >= hi)
        return;
    // The words that go on with text[pos + 1]: one probe of the pair table instead of two
    // binary searches over all the words of the first character (thousands for 国 or 大),
    // each a cache miss. A run outside the first character's is a damaged table: no words.
    {
        const PairSlot *slot = findPair(pairKey(first, text.at(pos + 1).unicode()));
        if (!slot || slot->lo >= slot->hi || slot->lo < quint32(lo - m_entries) ||
            slot->hi > quint32(hi - m_entries))
            return;
        lo = m_entries + slot->lo;
        hi = m_entries + slot->hi;
    }
    for (qsizetype d = 2; lo < hi; ++d) {
        // Every word in [lo, hi) begins with text[pos, pos + d); the one that is exactly
        // that sorts first.
        if (lo->length() == d) {
            f(d, *lo);
            ++lo;
        }
        if (d >= limit || lo >= hi)
            break;
        // The rest are longer than d: narrow them to those whose next character matches
        // (character d of a word is chars[offset + d - 1]: the first is not stored).
        const char16_t next = text.at(pos + d).unicode();
        const char16_t *at = chars + d - 1;
        if (hi - lo <= ShortRun) {
            // A short run is read in order (its entries and characters are adjacent) rather
            // than probed at both ends.
            while (lo < hi && at[lo->offset()] < next)
                ++lo;
            const Entry *end = lo;
            while (end < hi && at[end->offset()] == next)
                ++end;
            hi = end;
            continue;
        }
        lo = std::lower_bound(lo, hi, next,
                              [at](const Entry &e, char16_t c) { return at[e.offset()] < c; });
        hi = std::upper_bound(lo, hi, next,
                              [at](char16_t c, const Entry &e) { return c < at[e.offset()]; });
    }
}

const Segmenter::PairSlot *Segmenter::findPair(quint32 key) const
{
    const quint32 mask = (1u << m_pairBits) - 1;
    for (quint32 at = pairHash(key, m_pairBits), probes = 0; probes <= mask;
         at = (at + 1) & mask, ++probes) {
        const PairSlot &p = m_pairs[at];
        if (p.hi == 0)
            break;
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

void Segmenter::prefetchLookups(QStringView text, qsizetype from, qsizetype to) const
{
    if (m_entryCount == 0)
        return;
    // First the tables indexed by the text itself, then the entries they point to, then the
    // characters of the entries each pair's run begins with: each pass asks for lines that
    // the one before has brought in by then.
    for (qsizetype p = from; p < to; ++p) {
        const char16_t c = text.at(p).unicode();
        prefetch(m_first + c);
        if (p + 1 < to)
            prefetch(m_pairs + pairHash(pairKey(c, text.at(p + 1).unicode()), m_pairBits));
    }
    for (qsizetype p = from; p + 1 < to; ++p) {
        const char16_t c = text.at(p).unicode();
        prefetch(m_entries + m_first[c]);
        if (const PairSlot *slot = findPair(pairKey(c, text.at(p + 1).unicode())))
            prefetch(m_entries + std::min<qsizetype>(slot->lo, m_entryCount - 1));
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
    return m_tags.value(e->tag());
}

void Segmenter::bestPath(QStringView text, qsizetype from, qsizetype to, qsizetype *length,
                         int *tagOfStart) const
{
    const qsizetype n = to - from;
    prefetchLookups(text, from, to);
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
                bestTag = e.tag();
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
    // The tokens counted first: one allocation of the list, not one per doubling.
    qsizetype count = 0;
    for (qsizetype i = 0; i < n; i += length[i])
        ++count;
    out.reserve(count);
    for (qsizetype i = 0; i < n; i += length[i]) {
        Token t;
        t.start = from + i;
        t.end = from + i + length[i];
        const int tag = tagOfStart[i];
        t.tag = tag == -2   ? digitsTag
                : tag == -3 ? latinTag
                : tag < 0   ? unknownTag
                            : m_tags.value(tag);
        out.append(std::move(t));
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

bool Segmenter::mayCover(QStringView text, qsizetype from, qsizetype to, qsizetype pos,
                         qsizetype end, qsizetype minLength) const
{
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    end = std::max(end, pos + 1);
    if (pos <= from || end > to)
        return false;
    // bestPath() reads a run of digits or of letters as one word, of any length.
    const QChar before = text.at(pos - 1);
    const QChar at = text.at(pos);
    if ((isDigitLike(before) && isDigitLike(at)) || (isLatin(before) && isLatin(at)))
        return true;
    // Else only the lexicon's words, which start where no such run does.
    bool found = false;
    for (qsizetype p = std::max(from, pos - m_maxLength + 1); p < pos && !found; ++p) {
        const QChar c = text.at(p);
        if (isDigitLike(c) || isLatin(c))
            continue;
        const qsizetype limit = std::min(to - p, m_maxLength);
        if (p + limit < end)
            continue;
        forEachWordAt(text, p, limit, [&](qsizetype k, const Entry &) {
            found = found || (p + k >= end && k >= minLength);
        });
    }
    return found;
}

void Segmenter::releaseResidentPages() const
{
#ifdef Q_OS_UNIX
    // A read-only file mapping: MADV_DONTNEED only drops the page table entries, a later
    // lookup faults the same bytes back in from the page cache.
    if (m_image && m_image->mapped)
        madvise(const_cast<uchar *>(m_image->mapped), size_t(m_image->mappedSize), MADV_DONTNEED);
#endif
}
