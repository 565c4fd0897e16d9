#ifndef REPORTSCOPE_INDICATORCHANGEMODEL_H
#define REPORTSCOPE_INDICATORCHANGEMODEL_H

#include "core/reportdiff.h"

#include <QAbstractTableModel>

#include <memory>

/**
 * The indicator changes of a ReportDiff as a table: indicator, value in A, value in B and
 * the change, each value in its report's own magnitude (32765亿元) with the year it describes;
 * the quotes as tooltips.
 */
class IndicatorChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, ValueAColumn, ValueBColumn, ChangeColumn, ColumnCount };
    enum Role {
        /** -1, 0 or 1: the sign of the change; 0 also when one report lacks the value. */
        SignRole = Qt::UserRole + 1,
        IndicatorIdRole, ///< the catalogue id
    };

    explicit IndicatorChangeModel(QObject *parent = nullptr);

    void setDiff(std::shared_ptr<const ReportDiff> diff);

    /** The change column's text: +2907.4亿元 (+14.9%), -0.2个百分点, — when one is missing. */
    static QString changeText(const ReportDiff::IndicatorChange &change);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ReportDiff> m_diff;
};

#endif // REPORTSCOPE_INDICATORCHANGEMODEL_H
