#include "core/tablefigurereader.h"

#include "core/figurevocabulary.h"
#include "core/numberreader.h"
#include "core/section.h"
#include "core/textnormalizer.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace {

// Tables wider than this are no report tables; the grid stays small whatever the spans say.
constexpr int MaxColumns = 256;
constexpr qsizetype MaxHeaderRows = 8;
constexpr qint64 MaxSlots = 8'000'000;

struct Slot
{
    int row = -1;  ///< row of the cell covering this place, -1 for none
    int cell = -1; ///< index of that cell in its row
};

struct CellInfo
{
    QString text;  ///< normalised and trimmed: numbers and units are read from it
    QString shown; ///< as written, trimmed: labels are made of it
    bool numeric = false;
    bool percent = false;
    double value = 0;
    int column = 0; ///< the first column it covers
};

// A cell that is a number and nothing else: 3119, 1,234, -2.5, 7730.28, 12%.
bool readNumber(const QString &text, double *value, bool *percent)
{
    // The pattern ^[-−]?[0-9][0-9,]*(\.[0-9]+)?%?$ read by hand: it runs on every cell.
    const qsizetype n = text.size();
    const auto digit = [&](qsizetype i) {
        return i < n && unsigned(text.at(i).unicode()) - u'0' < 10u;
    };
    qsizetype i = 0;
    if (i < n && (text.at(i) == u'-' || text.at(i) == QChar(0x2212)))
        ++i;
    if (!digit(i))
        return false;
    while (digit(i) || (i < n && text.at(i) == u','))
        ++i;
    if (i < n && text.at(i) == u'.') {
        if (!digit(++i))
            return false;
        while (digit(i))
            ++i;
    }
    const bool percentSign = i < n && text.at(i) == u'%';
    if (percentSign)
        ++i;
    // $ also matches before a final line feed.
    if (i != n && !(i + 1 == n && text.at(i) == u'\n'))
        return false;
    QString digits = text;
    digits.remove(u',');
    digits.replace(QChar(0x2212), u'-');
    if (percentSign)
        digits.chop(1);
    bool ok = false;
    *value = digits.toDouble(&ok);
    *percent = percentSign;
    return ok;
}

// A year in a header row (2023, 2024) is a column name, not a count.
bool isYear(const CellInfo &cell)
{
    return cell.numeric && !cell.percent && cell.text.size() == 4 && cell.value >= 1949 &&
           cell.value <= 2100;
}

// The list marker a row header starts with (一、, （一）, 1.), left out of labels.
QString withoutMarker(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百0-9]+[）)]"
                       "|[0-9０-９]+[.．、](?![0-9０-９]))\\s*"));
    const QRegularExpressionMatch m = marker.match(text);
    if (m.hasMatch() && m.capturedEnd() < text.size())
        return text.mid(m.capturedEnd());
    return text;
}

struct UnitSpec
{
    bool found = false;
    QString unit;
    Figure::Kind kind = Figure::Kind::Count;
    double factor = 1;
};

// A unit a header or caption names: (单位:万元), 单位:件, (亿元), …件数.
UnitSpec unitIn(const QString &written, const FigureVocabulary &vocab)
{
    UnitSpec spec;
    const QString part = TextNormalizer::normalize(written);
    QString candidate;
    const qsizetype key = part.indexOf(QStringLiteral("单位"));
    if (key >= 0) {
        qsizetype p = key + 2;
        while (p < part.size() && (part.at(p) == u':' || part.at(p) == u' '))
            ++p;
        qsizetype e = p;
        while (e < part.size() && part.at(e) != u')' && part.at(e) != u',' && part.at(e) != u';' &&
               part.at(e) != u' ')
            ++e;
        candidate = part.mid(p, e - p);
    } else {
        const qsizetype open = part.lastIndexOf(u'(');
        const qsizetype close = part.indexOf(u')', open + 1);
        if (open >= 0 && close > open + 1)
            candidate = part.mid(open + 1, close - open - 1);
    }
    if (!candidate.isEmpty()) {
        const NumberReader numbers(candidate, vocab);
        NumberReader::Reading probe;
        probe.mantissa = 1;
        numbers.readSuffix(0, &probe);
        if (probe.unit && probe.end == candidate.size()) {
            spec.found = true;
            spec.unit = probe.unit->unit;
            spec.factor = probe.value;
            switch (probe.unit->cls) {
            case FigureVocabulary::UnitClass::Money:
                spec.kind = Figure::Kind::Money;
                break;
            case FigureVocabulary::UnitClass::Percent:
            case FigureVocabulary::UnitClass::Permille:
                spec.kind = Figure::Kind::Rate;
                break;
            default:
                spec.kind = Figure::Kind::Count;
                break;
            }
            return spec;
        }
    }
    if (part.endsWith(QStringLiteral("件数"))) {
        spec.found = true;
        spec.unit = QStringLiteral("件");
    }
    return spec;
}

