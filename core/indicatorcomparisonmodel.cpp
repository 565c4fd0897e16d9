#include "core/indicatorcomparisonmodel.h"

#include "core/magnitude.h"

#include <algorithm>

IndicatorComparisonModel::IndicatorComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorComparisonModel::setRows(const QList<IndicatorComparison::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int IndicatorComparisonModel::conflictCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const IndicatorComparison::Row &r) { return r.conflict; }));
}

int IndicatorComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorComparisonModel::citation(const IndicatorComparison::Row &r)
{
    QString out = r.quote + QLatin1Char('\n') + r.report;
    if (!r.sectionPath.isEmpty())
        out += QStringLiteral(" › ") + r.sectionPath.join(QStringLiteral(" › "));
    else if (!r.sectionId.isEmpty())
        out += QStringLiteral(" › ") + r.sectionId;
    if (r.page > 0)
        out += tr(", p. %1").arg(r.page);
    return out;
}

QVariant IndicatorComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const IndicatorComparison::Row &r = m_rows.at(index.row());
    switch (role) {
    case YearRole:
        return r.year;
    case ReportYearRole:
        return r.reportYear;
    case PlaceRole:
        return r.place;
    case NormalizedValueRole:
        return r.normalizedValue;
    case NormalizedUnitRole:
        return r.normalizedUnit;
    case DisplayRole:
        return r.display;
    case ConflictRole:
        return r.conflict;
    case FileRole:
        return r.file;
    case SectionIdRole:
        return r.sectionId;
    case SectionIndexRole:
        return r.sectionIndex;
    case QuoteRole:
        return r.quote;
    case PageRole:
        return r.page;
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case YearColumn:
            return r.year;
        case ValueColumn:
            return r.normalizedValue;
        case PageColumn:
            return r.page;
        case ConflictColumn:
            return r.conflict ? 1 : 0;
        default:
            role = Qt::DisplayRole;
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ValueColumn)
            //: 1 the value as the report writes it (32765亿元), 2 the exact value in base
            //: units (3276500000000 元)
            return tr("%1 = %2 %3")
                .arg(r.display, Magnitude::exact(r.normalizedValue), r.normalizedUnit);
        if (column == ConflictColumn && r.conflict)
            return tr("Another report states another value for %1 in %2").arg(r.place).arg(r.year);
        return citation(r);
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == ValueColumn || column == YearColumn || column == PageColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (column) {
    case YearColumn:
        return r.year > 0 ? QVariant(r.year) : QVariant(QString());
    case PlaceColumn:
        return r.place;
    case ValueColumn:
        // 32765 beside 亿元, as the figure table and the key-indicator panel show it.
        return Magnitude::format(r.value, QStringView());
    case UnitColumn:
        return r.unit;
    case ConflictColumn:
        return r.conflict ? tr("conflict") : QString();
    case LabelColumn:
        return r.label;
    case ReportColumn:
        return r.report;
    case SectionColumn:
        return r.sectionPath.isEmpty() ? r.sectionId : r.sectionPath.join(QStringLiteral(" › "));
    case PageColumn:
        return r.page > 0 ? QVariant(r.page) : QVariant(QString());
    case QuoteColumn:
        return r.quote;
    default:
        return QVariant();
    }
}

QVariant IndicatorComparisonModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn:
        return tr("Year");
    case PlaceColumn:
        return tr("Place");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case ConflictColumn:
        return tr("Conflict");
    case LabelColumn:
        return tr("Label");
    case ReportColumn:
        return tr("Report");
    case SectionColumn:
        return tr("Section");
    case PageColumn:
        return tr("Page");
    case QuoteColumn:
        return tr("Sentence");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> IndicatorComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(YearRole, "year");
    names.insert(ReportYearRole, "reportYear");
    names.insert(PlaceRole, "place");
    names.insert(NormalizedValueRole, "normalizedValue");
    names.insert(NormalizedUnitRole, "normalizedUnit");
    names.insert(DisplayRole, "display");
    names.insert(ConflictRole, "conflict");
    names.insert(FileRole, "file");
    names.insert(SectionIdRole, "sectionId");
    names.insert(SectionIndexRole, "sectionIndex");
    names.insert(QuoteRole, "quote");
    names.insert(PageRole, "page");
    names.insert(SortRole, "sort");
    return names;
}
