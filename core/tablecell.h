#ifndef REPORTSCOPE_TABLECELL_H
#define REPORTSCOPE_TABLECELL_H

#include "core/textspan.h"

/**
 * One cell of a table row.
 *
 * The cell's text is the span of the text its owner refers to: SourceDocument::text() in a
 * SourceBlock, Section::text in a SectionBlock. Readers of formats with merged cells (HTML,
 * Word, PDF tables) set the spans; a cell covered by a merged cell is not listed.
 */
struct TableCell
{
    TextSpan span;   ///< the cell's text, trimmed; empty for an empty cell
    int rowSpan = 1; ///< rows the cell covers, downwards from its own
    int colSpan = 1; ///< columns the cell covers, rightwards from its own
};

#endif // REPORTSCOPE_TABLECELL_H
