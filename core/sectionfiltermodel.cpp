#include "core/sectionfiltermodel.h"

#include "core/documentmodel.h"

SectionFilterModel::SectionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void SectionFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool SectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    // Report rows stay so that every open report remains reachable.
    if (idx.data(DocumentModel::IsReportRole).toBool())
        return true;
    return idx.data(DocumentModel::HeadingRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           idx.data(DocumentModel::TextRole).toString().contains(m_text, Qt::CaseInsensitive);
}
