#include "widgets/librarypane.h"

#include "library/librarydatabase.h"
#include "library/libraryindexjob.h"
#include "library/librarypairing.h"
#include "library/libraryreportstore.h"
#include "library/librarysearch.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace {

enum Roles { PathRole = Qt::UserRole, SectionRole, TermRole };

QString typeTitle(const QString &type)
{
    if (type == QLatin1String("gzbg"))
        return LibraryPane::tr("Government work reports");
    if (type == QLatin1String("fazhi"))
        return LibraryPane::tr("Rule-of-law government reports");
    if (type == QLatin1String("xxgk"))
        return LibraryPane::tr("Information disclosure reports");
    return LibraryPane::tr("Other documents");
}

} // namespace

LibraryPane::LibraryPane(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_searchBox(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_groups(new QTreeWidget(this))
    , m_addButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    m_searchBox->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("libraryResults"));
    m_groups->setObjectName(QStringLiteral("libraryGroups"));
    m_results->setColumnCount(1);
    m_results->setHeaderHidden(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setRootIsDecorated(false);
    m_results->hide();
    m_groups->setColumnCount(1);
    m_groups->setHeaderHidden(true);
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_groups);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_searchBox);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { search(m_searchBox->text()); });
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_results->hide();
    });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_groups, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    m_groups->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_groups, &QWidget::customContextMenuRequested, this, &LibraryPane::showContextMenu);
    connect(m_addButton, &QPushButton::clicked, this, &LibraryPane::addFolder);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    retranslate();
}

LibraryPane::~LibraryPane() = default;

void LibraryPane::retranslate()
{
    m_searchBox->setPlaceholderText(tr("Search the library: words, \"a phrase\""));
    m_addButton->setText(tr("Add Folder…"));
    m_cancelButton->setText(tr("Cancel"));
}

void LibraryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_db)
            refresh();
    }
    QWidget::changeEvent(event);
}

void LibraryPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Reading and laying out the groups of a large library takes a while: the window is
    // painted first (paintEvent), then the pane lists them.
    if (!m_db && !m_listAfterPaint) {
        m_listAfterPaint = true;
        m_status->setText(tr("Reading the library…"));
    }
}

void LibraryPane::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_listAfterPaint)
        return;
    m_listAfterPaint = false;
    QTimer::singleShot(0, this, [this] {
        if (ensureOpen())
            refresh();
    });
}

bool LibraryPane::ensureOpen()
{
    if (m_db)
        return true;
    auto db = std::make_unique<LibraryDatabase>(m_databasePath);
    if (!db->open(LibraryDatabase::Check::Header)) {
        m_status->setText(tr("The library cannot be opened: %1").arg(db->errorString()));
        return false;
    }
    if (!db->recoveryMessage().isEmpty()) {
        m_status->setText(db->recoveryMessage());
        const QStringList again = db->sourcesToReindex();
        m_db = std::move(db);
        if (!again.isEmpty())
            addPaths(again);
        return true;
    }
    m_db = std::move(db);
    return true;
}

