#ifndef REPORTSCOPE_SOURCEBLOCK_H
#define REPORTSCOPE_SOURCEBLOCK_H

#include "core/sourceposition.h"
#include "core/tablerow.h"
#include "core/textspan.h"

#include <QList>

/**
 * One block of a document as a reader found it: a paragraph, a heading the format marks as
 * such, a table, a list item or a page break.
 *
 * A block's text is a span of SourceDocument::text() (read it with SourceDocument::text(span)):
 * the text is held once however many blocks point into it.
 */
struct SourceBlock
{
    enum class Type {
        Paragraph,   ///< running text; in a text file, one non-blank line
        HeadingHint, ///< the format marks it as a heading (PDF outline, <h2>, a Word style)
        Table,       ///< rows × cells, see rows
        ListItem,    ///< an item of a list the format marks as such (<li>, Word numbering)
        PageBreak,   ///< the end of a page; no text
    };

    Type type = Type::Paragraph;
    /** HeadingHint: 1 for the top level, 0 when the format does not say; ListItem: nesting
     *  depth from 1. Unused for other types. */
    int level = 0;
    TextSpan span;           ///< the block's text, trimmed; a table's from first to last row
    SourcePosition position; ///< where the block starts in the file
    QList<TableRow> rows;    ///< Table only: the rows from top to bottom
    /** OCR confidence 0–100 of a block read from an image; -1 for text the file holds. */
    double ocrConfidence = -1;
};

#endif // REPORTSCOPE_SOURCEBLOCK_H
