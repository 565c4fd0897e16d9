#include "core/indicatorcomparison.h"

#include "core/csvwriter.h"
#include "core/indicatormatcher.h"
#include "core/magnitude.h"

#include <QIODevice>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

// 2016年, 2016年底: one year; “十三五”, 五年, 2016—2020年: not one.
int singleYear(const QString &period)
{
    static const QRegularExpression oneYear(QStringLiteral("^(\\d{4})年(底|末|全年|初)?$"));
    const QRegularExpressionMatch m = oneYear.match(period);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

int pageOf(const Section &section, const Figure &figure)
{
    if (figure.inTitle)
        return section.blocks.isEmpty() ? 0 : section.blocks.first().position.page;
    for (const SectionBlock &b : section.blocks) {
        if (b.range.contains(figure.start))
            return b.position.page;
    }
    return 0;
}

QString placeOf(const Report &report)
{
    const ReportFacts &facts = report.metadata().facts;
    return !facts.place.isEmpty() ? facts.place : facts.issuer;
}

} // namespace

int IndicatorComparison::namedYear(const Report &report, const Figure &figure)
{
    if (const int year = singleYear(figure.period); year > 0)
        return year;
    const int reportingYear = report.metadata().facts.reportingYear;
    // 到2020年，本市生产总值达到2.6万亿元左右: the sentence plans for a later year, though
    // the figure's own clause names none.
    static const QRegularExpression plannedYear(QStringLiteral("(到|至)(\\d{4})年"));
    const QStringView source = report.figureSource(figure);
    const qsizetype from = std::clamp<qsizetype>(figure.quoteStart, 0, source.size());
    const qsizetype to = std::clamp<qsizetype>(figure.start, from, source.size());
    QRegularExpressionMatchIterator it = plannedYear.globalMatch(source.sliced(from, to - from));
    while (it.hasNext()) {
        const int year = it.next().capturedView(2).toInt();
        if (reportingYear > 0 && year > reportingYear)
            return year;
    }
    return 0;
}

int IndicatorComparison::valueYear(const Report &report, const Figure &figure)
{
    const int named = namedYear(report, figure);
    return named > 0 ? named : report.metadata().facts.reportingYear;
}

QList<IndicatorComparison::Row> IndicatorComparison::compare(const QList<ReportPtr> &reports,
                                                             const QString &indicatorId)
{
    return compare(reports, indicatorId, IndicatorMatcher::instance());
}

QList<IndicatorComparison::Row> IndicatorComparison::compare(const QList<ReportPtr> &reports,
                                                             const QString &indicatorId,
                                                             const IndicatorMatcher &matcher)
{
    QList<Row> rows;
    const QString name = matcher.name(indicatorId);
    if (name.isEmpty())
        return rows;
    for (const ReportPtr &report : reports) {
        if (!report)
            continue;
        const ReportFacts &facts = report->metadata().facts;
        const QList<Figure> &figures = report->figures();
        for (int fi = 0; fi < figures.size(); ++fi) {
            const Figure &f = figures.at(fi);
            if (matcher.match(*report, f) != indicatorId)
                continue;
            Row row;
            row.year = valueYear(*report, f);
            if (facts.reportingYear > 0 && row.year > facts.reportingYear)
                continue;
            row.indicator = indicatorId;
            row.indicatorName = name;
            row.file = report->filePath();
            row.report = report->displayName();
            row.issuer = facts.issuer.isEmpty() ? report->metadata().issuer : facts.issuer;
            row.place = placeOf(*report);
            row.reportYear = facts.reportingYear;
            const QString prefix = Magnitude::writtenPrefix(f, report->figureText(fi));
            row.normalizedValue = f.value;
            row.normalizedUnit = f.unit;
            row.value = f.value / Magnitude::factorOf(prefix);
            row.unit = prefix + f.unit;
            row.display = Magnitude::format(f.value, prefix) + f.unit;
            row.bound = QString::fromLatin1(Figure::boundName(f.bound));
            row.label = f.label;
            row.role = QString::fromLatin1(Figure::roleName(f.role));
            row.quote = report->figureQuote(fi).toString();
            row.sectionId = report->figureSectionId(fi);
            if (f.section >= 0) {
                row.sectionPath = report->sectionPath(f.section);
                row.page = pageOf(report->section(f.section), f);
            }
            row.figureIndex = fi;
            row.sectionIndex = f.section;
            rows.append(row);
        }
    }
    markConflicts(&rows);
    return rows;
}

