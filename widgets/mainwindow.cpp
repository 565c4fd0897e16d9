#include "widgets/mainwindow.h"

#include "core/languagemanager.h"

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figuremodel.h"
#include "core/languagemanager.h"
#include "core/segmenter.h"
#include "export/exportselection.h"
#include "import/documentreaders.h"
#include "import/reportloadjob.h"
#include "library/librarydatabase.h"
#include "widgets/compareview.h"
#include "widgets/coverageview.h"
#include "widgets/detailpane.h"
#include "widgets/diffview.h"
#include "widgets/exportdialog.h"
#include "widgets/figurechartview.h"
#include "widgets/figuretableview.h"
#include "widgets/librarypane.h"
#include "widgets/sectiontreeview.h"
#include "widgets/startpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

namespace {

constexpr int MaxRecentFiles = 10;
constexpr int StateVersion = 1;
const QString SampleReport = QStringLiteral(":/reportscope/sample-report.txt");

QSettings settings()
{
    return QSettings(QStringLiteral("ReportScope"), QStringLiteral("ReportScope"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options(), parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_documents(new DocumentModel(this))
    , m_figures(new FigureModel(m_documents, this))
    // Created before any view or proxy: see DocumentSelection::isUpdating().
    , m_selection(new DocumentSelection(m_documents, m_figures, this))
    , m_tree(new SectionTreeView(m_selection))
    , m_detail(new DetailPane(m_selection))
    , m_charts(new FigureChartView(m_selection))
    , m_table(new FigureTableView(m_selection))
    , m_startPage(new StartPage)
    , m_central(new QStackedWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_documents->setObjectName(QStringLiteral("documentModel"));
    m_figures->setObjectName(QStringLiteral("figureModel"));
    m_tree->setObjectName(QStringLiteral("sectionTreeView"));
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_charts->setObjectName(QStringLiteral("figureChartView"));
    m_table->setObjectName(QStringLiteral("figureTableView"));

    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_detail);
    m_central->addWidget(m_startPage);
    setCentralWidget(m_central);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::addFolderRequested, this, &MainWindow::addFolderRequested);
    connect(m_startPage, &StartPage::recentFileRequested, this,
            [this](const QString &path) { openFiles({path}); });
    setAcceptDrops(true);
    m_detail->textBrowser()->setAcceptDrops(false);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    createActions();
    createDocks();
    createMenus();
    createLibrary();
    createStatusBar();
    retranslate();

    connect(m_selection, &DocumentSelection::currentSectionChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_documents, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_documents, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_documents, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStartPage);
    connect(m_documents, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStartPage);
    connect(m_documents, &QAbstractItemModel::modelReset, this, &MainWindow::updateStartPage);

    resize(1280, 800);
    if (m_options.useSettings)
        readSettings();
    setTabOrders();
    updateStatus();
    updateActions();
    updateStartPage();
}

MainWindow::~MainWindow()
{
    // Stop a running load before the models go.
    m_queue.clear();
    delete m_job;
    m_job = nullptr;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcuts(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcuts(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeReport);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelectedSections);

    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);

    m_printPreviewAction = new QAction(this);
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);

    m_restoreSessionAction = new QAction(this);
    m_restoreSessionAction->setObjectName(QStringLiteral("restoreSessionAction"));
    m_restoreSessionAction->setCheckable(true);
    m_restoreSessionAction->setChecked(true);
    connect(m_restoreSessionAction, &QAction::toggled, this, [this](bool on) {
        if (m_options.useSettings)
            settings().setValue(QStringLiteral("session/restore"), on);
    });

