#include "core/reportjson.h"

#include "core/reportwarning.h"

#include "core/consistencychecker.h"
#include "core/figurewriter.h"

#include <QBuffer>

namespace {

QJsonObject sectionObject(const Report &report, int index)
{
    const Section &s = report.section(index);
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("marker"), s.marker);
    o.insert(QStringLiteral("title"), s.title);
    o.insert(QStringLiteral("level"), s.level);
    o.insert(QStringLiteral("role"), Section::roleName(s.role));
    o.insert(QStringLiteral("text"), s.text);
    o.insert(QStringLiteral("start"), qint64(s.range.start));
    o.insert(QStringLiteral("end"), qint64(s.range.end));
    QJsonArray children;
    for (int child : s.children)
        children.append(sectionObject(report, child));
    o.insert(QStringLiteral("children"), children);
    return o;
}

QList<int> figureIndexes(const Report &report, int sectionIndex)
{
    if (sectionIndex >= 0)
        return report.figuresInSubtree(sectionIndex);
    QList<int> all;
    all.reserve(report.figures().size());
    for (int i = 0; i < report.figures().size(); ++i)
        all.append(i);
    return all;
}

} // namespace

QString ReportJson::kindName(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Count:
        return QStringLiteral("count");
    case Figure::Kind::Rate:
        return QStringLiteral("rate");
    case Figure::Kind::Money:
        return QStringLiteral("money");
    case Figure::Kind::Change:
        return QStringLiteral("change");
    case Figure::Kind::PercentagePoint:
        return QStringLiteral("percentage_point");
    case Figure::Kind::Multiple:
        return QStringLiteral("multiple");
    }
    return QString();
}

QString ReportJson::findingTypeName(Finding::Type type)
{
    switch (type) {
    case Finding::Type::RateMismatch:
        return QStringLiteral("rate_mismatch");
    case Finding::Type::PartsExceedTotal:
        return QStringLiteral("parts_exceed_total");
    case Finding::Type::TableTotalMismatch:
        return QStringLiteral("table_total_mismatch");
    }
    return QString();
}

QJsonObject ReportJson::outline(const Report &report)
{
    const ReportMetadata &m = report.metadata();
    QJsonObject meta;
    const ReportFacts &facts = m.facts;
    meta.insert(QStringLiteral("type"), ReportFacts::typeName(facts.type));
    meta.insert(QStringLiteral("place"), facts.place);
    meta.insert(QStringLiteral("issuer"), facts.issuer.isEmpty() ? m.issuer : facts.issuer);
    meta.insert(QStringLiteral("reporting_year"),
                facts.reportingYear ? QJsonValue(facts.reportingYear) : QJsonValue());
    meta.insert(QStringLiteral("document_year"),
                facts.documentYear ? QJsonValue(facts.documentYear) : QJsonValue());
    meta.insert(QStringLiteral("date"), facts.date.isEmpty() ? m.date : facts.date);
    meta.insert(QStringLiteral("published"),
                facts.published.isEmpty() ? m.published : facts.published);
    // Where each inferred field was read: title, subtitle, signature, page_field, text,
    // file_name.
    QJsonObject sources;
    const std::pair<const char *, ReportFacts::Source> fieldSources[] = {
        {"type", facts.typeSource},
        {"place", facts.placeSource},
        {"issuer", facts.issuerSource},
        {"reporting_year", facts.reportingYearSource},
        {"document_year", facts.documentYearSource},
        {"date", facts.dateSource},
        {"published", facts.publishedSource},
        {"speaker_post",
         facts.speakerPost.isEmpty() ? ReportFacts::Source::None : facts.speakerSource},
        {"speaker_name", facts.speakerSource}};
    for (const auto &[name, source] : fieldSources) {
        if (source != ReportFacts::Source::None)
            sources.insert(QLatin1String(name), ReportFacts::sourceName(source));
    }
    meta.insert(QStringLiteral("sources"), sources);
    meta.insert(QStringLiteral("index_number"), m.indexNumber);
    meta.insert(QStringLiteral("source"), m.source);
    meta.insert(QStringLiteral("subtitle"), m.subtitle);
    meta.insert(QStringLiteral("author"), m.author);
    meta.insert(QStringLiteral("document_number"), m.documentNumber);
    meta.insert(QStringLiteral("speaker"), m.speaker);
    meta.insert(QStringLiteral("speaker_post"), facts.speakerPost);
    meta.insert(QStringLiteral("speaker_name"), facts.speakerName);
    meta.insert(QStringLiteral("closing"), m.closing);
    QJsonObject fields;
    for (const auto &field : m.fields) {
        if (!fields.contains(field.first))
            fields.insert(field.first, field.second);
    }
    meta.insert(QStringLiteral("fields"), fields);

    QJsonObject o;
    o.insert(QStringLiteral("title"), m.title);
    o.insert(QStringLiteral("file"), report.filePath());
    o.insert(QStringLiteral("encoding"), report.encoding());
    o.insert(QStringLiteral("metadata"), meta);
    // Warnings are data: a stable type for scripts, and the sentence in the current language.
    QJsonArray warnings;
    for (const ReportWarning &w : report.warnings()) {
        QJsonObject wo;
        wo.insert(QStringLiteral("type"), w.typeName());
        wo.insert(QStringLiteral("message"), w.message());
        warnings.append(wo);
    }
    o.insert(QStringLiteral("warnings"), warnings);
    QJsonArray sections;
    for (int top : report.topLevelSections())
        sections.append(sectionObject(report, top));
    o.insert(QStringLiteral("sections"), sections);
    return o;
}

