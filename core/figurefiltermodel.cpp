#include "core/figurefiltermodel.h"

#include "core/documentmodel.h"
#include "core/figuremodel.h"
#include "core/latestjobworker.h"
#include "core/magnitude.h"

#include <algorithm>
#include <numeric>

namespace {

// Rows between two looks at the cancel flag on the worker thread.
constexpr int CancelCheckInterval = 4096;
// Sorted runs of this many rows are merged; cancelling waits for at most one run.
constexpr size_t SortRun = 16384;

/**
 * Sorts v by less, which must be a strict total order, in runs and merges so that a cancel
 * request is noticed within one run or merge chunk; false when cancelled (v is then a
 * permutation of what it was).
 */
template<typename Less>
bool cancellableSort(std::vector<int> &v, Less less, const std::atomic_bool &cancel)
{
    const size_t n = v.size();
    for (size_t i = 0; i < n; i += SortRun) {
        std::sort(v.begin() + qsizetype(i), v.begin() + qsizetype(std::min(n, i + SortRun)), less);
        if (cancel.load())
            return false;
    }
    std::vector<int> out(n);
    for (size_t width = SortRun; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            const size_t mid = std::min(n, lo + width);
            const size_t hi = std::min(n, lo + 2 * width);
            size_t a = lo;
            size_t b = mid;
            size_t o = lo;
            int check = 0;
            while (a < mid && b < hi) {
                out[o++] = less(v[b], v[a]) ? v[b++] : v[a++];
                if (++check == CancelCheckInterval) {
                    check = 0;
                    if (cancel.load())
                        return false;
                }
            }
            std::copy(v.begin() + qsizetype(a), v.begin() + qsizetype(mid),
                      out.begin() + qsizetype(o));
            o += mid - a;
            std::copy(v.begin() + qsizetype(b), v.begin() + qsizetype(hi),
                      out.begin() + qsizetype(o));
        }
        v.swap(out);
    }
    return true;
}

} // namespace

/** Everything a filter and sort needs, copied on the GUI thread; reports are shared. */
struct FigureFilterModel::Job
{
    struct Segment
    {
        ReportPtr report;
        int sourceRow = 0; ///< source row of the report's figure 0
        int figureFirst = 0;
        int figureEnd = 0;
    };
    std::vector<Segment> segments; ///< in source row order, covering [first, end)
    int first = 0;
    int end = 0;
    unsigned kindMask = 0; ///< bit per Figure::Kind; 0 accepts every kind
    unsigned roleMask = 0; ///< bit per Figure::Role; 0 accepts every role
    QString unit;
    QString text;
    int sectionFirst = -1; ///< a section predicate, for every report at once
    int sectionEnd = -1;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int kindRank[8] = {};
    int roleRank[16] = {};
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
};

FigureFilterModel::FigureFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

FigureFilterModel::~FigureFilterModel()
{
    cancelJob();
    m_worker.reset(); // waits for the running job, which notices the cancel flag soon
}

void FigureFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    ++m_resetDepth;
    cancelJob();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_figures = qobject_cast<FigureModel *>(sourceModel);
    if (m_figures) {
        const auto about = [this] { sourceAboutToChange(); };
        const auto done = [this] { sourceChanged(); };
        QAbstractItemModel *m = m_figures;
        m_connections << connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this, about)
                      << connect(m, &QAbstractItemModel::rowsInserted, this, done)
                      << connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, about)
                      << connect(m, &QAbstractItemModel::rowsRemoved, this, done)
                      << connect(m, &QAbstractItemModel::rowsAboutToBeMoved, this, about)
                      << connect(m, &QAbstractItemModel::rowsMoved, this, done)
                      << connect(m, &QAbstractItemModel::columnsAboutToBeInserted, this, about)
                      << connect(m, &QAbstractItemModel::columnsInserted, this, done)
                      << connect(m, &QAbstractItemModel::columnsAboutToBeRemoved, this, about)
                      << connect(m, &QAbstractItemModel::columnsRemoved, this, done)
                      << connect(m, &QAbstractItemModel::modelAboutToBeReset, this, about)
                      << connect(m, &QAbstractItemModel::modelReset, this, done)
                      << connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this, about)
                      << connect(m, &QAbstractItemModel::layoutChanged, this, done);
        m_connections << connect(
            m, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Rarely, if ever: every row may be concerned.
                const int rows = rowCount();
                if (rows > 0)
                    emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1), roles);
            });
        m_connections << connect(m, &QAbstractItemModel::headerDataChanged, this,
                                 [this](Qt::Orientation orientation, int first, int last) {
                                     if (orientation == Qt::Horizontal)
                                         emit headerDataChanged(orientation, first, last);
                                 });
    }
    m_first = m_end = 0;
    m_mapped = false;
    m_mapping = Mapping();
    refresh();
    --m_resetDepth;
    endResetModel();
}