    // F6 and Shift+F6 move between the panes wherever the focus is, as in other programs.
    m_nextPaneAction = new QAction(this);
    m_nextPaneAction->setObjectName(QStringLiteral("nextPaneAction"));
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_nextPaneAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { focusNextPane(true); });
    m_previousPaneAction = new QAction(this);
    m_previousPaneAction->setObjectName(QStringLiteral("previousPaneAction"));
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_previousPaneAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { focusNextPane(false); });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_recentFiles.clear();
        if (m_options.useSettings)
            settings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
        updateRecentMenu();
    });

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setShortcuts(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    m_treeDock = new QDockWidget(this);
    m_treeDock->setObjectName(QStringLiteral("sectionsDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);

    m_chartDock = new QDockWidget(this);
    m_chartDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartDock);

    m_tableDock = new QDockWidget(this);
    m_tableDock->setObjectName(QStringLiteral("figuresDock"));
    m_tableDock->setWidget(m_table);
    splitDockWidget(m_chartDock, m_tableDock, Qt::Vertical);

    resizeDocks({m_treeDock, m_chartDock}, {300, 470}, Qt::Horizontal);
    resizeDocks({m_chartDock, m_tableDock}, {470, 250}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_printPreviewAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_restoreSessionAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_table->copyAction());
    m_editMenu->addAction(m_charts->copyChartAction());
    m_editMenu->addAction(m_charts->saveChartAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_detail->findAction());
    m_editMenu->addAction(m_detail->findNextAction());
    m_editMenu->addAction(m_detail->findPreviousAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_tree->focusFilterAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_tree->expandAllAction());
    m_viewMenu->addAction(m_tree->collapseAllAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_treeDock->toggleViewAction());
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_viewMenu->addAction(m_tableDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_charts->logAxisAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextPaneAction);
    m_viewMenu->addAction(m_previousPaneAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    // Each language is named in its own script, so the menu reads whatever is installed.
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == LanguageManager::current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    // Shortcuts of the tree's actions work wherever the focus is in the window.
    addActions({m_tree->focusFilterAction(), m_charts->saveChartAction()});
}

void MainWindow::createLibrary()
{
    m_library = new LibraryPane(libraryPath());
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_treeDock, m_libraryDock);
    m_treeDock->raise();
    m_libraryDock->hide();
    m_addFolderAction = new QAction(this);
    connect(m_addFolderAction, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_library->addFolder();
    });
    m_libraryMenu = new QMenu(this);
    m_libraryMenu->setObjectName(QStringLiteral("libraryMenu"));
    m_libraryMenu->addAction(m_addFolderAction);
    m_libraryMenu->addAction(m_libraryDock->toggleViewAction());
    m_libraryMenu->addSeparator();
    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::showCompareView);
    m_libraryMenu->addAction(m_compareAction);
    m_coverageAction = new QAction(this);
    m_coverageAction->setObjectName(QStringLiteral("coverageAction"));
    connect(m_coverageAction, &QAction::triggered, this, &MainWindow::showCoverageView);
    m_libraryMenu->addAction(m_coverageAction);
    // Year over year: two reports of the library, or the current one and its previous year.
    m_compareReportsAction = new QAction(this);
    m_compareReportsAction->setObjectName(QStringLiteral("compareReportsAction"));
    connect(m_compareReportsAction, &QAction::triggered, this, [this] {
        const ReportPtr current = m_selection->currentReport();
        m_library->chooseDiff(current ? current->filePath() : m_library->selectedPath());
    });
    m_previousYearAction = new QAction(this);
    m_previousYearAction->setObjectName(QStringLiteral("previousYearAction"));
    connect(m_previousYearAction, &QAction::triggered, this, [this] {
        const ReportPtr current = m_selection->currentReport();
        const QString path = current ? current->filePath() : m_library->selectedPath();
        if (!path.isEmpty() && !m_library->diffPreviousYear(path))
            statusBar()->showMessage(tr("The library holds no report of the same place and "
                                        "type from the year before."),
                                     6000);
    });
    m_libraryMenu->addSeparator();
    m_libraryMenu->addAction(m_compareReportsAction);
    m_libraryMenu->addAction(m_previousYearAction);
    m_exportDiffAction = new QAction(this);
    m_exportDiffAction->setObjectName(QStringLiteral("exportDiffAction"));
    m_exportDiffAction->setEnabled(false);
    connect(m_exportDiffAction, &QAction::triggered, this, [this] {
        if (m_diffView)
            m_diffView->exportPdf();
    });
    m_fileMenu->insertAction(m_printAction, m_exportDiffAction);
    connect(m_library, &LibraryPane::diffRequested, this,
            [this](const QString &a, const QString &b) { showDiff(a, b); });
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_libraryMenu);
    connect(m_library, &LibraryPane::openRequested, this, &MainWindow::openLibraryHit);
    // The start page's "Add a Folder to the Library" is the Library menu's entry.
    connect(this, &MainWindow::addFolderRequested, m_addFolderAction, &QAction::trigger);
    setLibraryAvailable(true);
    // A result whose report was not open yet is selected once it has loaded.
    connect(this, &MainWindow::loadingFinished, this, [this] {
        if (m_pendingLibraryPath.isEmpty())
            return;
        const QString path = m_pendingLibraryPath;
        m_pendingLibraryPath.clear();
        if (m_documents->rowOfFile(path) >= 0)
            openLibraryHit(path, m_pendingLibrarySection, m_pendingLibraryTerm);
    });
}

QString MainWindow::libraryPath() const
{
    return m_options.libraryPath.isEmpty() ? LibraryDatabase::defaultPath() : m_options.libraryPath;
}

