#include "core/documentselection.h"

#include "core/documentmodel.h"
#include "core/figuremodel.h"

#include <QItemSelectionModel>

DocumentSelection::DocumentSelection(DocumentModel *documents, FigureModel *figures,
                                     QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_figures(figures)
    , m_sectionSelection(new QItemSelectionModel(documents, this))
    , m_figureSelection(new QItemSelectionModel(figures, this))
{
    connect(m_sectionSelection, &QItemSelectionModel::currentChanged, this,
            &DocumentSelection::onSectionCurrentChanged);
    connect(m_figureSelection, &QItemSelectionModel::currentChanged, this,
            &DocumentSelection::onFigureCurrentChanged);

    // Structural changes of either model make proxies and views move their current index;
    // those moves must not be taken for the user's choice. This object is created before any
    // view or proxy, so its handlers run first.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(documents),
                                      static_cast<QAbstractItemModel *>(figures)}) {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &DocumentSelection::beginUpdate);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DocumentSelection::endUpdate);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &DocumentSelection::beginUpdate);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DocumentSelection::endUpdate);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &DocumentSelection::beginUpdate);
        connect(model, &QAbstractItemModel::modelReset, this, &DocumentSelection::endUpdate);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &DocumentSelection::beginUpdate);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DocumentSelection::endUpdate);
    }

    // A reload removes and inserts every section row of a report: remember the current
    // section by id and come back to it.
    connect(documents, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent) {
                if (!parent.isValid() || !parent.data(DocumentModel::IsReportRole).toBool())
                    return;
                const QModelIndex current = currentSection();
                if (m_documents->reportRowForIndex(current) != parent.row())
                    return;
                m_reloadReport = parent;
                m_reloadSectionId = current.data(DocumentModel::SectionIdRole).toString();
            });
    // Selecting here, while the proxies of the views have not seen the inserted or removed
    // rows yet, would make them map indexes they do not know: select once they have.
    connect(documents, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!m_reloadReport.isValid() || parent != m_reloadReport)
            return;
        QMetaObject::invokeMethod(this, &DocumentSelection::restoreAfterReload,
                                  Qt::QueuedConnection);
    });
    connect(documents, &QAbstractItemModel::rowsRemoved, this, [this] {
        QMetaObject::invokeMethod(this, &DocumentSelection::recoverCurrent, Qt::QueuedConnection);
    });
    // replaceReport() ends with dataChanged on the report row: views showing it refresh.
    connect(documents, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                // A pending restore after a reload announces the section itself.
                if (!roles.isEmpty() || topLeft.parent().isValid() || m_reloadReport.isValid())
                    return;
                if (m_documents->reportRowForIndex(currentSection()) == topLeft.row())
                    emit currentSectionChanged(currentSection());
            });
}

void DocumentSelection::restoreAfterReload()
{
    if (!m_reloadReport.isValid())
        return;
    const int row = m_reloadReport.row();
    const QString id = m_reloadSectionId;
    m_reloadReport = QPersistentModelIndex();
    m_reloadSectionId.clear();
    const QModelIndex restored =
        id.isEmpty() ? m_documents->indexForReport(row) : m_documents->indexForSectionId(row, id);
    const QModelIndex target = restored.isValid() ? restored : m_documents->indexForReport(row);
    if (target == currentSection())
        emit currentSectionChanged(target); // same row, new report
    else
        selectSection(target);
}

void DocumentSelection::recoverCurrent()
{
    // The selection model moves its current index only when a sibling row goes; a section
    // deeper in a removed report silently becomes invalid.
    if (m_reloadReport.isValid() || m_sectionSelection->currentIndex().isValid())
        return;
    if (m_documents->reportCount() > 0)
        selectSection(m_documents->indexForReport(0));
    else
        emit currentSectionChanged(QModelIndex());
}

void DocumentSelection::beginUpdate()
{
    ++m_updating;
}

void DocumentSelection::endUpdate()
{
    m_updating = qMax(0, m_updating - 1);
}

QModelIndex DocumentSelection::currentSection() const
{
    return m_sectionSelection->currentIndex();
}

int DocumentSelection::currentReportRow() const
{
    return m_documents->reportRowForIndex(currentSection());
}

int DocumentSelection::currentSectionIndex() const
{
    return m_documents->sectionForIndex(currentSection());
}

ReportPtr DocumentSelection::currentReport() const
{
    return m_documents->reportForIndex(currentSection());
}

void DocumentSelection::currentSectionRange(int *first, int *end) const
{
    *first = -1;
    *end = -1;
    const ReportPtr report = currentReport();
    const int section = currentSectionIndex();
    if (!report || section < 0)
        return;
    *first = section;
    *end = report->section(section).subtreeEnd;
}

QModelIndex DocumentSelection::currentFigure() const
{
    const QModelIndex current = m_figureSelection->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

int DocumentSelection::currentFigureReportRow() const
{
    return m_figures->reportRowForIndex(currentFigure());
}

int DocumentSelection::currentFigureIndex() const
{
    return m_figures->figureIndexForIndex(currentFigure());
}

void DocumentSelection::selectSection(const QModelIndex &index)
{
    if (index.isValid() && index.model() != m_documents)
        return;
    if (index == currentSection())
        return;
    if (!index.isValid()) {
        m_sectionSelection->clear();
        return;
    }
    m_sectionSelection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void DocumentSelection::selectSection(int reportRow, int sectionIndex)
{
    selectSection(m_documents->indexForSection(reportRow, sectionIndex));
}

void DocumentSelection::selectFigure(const QModelIndex &figureIndex)
{
    if (!figureIndex.isValid() || figureIndex.model() != m_figures)
        return;
    const QModelIndex index = figureIndex.siblingAtColumn(0);
    if (index == currentFigure())
        return;
    m_figureSelection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

void DocumentSelection::selectFigure(int reportRow, int figureIndex)
{
    selectFigure(m_figures->indexForFigure(reportRow, figureIndex));
}

void DocumentSelection::clearFigure()
{
    if (m_figureSelection->currentIndex().isValid() || m_figureSelection->hasSelection())
        m_figureSelection->clear();
}

bool DocumentSelection::figureInScope(const QModelIndex &figure) const
{
    if (!figure.isValid())
        return true;
    if (m_figures->reportRowForIndex(figure) != currentReportRow())
        return false;
    int first = -1;
    int end = -1;
    currentSectionRange(&first, &end);
    if (first < 0)
        return true; // the report row covers every figure of the report
    const int section = figure.data(FigureModel::SectionIndexRole).toInt();
    return section >= first && section < end;
}

void DocumentSelection::onSectionCurrentChanged(const QModelIndex &current)
{
    if (!figureInScope(currentFigure()))
        clearFigure();
    emit currentSectionChanged(current);
}

void DocumentSelection::onFigureCurrentChanged(const QModelIndex &current)
{
    // A figure outside the section being read: go to the figure's own section, so that the
    // detail pane can show its sentence.
    if (current.isValid() && !figureInScope(current)) {
        const int reportRow = m_figures->reportRowForIndex(current);
        const int section = current.data(FigureModel::SectionIndexRole).toInt();
        m_sectionSelection->setCurrentIndex(m_documents->indexForSection(reportRow, section),
                                            QItemSelectionModel::ClearAndSelect);
    }
    emit currentFigureChanged(current.isValid() ? current.siblingAtColumn(0) : QModelIndex());
}
