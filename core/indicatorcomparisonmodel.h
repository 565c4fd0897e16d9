#ifndef REPORTSCOPE_INDICATORCOMPARISONMODEL_H
#define REPORTSCOPE_INDICATORCOMPARISONMODEL_H

#include "core/indicatorcomparison.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The rows of one comparison (IndicatorComparison::Row, from a list of reports or from the
 * library) as a table: the year the value describes, the place, the value as the report
 * writes it (32765亿元; the exact value in base units in the tooltip), the label, and the
 * citation (report, section, page, sentence). Rows in conflict say so in their own column
 * and through ConflictRole, which views colour.
 *
 * SortRole gives numbers for the year, value and page columns, so that a proxy sorts them
 * as numbers.
 */
class IndicatorComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        PlaceColumn,
        ValueColumn, ///< the number in the report's magnitude: 32765
        UnitColumn,  ///< the unit with that magnitude: 亿元
        ConflictColumn,
        LabelColumn,
        ReportColumn,
        SectionColumn,
        PageColumn,
        QuoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        YearRole = Qt::UserRole + 1, ///< int, the year the value describes
        ReportYearRole,              ///< int, the report's reporting year
        PlaceRole,                   ///< QString
        NormalizedValueRole,         ///< double, in base units (元)
        NormalizedUnitRole,          ///< QString, the base unit
        DisplayRole,                 ///< QString, as written: 32765亿元
        ConflictRole,                ///< bool, another report states another value
        FileRole,                    ///< QString, the report's file
        SectionIdRole,               ///< QString, 1.2
        SectionIndexRole,            ///< int, -1 when none
        QuoteRole,                   ///< QString, the sentence
        PageRole,                    ///< int, 0 when unknown
        SortRole,                    ///< a number for numeric columns, else the text
    };
    Q_ENUM(Roles)

    explicit IndicatorComparisonModel(QObject *parent = nullptr);

    /** Replaces the rows. */
    void setRows(const QList<IndicatorComparison::Row> &rows);
    const QList<IndicatorComparison::Row> &rows() const { return m_rows; }
    /** The number of rows in conflict. */
    int conflictCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The citation as a tooltip shows it: sentence, then report, section and page. */
    static QString citation(const IndicatorComparison::Row &row);

private:
    QList<IndicatorComparison::Row> m_rows;
};

#endif // REPORTSCOPE_INDICATORCOMPARISONMODEL_H
