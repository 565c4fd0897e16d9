#ifndef REPORTSCOPE_TESTS_SOURCEDOCUMENTSUMMARY_H
#define REPORTSCOPE_TESTS_SOURCEDOCUMENTSUMMARY_H

#include "core/sourcedocument.h"

#include <QString>
#include <QStringList>

// A source document's blocks in a compact form, one entry a block, so that a test row states
// its whole expected split. The type: "P" paragraph, "H1" heading hint of level 1, "L2" list
// item at depth 2, "T" table, "B" page break; then where the block stands when the format
// knows it: "@3" line 3 of a text file, "@p2" page 2; then ':' and the text. A table's rows
// are split by '/', its cells by '|', a merged cell shows its spans as "a[2x1]" (rowSpan x
// colSpan). Examples: "P@3:text", "T@2:a|b/c|d", "B@4", "H1:标题", "T:指标[2x1]|数值[1x2]".
// Texts are read through the spans, so a wrong offset shows as wrong text.
inline QStringList describeBlocks(const SourceDocument &doc)
{
    QStringList out;
    for (const SourceBlock &b : doc.blocks()) {
        QString where;
        if (b.position.line > 0)
            where += u'@' + QString::number(b.position.line);
        if (b.position.page > 0)
            where += u"@p"_qs + QString::number(b.position.page);
        const QString text = u':' + doc.text(b.span).toString();
        switch (b.type) {
        case SourceBlock::Type::Paragraph:
            out.append(u'P' + where + text);
            break;
        case SourceBlock::Type::HeadingHint:
            out.append(u'H' + QString::number(b.level) + where + text);
            break;
        case SourceBlock::Type::ListItem:
            out.append(u'L' + QString::number(b.level) + where + text);
            break;
        case SourceBlock::Type::Table: {
            QStringList rows;
            for (const TableRow &row : b.rows) {
                QStringList cells;
                for (const TableCell &cell : row.cells) {
                    QString c = doc.text(cell.span).toString();
                    if (cell.rowSpan > 1 || cell.colSpan > 1)
                        c += u"[%1x%2]"_qs.arg(cell.rowSpan).arg(cell.colSpan);
                    cells.append(c);
                }
                rows.append(cells.join(u'|'));
            }
            out.append(u'T' + where + u':' + rows.join(u'/'));
            break;
        }
        case SourceBlock::Type::PageBreak:
            out.append(u'B' + where);
            break;
        }
    }
    return out;
}

#endif // REPORTSCOPE_TESTS_SOURCEDOCUMENTSUMMARY_H
