#ifndef REPORTSCOPE_COMPAREVIEW_H
#define REPORTSCOPE_COMPAREVIEW_H

#include <QString>
#include <QWidget>

class IndicatorComparisonModel;
class LibraryJob;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/**
 * Library ▸ Compare Indicator…: one indicator (a catalogue name, or any figure label) across
 * the library, filtered by issuer or place and by type. One place over the years is a line
 * chart, many places in one year a bar chart; the table below cites each value's report,
 * section, page and sentence, marks conflicts, and opens the report at the sentence on
 * double-click. Exports CSV and XLSX with the citations.
 *
 * The comparison runs on a worker thread (LibraryJob) with its own connection.
 */
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(const QString &databasePath, QWidget *parent = nullptr);
    ~CompareView() override;

    /** Compares indicator (a name, id or label) with the filters now set. */
    void compare(const QString &indicator);
    /** The chart's year: 0 chooses (line over years, or bars of one year for many places). */
    void setChartYear(int year);
    void setIssuerFilter(const QString &text);
    /** Writes the rows to path as CSV or XLSX (by its suffix); false with *error on failure. */
    bool exportTo(const QString &path, QString *error) const;

    IndicatorComparisonModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QChartView *chartView() const { return m_chart; }
    bool isBusy() const;

signals:
    /** Open path at the section with this id and find the sentence in it. */
    void openRequested(const QString &path, const QString &sectionId, const QString &term);
    /** A comparison ended (also with an error or no rows). */
    void compared();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadIndicators();
    void startCompare();
    void showRows();
    void redrawChart();
    void exportRows();
    void activate(const QModelIndex &index);

    QString m_databasePath;
    LibraryJob *m_job = nullptr;
    LibraryJob *m_labelsJob = nullptr;
    bool m_labelsLoaded = false;
    IndicatorComparisonModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_indicatorLabel;
    QComboBox *m_indicator;
    QLabel *m_issuerLabel;
    QLineEdit *m_issuer;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_yearLabel;
    QComboBox *m_year;
    QPushButton *m_compareButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QChartView *m_chart;
    QTableView *m_table;
    QString m_error;
};

#endif // REPORTSCOPE_COMPAREVIEW_H
