#include "core/metadatavocabulary.h"

#include "core/tsvtable.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>

namespace {

const char *const MetadataFile = "metadata.tsv";
const char *const PlacesFile = "places.tsv";

bool typeFromName(const QString &name, ReportFacts::Type *type)
{
    static const std::pair<const char *, ReportFacts::Type> types[] = {
        {"gzbg", ReportFacts::Type::Gzbg},
        {"fazhi", ReportFacts::Type::Fazhi},
        {"xxgk", ReportFacts::Type::Xxgk},
        {"other", ReportFacts::Type::Other}};
    for (const auto &[n, t] : types) {
        if (name == QLatin1String(n)) {
            *type = t;
            return true;
        }
    }
    return false;
}

bool levelFromName(const QString &name, MetadataVocabulary::Level *level)
{
    static const std::pair<const char *, MetadataVocabulary::Level> levels[] = {
        {"province", MetadataVocabulary::Level::Province},
        {"city", MetadataVocabulary::Level::City},
        {"county", MetadataVocabulary::Level::County}};
    for (const auto &[n, l] : levels) {
        if (name == QLatin1String(n)) {
            *level = l;
            return true;
        }
    }
    return false;
}

/** A pattern with exactly one capturing group, or an error. */
bool compile(const QString &source, QRegularExpression *out, QString *why)
{
    QRegularExpression re(source, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid()) {
        *why = MetadataVocabulary::tr("invalid pattern “%1”: %2").arg(source, re.errorString());
        return false;
    }
    if (re.captureCount() != 1) {
        *why = MetadataVocabulary::tr("pattern “%1” must have one group, has %2")
                   .arg(source)
                   .arg(re.captureCount());
        return false;
    }
    re.optimize();
    *out = re;
    return true;
}

} // namespace

const MetadataVocabulary &MetadataVocabulary::builtIn()
{
    static const MetadataVocabulary vocabulary = [] {
        MetadataVocabulary v;
        QString error;
        if (!v.loadDirectory(QStringLiteral(":/reportscope/metadata"), &error)) {
            // A damaged build, not bad input: every report would be filed as "other".
            qFatal("ReportScope: the metadata vocabulary is damaged: %s", qPrintable(error));
        }
        return v;
    }();
    return vocabulary;
}

bool MetadataVocabulary::loadDirectory(const QString &dir, QString *error)
{
    for (const char *name : {MetadataFile, PlacesFile}) {
        TsvTable table;
        if (!table.readFile(QDir(dir).filePath(QLatin1String(name)), 0, error) ||
            !loadTable(table, error))
            return false;
    }
    return checkComplete(error);
}

bool MetadataVocabulary::loadFile(QIODevice *device, const QString &fileName, QString *error)
{
    TsvTable table;
    return isVocabularyFile(fileName, error) && table.read(device, fileName, 0, error) &&
           loadTable(table, error);
}

bool MetadataVocabulary::isVocabularyFile(const QString &fileName, QString *error)
{
    const QString base = QFileInfo(fileName).fileName();
    if (base != QLatin1String(MetadataFile) && base != QLatin1String(PlacesFile)) {
        *error = tr("%1: not a metadata vocabulary file (expected %2 or %3)")
                     .arg(fileName, QLatin1String(MetadataFile), QLatin1String(PlacesFile));
        return false;
    }
    return true;
}

bool MetadataVocabulary::loadTable(const TsvTable &table, QString *error)
{
    // metadata.tsv has rows of several lengths, one per kind; places.tsv has five columns.
    const QString &fileName = table.fileName();
    const bool metadata = QFileInfo(fileName).fileName() == QLatin1String(MetadataFile);
    QString why;
    int badLine = 0;
    const bool ok = metadata ? readMetadata(table.rows(), &why, &badLine)
                             : readPlaces(table.rows(), &why, &badLine);
    if (!ok) {
        *error = table.errorAt(badLine, why);
        return false;
    }
    if (metadata) {
        m_metadataRead = true;
        m_metadataFile = fileName;
    } else {
        m_placesRead = true;
        m_placesFile = fileName;
    }
    return true;
}

