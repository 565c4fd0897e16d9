#include "widgets/figurechartview.h"

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "core/segmenter.h"

#include "export/chartimagewriter.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

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
    , m_copyChartAction(new QAction(this))
    , m_saveChartAction(new QAction(this))
    , m_logAxisAction(new QAction(this))
{
    m_copyChartAction->setObjectName(QStringLiteral("copyChartAction"));
    m_saveChartAction->setObjectName(QStringLiteral("saveChartAction"));
    m_saveChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_logAxisAction->setObjectName(QStringLiteral("logAxisAction"));
    m_logAxisAction->setCheckable(true);
    connect(m_copyChartAction, &QAction::triggered, this, [this] { copyChart(currentChart()); });
    connect(m_saveChartAction, &QAction::triggered, this,
            [this] { askAndSaveChart(currentChart()); });
    connect(m_logAxisAction, &QAction::triggered, this,
            [this](bool on) { setLogAxis(currentChart(), on); });
    retranslate();
    updateChartActions();
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
    m_workTimer.setSingleShot(true);
    m_workTimer.setInterval(0);
    connect(&m_workTimer, &QTimer::timeout, this, &FigureChartView::continueWork);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_charts.empty())
            m_workTimer.start();
    });
    m_scroll->viewport()->installEventFilter(this);

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
    if (i < 0 || i >= chartCount())
        return nullptr;
    const_cast<FigureChartView *>(this)->ensureChart(i);
    return m_charts.at(size_t(i)).view;
}

QString FigureChartView::chartTitle(int i) const
{
    return i >= 0 && i < chartCount() ? m_charts.at(size_t(i)).group.title : QString();
}

bool FigureChartView::eventFilter(QObject *watched, QEvent *event)
{
    // More of the scroll area in view: charts that came into view get their views.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && !m_charts.empty())
        m_workTimer.start();
    return QWidget::eventFilter(watched, event);
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
    // Work under way reads rows that may be gone: start again.
    stopWork();
    m_rebuildTimer.start();
}

void FigureChartView::flush(bool inViewOnly)
{
    if (m_rebuildTimer.isActive()) {
        m_rebuildTimer.stop();
        rebuild();
    }
    if (m_scanning) {
        scan(-1);
        finishScan();
    }
    m_workTimer.stop();
    if (inViewOnly) {
        // The new places are laid out in posted events; each view lays its chart out there.
        do {
            QCoreApplication::sendPostedEvents();
        } while (createVisibleChart());
        return;
    }
    for (int i = 0; i < chartCount(); ++i)
        ensureChart(i);
}

bool FigureChartView::isBusy() const
{
    return m_rebuildTimer.isActive() || m_scanning || m_workTimer.isActive();
}

void FigureChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        scheduleRebuild();
    else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRebuild();
    }
}

void FigureChartView::retranslate()
{
    m_copyChartAction->setText(tr("Copy C&hart"));
    m_copyChartAction->setToolTip(tr("Copy the chart of the current figure as an image"));
    m_saveChartAction->setText(tr("Save Chart &As…"));
    m_saveChartAction->setToolTip(tr("Save the chart of the current figure as PNG or SVG"));
    m_logAxisAction->setText(tr("Lo&garithmic Scale"));
    m_logAxisAction->setToolTip(
        tr("Draw the chart's values on a logarithmic axis (when the largest is over 100 times "
           "the smallest)"));
}

QString FigureChartView::chartKey(const FigureChartBuilder::Group &group)
{
    return group.bars.isEmpty() ? QString() : FigureChartBuilder::groupKey(group.bars.first());
}

FigureChartBuilder::Group FigureChartView::chartGroup(int i) const
{
    return i >= 0 && i < chartCount() ? m_charts.at(size_t(i)).group : FigureChartBuilder::Group();
}

int FigureChartView::currentChart() const
{
    const QPair<int, int> current(m_selection->currentFigureReportRow(),
                                  m_selection->currentFigureIndex());
    for (int i = 0; i < chartCount(); ++i) {
        if (m_charts.at(size_t(i)).figures.contains(current))
            return i;
    }
    return chartCount() > 0 ? 0 : -1;
}

void FigureChartView::updateChartActions()
{
    const int chart = currentChart();
    m_copyChartAction->setEnabled(chart >= 0);
    m_saveChartAction->setEnabled(chart >= 0);
    m_logAxisAction->setEnabled(chart >= 0 &&
                                FigureChartBuilder::spreadNeedsLogAxis(chartGroup(chart)));
    m_logAxisAction->setChecked(chart >= 0 && isLogAxis(chart));
}

