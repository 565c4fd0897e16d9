#ifndef REPORTSCOPE_FIGURETABLEVIEW_H
#define REPORTSCOPE_FIGURETABLEVIEW_H

#include <QWidget>

class DocumentSelection;
class FigureFilterModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/**
 * A sortable, filterable table of figures: of the current section and its subsections, of
 * the current report, or of every open report. The current row follows the current figure
 * and choosing a row makes its figure current. Copy puts the selected figures on the
 * clipboard with their citations.
 *
 * The table lists the figures in document order until the user sorts by a column; on a
 * report with millions of figures, filtering and sorting run on the proxy's worker thread
 * while a "working" note shows. Typing into the filter box filters once typing pauses
 * (filterDelay()), not on every keystroke; Return or clearing the box filters at once.
 */
class FigureTableView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy)

public:
    enum Scope { SectionScope, ReportScope, AllReportsScope };
    Q_ENUM(Scope)

    explicit FigureTableView(DocumentSelection *selection, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    FigureFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QAction *copyAction() const { return m_copyAction; }
    Scope scope() const;
    void setScope(Scope scope);

    /** Milliseconds the filter box waits after a keystroke before it filters. */
    static constexpr int filterDelay() { return 250; }
    /** True while typed filter text waits to be applied or the proxy works on it. */
    bool isBusy() const;

    /** The selected figures (or the current one) as text: figure, then citation. */
    QString selectedFiguresText() const;

public slots:
    void copySelection();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateScope();
    void showCurrentFigure();
    void onTableCurrentChanged(const QModelIndex &current);
    void applyFilterText();

    DocumentSelection *m_selection;
    FigureFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_scopeBox;
    QLabel *m_busyLabel;
    QTableView *m_table;
    QAction *m_copyAction;
    QTimer *m_filterTimer;
    int m_syncing = 0;
};

#endif // REPORTSCOPE_FIGURETABLEVIEW_H
