#ifndef REPORTSCOPE_DOCUMENTSELECTION_H
#define REPORTSCOPE_DOCUMENTSELECTION_H

#include "core/report.h"

#include <QObject>
#include <QPersistentModelIndex>

class DocumentModel;
class FigureModel;
class QItemSelectionModel;

/**
 * The one selection of the window: the current report or section (a selection model over
 * the DocumentModel) and the current figure (a selection model over the FigureModel).
 *
 * Views read and write these selection models instead of calling each other. The coordinator
 * keeps the two consistent: choosing a figure outside the current section's subtree moves the
 * section to the figure's section, and choosing a section clears a figure outside it.
 */
class DocumentSelection : public QObject
{
    Q_OBJECT

public:
    DocumentSelection(DocumentModel *documents, FigureModel *figures, QObject *parent = nullptr);

    DocumentModel *documentModel() const { return m_documents; }
    FigureModel *figureModel() const { return m_figures; }
    /** Selection over the DocumentModel: a report row or a section. */
    QItemSelectionModel *sectionSelectionModel() const { return m_sectionSelection; }
    /** Selection over the FigureModel (rows; column 0 is current). */
    QItemSelectionModel *figureSelectionModel() const { return m_figureSelection; }

    /** The current report row or section in the DocumentModel; invalid when none. */
    QModelIndex currentSection() const;
    int currentReportRow() const;
    /** Index in Report::sections(), or -1 when a report row (or nothing) is current. */
    int currentSectionIndex() const;
    ReportPtr currentReport() const;
    /** Section range [first, end) of the current scope; (-1, -1) for a whole report. */
    void currentSectionRange(int *first, int *end) const;

    /** The current figure in the FigureModel (column 0); invalid when none. */
    QModelIndex currentFigure() const;
    int currentFigureReportRow() const;
    int currentFigureIndex() const;

    /** True while the document model changes structure (open, close, reload). Views ignore
     *  the current-index changes their proxies make then: they are not the user's choice. */
    bool isUpdating() const { return m_updating > 0; }

public slots:
    /** Makes a DocumentModel index (report row or section) current. */
    void selectSection(const QModelIndex &index);
    void selectSection(int reportRow, int sectionIndex);
    /** Makes a figure current; a FigureModel index of any column. */
    void selectFigure(const QModelIndex &figureIndex);
    void selectFigure(int reportRow, int figureIndex);
    void clearFigure();

signals:
    /** The current report row or section changed, or its report was reloaded. */
    void currentSectionChanged(const QModelIndex &current);
    void currentFigureChanged(const QModelIndex &current);

private:
    void onSectionCurrentChanged(const QModelIndex &current);
    void onFigureCurrentChanged(const QModelIndex &current);
    bool figureInScope(const QModelIndex &figure) const;
    void restoreAfterReload();
    void recoverCurrent();
    void beginUpdate();
    void endUpdate();

    DocumentModel *m_documents;
    FigureModel *m_figures;
    QItemSelectionModel *m_sectionSelection;
    QItemSelectionModel *m_figureSelection;
    int m_updating = 0;
    /** Section to restore after a reload, by id, since reloading renumbers nothing but
     *  removes and inserts every section row. */
    QPersistentModelIndex m_reloadReport;
    QString m_reloadSectionId;
};

#endif // REPORTSCOPE_DOCUMENTSELECTION_H