QSize FigureChartView::exportSize(int chart) const
{
    const FigureChartBuilder builder(palette(), FigureChartBuilder::defaultFont());
    const ChartEntry &entry = m_charts.at(size_t(chart));
    const int width = entry.view && entry.view->width() > 200 ? entry.view->width() : 640;
    return QSize(width, builder.preferredHeight(entry.group));
}

std::unique_ptr<QChart> FigureChartView::exportChart(int i) const
{
    // Made afresh with the view's options and laid out at its own size, whatever the state
    // of the chart on screen (just made, scrolled away, mid-layout).
    FigureChartBuilder builder(palette(), FigureChartBuilder::defaultFont());
    builder.setValueLabels(true);
    builder.setLogAxis(isLogAxis(i));
    return std::unique_ptr<QChart>(builder.createChart(m_charts.at(size_t(i)).group));
}

bool FigureChartView::copyChart(int i)
{
    if (i < 0 || i >= chartCount())
        return false;
    const std::unique_ptr<QChart> chart = exportChart(i);
    const QImage image = ChartImageWriter::render(chart.get(), exportSize(i), 2);
    QGuiApplication::clipboard()->setImage(image);
    return !image.isNull();
}

bool FigureChartView::saveChart(int i, const QString &path, QString *errorMessage)
{
    if (i < 0 || i >= chartCount())
        return false;
    const std::unique_ptr<QChart> chart = exportChart(i);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return ChartImageWriter::writeSvg(chart.get(), exportSize(i), path, chartTitle(i),
                                          errorMessage);
    return ChartImageWriter::writePng(chart.get(), exportSize(i), path, errorMessage);
}

