#include "core/plaintextsplitter.h"

#include "core/textnormalizer.h"

namespace {

// [s, e) without white space at either end.
void trim(const QString &norm, qsizetype *s, qsizetype *e)
{
    while (*s < *e && TextNormalizer::isSpace(norm.at(*s)))
        ++*s;
    while (*e > *s && TextNormalizer::isSpace(norm.at(*e - 1)))
        --*e;
}

TableRow tableRow(const QString &norm, qsizetype lineStart, qsizetype lineEnd, qsizetype s,
                  qsizetype e, int line)
{
    TableRow row;
    row.span = {s, e};
    row.position.line = line;
    // Cells from the untrimmed line: a leading tab is an empty first cell (a wrapped cell of
    // the second column, as scraped tables have them).
    qsizetype from = lineStart;
    for (;;) {
        qsizetype tab = norm.indexOf(u'\t', from);
        if (tab < 0 || tab > lineEnd)
            tab = lineEnd;
        qsizetype cs = from;
        qsizetype ce = tab;
        trim(norm, &cs, &ce);
        TableCell cell;
        // An empty cell sits where it stands, clamped into the row.
        cell.span = cs < ce ? TextSpan{cs, ce} : TextSpan{qBound(s, cs, e), qBound(s, cs, e)};
        row.cells.append(cell);
        if (tab >= lineEnd)
            break;
        from = tab + 1;
    }
    while (!row.cells.isEmpty() && row.cells.last().span.isEmpty())
        row.cells.removeLast();
    return row;
}

// Columns empty in every row (a tab before every line of a one-column list) carry nothing.
void dropEmptyColumns(SourceBlock *table)
{
    qsizetype columns = 0;
    for (const TableRow &row : std::as_const(table->rows))
        columns = qMax(columns, row.cells.size());
    for (qsizetype c = columns - 1; c >= 0; --c) {
        bool empty = true;
        for (const TableRow &row : std::as_const(table->rows)) {
            if (c < row.cells.size() && !row.cells.at(c).span.isEmpty()) {
                empty = false;
                break;
            }
        }
        if (!empty)
            continue;
        for (TableRow &row : table->rows) {
            if (c < row.cells.size())
                row.cells.removeAt(c);
        }
    }
}

// The next position of a character at or after positions that only grow: the text is
// searched once in all, not once per line.
class NextOccurrence
{
public:
    NextOccurrence(const QString &text, char16_t c) : m_text(text), m_char(c) {}
    /** The first position >= pos that holds the character; the text's size when none does. */
    qsizetype from(qsizetype pos)
    {
        if (m_at < pos) {
            m_at = m_text.indexOf(QChar(m_char), pos);
            if (m_at < 0)
                m_at = m_text.size();
        }
        return m_at;
    }

private:
    const QString &m_text;
    const char16_t m_char;
    qsizetype m_at = -1;
};

} // namespace

SourceDocument PlainTextSplitter::split(const QString &text)
{
    return split(text, TextNormalizer::normalize(text));
}

SourceDocument PlainTextSplitter::split(const QString &text, const QString &normalized)
{
    SourceDocument doc;
    doc.setText(text, normalized);
    const QString &norm = doc.normalizedText();
    QList<SourceBlock> blocks;
    const qsizetype n = norm.size();
    qsizetype pos = 0;
    int number = 0;
    int openTable = -1; ///< index in blocks of the table the previous line belongs to
    NextOccurrence newline(norm, u'\n');
    NextOccurrence tab(norm, u'\t');
    NextOccurrence formFeed(norm, u'\f');
    const auto closeTable = [&] {
        if (openTable >= 0)
            dropEmptyColumns(&blocks[openTable]);
        openTable = -1;
    };
    while (pos <= n) {
        // The '\n' of "\r\n" ends no line of its own (the '\r' before it did).
        if (pos > 0 && pos < n && text.at(pos - 1) == u'\r' && text.at(pos) == u'\n') {
            ++pos;
            continue;
        }
        const qsizetype nl = newline.from(pos);
        ++number;
        qsizetype s = pos;
        qsizetype e = nl;
        trim(norm, &s, &e);
        if (formFeed.from(pos) < nl) {
            closeTable();
            SourceBlock pageBreak;
            pageBreak.type = SourceBlock::Type::PageBreak;
            pageBreak.span = {s, s};
            pageBreak.position.line = number;
            blocks.append(pageBreak);
        }
        if (e > s) {
            if (tab.from(pos) < nl) {
                const TableRow row = tableRow(norm, pos, nl, s, e, number);
                if (openTable < 0) {
                    SourceBlock table;
                    table.type = SourceBlock::Type::Table;
                    table.span = {s, e};
                    table.position.line = number;
                    blocks.append(table);
                    openTable = int(blocks.size() - 1);
                }
                SourceBlock &table = blocks[openTable];
                table.rows.append(row);
                table.span.end = e;
            } else {
                closeTable();
                SourceBlock paragraph;
                paragraph.span = {s, e};
                paragraph.position.line = number;
                blocks.append(paragraph);
            }
        } else {
            closeTable(); // a blank line ends a table
        }
        pos = nl + 1;
    }
    closeTable();
    doc.setBlocks(std::move(blocks));
    return doc;
}