void IndicatorComparison::markConflicts(QList<Row> *rows)
{
    std::stable_sort(rows->begin(), rows->end(), [](const Row &a, const Row &b) {
        if (a.place != b.place)
            return a.place < b.place;
        if (a.year != b.year)
            return a.year < b.year;
        if (a.reportYear != b.reportYear)
            return a.reportYear < b.reportYear;
        return a.file < b.file;
    });
    const auto differ = [](const Row &x, const Row &y) {
        const double a = x.normalizedValue;
        const double b = y.normalizedValue;
        return std::abs(a - b) > 1e-6 * std::max(std::abs(a), std::abs(b));
    };
    // Rows of one place and year are adjacent now; a group where two reports state two
    // values is a conflict. Two values in one report (a total and a part named alike) are not.
    for (qsizetype i = 0; i < rows->size();) {
        qsizetype j = i + 1;
        while (j < rows->size() && rows->at(j).place == rows->at(i).place &&
               rows->at(j).year == rows->at(i).year)
            ++j;
        bool conflict = false;
        for (qsizetype a = i; a < j && !conflict; ++a) {
            for (qsizetype b = a + 1; b < j && !conflict; ++b)
                conflict = rows->at(a).file != rows->at(b).file && differ(rows->at(a), rows->at(b));
        }
        if (conflict && rows->at(i).year > 0) {
            for (qsizetype k = i; k < j; ++k)
                (*rows)[k].conflict = true;
        }
        i = j;
    }
}

QStringList IndicatorComparison::columns()
{
    return {QStringLiteral("indicator"),
            QStringLiteral("indicator_name"),
            QStringLiteral("file"),
            QStringLiteral("report"),
            QStringLiteral("issuer"),
            QStringLiteral("place"),
            QStringLiteral("year"),
            QStringLiteral("report_year"),
            QStringLiteral("value"),
            QStringLiteral("unit"),
            QStringLiteral("normalized_value"),
            QStringLiteral("normalized_unit"),
            QStringLiteral("display"),
            QStringLiteral("bound"),
            QStringLiteral("label"),
            QStringLiteral("role"),
            QStringLiteral("quote"),
            QStringLiteral("section"),
            QStringLiteral("section_path"),
            QStringLiteral("page"),
            QStringLiteral("conflict")};
}

QSet<int> IndicatorComparison::numericColumns()
{
    const QStringList c = columns();
    QSet<int> numeric;
    for (const char *name : {"year", "report_year", "value", "normalized_value", "page"})
        numeric.insert(int(c.indexOf(QLatin1String(name))));
    return numeric;
}

QStringList IndicatorComparison::fields(const Row &r)
{
    const auto year = [](int y) { return y > 0 ? QString::number(y) : QString(); };
    return {r.indicator,
            r.indicatorName,
            r.file,
            r.report,
            r.issuer,
            r.place,
            year(r.year),
            year(r.reportYear),
            Magnitude::exact(r.value),
            r.unit,
            Magnitude::exact(r.normalizedValue),
            r.normalizedUnit,
            r.display,
            r.bound,
            r.label,
            r.role,
            r.quote,
            r.sectionId,
            r.sectionPath.join(QStringLiteral(" › ")),
            r.page > 0 ? QString::number(r.page) : QString(),
            r.conflict ? QStringLiteral("true") : QStringLiteral("false")};
}

QJsonObject IndicatorComparison::toJson(const Row &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("indicator"), r.indicator);
    o.insert(QStringLiteral("indicator_name"), r.indicatorName);
    o.insert(QStringLiteral("file"), r.file);
    o.insert(QStringLiteral("report"), r.report);
    o.insert(QStringLiteral("issuer"), r.issuer);
    o.insert(QStringLiteral("place"), r.place);
    o.insert(QStringLiteral("year"), r.year);
    o.insert(QStringLiteral("report_year"), r.reportYear);
    o.insert(QStringLiteral("value"), r.value);
    o.insert(QStringLiteral("unit"), r.unit);
    o.insert(QStringLiteral("normalized_value"), r.normalizedValue);
    o.insert(QStringLiteral("normalized_unit"), r.normalizedUnit);
    o.insert(QStringLiteral("display"), r.display);
    o.insert(QStringLiteral("bound"), r.bound);
    o.insert(QStringLiteral("label"), r.label);
    o.insert(QStringLiteral("role"), r.role);
    o.insert(QStringLiteral("quote"), r.quote);
    o.insert(QStringLiteral("section"), r.sectionId);
    o.insert(QStringLiteral("section_path"), QJsonArray::fromStringList(r.sectionPath));
    o.insert(QStringLiteral("page"), r.page);
    o.insert(QStringLiteral("conflict"), r.conflict);
    return o;
}

bool IndicatorComparison::writeCsv(QIODevice *out, const QList<Row> &rows)
{
    QList<QStringList> table;
    table.reserve(rows.size());
    for (const Row &r : rows)
        table.append(fields(r));
    const QByteArray buf = CsvWriter::table(columns(), table);
    return out->write(buf) == buf.size();
}

bool IndicatorComparison::writeCsvFile(const QString &path, const QList<Row> &rows, QString *error)
{
    QList<QStringList> table;
    table.reserve(rows.size());
    for (const Row &r : rows)
        table.append(fields(r));
    return CsvWriter::writeFile(path, CsvWriter::table(columns(), table), error);
}
