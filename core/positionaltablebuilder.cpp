#include "core/positionaltablebuilder.h"

#include "core/linebuilder.h"
#include "core/paragraphjoiner.h"

#include <algorithm>

namespace {

struct Interval
{
    double left;
    double right;
};

// The column grid: the union of the segments of the rows with the most cells.
QList<Interval> columnsOf(const QList<LayoutLine> &lines, qsizetype first, qsizetype last)
{
    qsizetype most = 0;
    for (qsizetype i = first; i <= last; ++i)
        most = qMax(most, lines.at(i).segments.size());
    QList<Interval> spans;
    for (qsizetype i = first; i <= last; ++i) {
        if (lines.at(i).segments.size() + 1 < most)
            continue;
        for (const LayoutLine::Segment &s : lines.at(i).segments)
            spans.append({s.x, s.right});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Interval &a, const Interval &b) { return a.left < b.left; });
    QList<Interval> columns;
    for (const Interval &s : std::as_const(spans)) {
        if (!columns.isEmpty() && s.left <= columns.last().right)
            columns.last().right = qMax(columns.last().right, s.right);
        else
            columns.append(s);
    }
    return columns;
}

bool isNumeric(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit() && c != u'.' && c != u'-' && c != u'%' && c != u',')
            return false;
    }
    return true;
}

// Header rows (those above the first row with a number) become one row: each column's label
// reads its cells from top to bottom, a merged cell counting for every column it covers. A
// cell over the same columns as the one above continues its text (a header wrapped in a
// narrow column: 商业 / 企业 → 商业企业); one over other columns is the next level, joined by
// " / " (申请人情况 / 法人或其他组织 / 社会公益组织). Positions show only a cell's text, not its
// borders: a top-level cell, centred over the columns it spans, is widened evenly over the
// empty columns on either side.
void mergeHeader(PositionalTableBuilder::Table *table)
{
    qsizetype headerRows = 0;
    while (headerRows < table->rows.size()) {
        const auto &row = table->rows.at(headerRows);
        if (std::any_of(row.begin(), row.end(),
                        [](const SourceDocumentBuilder::Cell &c) { return isNumeric(c.text); }))
            break;
        ++headerRows;
    }
    if (headerRows < 2 || headerRows == table->rows.size())
        return;
    struct Placed
    {
        int from;
        int to;
        QString text;
    };
    const int columns = table->columns;
    QList<QStringList> parts(columns);
    QList<QPair<int, int>> lastRange(columns, {-1, -1});
    for (qsizetype r = 0; r < headerRows; ++r) {
        QList<Placed> placed;
        int column = 0;
        for (const SourceDocumentBuilder::Cell &cell : table->rows.at(r)) {
            if (!cell.text.isEmpty())
                placed.append({column, qMin(columns, column + cell.colSpan) - 1, cell.text});
            column += cell.colSpan;
        }
        if (r == 0) {
            for (qsizetype k = 0; k < placed.size(); ++k) {
                const int floor = k > 0 ? placed.at(k - 1).to + 1 : 0;
                const int ceiling = k + 1 < placed.size() ? placed.at(k + 1).from - 1 : columns - 1;
                const int grow = qMin(placed.at(k).from - floor, ceiling - placed.at(k).to);
                if (grow > 0) {
                    placed[k].from -= grow;
                    placed[k].to += grow;
                }
            }
        }
        for (const Placed &p : std::as_const(placed)) {
            for (int c = qMax(0, p.from); c <= p.to && c < columns; ++c) {
                QStringList &path = parts[c];
                if (!path.isEmpty() && path.last().endsWith(p.text))
                    continue;
                if (!path.isEmpty() && lastRange.at(c) == qMakePair(p.from, p.to))
                    path.last() = LineBuilder::join(path.last(), p.text, true);
                else
                    path.append(p.text);
                lastRange[c] = {p.from, p.to};
            }
        }
    }
    QList<SourceDocumentBuilder::Cell> merged(columns);
    for (int c = 0; c < columns; ++c)
        merged[c].text = parts.at(c).join(QStringLiteral(" / "));
    table->rows.remove(0, headerRows);
    table->rows.prepend(merged);
    table->headerLines = int(headerRows);
}

} // namespace