// A cell's text may hold several levels already (a PDF header merged from its lines).
void appendPart(QStringList *path, const QString &text)
{
    for (const QString &level : text.split(TableFigureReader::levelSeparator())) {
        const QString part = withoutMarker(level.trimmed());
        if (!part.isEmpty() && (path->isEmpty() || path->last() != part))
            path->append(part);
    }
}

void readTable(const Section &section, const SectionBlock &table, const QString &caption,
               const FigureVocabulary &vocab, QList<Figure> *out)
{
    const int rowCount = int(table.rows.size());
    QList<QList<Slot>> grid(rowCount);
    QList<QList<CellInfo>> cells(rowCount);
    qint64 spanWork = 0;
    for (int r = 0; r < rowCount; ++r) {
        const TableRow &row = table.rows.at(r);
        int c = 0;
        for (int k = 0; k < row.cells.size(); ++k) {
            const TableCell &cell = row.cells.at(k);
            while (c < grid[r].size() && grid[r][c].row >= 0)
                ++c;
            const int colSpan = qMin(qMax(1, cell.colSpan), MaxColumns - c);
            const int rowSpan = qMin(qMax(1, cell.rowSpan), rowCount - r);
            CellInfo info;
            info.shown = section.textAt(cell.span).trimmed().toString();
            info.text = TextNormalizer::normalize(info.shown);
            info.numeric = readNumber(info.text, &info.value, &info.percent);
            info.column = c;
            cells[r].append(info);
            if (colSpan <= 0)
                continue;
            // Hostile spans (a million rows each spanning them all) must not make the work
            // quadratic: a table past the budget gives no figures.
            spanWork += qint64(rowSpan) * colSpan;
            if (spanWork > MaxSlots)
                return;
            for (int rr = r; rr < r + rowSpan; ++rr) {
                if (grid[rr].size() < c + colSpan)
                    grid[rr].resize(c + colSpan);
                for (int cc = c; cc < c + colSpan; ++cc)
                    grid[rr][cc] = {r, k};
            }
            c += colSpan;
        }
    }
    const auto slotText = [&](int r, int c) -> const CellInfo * {
        if (c >= grid.at(r).size() || grid.at(r).at(c).row < 0)
            return nullptr;
        const Slot s = grid.at(r).at(c);
        return &cells.at(s.row).at(s.cell);
    };
    // A row of years at the top is a header: 2023 | 2024.
    const auto numericRow = [&](int r) {
        bool numeric = false;
        bool allYears = true;
        for (const CellInfo &cell : cells.at(r)) {
            if (cell.numeric) {
                numeric = true;
                allYears = allYears && isYear(cell);
            }
        }
        return numeric && !(r == 0 && allYears);
    };

    int firstData = -1;
    for (int r = 0; r < rowCount; ++r) {
        if (!numericRow(r))
            continue;
        for (const CellInfo &cell : cells.at(r)) {
            if (cell.numeric && (firstData < 0 || cell.column < firstData))
                firstData = cell.column;
        }
    }
    if (firstData < 0)
        return;
    // A first column numbering the rows 1, 2, 3 … (序号) is no count: the row headers
    // come after it.
    {
        int expected = 1;
        bool sequence = true;
        for (int r = 0; r < rowCount && sequence; ++r) {
            if (!numericRow(r))
                continue;
            const CellInfo *cell = slotText(r, firstData);
            sequence = cell && cell->numeric && !cell->percent && cell->value == expected++;
        }
        if (sequence && expected > 2) {
            int next = -1;
            for (int r = 0; r < rowCount; ++r) {
                for (const CellInfo &cell : cells.at(r)) {
                    if (cell.numeric && cell.column > firstData && (next < 0 || cell.column < next))
                        next = cell.column;
                }
            }
            if (next < 0)
                return;
            firstData = next;
        }
    }

    // A row with text only under the row headers (a label wrapped around its numbers in a
    // PDF): the label of a data row right below it that has none.
    const auto labelOnly = [&](int r) -> QString {
        if (r < 0 || r >= rowCount || numericRow(r))
            return QString();
        QString text;
        for (const CellInfo &cell : cells.at(r)) {
            if (cell.column >= firstData && !cell.text.isEmpty())
                return QString();
            text += cell.shown;
        }
        return text;
    };
    QList<int> header;
    // The path and unit of each column under the current header: read once, not per cell.
    struct ColumnHeader
    {
        bool read = false;
        QStringList path;
        UnitSpec unit;
    };
    QList<ColumnHeader> columns;
    const auto columnHeader = [&](int column) -> const ColumnHeader & {
        if (columns.size() <= column)
            columns.resize(column + 1);
        ColumnHeader &h = columns[column];
        if (!h.read) {
            for (int row : std::as_const(header)) {
                if (const CellInfo *head = slotText(row, column))
                    appendPart(&h.path, head->shown);
            }
            for (qsizetype p = h.path.size() - 1; p >= 0 && !h.unit.found; --p)
                h.unit = unitIn(h.path.at(p), vocab);
            h.read = true;
        }
        return h;
    };
    std::optional<UnitSpec> captionUnit;
    bool lastWasData = false;
    for (int r = 0; r < rowCount; ++r) {
        if (!numericRow(r)) {
            // A row naming columns (text right of the row headers) starts or continues a
            // header; a row with text only under the row headers is no header.
            bool namesColumns = false;
            for (const CellInfo &cell : cells.at(r))
                namesColumns = namesColumns || (cell.column >= firstData && !cell.text.isEmpty());
            if (namesColumns) {
                if (lastWasData)
                    header.clear();
                // A header has a few levels; a long run of word rows keeps its last ones
                // (this bounds the work per cell).
                if (header.size() == MaxHeaderRows)
                    header.removeFirst();
                header.append(r);
                columns.clear();
                lastWasData = false;
            }
            continue;
        }
        lastWasData = true;
        QStringList rowPath;
        for (int c = 0; c < firstData; ++c) {
            if (const CellInfo *cell = slotText(r, c); cell && !cell->numeric)
                appendPart(&rowPath, cell->shown);
        }
        if (rowPath.isEmpty()) {
            QString above = labelOnly(r - 1);
            // Its continuation below: a label-only row that starts no new item.
            const QString below = labelOnly(r + 1);
            if (!above.isEmpty() && !below.isEmpty() && withoutMarker(below) == below)
                above += below;
            appendPart(&rowPath, above);
        }
        UnitSpec rowUnit;
        for (qsizetype p = rowPath.size() - 1; p >= 0 && !rowUnit.found; --p)
            rowUnit = unitIn(rowPath.at(p), vocab);
        const TableRow &row = table.rows.at(r);
        for (int k = 0; k < cells.at(r).size(); ++k) {
            const CellInfo &cell = cells.at(r).at(k);
            if (!cell.numeric || cell.column < firstData)
                continue;
            const ColumnHeader &column = columnHeader(cell.column);
            const QStringList &columnPath = column.path;
            if (rowPath.isEmpty() && columnPath.isEmpty())
                continue;
            UnitSpec unit = column.unit;
            if (!unit.found)
                unit = rowUnit;
            if (!unit.found && !caption.isEmpty()) {
                if (!captionUnit)
                    captionUnit = unitIn(caption, vocab);
                unit = *captionUnit;
            }
            Figure f;
            QStringList label;
            if (!rowPath.isEmpty())
                label.append(rowPath.join(TableFigureReader::levelSeparator()));
            if (!columnPath.isEmpty())
                label.append(columnPath.join(TableFigureReader::levelSeparator()));
            f.label = label.join(TableFigureReader::pathSeparator());
            if (cell.percent) {
                f.kind = Figure::Kind::Rate;
                f.unit = QStringLiteral("%");
                f.value = cell.value;
            } else {
                f.kind = unit.kind;
                f.unit = unit.unit;
                f.value = cell.value * unit.factor;
                // The cell holds 7545 of 单位：万元: the multiplier is kept for display, as a
                // figure's own text keeps it.
                if (unit.factor > 1) {
                    const int exponent = int(std::lround(std::log10(unit.factor)));
                    if (std::pow(10.0, exponent) == unit.factor && exponent <= 16)
                        f.multiplierExponent = qint8(exponent);
                }
            }
            f.upper = f.value;
            // The number itself, inside the cell's span.
            const TextSpan span = row.cells.at(k).span;
            const QStringView raw = section.textAt(span);
            qsizetype lead = 0;
            while (lead < raw.size() && raw.at(lead).isSpace())
                ++lead;
            qsizetype trail = raw.size();
            while (trail > lead && raw.at(trail - 1).isSpace())
                --trail;
            f.start = span.start + lead;
            f.end = span.start + trail;
            f.quoteStart = row.span.start;
            f.quoteEnd = row.span.end;
            out->append(f);
        }
    }
}

} // namespace

QList<Figure> TableFigureReader::read(const Section &section)
{
    return read(section, FigureVocabulary::builtIn());
}

QList<Figure> TableFigureReader::read(const Section &section, const FigureVocabulary &vocabulary)
{
    QList<Figure> out;
    for (qsizetype b = 0; b < section.blocks.size(); ++b) {
        const SectionBlock &block = section.blocks.at(b);
        if (block.type != SectionBlock::Type::Table)
            continue;
        // A short paragraph just before the table may name its unit: 单位：件.
        QString caption;
        if (b > 0 && section.blocks.at(b - 1).type == SectionBlock::Type::Paragraph) {
            const QStringView before = section.textAt(section.blocks.at(b - 1).range);
            if (before.size() <= 40 && before.contains(QStringLiteral("单位")))
                caption = TextNormalizer::normalize(before.toString());
        }
        readTable(section, block, caption, vocabulary, &out);
    }
    return out;
}
