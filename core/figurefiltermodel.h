#ifndef REPORTSCOPE_FIGUREFILTERMODEL_H
#define REPORTSCOPE_FIGUREFILTERMODEL_H

#include "core/figure.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

class FigureModel;
class LatestJobWorker;

/**
 * Filters a FigureModel to one report's section subtree, to some kinds and to a unit, and
 * by text (label, quote, section), and sorts it by a column. Charts and the figure table read
 * through it.
 *
 * Built for reports with millions of figures: the figures of a report's section subtree are a
 * contiguous row range of the FigureModel, so narrowing to a report or a subtree, and sorting
 * in document order (the section column, either way), map rows arithmetically in O(1) without
 * touching a figure. Only a kind, unit or text filter or sorting by another column needs a row
 * list; it reads the figures directly rather than through QVariant, and for more than
 * asyncThreshold() candidate rows it is computed on the model's one worker thread, which
 * skips requests overtaken by newer ones and stops the running one: meanwhile isBusy() is
 * true and the proxy keeps showing the previous rows (none after a change of the reports),
 * then it resets itself to the new ones. Every change of the settings or of the FigureModel's
 * rows resets the proxy.
 */
class FigureFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit FigureFilterModel(QObject *parent = nullptr);
    ~FigureFilterModel() override;

    /** The source must be a FigureModel (anything else shows no rows). */
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    FigureModel *figureModel() const { return m_figures; }

    /** Only figures of this report (-1: every report). */
    void setReportRow(int reportRow);
    int reportRow() const { return m_reportRow; }
    /** Only figures of the section range [first, end) in pre-order, i.e. a subtree;
     *  (-1, -1) for the whole report. */
    void setSectionRange(int first, int end);
    int sectionFirst() const { return m_sectionFirst; }
    int sectionEnd() const { return m_sectionEnd; }
    /** Only these kinds; an empty set accepts every kind. */
    void setKinds(const QSet<Figure::Kind> &kinds);
    QSet<Figure::Kind> kinds() const { return m_kinds; }
    /** Only these roles (level, change, growth rate, …); an empty set accepts every role. */
    void setRoles(const QSet<Figure::Role> &roles);
    QSet<Figure::Role> roles() const { return m_roles; }
    /** Only figures with this unit; empty accepts every unit. */
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }
    /** Case-insensitive substring in label, quote or section heading; empty accepts all. */
    void setText(const QString &text);
    QString text() const { return m_text; }

    /** Sorts by a column: values as numbers, text case-insensitively, the section column in
     *  document order; ties keep document order. A column of -1 is document order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /** True while a filter or sort runs on the worker thread. */
    bool isBusy() const { return m_busy; }
    /** Candidate rows above which filtering and sorting run on the worker thread. */
    int asyncThreshold() const { return m_asyncThreshold; }
    void setAsyncThreshold(int rows) { m_asyncThreshold = rows; }

    // QAbstractProxyModel
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void busyChanged(bool busy);

private:
    struct Job;
    struct Mapping
    {
        std::vector<int> rows;    ///< proxy row → source row
        std::vector<int> inverse; ///< source row - first → proxy row, or -1
    };

    void refresh();
    void applyRange(int first, int end, bool reversed);
    void applyMapping(int first, int end, Mapping mapping);
    bool needsMapping() const;
    std::shared_ptr<Job> makeJob(int first, int end) const;
    void startJob(std::shared_ptr<Job> job);
    void cancelJob();
    void setBusy(bool busy);
    void sourceAboutToChange();
    void sourceChanged();
    static bool run(const Job &job, Mapping *mapping);

    QPointer<FigureModel> m_figures;
    QList<QMetaObject::Connection> m_connections;
    int m_reportRow = -1;
    int m_sectionFirst = -1;
    int m_sectionEnd = -1;
    QSet<Figure::Kind> m_kinds;
    QSet<Figure::Role> m_roles;
    QString m_unit;
    QString m_text;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // What is shown: the source rows [m_first, m_end), in order or reversed, or a row list.
    int m_first = 0;
    int m_end = 0;
    bool m_reversed = false;
    bool m_mapped = false;
    Mapping m_mapping;

    int m_asyncThreshold = 50000;
    bool m_busy = false;
    int m_resetDepth = 0;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /** One thread for the model's lifetime; a burst of requests runs only the newest. */
    std::unique_ptr<LatestJobWorker> m_worker;
};

#endif // REPORTSCOPE_FIGUREFILTERMODEL_H