QList<PositionalTableBuilder::Table> PositionalTableBuilder::find(const QList<LayoutLine> &lines)
{
    QList<Table> tables;
    double textLeft = 0;
    double textRight = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        textLeft = i == 0 ? lines.at(i).x : qMin(textLeft, lines.at(i).x);
        textRight = i == 0 ? lines.at(i).right() : qMax(textRight, lines.at(i).right());
    }
    const double textWidth = qMax(1.0, textRight - textLeft);
    const auto isRow = [&](const LayoutLine &l) { return l.segments.size() >= 2; };
    // A one-segment line between rows belongs to the table when it is no prose line: it does
    // not run across most of the text width.
    const auto mayJoin = [&](const LayoutLine &l) { return l.width < 0.6 * textWidth; };

    qsizetype i = 0;
    while (i < lines.size()) {
        if (!isRow(lines.at(i))) {
            ++i;
            continue;
        }
        qsizetype last = i;
        int rowLines = 1;
        qsizetype j = i + 1;
        while (j < lines.size()) {
            if (isRow(lines.at(j))) {
                last = j;
                ++rowLines;
                ++j;
                continue;
            }
            // Up to three short lines may stand between two rows (wrapped header cells).
            qsizetype k = j;
            while (k < lines.size() && k - j < 3 && !isRow(lines.at(k)) && mayJoin(lines.at(k)))
                ++k;
            if (k < lines.size() && k > j && isRow(lines.at(k))) {
                j = k;
                continue;
            }
            break;
        }
        if (rowLines < 2) {
            i = last + 1;
            continue;
        }
        const qsizetype firstRow = i; // the first line with segments
        // Header lines above the first row: short, close together, no heading.
        const qsizetype floor = tables.isEmpty() ? 0 : tables.last().lastLine + 1;
        while (i > floor) {
            const LayoutLine &above = lines.at(i - 1);
            const LayoutLine &below = lines.at(i);
            if (isRow(above) || !mayJoin(above) || above.bold ||
                ParagraphJoiner::startsWithHeadingMarker(above.text) ||
                below.y - above.bottom() > 2.0 * qMax(1.0, above.height))
                break;
            --i;
        }
        const QList<Interval> columns = columnsOf(lines, firstRow, last);
        if (columns.size() < 2) {
            i = last + 1;
            continue;
        }
        Table table;
        table.firstLine = i;
        table.lastLine = last;
        table.columns = int(columns.size());
        for (qsizetype r = i; r <= last; ++r) {
            QList<SourceDocumentBuilder::Cell> row;
            int column = 0;
            for (const LayoutLine::Segment &s : lines.at(r).segments) {
                // The first and last column the segment overlaps; by its middle when it
                // falls into a gap of the grid.
                int from = -1;
                int to = -1;
                for (int c = 0; c < columns.size(); ++c) {
                    if (s.right > columns.at(c).left && s.x < columns.at(c).right) {
                        if (from < 0)
                            from = c;
                        to = c;
                    }
                }
                if (from < 0) {
                    const double mid = (s.x + s.right) / 2;
                    from = 0;
                    while (from + 1 < columns.size() && columns.at(from + 1).left <= mid)
                        ++from;
                    to = from;
                }
                if (from < column && !row.isEmpty()) {
                    // Two segments in one column: a letter of a vertical merged header
                    // (三/、本/年…) before the row's label is dropped; else they are one cell.
                    SourceDocumentBuilder::Cell &prev = row.last();
                    if (prev.text.size() <= 2 && !isNumeric(prev.text))
                        prev.text = s.text;
                    else if (!isNumeric(prev.text) &&
                             ParagraphJoiner::startsWithHeadingMarker(s.text))
                        prev.text += QStringLiteral(" / ") + s.text; // a row header's next level
                    else
                        prev.text = LineBuilder::join(prev.text, s.text, true);
                    continue;
                }
                to = qMax(to, from);
                while (column < from) {
                    row.append({QString(), 1, 1});
                    ++column;
                }
                row.append({s.text, 1, to - from + 1});
                column = to + 1;
            }
            while (column < columns.size()) {
                row.append({QString(), 1, 1});
                ++column;
            }
            table.rows.append(row);
        }
        mergeHeader(&table);
        tables.append(table);
        i = last + 1;
    }
    return tables;
}
