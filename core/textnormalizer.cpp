#include "core/textnormalizer.h"

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
    QString out(text.size(), Qt::Uninitialized);
    const QChar *src = text.constData();
    QChar *dst = out.data();
    for (qsizetype i = 0, n = text.size(); i < n; ++i)
        dst[i] = normalizeChar(src[i]);
    return out;
}

bool TextNormalizer::isOtherSpace(char16_t u)
{
    return u == 0x00A0 || u == 0x3000 || u == 0x2002 || u == 0x2003 || u == 0x2009 || u == 0x200B ||
           u == 0xFEFF;
}