void MainWindow::showCompareView()
{
    if (!m_compareView) {
        m_compareView = new CompareView(libraryPath(), this);
        m_compareView->setWindowFlag(Qt::Window);
        m_compareView->resize(1000, 700);
        connect(m_compareView, &CompareView::openRequested, this,
                [this](const QString &path, const QString &section, const QString &term) {
                    openLibraryHit(path, section, term);
                    activateWindow();
                });
    }
    m_compareView->show();
    m_compareView->raise();
    m_compareView->activateWindow();
}

void MainWindow::showCoverageView()
{
    if (!m_coverageView) {
        m_coverageView = new CoverageView(libraryPath(), this);
        m_coverageView->setWindowFlag(Qt::Window);
        m_coverageView->resize(1100, 500);
        connect(m_coverageView, &CoverageView::openRequested, this,
                [this](const QString &path, const QString &section, const QString &term) {
                    openLibraryHit(path, section, term);
                    activateWindow();
                });
    }
    m_coverageView->show();
    m_coverageView->raise();
    m_coverageView->activateWindow();
}

bool MainWindow::showDiff(const QString &pathA, const QString &pathB, QString *errorMessage)
{
    if (!m_diffView) {
        m_diffView = new DiffView(this);
        connect(m_diffView, &DiffView::loaded, this,
                [this] { m_exportDiffAction->setEnabled(m_diffView->hasDiff()); });
    }
    // Read on the diff window's worker; a file that cannot be read is named in its header.
    if (errorMessage)
        errorMessage->clear();
    m_exportDiffAction->setEnabled(false);
    m_diffView->load(pathA, pathB, m_library->databasePath());
    m_diffView->show();
    m_diffView->raise();
    m_diffView->activateWindow();
    return true;
}

void MainWindow::openLibraryHit(const QString &path, const QString &sectionId, const QString &term)
{
    const int row = m_documents->rowOfFile(path);
    if (row < 0) {
        m_pendingLibraryPath = path;
        m_pendingLibrarySection = sectionId;
        m_pendingLibraryTerm = term;
        // From the library's stored parse when the file is unchanged (LibraryReportStore).
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!(m_job && m_job->path() == absolute) &&
            std::none_of(m_queue.cbegin(), m_queue.cend(),
                         [&](const PendingLoad &p) { return p.path == absolute; }))
            m_queue.append({absolute, false, true});
        startNextLoad();
        return;
    }
    selectSection(row, sectionId);
    if (!term.isEmpty())
        m_detail->find(term);
}