void FigureFilterModel::setReportRow(int reportRow)
{
    if (reportRow == m_reportRow)
        return;
    m_reportRow = reportRow;
    refresh();
}

void FigureFilterModel::setSectionRange(int first, int end)
{
    if (first == m_sectionFirst && end == m_sectionEnd)
        return;
    m_sectionFirst = first;
    m_sectionEnd = end;
    refresh();
}

void FigureFilterModel::setKinds(const QSet<Figure::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    refresh();
}

void FigureFilterModel::setRoles(const QSet<Figure::Role> &roles)
{
    if (roles == m_roles)
        return;
    m_roles = roles;
    refresh();
}

void FigureFilterModel::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    refresh();
}

void FigureFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refresh();
}

void FigureFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

bool FigureFilterModel::needsMapping() const
{
    const bool sorted = m_sortColumn >= 0 && m_sortColumn != FigureModel::SectionColumn;
    return sorted || !m_kinds.isEmpty() || !m_roles.isEmpty() || !m_unit.isEmpty() ||
           !m_text.isEmpty() || (m_reportRow < 0 && m_sectionFirst >= 0);
}

void FigureFilterModel::refresh()
{
    cancelJob();
    int first = 0;
    int end = 0;
    if (m_figures) {
        end = m_figures->rowCount();
        if (m_reportRow >= 0) {
            const ReportPtr report = m_figures->documentModel()->report(m_reportRow);
            if (!report) {
                first = end = 0;
            } else {
                const QList<Figure> &figures = report->figures();
                int figureFirst = 0;
                int figureEnd = int(figures.size());
                if (m_sectionFirst >= 0) {
                    // Figures are sorted by section: the range is found by bisection.
                    const auto bySection = [](const Figure &f, int section) {
                        return f.section < section;
                    };
                    figureFirst = int(std::lower_bound(figures.cbegin(), figures.cend(),
                                                       m_sectionFirst, bySection) -
                                      figures.cbegin());
                    figureEnd = int(std::lower_bound(figures.cbegin() + figureFirst, figures.cend(),
                                                     m_sectionEnd, bySection) -
                                    figures.cbegin());
                }
                first = m_figures->firstRowOfReport(m_reportRow) + figureFirst;
                end = m_figures->firstRowOfReport(m_reportRow) + figureEnd;
            }
        }
    }
    if (!needsMapping()) {
        applyRange(first, end,
                   m_sortColumn == FigureModel::SectionColumn &&
                       m_sortOrder == Qt::DescendingOrder);
        setBusy(false);
        return;
    }
    const std::shared_ptr<Job> job = makeJob(first, end);
    if (end - first <= m_asyncThreshold) {
        Mapping mapping;
        run(*job, &mapping);
        applyMapping(first, end, std::move(mapping));
        setBusy(false);
        return;
    }
    startJob(job);
}

void FigureFilterModel::applyRange(int first, int end, bool reversed)
{
    if (m_resetDepth == 0)
        beginResetModel();
    m_first = first;
    m_end = qMax(first, end);
    m_reversed = reversed;
    m_mapped = false;
    m_mapping = Mapping();
    if (m_resetDepth == 0)
        endResetModel();
}

