#ifndef REPORTSCOPE_FIGURECHARTVIEW_H
#define REPORTSCOPE_FIGURECHARTVIEW_H

#include "export/figurechartbuilder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class DocumentSelection;
class FigureFilterModel;
class QBarSet;
class QAction;
class QChart;
class QChartView;
class QLabel;
class QScrollArea;
class QVBoxLayout;

/**
 * Charts of the figures of the current section and its subsections, one per subject, role,
 * kind and unit (FigureChartBuilder::groupBars()), stacked in a scroll area. Clicking a bar makes
 * its figure current; the current figure's bar is drawn selected.
 *
 * A chart shows at most the largest 40 figures of its group. Choosing them reads
 * every figure in scope, so for a scope of millions of figures the view scans the model in
 * slices of a few milliseconds between events (isBusy() meanwhile). Chart views are created
 * one per event loop pass and only for the charts in view or near it (a large report can have
 * dozens); the others get theirs when scrolled to. The window stays responsive throughout.
 */
class FigureChartView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy)

public:
    explicit FigureChartView(DocumentSelection *selection, QWidget *parent = nullptr);
    ~FigureChartView() override;

    /** The figures charted: a FigureFilterModel over the FigureModel. */
    FigureFilterModel *filterModel() const { return m_filter; }
    int chartCount() const { return int(m_charts.size()); }
    /** The view of chart i, created now if it was not in view yet. */
    QChartView *chartView(int i) const;
    /** Title of chart i, e.g. "Counts (件)". */
    QString chartTitle(int i) const;
    /** Where the bar of a figure is drawn, in its chart view's viewport coordinates. */
    bool barPosition(int reportRow, int figureIndex, QChartView **view, QPoint *pos) const;
    /** Builds the charts now if a rebuild is pending or under way (the screenshot waits);
     *  with inViewOnly only the chart views in view and near it, as the idle passes do. */
    void flush(bool inViewOnly = false);
    /** True while the charts are being chosen or built. */
    bool isBusy() const;
    /** The group chart i draws (bars largest first). */
    FigureChartBuilder::Group chartGroup(int i) const;
    /** The chart the chart actions work on: the one with the current figure, else the first;
     *  -1 when there is none. */
    int currentChart() const;
    /** Chart i on the clipboard as an image. */
    bool copyChart(int i);
    /** Chart i to path as PNG, or as SVG when path ends in .svg. */
    bool saveChart(int i, const QString &path, QString *errorMessage = nullptr);
    /** A logarithmic value axis for chart i (only offered when its spread exceeds 100×). */
    void setLogAxis(int i, bool on);
    bool isLogAxis(int i) const;
    QAction *copyChartAction() const { return m_copyChartAction; }
    QAction *saveChartAction() const { return m_saveChartAction; }
    QAction *logAxisAction() const { return m_logAxisAction; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** A chart: its place in the scroll area, of its height, and the chart view in it once
     *  the place has come into view. Which figure each bar stands for is kept by id; the data
     *  stays in the model. */
    struct ChartEntry
    {
        QWidget *slot = nullptr;
        QChartView *view = nullptr;
        QBarSet *set = nullptr;
        FigureChartBuilder::Group group;
        /// chartKey(group), kept: it looks the subject's words up in the lexicon
        QString key;
        QList<QPair<int, int>> figures; ///< per set index: report row, figure index
    };
    /** The figures chosen so far for one chart: the largest, as (magnitude, row) in a heap
     *  whose top is the one to give up first. */
    struct Candidate
    {
        double magnitude = 0;
        int row = 0;
    };
    struct Bucket
    {
        QString key; ///< FigureChartBuilder::groupKey()
        std::vector<Candidate> heap;
        int count = 0;
    };

    void updateScope();
    void scheduleRebuild();
    void rebuild();
    /** Scans rows for a slice of time (or to the end when budgetMs < 0); true when done. */
    bool scan(qint64 budgetMs);
    void continueWork();
    void finishScan();
    /** Creates the chart view of entry i if it has none yet. */
    void ensureChart(int i);
    /** Creates the next chart view that is in view or near it; false when none is left. */
    bool createVisibleChart();
    void stopWork();
    void clearCharts();
    void showCurrentFigure();
    void onBarClicked(int chart, int setIndex);
    void onBarHovered(int chart, bool status, int setIndex);
    void showChartMenu(int chart, const QPoint &pos);
    void askAndSaveChart(int chart);
    void updateChartActions();
    void retranslate();
    static QString chartKey(const FigureChartBuilder::Group &group);
    /** A new chart of entry i for copying or saving; the view's own chart is left alone. */
    std::unique_ptr<QChart> exportChart(int i) const;
    /** The size a copied or saved chart is drawn at: its view's width, its natural height. */
    QSize exportSize(int chart) const;

    DocumentSelection *m_selection;
    FigureFilterModel *m_filter;
    QLabel *m_header;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    std::vector<ChartEntry> m_charts;
    QSet<QString> m_logAxes; ///< chartKey() of the charts shown on a log axis
    QAction *m_copyChartAction;
    QAction *m_saveChartAction;
    QAction *m_logAxisAction;
    QTimer m_rebuildTimer;
    QTimer m_workTimer; ///< next slice of scanning, or the next chart view to create
    bool m_scanning = false;
    int m_scanRow = 0;
    QList<Bucket> m_buckets;
    QHash<QString, int> m_bucketOf; ///< key → index in m_buckets
};

#endif // REPORTSCOPE_FIGURECHARTVIEW_H
