#include "import/encodingdetector.h"

#include "core/textnormalizer.h"

#include <QStringDecoder>
#include <QtEndian>

#include <cstring>

namespace {

struct Utf8Stats
{
    qsizetype multibyte = 0; ///< well-formed sequences of two or more bytes
    qsizetype invalid = 0;   ///< bytes that start no well-formed sequence
};

// The length of the well-formed sequence at s (its lead byte not ASCII) and its code point in
// *cp, or 0 when it is an overlong form, a surrogate, past U+10FFFF or cut off at end.
int wellFormedSequence(const unsigned char *s, const unsigned char *end, unsigned int *cp)
{
    const unsigned char c = s[0];
    int len = 0;
    unsigned int v = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (end - s < len)
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[k] & 0x3F);
    }
    if ((len == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
        (len == 4 && (v < 0x10000 || v > 0x10FFFF)))
        return 0;
    *cp = v;
    return len;
}

Utf8Stats scanUtf8(QByteArrayView data)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            // Runs of ASCII eight bytes at a time.
            quint64 word = 0;
            while (i + 8 <= n &&
                   (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0))
                i += 8;
            while (i < n && p[i] < 0x80)
                ++i;
            continue;
        }
        // The common case of Chinese text: a three-byte sequence whose lead byte allows no
        // overlong form and no surrogate (E1–EC, EE, EF).
        if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 3 <= n && (p[i + 1] & 0xC0) == 0x80 &&
            (p[i + 2] & 0xC0) == 0x80) {
            ++stats.multibyte;
            i += 3;
            continue;
        }
        unsigned int cp = 0;
        if (const int len = wellFormedSequence(p + i, p + n, &cp)) {
            ++stats.multibyte;
            i += len;
        } else {
            ++stats.invalid;
            ++i;
        }
    }
    return stats;
}

// Writes decoded UTF-16 units and, when Normalize is set, their TextNormalizer copy beside
// them, so that a text file is read in one pass, not decoded and then normalised.
template<bool Normalize>
class Utf16Writer
{
public:
    Utf16Writer(qsizetype capacity, QString *text, QString *normalized)
        : m_text(text), m_normalized(normalized)
    {
        *text = QString(capacity, Qt::Uninitialized);
        m_out = reinterpret_cast<char16_t *>(text->data());
        if constexpr (Normalize) {
            *normalized = QString(capacity, Qt::Uninitialized);
            m_norm = reinterpret_cast<char16_t *>(normalized->data());
        }
    }

    // Both strings are written at one index, one register for the two.
    /** A unit that normalising leaves as it is. */
    void putKept(char16_t u)
    {
        m_out[m_size] = u;
        if constexpr (Normalize)
            m_norm[m_size] = u;
        ++m_size;
    }
    void put(char16_t u)
    {
        m_out[m_size] = u;
        if constexpr (Normalize)
            m_norm[m_size] = TextNormalizer::normalizeChar(u).unicode();
        ++m_size;
    }
    /** Eight ASCII bytes. */
    void putAscii(const unsigned char *p)
    {
        for (int k = 0; k < 8; ++k)
            m_out[m_size + k] = p[k];
        if constexpr (Normalize) {
            for (int k = 0; k < 8; ++k)
                m_norm[m_size + k] = p[k] == '\r' ? u'\n' : p[k];
        }
        m_size += 8;
    }
    /** Cuts the strings to what was written, giving back the room reserved for the worst
     *  case (one unit per byte; Chinese text needs a third of it). */
    void finish()
    {
        m_text->truncate(m_size);
        m_text->squeeze();
        if constexpr (Normalize) {
            m_normalized->truncate(m_size);
            m_normalized->squeeze();
        }
    }

private:
    QString *m_text;
    QString *m_normalized;
    char16_t *m_out = nullptr;
    char16_t *m_norm = nullptr;
    qsizetype m_size = 0;
};

// The UTF-16 unit of the three-byte form at s (1110xxxx 10xxxxxx 10xxxxxx): the
// continuation bytes' marker bits (0x80 each) are taken off after the shifts, and the lead
// byte's marker falls off the 16-bit unit.
char16_t threeByteUnit(const unsigned char *s)
{
    return char16_t((s[0] << 12) + (s[1] << 6) + s[2] - ((0x80 << 6) + 0x80));
}