void MainWindow::createStatusBar()
{
    m_loadLabel = new QLabel(this);
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setRange(0, 100);
    m_loadProgress->setMaximumWidth(160);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    m_encodingLabel = new QLabel(this);
    m_encodingLabel->setObjectName(QStringLiteral("encodingLabel"));
    m_sectionsLabel = new QLabel(this);
    m_sectionsLabel->setObjectName(QStringLiteral("sectionsLabel"));
    m_figuresLabel = new QLabel(this);
    m_figuresLabel->setObjectName(QStringLiteral("figuresLabel"));
    statusBar()->addWidget(m_loadLabel);
    statusBar()->addWidget(m_loadProgress);
    statusBar()->addWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_encodingLabel);
    statusBar()->addPermanentWidget(m_sectionsLabel);
    statusBar()->addPermanentWidget(m_figuresLabel);
    m_loadLabel->hide();
    m_loadProgress->hide();
    m_cancelButton->hide();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    if (m_languageMenu) {
        m_languageMenu->setTitle(tr("&Language"));
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == LanguageManager::current());
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open one or more report files"));
    m_reloadAction->setText(tr("Re&load"));
    m_reloadAction->setToolTip(tr("Read the current report's file again"));
    m_closeAction->setText(tr("&Close Report"));
    m_exportAction->setText(tr("&Export Selected Sections to PDF…"));
    m_exportAction->setToolTip(tr("Export the checked sections (or the selected section when "
                                  "none is checked) to a PDF file"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the checked sections (or the selected section) as "
                                 "the PDF export lays them out"));
    m_printPreviewAction->setText(tr("Print Pre&view…"));
    m_restoreSessionAction->setText(tr("Reopen Last &Session on Start"));
    m_restoreSessionAction->setToolTip(
        tr("On start, open the reports of the last session again at the sections read"));
    m_nextPaneAction->setText(tr("&Next Pane"));
    m_previousPaneAction->setText(tr("Pre&vious Pane"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About ReportScope"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_treeDock->setWindowTitle(tr("Sections"));
    m_chartDock->setWindowTitle(tr("Charts"));
    m_tableDock->setWindowTitle(tr("Figures"));
    m_libraryDock->setWindowTitle(tr("Library"));
    m_libraryMenu->setTitle(tr("&Library"));
    m_addFolderAction->setText(tr("&Add Folder…"));
    m_addFolderAction->setToolTip(tr("Add a folder of reports to the library"));
    m_compareAction->setText(tr("&Compare Indicator…"));
    m_compareAction->setToolTip(tr("An indicator's values across the library's reports"));
    m_coverageAction->setText(tr("C&overage…"));
    m_coverageAction->setToolTip(
        tr("Which parts of the national framework each rule-of-law report covers"));
    m_compareReportsAction->setText(tr("Compare &Two Reports…"));
    m_compareReportsAction->setToolTip(tr("Show what changed from one report of the library to "
                                          "another: sections, sentences and indicators"));
    m_previousYearAction->setText(tr("Compare with &Previous Year"));
    m_previousYearAction->setToolTip(tr("Compare the current report with the library's report "
                                        "of the same place and type from the year before"));
    m_exportDiffAction->setText(tr("Export &Diff as PDF…"));
    m_exportDiffAction->setToolTip(tr("Write the comparison shown in the diff window to a PDF "
                                      "file"));
    // The docks' View menu entries with a mnemonic (a window title cannot carry one).
    m_treeDock->toggleViewAction()->setText(tr("&Sections Pane"));
    m_chartDock->toggleViewAction()->setText(tr("C&harts Pane"));
    m_tableDock->toggleViewAction()->setText(tr("F&igures Pane"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading"));
    // What a screen reader says for each pane (the views name their own inner widgets too).
    m_tree->treeView()->setAccessibleName(tr("Sections"));
    m_tree->treeView()->setAccessibleDescription(
        tr("The sections of the open reports; Space checks a section for export and print"));
    m_tree->filterEdit()->setAccessibleName(tr("Filter sections"));
    m_detail->textBrowser()->setAccessibleName(tr("Section text"));
    m_detail->textBrowser()->setAccessibleDescription(
        tr("The text of the selected section with its figures marked"));
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->setAccessibleDescription(tr("Bar charts of the selected section's figures"));
    if (auto *scroll = m_charts->findChild<QScrollArea *>(QStringLiteral("chartScrollArea"))) {
        scroll->setAccessibleName(tr("Charts"));
        scroll->setAccessibleDescription(tr("Bar charts of the selected section's figures"));
    }
    m_table->tableView()->setAccessibleName(tr("Figures"));
    m_table->tableView()->setAccessibleDescription(
        tr("Every figure in scope with its label, unit and sentence"));
    m_table->filterEdit()->setAccessibleName(tr("Filter figures"));
    m_loadProgress->setAccessibleName(tr("Loading progress"));
    updateStatus();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!LanguageManager::apply(code))
        return;
    if (m_options.useSettings)
        LanguageManager::savePreference(code);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings s = settings();
    const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray(), StateVersion);
    m_recentFiles = s.value(QStringLiteral("recentFiles")).toStringList();
    m_lastFolder = s.value(QStringLiteral("lastFolder")).toString();
    const QSignalBlocker blocker(m_restoreSessionAction);
    m_restoreSessionAction->setChecked(s.value(QStringLiteral("session/restore"), true).toBool());
}

void MainWindow::writeSettings()
{
    QSettings s = settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The docks the start page hid are part of the layout the user chose.
    for (QDockWidget *dock : std::as_const(m_docksHiddenForStart))
        dock->setVisible(true);
    s.setValue(QStringLiteral("window/state"), saveState(StateVersion));
    for (QDockWidget *dock : std::as_const(m_docksHiddenForStart))
        dock->setVisible(false);
    s.setValue(QStringLiteral("recentFiles"), m_recentFiles);
    s.setValue(QStringLiteral("lastFolder"), m_lastFolder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoading();
    if (m_options.useSettings) {
        writeSettings();
        writeSession();
    }
    event->accept();
}

void MainWindow::open()
{
    QString folder = m_lastFolder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Reports"), folder,
                                                            DocumentReaders::fileDialogFilter());
    if (files.isEmpty())
        return;
    m_lastFolder = QFileInfo(files.first()).absolutePath();
    if (m_options.useSettings)
        settings().setValue(QStringLiteral("lastFolder"), m_lastFolder);
    openFiles(files);
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const int row = m_documents->rowOfFile(absolute);
        if (row >= 0) {
            m_selection->selectSection(m_documents->indexForReport(row));
            statusBar()->showMessage(tr("%1 is already open.").arg(QFileInfo(path).fileName()),
                                     4000);
            continue;
        }
        const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [&](const PendingLoad &p) { return p.path == absolute; });
        if (!queued && !(m_job && m_job->path() == absolute))
            m_queue.append({absolute, false});
    }
    if (!m_job && m_queue.isEmpty())
        emit loadingFinished();
    startNextLoad();
}

