#include "core/reportcoverage.h"

#include "core/figurewriter.h"
#include "core/indicatormatcher.h"
#include "core/lexicon.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("ReportScope: %s cannot be read", qPrintable(path));
        QSet<QString> ids;
        int lineNo = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            ++lineNo;
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            if (f.size() != 3 || f.contains(QString()) || ids.contains(f.at(0)))
                qFatal("ReportScope: %s:%d: expected id, name and cues, each once",
                       qPrintable(path), lineNo);
            ids.insert(f.at(0));
            out.push_back({f.at(0), f.at(1), Lexicon(f.at(2).split(u'|'))});
        }
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
            if ((inHeading > 0 || inText > 0) && part.firstSection < 0)
                part.firstSection = s;
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

QList<QStringList> ReportCoverage::matrix(const QList<ReportPtr> &reports)
{
    QList<QStringList> rows;
    for (const ReportPtr &r : reports) {
        if (!r)
            continue;
        const Result c = compute(*r);
        const ReportFacts &facts = r->metadata().facts;
        QStringList row = {r->filePath(), r->displayName(), facts.place,
                           facts.reportingYear > 0 ? QString::number(facts.reportingYear)
                                                   : QString()};
        for (const Part &p : c.parts)
            row.append(p.covered ? QStringLiteral("1") : QStringLiteral("0"));
        row << QString::number(c.reported.size()) << QString::number(c.omitted.size())
            << c.reported.join(u' ');
        rows.append(row);
    }
    return rows;
}

bool ReportCoverage::writeCsvFile(const QString &path, const QList<ReportPtr> &reports,
                                  QString *error)
{
    QByteArray buf("\xEF\xBB\xBF");
    const auto line = [&buf](const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                buf.append(',');
            FigureWriter::appendCsvField(&buf, values.at(i));
        }
        buf.append("\r\n");
    };
    line(matrixColumns());
    for (const QStringList &row : matrix(reports))
        line(row);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buf) != buf.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
