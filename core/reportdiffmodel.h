#ifndef REPORTSCOPE_REPORTDIFFMODEL_H
#define REPORTSCOPE_REPORTDIFFMODEL_H

#include "core/report.h"
#include "core/reportdiff.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

/**
 * The aligned section trees of a ReportDiff as a tree: one row per pair, nested by level, with
 * the section in A, the change and the section in B.
 *
 * The change is given as text as well as colour (the view colours by ChangeRole): "+ added",
 * "− removed", "~ changed", "= same", so it reads without colour and to a screen reader.
 */
class ReportDiffModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { SectionAColumn, ChangeColumn, SectionBColumn, ColumnCount };
    enum Role {
        ChangeRole = Qt::UserRole + 1, ///< int(ReportDiff::Change)
        PairRole,                      ///< the row's index into ReportDiff::sections()
    };

    explicit ReportDiffModel(QObject *parent = nullptr);

    /** Shows the diff of a against b; null reports clear the model. */
    void setDiff(const ReportPtr &a, const ReportPtr &b, std::shared_ptr<const ReportDiff> diff);
    const ReportDiff *diff() const { return m_diff.get(); }
    ReportPtr reportA() const { return m_a; }
    ReportPtr reportB() const { return m_b; }
    /** The index of column 0 of a pair. */
    QModelIndex indexOfPair(int pair) const;

    /** The change as a mark and a word, translated: "~ changed". */
    static QString changeText(ReportDiff::Change change);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString heading(int pair, bool inA) const;

    ReportPtr m_a;
    ReportPtr m_b;
    std::shared_ptr<const ReportDiff> m_diff;
    QList<int> m_parent;          ///< per pair: its parent pair, -1 at the top
    QList<int> m_row;             ///< per pair: its row under its parent
    QList<QList<int>> m_children; ///< per pair + 1 (0 is the root): the child pairs
};

#endif // REPORTSCOPE_REPORTDIFFMODEL_H
