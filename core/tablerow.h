#ifndef REPORTSCOPE_TABLEROW_H
#define REPORTSCOPE_TABLEROW_H

#include "core/sourceposition.h"
#include "core/tablecell.h"
#include "core/textspan.h"

#include <QList>

/**
 * One row of a table: its cells from left to right.
 *
 * Spans refer to the same text as the cells' (see TableCell). A plain-text row is one line
 * with cells separated by tabs; span is that line without leading and trailing white space.
 */
struct TableRow
{
    TextSpan span;           ///< the whole row, first cell to last
    SourcePosition position; ///< where the row stands in the file
    QList<TableCell> cells;
};

#endif // REPORTSCOPE_TABLEROW_H