void MainWindow::reload()
{
    const ReportPtr report = m_selection->currentReport();
    if (!report)
        return;
    if (report->filePath().isEmpty()) {
        statusBar()->showMessage(tr("This report has no file to read again."), 4000);
        return;
    }
    m_queue.append({report->filePath(), true});
    startNextLoad();
}

bool MainWindow::isLoading() const
{
    return m_job != nullptr || !m_queue.isEmpty();
}

void MainWindow::startNextLoad()
{
    if (m_job || m_queue.isEmpty())
        return;
    const PendingLoad next = m_queue.takeFirst();
    m_jobIsReload = next.reload;
    m_job = new ReportLoadJob(next.path, this);
    if (next.fromLibrary)
        m_job->setLoader(LibraryPane::storeLoader(m_library->databasePath()));
    connect(m_job, &ReportLoadJob::progress, m_loadProgress, &QProgressBar::setValue);
    connect(m_job, &ReportLoadJob::finished, this, &MainWindow::onLoadFinished);
    m_loadLabel->setText(tr("Loading %1…").arg(QFileInfo(next.path).fileName()));
    m_loadProgress->setValue(0);
    m_loadLabel->show();
    m_loadProgress->show();
    m_cancelButton->show();
    m_job->start();
}

void MainWindow::cancelLoading()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
}

void MainWindow::onLoadFinished(const ReportLoader::Result &result)
{
    ReportLoadJob *job = m_job;
    m_job = nullptr;
    const QString path = job->path();
    job->deleteLater();

    if (result.ok() && m_jobIsReload && m_documents->rowOfFile(path) < 0) {
        // Closed while it was being read again: leave it closed.
    } else if (result.ok()) {
        addLoaded(result.report, m_jobIsReload);
        addRecentFile(path);
        statusBar()->showMessage(m_jobIsReload ? tr("Reloaded %1.").arg(QFileInfo(path).fileName())
                                               : tr("Opened %1.").arg(QFileInfo(path).fileName()),
                                 4000);
    } else if (result.error == ReportLoader::Error::Cancelled) {
        statusBar()->showMessage(tr("Loading cancelled."), 4000);
    } else {
        m_failures.append({path, result.errorMessage});
    }

    if (!m_queue.isEmpty()) {
        startNextLoad();
        return;
    }
    m_loadLabel->hide();
    m_loadProgress->hide();
    m_cancelButton->hide();
    showLoadErrors();
    emit loadingFinished();
}

int MainWindow::addLoaded(const ReportPtr &report, bool reload)
{
    Q_UNUSED(reload);
    // The lexicon's pages were needed to read the labels; nothing reads them until the next
    // load, and the window's peak memory comes later, when it paints.
    if (!isLoading())
        Segmenter::shared().releaseResidentPages();
    // A file that is open already is replaced in place: the report keeps its row and the
    // window keeps the section being read (DocumentSelection restores it by id).
    int row = m_documents->rowOfFile(report->filePath());
    if (row >= 0) {
        m_documents->replaceReport(row, report);
        return row;
    }
    row = m_documents->addReport(report);
    m_selection->selectSection(m_documents->indexForReport(row));
    return row;
}

int MainWindow::openFileNow(const QString &path, QString *errorMessage)
{
    const ReportLoader::Result result = ReportLoader::loadFile(path);
    if (!result.ok()) {
        if (errorMessage)
            *errorMessage = result.errorMessage;
        return -1;
    }
    addRecentFile(result.report->filePath());
    return addLoaded(result.report, false);
}

int MainWindow::openData(const QByteArray &data, const QString &name, QString *errorMessage)
{
    const ReportLoader::Result result = ReportLoader::loadData(data, name);
    if (!result.ok()) {
        if (errorMessage)
            *errorMessage = result.errorMessage;
        return -1;
    }
    return addLoaded(result.report, false);
}

