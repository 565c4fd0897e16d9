#ifndef REPORTSCOPE_SECTIONBLOCK_H
#define REPORTSCOPE_SECTIONBLOCK_H

#include "core/sourceposition.h"
#include "core/tablerow.h"
#include "core/textspan.h"

#include <QList>

/**
 * One block of a section's body text: a paragraph, a table or a list item, as the reader
 * found it in the file.
 *
 * Ranges are offsets in Section::text (not in the source), the same offsets figures use, so a
 * view that renders blocks can place figures in them. Consecutive blocks are separated by
 * one '\n' in Section::text, and so are a table's rows; a row's cells lie inside the row.
 */
struct SectionBlock
{
    enum class Type {
        Paragraph, ///< running text
        Table,     ///< rows × cells, see rows
        ListItem,  ///< an item of a list the source format marks as such; see level
    };

    Type type = Type::Paragraph;
    int level = 0;           ///< ListItem: nesting depth from 1; otherwise 0
    TextSpan range;          ///< the block in Section::text; a table's from first to last row
    SourcePosition position; ///< where the block starts in the file
    QList<TableRow> rows;    ///< Table only: rows whose spans are ranges in Section::text
};

#endif // REPORTSCOPE_SECTIONBLOCK_H
