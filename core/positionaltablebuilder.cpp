#include "core/positionaltablebuilder.h"

#include "core/linebuilder.h"
#include "core/paragraphjoiner.h"

#include <QHash>

#include <algorithm>
#include <functional>

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

struct RowInfo
{
    QList<SourceDocumentBuilder::Cell> cells;
    qsizetype line = 0;
    bool header = false;
    double labelX = -1; // where its row header starts
    double itemX = -1;  // where the last part of its row header starts
    double top = 0;
    double bottom = 0;
    double height = 0;
    bool underVertical = false;
};

bool hasNumberCell(const QList<SourceDocumentBuilder::Cell> &cells)
{
    return std::any_of(cells.begin(), cells.end(),
                       [](const SourceDocumentBuilder::Cell &c) { return isNumeric(c.text); });
}

// The cells of one line on the column grid.
RowInfo rowOf(const LayoutLine &line, const QList<Interval> &columns)
{
    RowInfo info;
    info.top = line.y;
    info.bottom = line.bottom();
    info.height = line.fontSize > 0 ? line.fontSize : line.height;
    // The row header's own height: the line's box may hold taller digits.
    for (const LayoutWord &w : line.words) {
        if (!columns.isEmpty() && w.x < columns.first().right && !isNumeric(w.text.trimmed())) {
            info.top = w.y;
            info.bottom = w.bottom();
            break;
        }
    }
    QList<SourceDocumentBuilder::Cell> &row = info.cells;
    int column = 0;
    for (const LayoutLine::Segment &s : line.segments) {
        // The first and last column the segment overlaps; by its middle when it falls into a
        // gap of the grid.
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
        if (from == 0)
            info.itemX = s.x;
        if (info.labelX < 0 && s.text.size() > 2)
            info.labelX = s.x;
        if (from < column && !row.isEmpty()) {
            // Two segments in one column: a row header and its next level, else one cell.
            SourceDocumentBuilder::Cell &prev = row.last();
            if (!isNumeric(prev.text) && ParagraphJoiner::startsWithHeadingMarker(s.text))
                prev.text += QStringLiteral(" / ") + s.text;
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
    if (info.labelX < 0 && !line.segments.isEmpty())
        info.labelX = line.segments.first().x;
    return info;
}

struct VerticalHeader
{
    QString text;
    double right = -1;
    double top = 0;
    double bottom = 0;
};

// Finds a row header set vertically among the body lines (from the first data line on) and
// takes its letters out of those lines: words of one or two letters, each no wider than its
// letters, at one x in three or more lines, left of the row headers beside them. Pieces two
// letters wide (三、 / 本年 / 度办) count only when a row header stands right of one of them:
// a column of short row headers (城镇 / 农村 / 合计) has nothing beside them.
VerticalHeader verticalHeader(QList<LayoutLine> *body, qsizetype firstData,
                              const QList<Interval> &columns)
{
    VerticalHeader found;
    if (columns.size() < 2)
        return found;
    struct Letter
    {
        qsizetype line;
        qsizetype word;
    };
    QList<QList<Letter>> strips;
    QList<double> stripX;
    QList<double> stripCentre;
    QList<bool> stripWide;   // a piece wider than one letter
    QList<bool> stripBefore; // a piece with a row header right of it
    for (qsizetype l = qMax<qsizetype>(0, firstData); l < body->size(); ++l) {
        const QList<LayoutWord> &words = body->at(l).words;
        for (qsizetype k = 0; k < words.size(); ++k) {
            const LayoutWord &w = words.at(k);
            const QString text = w.text.trimmed();
            const double size = w.fontSize > 0 ? w.fontSize : w.height;
            if (text.isEmpty() || text.size() > 2 || isNumeric(text) ||
                w.right() > columns.at(1).left || w.width > 1.3 * size * text.size())
                continue;
            // Something right of it in its column: it stands left of a row header.
            const bool beforeLabel = k + 1 < words.size() && words.at(k + 1).x < columns.at(1).left;
            const bool alone = k + 1 == words.size() || words.at(k + 1).x >= columns.at(1).left;
            if (!beforeLabel && !alone)
                continue;
            // One strip: pieces starting at one x, or centred on one x (果 under 度办).
            const double centre = w.x + w.width / 2;
            qsizetype s = 0;
            while (s < stripX.size() && qAbs(stripX.at(s) - w.x) > 1.5 &&
                   qAbs(stripCentre.at(s) - centre) > 1.5)
                ++s;
            if (s == stripX.size()) {
                stripX.append(w.x);
                stripCentre.append(centre);
                strips.append(QList<Letter>());
                stripWide.append(false);
                stripBefore.append(false);
            }
            strips[s].append({l, k});
            stripWide[s] = stripWide.at(s) || w.width > 1.3 * size;
            stripBefore[s] = stripBefore.at(s) || beforeLabel;
        }
    }
    qsizetype best = -1;
    for (qsizetype s = 0; s < strips.size(); ++s) {
        if (strips.at(s).size() >= 3 && (!stripWide.at(s) || stripBefore.at(s)) &&
            (best < 0 || strips.at(s).size() > strips.at(best).size()))
            best = s;
    }
    if (best < 0)
        return found;
    QList<Letter> letters = strips.at(best);
    std::sort(letters.begin(), letters.end(), [body](const Letter &a, const Letter &b) {
        return body->at(a.line).words.at(a.word).y < body->at(b.line).words.at(b.word).y;
    });
    // Every row header beside it starts right of it.
    const double right = [&] {
        double r = 0;
        for (const Letter &l : std::as_const(letters))
            r = qMax(r, body->at(l.line).words.at(l.word).right());
        return r;
    }();
    for (const Letter &l : std::as_const(letters)) {
        for (const LayoutWord &w : body->at(l.line).words) {
            if (w.x > right - 0.5 && w.x < right + 0.5 && w.x < body->at(l.line).words.at(l.word).x)
                return found;
        }
    }
    found.right = right;
    found.top = body->at(letters.first().line).words.at(letters.first().word).y;
    found.bottom = body->at(letters.last().line).words.at(letters.last().word).bottom();
    QHash<qsizetype, QList<qsizetype>> drop;
    for (const Letter &l : std::as_const(letters)) {
        found.text += body->at(l.line).words.at(l.word).text.trimmed();
        drop[l.line].append(l.word);
    }
    for (auto it = drop.cbegin(); it != drop.cend(); ++it) {
        LayoutLine &line = (*body)[it.key()];
        QList<qsizetype> gone = it.value();
        std::sort(gone.begin(), gone.end(), std::greater<qsizetype>());
        for (qsizetype k : std::as_const(gone))
            line.words.removeAt(k);
        line.segments = LineBuilder::segments(line.words);
    }
    return found;
}

// A row header wrapped over two lines is one header: a line of text alone (no number, no
// marker of its own) just below a row continues that row's header, and a header alone just
// above a row of numbers without one is that row's.
void joinWrappedLabels(QList<RowInfo> *rows)
{
    const auto labelOnly = [](const RowInfo &r) {
        if (r.header || r.cells.isEmpty() || r.cells.first().text.isEmpty())
            return false;
        for (qsizetype c = 1; c < r.cells.size(); ++c) {
            if (!r.cells.at(c).text.isEmpty())
                return false;
        }
        return true;
    };
    for (qsizetype r = 1; r < rows->size(); ++r) {
        RowInfo &row = (*rows)[r];
        RowInfo &above = (*rows)[r - 1];
        if (above.header || row.header)
            continue;
        const double gap = row.top - above.bottom;
        const double close = 0.8 * qMin(row.height, above.height);
        // A header alone above its numbers.
        if (labelOnly(above) && hasNumberCell(row.cells) && row.cells.first().text.isEmpty() &&
            gap < close) {
            row.cells.first().text = above.cells.first().text;
            row.labelX = above.labelX;
            row.itemX = above.itemX;
            row.top = above.top;
            rows->removeAt(r - 1);
            --r;
            continue;
        }
        // The rest of a header below it.
        const QString text = labelOnly(row) ? row.cells.first().text : QString();
        if (!text.isEmpty() && !ParagraphJoiner::startsWithHeadingMarker(text) &&
            itemNumber(text) == 0 && !above.cells.first().text.isEmpty() &&
            hasNumberCell(above.cells) && gap < close && gap > -close &&
            row.labelX >= above.itemX - 1) {
            above.cells.first().text = LineBuilder::join(above.cells.first().text, text, true);
            above.bottom = row.bottom;
            rows->removeAt(r);
            --r;
        }
    }
}

// The vertical header heads the rows around it whose headers start right of it, up to a row
// whose header starts left of it (一、本年新收… above, 四、结转下年度… below).
void applyVertical(PositionalTableBuilder::Table *table, QList<RowInfo> &rows,
                   const VerticalHeader &vertical)
{
    if (vertical.text.isEmpty())
        return;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!rows.at(r).header && rows.at(r).bottom > vertical.top &&
            rows.at(r).top < vertical.bottom && rows.at(r).labelX > vertical.right) {
            if (first < 0)
                first = r;
            last = r;
        }
    }
    if (first < 0)
        return;
    while (first > 0 && !rows.at(first - 1).header && rows.at(first - 1).labelX > vertical.right)
        --first;
    while (last + 1 < rows.size() && rows.at(last + 1).labelX > vertical.right)
        ++last;
    for (qsizetype r = first; r <= last; ++r) {
        rows[r].underVertical = true;
        QString &label = table->rows[r].first().text;
        label = vertical.text + QStringLiteral(" / ") + label;
    }
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

// A header cell found from the words of the header lines: its text and box.
struct HeaderCell
{
    QString text;
    double x0 = 0;
    double x1 = 0;
    double y0 = 0;
    double y1 = 0;
    double height = 0; // of one line of its text
    int nearest = 0;   // the column whose middle is nearest to its own
    int from = -1;     // the columns it spans, once placed
    int to = -1;

    double centerX() const { return (x0 + x1) / 2; }
    double centerY() const { return (y0 + y1) / 2; }
    bool overlapsVertically(const HeaderCell &o) const { return y0 < o.y1 && o.y0 < y1; }
};

// The labels of the columns from the header lines [first, end): one path per column, its
// cells from top to bottom joined by " / ", or nothing when the words give no header.
//
// The cells are built from the words themselves, not from the lines: a cell centred in a tall
// merged cell (总计 beside two-line headers) sits between two lines. Words on one baseline
// join within a column; lines of one narrow cell (商业 / 企业) stack into one text. Each cell is
// then placed, top to bottom, over the widest run of columns that is centred under it, stays
// within the cell above it and beside its neighbours at the same height, and leaves out the
// columns of a cell that is centred higher than the cell's own first sub-header while
// overlapping it (自然人 and 总计 beside 法人或其他组织, standing in cells two rows tall). A
// cell centred on the whole table and over no run of its value columns is its title.
QStringList headerFromWords(const QList<LayoutLine> &lines, qsizetype first, qsizetype end,
                            const QList<Interval> &columns, bool labelColumn)
{
    const int n = int(columns.size());
    QList<double> middle(n);
    for (int c = 0; c < n; ++c)
        middle[c] = (columns.at(c).left + columns.at(c).right) / 2;
    const auto nearestColumn = [&](double x) {
        int best = 0;
        for (int c = 1; c < n; ++c) {
            if (qAbs(middle.at(c) - x) < qAbs(middle.at(best) - x))
                best = c;
        }
        return best;
    };
    QList<LayoutWord> words;
    for (qsizetype i = first; i < end; ++i) {
        for (const LayoutWord &w : lines.at(i).words) {
            if (!w.text.trimmed().isEmpty() && w.height > 0)
                words.append(w);
        }
    }
    if (words.isEmpty())
        return {};
    std::stable_sort(words.begin(), words.end(), [](const LayoutWord &a, const LayoutWord &b) {
        return a.y < b.y - 0.3 * qMin(a.height, b.height) ||
               (qAbs(a.y - b.y) <= 0.3 * qMin(a.height, b.height) && a.x < b.x);
    });
    // Words on one baseline, close together and in one column (or set tight), are one run.
    QList<HeaderCell> runs;
    QList<int> runColumn;
    for (const LayoutWord &w : std::as_const(words)) {
        const QString text = w.text.trimmed();
        const int column = nearestColumn(w.x + w.width / 2);
        bool joined = false;
        for (qsizetype k = runs.size() - 1; k >= 0 && !joined; --k) {
            HeaderCell &r = runs[k];
            const double h = qMin(r.height, w.height);
            const double gap = w.x - r.x1;
            if (qAbs(r.y0 - w.y) > 0.3 * h || gap < -0.2 * h || gap > 0.6 * h)
                continue;
            if (column != runColumn.at(k) && gap > 0.25 * h)
                continue;
            r.text = LineBuilder::join(r.text, text, w.spaceAfter || gap > 0.2 * h);
            r.x1 = qMax(r.x1, w.right());
            r.y1 = qMax(r.y1, w.bottom());
            joined = true;
        }
        if (!joined) {
            HeaderCell r;
            r.text = text;
            r.x0 = w.x;
            r.x1 = w.right();
            r.y0 = w.y;
            r.y1 = w.bottom();
            r.height = w.height;
            runs.append(r);
            runColumn.append(column);
        }
    }
    // Runs stacked in one column, left-aligned or centred on each other, are one wrapped cell.
    std::stable_sort(runs.begin(), runs.end(),
                     [](const HeaderCell &a, const HeaderCell &b) { return a.y0 < b.y0; });
    QList<HeaderCell> cells;
    for (const HeaderCell &r : std::as_const(runs)) {
        bool joined = false;
        for (qsizetype k = cells.size() - 1; k >= 0 && !joined; --k) {
            HeaderCell &c = cells[k];
            const double h = qMin(c.height, r.height);
            const double gap = r.y0 - c.y1;
            if (gap < -0.3 * h || gap > 0.7 * h)
                continue;
            if (qAbs(c.x0 - r.x0) > 0.5 * h && qAbs(c.centerX() - r.centerX()) > 0.5 * h)
                continue;
            if (nearestColumn(c.centerX()) != nearestColumn(r.centerX()))
                continue;
            c.text = LineBuilder::join(c.text, r.text, true);
            c.x0 = qMin(c.x0, r.x0);
            c.x1 = qMax(c.x1, r.x1);
            c.y1 = qMax(c.y1, r.y1);
            joined = true;
        }
        if (!joined)
            cells.append(r);
    }
    for (HeaderCell &c : cells)
        c.nearest = nearestColumn(c.centerX());

    const int lowest = labelColumn ? 1 : 0; // the first value column
    QList<double> spacings;
    for (int c = lowest + 1; c < n; ++c)
        spacings.append(middle.at(c) - middle.at(c - 1));
    std::sort(spacings.begin(), spacings.end());
    double lineHeight = 0;
    for (const HeaderCell &c : std::as_const(cells))
        lineHeight = qMax(lineHeight, c.height);
    const double tolerance = spacings.isEmpty()
                                 ? 2 * lineHeight
                                 : qMax(0.25 * spacings.at(spacings.size() / 2), 0.3 * lineHeight);
    const double tableMiddle = (columns.first().left + columns.last().right) / 2;

    for (qsizetype k = 0; k < cells.size(); ++k) {
        HeaderCell &p = cells[k];
        const int at = p.nearest;
        int lo = (labelColumn && at > 0) ? 1 : 0;
        int hi = n - 1;
        const HeaderCell *parent = nullptr;
        for (qsizetype q = 0; q < k; ++q) {
            const HeaderCell &above = cells.at(q);
            if (above.from < 0 || above.y1 > p.y0 + 1 || at < above.from || at > above.to)
                continue;
            if (!parent || above.y1 > parent->y1)
                parent = &above;
        }
        if (parent) {
            lo = qMax(lo, parent->from);
            hi = qMin(hi, parent->to);
        }
        if (at < lo || at > hi)
            continue;
        QList<bool> allowed(n, true);
        // Neighbours at the same height keep their columns.
        for (qsizetype q = 0; q < cells.size(); ++q) {
            const HeaderCell &o = cells.at(q);
            if (q == k || !o.overlapsVertically(p))
                continue;
            if (o.from >= 0) {
                for (int c = o.from; c <= o.to; ++c)
                    allowed[c] = false;
            } else {
                allowed[o.nearest] = false;
            }
        }
        allowed[at] = true;
        // The first cell below in each column.
        const auto firstBelow = [&](int column) -> const HeaderCell * {
            const HeaderCell *best = nullptr;
            for (const HeaderCell &o : std::as_const(cells)) {
                if (&o == &p || o.nearest != column || o.y0 < p.y1 - 0.3 * o.height)
                    continue;
                if (!best || o.y0 < best->y0)
                    best = &o;
            }
            return best;
        };
        const HeaderCell *child = firstBelow(at);
        if (child) {
            for (int c = lo; c <= hi; ++c) {
                const HeaderCell *o = firstBelow(c);
                if (c != at && o && o->overlapsVertically(*child) &&
                    o->centerY() < child->centerY() - 0.4 * o->height)
                    allowed[c] = false;
            }
        }
        int bestFrom = -1;
        int bestTo = -1;
        double bestError = 0;
        for (int l = at; l >= lo && allowed.at(l); --l) {
            for (int r = at; r <= hi && allowed.at(r); ++r) {
                const double error = qAbs((middle.at(l) + middle.at(r)) / 2 - p.centerX());
                if (error > tolerance)
                    continue;
                if (bestFrom < 0 || r - l > bestTo - bestFrom ||
                    (r - l == bestTo - bestFrom && error < bestError)) {
                    bestFrom = l;
                    bestTo = r;
                    bestError = error;
                }
            }
        }
        if (bestFrom < 0) {
            // Centred over no run of columns: the table's title when it stands over the whole
            // table at the top, else the one column it is nearest to.
            if (!parent && labelColumn && qAbs(p.centerX() - tableMiddle) <= 2 * tolerance)
                continue;
            bestFrom = bestTo = at;
        }
        p.from = bestFrom;
        p.to = bestTo;
    }

    QStringList labels(n);
    bool any = false;
    for (int c = 0; c < n; ++c) {
        QStringList path;
        for (const HeaderCell &cell : std::as_const(cells)) {
            if (cell.from < 0 || c < cell.from || c > cell.to)
                continue;
            if (path.isEmpty() || path.last() != cell.text)
                path.append(cell.text);
        }
        labels[c] = path.join(QStringLiteral(" / "));
        any = any || (c >= lowest && !labels.at(c).isEmpty());
    }
    return any ? labels : QStringList();
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

void PositionalTableBuilder::continueTable(Table *next, const Table &previous)
{
    const Table::Open &open = previous.open;
    int item = open.lastItem;
    bool inGroup = !open.group.isEmpty();
    bool inVertical = open.verticalRight >= 0;
    for (qsizetype r = 0; r < next->rows.size() && r < next->labelX.size(); ++r) {
        if (!inGroup && !inVertical)
            break;
        QString &label = next->rows[r].first().text;
        if (label.isEmpty())
            continue;
        const int n = itemNumber(label);
        inGroup = inGroup && n == item + 1 && qAbs(next->itemX.at(r) - open.itemX) < 2;
        if (inGroup) {
            label = open.group + QStringLiteral(" / ") + label;
            item = n;
        }
        inVertical = inVertical && next->labelX.at(r) > open.verticalRight;
        if (inVertical)
            label = open.vertical + QStringLiteral(" / ") + label;
    }
    // Whatever stays open at its end is the previous table's when next had none of its own.
    if (next->open.vertical.isEmpty() && open.verticalRight >= 0 &&
        next->labelX.size() == next->rows.size() && !next->labelX.isEmpty() &&
        next->labelX.constLast() > open.verticalRight) {
        next->open.vertical = open.vertical;
        next->open.verticalRight = open.verticalRight;
    }
}

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
        // The header: the lines above the first with a number.
        qsizetype headerEnd = i;
        while (headerEnd <= last &&
               std::none_of(lines.at(headerEnd).segments.begin(),
                            lines.at(headerEnd).segments.end(),
                            [](const LayoutLine::Segment &s) { return isNumeric(s.text); }))
            ++headerEnd;
        // The letters of a row header set vertically, one or two a line in a narrow cell
        // left of the row headers (三 / 、本 / 年 / 度办 / 理 / 结果), are one header of their own.
        QList<LayoutLine> body = lines.mid(i, last - i + 1);
        const VerticalHeader vertical = verticalHeader(&body, headerEnd - i, columns);
        QList<RowInfo> rows;
        for (qsizetype r = 0; r < body.size(); ++r) {
            RowInfo info = rowOf(body.at(r), columns);
            info.line = i + r;
            info.header = i + r < headerEnd;
            if (!info.header &&
                std::all_of(info.cells.begin(), info.cells.end(),
                            [](const SourceDocumentBuilder::Cell &c) { return c.text.isEmpty(); }))
                continue; // only letters of the vertical header
            rows.append(info);
        }
        joinWrappedLabels(&rows);
        Table table;
        table.firstLine = i;
        table.lastLine = last;
        table.columns = int(columns.size());
        QList<double> labelX;
        for (const RowInfo &info : std::as_const(rows)) {
            table.rows.append(info.cells);
            table.rowLines.append(info.line);
            table.labelX.append(info.header ? -1 : info.labelX);
            table.itemX.append(info.header ? -1 : info.itemX);
            labelX.append(info.labelX);
        }
        groupRowHeaders(&table, labelX);
        // A group of numbered items still open at the end may go on over the page.
        if (!rows.isEmpty() && !rows.last().header) {
            const QString label = table.rows.last().first().text;
            const qsizetype cut = label.lastIndexOf(QStringLiteral(" / "));
            if (cut > 0 && itemNumber(label.mid(cut + 3)) > 0 &&
                ParagraphJoiner::startsWithHeadingMarker(label)) {
                table.open.group = label.left(cut);
                table.open.itemX = rows.last().itemX;
                table.open.lastItem = itemNumber(label.mid(cut + 3));
            }
        }
        applyVertical(&table, rows, vertical);
        if (!rows.isEmpty() && rows.last().underVertical) {
            table.open.vertical = vertical.text;
            table.open.verticalRight = vertical.right;
        }
        // Row labels in the first column: a data row's first cell is text.
        const qsizetype headerRows =
            std::count_if(rows.begin(), rows.end(), [](const RowInfo &r) { return r.header; });
        const bool labelColumn = headerRows < table.rows.size() &&
                                 !table.rows.at(headerRows).isEmpty() &&
                                 !isNumeric(table.rows.at(headerRows).first().text);
        const QStringList header = headerRows >= 2 && headerRows < table.rows.size()
                                       ? headerFromWords(lines, i, headerEnd, columns, labelColumn)
                                       : QStringList();
        const qsizetype before = table.rows.size();
        if (!header.isEmpty()) {
            QList<SourceDocumentBuilder::Cell> merged(table.columns);
            for (int c = 0; c < table.columns; ++c)
                merged[c].text = header.at(c);
            table.rows.remove(0, headerRows);
            table.rows.prepend(merged);
            table.headerLines = int(headerRows);
        } else {
            mergeHeader(&table);
        }
        // A merged header row stands where its first line does.
        const qsizetype merged = before - table.rows.size();
        if (merged > 0) {
            table.rowLines.remove(1, merged);
            table.labelX.remove(1, merged);
            table.itemX.remove(1, merged);
        }
        tables.append(table);
        i = last + 1;
    }
    return tables;
}