void FigureFilterModel::applyMapping(int first, int end, Mapping mapping)
{
    if (m_resetDepth == 0)
        beginResetModel();
    m_first = first;
    m_end = qMax(first, end);
    m_reversed = false;
    m_mapped = true;
    m_mapping = std::move(mapping);
    if (m_resetDepth == 0)
        endResetModel();
}

std::shared_ptr<FigureFilterModel::Job> FigureFilterModel::makeJob(int first, int end) const
{
    auto job = std::make_shared<Job>();
    job->first = first;
    job->end = end;
    for (Figure::Kind kind : m_kinds)
        job->kindMask |= 1u << unsigned(kind);
    for (Figure::Role role : m_roles)
        job->roleMask |= 1u << unsigned(role);
    job->unit = m_unit;
    job->text = m_text;
    if (m_reportRow < 0) {
        job->sectionFirst = m_sectionFirst;
        job->sectionEnd = m_sectionEnd;
    }
    job->sortColumn = m_sortColumn;
    job->sortOrder = m_sortOrder;
    // The kind column sorts by its label as shown.
    QList<QPair<QString, int>> labels;
    for (int k = int(Figure::Kind::Count); k <= int(Figure::Kind::Multiple); ++k)
        labels.append({FigureModel::kindLabel(Figure::Kind(k)), k});
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
    });
    for (int i = 0; i < labels.size(); ++i)
        job->kindRank[labels.at(i).second] = i;
    // So does the role column.
    QList<QPair<QString, int>> roleLabels;
    for (int r = int(Figure::Role::Level); r <= int(Figure::Role::Duration); ++r)
        roleLabels.append({FigureModel::roleLabel(Figure::Role(r)), r});
    std::sort(roleLabels.begin(), roleLabels.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
    });
    for (int i = 0; i < roleLabels.size(); ++i)
        job->roleRank[roleLabels.at(i).second] = i;
    if (!m_figures)
        return job;
    const DocumentModel *documents = m_figures->documentModel();
    for (int r = 0; r < documents->reportCount(); ++r) {
        const int rowFirst = m_figures->firstRowOfReport(r);
        const int rowEnd = m_figures->firstRowOfReport(r + 1);
        const int from = qMax(first, rowFirst);
        const int to = qMin(end, rowEnd);
        if (from >= to)
            continue;
        job->segments.push_back({documents->report(r), rowFirst, from - rowFirst, to - rowFirst});
    }
    return job;
}

