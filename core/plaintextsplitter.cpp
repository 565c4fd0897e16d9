#include "core/plaintextsplitter.h"

#include "core/textnormalizer.h"

#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The end of a line (its '\n', or the text's end) and whether the line holds a tab or a form
// feed. The text is read once, eight units a step where SSE2 has them (every x86-64): a
// search for each of the three characters in turn read a text without form feeds or tabs
// to its end, and a library call per line cost as much as the short line's scan.
struct LineScan
{
    qsizetype end = 0;
    bool tab = false;
    bool formFeed = false;
};

LineScan scanLine(const QString &norm, qsizetype pos)
{
    const auto *data = reinterpret_cast<const char16_t *>(norm.constData());
    const qsizetype n = norm.size();
    LineScan line;
    const auto sawStop = [&](char16_t c) {
        if (c == u'\t')
            line.tab = true;
        else if (c == u'\f')
            line.formFeed = true;
        return c == u'\n';
    };
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi16(short(u'\n'));
    const __m128i tab = _mm_set1_epi16(short(u'\t'));
    const __m128i formFeed = _mm_set1_epi16(short(u'\f'));
    for (; n - pos >= 8; pos += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        const __m128i stops = _mm_or_si128(
            _mm_cmpeq_epi16(units, newline),
            _mm_or_si128(_mm_cmpeq_epi16(units, tab), _mm_cmpeq_epi16(units, formFeed)));
        // Two mask bits a unit.
        for (uint hits = uint(_mm_movemask_epi8(stops)); hits; hits &= hits - 1) {
            const qsizetype at = pos + qCountTrailingZeroBits(hits) / 2;
            hits &= hits - 1; // the unit's other bit
            if (sawStop(data[at])) {
                line.end = at;
                return line;
            }
        }
    }
#endif
    for (; pos < n; ++pos) {
        if (sawStop(data[pos])) {
            line.end = pos;
            return line;
        }
    }
    line.end = n;
    return line;
}

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
        const LineScan line = scanLine(norm, pos);
        const qsizetype nl = line.end;
        ++number;
        qsizetype s = pos;
        qsizetype e = nl;
        trim(norm, &s, &e);
        if (line.formFeed) {
            closeTable();
            SourceBlock pageBreak;
            pageBreak.type = SourceBlock::Type::PageBreak;
            pageBreak.span = {s, s};
            pageBreak.position.line = number;
            blocks.append(pageBreak);
        }
        if (e > s) {
            if (line.tab) {
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
