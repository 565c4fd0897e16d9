#ifndef REPORTSCOPE_REPORTCOVERAGEMODEL_H
#define REPORTSCOPE_REPORTCOVERAGEMODEL_H

#include "core/reportcoverage.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The coverage matrix as a table: one row per 法治政府建设 report (title, place, year), a
 * column for each part of the 纲要 (covered or not, with its mentions in the tooltip), and
 * the counts of standard indicators reported and omitted (their names in the tooltip).
 */
class ReportCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Columns before the parts; the parts follow, then ReportedColumn and OmittedColumn
     *  counted from the end. */
    enum Column { ReportColumn, PlaceColumn, YearColumn, FirstPartColumn };
    Q_ENUM(Column)

    enum Roles {
        FileRole = Qt::UserRole + 1, ///< QString, the report's file
        CoveredRole,                 ///< bool, for a part's column
        PartIdRole,                  ///< QString, for a part's column
        SectionIndexRole,            ///< int, the first section mentioning the part; -1 none
        SectionIdRole,               ///< QString, that section's positional id
        SortRole,                    ///< a number for numeric columns, else the text
    };
    Q_ENUM(Roles)

    explicit ReportCoverageModel(QObject *parent = nullptr);

    void setEntries(const QList<ReportCoverage::Entry> &entries);
    const QList<ReportCoverage::Entry> &entries() const { return m_entries; }
    int reportedColumn() const { return FirstPartColumn + m_partCount; }
    int omittedColumn() const { return FirstPartColumn + m_partCount + 1; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ReportCoverage::Entry> m_entries;
    int m_partCount;
};

#endif // REPORTSCOPE_REPORTCOVERAGEMODEL_H
