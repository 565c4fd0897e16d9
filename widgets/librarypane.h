#ifndef REPORTSCOPE_LIBRARYPANE_H
#define REPORTSCOPE_LIBRARYPANE_H

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

signals:
    /** A report or a search result was activated: open path at the section with this id
     *  (empty for the report) and find term in it (may be empty). */
    void openRequested(const QString &path, const QString &sectionId, const QString &term);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool ensureOpen();
    void retranslate();
    void activate(QTreeWidgetItem *item);

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
