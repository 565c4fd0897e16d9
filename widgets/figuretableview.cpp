#include "widgets/figuretableview.h"

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

FigureTableView::FigureTableView(DocumentSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_filter(new FigureFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_scopeBox(new QComboBox(this))
    , m_busyLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_copyAction(new QAction(this))
    , m_filterTimer(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("tableFigureFilter"));
    m_filter->setSourceModel(selection->figureModel());

    m_filterEdit->setObjectName(QStringLiteral("figureFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_scopeBox->setObjectName(QStringLiteral("figureScopeBox"));
    m_scopeBox->addItems({QString(), QString(), QString()});
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busyLabel->setObjectName(QStringLiteral("figureBusyLabel"));
    m_busyLabel->setEnabled(false); // drawn in the palette's disabled text colour
    m_busyLabel->hide();

    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Document order until the user sorts by a column: the section column sorts by index.
    m_table->sortByColumn(FigureModel::SectionColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnHidden(FigureModel::QualifierColumn, true);
    m_table->setColumnHidden(FigureModel::KindColumn, true);
    const int em = m_table->fontMetrics().horizontalAdvance(QChar(0x4E00));
    m_table->setColumnWidth(FigureModel::SectionColumn, em * 7);
    m_table->setColumnWidth(FigureModel::LabelColumn, em * 8);
    m_table->setColumnWidth(FigureModel::ValueColumn, em * 5);
    m_table->setColumnWidth(FigureModel::UnitColumn, em * 4); // 万亿元
    m_table->setColumnWidth(FigureModel::KindColumn, em * 5);
    m_table->setColumnWidth(FigureModel::PageColumn, em * 3);
    // The page stands before the quote, which takes the rest of the width.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(FigureModel::PageColumn),
                        header->visualIndex(FigureModel::QuoteColumn));
    m_table->setColumnHidden(FigureModel::ApproximateColumn, true);
    m_table->setColumnWidth(FigureModel::RoleColumn, em * 5);
    m_table->setColumnWidth(FigureModel::PeriodColumn, em * 6);
    m_table->setColumnWidth(FigureModel::ApproximateColumn, em * 4);

    // Columns can be shown and hidden from the header's context menu.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                QMenu menu(this);
                for (int c = 0; c < m_filter->columnCount(); ++c) {
                    QAction *a = menu.addAction(m_filter->headerData(c, Qt::Horizontal).toString());
                    a->setCheckable(true);
                    a->setChecked(!m_table->isColumnHidden(c));
                    connect(a, &QAction::toggled, this,
                            [this, c](bool on) { m_table->setColumnHidden(c, !on); });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
            });

    m_copyAction->setObjectName(QStringLiteral("copyFigureAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &FigureTableView::copySelection);
    m_table->addAction(m_copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 4, 2);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_busyLabel);
    top->addWidget(m_scopeBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    // Each filter pass may run over millions of figures: wait until typing pauses.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelay());
    connect(m_filterTimer, &QTimer::timeout, this, &FigureTableView::applyFilterText);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            applyFilterText(); // showing everything needs no pass over the figures
        else
            m_filterTimer->start();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &FigureTableView::applyFilterText);
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, &FigureTableView::updateScope);
    // The proxy resets itself when its rows change, at once or when a filter or sort of a
    // large table is done on its worker thread: select the current figure again.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FigureTableView::showCurrentFigure);
    connect(m_filter, &FigureFilterModel::busyChanged, m_busyLabel, &QWidget::setVisible);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FigureTableView::onTableCurrentChanged);
    connect(selection, &DocumentSelection::currentSectionChanged, this,
            &FigureTableView::updateScope);
    connect(selection, &DocumentSelection::currentFigureChanged, this,
            &FigureTableView::showCurrentFigure);

    retranslate();
    updateScope();
}

bool FigureTableView::isBusy() const
{
    return m_filterTimer->isActive() || m_filter->isBusy();
}

void FigureTableView::applyFilterText()
{
    m_filterTimer->stop();
    ++m_syncing;
    m_filter->setText(m_filterEdit->text().trimmed());
    --m_syncing;
    showCurrentFigure();
}

void FigureTableView::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter figures…"));
    m_filterEdit->setToolTip(tr("Show only figures whose indicator, sentence or section "
                                "contains this text"));
    m_scopeBox->setItemText(SectionScope, tr("This section"));
    m_scopeBox->setItemText(ReportScope, tr("Whole report"));
    m_scopeBox->setItemText(AllReportsScope, tr("All reports"));
    m_scopeBox->setToolTip(tr("Which figures the table lists"));
    m_copyAction->setText(tr("&Copy with Citation"));
    m_busyLabel->setText(tr("Working…"));
    m_busyLabel->setToolTip(tr("Filtering or sorting a large table"));
}

void FigureTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

FigureTableView::Scope FigureTableView::scope() const
{
    return Scope(qMax(0, m_scopeBox->currentIndex()));
}

void FigureTableView::setScope(Scope scope)
{
    m_scopeBox->setCurrentIndex(scope);
}

void FigureTableView::updateScope()
{
    int first = -1;
    int end = -1;
    int reportRow = -1;
    switch (scope()) {
    case SectionScope:
        m_selection->currentSectionRange(&first, &end);
        reportRow = m_selection->currentReportRow();
        break;
    case ReportScope:
        reportRow = m_selection->currentReportRow();
        break;
    case AllReportsScope:
        break;
    }
    // Narrowing the rows moves the table's current index; that is not the user choosing.
    ++m_syncing;
    if (scope() != AllReportsScope && reportRow < 0)
        reportRow = m_selection->documentModel()->reportCount(); // matches nothing
    m_filter->setReportRow(reportRow);
    m_filter->setSectionRange(first, end);
    --m_syncing;
    showCurrentFigure();
}

void FigureTableView::showCurrentFigure()
{
    ++m_syncing;
    const QModelIndex proxy = m_filter->mapFromSource(m_selection->currentFigure());
    QItemSelectionModel *sm = m_table->selectionModel();
    if (proxy.isValid()) {
        if (sm->currentIndex().row() != proxy.row() || !sm->isRowSelected(proxy.row()))
            sm->setCurrentIndex(proxy,
                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(proxy);
    } else {
        sm->clearSelection();
        sm->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    --m_syncing;
}

void FigureTableView::onTableCurrentChanged(const QModelIndex &current)
{
    if (m_syncing > 0 || m_selection->isUpdating() || !current.isValid())
        return;
    m_selection->selectFigure(m_filter->mapToSource(current));
}

QString FigureTableView::selectedFiguresText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex());
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList parts;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex src = m_filter->mapToSource(row.siblingAtColumn(0));
        const QString label = src.data(FigureModel::LabelRole).toString();
        const QString text = src.data(FigureModel::TextRole).toString();
        const QString head = label.isEmpty() ? text : label + QLatin1Char(' ') + text;
        parts.append(head + QLatin1Char('\n') + src.data(FigureModel::CitationRole).toString());
    }
    return parts.join(QStringLiteral("\n\n"));
}

void FigureTableView::copySelection()
{
    const QString text = selectedFiguresText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}
