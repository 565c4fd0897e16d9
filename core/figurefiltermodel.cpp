#include "figurefiltermodel.h"

#include "figuremodel.h"

FigureFilterModel::FigureFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FigureFilterModel::setReportRow(int reportRow)
{
    if (reportRow == m_reportRow)
        return;
    m_reportRow = reportRow;
    invalidateFilter();
}

void FigureFilterModel::setSectionRange(int first, int end)
{
    if (first == m_sectionFirst && end == m_sectionEnd)
        return;
    m_sectionFirst = first;
    m_sectionEnd = end;
    invalidateFilter();
}

void FigureFilterModel::setKinds(const QSet<Figure::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

void FigureFilterModel::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    invalidateFilter();
}

void FigureFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool FigureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_reportRow >= 0 && idx.data(FigureModel::ReportRowRole).toInt() != m_reportRow)
        return false;
    if (m_sectionFirst >= 0) {
        const int section = idx.data(FigureModel::SectionIndexRole).toInt();
        if (section < m_sectionFirst || section >= m_sectionEnd)
            return false;
    }
    if (!m_kinds.isEmpty() &&
        !m_kinds.contains(Figure::Kind(idx.data(FigureModel::KindRole).toInt())))
        return false;
    if (!m_unit.isEmpty() && idx.data(FigureModel::UnitRole).toString() != m_unit)
        return false;
    if (!m_text.isEmpty()) {
        const auto has = [&](int role) {
            return idx.data(role).toString().contains(m_text, Qt::CaseInsensitive);
        };
        if (!has(FigureModel::LabelRole) && !has(FigureModel::QuoteRole) &&
            !has(FigureModel::SectionHeadingRole) && !has(FigureModel::SectionIdRole))
            return false;
    }
    return true;
}