void LibraryPane::refresh()
{
    if (!ensureOpen())
        return;
    m_groups->clear();
    // type ▸ place ▸ year ▸ report, each group with its count of reports.
    QMap<QString, QMap<QString, QMap<int, QList<LibraryDatabase::Entry>>>> tree;
    int total = 0;
    int missing = 0;
    for (const LibraryDatabase::Entry &e : m_db->entries()) {
        // Missing files stay in the library, marked: their reports come back if the files do.
        if (e.state == QLatin1String("missing"))
            ++missing;
        else if (e.state != QLatin1String("ok"))
            continue;
        tree[e.type][e.place][e.year].append(e);
        ++total;
    }
    for (auto type = tree.cbegin(); type != tree.cend(); ++type) {
        int typeCount = 0;
        auto *typeItem = new QTreeWidgetItem(m_groups);
        for (auto place = type->cbegin(); place != type->cend(); ++place) {
            int placeCount = 0;
            auto *placeItem = new QTreeWidgetItem(typeItem);
            for (auto year = place->cbegin(); year != place->cend(); ++year) {
                auto *yearItem = new QTreeWidgetItem(placeItem);
                for (const LibraryDatabase::Entry &e : year.value()) {
                    auto *report = new QTreeWidgetItem(yearItem, {e.title});
                    report->setData(0, PathRole, e.path);
                    report->setToolTip(0, e.path);
                    if (e.state == QLatin1String("missing")) {
                        report->setText(0, tr("%1 (file missing)").arg(e.title));
                        report->setToolTip(0, tr("The file is missing: %1").arg(e.path));
                        report->setForeground(0,
                                              palette().brush(QPalette::Disabled, QPalette::Text));
                    }
                }
                yearItem->setText(
                    0, QStringLiteral("%1 (%2)")
                           .arg(year.key() > 0 ? QString::number(year.key()) : tr("year unknown"))
                           .arg(year->size()));
                placeCount += int(year->size());
            }
            placeItem->setExpanded(true);
            placeItem->setText(0,
                               QStringLiteral("%1 (%2)")
                                   .arg(place.key().isEmpty() ? tr("place unknown") : place.key())
                                   .arg(placeCount));
            typeCount += placeCount;
        }
        typeItem->setText(0, QStringLiteral("%1 (%2)").arg(typeTitle(type.key())).arg(typeCount));
        typeItem->setExpanded(true);
    }
    if (!m_job)
        m_status->setText(missing > 0
                              ? tr("%n report(s) in the library", nullptr, total) +
                                    QLatin1Char(' ') + tr("(%n file(s) missing)", nullptr, missing)
                              : tr("%n report(s) in the library", nullptr, total));
}

void LibraryPane::search(const QString &query)
{
    if (!ensureOpen())
        return;
    m_searchBox->setText(query);
    m_results->clear();
    LibrarySearch::Query q;
    q.text = query;
    q.limit = 100;
    const auto hits = LibrarySearch(m_db.get()).search(q);
    const QStringList terms = LibrarySearch::terms(query);
    for (const LibrarySearch::Hit &h : hits) {
        auto *item = new QTreeWidgetItem(m_results);
        // A narrow pane shows the start of each line: begin the snippet just before its
        // first match, and let each of the two lines elide rather than wrap.
        QString snippet = h.snippet;
        const qsizetype mark = snippet.indexOf(QStringLiteral("【"));
        if (mark > 8)
            snippet = QStringLiteral("…") + snippet.mid(mark - 8);
        item->setText(0,
                      h.section + QStringLiteral(" · ") + h.report + QLatin1Char('\n') + snippet);
        item->setToolTip(0, h.report + QStringLiteral(" › ") + h.section + QLatin1Char('\n') +
                                h.snippet + QLatin1Char('\n') + h.file);
        item->setData(0, PathRole, h.file);
        item->setData(0, SectionRole, h.path);
        item->setData(0, TermRole, terms.value(0));
    }
    m_results->setVisible(!query.trimmed().isEmpty());
    // The results were hidden, so the splitter gave them no room: two thirds for them.
    const int height = m_splitter->height();
    if (m_results->isVisible() && m_splitter->sizes().value(0) < height / 4)
        m_splitter->setSizes({2 * height / 3, height - 2 * height / 3});
    m_status->setText(tr("%n result(s)", nullptr, int(hits.size())));
}

void LibraryPane::activate(QTreeWidgetItem *item)
{
    const QString path = item->data(0, PathRole).toString();
    if (!path.isEmpty())
        emit openRequested(path, item->data(0, SectionRole).toString(),
                           item->data(0, TermRole).toString());
}

void LibraryPane::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder to the "
                                                                      "Library"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void LibraryPane::addPaths(const QStringList &paths)
{
    if (m_job || paths.isEmpty())
        return;
    m_job = new LibraryIndexJob(m_databasePath, paths, this);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_addButton->setEnabled(false);
    connect(m_job, &LibraryIndexJob::progress, this,
            [this](int done, int total, const QString &path) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_status->setText(QFileInfo(path).fileName());
            });
    connect(m_job, &LibraryIndexJob::finished, this,
            [this](const QList<LibraryIndexer::FileResult> &results, const QString &error) {
                m_job->deleteLater();
                m_job = nullptr;
                m_progress->hide();
                m_cancelButton->hide();
                m_addButton->setEnabled(true);
                int added = 0, skipped = 0, failed = 0;
                for (const auto &r : results) {
                    added += r.outcome == LibraryIndexer::Outcome::Added ||
                             r.outcome == LibraryIndexer::Outcome::Updated ||
                             r.outcome == LibraryIndexer::Outcome::Moved;
                    skipped += r.outcome == LibraryIndexer::Outcome::Skipped;
                    failed += r.outcome == LibraryIndexer::Outcome::Failed;
                }
                refresh();
                m_status->setText(error.isEmpty()
                                      ? tr("%1 added or updated, %2 unchanged, %3 failed")
                                            .arg(added)
                                            .arg(skipped)
                                            .arg(failed)
                                      : error);
            });
    m_job->start();
}

