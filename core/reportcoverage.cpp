#include "core/reportcoverage.h"

#include "core/csvwriter.h"
#include "core/indicatormatcher.h"
#include "core/lexicon.h"
#include "core/tsvtable.h"

#include <QFile>
#include <QSet>

#include <vector>

namespace {

struct PartDef
{
    QString id;
    QString name;
    Lexicon cues;
};

const std::vector<PartDef> &parts()
{
    static const std::vector<PartDef> defs = [] {
        std::vector<PartDef> out;
        const QString path = QStringLiteral(":/reportscope/indicators/coverage.tsv");
        TsvTable table;
        QString error;
        TsvTable::Keys ids;
        bool ok = table.readFile(path, 3, &error);
        for (qsizetype i = 0; ok && i < table.rows().size(); ++i) {
            const TsvTable::Row &row = table.rows().at(i);
            QString why;
            ok = ids.insert(row.fields.at(0), row.line, row.fields.at(0), &why);
            if (!ok)
                error = table.errorAt(row.line, why);
            else
                out.push_back(
                    {row.fields.at(0), row.fields.at(1), Lexicon(row.fields.at(2).split(u'|'))});
        }
        if (!ok || out.empty())
            qFatal("ReportScope: the coverage parts are damaged: %s", qPrintable(error));
        return out;
    }();
    return defs;
}

int occurrences(const Lexicon &cues, QStringView text)
{
    int n = 0;
    qsizetype length = 0;
    for (qsizetype at = cues.indexIn(text, 0, &length); at >= 0;
         at = cues.indexIn(text, at + std::max<qsizetype>(1, length), &length))
        ++n;
    return n;
}

} // namespace

QStringList ReportCoverage::partIds()
{
    QStringList ids;
    for (const PartDef &p : parts())
        ids.append(p.id);
    return ids;
}

QString ReportCoverage::partName(const QString &id)
{
    for (const PartDef &p : parts()) {
        if (p.id == id)
            return p.name;
    }
    return QString();
}

ReportCoverage::Result ReportCoverage::compute(const Report &report)
{
    return compute(report, IndicatorMatcher::instance());
}

ReportCoverage::Result ReportCoverage::compute(const Report &report,
                                               const IndicatorMatcher &matcher)
{
    Result result;
    for (const PartDef &def : parts()) {
        Part part;
        part.id = def.id;
        part.name = def.name;
        for (int s = 0; s < report.sectionCount(); ++s) {
            const Section &section = report.section(s);
            const int inHeading = occurrences(def.cues, section.title);
            const int inText = occurrences(def.cues, section.text);
            if ((inHeading > 0 || inText > 0) && part.firstSection < 0) {
                part.firstSection = s;
                part.firstSectionId = section.id;
            }
            part.headingMentions += inHeading;
            part.textMentions += inText;
        }
        part.covered = part.headingMentions > 0 || part.textMentions >= 2;
        result.parts.append(part);
    }
    QSet<QString> stated;
    for (const Figure &f : report.figures()) {
        const QString id = matcher.match(report, f);
        if (!id.isEmpty())
            stated.insert(id);
    }
    for (const IndicatorCatalogue::Entry &e : matcher.catalogue().entries()) {
        if (!e.types.contains(ReportFacts::Type::Fazhi))
            continue;
        (stated.contains(e.id) ? result.reported : result.omitted).append(e.id);
    }
    return result;
}

QStringList ReportCoverage::matrixColumns()
{
    QStringList columns = {QStringLiteral("file"), QStringLiteral("report"),
                           QStringLiteral("place"), QStringLiteral("year")};
    for (const PartDef &p : parts())
        columns.append(p.name);
    columns << QStringLiteral("indicators_reported") << QStringLiteral("indicators_omitted")
            << QStringLiteral("reported");
    return columns;
}

ReportCoverage::Entry ReportCoverage::entry(const Report &report)
{
    Entry e;
    const ReportFacts &facts = report.metadata().facts;
    e.file = report.filePath();
    e.report = report.displayName();
    e.place = facts.place;
    e.year = facts.reportingYear;
    e.result = compute(report);
    return e;
}

QStringList ReportCoverage::matrixRow(const Entry &e)
{
    QStringList row = {e.file, e.report, e.place, e.year > 0 ? QString::number(e.year) : QString()};
    for (const Part &p : e.result.parts)
        row.append(p.covered ? QStringLiteral("1") : QStringLiteral("0"));
    row << QString::number(e.result.reported.size()) << QString::number(e.result.omitted.size())
        << e.result.reported.join(u' ');
    return row;
}

QSet<int> ReportCoverage::numericColumns()
{
    QSet<int> numeric = {3};
    const int parts = int(partIds().size());
    for (int i = 0; i < parts + 2; ++i)
        numeric.insert(4 + i);
    return numeric;
}

QList<QStringList> ReportCoverage::matrix(const QList<ReportPtr> &reports)
{
    QList<QStringList> rows;
    for (const ReportPtr &r : reports) {
        if (r)
            rows.append(matrixRow(entry(*r)));
    }
    return rows;
}

bool ReportCoverage::writeCsvFile(const QString &path, const QList<ReportPtr> &reports,
                                  QString *error)
{
    return CsvWriter::writeFile(path, CsvWriter::table(matrixColumns(), matrix(reports)), error);
}
