#ifndef REPORTSCOPE_LAYOUTLINE_H
#define REPORTSCOPE_LAYOUTLINE_H

#include "core/layoutword.h"

#include <QList>
#include <QString>

/**
 * One line of a page made by LineBuilder: its text joined the CJK way, its box, its font,
 * and its segments (runs of words separated by gaps wider than a character: table cells).
 */
struct LayoutLine
{
    struct Segment
    {
        QString text;
        double x = 0;
        double right = 0;
    };

    QString text;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double fontSize = 0;    ///< the largest font size of its words (their height when unknown)
    bool bold = false;      ///< most of its characters are bold
    double confidence = -1; ///< mean OCR confidence of its words; -1 for a text layer
    QList<Segment> segments;
    /** Its words left to right, as the format gave them: a table's header cells are found
     *  from them, since one line may gather the words of cells centred at other heights. */
    QList<LayoutWord> words;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
};

#endif // REPORTSCOPE_LAYOUTLINE_H
