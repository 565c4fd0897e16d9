#include "core/indicatorchangemodel.h"

#include <QLocale>

namespace {

QString valueText(bool in, const QString &shown, int year)
{
    if (!in)
        return QStringLiteral("—");
    return year > 0 ? QStringLiteral("%1 (%2)").arg(shown).arg(year) : shown;
}

} // namespace

IndicatorChangeModel::IndicatorChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorChangeModel::setDiff(std::shared_ptr<const ReportDiff> diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    endResetModel();
}

QString IndicatorChangeModel::changeText(const ReportDiff::IndicatorChange &c)
{
    if (!c.inA || !c.inB)
        return QStringLiteral("—");
    QString text = c.displayChange;
    // A rate's change is already in percentage points; a relative change of it would mislead.
    if (c.valueA != 0 && c.unit != QLatin1String("%"))
        text += QStringLiteral(" (%1%2%)")
                    .arg(c.changePercent > 0 ? QStringLiteral("+") : QString(),
                         QLocale::c().toString(c.changePercent, 'f', 1));
    return text;
}

int IndicatorChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_diff ? 0 : int(m_diff->indicators().size());
}

int IndicatorChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_diff || index.row() >= m_diff->indicators().size())
        return QVariant();
    const ReportDiff::IndicatorChange &c = m_diff->indicators().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndicatorColumn:
            return c.name;
        case ValueAColumn:
            return valueText(c.inA, c.displayA, c.yearA);
        case ValueBColumn:
            return valueText(c.inB, c.displayB, c.yearB);
        case ChangeColumn:
            return changeText(c);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ValueAColumn:
            return c.quoteA;
        case ValueBColumn:
            return c.quoteB;
        case ChangeColumn:
            return c.inA && c.inB ? QString(c.quoteA + QLatin1Char('\n') + c.quoteB) : QString();
        }
        return c.indicator;
    case Qt::TextAlignmentRole:
        if (index.column() != IndicatorColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SignRole:
        return c.inA && c.inB ? (c.change > 0 ? 1 : c.change < 0 ? -1 : 0) : 0;
    case IndicatorIdRole:
        return c.indicator;
    }
    return QVariant();
}

QVariant IndicatorChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case ValueAColumn:
        return tr("A");
    case ValueBColumn:
        return tr("B");
    case ChangeColumn:
        return tr("Change");
    }
    return QVariant();
}
