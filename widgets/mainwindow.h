#ifndef REPORTSCOPE_MAINWINDOW_H
#define REPORTSCOPE_MAINWINDOW_H

#include "export/pdfexporter.h"
#include "import/reportloader.h"

#include <QMainWindow>
#include <QPair>
#include <QStringList>

class DetailPane;
class DocumentModel;
class DocumentSelection;
class FigureChartView;
class FigureModel;
class FigureTableView;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPrinter;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class ReportLoadJob;
class SectionTreeView;
class StartPage;

/**
 * The main window: the section tree on the left, the detail pane in the centre, charts and
 * the figure table on the right, all views of one DocumentModel kept in step by one
 * DocumentSelection. Opens, reloads and closes reports (loading off the GUI thread) and
 * remembers its layout and recent files.
 */
class CompareView;
class CoverageView;
class DiffView;
class LibraryPane;
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        /** Read and write QSettings (geometry, dock layout, recent files, last folder).
         *  Off for screenshots and tests, which must look the same everywhere. */
        bool useSettings = true;
        /** The library database; empty for the default (LibraryDatabase::defaultPath()). */
        QString libraryPath;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentModel *documentModel() const { return m_documents; }
    FigureModel *figureModel() const { return m_figures; }
    DocumentSelection *selection() const { return m_selection; }
    SectionTreeView *sectionTree() const { return m_tree; }
    DetailPane *detailPane() const { return m_detail; }
    FigureChartView *chartView() const { return m_charts; }
    FigureTableView *figureTable() const { return m_table; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    StartPage *startPage() const { return m_startPage; }
    /** True while no report is open and the start page stands in the centre. */
    bool isStartPageShown() const;
    /** The panes F6 cycles through, in order: section tree, text, charts, figure table
     *  (the visible ones; the start page alone while it is shown). */
    QWidgetList panes() const;
    /** Moves the focus to the next (or previous) pane after the one holding the focus. */
    void focusNextPane(bool forward = true);

    /** Queues files to load in the background; files already open are only selected. */
    void openFiles(const QStringList &paths);
    /** Loads a file now, on this thread (screenshots, tests); returns the report row or -1. */
    int openFileNow(const QString &path, QString *errorMessage = nullptr);
    /** Opens a report from bytes, e.g. the bundled sample; name stands for its path. */
    int openData(const QByteArray &data, const QString &name, QString *errorMessage = nullptr);
    /** Selects a section by id ("1.7.2"), or the report row for an empty id or "root". */
    bool selectSection(int reportRow, const QString &sectionId);
    bool isLoading() const;
    QStringList recentFiles() const { return m_recentFiles; }
    /** Builds pending charts and lays everything out, so that grab() shows the final state;
     *  with chartsInViewOnly the chart views out of view are left to the idle passes. */
    void settle(bool chartsInViewOnly = false);
    /** Sections of the current report to export: the checked ones, or the tree's current
     *  section (the whole report for a report row) when none is checked. */
    QList<int> sectionsToExport(bool includeSubsections) const;
    /** Exports sectionsToExport() to path without asking; false and a message on failure. */
    bool exportSections(const QString &path, const PdfExporter::Options &options,
                        bool includeSubsections, QString *errorMessage = nullptr);
    /** Prints sectionsToExport(true) on printer with the PDF export's layout (PdfExporter
     *  paints on the printer); false and a message on failure. */
    bool printSections(QPrinter *printer, QString *errorMessage = nullptr);
    /** Reopens the reports of the last session (File ▸ Reopen Last Session on Start) and
     *  selects their sections once loaded; files gone missing are named in the status bar.
     *  Returns how many files are being opened. */
    int restoreSession();
    /** Whether restoreSession() is wanted on start (a setting, on by default). */
    bool restoresSession() const;
    /** The library is built in: show its entry on the start page. */
    void setLibraryAvailable(bool available);
    LibraryPane *libraryPane() const { return m_library; }
    /** Opens (or raises) the diff window and starts reading reports pathA (earlier) and
     *  pathB there, from the library's stored parses, off the GUI thread; a file that cannot
     *  be read is named in the window. Returns true (kept for callers of the old, blocking
     *  form). */
    bool showDiff(const QString &pathA, const QString &pathB, QString *errorMessage = nullptr);
    /** The diff window, once one was shown; else null. */
    DiffView *diffView() const { return m_diffView; }
    QAction *exportDiffAction() const { return m_exportDiffAction; }

public slots:
    void open();
    void reload();
    void closeReport();
    /** Asks for a file and options (ExportDialog), then exports sectionsToExport(). */
    void exportSelectedSections();
    /** File ▸ Print… (Ctrl+P) and File ▸ Print Preview… */
    void print();
    void printPreview();
    /** Opens the bundled sample report (:/reportscope/sample-report.txt). */
    void openSample();
    void cancelLoading();
    void about();

signals:
    /** The load queue ran empty (after openFiles() or reload()). */
    void loadingFinished();
    /** The start page's "Add a Folder to the Library…": for the library to connect. */
    void addFolderRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct PendingLoad
    {
        QString path;
        bool reload = false;
        bool fromLibrary = false; ///< through the library's stored parse
    };

    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void retranslate();
    /** View ▸ Language: installs the language at once and remembers it. */
    void setLanguage(const QString &code);
    void readSettings();
    void writeSettings();
    void startNextLoad();
    void onLoadFinished(const ReportLoader::Result &result);
    int addLoaded(const ReportPtr &report, bool reload);
    void showLoadErrors();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateStatus();
    void updateActions();
    void updateStartPage();
    void writeSession();
    void setTabOrders();

    Options m_options;
    DocumentModel *m_documents;
    FigureModel *m_figures;
    DocumentSelection *m_selection;
    SectionTreeView *m_tree;
    DetailPane *m_detail;
    FigureChartView *m_charts;
    FigureTableView *m_table;
    StartPage *m_startPage;
    QStackedWidget *m_central;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_tableDock = nullptr;
    // The library pane (docked, hidden until asked for) and the section a result opens at.
    void createLibrary();
    void openLibraryHit(const QString &path, const QString &sectionId, const QString &term);
    LibraryPane *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QMenu *m_libraryMenu = nullptr;
    QAction *m_addFolderAction = nullptr;
    /** Library ▸ Compare Indicator… and Coverage…: windows of their own, made on first use. */
    void showCompareView();
    void showCoverageView();
    QString libraryPath() const;
    QAction *m_compareAction = nullptr;
    QAction *m_coverageAction = nullptr;
    CompareView *m_compareView = nullptr;
    CoverageView *m_coverageView = nullptr;
    QAction *m_compareReportsAction = nullptr;
    QAction *m_previousYearAction = nullptr;
    QAction *m_exportDiffAction = nullptr;
    DiffView *m_diffView = nullptr;
    QString m_pendingLibraryPath, m_pendingLibrarySection, m_pendingLibraryTerm;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_restoreSessionAction = nullptr;
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_encodingLabel = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QLabel *m_figuresLabel = nullptr;
    QLabel *m_loadLabel = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QList<PendingLoad> m_queue;
    ReportLoadJob *m_job = nullptr;
    bool m_jobIsReload = false;
    QList<QPair<QString, QString>> m_failures; ///< path, reason
    QStringList m_recentFiles;
    QString m_lastFolder;
    /** Docks shown before the start page hid them, restored with the first report. */
    QList<QDockWidget *> m_docksHiddenForStart;
    bool m_startShown = false;
};

#endif // REPORTSCOPE_MAINWINDOW_H
