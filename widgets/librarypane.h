#ifndef REPORTSCOPE_LIBRARYPANE_H
#define REPORTSCOPE_LIBRARYPANE_H

#include "import/reportloadjob.h"

#include <QString>
#include <QWidget>

#include <memory>

class LibraryDatabase;
class LibraryIndexJob;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * The library in the window: its reports grouped by type, place and year with counts, a
 * search box whose results open the section, and Add Folder… with progress and Cancel.
 *
 * The database is opened after the pane is first shown and painted, so that a window
 * restoring an open pane paints before it reads the library, with the header check only (a
 * full check reads the whole file; the indexing job runs that on its own thread).
 */
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(const QString &databasePath, QWidget *parent = nullptr);
    ~LibraryPane() override;

    /** Re-reads the groups from the database. */
    void refresh();
    /** Indexes a folder in the background. */
    void addPaths(const QStringList &paths);
    /** Asks for a folder and indexes it. */
    void addFolder();
    /** Runs the query in the search box's place. */
    void search(const QString &query);

    QString databasePath() const { return m_databasePath; }
    /** A loader for ReportLoadJob that opens a file of the library from its stored parse
     *  (LibraryReportStore, its own connection on the worker thread). */
    static ReportLoadJob::Loader storeLoader(const QString &databasePath);

    /** Asks for two reports of the library (B preset to presetB when given, A to its previous
     *  year) and emits diffRequested. */
    void chooseDiff(const QString &presetB = QString());
    /** Emits diffRequested for path and the library's report of the same place and type in
     *  the year before; says so in the status line when there is none. Returns whether it
     *  found one. */
    bool diffPreviousYear(const QString &path);
    /** The path of the report item selected in the groups, or empty. */
    QString selectedPath() const;
signals:
    /** A report or a search result was activated: open path at the section with this id
     *  (empty for the report) and find term in it (may be empty). */
    void openRequested(const QString &path, const QString &sectionId, const QString &term);
    /** Compare report pathA (the earlier) with pathB. */
    void diffRequested(const QString &pathA, const QString &pathB);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool ensureOpen();
    void retranslate();
    void activate(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);

    QString m_databasePath;
    std::unique_ptr<LibraryDatabase> m_db;
    LibraryIndexJob *m_job = nullptr;
    bool m_listAfterPaint = false; ///< shown, not yet painted: list the groups after that
    QLineEdit *m_searchBox;
    QTreeWidget *m_results;
    QTreeWidget *m_groups;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_addButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
};

#endif // REPORTSCOPE_LIBRARYPANE_H
