#ifndef REPORTSCOPE_TESTS_SOURCEDOCUMENTSUMMARY_H
#define REPORTSCOPE_TESTS_SOURCEDOCUMENTSUMMARY_H

#include "core/sourcedocument.h"

#include <QString>
#include <QStringList>

// A source document's blocks in a compact form, one entry a block, so that a test row states
// its whole expected split: "P3:text" (paragraph on line 3), "T2:a|b/c|d" (table from line 2,
// rows split by '/', cells by '|'), "B4" (page break before line 4), "?5" (another type).
// Texts are read through the spans, so a wrong offset shows as wrong text.
inline QStringList describeBlocks(const SourceDocument &doc)
{
    QStringList out;
    for (const SourceBlock &b : doc.blocks()) {
        const QString line = QString::number(b.position.line);
        switch (b.type) {
        case SourceBlock::Type::Paragraph:
            out.append(u"P"_qs + line + u':' + doc.text(b.span).toString());
            break;
        case SourceBlock::Type::Table: {
            QStringList rows;
            for (const TableRow &row : b.rows) {
                QStringList cells;
                for (const TableCell &cell : row.cells)
                    cells.append(doc.text(cell.span).toString());
                rows.append(cells.join(u'|'));
            }
            out.append(u"T"_qs + line + u':' + rows.join(u'/'));
            break;
        }
        case SourceBlock::Type::PageBreak:
            out.append(u"B"_qs + line);
            break;
        case SourceBlock::Type::HeadingHint:
        case SourceBlock::Type::ListItem:
            out.append(u"?"_qs + line);
            break;
        }
    }
    return out;
}

#endif // REPORTSCOPE_TESTS_SOURCEDOCUMENTSUMMARY_H