void MainWindow::showLoadErrors()
{
    if (m_failures.isEmpty())
        return;
    const QList<QPair<QString, QString>> failures = m_failures;
    m_failures.clear();
    // Not modal to the application: the reports already open stay readable behind it.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Cannot Open Report"));
    if (failures.size() == 1) {
        const QString &path = failures.first().first;
        box->setText(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()));
        box->setInformativeText(failures.first().second + QStringLiteral("\n\n") +
                                QDir::toNativeSeparators(path));
    } else {
        box->setText(tr("Could not open these files:"));
        QStringList lines;
        for (const auto &f : failures)
            lines.append(QStringLiteral("%1: %2").arg(QFileInfo(f.first).fileName(), f.second));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        QStringList paths;
        for (const auto &f : failures)
            paths.append(QDir::toNativeSeparators(f.first));
        box->setDetailedText(paths.join(QLatin1Char('\n')));
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

void MainWindow::closeReport()
{
    const int row = m_selection->currentReportRow();
    if (row < 0)
        return;
    m_documents->removeReport(row);
    updateStatus();
    updateActions();
}

bool MainWindow::selectSection(int reportRow, const QString &sectionId)
{
    if (sectionId.isEmpty() || sectionId == QLatin1String("root")) {
        const QModelIndex index = m_documents->indexForReport(reportRow);
        m_selection->selectSection(index);
        return index.isValid();
    }
    const QModelIndex index = m_documents->indexForSectionId(reportRow, sectionId);
    if (!index.isValid())
        return false;
    m_selection->selectSection(index);
    return true;
}

void MainWindow::addRecentFile(const QString &path)
{
    // The bundled sample lives in the resources: nothing to reopen from disk.
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return;
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
    if (m_options.useSettings)
        settings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles.at(i);
        const QFileInfo info(path);
        //: Recent file entry: 1 number, 2 file name, 3 folder
        QAction *a = m_recentMenu->addAction(
            tr("&%1 %2 — %3")
                .arg(i + 1)
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFiles({path}); });
    }
    if (m_recentFiles.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::updateActions()
{
    const ReportPtr report = m_selection->currentReport();
    m_closeAction->setEnabled(report != nullptr);
    m_exportAction->setEnabled(report != nullptr);
    m_printAction->setEnabled(report != nullptr);
    m_printPreviewAction->setEnabled(report != nullptr);
    m_reloadAction->setEnabled(report && !report->filePath().isEmpty());
}

void MainWindow::updateStatus()
{
    const ReportPtr report = m_selection->currentReport();
    setWindowTitle(report ? tr("%1 — ReportScope").arg(report->displayName()) : tr("ReportScope"));
    if (!report) {
        m_encodingLabel->clear();
        m_sectionsLabel->clear();
        m_figuresLabel->clear();
        return;
    }
    m_encodingLabel->setText(report->encoding());
    m_encodingLabel->setToolTip(tr("Text encoding of the file"));
    m_sectionsLabel->setText(tr("Sections: %1").arg(QLocale().toString(report->sectionCount())));
    m_figuresLabel->setText(tr("Figures: %1").arg(QLocale().toString(report->figures().size())));
}

void MainWindow::settle(bool chartsInViewOnly)
{
    // Pending layouts and chart rebuilds are posted events and zero timers.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        m_charts->flush(chartsInViewOnly);
    }
}

QList<int> MainWindow::sectionsToExport(bool includeSubsections) const
{
    const ReportPtr report = m_selection->currentReport();
    if (!report)
        return {};
    return ExportSelection::forWindow(*report,
                                      m_documents->checkedSections(m_selection->currentReportRow()),
                                      m_selection->currentSectionIndex(), includeSubsections);
}

bool MainWindow::exportSections(const QString &path, const PdfExporter::Options &options,
                                bool includeSubsections, QString *errorMessage)
{
    const ReportPtr report = m_selection->currentReport();
    if (!report)
        return false;
    PdfExporter exporter(options);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exporter.exportToFile(*report, sectionsToExport(includeSubsections), path);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        if (errorMessage)
            *errorMessage = exporter.errorString();
        return false;
    }
    //: Status bar after an export: 1 the PDF file, 2 its page count
    statusBar()->showMessage(
        tr("Exported to %1. Pages: %2")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(exporter.pageCount())),
        6000);
    return true;
}

