#include "core/textnormalizer.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

#if defined(__SSE2__)
// Eight units at a time (SSE2 is part of every x86-64): a section's text is normalised before
// its figures are read, every character of it, and nearly all blocks of eight hold only
// characters normalize() keeps and full-width ASCII such as ，（）：, which it moves down by a
// subtraction. Blocks with anything else are left to normalizeChar().

// Lanes of v that lie in [low, low + count): one saturating subtraction tells them.
__m128i inRange(__m128i v, char16_t low, char16_t count)
{
    const __m128i offset = _mm_sub_epi16(v, _mm_set1_epi16(short(low)));
    return _mm_cmpeq_epi16(_mm_subs_epu16(offset, _mm_set1_epi16(short(count - 1))),
                           _mm_setzero_si128());
}

// Lanes that normalizeChar() returns unchanged by its inline tests: U+3001 to U+FEFE, and
// ASCII but CR.
__m128i keptLanes(__m128i v)
{
    const __m128i cr = _mm_cmpeq_epi16(v, _mm_set1_epi16(u'\r'));
    return _mm_or_si128(inRange(v, 0x3001, 0xFEFF - 0x3001),
                        _mm_andnot_si128(cr, inRange(v, 0, 0x80)));
}

constexpr int allLanes = 0xFFFF; // _mm_movemask_epi8 of eight true lanes

// True when normalising keeps the eight units at s.
bool keepsEight(const char16_t *s)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
    return _mm_movemask_epi8(keptLanes(v)) == allLanes;
}

// Writes the normalised eight units at s to d when each is kept or full-width ASCII
// (U+FF01 to U+FF5E, moved to U+0021 to U+007E); false, with nothing written, otherwise.
bool normalizeEight(const char16_t *s, char16_t *d)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
    const __m128i wide = inRange(v, 0xFF01, 0xFF5F - 0xFF01);
    if (_mm_movemask_epi8(_mm_or_si128(keptLanes(v), wide)) != allLanes)
        return false;
    const __m128i shift = _mm_and_si128(wide, _mm_set1_epi16(short(0xFF01 - 0x21)));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_sub_epi16(v, shift));
    return true;
}
#endif

} // namespace

QChar TextNormalizer::normalizeOther(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFF01 + 0x21));
    switch (u) {
    case 0x00A0: // no-break space
    case 0x3000: // ideographic space
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200B: // zero-width space
    case 0xFEFF: // stray byte order mark
        return QChar(u' ');
    case 0x2028:
    case 0x2029:
    case 0x0085:
        return QChar(u'\n');
    default:
        return c;
    }
}

QString TextNormalizer::normalize(const QString &text)
{
    const auto *src = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    while (n - i >= 8 && keepsEight(src + i))
        i += 8;
#endif
    while (i < n && !changes(src[i]))
        ++i;
    if (i == n)
        return text; // shared, not copied: nothing to change
    QString out(n, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    std::copy(src, src + i, dst);
    while (i < n) {
#if defined(__SSE2__)
        if (n - i >= 8) {
            if (!normalizeEight(src + i, dst + i)) {
                for (const qsizetype blockEnd = i + 8; i < blockEnd; ++i)
                    dst[i] = normalizeChar(src[i]).unicode();
            } else {
                i += 8;
            }
            continue;
        }
#endif
        dst[i] = normalizeChar(src[i]).unicode();
        ++i;
    }
    return out;
}

bool TextNormalizer::isOtherSpace(char16_t u)
{
    return u == 0x00A0 || u == 0x3000 || u == 0x2002 || u == 0x2003 || u == 0x2009 || u == 0x200B ||
           u == 0xFEFF;
}
