#include "core/textnormalizer.h"

#include <algorithm>

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
    while (i < n && !changes(src[i]))
        ++i;
    if (i == n)
        return text; // shared, not copied: nothing to change
    QString out(n, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    std::copy(src, src + i, dst);
    for (; i < n; ++i)
        dst[i] = normalizeChar(src[i]).unicode();
    return out;
}

bool TextNormalizer::isOtherSpace(char16_t u)
{
    return u == 0x00A0 || u == 0x3000 || u == 0x2002 || u == 0x2003 || u == 0x2009 || u == 0x200B ||
           u == 0xFEFF;
}
