#ifndef REPORTSCOPE_DIFFVIEW_H
#define REPORTSCOPE_DIFFVIEW_H

#include "core/report.h"

#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>

class IndicatorChangeModel;
class LatestJobWorker;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTreeView;
class ReportDiff;
class ReportDiffModel;

/**
 * What changed from one report to another, in a window of its own: the two section trees
 * aligned (added, removed and changed sections marked in colour and in words), the sentences
 * of the selected pair with inserted and deleted text marked, and the table of indicator
 * changes. The diff is computed by ReportDiff; this view only shows its models.
 *
 * load() reads the two reports and computes their diff on one worker thread of the view's
 * own, with progress and Cancel; a newer load() supersedes one still running, whose result is
 * dropped. Closing or deleting the view during a load is safe: the destructor cancels the load
 * and waits for the worker.
 */
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /** Shows the diff of a (the earlier report) against b. */
    void setReports(const ReportPtr &a, const ReportPtr &b);
    /** Starts reading both files in the background, through the library's stored parses when
     *  databasePath is set, and shows their diff when done (loaded()). */
    void load(const QString &pathA, const QString &pathB, const QString &databasePath);
    /** Stops the running load, if any; loaded() follows with ok false. */
    void cancelLoad();
    bool isLoading() const { return m_cancel != nullptr; }
    bool hasDiff() const;
    /** Asks for a file name and writes the diff as PDF. */
    void exportPdf();
    /** Writes the diff as PDF to path; false with *error set on failure. */
    bool exportPdfTo(const QString &path, QString *error);

    ReportDiffModel *sectionModel() const { return m_sections; }
    IndicatorChangeModel *indicatorModel() const { return m_indicators; }
    QTreeView *sectionView() const { return m_tree; }
    /** The sentence diff of the current pair as shown. */
    QTextBrowser *textView() const { return m_text; }
    /** Selects the pair with this index into ReportDiff::sections(). */
    void selectPair(int pair);

signals:
    /** A load() began (after any earlier one was superseded). */
    void loadingStarted(const QString &pathA, const QString &pathB);
    /** Of the newest load(): step done of total, and the file being read. */
    void loadProgress(int done, int total, const QString &what);
    /** The newest load() ended: ok with the diff shown, else error says why (translated). */
    void loaded(bool ok, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;
    void retranslate();
    void showPair(int pair);
    void showDiff(const ReportPtr &a, const ReportPtr &b, std::shared_ptr<const ReportDiff> diff);
    void finishLoad(quint64 request, const std::shared_ptr<Loaded> &result);

    ReportPtr m_a;
    ReportPtr m_b;
    std::shared_ptr<const ReportDiff> m_diff;
    ReportDiffModel *m_sections;
    IndicatorChangeModel *m_indicators;
    QLabel *m_header;
    QTreeView *m_tree;
    QTextBrowser *m_text;
    QTableView *m_table;
    QLabel *m_tableTitle;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    int m_pair = -1;
    QString m_loadError;   ///< why the last load failed, shown in the header
    quint64 m_request = 0; ///< the newest load()'s number; older results are dropped
    std::shared_ptr<std::atomic_bool> m_cancel; ///< the running load's flag; null when idle
    std::unique_ptr<LatestJobWorker> m_worker;
};

#endif // REPORTSCOPE_DIFFVIEW_H
