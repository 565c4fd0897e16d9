#ifndef REPORTSCOPE_DOCUMENTMODEL_H
#define REPORTSCOPE_DOCUMENTMODEL_H

#include "core/report.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

#include <memory>
#include <vector>

class LatestJobWorker;

/**
 * The shared document model: every open report as a top-level row, its sections below.
 *
 * Views, charts and the exporter read reports through this model and its domain accessors;
 * none keeps a copy. The model also holds the check state used to choose sections for
 * export (checking a section checks its subtree; parents show a partial state).
 *
 * A large report closed or replaced is freed on a worker thread: freeing millions of figures
 * takes long enough to be seen as a freeze.
 */
class DocumentModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        SectionIdRole = Qt::UserRole + 1, ///< QString, e.g. "1.7.2"; empty for a report row
        MarkerRole,                       ///< QString, e.g. "(七)"
        TitleRole,                        ///< QString, heading text without marker
        HeadingRole,                      ///< QString, marker and title as they read
        TextRole,                         ///< QString, the section's own text
        SubtreeTextRole,                  ///< QString, own text plus subsections' headings and text
        LevelRole,                        ///< int, 1 for top-level sections, 0 for a report row
        KindRole,                         ///< int, Section::Kind
        SectionIndexRole,                 ///< int, index in Report::sections(), -1 for a report row
        ReportRowRole,                    ///< int, row of the report this item belongs to
        IsReportRole,                     ///< bool, true for a report row
        FilePathRole,                     ///< QString, the report's file
        FigureCountRole,                  ///< int, figures in the section and its subsections
        SectionPathRole,                  ///< QStringList, headings from the top-level section down
        SectionRoleRole,                  ///< int, Section::Role; -1 for a report row
    };
    Q_ENUM(Roles)

    explicit DocumentModel(QObject *parent = nullptr);
    ~DocumentModel() override;

    // Reports
    int reportCount() const { return int(m_entries.size()); }
    ReportPtr report(int row) const;
    /** Appends a report; returns its row. */
    int addReport(ReportPtr report);
    void removeReport(int row);
    /** Replaces a report in place (reload): its sections are removed and inserted again. */
    void replaceReport(int row, ReportPtr report);
    /** Row of the report read from filePath, or -1. */
    int rowOfFile(const QString &filePath) const;

    // Domain accessors
    QModelIndex indexForReport(int row) const;
    QModelIndex indexForSection(int reportRow, int sectionIndex) const;
    QModelIndex indexForSectionId(int reportRow, const QString &sectionId) const;
    /** Row of the report the index belongs to, or -1 for an invalid index. */
    int reportRowForIndex(const QModelIndex &index) const;
    ReportPtr reportForIndex(const QModelIndex &index) const;
    /** Index in Report::sections(), or -1 for a report row or an invalid index. */
    int sectionForIndex(const QModelIndex &index) const;

    // Check state for export
    bool isSectionChecked(int reportRow, int sectionIndex) const;
    /** Checks or unchecks a section and its whole subtree. */
    void setSectionChecked(int reportRow, int sectionIndex, bool checked);
    /** Checked sections of a report in document order. */
    QList<int> checkedSections(int reportRow) const;
    void clearChecks(int reportRow);

    // QAbstractItemModel
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The label views show for a section without a title (preamble, whole text). */
    static QString sectionLabel(const Report &report, int sectionIndex);

private:
    struct Entry;
    struct Node
    {
        Entry *entry = nullptr;
        int section = -1; ///< -1 for the report row
    };
    struct Entry
    {
        ReportPtr report;
        Node root;
        std::vector<Node> nodes; ///< one per section
        QList<int> rowInParent;  ///< per section: its row under its parent
        QList<bool> checked;     ///< per section
    };

    const Node *nodeFor(const QModelIndex &index) const;
    int rowOfEntry(const Entry *entry) const;
    void buildNodes(Entry *entry);
    Qt::CheckState checkState(const Entry &entry, int section) const;
    void emitCheckChanged(int reportRow, int sectionIndex);
    /** Drops a report no longer shown; the last reference to a large one is dropped on a
     *  worker thread. */
    void release(ReportPtr report);

    std::vector<std::unique_ptr<Entry>> m_entries;
    std::unique_ptr<LatestJobWorker> m_releaser;
};

#endif // REPORTSCOPE_DOCUMENTMODEL_H
