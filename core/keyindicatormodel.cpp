#include "core/keyindicatormodel.h"

#include "core/documentmodel.h"
#include "core/figuremodel.h"
#include "core/indicatorcatalogue.h"
#include "core/indicatormatcher.h"
#include "core/magnitude.h"

#include <QHash>

namespace {

// What the matched value is, as the panel shows it: a target that matched is the year's
// estimate (初步预计), so a level; an entry with one role names it (地区生产总值增速 6%).
Figure::Role shownRole(const Figure &figure, const IndicatorCatalogue::Entry *entry)
{
    if (entry && entry->roles.size() == 1) {
        switch (entry->roles.first()) {
        case IndicatorCatalogue::Role::Level:
            return Figure::Role::Level;
        case IndicatorCatalogue::Role::GrowthRate:
            return Figure::Role::GrowthRate;
        case IndicatorCatalogue::Role::Change:
            return Figure::Role::Change;
        case IndicatorCatalogue::Role::Share:
            return Figure::Role::Share;
        }
    }
    return figure.role == Figure::Role::Target ? Figure::Role::Level : figure.role;
}

} // namespace

KeyIndicatorModel::KeyIndicatorModel(DocumentModel *documents, QObject *parent)
    : QAbstractTableModel(parent), m_documents(documents)
{
    // Only top-level rows are reports; a reload replaces a report's sections under it.
    connect(documents, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsRemoved(first, last);
                else
                    reload();
            });
    connect(documents, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsInserted(first, last);
                else
                    reload();
            });
    connect(documents, &QAbstractItemModel::dataChanged, this, [this] { reload(); });
    connect(documents, &QAbstractItemModel::modelReset, this, [this] {
        m_reportRow = -1;
        reload();
    });
}

void KeyIndicatorModel::setReportRow(int row)
{
    if (row == m_reportRow && (row < 0 || m_report == m_documents->report(row)))
        return;
    m_reportRow = row;
    m_report.reset();
    reload();
}

void KeyIndicatorModel::onRowsRemoved(int first, int last)
{
    if (m_reportRow >= first && m_reportRow <= last)
        m_reportRow = -1;
    else if (m_reportRow > last)
        m_reportRow -= last - first + 1;
    reload();
}

void KeyIndicatorModel::onRowsInserted(int first, int last)
{
    if (m_reportRow >= first)
        m_reportRow += last - first + 1;
    reload();
}

void KeyIndicatorModel::reload()
{
    const ReportPtr report = m_reportRow >= 0 && m_reportRow < m_documents->reportCount()
                                 ? m_documents->report(m_reportRow)
                                 : ReportPtr();
    if (!report)
        m_reportRow = -1;
    if (report == m_report && (report || m_entries.isEmpty()))
        return;
    beginResetModel();
    m_report = report;
    m_entries = report ? indicatorsOf(*report) : QList<Entry>();
    endResetModel();
}

QList<KeyIndicatorModel::Entry> KeyIndicatorModel::indicatorsOf(const Report &report)
{
    return indicatorsOf(report, IndicatorMatcher::instance());
}

QList<KeyIndicatorModel::Entry> KeyIndicatorModel::indicatorsOf(const Report &report,
                                                                const IndicatorMatcher &matcher)
{
    QList<Entry> entries;
    QHash<QString, int> rowOf;
    const QList<Figure> &figures = report.figures();
    for (int fi = 0; fi < figures.size(); ++fi) {
        const QString id = matcher.match(report, figures.at(fi));
        if (id.isEmpty())
            continue;
        if (const auto it = rowOf.constFind(id); it != rowOf.constEnd()) {
            ++entries[it.value()].occurrences;
            continue;
        }
        const IndicatorCatalogue::Entry *e = matcher.catalogue().entry(id);
        Entry entry;
        entry.id = id;
        entry.name = e ? e->name : id;
        entry.figureIndex = fi;
        entry.role = shownRole(figures.at(fi), e);
        entry.occurrences = 1;
        rowOf.insert(id, int(entries.size()));
        entries.append(entry);
    }
    return entries;
}

int KeyIndicatorModel::rowOfIndicator(const QString &id) const
{
    for (int r = 0; r < m_entries.size(); ++r) {
        if (m_entries.at(r).id == id)
            return r;
    }
    return -1;
}

int KeyIndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KeyIndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyIndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_report)
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    const Figure &f = m_report->figures().at(e.figureIndex);
    const QStringView written = m_report->figureText(e.figureIndex);
    const auto exact = [&] { return Magnitude::exactWithUnit(f.value, f.unit); };
    const auto writtenUnit = [&] { return Magnitude::writtenUnit(f, written); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndicatorColumn:
            return e.name;
        case ValueColumn:
            // The number as the report writes it: 32765 with 亿元 beside it.
            return Magnitude::writtenNumber(f, written);
        case UnitColumn:
            return writtenUnit();
        case RoleColumn:
            return FigureModel::roleLabel(e.role);
        case PeriodColumn:
            return f.period;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 = %2\n%3")
            .arg(written.toString(), exact(), m_report->figureQuote(e.figureIndex).toString());
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IndicatorIdRole:
        return e.id;
    case NameRole:
        return e.name;
    case ValueRole:
        return f.value;
    case DisplayValueRole:
        return Magnitude::display(f, written);
    case ExactRole:
        return exact();
    case UnitRole:
        return writtenUnit();
    case FigureRoleRole:
        return int(e.role);
    case PeriodRole:
        return f.period;
    case ReportRowRole:
        return m_reportRow;
    case FigureIndexRole:
        return e.figureIndex;
    case SectionIndexRole:
        return f.section;
    case QuoteRole:
        return m_report->figureQuote(e.figureIndex).toString();
    case OccurrencesRole:
        return e.occurrences;
    }
    return QVariant();
}

QVariant KeyIndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case RoleColumn:
        return tr("Role");
    case PeriodColumn:
        return tr("Period");
    }
    return QVariant();
}

QHash<int, QByteArray> KeyIndicatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IndicatorIdRole, "indicatorId");
    names.insert(NameRole, "name");
    names.insert(ValueRole, "value");
    names.insert(DisplayValueRole, "displayValue");
    names.insert(ExactRole, "exact");
    names.insert(UnitRole, "unit");
    names.insert(FigureRoleRole, "figureRole");
    names.insert(PeriodRole, "period");
    names.insert(ReportRowRole, "reportRow");
    names.insert(FigureIndexRole, "figureIndex");
    names.insert(SectionIndexRole, "sectionIndex");
    names.insert(QuoteRole, "quote");
    names.insert(OccurrencesRole, "occurrences");
    return names;
}
