#include "core/figuremodel.h"

#include "core/documentmodel.h"
#include "core/magnitude.h"

#include <algorithm>

FigureModel::FigureModel(DocumentModel *documents, QObject *parent)
    : QAbstractTableModel(parent), m_documents(documents)
{
    rebuildOffsets();
    // Reports opened or closed insert or remove their rows; a reloaded report (its sections
    // removed and inserted again) resets the table.
    connect(documents, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &parent) {
                if (parent.isValid())
                    beginResetModel();
            });
    connect(documents, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid()) {
                    rebuildOffsets();
                    endResetModel();
                    return;
                }
                int added = 0;
                for (int r = first; r <= last; ++r)
                    added += int(m_documents->report(r)->figures().size());
                const int firstRow = m_offsets.value(first, m_offsets.last());
                if (added > 0)
                    beginInsertRows(QModelIndex(), firstRow, firstRow + added - 1);
                rebuildOffsets();
                if (added > 0)
                    endInsertRows();
            });
    connect(documents, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid()) {
                    beginResetModel();
                    return;
                }
                const int firstRow = m_offsets.at(first);
                const int lastRow = m_offsets.at(last + 1) - 1;
                m_removing = lastRow >= firstRow;
                if (m_removing)
                    beginRemoveRows(QModelIndex(), firstRow, lastRow);
            });
    connect(documents, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
        rebuildOffsets();
        if (parent.isValid()) {
            endResetModel();
            return;
        }
        if (m_removing)
            endRemoveRows();
        m_removing = false;
    });
    connect(documents, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { beginResetModel(); });
    connect(documents, &QAbstractItemModel::modelReset, this, [this] {
        rebuildOffsets();
        endResetModel();
    });
}

void FigureModel::rebuildOffsets()
{
    m_offsets.clear();
    int total = 0;
    for (int r = 0; r < m_documents->reportCount(); ++r) {
        m_offsets.append(total);
        total += int(m_documents->report(r)->figures().size());
    }
    m_offsets.append(total);
}

bool FigureModel::locate(int row, int *reportRow, int *figureIndex) const
{
    if (row < 0 || row >= m_offsets.last())
        return false;
    // The last offset not greater than row; empty reports share offsets with the next one.
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), row);
    *reportRow = int(it - m_offsets.cbegin()) - 1;
    *figureIndex = row - m_offsets.at(*reportRow);
    return true;
}

QModelIndex FigureModel::indexForFigure(int reportRow, int figureIndex, int column) const
{
    if (reportRow < 0 || reportRow + 1 >= m_offsets.size())
        return QModelIndex();
    const int row = m_offsets.at(reportRow) + figureIndex;
    if (figureIndex < 0 || row >= m_offsets.at(reportRow + 1))
        return QModelIndex();
    return index(row, column);
}

int FigureModel::reportRowForIndex(const QModelIndex &index) const
{
    int r = -1;
    int f = -1;
    if (!index.isValid() || index.model() != this || !locate(index.row(), &r, &f))
        return -1;
    return r;
}

int FigureModel::figureIndexForIndex(const QModelIndex &index) const
{
    int r = -1;
    int f = -1;
    if (!index.isValid() || index.model() != this || !locate(index.row(), &r, &f))
        return -1;
    return f;
}

ReportPtr FigureModel::reportForIndex(const QModelIndex &index) const
{
    return m_documents->report(reportRowForIndex(index));
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_offsets.last();
}

int FigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureModel::kindLabel(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Count:
        return tr("Count");
    case Figure::Kind::Rate:
        return tr("Rate");
    case Figure::Kind::Money:
        return tr("Amount");
    case Figure::Kind::Change:
        return tr("Change");
    case Figure::Kind::PercentagePoint:
        return tr("Percentage points");
    case Figure::Kind::Multiple:
        return tr("Multiple");
    }
    return QString();
}

QString FigureModel::roleLabel(Figure::Role role)
{
    switch (role) {
    case Figure::Role::Level:
        return tr("Level");
    case Figure::Role::Baseline:
        return tr("Baseline");
    case Figure::Role::Change:
        return tr("Change of amount");
    case Figure::Role::GrowthRate:
        return tr("Growth rate");
    case Figure::Role::Share:
        return tr("Share");
    case Figure::Role::Target:
        return tr("Target");
    case Figure::Role::Duration:
        return tr("Duration");
    }
    return QString();
}