// CJK ideographs and punctuation, U+3001 to U+D7FF: well-formed as three bytes (no overlong
// form, no surrogate) and kept as they are by normalising. Most characters of a Chinese text.
bool isKeptCjk(char16_t u)
{
    return char16_t(u - 0x3001) < 0xD800 - 0x3001;
}

// Decodes the run of well-formed three-byte sequences at *p and advances *p past it. Nearly
// all of a Chinese text is such runs, broken only by ASCII (digits, line breaks), so they get
// a loop of their own: two characters a step while both are CJK (one test of eight bytes,
// two of the values), one at a time for the rest of the three-byte forms (full-width
// punctuation such as ，, which normalising changes; U+0800 to U+3000; U+E000 and up),
// which here cost no exit from the run. It stops before an overlong form or a surrogate,
// which decodeSequence() then rejects.
template<bool Normalize>
void decodeThreeByteRun(const unsigned char **p, const unsigned char *end,
                        Utf16Writer<Normalize> *out)
{
    // 1110xxxx 10xxxxxx 10xxxxxx twice, in the low six bytes of a little-endian word.
    constexpr quint64 pairMask = 0xC0C0F0C0C0F0ULL;
    constexpr quint64 pairForm = 0x8080E08080E0ULL;
    const unsigned char *s = *p;
    // s < pairStop while eight bytes are readable at s (one comparison a step).
    const unsigned char *const pairStop = end - s >= 8 ? end - 7 : s;
    while (end - s >= 3) {
        // A loop of its own, so that its few values stay in registers.
        for (; s < pairStop; s += 6) {
            if ((qFromLittleEndian<quint64>(s) & pairMask) != pairForm)
                break;
            const char16_t first = threeByteUnit(s);
            const char16_t second = threeByteUnit(s + 3);
            if (!isKeptCjk(first) || !isKeptCjk(second))
                break;
            out->putKept(first);
            out->putKept(second);
        }
        if (end - s < 3 || (s[0] & 0xF0) != 0xE0 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            break;
        const char16_t u = threeByteUnit(s);
        if (isKeptCjk(u))
            out->putKept(u);
        else if (u < 0x800 || char16_t(u - 0xD800) < 0x800)
            break; // overlong or a surrogate: not well-formed
        else
            out->put(u);
        s += 3;
    }
    *p = s;
}

bool isAsciiWord(const unsigned char *p)
{
    quint64 word = 0;
    std::memcpy(&word, p, 8);
    return (word & 0x8080808080808080ULL) == 0;
}

// Decodes the sequence at *p (not ASCII) and advances *p past it; false when it is not
// well-formed by the rules of scanUtf8().
template<bool Normalize>
bool decodeSequence(const unsigned char **p, const unsigned char *end, Utf16Writer<Normalize> *out)
{
    const unsigned char *s = *p;
    unsigned int cp = 0;
    const int len = wellFormedSequence(s, end, &cp);
    if (len == 0)
        return false;
    if (cp >= 0x10000) {
        out->put(QChar::highSurrogate(cp));
        out->put(QChar::lowSurrogate(cp));
    } else {
        out->put(char16_t(cp));
    }
    *p = s + len;
    return true;
}

// Decodes data when it is well-formed UTF-8 by the rules of scanUtf8() (no overlong form,
// surrogate, value past U+10FFFF or sequence cut off), and returns false at the first byte
// that breaks them. Well-formed UTF-8 has one decoding, so the text is the one QStringDecoder
// gives; this one is several times faster on Chinese text, which is nearly all runs of
// three-byte sequences and of ASCII, each decoded by a loop of its own, and makes the
// separate scan unnecessary.
template<bool Normalize>
bool decodeWellFormedUtf8(QByteArrayView data, QString *text, QString *normalized)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const unsigned char *const end = p + data.size();
    QString decoded;
    QString decodedNormalized;
    Utf16Writer<Normalize> out(data.size(), &decoded, &decodedNormalized);
    while (p < end) {
        if (*p < 0x80) {
            for (; end - p >= 8 && isAsciiWord(p); p += 8)
                out.putAscii(p);
            while (p < end && *p < 0x80)
                out.put(*p++);
            continue;
        }
        const unsigned char *const runStart = p;
        decodeThreeByteRun(&p, end, &out);
        // One sequence of another kind (two or four bytes), or bytes that are not UTF-8.
        if (p == runStart && !decodeSequence(&p, end, &out))
            return false;
    }
    out.finish();
    *text = std::move(decoded);
    if constexpr (Normalize)
        *normalized = std::move(decodedNormalized);
    return true;
}

