#include "core/tablecellreader.h"

#include "core/figurechars.h"

#include <QList>
#include <QStringView>

#include <algorithm>

using namespace FigureChars;

namespace {

using Kind = Figure::Kind;
using UnitClass = FigureVocabulary::UnitClass;

} // namespace

TableCellReader::TableCellReader(const QString &norm, const NumberReader &numbers,
                                 const FigureVocabulary &vocabulary)
    : m_norm(norm), m_numbers(numbers), m_vocab(vocabulary)
{}

// True when [pos, end) is the whole of a tab-separated table cell.
bool TableCellReader::isCell(qsizetype pos, qsizetype end, qsizetype *cellStart) const
{
    qsizetype s = pos;
    while (s > 0 && (m_norm.at(s - 1) == u' ' || m_norm.at(s - 1) == u'-' ||
                     m_norm.at(s - 1) == QChar(0x2212)))
        --s;
    qsizetype e = end;
    while (e < m_norm.size() && m_norm.at(e) == u' ')
        ++e;
    const bool startOk = s == 0 || m_norm.at(s - 1) == u'\t' || m_norm.at(s - 1) == u'\n';
    const bool endOk = e >= m_norm.size() || m_norm.at(e) == u'\t' || m_norm.at(e) == u'\n';
    if (!startOk || !endOk)
        return false;
    // The line must hold a tab; only lines of a readable length are tables (this also bounds
    // the work per number).
    bool tab = s > 0 && m_norm.at(s - 1) == u'\t';
    const qsizetype limit = std::min<qsizetype>(m_norm.size(), e + MaxTableLine);
    for (qsizetype i = e; !tab && i < limit && m_norm.at(i) != u'\n'; ++i) {
        if (m_norm.at(i) == u'\t')
            tab = true;
    }
    *cellStart = s;
    return tab;
}

// A bare number in a table cell takes its meaning from the column header (增长 → a change
// in percent, (亿元) → money) and its label from the row's first cell.
bool TableCellReader::read(const NumberReader::Reading &r, Cell *cell) const
{
    qsizetype cellStart = 0;
    cell->end = r.numberEnd;
    // A range cell: 8.5-9.0.
    if ((at(r.numberEnd) == u'-' || at(r.numberEnd) == u'~') && isAsciiDigit(at(r.numberEnd + 1))) {
        double mantissa = 0;
        int decimals = 0;
        const qsizetype e2 = m_numbers.readNumber(r.numberEnd + 1, &mantissa, &decimals);
        if (isCell(r.start, e2, &cellStart)) {
            cell->rangeUpper =
                QStringLiteral("至") + m_norm.mid(r.numberEnd + 1, e2 - r.numberEnd - 1);
            cell->upperMantissa = mantissa;
            cell->upperDecimals = decimals;
            cell->end = e2;
        }
    }
    if (!isCell(r.start, cell->end, &cellStart))
        return false;
    qsizetype lineStart = cellStart;
    while (lineStart > 0 && m_norm.at(lineStart - 1) != u'\n') {
        if (cellStart - lineStart > MaxTableLine)
            return false;
        --lineStart;
    }
    int column = 0;
    for (qsizetype i = lineStart; i < cellStart; ++i) {
        if (m_norm.at(i) == u'\t')
            ++column;
    }
    if (column == 0)
        return false;
    auto cellsOf = [this](qsizetype ls) {
        qsizetype le = ls;
        while (le < m_norm.size() && m_norm.at(le) != u'\n' && le - ls < MaxTableLine)
            ++le;
        QList<QStringView> cells;
        const QStringView line = QStringView(m_norm).sliced(ls, le - ls);
        for (QStringView cell : line.split(u'\t'))
            cells.append(cell.trimmed());
        return cells;
    };
    auto isNumeric = [](QStringView cell) {
        if (cell.isEmpty())
            return false;
        for (QChar c : cell) {
            if (!isAsciiDigit(c) && c != u'.' && c != u'-' && c != u'~' && c != u'%' &&
                c != QChar(0x2212) && c != u' ')
                return false;
        }
        return true;
    };
    // The header: the nearest earlier tabbed line without numeric cells, within 30 lines.
    QList<QStringView> header;
    qsizetype ls = lineStart;
    for (int k = 0; k < 30 && ls > 0; ++k) {
        qsizetype prevStart = ls - 1;
        while (prevStart > 0 && m_norm.at(prevStart - 1) != u'\n' && ls - prevStart < MaxTableLine)
            --prevStart;
        const QList<QStringView> cells = cellsOf(prevStart);
        ls = prevStart;
        if (cells.size() < 2)
            break;
        bool numeric = false;
        for (QStringView c : cells) {
            if (isNumeric(c))
                numeric = true;
        }
        if (!numeric) {
            header = cells;
            break;
        }
    }
    if (column >= header.size())
        return false;
    const QStringView head = header.at(column);
    const QList<QStringView> row = cellsOf(lineStart);
    QStringView rowLabel = row.value(0);
    for (qsizetype i = 0; i < rowLabel.size(); ++i) {
        if (isAsciiDigit(rowLabel.at(i))) {
            rowLabel = rowLabel.first(i);
            break;
        }
    }
    rowLabel = rowLabel.trimmed();
    if (rowLabel.isEmpty() || isNumeric(rowLabel))
        return false;
    cell->factor = 1;
    const QStringList &changeWords = m_vocab.list(FigureVocabulary::List::ChangeHeader).words();
    if (std::any_of(changeWords.begin(), changeWords.end(),
                    [&](const QString &w) { return head.contains(w); })) {
        cell->kind = Kind::Change;
        cell->unit = QStringLiteral("%");
    } else if (head.contains(u'%')) {
        cell->kind = Kind::Rate;
        cell->unit = QStringLiteral("%");
    } else {
        // A unit in brackets: (亿元), (万人).
        const qsizetype open = head.indexOf(u'(');
        const qsizetype close = head.indexOf(u')');
        if (open < 0 || close <= open + 1)
            return false;
        NumberReader::Reading probe;
        probe.mantissa = 1;
        const qsizetype headStart = head.data() - m_norm.constData();
        m_numbers.readSuffix(headStart + open + 1, &probe);
        if (!probe.unit || probe.end != headStart + close)
            return false;
        cell->factor = probe.value;
        cell->unit = probe.unit->unit;
        switch (probe.unit->cls) {
        case UnitClass::Money:
            cell->kind = Kind::Money;
            break;
        case UnitClass::Percent:
        case UnitClass::Permille:
            cell->kind = Kind::Rate;
            break;
        default:
            cell->kind = Kind::Count;
            break;
        }
    }
    cell->header = head.toString();
    cell->label = rowLabel.toString() + QStringLiteral("（") + cell->header + QStringLiteral("）");
    return true;
}