void FigureChartView::askAndSaveChart(int i)
{
    if (i < 0 || i >= chartCount())
        return;
    QString selectedFilter;
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Chart"), QStringLiteral("chart.png"),
                                     pngFilter + QStringLiteral(";;") + svgFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!saveChart(i, path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

void FigureChartView::setLogAxis(int i, bool on)
{
    if (i < 0 || i >= chartCount())
        return;
    const QString key = m_charts.at(size_t(i)).key;
    if (on == m_logAxes.contains(key))
        return;
    if (on)
        m_logAxes.insert(key);
    else
        m_logAxes.remove(key);
    // The chart is made again with the other axis; the rest stay as they are.
    ChartEntry &entry = m_charts.at(size_t(i));
    if (entry.view) {
        delete entry.view;
        entry.view = nullptr;
        entry.set = nullptr;
        ensureChart(i);
    }
    updateChartActions();
}

bool FigureChartView::isLogAxis(int i) const
{
    return i >= 0 && i < chartCount() && m_logAxes.contains(m_charts.at(size_t(i)).key);
}

void FigureChartView::showChartMenu(int chart, const QPoint &pos)
{
    if (chart < 0 || chart >= chartCount() || !m_charts.at(size_t(chart)).view)
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy C&hart"), this, [this, chart] { copyChart(chart); });
    menu.addAction(tr("Save Chart &As…"), this, [this, chart] { askAndSaveChart(chart); });
    QAction *log = menu.addAction(tr("Lo&garithmic Scale"));
    log->setCheckable(true);
    log->setChecked(isLogAxis(chart));
    log->setEnabled(FigureChartBuilder::spreadNeedsLogAxis(chartGroup(chart)));
    connect(log, &QAction::triggered, this, [this, chart](bool on) { setLogAxis(chart, on); });
    menu.exec(m_charts.at(size_t(chart)).view->mapToGlobal(pos));
}

void FigureChartView::clearCharts()
{
    for (ChartEntry &entry : m_charts)
        delete entry.slot; // deletes the chart view and its chart as well
    m_charts.clear();
}

void FigureChartView::stopWork()
{
    m_workTimer.stop();
    m_scanning = false;
    m_buckets.clear();
    m_bucketOf.clear();
}

void FigureChartView::rebuild()
{
    m_rebuildTimer.stop();
    stopWork();
    // Repaint once, when the old charts are gone.
    setUpdatesEnabled(false);
    clearCharts();
    updateChartActions();

    const QModelIndex current = m_selection->currentSection();
    const ReportPtr report = m_selection->currentReport();
    const int figures = report ? m_filter->rowCount() : 0;
    if (!report) {
        m_header->clear();
        m_empty->setText(tr("No report is open."));
    } else {
        const bool whole = m_selection->currentSectionIndex() < 0;
        const QString where =
            whole ? tr("the whole report") : current.data(DocumentModel::HeadingRole).toString();
        m_header->setText(tr("Figures in %1: %2").arg(where, QLocale().toString(figures)));
        m_empty->setText(figures > 0 ? tr("Charting…")
                         : whole     ? tr("No figures were found in this report.")
                                     : tr("No figures in this section or its subsections."));
    }
    m_empty->setVisible(true);
    setUpdatesEnabled(true);
    m_scroll->verticalScrollBar()->setValue(0);
    if (figures == 0)
        return;
    m_scanning = true;
    m_scanRow = 0;
    continueWork();
}

void FigureChartView::continueWork()
{
    if (m_scanning) {
        // Slices of a few milliseconds, so that the window repaints and answers in between.
        if (scan(8)) {
            finishScan();
            m_workTimer.start(); // once the new places are laid out
        } else {
            m_workTimer.start();
        }
        return;
    }
    // One chart view per pass: Qt Charts lays a chart out in posted events, which run before
    // the next pass.
    if (createVisibleChart())
        m_workTimer.start();
}

bool FigureChartView::scan(qint64 budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    const int rows = m_filter->rowCount();
    // A heap whose top is the weakest candidate: the smallest, and of equal ones the later,
    // so that the result is the one FigureChartBuilder::groupBars() would choose.
    const auto stronger = [](const Candidate &a, const Candidate &b) {
        return a.magnitude != b.magnitude ? a.magnitude > b.magnitude : a.row < b.row;
    };
    while (m_scanRow < rows) {
        const int stop = qMin(rows, m_scanRow + 512);
        for (; m_scanRow < stop; ++m_scanRow) {
            const QModelIndex idx = m_filter->index(m_scanRow, 0);
            const FigureChartBuilder::Bar bar = FigureChartBuilder::groupingBarFromIndex(idx);
            // What FigureChartBuilder::groupBars() leaves out: durations, zeros, no subject.
            if (!FigureChartBuilder::isChartable(bar) || bar.value == 0 ||
                FigureChartBuilder::subjectOf(bar).isEmpty())
                continue;
            const QString key = FigureChartBuilder::groupKey(bar);
            auto at = m_bucketOf.constFind(key);
            if (at == m_bucketOf.constEnd()) {
                at = m_bucketOf.insert(key, int(m_buckets.size()));
                m_buckets.append(Bucket{key, {}, 0});
            }
            Bucket *bucket = &m_buckets[at.value()];
            ++bucket->count;
            const Candidate c{std::abs(bar.value), m_scanRow};
            std::vector<Candidate> &heap = bucket->heap;
            if (int(heap.size()) < MaxBarsPerChart) {
                heap.push_back(c);
                std::push_heap(heap.begin(), heap.end(), stronger);
            } else if (stronger(c, heap.front())) {
                std::pop_heap(heap.begin(), heap.end(), stronger);
                heap.back() = c;
                std::push_heap(heap.begin(), heap.end(), stronger);
            }
        }
        if (budgetMs >= 0 && clock.elapsed() >= budgetMs)
            return m_scanRow >= rows;
    }
    return true;
}

void FigureChartView::finishScan()
{
    m_scanning = false;
    QList<FigureChartBuilder::Group> groups;
    for (Bucket &bucket : m_buckets) {
        // A subject with one figure compares with nothing (as in groupBars()).
        if (bucket.count < 2)
            continue;
        std::sort(bucket.heap.begin(), bucket.heap.end(),
                  [](const Candidate &a, const Candidate &b) { return a.row < b.row; });
        FigureChartBuilder::Group group;
        for (const Candidate &c : bucket.heap)
            group.bars.append(FigureChartBuilder::barFromIndex(m_filter->index(c.row, 0)));
        group.omitted = bucket.count - int(bucket.heap.size());
        groups.append(group);
    }
    m_buckets.clear();
    m_bucketOf.clear();
    groups = FigureChartBuilder::finishGroups(groups);
    // Largest first: a dominant value heads its chart and the rest line up under it.
    for (FigureChartBuilder::Group &group : groups)
        group = FigureChartBuilder::sortedByValue(group);
    if (groups.isEmpty()) {
        const bool whole = m_selection->currentSectionIndex() < 0;
        if (m_filter->rowCount() > 0) {
            // Figures, but no two of one indicator or one kind of thing: nothing to compare.
            m_empty->setText(tr("No two figures here measure the same thing, so there is "
                                "nothing to chart. The figure table lists them all."));
        } else {
            m_empty->setText(whole ? tr("No figures were found in this report.")
                                   : tr("No figures in this section or its subsections."));
        }
        Segmenter::shared().releaseResidentPages(); // as below
        return;
    }
    // A place of the chart's height for every chart; the views come when in view.
    m_empty->hide();
    const FigureChartBuilder builder(palette(), FigureChartBuilder::defaultFont());
    for (const FigureChartBuilder::Group &group : std::as_const(groups)) {
        ChartEntry entry;
        entry.group = group;
        entry.key = chartKey(group);
        for (int s = 0; s < group.bars.size(); ++s) {
            const FigureChartBuilder::Bar &bar =
                group.bars.at(FigureChartBuilder::barForSetIndex(group, s));
            entry.figures.append({bar.reportRow, bar.figureIndex});
        }
        entry.slot = new QWidget(m_content);
        entry.slot->setObjectName(QStringLiteral("chartSlot%1").arg(m_charts.size()));
        entry.slot->setFixedHeight(builder.preferredHeight(group));
        entry.slot->setMinimumWidth(200);
        auto *slotLayout = new QVBoxLayout(entry.slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        m_layout->insertWidget(m_layout->count() - 1, entry.slot);
        m_charts.push_back(entry);
    }
    // Subjects are the head words of labels, found in the lexicon: its mapped pages are
    // resident again (the kernel maps the 64 KiB around each page touched, so a few hundred
    // lookups touch nearly all of its 7 MB). The charts keep their keys and look up no more
    // words: give the pages back before the charts are drawn.
    Segmenter::shared().releaseResidentPages();
    showCurrentFigure();
    updateChartActions();
}

bool FigureChartView::createVisibleChart()
{
    if (!m_scroll->viewport()->isVisible())
        return false;
    const int top = m_scroll->verticalScrollBar()->value();
    const int height = m_scroll->viewport()->height();
    // What is in view and half a view beyond it, either way.
    const QRect wanted(0, top - height / 2, m_content->width(), height * 2);
    for (int i = 0; i < chartCount(); ++i) {
        const ChartEntry &entry = m_charts.at(size_t(i));
        if (!entry.view && entry.slot->geometry().intersects(wanted)) {
            ensureChart(i);
            return true;
        }
    }
    return false;
}

void FigureChartView::ensureChart(int i)
{
    ChartEntry &entry = m_charts.at(size_t(i));
    if (entry.view)
        return;
    FigureChartBuilder builder(palette(), FigureChartBuilder::defaultFont());
    builder.setValueLabels(true);
    builder.setLogAxis(m_logAxes.contains(entry.key));
    QChart *chart = builder.createChart(entry.group);
    entry.view = new QChartView(chart, entry.slot);
    entry.view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(entry.view, &QWidget::customContextMenuRequested, this,
            [this, i](const QPoint &pos) { showChartMenu(i, pos); });
    entry.view->setObjectName(QStringLiteral("chart%1").arg(i));
    entry.view->setRenderHint(QPainter::Antialiasing);
    entry.view->setFrameShape(QFrame::NoFrame);
    entry.view->setFixedHeight(builder.preferredHeight(entry.group));
    entry.view->setMinimumWidth(200);
    entry.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    entry.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    entry.slot->layout()->addWidget(entry.view);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    entry.set = series ? series->barSets().value(0) : nullptr;
    if (series) {
        connect(series, &QAbstractBarSeries::clicked, this,
                [this, i](int index) { onBarClicked(i, index); });
        connect(series, &QAbstractBarSeries::hovered, this,
                [this, i](bool status, int index) { onBarHovered(i, status, index); });
    }
    // The current figure's bar is drawn selected.
    const QPair<int, int> current(m_selection->currentFigureReportRow(),
                                  m_selection->currentFigureIndex());
    const int slot = int(entry.figures.indexOf(current));
    if (slot >= 0 && entry.set)
        entry.set->selectBar(slot);
}

void FigureChartView::showCurrentFigure()
{
    updateChartActions();
    const QPair<int, int> current(m_selection->currentFigureReportRow(),
                                  m_selection->currentFigureIndex());
    for (int i = 0; i < chartCount(); ++i) {
        ChartEntry &entry = m_charts.at(size_t(i));
        const int slot = int(entry.figures.indexOf(current));
        if (slot >= 0)
            ensureChart(i);
        if (!entry.set)
            continue;
        entry.set->deselectAllBars();
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
    for (int i = 0; i < chartCount(); ++i) {
        const ChartEntry &entry = m_charts.at(size_t(i));
        const int slot = int(entry.figures.indexOf(qMakePair(reportRow, figureIndex)));
        if (slot < 0)
            continue;
        const_cast<FigureChartView *>(this)->ensureChart(i);
        if (!entry.set)
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

void FigureChartView::onBarClicked(int chart, int setIndex)
{
    if (chart < 0 || chart >= chartCount())
        return;
    const ChartEntry &entry = m_charts.at(size_t(chart));
    if (setIndex < 0 || setIndex >= entry.figures.size())
        return;
    const QPair<int, int> &figure = entry.figures.at(setIndex);
    m_selection->selectFigure(figure.first, figure.second);
}

void FigureChartView::onBarHovered(int chart, bool status, int setIndex)
{
    if (chart < 0 || chart >= chartCount())
        return;
    const ChartEntry &entry = m_charts.at(size_t(chart));
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
