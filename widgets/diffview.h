#ifndef REPORTSCOPE_DIFFVIEW_H
#define REPORTSCOPE_DIFFVIEW_H

#include "core/report.h"

#include <QString>
#include <QWidget>

#include <memory>

class IndicatorChangeModel;
class QLabel;
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
 */
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /** Shows the diff of a (the earlier report) against b. */
    void setReports(const ReportPtr &a, const ReportPtr &b);
    /** Opens both files, through the library's stored parses when databasePath is set, and
     *  shows their diff; false with *error set when a file cannot be read. */
    bool openFiles(const QString &pathA, const QString &pathB, const QString &databasePath,
                   QString *error);
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPair(int pair);

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
    int m_pair = -1;
};

#endif // REPORTSCOPE_DIFFVIEW_H
