#include "widgets/coverageview.h"

#include "core/reportcoveragemodel.h"
#include "export/tableexport.h"
#include "library/librarycoverage.h"
#include "library/libraryjob.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

CoverageView::CoverageView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_model(new ReportCoverageModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refreshButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("coverageView"));
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_exportButton->setObjectName(QStringLiteral("coverageExport"));
    m_exportButton->setEnabled(false);
    m_status->setObjectName(QStringLiteral("coverageStatus"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelButton->hide();
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportCoverageModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportCoverageModel::PlaceColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &CoverageView::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &CoverageView::exportMatrix);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_table, &QTableView::doubleClicked, this, &CoverageView::activate);
    connect(m_table, &QTableView::activated, this, &CoverageView::activate);
    retranslate();
}

CoverageView::~CoverageView() = default;

void CoverageView::retranslate()
{
    setWindowTitle(tr("Coverage of the Framework"));
    m_refreshButton->setText(tr("Read Again"));
    m_refreshButton->setToolTip(
        tr("Read the library's rule-of-law government reports again and check them against "
           "the nine parts of the Implementation Outline (2021–2025)"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the matrix as CSV or XLSX"));
    m_cancelButton->setText(tr("Cancel"));
}

void CoverageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setEntries(m_model->entries()); // headers in the new language
    }
    QWidget::changeEvent(event);
}

void CoverageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_filled && !m_job)
        refresh();
}

void CoverageView::refresh()
{
    if (m_job)
        return;
    m_filled = true;
    m_job = new LibraryJob(
        m_databasePath, LibraryDatabase::Check::Header,
        [](LibraryDatabase &db, const std::atomic_bool &cancel,
           const LibraryJob::Progress &progress, QString *error) {
            LibraryCoverage coverage(&db);
            const LibraryCoverage::Result result = coverage.matrix(&cancel, progress);
            *error = coverage.errorString();
            return QVariant::fromValue(result);
        },
        this);
    connect(m_job, &LibraryJob::progress, this, [this](int done, int total, const QString &path) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        if (!path.isEmpty())
            //: 1 files read, 2 files to read, 3 the file being read
            m_status->setText(tr("Reading %1 of %2: %3")
                                  .arg(done + 1)
                                  .arg(total)
                                  .arg(QFileInfo(path).fileName()));
    });
    connect(
        m_job, &LibraryJob::finished, this, [this](const QVariant &value, const QString &error) {
            m_job->deleteLater();
            m_job = nullptr;
            m_progress->hide();
            m_cancelButton->hide();
            m_refreshButton->setEnabled(true);
            const auto result = value.value<LibraryCoverage::Result>();
            m_model->setEntries(result.entries);
            m_table->resizeColumnsToContents();
            if (m_table->columnWidth(ReportCoverageModel::ReportColumn) > 220)
                m_table->setColumnWidth(ReportCoverageModel::ReportColumn, 220);
            m_exportButton->setEnabled(!result.entries.isEmpty());
            QString status;
            if (!error.isEmpty())
                status = tr("The library cannot be read: %1").arg(error);
            else if (result.entries.isEmpty() && !result.cancelled)
                status = tr("The library holds no rule-of-law government reports.");
            else
                status = tr("%n report(s)", nullptr, int(result.entries.size()));
            if (result.cancelled)
                status += QStringLiteral(" · ") + tr("cancelled");
            if (!result.missing.isEmpty())
                status += QStringLiteral(" · ") + tr("%n file(s) gone, covered from the library",
                                                     nullptr, int(result.missing.size()));
            if (!result.failed.isEmpty()) {
                status += QStringLiteral(" · ") +
                          tr("%n could not be read", nullptr, int(result.failed.size()));
                m_status->setToolTip(result.failed.join(QLatin1Char('\n')));
            }
            m_status->setText(status);
            emit refreshed();
        });
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_refreshButton->setEnabled(false);
    m_status->setText(tr("Reading the reports…"));
    m_job->start();
}

void CoverageView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    // A part's cell opens the first section that mentions it; other cells the report.
    emit openRequested(index.data(ReportCoverageModel::FileRole).toString(),
                       index.data(ReportCoverageModel::SectionIdRole).toString(), QString());
}

bool CoverageView::exportTo(const QString &path, QString *error) const
{
    QList<QStringList> rows;
    for (const ReportCoverage::Entry &e : m_model->entries())
        rows.append(ReportCoverage::matrixRow(e));
    return TableExport::write(path, QStringLiteral("coverage"), ReportCoverage::matrixColumns(),
                              rows, ReportCoverage::numericColumns(), error);
}

void CoverageView::exportMatrix()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Coverage"), QStringLiteral("coverage.xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Coverage"), error);
    else
        m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
}
