#include "core/indicatorcatalogue.h"

#include "core/tsvtable.h"

#include <QFile>
#include <QIODevice>
#include <QRegularExpression>

namespace {

constexpr int ColumnCount = 8;

const char *const UnitClassNames[] = {"count",    "measure",          "money",   "percent",
                                      "permille", "percentage_point", "multiple"};
const char *const RoleNames[] = {"level", "growth_rate", "change", "share"};

template<typename E, size_t N>
bool parseName(QStringView s, const char *const (&names)[N], E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (s == QLatin1StringView(names[i])) {
            *out = E(i);
            return true;
        }
    }
    return false;
}

// "-" is an empty list, so that every column has text and a missing tab shows as an error.
QStringList splitList(QStringView field, QChar sep)
{
    if (field == u"-")
        return {};
    QStringList out;
    for (QStringView part : field.split(sep))
        out.append(part.toString());
    return out;
}

} // namespace

QString IndicatorCatalogue::unitClassName(UnitClass c)
{
    return QString::fromLatin1(UnitClassNames[int(c)]);
}

QString IndicatorCatalogue::roleName(Role r)
{
    return QString::fromLatin1(RoleNames[int(r)]);
}

const IndicatorCatalogue::Entry *IndicatorCatalogue::entry(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_entries[size_t(it.value())];
}

bool IndicatorCatalogue::load(QIODevice *device, const QString &fileName, QString *error)
{
    TsvTable table;
    if (!table.read(device, fileName, ColumnCount, error))
        return false;
    const auto fail = [&](int line, const QString &why) {
        *error = table.errorAt(line, why);
        return false;
    };
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    std::vector<Entry> entries;
    QHash<QString, int> byId;
    QHash<QString, int> nameLine; // name -> line, to reject a name given twice
    for (const TsvTable::Row &row : table.rows()) {
        const QStringList &f = row.fields;
        const int lineNo = row.line;
        Entry e;
        e.line = lineNo;
        e.id = f.at(0);
        if (!idPattern.match(e.id).hasMatch())
            return fail(lineNo, tr("invalid id “%1” (a-z, 0-9 and _ only)").arg(e.id));
        if (const auto it = byId.constFind(e.id); it != byId.constEnd()) {
            return fail(lineNo, tr("duplicate id “%1” (first on line %2)")
                                    .arg(e.id)
                                    .arg(entries[size_t(it.value())].line));
        }
        e.name = f.at(1);
        if (const auto it = nameLine.constFind(e.name); it != nameLine.constEnd()) {
            return fail(lineNo,
                        tr("duplicate name “%1” (first on line %2)").arg(e.name).arg(it.value()));
        }
        e.synonyms = splitList(f.at(2), u'|');
        for (const QString &alt : splitList(f.at(3), u'|')) {
            const QStringList words = alt.split(u'+');
            if (words.contains(QString()))
                return fail(lineNo, tr("empty word in pattern “%1”").arg(alt));
            e.patterns.append(words);
        }
        e.forbidden = splitList(f.at(4), u'|');
        for (const QStringList *list : {&e.synonyms, &e.forbidden}) {
            if (list->contains(QString()))
                return fail(lineNo, tr("empty word in a list"));
        }
        if (!parseName(QStringView(f.at(5)), UnitClassNames, &e.unitClass))
            return fail(lineNo, tr("unknown unit class “%1”").arg(f.at(5)));
        for (QStringView r : QStringView(f.at(6)).split(u',')) {
            Role role;
            if (!parseName(r, RoleNames, &role))
                return fail(lineNo, tr("unknown role “%1”").arg(r));
            e.roles.append(role);
        }
        if (QStringView(f.at(7)) != u"all") {
            for (QStringView t : QStringView(f.at(7)).split(u',')) {
                ReportFacts::Type type = ReportFacts::Type::Other;
                for (ReportFacts::Type candidate :
                     {ReportFacts::Type::Gzbg, ReportFacts::Type::Fazhi, ReportFacts::Type::Xxgk}) {
                    if (t == ReportFacts::typeName(candidate))
                        type = candidate;
                }
                if (type == ReportFacts::Type::Other)
                    return fail(lineNo, tr("unknown report type “%1”").arg(t));
                e.types.append(type);
            }
        }
        nameLine.insert(e.name, lineNo);
        byId.insert(e.id, int(entries.size()));
        entries.push_back(std::move(e));
    }
    if (entries.empty()) {
        *error = tr("%1: no indicators").arg(fileName);
        return false;
    }
    m_entries = std::move(entries);
    m_byId = std::move(byId);
    return true;
}

bool IndicatorCatalogue::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return load(&file, path, error);
}

const IndicatorCatalogue &IndicatorCatalogue::builtIn()
{
    // A function-local static: initialised once, thread-safe (C++11 magic statics).
    static const IndicatorCatalogue catalogue = [] {
        IndicatorCatalogue c;
        QString error;
        if (!c.loadFile(QStringLiteral(":/reportscope/indicators/indicators.tsv"), &error))
            qFatal("ReportScope: the indicator catalogue is damaged: %s", qPrintable(error));
        return c;
    }();
    return catalogue;
}
