#ifndef REPORTSCOPE_POSITIONALTABLEBUILDER_H
#define REPORTSCOPE_POSITIONALTABLEBUILDER_H

#include "core/layoutline.h"
#include "core/sourcedocumentbuilder.h"

#include <QList>

/**
 * Finds tables among the lines of a page from their positions alone: runs of lines split into
 * segments by wide gaps, their columns taken from the rows with the most cells. A cell that
 * covers several columns (a merged header) gets a column span.
 */
class PositionalTableBuilder
{
public:
    struct Table
    {
        qsizetype firstLine = 0; ///< index of its first line in the page's lines
        qsizetype lastLine = 0;  ///< index of its last line
        int columns = 0;
        /** Lines the first row was merged from (a multi-level header), else 0: the other
         *  rows are one per line, left to right. */
        int headerLines = 0;
        QList<QList<SourceDocumentBuilder::Cell>> rows;
    };

    /** Tables among a page's lines, top to bottom; lines not in a table stay text. */
    static QList<Table> find(const QList<LayoutLine> &lines);
};

#endif // REPORTSCOPE_POSITIONALTABLEBUILDER_H
