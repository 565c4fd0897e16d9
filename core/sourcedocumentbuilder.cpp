#include "core/sourcedocumentbuilder.h"

#include "core/textnormalizer.h"

namespace {

// The text as it may stand on one line of the composed text: no line breaks, no tabs, no
// white space at the ends.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const QChar n = TextNormalizer::normalizeChar(c);
        if (n == u'\n' || n == u'\t' || c == u'\f' || c == u'\v')
            c = u' ';
    }
    qsizetype s = 0;
    qsizetype e = out.size();
    while (s < e && TextNormalizer::isSpace(out.at(s)))
        ++s;
    while (e > s && TextNormalizer::isSpace(out.at(e - 1)))
        --e;
    return out.mid(s, e - s);
}

} // namespace

TextSpan SourceDocumentBuilder::append(const QString &text)
{
    if (!m_text.isEmpty())
        m_text += u'\n';
    const qsizetype start = m_text.size();
    m_text += text;
    return {start, m_text.size()};
}

void SourceDocumentBuilder::addTextBlock(SourceBlock::Type type, const QString &text, int level,
                                         const SourcePosition &position)
{
    const QString line = oneLine(text);
    if (line.isEmpty())
        return;
    SourceBlock block;
    block.type = type;
    block.level = qMax(0, level);
    block.span = append(line);
    block.position = position;
    m_blocks.append(block);
}

void SourceDocumentBuilder::addParagraph(const QString &text, const SourcePosition &position)
{
    addTextBlock(SourceBlock::Type::Paragraph, text, 0, position);
}

void SourceDocumentBuilder::addHeadingHint(const QString &text, int level,
                                           const SourcePosition &position)
{
    addTextBlock(SourceBlock::Type::HeadingHint, text, level, position);
}

void SourceDocumentBuilder::addListItem(const QString &text, int level,
                                        const SourcePosition &position)
{
    addTextBlock(SourceBlock::Type::ListItem, text, qMax(1, level), position);
}

void SourceDocumentBuilder::addTable(const QList<QList<Cell>> &rows,
                                     const QList<SourcePosition> &rowPositions)
{
    SourceBlock table;
    table.type = SourceBlock::Type::Table;
    for (int r = 0; r < rows.size(); ++r) {
        QStringList texts;
        bool any = false;
        for (const Cell &cell : rows.at(r)) {
            texts.append(oneLine(cell.text));
            any = any || !texts.last().isEmpty();
        }
        if (!any)
            continue;
        // A row is one line, its cells between tabs: what the parser reads as a table row.
        TableRow row;
        row.position = rowPositions.value(r);
        row.span = append(QString());
        qsizetype at = row.span.start;
        for (int c = 0; c < texts.size(); ++c) {
            if (c > 0) {
                m_text += u'\t';
                ++at;
            }
            m_text += texts.at(c);
            TableCell cell;
            cell.span = {at, at + texts.at(c).size()};
            cell.rowSpan = qMax(1, rows.at(r).at(c).rowSpan);
            cell.colSpan = qMax(1, rows.at(r).at(c).colSpan);
            row.cells.append(cell);
            at = cell.span.end;
        }
        row.span.end = at;
        // The row's span, like a text line's, leaves out empty cells at either end.
        for (const TableCell &cell : std::as_const(row.cells)) {
            if (!cell.span.isEmpty()) {
                row.span.start = cell.span.start;
                break;
            }
        }
        for (qsizetype c = row.cells.size() - 1; c >= 0; --c) {
            if (!row.cells.at(c).span.isEmpty()) {
                row.span.end = row.cells.at(c).span.end;
                break;
            }
        }
        for (TableCell &cell : row.cells) {
            if (cell.span.isEmpty()) {
                const qsizetype p = qBound(row.span.start, cell.span.start, row.span.end);
                cell.span = {p, p};
            }
        }
        if (table.rows.isEmpty()) {
            table.span.start = row.span.start;
            table.position = row.position;
        }
        table.span.end = row.span.end;
        table.rows.append(row);
    }
    if (!table.rows.isEmpty())
        m_blocks.append(table);
}

void SourceDocumentBuilder::addPageBreak(const SourcePosition &position)
{
    SourceBlock block;
    block.type = SourceBlock::Type::PageBreak;
    block.span = {m_text.size(), m_text.size()};
    block.position = position;
    m_blocks.append(block);
}

SourceDocument SourceDocumentBuilder::take()
{
    SourceDocument doc;
    doc.setText(m_text);
    doc.setBlocks(std::move(m_blocks));
    doc.metadata() = m_metadata;
    for (const ReportWarning &w : std::as_const(m_warnings))
        doc.addWarning(w);
    *this = SourceDocumentBuilder();
    return doc;
}
