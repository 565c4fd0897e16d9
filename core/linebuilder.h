#ifndef REPORTSCOPE_LINEBUILDER_H
#define REPORTSCOPE_LINEBUILDER_H

#include "core/layoutline.h"
#include "core/layoutword.h"

#include <QList>
#include <QString>
#include <QStringView>

/**
 * Groups the words of one page into lines, top to bottom, and joins each line's words the CJK
 * way: no space next to a CJK character or punctuation mark (spaces that justification or a
 * change of font put there are dropped: `邮 编 ：` reads `邮编：`), one space between two
 * Latin or digit runs that the format separates.
 */
class LineBuilder
{
public:
    /** Words of one page in any order; words without text are ignored. */
    static QList<LayoutLine> build(QList<LayoutWord> words);
    /** The segments of one line's words, given left to right: a gap wider than a character
     *  starts a new one. */
    static QList<LayoutLine::Segment> segments(const QList<LayoutWord> &words);
    /** Joins two pieces of text: with a space only when both sides are not CJK and
     *  spaced is true. */
    static QString join(const QString &left, const QString &right, bool spaced);
    /** A CJK ideograph, kana, hangul, or CJK/full-width punctuation mark. */
    static bool isCjk(char32_t c);
};

#endif // REPORTSCOPE_LINEBUILDER_H