QString FigureModel::citation(const Report &report, int figureIndex)
{
    const Figure &f = report.figures().at(figureIndex);
    const QStringList path = report.sectionPath(f.section);
    if (f.page > 0) {
        //: Citation of a figure in a paged file: 1 quote, 2 report title, 3 section path,
        //: 4 page number
        return tr("“%1” (%2, %3, p. %4)")
            .arg(report.figureQuote(figureIndex).toString(), report.displayName(),
                 path.join(QStringLiteral(" › ")), QString::number(f.page));
    }
    //: Citation of a figure: 1 quote, 2 report title, 3 section path
    return tr("“%1” (%2, %3)")
        .arg(report.figureQuote(figureIndex).toString(), report.displayName(),
             path.join(QStringLiteral(" › ")));
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    int reportRow = -1;
    int fi = -1;
    if (!index.isValid() || !locate(index.row(), &reportRow, &fi))
        return QVariant();
    const ReportPtr report = m_documents->report(reportRow);
    const Figure &f = report->figures().at(fi);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SectionColumn:
            return report->headingText(f.section).isEmpty()
                       ? report->figureSectionId(fi)
                       : report->figureSectionId(fi) + QLatin1Char(' ') +
                             report->headingText(f.section);
        case LabelColumn:
            return f.label;
        case ValueColumn:
            // In the report's own magnitude: 32765 beside 亿元, the exact value in the tooltip
            // (the key-indicator panel and the compare view show it so too).
            return Magnitude::writtenNumber(f, report->figureText(fi));
        case UnitColumn:
            return Magnitude::writtenUnit(f, report->figureText(fi));
        case QualifierColumn:
            return f.qualifier;
        case KindColumn:
            return kindLabel(f.kind);
        case RoleColumn:
            return roleLabel(f.role);
        case PeriodColumn:
            return f.period;
        case ApproximateColumn:
            //: Shown in the figure table for a quantity written in words (四成, 翻一番)
            return f.approximate ? tr("approximate") : QString();
        case QuoteColumn:
            return report->figureQuote(fi).toString();
        case PageColumn:
            return f.page > 0 ? QVariant(f.page) : QVariant();
        default:
            return QVariant();
        }
    case Qt::EditRole:
        // Raw values, so that sorting by value compares numbers.
        switch (index.column()) {
        case SectionColumn:
            return f.section;
        case ValueColumn:
            return f.value;
        case ApproximateColumn:
            return f.approximate;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return Magnitude::exactWithUnit(f.value, f.unit);
        if (f.page > 0) {
            //: Tooltip of a figure in a paged file: 1 quote, 2 page number
            return tr("%1 (p. %2)").arg(report->figureQuote(fi).toString()).arg(f.page);
        }
        return report->figureQuote(fi).toString();
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case ReportRowRole:
        return reportRow;
    case FigureIndexRole:
        return fi;
    case SectionIndexRole:
        return f.section;
    case SectionIdRole:
        return report->figureSectionId(fi);
    case SectionHeadingRole:
        return report->headingText(f.section);
    case LabelRole:
        return f.label;
    case ValueRole:
        return f.value;
    case UnitRole:
        return f.unit;
    case QualifierRole:
        return f.qualifier;
    case KindRole:
        return int(f.kind);
    case TextRole:
        return report->figureText(fi).toString();
    case QuoteRole:
        return report->figureQuote(fi).toString();
    case StartRole:
        return int(f.start);
    case EndRole:
        return int(f.end);
    case InTitleRole:
        return f.inTitle;
    case CitationRole:
        return citation(*report, fi);
    case PageRole:
        return f.page;
    case FigureRoleRole:
        return int(f.role);
    case PeriodRole:
        return f.period;
    case ApproximateRole:
        return f.approximate;
    default:
        return QVariant();
    }
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case LabelColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case QualifierColumn:
        return tr("Qualifier");
    case KindColumn:
        return tr("Kind");
    case RoleColumn:
        //: Column of the figure table: what the figure is in its sentence (level, change, …)
        return tr("Role");
    case PeriodColumn:
        return tr("Period");
    case ApproximateColumn:
        return tr("Approximate");
    case QuoteColumn:
        return tr("Quote");
    case PageColumn:
        return tr("Page");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> FigureModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReportRowRole, "reportRow");
    names.insert(FigureIndexRole, "figureIndex");
    names.insert(SectionIndexRole, "sectionIndex");
    names.insert(SectionIdRole, "sectionId");
    names.insert(SectionHeadingRole, "sectionHeading");
    names.insert(LabelRole, "label");
    names.insert(ValueRole, "value");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(KindRole, "kind");
    names.insert(TextRole, "text");
    names.insert(QuoteRole, "quote");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(InTitleRole, "inTitle");
    names.insert(CitationRole, "citation");
    names.insert(PageRole, "page");
    names.insert(FigureRoleRole, "role");
    names.insert(PeriodRole, "period");
    names.insert(ApproximateRole, "approximate");
    return names;
}
