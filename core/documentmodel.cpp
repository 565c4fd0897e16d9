#include "core/documentmodel.h"

#include "core/latestjobworker.h"

#include <QFileInfo>

namespace {

// A report with more figures, sections or characters than these is freed on a worker thread.
constexpr qsizetype LargeReportFigures = 10000;
constexpr qsizetype LargeReportSections = 5000;
constexpr qsizetype LargeReportChars = 1024 * 1024;

} // namespace

DocumentModel::DocumentModel(QObject *parent) : QAbstractItemModel(parent) {}

DocumentModel::~DocumentModel() = default; // m_releaser waits for the report it frees

void DocumentModel::release(ReportPtr report)
{
    if (!report || report.use_count() > 1 ||
        (report->figures().size() < LargeReportFigures &&
         report->sectionCount() < LargeReportSections &&
         report->sourceText().size() < LargeReportChars))
        return; // dropped here, quickly or by its other holder
    // One thread for every report closed: a job the worker skips because a newer one came is
    // destroyed on the worker thread all the same, and with it the report it holds.
    if (!m_releaser)
        m_releaser = std::make_unique<LatestJobWorker>(QStringLiteral("ReportRelease"));
    m_releaser->post([report = std::move(report)]() mutable { report.reset(); });
}

ReportPtr DocumentModel::report(int row) const
{
    if (row < 0 || row >= reportCount())
        return nullptr;
    return m_entries.at(row)->report;
}

void DocumentModel::buildNodes(Entry *entry)
{
    const Report &r = *entry->report;
    const int n = int(r.sectionCount());
    entry->root = {entry, -1};
    entry->nodes.assign(n, Node());
    entry->rowInParent.fill(0, n);
    entry->checked.fill(false, n);
    for (int i = 0; i < n; ++i)
        entry->nodes[i] = {entry, i};
    const QList<int> &top = r.topLevelSections();
    for (int row = 0; row < top.size(); ++row)
        entry->rowInParent[top.at(row)] = row;
    for (int i = 0; i < n; ++i) {
        const QList<int> &children = r.section(i).children;
        for (int row = 0; row < children.size(); ++row)
            entry->rowInParent[children.at(row)] = row;
    }
}

int DocumentModel::addReport(ReportPtr report)
{
    if (!report)
        return -1;
    const int row = reportCount();
    beginInsertRows(QModelIndex(), row, row);
    auto entry = std::make_unique<Entry>();
    entry->report = std::move(report);
    buildNodes(entry.get());
    m_entries.push_back(std::move(entry));
    endInsertRows();
    return row;
}

void DocumentModel::removeReport(int row)
{
    if (row < 0 || row >= reportCount())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    ReportPtr old = m_entries.at(row)->report;
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    release(std::move(old));
}

void DocumentModel::replaceReport(int row, ReportPtr report)
{
    if (row < 0 || row >= reportCount() || !report)
        return;
    Entry *entry = m_entries.at(row).get();
    const QModelIndex root = indexForReport(row);
    ReportPtr old = entry->report;
    const int oldRows = int(entry->report->topLevelSections().size());
    if (oldRows > 0) {
        beginRemoveRows(root, 0, oldRows - 1);
        // Keep an empty report while the old rows are gone, so that views asking during
        // the removal see no sections.
        entry->report = std::make_shared<Report>();
        buildNodes(entry);
        endRemoveRows();
    }
    const int newRows = int(report->topLevelSections().size());
    if (newRows > 0)
        beginInsertRows(root, 0, newRows - 1);
    entry->report = std::move(report);
    buildNodes(entry);
    if (newRows > 0)
        endInsertRows();
    emit dataChanged(root, root);
    release(std::move(old));
}

int DocumentModel::rowOfFile(const QString &filePath) const
{
    if (filePath.isEmpty())
        return -1;
    const QString wanted = QFileInfo(filePath).absoluteFilePath();
    for (int row = 0; row < reportCount(); ++row) {
        if (m_entries.at(row)->report->filePath() == wanted)
            return row;
    }
    return -1;
}

QModelIndex DocumentModel::indexForReport(int row) const
{
    if (row < 0 || row >= reportCount())
        return QModelIndex();
    return createIndex(row, 0, const_cast<Node *>(&m_entries.at(row)->root));
}

QModelIndex DocumentModel::indexForSection(int reportRow, int sectionIndex) const
{
    if (reportRow < 0 || reportRow >= reportCount())
        return QModelIndex();
    Entry *entry = m_entries.at(reportRow).get();
    if (sectionIndex < 0)
        return indexForReport(reportRow);
    if (sectionIndex >= int(entry->nodes.size()))
        return QModelIndex();
    return createIndex(entry->rowInParent.at(sectionIndex), 0, &entry->nodes[sectionIndex]);
}

