#ifndef REPORTSCOPE_KEYINDICATORMODEL_H
#define REPORTSCOPE_KEYINDICATORMODEL_H

#include "core/report.h"

#include <QAbstractTableModel>
#include <QList>

class DocumentModel;
class IndicatorMatcher;

/**
 * The catalogue indicators (IndicatorCatalogue) found in one report of a DocumentModel, one
 * row per indicator, in the order the report first states them: the report overview's
 * key-indicator panel.
 *
 * An indicator's row is its first figure that IndicatorMatcher matches (targets, baselines and
 * averages never match, so it is the value of the year reviewed); later statements of the same
 * indicator are counted in OccurrencesRole. The value is shown in the report's own magnitude
 * (32765 亿元), the exact number is in ExactRole and the tooltip. The model follows the
 * document model: a report removed, replaced or added shifts or empties it.
 */
class KeyIndicatorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn, ///< the catalogue name, 地区生产总值
        ValueColumn,     ///< the number in the report's magnitude: 32765
        UnitColumn,      ///< the unit as written: 亿元
        RoleColumn,      ///< level, growth rate, change, share
        PeriodColumn,    ///< Figure::period, may be empty
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IndicatorIdRole = Qt::UserRole + 1, ///< QString, catalogue id: gdp
        NameRole,                           ///< QString, 地区生产总值
        ValueRole,                          ///< double, in base units (3.2765e12)
        DisplayValueRole,                   ///< QString, value and unit as written: 32765亿元
        ExactRole,        ///< QString, exact value and base unit: 3276500000000 元
        UnitRole,         ///< QString, the unit as written: 亿元
        FigureRoleRole,   ///< int, Figure::Role as matched
        PeriodRole,       ///< QString
        ReportRowRole,    ///< int, row of the report in the DocumentModel
        FigureIndexRole,  ///< int, index in Report::figures()
        SectionIndexRole, ///< int, index in Report::sections()
        QuoteRole,        ///< QString, the sentence stating the figure
        OccurrencesRole,  ///< int, figures of the report matched to it
    };
    Q_ENUM(Roles)

    /** One indicator found in a report. */
    struct Entry
    {
        QString id;
        QString name;
        int figureIndex = -1;
        Figure::Role role = Figure::Role::Level;
        int occurrences = 0;
    };

    explicit KeyIndicatorModel(DocumentModel *documents, QObject *parent = nullptr);

    /** The report listed; -1 (the default) for none. */
    int reportRow() const { return m_reportRow; }
    void setReportRow(int row);

    /** The indicators of a report, in the order it first states them. */
    static QList<Entry> indicatorsOf(const Report &report, const IndicatorMatcher &matcher);
    static QList<Entry> indicatorsOf(const Report &report);

    /** Row of the indicator with this id, or -1. */
    int rowOfIndicator(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    void onRowsRemoved(int first, int last);
    void onRowsInserted(int first, int last);

    DocumentModel *m_documents;
    int m_reportRow = -1;
    ReportPtr m_report;
    QList<Entry> m_entries;
};

#endif // REPORTSCOPE_KEYINDICATORMODEL_H