bool MetadataVocabulary::readMetadata(const QList<TsvTable::Row> &rows, QString *why, int *badLine)
{
    static const std::pair<const char *, int> kinds[] = {
        {"type_title", 3},   {"type_text", 4},    {"year_reviewed", 3},
        {"year_planned", 3}, {"year_covered", 3}, {"speech", 2},
        {"assembly", 2},     {"national", 3},     {"relative", 3}};
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &f = rows.at(r).fields;
        *badLine = rows.at(r).line;
        const QString &kind = f.at(0);
        int expected = -1;
        for (const auto &[name, columns] : kinds) {
            if (kind == QLatin1String(name))
                expected = columns;
        }
        if (expected < 0) {
            *why = TsvTable::unknownValue(
                QStringLiteral("kind"), kind,
                QStringLiteral("type_title, type_text, year_reviewed, year_planned, "
                               "year_covered, speech, assembly, national, relative"));
            return false;
        }
        if (f.size() != expected) {
            *why = TsvTable::columnCountError(expected, f.size());
            return false;
        }
        if (kind.startsWith(QLatin1String("type_"))) {
            ReportFacts::Type type;
            if (!typeFromName(f.at(1), &type)) {
                *why = TsvTable::unknownValue(QStringLiteral("type"), f.at(1),
                                              QStringLiteral("gzbg, fazhi, xxgk, other"));
                return false;
            }
            if (expected == 3) {
                m_titleCues.append({type, f.at(2)});
            } else {
                bool ok = false;
                const int weight = f.at(3).toInt(&ok);
                if (!ok || weight <= 0) {
                    *why = tr("weight “%1” is not a positive number").arg(f.at(3));
                    return false;
                }
                m_textCues.append({type, f.at(2), weight});
            }
        } else if (kind.startsWith(QLatin1String("year_"))) {
            YearCue cue;
            cue.role = kind == QLatin1String("year_reviewed")  ? YearRole::Reviewed
                       : kind == QLatin1String("year_planned") ? YearRole::Planned
                                                               : YearRole::Covered;
            bool ok = false;
            cue.offset = f.at(1).toInt(&ok);
            if (!ok) {
                *why = tr("offset “%1” is not a number").arg(f.at(1));
                return false;
            }
            if (!compile(f.at(2), &cue.pattern, why))
                return false;
            m_yearCues.append(cue);
        } else if (kind == QLatin1String("speech") || kind == QLatin1String("assembly")) {
            QRegularExpression re;
            if (!compile(f.at(1), &re, why))
                return false;
            (kind == QLatin1String("speech") ? m_speech : m_assembly).append(re);
        } else if (kind == QLatin1String("national")) {
            m_national.append({f.at(1), f.at(2)});
        } else {
            Level level;
            if (!levelFromName(f.at(2), &level)) {
                *why = TsvTable::unknownValue(QStringLiteral("level"), f.at(2),
                                              QStringLiteral("province, city, county"));
                return false;
            }
            m_relative.append({f.at(1), level});
        }
    }
    return true;
}

bool MetadataVocabulary::readPlaces(const QList<TsvTable::Row> &rows, QString *why, int *badLine)
{
    TsvTable::Keys seen;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &f = rows.at(r).fields;
        *badLine = rows.at(r).line;
        if (f.size() != 5) {
            *why = TsvTable::columnCountError(5, f.size());
            return false;
        }
        Place p;
        p.name = f.at(0);
        p.shortName = f.at(1);
        if (!levelFromName(f.at(2), &p.level)) {
            *why = TsvTable::unknownValue(QStringLiteral("level"), f.at(2),
                                          QStringLiteral("province, city, county"));
            return false;
        }
        if (f.at(3) != QLatin1String("-")) {
            // Parents come first, so a parent that is not listed is a typo.
            if (!seen.contains(f.at(3))) {
                *why = tr("parent “%1” is not listed above").arg(f.at(3));
                return false;
            }
            p.parent = f.at(3);
        } else if (p.level != Level::Province) {
            *why = tr("“%1” has no parent").arg(p.name);
            return false;
        }
        p.pinyin = f.at(4);
        if (!seen.insert(p.name, *badLine, p.name, why))
            return false;
        m_places.append(p);
    }
    return true;
}

bool MetadataVocabulary::checkComplete(QString *error) const
{
    if (m_metadataRead) {
        const std::pair<const char *, bool> kinds[] = {
            {"type_title", !m_titleCues.isEmpty()},
            {"type_text", !m_textCues.isEmpty()},
            {"year_reviewed",
             std::any_of(m_yearCues.begin(), m_yearCues.end(),
                         [](const YearCue &c) { return c.role == YearRole::Reviewed; })},
            {"year_planned",
             std::any_of(m_yearCues.begin(), m_yearCues.end(),
                         [](const YearCue &c) { return c.role == YearRole::Planned; })},
            {"year_covered",
             std::any_of(m_yearCues.begin(), m_yearCues.end(),
                         [](const YearCue &c) { return c.role == YearRole::Covered; })},
            {"speech", !m_speech.isEmpty()},
            {"assembly", !m_assembly.isEmpty()},
            {"national", !m_national.isEmpty()},
            {"relative", !m_relative.isEmpty()}};
        for (const auto &[name, present] : kinds) {
            if (!present) {
                *error = tr("%1: no entry of kind “%2”").arg(m_metadataFile, QLatin1String(name));
                return false;
            }
        }
    }
    if (m_placesRead && m_places.isEmpty()) {
        *error = tr("%1: no place").arg(m_placesFile);
        return false;
    }
    if (!m_metadataRead || !m_placesRead) {
        *error =
            tr("missing file: %1").arg(QLatin1String(m_metadataRead ? PlacesFile : MetadataFile));
        return false;
    }
    return true;
}

const MetadataVocabulary::Place *MetadataVocabulary::place(QStringView name) const
{
    for (const Place &p : m_places) {
        if (p.name == name || p.shortName == name)
            return &p;
    }
    return nullptr;
}

const MetadataVocabulary::Place *MetadataVocabulary::placeByPinyin(QStringView pinyin) const
{
    for (const Place &p : m_places) {
        if (pinyin.compare(p.pinyin, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}