QModelIndex DocumentModel::indexForSectionId(int reportRow, const QString &sectionId) const
{
    const ReportPtr r = report(reportRow);
    if (!r)
        return QModelIndex();
    const int section = r->indexOfSection(sectionId);
    return section < 0 ? QModelIndex() : indexForSection(reportRow, section);
}

const DocumentModel::Node *DocumentModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const Node *>(index.internalPointer());
}

int DocumentModel::rowOfEntry(const Entry *entry) const
{
    for (int row = 0; row < reportCount(); ++row) {
        if (m_entries.at(row).get() == entry)
            return row;
    }
    return -1;
}

int DocumentModel::reportRowForIndex(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? rowOfEntry(node->entry) : -1;
}

ReportPtr DocumentModel::reportForIndex(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->entry->report : nullptr;
}

int DocumentModel::sectionForIndex(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->section : -1;
}

QModelIndex DocumentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return QModelIndex();
    if (!parent.isValid()) {
        if (row >= reportCount())
            return QModelIndex();
        return createIndex(row, 0, &m_entries.at(row)->root);
    }
    const Node *p = nodeFor(parent);
    if (!p)
        return QModelIndex();
    Entry *entry = p->entry;
    const QList<int> &children = p->section < 0 ? entry->report->topLevelSections()
                                                : entry->report->section(p->section).children;
    if (row >= children.size())
        return QModelIndex();
    return createIndex(row, 0, &entry->nodes[children.at(row)]);
}

QModelIndex DocumentModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node->section < 0)
        return QModelIndex();
    Entry *entry = node->entry;
    const int parentSection = entry->report->section(node->section).parent;
    if (parentSection < 0)
        return createIndex(rowOfEntry(entry), 0, &entry->root);
    return createIndex(entry->rowInParent.at(parentSection), 0, &entry->nodes[parentSection]);
}

int DocumentModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return reportCount();
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeFor(parent);
    if (!node)
        return 0;
    if (node->section < 0)
        return int(node->entry->report->topLevelSections().size());
    return int(node->entry->report->section(node->section).children.size());
}

int DocumentModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QString DocumentModel::sectionLabel(const Report &report, int sectionIndex)
{
    const Section &s = report.section(sectionIndex);
    if (!s.marker.isEmpty() || !s.title.isEmpty())
        return report.headingText(sectionIndex);
    switch (s.kind) {
    case Section::Kind::Preamble:
        return tr("Preamble");
    case Section::Kind::WholeText:
        return tr("Full text");
    case Section::Kind::Closing:
        return tr("Closing");
    default:
        return tr("(untitled)");
    }
}

Qt::CheckState DocumentModel::checkState(const Entry &entry, int section) const
{
    const Report &r = *entry.report;
    const int begin = section < 0 ? 0 : section;
    const int end = section < 0 ? int(r.sectionCount()) : r.section(section).subtreeEnd;
    int checked = 0;
    for (int i = begin; i < end; ++i)
        checked += entry.checked.at(i) ? 1 : 0;
    if (checked == 0)
        return Qt::Unchecked;
    return checked == end - begin ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant DocumentModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return QVariant();
    const Entry &entry = *node->entry;
    const Report &r = *entry.report;
    if (node->section < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case HeadingRole:
        case TitleRole:
            return r.displayName();
        case Qt::ToolTipRole:
        case FilePathRole:
            return r.filePath();
        case Qt::CheckStateRole:
            return r.sectionCount() > 0 ? QVariant(checkState(entry, -1)) : QVariant();
        case LevelRole:
            return 0;
        case SectionIndexRole:
        case SectionRoleRole:
            return -1;
        case ReportRowRole:
            return rowOfEntry(&entry);
        case IsReportRole:
            return true;
        case FigureCountRole:
            return int(r.figures().size());
        case SectionIdRole:
        case MarkerRole:
            return QString();
        case TextRole:
        case SubtreeTextRole:
            return QString();
        default:
            return QVariant();
        }
    }
    const int si = node->section;
    const Section &s = r.section(si);
    switch (role) {
    case Qt::DisplayRole:
        return sectionLabel(r, si);
    case Qt::ToolTipRole:
        return sectionLabel(r, si);
    case Qt::CheckStateRole:
        return checkState(entry, si);
    case SectionIdRole:
        return s.id;
    case MarkerRole:
        return s.marker;
    case TitleRole:
        return s.title;
    case HeadingRole:
        return sectionLabel(r, si);
    case TextRole:
        return s.text;
    case SubtreeTextRole:
        return r.subtreeText(si);
    case LevelRole:
        return s.level;
    case KindRole:
        return int(s.kind);
    case SectionRoleRole:
        return int(s.role);
    case SectionIndexRole:
        return si;
    case ReportRowRole:
        return rowOfEntry(&entry);
    case IsReportRole:
        return false;
    case FilePathRole:
        return r.filePath();
    case FigureCountRole:
        return r.figureCountInSubtree(si);
    case SectionPathRole: {
        QStringList path;
        for (int i = si; i >= 0; i = r.section(i).parent)
            path.prepend(sectionLabel(r, i));
        return path;
    }
    default:
        return QVariant();
    }
}

