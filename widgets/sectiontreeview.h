#ifndef REPORTSCOPE_SECTIONTREEVIEW_H
#define REPORTSCOPE_SECTIONTREEVIEW_H

#include <QTimer>
#include <QWidget>

class DocumentSelection;
class QAction;
class QLineEdit;
class QToolButton;
class QTreeView;
class SectionFilterModel;

/**
 * The open reports and their sections as a tree, markers and titles as in the report, with a
 * filter box (titles and text; ancestors of matches stay). The tree's current item is the
 * window's current section, and it is kept in view.
 */
class SectionTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit SectionTreeView(DocumentSelection *selection, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    SectionFilterModel *filterModel() const { return m_filter; }
    QAction *expandAllAction() const { return m_expandAll; }
    QAction *collapseAllAction() const { return m_collapseAll; }
    QAction *focusFilterAction() const { return m_focusFilter; }

public slots:
    void setFilterText(const QString &text);
    void expandAll();
    void collapseAll();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void showCurrentSection();
    void onTreeCurrentChanged(const QModelIndex &current);
    void expandDefault(const QModelIndex &parent);

    DocumentSelection *m_selection;
    SectionFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QToolButton *m_expandButton;
    QToolButton *m_collapseButton;
    QTreeView *m_tree;
    QAction *m_expandAll;
    QAction *m_collapseAll;
    QAction *m_focusFilter;
    QTimer m_filterTimer;
    int m_syncing = 0;
};

#endif // REPORTSCOPE_SECTIONTREEVIEW_H
