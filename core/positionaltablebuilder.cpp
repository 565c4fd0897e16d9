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

// The number of an item marker (1. → 1), 0 for none.
int itemNumber(const QString &text)
{
    int n = 0;
    qsizetype i = 0;
    while (i < text.size() && i < 3 && text.at(i).isDigit())
        n = n * 10 + text.at(i++).digitValue();
    return i > 0 && i < text.size() &&
                   (text.at(i) == u'.' || text.at(i) == QChar(0xFF0E) ||
                    text.at(i) == QChar(0x3001))
               ? n
               : 0;
}

// A row header spanning several rows stands, vertically centred, on a line of its own among
// them: （三）不予公开 between its items 1.–4. above and 5.–8. below. Such a line (a marker,
// no other cell) heads the rows around it whose headers start further right, up to its first
// item (1.) above and until the numbering starts again below; each of them gets it in front
// of its own header, "（三）不予公开 / 5.属于三类内部事务信息". Short lines of one or two
// letters (a header set vertically) are passed over.
void groupRowHeaders(PositionalTableBuilder::Table *table, const QList<double> &labelX)
{
    auto &rows = table->rows;
    const auto labelOnly = [&](qsizetype r) {
        if (rows.at(r).isEmpty() || rows.at(r).first().text.isEmpty())
            return false;
        for (qsizetype c = 1; c < rows.at(r).size(); ++c) {
            if (!rows.at(r).at(c).text.isEmpty())
                return false;
        }
        return true;
    };
    const auto hasNumber = [&](qsizetype r) {
        return std::any_of(rows.at(r).begin(), rows.at(r).end(),
                           [](const SourceDocumentBuilder::Cell &c) { return isNumeric(c.text); });
    };
    const auto vertical = [&](qsizetype r) {
        return labelOnly(r) && rows.at(r).first().text.size() <= 2;
    };
    for (qsizetype g = 0; g < rows.size(); ++g) {
        if (!labelOnly(g) || !ParagraphJoiner::startsWithHeadingMarker(rows.at(g).first().text) ||
            itemNumber(rows.at(g).first().text) > 0)
            continue;
        const QString group = rows.at(g).first().text;
        const double x = labelX.value(g);
        const auto child = [&](qsizetype r) {
            return hasNumber(r) && !rows.at(r).first().text.isEmpty() && labelX.value(r) > x + 2 &&
                   !rows.at(r).first().text.contains(u'/');
        };
        QList<qsizetype> members;
        for (qsizetype r = g - 1; r >= 0; --r) {
            if (vertical(r))
                continue;
            if (!child(r))
                break;
            members.append(r);
            if (itemNumber(rows.at(r).first().text) == 1)
                break;
        }
        int last = 0;
        for (qsizetype r = g + 1; r < rows.size(); ++r) {
            if (vertical(r))
                continue;
            if (!child(r))
                break;
            const int n = itemNumber(rows.at(r).first().text);
            if (n > 0 && n <= last)
                break;
            last = qMax(last, n);
            members.append(r);
        }
        for (qsizetype r : std::as_const(members))
            rows[r].first().text = group + QStringLiteral(" / ") + rows.at(r).first().text;
    }
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
        QList<double> labelX; // per row: where its first cell starts
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
            // Where the row's header starts: letters of a vertical header before it left out.
            double x = lines.at(r).segments.isEmpty() ? -1 : lines.at(r).segments.first().x;
            for (const LayoutLine::Segment &seg : lines.at(r).segments) {
                if (seg.text.size() > 2) {
                    x = seg.x;
                    break;
                }
            }
            labelX.append(x);
        }
        groupRowHeaders(&table, labelX);
        mergeHeader(&table);
        tables.append(table);
        i = last + 1;
    }
    return tables;
}
