#include "figurechartview.h"

#include "documentmodel.h"
#include "documentselection.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

// More bars than this make a chart too tall to read; the table lists every figure.
constexpr int MaxBarsPerChart = 40;

} // namespace

FigureChartView::FigureChartView(DocumentSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_filter(new FigureFilterModel(this))
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_empty(new QLabel(m_content))
{
    m_filter->setObjectName(QStringLiteral("chartFigureFilter"));
    m_filter->setSourceModel(selection->figureModel());

    m_header->setObjectName(QStringLiteral("chartHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setContentsMargins(6, 4, 6, 2);

    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the palette's disabled text colour
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("chartScrollArea"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &FigureChartView::rebuild);

    connect(selection, &DocumentSelection::currentSectionChanged, this,
            &FigureChartView::updateScope);
    connect(selection, &DocumentSelection::currentFigureChanged, this,
            &FigureChartView::showCurrentFigure);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FigureChartView::scheduleRebuild);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FigureChartView::scheduleRebuild);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FigureChartView::scheduleRebuild);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FigureChartView::scheduleRebuild);
    updateScope();
}

FigureChartView::~FigureChartView() = default;

QChartView *FigureChartView::chartView(int i) const
{
    return i >= 0 && i < chartCount() ? m_charts.at(size_t(i)).view : nullptr;
}

QString FigureChartView::chartTitle(int i) const
{
    return i >= 0 && i < chartCount() ? m_charts.at(size_t(i)).title : QString();
}

void FigureChartView::updateScope()
{
    int first = -1;
    int end = -1;
    m_selection->currentSectionRange(&first, &end);
    m_filter->setReportRow(m_selection->currentReportRow());
    m_filter->setSectionRange(first, end);
    // The same rows can belong to another section (a reload): rebuild in any case.
    scheduleRebuild();
}

void FigureChartView::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void FigureChartView::flush()
{
    if (m_rebuildTimer.isActive()) {
        m_rebuildTimer.stop();
        rebuild();
    }
}

void FigureChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        scheduleRebuild();
    else if (event->type() == QEvent::LanguageChange)
        scheduleRebuild();
}

void FigureChartView::clearCharts()
{
    for (ChartEntry &entry : m_charts)
        delete entry.view; // deletes the chart it shows as well
    m_charts.clear();
}

void FigureChartView::rebuild()
{
    m_rebuildTimer.stop();
    // Repaint once, when the new charts are in place.
    setUpdatesEnabled(false);
    clearCharts();

    const QModelIndex current = m_selection->currentSection();
    const ReportPtr report = m_selection->currentReport();
    QList<FigureChartBuilder::Group> groups;
    if (report)
        groups = FigureChartBuilder::groupBars(FigureChartBuilder::barsFromModel(m_filter),
                                               MaxBarsPerChart);

    int figures = 0;
    for (const FigureChartBuilder::Group &g : std::as_const(groups))
        figures += int(g.bars.size()) + g.omitted;
    if (!report) {
        m_header->clear();
        m_empty->setText(tr("No report is open."));
    } else {
        const bool whole = m_selection->currentSectionIndex() < 0;
        const QString where =
            whole ? tr("the whole report") : current.data(DocumentModel::HeadingRole).toString();
        m_header->setText(tr("Figures in %1: %2").arg(where, QLocale().toString(figures)));
        m_empty->setText(whole ? tr("No figures were found in this report.")
                               : tr("No figures in this section or its subsections."));
    }
    m_empty->setVisible(groups.isEmpty());

    FigureChartBuilder builder(palette(), FigureChartBuilder::defaultFont());
    for (int i = 0; i < groups.size(); ++i) {
        const FigureChartBuilder::Group &group = groups.at(i);
        ChartEntry entry;
        entry.title = group.title;
        for (int s = 0; s < group.bars.size(); ++s) {
            const FigureChartBuilder::Bar &bar =
                group.bars.at(FigureChartBuilder::barForSetIndex(group, s));
            entry.figures.append({bar.reportRow, bar.figureIndex});
        }
        QChart *chart = builder.createChart(group);
        entry.view = new QChartView(chart, m_content);
        entry.view->setObjectName(QStringLiteral("chart%1").arg(i));
        entry.view->setRenderHint(QPainter::Antialiasing);
        entry.view->setFrameShape(QFrame::NoFrame);
        entry.view->setFixedHeight(builder.preferredHeight(group));
        entry.view->setMinimumWidth(200);
        entry.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        entry.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        entry.set = series ? series->barSets().value(0) : nullptr;
        const size_t slot = m_charts.size();
        if (series) {
            connect(series, &QAbstractBarSeries::clicked, this, [this, slot](int index) {
                if (slot < m_charts.size())
                    onBarClicked(m_charts.at(slot), index);
            });
            connect(series, &QAbstractBarSeries::hovered, this,
                    [this, slot](bool status, int index) {
                        if (slot < m_charts.size())
                            onBarHovered(m_charts.at(slot), status, index);
                    });
        }
        m_layout->insertWidget(m_layout->count() - 1, entry.view);
        m_charts.push_back(entry);
    }
    setUpdatesEnabled(true);
    m_scroll->verticalScrollBar()->setValue(0);
    showCurrentFigure();
}

void FigureChartView::showCurrentFigure()
{
    const QPair<int, int> current(m_selection->currentFigureReportRow(),
                                  m_selection->currentFigureIndex());
    for (ChartEntry &entry : m_charts) {
        if (!entry.set)
            continue;
        entry.set->deselectAllBars();
        const int slot = int(entry.figures.indexOf(current));
        if (slot < 0)
            continue;
        entry.set->selectBar(slot);
        QChartView *view = nullptr;
        QPoint pos;
        if (barPosition(current.first, current.second, &view, &pos)) {
            const QPoint inContent = view->mapTo(m_content, pos);
            m_scroll->ensureVisible(inContent.x(), inContent.y(), 0, 40);
        }
    }
}

bool FigureChartView::barPosition(int reportRow, int figureIndex, QChartView **view,
                                  QPoint *pos) const
{
    for (const ChartEntry &entry : m_charts) {
        const int slot = int(entry.figures.indexOf(qMakePair(reportRow, figureIndex)));
        if (slot < 0 || !entry.set)
            continue;
        QChart *chart = entry.view->chart();
        QAbstractSeries *series = chart->series().value(0);
        if (!series)
            return false;
        // Half way along the bar, on the bar's category.
        const QPointF inChart =
            chart->mapToPosition(QPointF(entry.set->at(slot) / 2.0, slot), series);
        *view = entry.view;
        *pos = entry.view->mapFromScene(chart->mapToScene(inChart));
        return true;
    }
    return false;
}

void FigureChartView::onBarClicked(const ChartEntry &entry, int setIndex)
{
    if (setIndex < 0 || setIndex >= entry.figures.size())
        return;
    const QPair<int, int> &figure = entry.figures.at(setIndex);
    m_selection->selectFigure(figure.first, figure.second);
}

void FigureChartView::onBarHovered(const ChartEntry &entry, bool status, int setIndex)
{
    if (!status || setIndex < 0 || setIndex >= entry.figures.size()) {
        QToolTip::hideText();
        return;
    }
    const QPair<int, int> &figure = entry.figures.at(setIndex);
    const QModelIndex index =
        m_selection->figureModel()->indexForFigure(figure.first, figure.second);
    QToolTip::showText(QCursor::pos(),
                       FigureChartBuilder::toolTip(FigureChartBuilder::barFromIndex(index)),
                       entry.view);
}
