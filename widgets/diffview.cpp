#include "widgets/diffview.h"

#include "core/indicatorchangemodel.h"
#include "core/latestjobworker.h"
#include "core/reportdiff.h"
#include "core/reportdiffmodel.h"
#include "export/pdfexporter.h"
#include "import/reportloader.h"
#include "library/librarydatabase.h"
#include "library/libraryreportstore.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

using Change = ReportDiff::Change;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Foreground colours of the marks, legible on the palette's base; the marks' words carry the
// same information without colour.
QColor changeColor(Change change, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (change) {
    case Change::Added:
        return dark ? QColor(0x86, 0xd9, 0x86) : QColor(0x1b, 0x6e, 0x1b);
    case Change::Removed:
        return dark ? QColor(0xff, 0x94, 0x94) : QColor(0xa3, 0x1f, 0x1f);
    case Change::Changed:
        return dark ? QColor(0xe8, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case Change::Same:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

// Colours the rows of the section model by their change.
class ChangeColorProxy : public QIdentityProxyModel
{
public:
    explicit ChangeColorProxy(QWidget *owner) : QIdentityProxyModel(owner), m_owner(owner) {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            const QVariant change = QIdentityProxyModel::data(index, ReportDiffModel::ChangeRole);
            if (change.isValid())
                return changeColor(Change(change.toInt()), m_owner->palette());
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QWidget *m_owner;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Inserted text underlined in {+ +}, deleted text struck through in [- -]: the brackets read
// without colour and survive copying.
QString marked(const QString &text, Change change, const QPalette &palette)
{
    if (change == Change::Same)
        return escaped(text);
    const QString color = changeColor(change, palette).name();
    if (change == Change::Added)
        return QStringLiteral("<span style=\"color:%1; text-decoration:underline\">{+%2+}</span>")
            .arg(color, escaped(text));
    return QStringLiteral("<span style=\"color:%1; text-decoration:line-through\">[-%2-]</span>")
        .arg(color, escaped(text));
}

} // namespace

// What the worker hands back for one load().
struct DiffView::Loaded
{
    ReportPtr a;
    ReportPtr b;
    std::shared_ptr<const ReportDiff> diff;
    QString error;
    bool cancelled = false;
};

DiffView::DiffView(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_sections(new ReportDiffModel(this))
    , m_indicators(new IndicatorChangeModel(this))
    , m_header(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_text(new QTextBrowser(this))
    , m_table(new QTableView(this))
    , m_tableTitle(new QLabel(this))
    , m_exportButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_worker(std::make_unique<LatestJobWorker>(QStringLiteral("DiffView")))
{
    setObjectName(QStringLiteral("diffView"));
    resize(1100, 760);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *proxy = new ChangeColorProxy(this);
    proxy->setSourceModel(m_sections);
    m_tree->setObjectName(QStringLiteral("diffSections"));
    m_tree->setModel(proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ReportDiffModel::SectionAColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReportDiffModel::ChangeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReportDiffModel::SectionBColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setOpenLinks(false);
    m_table->setObjectName(QStringLiteral("diffIndicators"));
    m_table->setModel(m_indicators);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorChangeModel::IndicatorColumn,
                                                      QHeaderView::Stretch);
    for (int c = IndicatorChangeModel::ValueAColumn; c < IndicatorChangeModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(m_text);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_tableTitle);
    bottomLayout->addWidget(m_table);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    m_progress->setObjectName(QStringLiteral("diffProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("diffCancel"));
    m_cancelButton->hide();
    headerRow->addWidget(m_progress, 0, Qt::AlignTop);
    headerRow->addWidget(m_cancelButton, 0, Qt::AlignTop);
    headerRow->addWidget(m_exportButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addWidget(split, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showPair(current.data(ReportDiffModel::PairRole).toInt());
            });
    connect(m_exportButton, &QPushButton::clicked, this, &DiffView::exportPdf);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiffView::cancelLoad);
    retranslate();
}

DiffView::~DiffView()
{
    // The running load posts its result to this object: stop it and wait for the worker
    // while the object is whole; a result already posted is discarded with the object.
    if (m_cancel)
        m_cancel->store(true);
    m_worker.reset();
}

void DiffView::retranslate()
{
    m_exportButton->setText(tr("Export as PDF…"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_cancel) {
        m_header->setText(tr("Reading the two reports…"));
        return;
    }
    if (!m_loadError.isEmpty()) {
        setWindowTitle(tr("Compare Reports"));
        m_header->setText(
            tr("The reports cannot be compared: %1").arg(m_loadError.toHtmlEscaped()));
        return;
    }
    m_tableTitle->setText(tr("Indicators stated in either report (each in its report's own "
                             "magnitude; a rate's change in percentage points):"));
    if (!m_a || !m_b) {
        setWindowTitle(tr("Compare Reports"));
        m_header->setText(tr("No reports to compare."));
        return;
    }
    setWindowTitle(tr("Compare: %1 → %2").arg(m_a->displayName(), m_b->displayName()));
    const auto line = [](const Report &r) {
        const int year = r.metadata().facts.reportingYear;
        return (year > 0 ? QStringLiteral("%1 (%2)").arg(r.displayName()).arg(year)
                         : r.displayName())
            .toHtmlEscaped();
    };
    m_header->setText(tr("<b>A</b>: %1<br><b>B</b>: %2<br>Sections: %3 same, %4 changed, %5 "
                         "added, %6 removed. Marks: + added in B, − removed from A, ~ changed; "
                         "in the text {+inserted+} and [-deleted-].")
                          .arg(line(*m_a), line(*m_b))
                          .arg(m_diff->count(Change::Same))
                          .arg(m_diff->count(Change::Changed))
                          .arg(m_diff->count(Change::Added))
                          .arg(m_diff->count(Change::Removed)));
    showPair(m_pair);
}

void DiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        showPair(m_pair);
    QWidget::changeEvent(event);
}

void DiffView::setReports(const ReportPtr &a, const ReportPtr &b)
{
    showDiff(a, b,
             a && b ? std::make_shared<const ReportDiff>(ReportDiff::compute(*a, *b)) : nullptr);
}

void DiffView::showDiff(const ReportPtr &a, const ReportPtr &b,
                        std::shared_ptr<const ReportDiff> diff)
{
    m_a = a;
    m_b = b;
    m_diff = std::move(diff);
    m_loadError.clear();
    m_sections->setDiff(a, b, m_diff);
    m_indicators->setDiff(m_diff);
    m_tree->expandAll();
    m_pair = -1;
    retranslate();
    // The first changed pair, where the reader wants to start.
    if (m_diff) {
        const auto &pairs = m_diff->sections();
        for (int k = 0; k < pairs.size(); ++k) {
            if (pairs.at(k).change != Change::Same) {
                selectPair(k);
                break;
            }
        }
    }
    m_exportButton->setEnabled(hasDiff());
}

void DiffView::load(const QString &pathA, const QString &pathB, const QString &databasePath)
{
    if (m_cancel)
        m_cancel->store(true); // the older load stops; its result is dropped
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 request = ++m_request;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_exportButton->setEnabled(false);
    retranslate();
    emit loadingStarted(pathA, pathB);
    m_worker->post([this, request, cancel, pathA, pathB, databasePath] {
        auto result = std::make_shared<Loaded>();
        // The connection is made, used and closed on the worker thread.
        std::unique_ptr<LibraryDatabase> db;
        if (!databasePath.isEmpty() && QFileInfo::exists(databasePath)) {
            db = std::make_unique<LibraryDatabase>(databasePath);
            if (!db->open(LibraryDatabase::Check::Header))
                db.reset();
        }
        // Steps: reading A, reading B, the diff.
        const auto step = [this, request](int done, const QString &what) {
            QMetaObject::invokeMethod(
                this,
                [this, request, done, what] {
                    if (request != m_request)
                        return;
                    m_progress->setRange(0, 3);
                    m_progress->setValue(done);
                    emit loadProgress(done, 3, what);
                },
                Qt::QueuedConnection);
        };
        const QString paths[2] = {pathA, pathB};
        ReportPtr reports[2];
        ReportParser::Options options;
        options.cancel = cancel.get();
        for (int i = 0; i < 2 && result->error.isEmpty() && !cancel->load(); ++i) {
            step(i, paths[i]);
            const ReportLoader::Result r =
                db ? LibraryReportStore(db.get()).open(paths[i], options).load
                   : ReportLoader::loadFile(paths[i], options);
            if (r.error == ReportLoader::Error::Cancelled)
                break;
            if (!r.ok())
                result->error =
                    QStringLiteral("%1: %2").arg(QFileInfo(paths[i]).fileName(), r.errorMessage);
            reports[i] = r.report;
        }
        result->cancelled = cancel->load();
        if (result->error.isEmpty() && !result->cancelled && reports[0] && reports[1]) {
            result->a = reports[0];
            result->b = reports[1];
            step(2, QString());
            result->diff =
                std::make_shared<const ReportDiff>(ReportDiff::compute(*reports[0], *reports[1]));
        }
        db.reset();
        QMetaObject::invokeMethod(
            this, [this, request, result] { finishLoad(request, result); }, Qt::QueuedConnection);
    });
}

void DiffView::cancelLoad()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DiffView::finishLoad(quint64 request, const std::shared_ptr<Loaded> &result)
{
    if (request != m_request)
        return; // superseded by a newer load()
    m_cancel.reset();
    m_progress->hide();
    m_cancelButton->hide();
    if (result->diff) {
        showDiff(result->a, result->b, result->diff);
        emit loaded(true, QString());
        return;
    }
    const QString error = result->cancelled ? tr("cancelled") : result->error;
    // A cancelled or failed load leaves the diff shown before it, if any.
    if (m_diff) {
        retranslate();
        m_exportButton->setEnabled(hasDiff());
    } else {
        m_loadError = error;
        retranslate();
    }
    emit loaded(false, error);
}

bool DiffView::hasDiff() const
{
    return m_diff != nullptr;
}

void DiffView::selectPair(int pair)
{
    const QModelIndex source = m_sections->indexOfPair(pair);
    if (!source.isValid())
        return;
    const auto *proxy = static_cast<QIdentityProxyModel *>(m_tree->model());
    m_tree->setCurrentIndex(proxy->mapFromSource(source));
}

void DiffView::showPair(int pair)
{
    m_pair = pair;
    if (!m_diff || pair < 0 || pair >= m_diff->sections().size()) {
        m_text->clear();
        return;
    }
    const ReportDiff::SectionPair &p = m_diff->sections().at(pair);
    const QPalette pal = palette();
    QString html;
    const QString title = p.b >= 0 ? p.headingB : p.headingA;
    html += QStringLiteral("<p><b>%1</b> &nbsp; %2</p>")
                .arg(escaped(title), escaped(ReportDiffModel::changeText(p.change)));
    if (p.change == Change::Changed && p.a >= 0 && p.headingA != p.headingB)
        html += QStringLiteral("<p>") +
                tr("Heading in A: %1").arg(marked(p.headingA, Change::Removed, pal)) +
                QStringLiteral("</p>");
    if (p.change == Change::Added || p.change == Change::Removed) {
        const Report &r = p.change == Change::Added ? *m_b : *m_a;
        const QString text = r.section(p.change == Change::Added ? p.b : p.a).text;
        if (!text.isEmpty())
            html += QStringLiteral("<p>") + marked(text, p.change, pal) + QStringLiteral("</p>");
    } else if (p.change == Change::Same) {
        html += QStringLiteral("<p>") + escaped(m_b->section(p.b).text) + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>");
        for (const ReportDiff::Sentence &s : p.sentences) {
            if (s.change == Change::Changed) {
                for (const ReportDiff::Fragment &f : s.fragments)
                    html += marked(f.text, f.change, pal);
            } else {
                html += marked(s.text, s.change, pal);
            }
            // One sentence after another as in a paragraph; a new paragraph after a line end.
            html += QLatin1Char(' ');
        }
        if (p.sentences.isEmpty())
            html += escaped(tr("The text is the same; the heading changed."));
        html += QStringLiteral("</p>");
    }
    m_text->setHtml(html);
}

void DiffView::exportPdf()
{
    if (!hasDiff())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1Char('/') + QFileInfo(m_b->filePath()).completeBaseName() +
                              QStringLiteral("-diff.pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diff as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(path, &error))
        QMessageBox::warning(this, tr("Export Diff as PDF"), error);
}

bool DiffView::exportPdfTo(const QString &path, QString *error)
{
    if (!hasDiff()) {
        if (error)
            *error = tr("No reports to compare.");
        return false;
    }
    PdfExporter exporter;
    if (!exporter.exportDiffToFile(*m_a, *m_b, *m_diff, path)) {
        if (error)
            *error = exporter.errorString();
        return false;
    }
    return true;
}
