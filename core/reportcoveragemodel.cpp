#include "core/reportcoveragemodel.h"

#include "core/indicatormatcher.h"

namespace {

QString indicatorNames(const QStringList &ids)
{
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    QStringList names;
    for (const QString &id : ids)
        names.append(matcher.name(id));
    return names.join(QStringLiteral("、"));
}

} // namespace

ReportCoverageModel::ReportCoverageModel(QObject *parent)
    : QAbstractTableModel(parent), m_partCount(int(ReportCoverage::partIds().size()))
{}

void ReportCoverageModel::setEntries(const QList<ReportCoverage::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ReportCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReportCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPartColumn + m_partCount + 2;
}

QVariant ReportCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= columnCount())
        return QVariant();
    const ReportCoverage::Entry &e = m_entries.at(index.row());
    const int column = index.column();
    const int part = column - FirstPartColumn;
    const bool isPart = part >= 0 && part < m_partCount && part < e.result.parts.size();
    if (role == FileRole)
        return e.file;
    if (role == CoveredRole)
        return isPart ? QVariant(e.result.parts.at(part).covered) : QVariant();
    if (role == PartIdRole)
        return isPart ? QVariant(e.result.parts.at(part).id) : QVariant();
    if (role == SectionIndexRole)
        return isPart ? e.result.parts.at(part).firstSection : -1;
    if (role == SectionIdRole)
        return isPart ? e.result.parts.at(part).firstSectionId : QString();
    if (role == SortRole) {
        if (column == YearColumn)
            return e.year;
        if (isPart)
            return e.result.parts.at(part).covered ? 1 : 0;
        if (column == reportedColumn())
            return int(e.result.reported.size());
        if (column == omittedColumn())
            return int(e.result.omitted.size());
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole)
        return column >= YearColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (isPart) {
            const ReportCoverage::Part &p = e.result.parts.at(part);
            //: 1 the part of the 纲要, 2 mentions in headings, 3 mentions in the text
            return tr("%1: %2 in headings, %3 in the text")
                .arg(p.name)
                .arg(p.headingMentions)
                .arg(p.textMentions);
        }
        if (column == reportedColumn())
            return indicatorNames(e.result.reported);
        if (column == omittedColumn())
            return indicatorNames(e.result.omitted);
        return e.file;
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    if (column == ReportColumn)
        return e.report;
    if (column == PlaceColumn)
        return e.place;
    if (column == YearColumn)
        return e.year > 0 ? QVariant(e.year) : QVariant(QString());
    if (isPart)
        return e.result.parts.at(part).covered ? QStringLiteral("✓") : QStringLiteral("—");
    if (column == reportedColumn())
        return int(e.result.reported.size());
    if (column == omittedColumn())
        return int(e.result.omitted.size());
    return QVariant();
}

QVariant ReportCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ReportColumn)
        return tr("Report");
    if (section == PlaceColumn)
        return tr("Place");
    if (section == YearColumn)
        return tr("Year");
    const int part = section - FirstPartColumn;
    if (part >= 0 && part < m_partCount)
        return ReportCoverage::partName(ReportCoverage::partIds().at(part));
    if (section == reportedColumn())
        return tr("Indicators reported");
    if (section == omittedColumn())
        return tr("Indicators omitted");
    return QVariant();
}

QHash<int, QByteArray> ReportCoverageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FileRole, "file");
    names.insert(CoveredRole, "covered");
    names.insert(PartIdRole, "partId");
    names.insert(SectionIndexRole, "sectionIndex");
    names.insert(SectionIdRole, "sectionId");
    names.insert(SortRole, "sort");
    return names;
}