QString ReportJson::outlineText(const Report &report)
{
    QString out;
    const ReportMetadata &m = report.metadata();
    auto line = [&out](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out += key + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    line(QStringLiteral("Title"), m.title);
    line(QStringLiteral("Issuer"), m.issuer);
    line(QStringLiteral("Date"), m.date);
    line(QStringLiteral("Published"), m.published);
    line(QStringLiteral("Index number"), m.indexNumber);
    line(QStringLiteral("Source"), m.source);
    line(QStringLiteral("Encoding"), report.encoding());
    for (const QString &w : report.warningMessages())
        line(QStringLiteral("Warning"), w);
    out += QLatin1Char('\n');
    for (int i = 0; i < report.sectionCount(); ++i) {
        const Section &s = report.section(i);
        out += QString(2 * (s.level - 1), QLatin1Char(' '));
        out += s.id + QLatin1Char(' ');
        if (s.kind == Section::Kind::Preamble)
            out += QStringLiteral("[preamble]");
        else if (s.kind == Section::Kind::WholeText)
            out += QStringLiteral("[full text]");
        else if (s.kind == Section::Kind::Closing)
            out += QString(QStringLiteral("[closing] ") + s.title).trimmed();
        else
            out += report.headingText(i);
        out += QLatin1Char('\n');
    }
    return out;
}

QJsonArray ReportJson::figures(const Report &report, int sectionIndex)
{
    QJsonArray array;
    for (int i : figureIndexes(report, sectionIndex)) {
        const Figure &f = report.figures().at(i);
        QJsonObject o;
        o.insert(QStringLiteral("section"), report.figureSectionId(i));
        o.insert(QStringLiteral("label"), f.label);
        o.insert(QStringLiteral("value"), f.value);
        o.insert(QStringLiteral("unit"), f.unit);
        o.insert(QStringLiteral("qualifier"), f.qualifier);
        o.insert(QStringLiteral("bound"), QLatin1String(Figure::boundName(f.bound)));
        o.insert(QStringLiteral("upper"), f.upper);
        o.insert(QStringLiteral("kind"), kindName(f.kind));
        o.insert(QStringLiteral("text"), report.figureText(i).toString());
        o.insert(QStringLiteral("quote"), report.figureQuote(i).toString());
        o.insert(QStringLiteral("start"), qint64(f.start));
        o.insert(QStringLiteral("end"), qint64(f.end));
        o.insert(QStringLiteral("in_title"), f.inTitle);
        o.insert(QStringLiteral("role"), QLatin1String(Figure::roleName(f.role)));
        o.insert(QStringLiteral("period"), f.period);
        o.insert(QStringLiteral("approximate"), f.approximate);
        o.insert(QStringLiteral("page"), f.page > 0 ? QJsonValue(f.page) : QJsonValue());
        array.append(o);
    }
    return array;
}

QByteArray ReportJson::figuresCsv(const Report &report, int sectionIndex)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FigureWriter::write(&buffer, report, FigureWriter::Format::Csv, sectionIndex);
    return buffer.data();
}

QJsonArray ReportJson::findings(const Report &report)
{
    QJsonArray array;
    for (const Finding &f : report.findings()) {
        QJsonObject o;
        o.insert(QStringLiteral("type"), findingTypeName(f.type));
        // Worded now, in the current language.
        o.insert(QStringLiteral("message"), ConsistencyChecker::describe(f, report));
        o.insert(QStringLiteral("expected"), f.expected);
        o.insert(QStringLiteral("stated"), f.stated);
        o.insert(QStringLiteral("bound"), QLatin1String(Figure::boundName(f.bound)));
        if (f.bound == Figure::Bound::Range)
            o.insert(QStringLiteral("stated_upper"), f.statedUpper);
        o.insert(QStringLiteral("sections"), QJsonArray::fromStringList(f.sectionIds));
        QJsonArray figs;
        for (int fi : f.figures) {
            const Figure &fig = report.figures().at(fi);
            QJsonObject fo;
            fo.insert(QStringLiteral("section"), report.figureSectionId(fi));
            fo.insert(QStringLiteral("label"), fig.label);
            fo.insert(QStringLiteral("value"), fig.value);
            fo.insert(QStringLiteral("unit"), fig.unit);
            fo.insert(QStringLiteral("quote"), report.figureQuote(fi).toString());
            figs.append(fo);
        }
        o.insert(QStringLiteral("figures"), figs);
        array.append(o);
    }
    return array;
}
