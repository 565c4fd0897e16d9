#ifndef REPORTSCOPE_FIGURECHARS_H
#define REPORTSCOPE_FIGURECHARS_H

#include "core/textclasses.h"

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

// The classes of punctuation come from the one shared table (TextClasses); tst_textclasses
// pins each set against the characters the figure readers used before.
inline bool isCjk(QChar c)
{
    return TextClasses::isCjk(c);
}

/** Ends the sentence (or clause) quoted with a figure. */
inline bool isSentenceEnd(QChar c)
{
    return TextClasses::is(c, TextClasses::QuoteBreaks);
}

/** Ends the stretch of text a label may be read from. */
inline bool isClauseBoundary(QChar c)
{
    return TextClasses::is(c, TextClasses::ClauseBoundaries);
}

/** True when c is one of the characters of set (TextClasses::oneOf). */
inline bool oneOf(QStringView set, QChar c)
{
    return TextClasses::oneOf(set, c);
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