// Share of characters a Chinese or English report is made of; binary data decoded as
// UTF-16 or GB18030 scores low.
double plausibility(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qsizetype good = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t' ||
            (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
            (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F) || u == 0xA0 ||
            (u >= 0x2460 && u <= 0x24FF) || (u >= 0x00B0 && u <= 0x00FF))
            ++good;
    }
    return double(good) / double(text.size());
}

// Control characters that text does not hold (form feed and the DOS end-of-file mark are
// tolerated), as a table: one load per byte instead of a chain of tests.
struct ControlTable
{
    bool control[256] = {};
    constexpr ControlTable()
    {
        for (int c = 0; c < 0x20; ++c)
            control[c] = c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A;
    }
};

qsizetype countControl(QByteArrayView data)
{
    static constexpr ControlTable table;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype count = 0;
    qsizetype i = 0;
    // Eight bytes at a time: a word none of whose bytes is below 0x20 holds no control
    // character (the high bit of a byte of x - 0x20… & ~x is set exactly when it was below).
    for (; i + 8 <= n; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, p + i, 8);
        if (((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) == 0)
            continue;
        for (int k = 0; k < 8; ++k)
            count += table.control[p[i + k]];
    }
    for (; i < n; ++i)
        count += table.control[p[i]];
    return count;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView data, bool *error)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(data);
    *error = decoder.hasError();
    return text;
}

} // namespace

QString EncodingDetector::encodingName(Encoding encoding, bool withBom)
{
    QString name;
    switch (encoding) {
    case Encoding::Utf8:
        name = QStringLiteral("UTF-8");
        break;
    case Encoding::Utf16LE:
        name = QStringLiteral("UTF-16LE");
        break;
    case Encoding::Utf16BE:
        name = QStringLiteral("UTF-16BE");
        break;
    case Encoding::Utf32LE:
        name = QStringLiteral("UTF-32LE");
        break;
    case Encoding::Utf32BE:
        name = QStringLiteral("UTF-32BE");
        break;
    case Encoding::Gb18030:
        name = QStringLiteral("GB18030");
        break;
    case Encoding::Unknown:
        return QString();
    }
    if (withBom)
        name += QStringLiteral(" (BOM)");
    return name;
}

EncodingDetector::Result EncodingDetector::detect(QByteArrayView data)
{
    bool undecided = false;
    const Result r = detectWithoutScan(data, &undecided);
    return undecided ? detectByScan(data) : r;
}

// Everything but the UTF-8 scan: byte order marks, NUL bytes, control characters. Sets
// *undecided when the bytes are UTF-8 or GB18030, which only scanning them tells apart.
EncodingDetector::Result EncodingDetector::detectWithoutScan(QByteArrayView data, bool *undecided)
{
    *undecided = false;
    Result r;
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(data.at(i)); };
    if (data.size() >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF)
        return {Encoding::Utf8, 3, false};
    if (data.size() >= 4 && byteAt(0) == 0xFF && byteAt(1) == 0xFE && byteAt(2) == 0 &&
        byteAt(3) == 0)
        return {Encoding::Utf32LE, 4, false};
    if (data.size() >= 4 && byteAt(0) == 0 && byteAt(1) == 0 && byteAt(2) == 0xFE &&
        byteAt(3) == 0xFF)
        return {Encoding::Utf32BE, 4, false};
    if (data.size() >= 2 && byteAt(0) == 0xFF && byteAt(1) == 0xFE)
        return {Encoding::Utf16LE, 2, false};
    if (data.size() >= 2 && byteAt(0) == 0xFE && byteAt(1) == 0xFF)
        return {Encoding::Utf16BE, 2, false};

    // NUL bytes: either UTF-16 without a byte order mark or binary data. In UTF-16 the NULs
    // are the high bytes of ASCII characters, so nearly all sit at one parity.
    const QByteArrayView sample = data.first(qMin<qsizetype>(data.size(), 1 << 16));
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    // Text has no NUL at all: memchr tells so at memory speed; only then are they counted.
    if (!sample.isEmpty() && std::memchr(sample.data(), 0, size_t(sample.size()))) {
        for (qsizetype i = 0; i < sample.size(); ++i) {
            if (sample.at(i) == 0)
                (i % 2 ? oddZeros : evenZeros)++;
        }
    }
    if (evenZeros + oddZeros > 0) {
        // Decode both ways and keep the byte order that reads as text; CJK characters such
        // as 一 (U+4E00) put NULs on the other parity, so the NUL counts alone cannot decide.
        const QByteArrayView even = sample.first(sample.size() & ~qsizetype(1));
        bool leError = false;
        bool beError = false;
        const double le = data.size() % 2 == 0
                              ? plausibility(decodeWith(QStringConverter::Utf16LE, even, &leError))
                              : 0;
        const double be = data.size() % 2 == 0
                              ? plausibility(decodeWith(QStringConverter::Utf16BE, even, &beError))
                              : 0;
        if (!leError && le > 0.9 && le >= be && oddZeros >= evenZeros)
            return {Encoding::Utf16LE, 0, false};
        if (!beError && be > 0.9 && be >= le && evenZeros >= oddZeros)
            return {Encoding::Utf16BE, 0, false};
        r.binary = true;
        return r;
    }

    if (countControl(sample) * 100 > sample.size()) {
        r.binary = true;
        return r;
    }

    *undecided = true;
    return r;
}