bool FigureFilterModel::run(const Job &job, Mapping *mapping)
{
    const std::atomic_bool &cancel = *job.cancel;
    std::vector<int> &rows = mapping->rows;
    std::vector<const Figure *> figures; // per row, for sorting
    std::vector<const Report *> reports; // per row, for sorting by quote
    const bool sorted = job.sortColumn >= 0 && job.sortColumn != FigureModel::SectionColumn;
    rows.reserve(size_t(qMax(0, job.end - job.first)));
    if (sorted)
        figures.reserve(rows.capacity());
    int check = 0;
    for (const Job::Segment &segment : job.segments) {
        const Report &report = *segment.report;
        const QList<Figure> &all = report.figures();
        // Whether a section's heading or id holds the text: once per section.
        std::vector<signed char> sectionMatch;
        if (!job.text.isEmpty())
            sectionMatch.assign(size_t(report.sectionCount()), -1);
        for (int fi = segment.figureFirst; fi < segment.figureEnd; ++fi) {
            if (++check == CancelCheckInterval) {
                check = 0;
                if (cancel.load())
                    return false;
            }
            const Figure &f = all.at(fi);
            if (job.kindMask != 0 && !(job.kindMask & (1u << unsigned(f.kind))))
                continue;
            if (job.roleMask != 0 && !(job.roleMask & (1u << unsigned(f.role))))
                continue;
            if (job.sectionFirst >= 0 &&
                (f.section < job.sectionFirst || f.section >= job.sectionEnd))
                continue;
            if (!job.unit.isEmpty() && f.unit != job.unit)
                continue;
            if (!job.text.isEmpty() && !f.label.contains(job.text, Qt::CaseInsensitive) &&
                !f.quoteIn(report.figureSource(f)).contains(job.text, Qt::CaseInsensitive)) {
                if (f.section < 0 || f.section >= report.sectionCount())
                    continue;
                signed char &match = sectionMatch[size_t(f.section)];
                if (match < 0)
                    match =
                        report.headingText(f.section).contains(job.text, Qt::CaseInsensitive) ||
                                report.section(f.section).id.contains(job.text, Qt::CaseInsensitive)
                            ? 1
                            : 0;
                if (match == 0)
                    continue;
            }
            rows.push_back(segment.sourceRow + fi);
            if (sorted) {
                figures.push_back(&f);
                if (job.sortColumn == FigureModel::QuoteColumn ||
                    job.sortColumn == FigureModel::UnitColumn)
                    reports.push_back(&report);
            }
        }
    }

    if (sorted) {
        // Positions into rows, which are in document order: ties keep that order.
        std::vector<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        const bool descending = job.sortOrder == Qt::DescendingOrder;
        bool done = false;
        if (job.sortColumn == FigureModel::ValueColumn) {
            done = cancellableSort(
                order,
                [&](int a, int b) {
                    const double va = figures[size_t(a)]->value;
                    const double vb = figures[size_t(b)]->value;
                    if (va != vb)
                        return descending ? vb < va : va < vb;
                    return a < b;
                },
                cancel);
        } else if (job.sortColumn == FigureModel::PageColumn) {
            done = cancellableSort(
                order,
                [&](int a, int b) {
                    const int pa = figures[size_t(a)]->page;
                    const int pb = figures[size_t(b)]->page;
                    if (pa != pb)
                        return descending ? pb < pa : pa < pb;
                    return a < b;
                },
                cancel);
        } else if (job.sortColumn == FigureModel::KindColumn ||
                   job.sortColumn == FigureModel::RoleColumn ||
                   job.sortColumn == FigureModel::ApproximateColumn) {
            // Kinds and roles by their labels as shown; approximate after exact.
            const auto rank = [&](int i) {
                const Figure &f = *figures[size_t(i)];
                if (job.sortColumn == FigureModel::KindColumn)
                    return job.kindRank[int(f.kind)];
                if (job.sortColumn == FigureModel::RoleColumn)
                    return job.roleRank[int(f.role)];
                return f.approximate ? 1 : 0;
            };
            done = cancellableSort(
                order,
                [&](int a, int b) {
                    const int ka = rank(a);
                    const int kb = rank(b);
                    if (ka != kb)
                        return descending ? kb < ka : ka < kb;
                    return a < b;
                },
                cancel);
        } else {
            // Units sort as the column shows them (亿元, not 元): written once per row.
            std::vector<QString> units;
            if (job.sortColumn == FigureModel::UnitColumn) {
                units.reserve(figures.size());
                for (size_t i = 0; i < figures.size(); ++i)
                    units.push_back(Magnitude::writtenUnit(
                        *figures[i], figures[i]->textIn(reports[i]->figureSource(*figures[i]))));
            }
            // Labels and qualifiers are held by the figure, quotes read from the text.
            const auto field = [&](int i) -> QStringView {
                const Figure &f = *figures[size_t(i)];
                switch (job.sortColumn) {
                case FigureModel::UnitColumn:
                    return units[size_t(i)];
                case FigureModel::QualifierColumn:
                    return f.qualifier;
                case FigureModel::PeriodColumn:
                    return f.period;
                case FigureModel::QuoteColumn:
                    return f.quoteIn(reports[size_t(i)]->figureSource(f));
                default:
                    return f.label;
                }
            };
            done = cancellableSort(
                order,
                [&](int a, int b) {
                    const int c = field(a).compare(field(b), Qt::CaseInsensitive);
                    if (c != 0)
                        return descending ? c > 0 : c < 0;
                    return a < b;
                },
                cancel);
        }
        if (!done)
            return false;
        std::vector<int> sortedRows(rows.size());
        for (size_t i = 0; i < order.size(); ++i)
            sortedRows[i] = rows[size_t(order[i])];
        rows.swap(sortedRows);
    } else if (job.sortColumn == FigureModel::SectionColumn &&
               job.sortOrder == Qt::DescendingOrder) {
        std::reverse(rows.begin(), rows.end());
    }

    mapping->inverse.assign(size_t(qMax(0, job.end - job.first)), -1);
    for (size_t p = 0; p < rows.size(); ++p)
        mapping->inverse[size_t(rows[p] - job.first)] = int(p);
    return !cancel.load();
}

