#ifndef REPORTSCOPE_FIGURECHARTVIEW_H
#define REPORTSCOPE_FIGURECHARTVIEW_H

#include "figurechartbuilder.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class DocumentSelection;
class FigureFilterModel;
class QBarSet;
class QChartView;
class QLabel;
class QScrollArea;
class QVBoxLayout;

/**
 * Charts of the figures of the current section and its subsections, one per kind and unit,
 * stacked in a scroll area. Clicking a bar makes its figure current; the current figure's
 * bar is drawn selected.
 */
class FigureChartView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureChartView(DocumentSelection *selection, QWidget *parent = nullptr);
    ~FigureChartView() override;

    /** The figures charted: a FigureFilterModel over the FigureModel. */
    FigureFilterModel *filterModel() const { return m_filter; }
    int chartCount() const { return int(m_charts.size()); }
    QChartView *chartView(int i) const;
    /** Title of chart i, e.g. "Counts (件)". */
    QString chartTitle(int i) const;
    /** Where the bar of a figure is drawn, in its chart view's viewport coordinates. */
    bool barPosition(int reportRow, int figureIndex, QChartView **view, QPoint *pos) const;
    /** Builds the charts now if a rebuild is pending (the screenshot waits for this). */
    void flush();

protected:
    void changeEvent(QEvent *event) override;

private:
    /** A chart shown: which figure each bar stands for, by id; the data stays in the model. */
    struct ChartEntry
    {
        QChartView *view = nullptr;
        QBarSet *set = nullptr;
        QString title;
        QList<QPair<int, int>> figures; ///< per set index: report row, figure index
    };

    void updateScope();
    void scheduleRebuild();
    void rebuild();
    void clearCharts();
    void showCurrentFigure();
    void onBarClicked(const ChartEntry &entry, int setIndex);
    void onBarHovered(const ChartEntry &entry, bool status, int setIndex);

    DocumentSelection *m_selection;
    FigureFilterModel *m_filter;
    QLabel *m_header;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    std::vector<ChartEntry> m_charts;
    QTimer m_rebuildTimer;
};

#endif // REPORTSCOPE_FIGURECHARTVIEW_H
