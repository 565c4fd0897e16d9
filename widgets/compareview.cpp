#include "widgets/compareview.h"

#include "core/indicatorcatalogue.h"
#include "core/indicatorcomparisonmodel.h"
#include "core/indicatormatcher.h"
#include "export/comparisonchartbuilder.h"
#include "export/figurechartbuilder.h"
#include "export/tableexport.h"
#include "library/librarycompare.h"
#include "library/libraryjob.h"
#include "widgets/markedrowdelegate.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum IndicatorData { IndicatorIdRole = Qt::UserRole + 1 };

using Rows = QList<IndicatorComparison::Row>;
using Labels = QList<QPair<QString, int>>;

} // namespace

CompareView::CompareView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_model(new IndicatorComparisonModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_indicatorLabel(new QLabel(this))
    , m_indicator(new QComboBox(this))
    , m_issuerLabel(new QLabel(this))
    , m_issuer(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_compareButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_indicator->setObjectName(QStringLiteral("compareIndicator"));
    m_indicator->setEditable(true);
    m_indicator->setInsertPolicy(QComboBox::NoInsert);
    m_indicator->setMinimumContentsLength(16);
    // Searchable: typing any part of a name or label offers it.
    m_indicator->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_indicator->completer()->setFilterMode(Qt::MatchContains);
    m_issuer->setObjectName(QStringLiteral("compareIssuer"));
    m_issuer->setClearButtonEnabled(true);
    m_type->setObjectName(QStringLiteral("compareType"));
    m_year->setObjectName(QStringLiteral("compareYear"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_year->setMinimumContentsLength(14);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setDefault(true);
    m_exportButton->setObjectName(QStringLiteral("compareExport"));
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_table->setObjectName(QStringLiteral("compareTable"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IndicatorComparisonModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IndicatorComparisonModel::YearColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new MarkedRowDelegate(IndicatorComparisonModel::ConflictRole, this));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_indicatorLabel);
    filters->addWidget(m_indicator, 2);
    filters->addWidget(m_issuerLabel);
    filters->addWidget(m_issuer, 1);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_compareButton);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(m_yearLabel);
    chartBar->addWidget(m_year);
    chartBar->addWidget(m_status, 1);
    chartBar->addWidget(m_progress);
    chartBar->addWidget(m_cancelButton);
    chartBar->addWidget(m_exportButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(chartBar);
    layout->addWidget(splitter, 1);

    connect(m_compareButton, &QPushButton::clicked, this, &CompareView::startCompare);
    connect(m_indicator->lineEdit(), &QLineEdit::returnPressed, this, &CompareView::startCompare);
    connect(m_issuer, &QLineEdit::returnPressed, this, &CompareView::startCompare);
    connect(m_type, &QComboBox::activated, this, &CompareView::startCompare);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CompareView::redrawChart);
    connect(m_exportButton, &QPushButton::clicked, this, &CompareView::exportRows);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_table, &QTableView::doubleClicked, this, &CompareView::activate);
    connect(m_table, &QTableView::activated, this, &CompareView::activate);

    // The catalogue's names first; labels of the library follow once read.
    for (const IndicatorCatalogue::Entry &e : IndicatorMatcher::instance().catalogue().entries())
        m_indicator->addItem(e.name, e.id);
    m_indicator->setCurrentIndex(-1);
    retranslate();
}

CompareView::~CompareView() = default;

void CompareView::retranslate()
{
    setWindowTitle(tr("Compare Indicator"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_indicatorLabel->setBuddy(m_indicator);
    m_indicator->lineEdit()->setPlaceholderText(tr("a standard indicator or any figure label"));
    m_issuerLabel->setText(tr("&Issuer or place:"));
    m_issuerLabel->setBuddy(m_issuer);
    m_issuer->setPlaceholderText(tr("any"));
    m_typeLabel->setText(tr("&Type:"));
    m_typeLabel->setBuddy(m_type);
    const int type = std::max(0, m_type->currentIndex());
    m_type->clear();
    m_type->addItem(tr("Any type"), QString());
    m_type->addItem(tr("Government work reports"), QStringLiteral("gzbg"));
    m_type->addItem(tr("Rule-of-law government reports"), QStringLiteral("fazhi"));
    m_type->addItem(tr("Information disclosure reports"), QStringLiteral("xxgk"));
    m_type->setCurrentIndex(type);
    m_yearLabel->setText(tr("&Chart:"));
    m_yearLabel->setBuddy(m_year);
    if (m_year->count() > 0) {
        const QSignalBlocker block(m_year);
        m_year->setItemText(0, tr("Automatic"));
    }
    m_compareButton->setText(tr("Compare"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the values with their citations as CSV or XLSX"));
    m_cancelButton->setText(tr("Cancel"));
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRows();
    }
    QWidget::changeEvent(event);
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIndicators();
}

void CompareView::loadIndicators()
{
    if (m_labelsLoaded || m_labelsJob)
        return;
    m_labelsJob = new LibraryJob(
        m_databasePath, LibraryDatabase::Check::Header,
        [](LibraryDatabase &db, const std::atomic_bool &, const LibraryJob::Progress &,
           QString *error) {
            LibraryCompare compare(&db);
            const Labels labels = compare.frequentLabels(500);
            *error = compare.errorString();
            return QVariant::fromValue(labels);
        },
        this);
    connect(m_labelsJob, &LibraryJob::finished, this,
            [this](const QVariant &result, const QString &) {
                m_labelsLoaded = true;
                const QString text = m_indicator->currentText();
                QSet<QString> known;
                for (int i = 0; i < m_indicator->count(); ++i)
                    known.insert(m_indicator->itemText(i));
                for (const auto &label : result.value<Labels>()) {
                    if (!known.contains(label.first))
                        m_indicator->addItem(label.first, QString());
                }
                m_indicator->setEditText(text);
                m_labelsJob->deleteLater();
                m_labelsJob = nullptr;
            });
    m_labelsJob->start();
}

void CompareView::compare(const QString &indicator)
{
    m_indicator->setEditText(indicator);
    startCompare();
}

void CompareView::setIssuerFilter(const QString &text)
{
    m_issuer->setText(text);
}

void CompareView::setChartYear(int year)
{
    const int i = m_year->findData(year);
    if (i >= 0)
        m_year->setCurrentIndex(i);
}

bool CompareView::isBusy() const
{
    return m_job != nullptr;
}

void CompareView::startCompare()
{
    const QString text = m_indicator->currentText().trimmed();
    if (text.isEmpty())
        return;
    LibraryCompare::Query query;
    // A catalogue name picked from the list compares by its id; typed text by name or label.
    const int item = m_indicator->findText(text);
    const QString id = item >= 0 ? m_indicator->itemData(item).toString() : QString();
    query.indicator = id.isEmpty() ? text : id;
    query.issuer = m_issuer->text().trimmed();
    query.type = m_type->currentData().toString();
    if (m_job) {
        m_job->cancel();
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    m_job = new LibraryJob(
        m_databasePath, LibraryDatabase::Check::Header,
        [query](LibraryDatabase &db, const std::atomic_bool &, const LibraryJob::Progress &,
                QString *error) {
            LibraryCompare compare(&db);
            const Rows rows = compare.compare(query);
            *error = compare.errorString();
            return QVariant::fromValue(rows);
        },
        this);
    connect(m_job, &LibraryJob::finished, this,
            [this](const QVariant &result, const QString &error) {
                const bool cancelled = m_job->isCancelled();
                m_job->deleteLater();
                m_job = nullptr;
                m_progress->hide();
                m_cancelButton->hide();
                m_compareButton->setEnabled(true);
                m_error = error;
                if (!cancelled)
                    m_model->setRows(result.value<Rows>());
                showRows();
                emit compared();
            });
    m_progress->show();
    m_cancelButton->show();
    m_compareButton->setEnabled(false);
    m_status->setText(tr("Comparing…"));
    m_job->start();
}

void CompareView::showRows()
{
    const Rows &rows = m_model->rows();
    // The chart's choices: over the years, or the bars of one year.
    QList<int> years;
    for (const IndicatorComparison::Row &r : rows) {
        if (r.year > 0 && !years.contains(r.year))
            years.append(r.year);
    }
    std::sort(years.begin(), years.end());
    {
        const QSignalBlocker block(m_year);
        const int chosen = m_year->currentData().toInt();
        m_year->clear();
        // Automatic: a line over the years, or bars when there are more places than years.
        m_year->addItem(tr("Automatic"), 0);
        for (int y : years)
            //: the bar chart of one year across places
            m_year->addItem(tr("Places in %1").arg(y), y);
        m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    }
    m_exportButton->setEnabled(!rows.isEmpty());
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(IndicatorComparisonModel::ReportColumn) > 240)
        m_table->setColumnWidth(IndicatorComparisonModel::ReportColumn, 240);
    if (!m_error.isEmpty())
        m_status->setText(tr("The library cannot be read: %1").arg(m_error));
    else if (rows.isEmpty())
        m_status->setText(tr("No values in the library."));
    else
        m_status->setText(tr("%n value(s)", nullptr, int(rows.size())) + QStringLiteral(" · ") +
                          tr("%n conflict(s)", nullptr, m_model->conflictCount()));
    redrawChart();
}

void CompareView::redrawChart()
{
    const Rows &rows = m_model->rows();
    const int year = m_year->currentData().toInt();
    ComparisonChartBuilder builder(palette(), FigureChartBuilder::defaultFont());
    QChart *chart =
        rows.isEmpty() ? new QChart : builder.createChart(ComparisonChartBuilder::plan(rows, year));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void CompareView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit openRequested(index.data(IndicatorComparisonModel::FileRole).toString(),
                       index.data(IndicatorComparisonModel::SectionIdRole).toString(),
                       index.data(IndicatorComparisonModel::QuoteRole).toString());
}

bool CompareView::exportTo(const QString &path, QString *error) const
{
    QList<QStringList> table;
    for (const IndicatorComparison::Row &r : m_model->rows())
        table.append(LibraryCompare::fields(r));
    const QString sheet = m_model->rows().isEmpty() ? QStringLiteral("compare")
                                                    : m_model->rows().first().indicatorName;
    return TableExport::write(path, sheet, LibraryCompare::columns(), table,
                              LibraryCompare::numericColumns(), error);
}

void CompareView::exportRows()
{
    const QString name =
        m_model->rows().isEmpty() ? QString() : m_model->rows().first().indicatorName;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Comparison"), name + QStringLiteral(".xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Comparison"), error);
    else
        m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
}
