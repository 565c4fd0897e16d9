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
        QList<qsizetype> rowLines; ///< per row: the index of its (first) line
        QList<double> labelX;      ///< per row: where its row header starts; -1 for none
        QList<double> itemX;       ///< per row: where the last part of its row header starts
        /** The row headers that head its last rows and may go on over the page. */
        struct Open
        {
            QString vertical;          ///< a vertical row header over the last rows
            double verticalRight = -1; ///< its right edge, -1 when it does not reach the end
            QString group;             ///< a group of numbered items (（四）无法提供)
            double itemX = -1;         ///< where its items start
            int lastItem = 0;          ///< the number of its last item
        } open;
    };

    /** Tables among a page's lines, top to bottom; lines not in a table stay text. */
    static QList<Table> find(const QList<LayoutLine> &lines);
    /** Gives the first rows of next, a table that continues previous on the next page, the
     *  row headers previous left open: its vertical header, and its group of numbered items
     *  while the numbering goes on. */
    static void continueTable(Table *next, const Table &previous);
};

#endif // REPORTSCOPE_POSITIONALTABLEBUILDER_H