void MainWindow::exportSelectedSections()
{
    const ReportPtr report = m_selection->currentReport();
    if (!report)
        return;
    const int checked = int(m_documents->checkedSections(m_selection->currentReportRow()).size());
    const int current = m_selection->currentSectionIndex();
    ExportDialog dialog(m_options.useSettings, this);
    if (checked > 0) {
        //: Export dialog: 1 the report's title, 2 how many sections are checked
        dialog.setSummary(tr("Exports the checked sections of “%1” (checked: %2).")
                              .arg(report->displayName(), QLocale().toString(checked)));
    } else if (current >= 0) {
        dialog.setSummary(
            tr("Exports the selected section “%1” of “%2”.")
                .arg(DocumentModel::sectionLabel(*report, current), report->displayName()));
    } else {
        dialog.setSummary(tr("Exports the whole report “%1”.").arg(report->displayName()));
    }
    // The report's title as the file name, without characters file systems refuse.
    QString name = report->displayName();
    if (name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
        name.chop(4);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    dialog.setSuggestedFileName((name.isEmpty() ? QStringLiteral("report") : name) +
                                QStringLiteral(".pdf"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportSections(dialog.outputPath(), dialog.options(), dialog.includeSubsections(), &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About ReportScope"),
        tr("<h3>ReportScope %1</h3>"
           "<p>A browser for long, structured government reports: their sections, their "
           "text and the figures they state, each figure leading back to its sentence.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    openFiles(files);
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_startPage;
}

void MainWindow::updateStartPage()
{
    const bool empty = m_documents->reportCount() == 0;
    m_startPage->setRecentFiles(m_recentFiles);
    if (empty == m_startShown)
        return;
    m_startShown = empty;
    const QList<QDockWidget *> docks{m_treeDock, m_chartDock, m_tableDock};
    if (empty) {
        // Nothing to show in the docks: the start page takes the window until a report opens.
        m_docksHiddenForStart.clear();
        for (QDockWidget *dock : docks) {
            if (!dock->isHidden()) {
                m_docksHiddenForStart.append(dock);
                dock->hide();
            }
        }
        m_central->setCurrentWidget(m_startPage);
        if (isVisible())
            m_startPage->openButton()->setFocus();
    } else {
        for (QDockWidget *dock : std::as_const(m_docksHiddenForStart))
            dock->show();
        m_docksHiddenForStart.clear();
        m_central->setCurrentWidget(m_detail);
    }
}

void MainWindow::setLibraryAvailable(bool available)
{
    m_startPage->setLibraryAvailable(available);
}

void MainWindow::openSample()
{
    QFile sample(SampleReport);
    QString error;
    if (!sample.open(QIODevice::ReadOnly) || openData(sample.readAll(), SampleReport, &error) < 0)
        statusBar()->showMessage(tr("The sample report could not be opened. %1").arg(error), 6000);
}

void MainWindow::setTabOrders()
{
    // Left to right as the panes stand: tree (filter, then the tree), text, charts, figures.
    if (auto *scroll = m_charts->findChild<QScrollArea *>(QStringLiteral("chartScrollArea")))
        scroll->setFocusPolicy(Qt::StrongFocus);
    // Tab leaves the table for the next widget; the arrow keys move between its cells.
    m_table->tableView()->setTabKeyNavigation(false);
    QWidget *charts = m_charts->findChild<QScrollArea *>(QStringLiteral("chartScrollArea"));
    const QWidgetList chain{m_tree->treeView(), m_detail->textBrowser(), charts ? charts : m_charts,
                            m_table->tableView()};
    setTabOrder(m_tree->filterEdit(), m_tree->treeView());
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Qt's focus chain is creation order edited by setTabOrder(); the charts, made anew for
    // every section, join it elsewhere, and Tab then ran in a loop that never came back to the
    // tree. So Tab goes by pane: the tree, the text, the charts, the figures, then the rest
    // (library, start page), each pane's widgets in reading order (top to bottom, then left to
    // right).
    const QWidgetList containers{m_tree, m_detail, m_charts, m_table};
    const auto group = [&containers](const QWidget *w) {
        for (int i = 0; i < containers.size(); ++i) {
            if (containers.at(i) == w || containers.at(i)->isAncestorOf(w))
                return i;
        }
        return int(containers.size());
    };
    struct Stop
    {
        int group;
        QPoint at;
        QWidget *widget;
    };
    QList<Stop> order;
    QWidget *w = this;
    do {
        if (w->window() == this && w != this && w->isVisible() && w->isEnabled() &&
            !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus))
            order.append({group(w), w->mapTo(this, QPoint(0, 0)), w});
        w = w->nextInFocusChain();
    } while (w && w != this);
    std::stable_sort(order.begin(), order.end(), [](const Stop &a, const Stop &b) {
        if (a.group != b.group)
            return a.group < b.group;
        return a.at.y() != b.at.y() ? a.at.y() < b.at.y() : a.at.x() < b.at.x();
    });
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.at(i).widget == focus)
            at = i;
    }
    if (at < 0 || order.size() < 2)
        return QMainWindow::focusNextPrevChild(next);
    const qsizetype n = order.size();
    order.at((at + (next ? 1 : n - 1)) % n)
        .widget->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

QWidgetList MainWindow::panes() const
{
    if (isStartPageShown())
        return {m_startPage->openButton()};
    QWidgetList list;
    const auto add = [&](QDockWidget *dock, QWidget *widget) {
        if (!dock || !dock->isHidden())
            list.append(widget);
    };
    add(m_treeDock, m_tree->treeView());
    add(nullptr, m_detail->textBrowser());
    QWidget *charts = m_charts->findChild<QScrollArea *>(QStringLiteral("chartScrollArea"));
    add(m_chartDock, charts ? charts : m_charts);
    add(m_tableDock, m_table->tableView());
    return list;
}

void MainWindow::focusNextPane(bool forward)
{
    const QWidgetList list = panes();
    if (list.isEmpty())
        return;
    // The pane holding the focus is the one whose widget is the focus or contains it.
    int current = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < list.size() && focus; ++i) {
        const QWidget *pane = list.at(i);
        const QWidget *container = pane == m_tree->treeView()     ? m_tree
                                   : pane == m_table->tableView() ? m_table
                                                                  : pane;
        if (focus == container || container->isAncestorOf(focus))
            current = i;
    }
    const int n = int(list.size());
    const int next = current < 0 ? (forward ? 0 : n - 1) : (current + (forward ? 1 : n - 1)) % n;
    list.at(next)->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

bool MainWindow::restoresSession() const
{
    return m_restoreSessionAction->isChecked();
}

void MainWindow::writeSession()
{
    QStringList files;
    QStringList checked;
    for (int row = 0; row < m_documents->reportCount(); ++row) {
        const ReportPtr report = m_documents->report(row);
        if (!report || report->filePath().isEmpty() || report->filePath().startsWith(u':'))
            continue;
        files.append(report->filePath());
        QStringList ids;
        for (int section : m_documents->checkedSections(row))
            ids.append(report->section(section).id);
        checked.append(ids.join(QLatin1Char(',')));
    }
    const ReportPtr current = m_selection->currentReport();
    const int section = m_selection->currentSectionIndex();
    QSettings s = settings();
    s.setValue(QStringLiteral("session/files"), files);
    s.setValue(QStringLiteral("session/checked"), checked);
    s.setValue(QStringLiteral("session/currentFile"), current ? current->filePath() : QString());
    s.setValue(QStringLiteral("session/currentSection"),
               current && section >= 0 ? current->section(section).id : QString());
}

int MainWindow::restoreSession()
{
    const QSettings s = settings();
    const QStringList files = s.value(QStringLiteral("session/files")).toStringList();
    const QStringList checked = s.value(QStringLiteral("session/checked")).toStringList();
    const QString currentFile = s.value(QStringLiteral("session/currentFile")).toString();
    const QString currentSection = s.value(QStringLiteral("session/currentSection")).toString();
    QStringList present;
    QStringList missing;
    QHash<QString, QStringList> checkedOf;
    for (int i = 0; i < files.size(); ++i) {
        if (QFileInfo(files.at(i)).isFile()) {
            present.append(files.at(i));
            checkedOf.insert(files.at(i), checked.value(i).split(u',', Qt::SkipEmptyParts));
        } else {
            missing.append(QFileInfo(files.at(i)).fileName());
        }
    }
    if (!missing.isEmpty()) {
        //: Status bar on start: files of the last session that are gone; %1 their names
        statusBar()->showMessage(
            tr("Not found, not reopened: %1").arg(missing.join(QStringLiteral(", "))), 15000);
    }
    if (present.isEmpty())
        return 0;
    // Once everything is loaded: the checks back on each report, and the section being read.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &MainWindow::loadingFinished, this,
                          [this, connection, checkedOf, currentFile, currentSection] {
                              disconnect(*connection);
                              for (auto it = checkedOf.cbegin(); it != checkedOf.cend(); ++it) {
                                  const int row = m_documents->rowOfFile(it.key());
                                  const ReportPtr report = m_documents->report(row);
                                  if (!report)
                                      continue;
                                  for (int i = 0; i < report->sectionCount(); ++i) {
                                      if (it.value().contains(report->section(i).id))
                                          m_documents->setSectionChecked(row, i, true);
                                  }
                              }
                              const int row = m_documents->rowOfFile(currentFile);
                              if (row >= 0 && !selectSection(row, currentSection))
                                  selectSection(row, QString());
                          });
    openFiles(present);
    return int(present.size());
}

bool MainWindow::printSections(QPrinter *printer, QString *errorMessage)
{
    const ReportPtr report = m_selection->currentReport();
    if (!report) {
        if (errorMessage)
            *errorMessage = tr("No report is open.");
        return false;
    }
    // The margins are the layout's, measured from the sheet's edge as in the PDF.
    printer->setFullPage(true);
    PdfExporter exporter;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exporter.paintTo(*report, sectionsToExport(true), printer);
    QApplication::restoreOverrideCursor();
    if (!ok && errorMessage)
        *errorMessage = exporter.errorString();
    return ok;
}

void MainWindow::print()
{
    if (!m_selection->currentReport())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_selection->currentReport()->displayName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Sections"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printSections(&printer, &error))
        QMessageBox::warning(this, tr("Print Failed"), error);
    else
        statusBar()->showMessage(tr("Sent to the printer."), 4000);
}

void MainWindow::printPreview()
{
    if (!m_selection->currentReport())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_selection->currentReport()->displayName());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { printSections(p); });
    dialog.resize(size() * 0.9);
    dialog.exec();
}
