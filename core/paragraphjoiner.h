#ifndef REPORTSCOPE_PARAGRAPHJOINER_H
#define REPORTSCOPE_PARAGRAPHJOINER_H

#include "core/layoutline.h"

#include <QList>
#include <QString>
#include <QStringView>

/**
 * Joins the lines of a page back into paragraphs, the CJK way (no space between CJK
 * characters, see LineBuilder::join).
 *
 * Two lines stay apart when the first ends a sentence short of the right edge, the next starts
 * with a heading marker or an indent, or the layout shows a new block: a wider gap than the
 * page's line spacing, another font size or weight, or a line centred on its own.
 */
class ParagraphJoiner
{
public:
    struct Paragraph
    {
        QString text;
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        double fontSize = 0;
        bool bold = false;
        double confidence = -1; ///< mean over its lines; -1 for a text layer
        int lineCount = 0;
        /** Its last line reaches the right edge without ending a sentence: the paragraph may
         *  run on at the top of the next page. */
        bool runsOn = false;
        /** Its first line starts at the left edge without a heading marker: it may continue
         *  a paragraph from the page before. */
        bool flushStart = false;
    };

    /** Lines of one page, top to bottom. */
    static QList<Paragraph> join(const QList<LayoutLine> &lines);
    /** A line that starts with a heading marker: 一、 （一） 1. 第一章 ①. */
    static bool startsWithHeadingMarker(QStringView text);
    /** A line whose last character ends a sentence: 。！？；!? (closing quotes aside). */
    static bool endsSentence(QStringView text);
};

#endif // REPORTSCOPE_PARAGRAPHJOINER_H
