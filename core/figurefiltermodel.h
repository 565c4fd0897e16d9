#ifndef REPORTSCOPE_FIGUREFILTERMODEL_H
#define REPORTSCOPE_FIGUREFILTERMODEL_H

#include "figure.h"

#include <QSet>
#include <QSortFilterProxyModel>

/**
 * Filters a FigureModel to one report's section subtree, to some kinds and to a unit, and
 * by text (label, quote, section). Charts and the figure table read through it.
 */
class FigureFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FigureFilterModel(QObject *parent = nullptr);

    /** Only figures of this report (-1: every report). */
    void setReportRow(int reportRow);
    int reportRow() const { return m_reportRow; }
    /** Only figures of the section range [first, end) in pre-order, i.e. a subtree;
     *  (-1, -1) for the whole report. */
    void setSectionRange(int first, int end);
    int sectionFirst() const { return m_sectionFirst; }
    int sectionEnd() const { return m_sectionEnd; }
    /** Only these kinds; an empty set accepts every kind. */
    void setKinds(const QSet<Figure::Kind> &kinds);
    QSet<Figure::Kind> kinds() const { return m_kinds; }
    /** Only figures with this unit; empty accepts every unit. */
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }
    /** Case-insensitive substring in label, quote or section heading; empty accepts all. */
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_reportRow = -1;
    int m_sectionFirst = -1;
    int m_sectionEnd = -1;
    QSet<Figure::Kind> m_kinds;
    QString m_unit;
    QString m_text;
};

#endif // REPORTSCOPE_FIGUREFILTERMODEL_H
