#ifndef REPORTSCOPE_FIGURECHARS_H
#define REPORTSCOPE_FIGURECHARS_H

#include <QChar>
#include <QtGlobal>

#include <algorithm>

/**
 * Character classes and arithmetic shared by the figure readers (NumberReader, LabelReader,
 * TableCellReader, ClauseState). They work on normalised text (TextNormalizer: ASCII digits
 * and punctuation).
 */
namespace FigureChars {

/** Longest line read as a table row; also bounds the work per number in a table. */
constexpr qsizetype MaxTableLine = 2000;

/** mantissa × factor / 10^decimals, exact for the figures reports print. */
inline double scaledValue(double mantissa, int decimals, double factor)
{
    static const double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    return mantissa * factor / powers[std::clamp(decimals, 0, 15)];
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

/** Ends the sentence (or clause) quoted with a figure. */
inline bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'…':
        return true;
    default:
        return false;
    }
}

/** Ends the stretch of text a label may be read from. */
inline bool isClauseBoundary(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'\t':
    case u',':
    case u'，':
    case u'(':
    case u'[':
    case u'【':
    case u'—':
    case u'…':
    case u'》':
    case u'《':
    case u':':
        return true;
    default:
        return false;
    }
}

inline bool isOpenQuote(QChar c)
{
    return c == u'“' || c == u'‘' || c == u'「' || c == u'『';
}

inline bool isCloseQuote(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』';
}

} // namespace FigureChars

#endif // REPORTSCOPE_FIGURECHARS_H
