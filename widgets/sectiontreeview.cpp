#include "widgets/sectiontreeview.h"

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/sectionfiltermodel.h"
#include "widgets/sectionroledelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

SectionTreeView::SectionTreeView(DocumentSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_filter(new SectionFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_expandButton(new QToolButton(this))
    , m_collapseButton(new QToolButton(this))
    , m_tree(new QTreeView(this))
    , m_expandAll(new QAction(this))
    , m_collapseAll(new QAction(this))
    , m_focusFilter(new QAction(this))
{
    m_filter->setObjectName(QStringLiteral("sectionFilter"));
    m_filter->setSourceModel(selection->documentModel());

    m_filterEdit->setObjectName(QStringLiteral("sectionFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);

    // Arrows drawn by the style: no icon theme needed, and they follow the palette.
    m_expandButton->setArrowType(Qt::DownArrow);
    m_expandButton->setAutoRaise(true);
    m_expandButton->setDefaultAction(m_expandAll);
    m_expandButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_collapseButton->setArrowType(Qt::RightArrow);
    m_collapseButton->setAutoRaise(true);
    m_collapseButton->setDefaultAction(m_collapseAll);
    m_collapseButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_expandAll->setObjectName(QStringLiteral("expandAllAction"));
    m_collapseAll->setObjectName(QStringLiteral("collapseAllAction"));
    m_focusFilter->setObjectName(QStringLiteral("focusSectionFilterAction"));
    m_focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_expandAll, &QAction::triggered, this, &SectionTreeView::expandAll);
    connect(m_collapseAll, &QAction::triggered, this, &SectionTreeView::collapseAll);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_tree->setObjectName(QStringLiteral("sectionTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new SectionRoleDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    setFocusProxy(m_tree);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 4, 2);
    top->setSpacing(2);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_expandButton);
    top->addWidget(m_collapseButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    // Filtering re-runs over every section's text: wait for a pause in typing.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(&m_filterTimer, &QTimer::timeout, this, &SectionTreeView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SectionTreeView::onTreeCurrentChanged);
    connect(selection, &DocumentSelection::currentSectionChanged, this,
            &SectionTreeView::showCurrentSection);
    // A newly opened (or reloaded) report shows its top two levels.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                // Rows the filter brings back are expanded by applyFilter(), all at once.
                if (m_syncing > 0 || (parent.isValid() && parent.parent().isValid()))
                    return;
                for (int row = first; row <= last; ++row)
                    expandDefault(parent.isValid() ? m_filter->index(row, 0, parent)
                                                   : m_filter->index(row, 0));
                if (parent.isValid())
                    m_tree->expand(parent);
                showCurrentSection();
            });

    retranslate();
}

void SectionTreeView::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter sections…"));
    m_filterEdit->setToolTip(tr("Show only sections whose title or text contains this text "
                                "(with the sections above them)"));
    m_expandAll->setText(tr("&Expand All"));
    m_expandAll->setToolTip(tr("Expand all sections"));
    m_collapseAll->setText(tr("C&ollapse All"));
    m_collapseAll->setToolTip(tr("Collapse to the top-level sections"));
    m_focusFilter->setText(tr("Filter &Sections"));
}

void SectionTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SectionTreeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            m_filterTimer.stop();
            applyFilter();
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
            setFilterText(QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SectionTreeView::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
    m_filterTimer.stop();
    applyFilter();
}

void SectionTreeView::applyFilter()
{
    ++m_syncing;
    m_filter->setText(m_filterEdit->text());
    if (m_filter->text().isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            expandDefault(m_filter->index(row, 0));
    } else {
        m_tree->expandAll(); // every match in view
    }
    --m_syncing;
    showCurrentSection();
}

void SectionTreeView::expandDefault(const QModelIndex &report)
{
    if (!report.isValid())
        return;
    // The item and its children, laid out once: expanding tens of thousands of sections one
    // by one lays the tree out as often.
    m_tree->expandRecursively(report, 1);
}

void SectionTreeView::expandAll()
{
    m_tree->expandAll();
    showCurrentSection();
}

void SectionTreeView::collapseAll()
{
    m_tree->collapseAll();
    // Report rows stay open: their top-level sections are the outline.
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_tree->expand(m_filter->index(row, 0));
}

void SectionTreeView::showCurrentSection()
{
    ++m_syncing;
    const QModelIndex proxy = m_filter->mapFromSource(m_selection->currentSection());
    QItemSelectionModel *sm = m_tree->selectionModel();
    if (proxy.isValid()) {
        if (sm->currentIndex() != proxy || !sm->isSelected(proxy))
            sm->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(proxy); // expands its ancestors too
    } else {
        sm->clearSelection();
    }
    --m_syncing;
}

void SectionTreeView::onTreeCurrentChanged(const QModelIndex &current)
{
    if (m_syncing > 0 || m_selection->isUpdating() || !current.isValid())
        return;
    m_selection->selectSection(m_filter->mapToSource(current));
}