void FigureFilterModel::startJob(std::shared_ptr<Job> job)
{
    const quint64 generation = ++m_generation;
    m_cancel = job->cancel;
    if (!m_worker)
        m_worker = std::make_unique<LatestJobWorker>(QStringLiteral("FigureFilterModel"));
    m_worker->post([this, job, generation] {
        auto mapping = std::make_shared<Mapping>();
        const bool ok = run(*job, mapping.get());
        const int first = job->first;
        const int end = job->end;
        // The reports are let go here, not on the GUI thread.
        job->segments.clear();
        if (!ok)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, first, end, mapping] {
                if (generation != m_generation)
                    return;
                applyMapping(first, end, std::move(*mapping));
                setBusy(false);
            },
            Qt::QueuedConnection);
    });
    setBusy(true);
}

void FigureFilterModel::cancelJob()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void FigureFilterModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void FigureFilterModel::sourceAboutToChange()
{
    if (m_resetDepth++ == 0)
        beginResetModel();
    cancelJob();
}

void FigureFilterModel::sourceChanged()
{
    const bool standalone = m_resetDepth == 0;
    if (standalone) {
        beginResetModel();
        ++m_resetDepth;
    }
    // Until the new rows are known (maybe on the worker thread), none are shown.
    m_first = m_end = 0;
    m_mapped = false;
    m_mapping = Mapping();
    refresh();
    if (--m_resetDepth == 0)
        endResetModel();
}

QModelIndex FigureFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_figures || !proxyIndex.isValid() || proxyIndex.model() != this)
        return QModelIndex();
    const int row = proxyIndex.row();
    if (row < 0 || row >= rowCount())
        return QModelIndex();
    const int source =
        m_mapped ? m_mapping.rows[size_t(row)] : (m_reversed ? m_end - 1 - row : m_first + row);
    return m_figures->index(source, proxyIndex.column());
}

QModelIndex FigureFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_figures || !sourceIndex.isValid() || sourceIndex.model() != m_figures)
        return QModelIndex();
    const int source = sourceIndex.row();
    if (source < m_first || source >= m_end)
        return QModelIndex();
    int row = 0;
    if (m_mapped) {
        row = m_mapping.inverse[size_t(source - m_first)];
        if (row < 0)
            return QModelIndex();
    } else {
        row = m_reversed ? m_end - 1 - source : source - m_first;
    }
    return createIndex(row, sourceIndex.column());
}

QModelIndex FigureFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex FigureFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return QModelIndex();
}

QModelIndex FigureFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    Q_UNUSED(idx);
    return index(row, column);
}

int FigureFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_figures)
        return 0;
    return m_mapped ? int(m_mapping.rows.size()) : m_end - m_first;
}

int FigureFilterModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_figures)
        return 0;
    return m_figures->columnCount();
}

bool FigureFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant FigureFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_figures)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_figures->headerData(section, orientation, role);
    const QModelIndex source = mapToSource(index(section, 0));
    return source.isValid() ? m_figures->headerData(source.row(), orientation, role) : QVariant();
}
