#include "core/regexsubject.h"

#include <emmintrin.h>

RegexSubject::RegexSubject(QStringView text) : m_text(text), m_valid(isValidUtf16(text)) {}

QRegularExpressionMatch RegexSubject::match(const QRegularExpression &re) const
{
    return re.match(m_text, 0, QRegularExpression::NormalMatch,
                    m_valid ? QRegularExpression::DontCheckSubjectStringMatchOption
                            : QRegularExpression::NoMatchOption);
}

bool RegexSubject::isValidUtf16(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    // Eight units a step while none is a surrogate (U+D800–U+DFFF): unit - 0xD800 below 0x800,
    // as a signed comparison after the bias of 0x8000.
    const __m128i bias = _mm_set1_epi16(short(0x8000 - 0xD800));
    const __m128i limit = _mm_set1_epi16(short(0x800 - 0x8000));
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i shifted = _mm_add_epi16(v, bias);
        if (_mm_movemask_epi8(_mm_cmplt_epi16(shifted, limit)))
            break;
    }
    // The rest one unit at a time: a high surrogate needs a low one after it, and a low one
    // comes only after a high one.
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (char16_t(u - 0xD800) >= 0x800)
            continue;
        if (u >= 0xDC00 || p + 1 == end || char16_t(p[1] - 0xDC00) >= 0x400)
            return false;
        ++p;
    }
    return true;
}