bool DocumentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeFor(index);
    if (!node || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    setSectionChecked(rowOfEntry(node->entry), node->section, checked);
    return true;
}

Qt::ItemFlags DocumentModel::flags(const QModelIndex &index) const
{
    if (!nodeFor(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    // The model computes parents' partial state itself.
    if (rowCount(index) > 0)
        f |= Qt::ItemIsAutoTristate;
    return f;
}

bool DocumentModel::isSectionChecked(int reportRow, int sectionIndex) const
{
    if (reportRow < 0 || reportRow >= reportCount())
        return false;
    const Entry &entry = *m_entries.at(reportRow);
    return sectionIndex >= 0 && sectionIndex < entry.checked.size() &&
           entry.checked.at(sectionIndex);
}

void DocumentModel::setSectionChecked(int reportRow, int sectionIndex, bool checked)
{
    if (reportRow < 0 || reportRow >= reportCount())
        return;
    Entry &entry = *m_entries.at(reportRow);
    const Report &r = *entry.report;
    const int begin = sectionIndex < 0 ? 0 : sectionIndex;
    const int end = sectionIndex < 0 ? int(r.sectionCount()) : r.section(sectionIndex).subtreeEnd;
    if (begin >= end)
        return;
    for (int i = begin; i < end; ++i)
        entry.checked[i] = checked;
    emitCheckChanged(reportRow, sectionIndex);
}

void DocumentModel::emitCheckChanged(int reportRow, int sectionIndex)
{
    const Entry &entry = *m_entries.at(reportRow);
    const Report &r = *entry.report;
    const QList<int> roles{Qt::CheckStateRole};
    // The subtree, then every ancestor up to the report row.
    const int begin = sectionIndex < 0 ? 0 : sectionIndex;
    const int end = sectionIndex < 0 ? int(r.sectionCount()) : r.section(sectionIndex).subtreeEnd;
    for (int i = begin; i < end; ++i) {
        const QModelIndex idx = indexForSection(reportRow, i);
        emit dataChanged(idx, idx, roles);
    }
    for (int i = sectionIndex < 0 ? -1 : r.section(sectionIndex).parent; i >= 0;
         i = r.section(i).parent) {
        const QModelIndex idx = indexForSection(reportRow, i);
        emit dataChanged(idx, idx, roles);
    }
    const QModelIndex root = indexForReport(reportRow);
    emit dataChanged(root, root, roles);
}

QList<int> DocumentModel::checkedSections(int reportRow) const
{
    QList<int> result;
    if (reportRow < 0 || reportRow >= reportCount())
        return result;
    const Entry &entry = *m_entries.at(reportRow);
    for (int i = 0; i < entry.checked.size(); ++i) {
        if (entry.checked.at(i))
            result.append(i);
    }
    return result;
}

void DocumentModel::clearChecks(int reportRow)
{
    setSectionChecked(reportRow, -1, false);
}

QHash<int, QByteArray> DocumentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SectionIdRole, "sectionId");
    names.insert(MarkerRole, "marker");
    names.insert(TitleRole, "title");
    names.insert(HeadingRole, "heading");
    names.insert(TextRole, "text");
    names.insert(SubtreeTextRole, "subtreeText");
    names.insert(LevelRole, "level");
    names.insert(KindRole, "kind");
    names.insert(SectionRoleRole, "sectionRole");
    names.insert(SectionIndexRole, "sectionIndex");
    names.insert(ReportRowRole, "reportRow");
    names.insert(IsReportRole, "isReport");
    names.insert(FilePathRole, "filePath");
    names.insert(FigureCountRole, "figureCount");
    names.insert(SectionPathRole, "sectionPath");
    return names;
}
