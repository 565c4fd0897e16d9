#ifndef REPORTSCOPE_COVERAGEVIEW_H
#define REPORTSCOPE_COVERAGEVIEW_H

#include <QString>
#include <QWidget>

class LibraryJob;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ReportCoverageModel;

/**
 * Library ▸ Coverage…: the library's 法治政府建设 reports against the nine parts of
 * 《法治政府建设实施纲要（2021—2025年）》 and the standard indicators each reports or omits
 * (ReportCoverage), exported as CSV or XLSX. Double-clicking a part opens the report at the
 * first section that mentions it.
 *
 * The reports come from the library's stored parses on a worker thread (LibraryJob) with
 * progress and Cancel; a file is read again only when it changed.
 */
class CoverageView : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageView(const QString &databasePath, QWidget *parent = nullptr);
    ~CoverageView() override;

    /** Reads the reports again and fills the matrix. */
    void refresh();
    bool isBusy() const { return m_job != nullptr; }
    /** Writes the matrix to path as CSV or XLSX (by its suffix). */
    bool exportTo(const QString &path, QString *error) const;
    ReportCoverageModel *model() const { return m_model; }

signals:
    /** Open path at the section with this id (empty: the report). */
    void openRequested(const QString &path, const QString &sectionId, const QString &term);
    /** The matrix was filled (or the job ended with an error or cancelled). */
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void exportMatrix();
    void activate(const QModelIndex &index);

    QString m_databasePath;
    LibraryJob *m_job = nullptr;
    bool m_filled = false;
    ReportCoverageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_refreshButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QTableView *m_table;
    QString m_summary;
};

#endif // REPORTSCOPE_COVERAGEVIEW_H