ReportLoadJob::Loader LibraryPane::storeLoader(const QString &databasePath)
{
    return [databasePath](const QString &path, const ReportParser::Options &options) {
        LibraryDatabase db(databasePath);
        if (!db.open(LibraryDatabase::Check::Header))
            return ReportLoader::loadFile(path, options);
        return LibraryReportStore(&db).open(path, options).load;
    };
}

QString LibraryPane::selectedPath() const
{
    const QTreeWidgetItem *item = m_groups->currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

void LibraryPane::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_groups->itemAt(pos);
    const QString path = item ? item->data(0, PathRole).toString() : QString();
    if (path.isEmpty())
        return;
    m_groups->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, item] { activate(item); });
    menu.addSeparator();
    menu.addAction(tr("Compare with Previous Year"), this,
                   [this, path] { diffPreviousYear(path); });
    menu.addAction(tr("Compare with…"), this, [this, path] { chooseDiff(path); });
    menu.exec(m_groups->viewport()->mapToGlobal(pos));
}

bool LibraryPane::diffPreviousYear(const QString &path)
{
    if (!ensureOpen())
        return false;
    const QString previous = LibraryPairing(m_db.get()).adjacentYear(path, -1);
    if (previous.isEmpty()) {
        m_status->setText(tr("The library holds no report of the same place and type from the "
                             "year before %1.")
                              .arg(QFileInfo(path).fileName()));
        return false;
    }
    emit diffRequested(previous, path);
    return true;
}

void LibraryPane::chooseDiff(const QString &presetB)
{
    if (!ensureOpen())
        return;
    QList<LibraryDatabase::Entry> entries;
    for (const LibraryDatabase::Entry &e : m_db->entries()) {
        if (e.state == QLatin1String("ok"))
            entries.append(e);
    }
    if (entries.size() < 2) {
        m_status->setText(tr("The library needs two reports to compare."));
        return;
    }
    // By place, type and year, so that a series reads in order.
    std::sort(entries.begin(), entries.end(), [](const auto &x, const auto &y) {
        return std::tie(x.place, x.type, x.year, x.path) <
               std::tie(y.place, y.type, y.year, y.path);
    });
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("chooseDiffDialog"));
    dialog.setWindowTitle(tr("Compare Two Reports"));
    auto *a = new QComboBox(&dialog);
    auto *b = new QComboBox(&dialog);
    a->setObjectName(QStringLiteral("diffReportA"));
    b->setObjectName(QStringLiteral("diffReportB"));
    for (const LibraryDatabase::Entry &e : std::as_const(entries)) {
        const QString label =
            QStringLiteral("%1 · %2 · %3")
                .arg(e.place.isEmpty() ? tr("place unknown") : e.place,
                     e.year > 0 ? QString::number(e.year) : tr("year unknown"), e.title);
        a->addItem(label, e.path);
        b->addItem(label, e.path);
    }
    const int presetRow = b->findData(QFileInfo(presetB).absoluteFilePath());
    b->setCurrentIndex(presetRow >= 0 ? presetRow : int(entries.size()) - 1);
    const auto pairA = [this, a, b] {
        const QString previous =
            LibraryPairing(m_db.get()).adjacentYear(b->currentData().toString(), -1);
        const int row = a->findData(previous);
        if (row >= 0)
            a->setCurrentIndex(row);
    };
    pairA();
    auto *previousButton = new QPushButton(tr("Previous Year"), &dialog);
    previousButton->setToolTip(tr("Choose as A the report of the same place and type from the "
                                  "year before B"));
    connect(previousButton, &QPushButton::clicked, &dialog, pairA);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(previousButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("A (earlier):"), a);
    form->addRow(tr("B (later):"), b);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || a->currentData() == b->currentData())
        return;
    emit diffRequested(a->currentData().toString(), b->currentData().toString());
}