EncodingDetector::Result EncodingDetector::detectByScan(QByteArrayView data)
{
    const Utf8Stats utf8 = scanUtf8(data);
    if (utf8.invalid == 0)
        return {Encoding::Utf8, 0, false};
    // A UTF-8 file with a few damaged bytes stays UTF-8; GB18030 would accept much of it and
    // turn the rest into nonsense.
    if (utf8.multibyte > 0 && utf8.invalid * 50 <= utf8.multibyte)
        return {Encoding::Utf8, 0, false};
    return {Encoding::Gb18030, 0, false};
}

EncodingDetector::Decoded EncodingDetector::decode(QByteArrayView data, QString *normalized)
{
    // decodeText() makes the normalised copy only where it decodes UTF-8 itself.
    if (normalized)
        normalized->clear();
    Decoded out = decodeText(data, normalized);
    if (normalized && !out.binary && normalized->size() != out.text.size())
        *normalized = TextNormalizer::normalize(out.text);
    return out;
}

EncodingDetector::Decoded EncodingDetector::decodeText(QByteArrayView data, QString *normalized)
{
    Decoded out;
    bool undecided = false;
    Result r = detectWithoutScan(data, &undecided);
    if (undecided) {
        // Most files are well-formed UTF-8: decoding them is the check, and only bytes that
        // are not are scanned to choose between damaged UTF-8 and GB18030.
        const bool wellFormed = normalized ? decodeWellFormedUtf8<true>(data, &out.text, normalized)
                                           : decodeWellFormedUtf8<false>(data, &out.text, nullptr);
        if (wellFormed) {
            out.encodingName = encodingName(Encoding::Utf8, false);
            return out;
        }
        r = detectByScan(data);
    }
    if (r.binary) {
        out.binary = true;
        return out;
    }
    const QByteArrayView body = data.sliced(r.bomLength);
    bool error = false;
    switch (r.encoding) {
    case Encoding::Utf8:
        out.text = decodeWith(QStringConverter::Utf8, body, &error);
        break;
    case Encoding::Utf16LE:
        out.text = decodeWith(QStringConverter::Utf16LE, body, &error);
        break;
    case Encoding::Utf16BE:
        out.text = decodeWith(QStringConverter::Utf16BE, body, &error);
        break;
    case Encoding::Utf32LE:
        out.text = decodeWith(QStringConverter::Utf32LE, body, &error);
        break;
    case Encoding::Utf32BE:
        out.text = decodeWith(QStringConverter::Utf32BE, body, &error);
        break;
    case Encoding::Gb18030: {
        QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
        if (!decoder.isValid()) {
            out.text = decodeWith(QStringConverter::Utf8, body, &error);
            out.encodingName = encodingName(Encoding::Utf8, false);
            break;
        }
        out.text = decoder.decode(body);
        error = decoder.hasError();
        if (error && plausibility(out.text) < 0.8) {
            out.text.clear();
            out.binary = true;
            return out;
        }
        break;
    }
    case Encoding::Unknown:
        out.binary = true;
        return out;
    }
    if (out.encodingName.isEmpty())
        out.encodingName = encodingName(r.encoding, r.bomLength > 0);
    if (error)
        out.invalidSequences = out.text.count(QChar::ReplacementCharacter);
    return out;
}
