#include "core/reportdiffmodel.h"

#include "core/documentmodel.h"

ReportDiffModel::ReportDiffModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_children.append(QList<int>());
}

void ReportDiffModel::setDiff(const ReportPtr &a, const ReportPtr &b,
                              std::shared_ptr<const ReportDiff> diff)
{
    beginResetModel();
    m_a = a;
    m_b = b;
    m_diff = a && b ? std::move(diff) : nullptr;
    m_parent.clear();
    m_row.clear();
    m_children = {QList<int>()};
    if (m_diff) {
        // The pairs are in reading order with their levels: a pair's parent is the nearest
        // pair before it with a lower level.
        QList<int> open;
        const QList<ReportDiff::SectionPair> &pairs = m_diff->sections();
        for (int k = 0; k < pairs.size(); ++k) {
            while (!open.isEmpty() && pairs.at(open.last()).level >= pairs.at(k).level)
                open.removeLast();
            const int parent = open.isEmpty() ? -1 : open.last();
            m_parent.append(parent);
            m_row.append(int(m_children[parent + 1].size()));
            m_children[parent + 1].append(k);
            m_children.append(QList<int>());
            open.append(k);
        }
    }
    endResetModel();
}

QString ReportDiffModel::changeText(ReportDiff::Change change)
{
    switch (change) {
    case ReportDiff::Change::Changed:
        return tr("~ changed");
    case ReportDiff::Change::Added:
        return tr("+ added");
    case ReportDiff::Change::Removed:
        return tr("\u2212 removed");
    case ReportDiff::Change::Same:
        break;
    }
    return tr("= same");
}

QModelIndex ReportDiffModel::indexOfPair(int pair) const
{
    if (pair < 0 || pair >= m_row.size())
        return QModelIndex();
    return createIndex(m_row.at(pair), 0, quintptr(pair + 1));
}

QModelIndex ReportDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    const int parentPair = parent.isValid() ? int(parent.internalId()) - 1 : -1;
    if (parent.isValid() && parent.column() != 0)
        return QModelIndex();
    const QList<int> &children = m_children.value(parentPair + 1);
    if (row >= children.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(children.at(row) + 1));
}

QModelIndex ReportDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int pair = int(child.internalId()) - 1;
    return indexOfPair(m_parent.value(pair, -1));
}

int ReportDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int pair = parent.isValid() ? int(parent.internalId()) - 1 : -1;
    return int(m_children.value(pair + 1).size());
}

int ReportDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ReportDiffModel::heading(int pair, bool inA) const
{
    const ReportDiff::SectionPair &p = m_diff->sections().at(pair);
    const int index = inA ? p.a : p.b;
    if (index < 0)
        return QString();
    const QString h = inA ? p.headingA : p.headingB;
    return h.isEmpty() ? DocumentModel::sectionLabel(inA ? *m_a : *m_b, index) : h;
}

QVariant ReportDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_diff)
        return QVariant();
    const int pair = int(index.internalId()) - 1;
    if (pair < 0 || pair >= m_diff->sections().size())
        return QVariant();
    const ReportDiff::SectionPair &p = m_diff->sections().at(pair);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SectionAColumn:
            return heading(pair, true);
        case ChangeColumn:
            return changeText(p.change);
        case SectionBColumn:
            return heading(pair, false);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = changeText(p.change);
        if (p.a >= 0)
            tip += QLatin1Char('\n') + tr("A: %1").arg(m_a->sectionPath(p.a).join(u" › "));
        if (p.b >= 0)
            tip += QLatin1Char('\n') + tr("B: %1").arg(m_b->sectionPath(p.b).join(u" › "));
        return tip;
    }
    case ChangeRole:
        return int(p.change);
    case PairRole:
        return pair;
    }
    return QVariant();
}

QVariant ReportDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SectionAColumn:
        return tr("Section in A");
    case ChangeColumn:
        return tr("Change");
    case SectionBColumn:
        return tr("Section in B");
    }
    return QVariant();
}
