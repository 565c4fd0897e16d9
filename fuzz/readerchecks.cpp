#include "fuzz/readerchecks.h"

#include "core/figurewriter.h"
#include "core/report.h"
#include "core/reportjson.h"
#include "core/reportparser.h"
#include "core/sourcedocumentbuilder.h"
#include "tests/zipbuilder.h"

#include <QBuffer>
#include <QList>
#include <QPair>

namespace {

// Inputs up to this size are also parsed as a composed document (the builder path).
constexpr qsizetype ComposeLimit = 65536;

// The blocks again, composed as a reader of a format without a text stream composes them.
SourceDocument composed(const SourceDocument &doc)
{
    SourceDocumentBuilder builder;
    for (const SourceBlock &block : doc.blocks()) {
        switch (block.type) {
        case SourceBlock::Type::Table: {
            QList<QList<SourceDocumentBuilder::Cell>> rows;
            for (const TableRow &row : block.rows) {
                QList<SourceDocumentBuilder::Cell> cells;
                for (const TableCell &cell : row.cells)
                    cells.append({doc.text(cell.span).toString(), 1, 1});
                rows.append(cells);
            }
            builder.addTable(rows);
            break;
        }
        case SourceBlock::Type::PageBreak:
            builder.addPageBreak(block.position);
            break;
        default:
            builder.addParagraph(doc.text(block.span).toString(), block.position);
            break;
        }
    }
    return builder.take();
}

QString checkDocument(const SourceDocument &doc)
{
    const auto inText = [&doc](const TextSpan &span) {
        return span.start >= 0 && span.start <= span.end && span.end <= doc.text().size();
    };
    if (doc.normalizedText().size() != doc.text().size())
        return QStringLiteral("normalised text differs in length from the text");
    qsizetype previous = 0;
    for (qsizetype b = 0; b < doc.blocks().size(); ++b) {
        const SourceBlock &block = doc.blocks().at(b);
        if (!inText(block.span) || block.span.start < previous)
            return QStringLiteral("block %1 outside the text or out of order").arg(b);
        previous = block.span.start;
        for (const TableRow &row : block.rows) {
            if (!inText(row.span) || row.span.start < block.span.start ||
                row.span.end > block.span.end)
                return QStringLiteral("a row of block %1 outside its block").arg(b);
            for (const TableCell &cell : row.cells) {
                if (!inText(cell.span) || cell.span.start < row.span.start ||
                    cell.span.end > row.span.end)
                    return QStringLiteral("a cell of block %1 outside its row").arg(b);
            }
        }
    }
    return QString();
}

using Entries = QList<QPair<QByteArray, QByteArray>>;

Entries entriesOf(const QByteArray &data)
{
    static const QByteArray separator("\n@@ ");
    Entries entries;
    qsizetype at = data.indexOf(separator);
    entries.append({"word/document.xml", data.left(at < 0 ? data.size() : at)});
    while (at >= 0) {
        const qsizetype nameStart = at + separator.size();
        const qsizetype nameEnd = data.indexOf('\n', nameStart);
        if (nameEnd < 0)
            break;
        const qsizetype next = data.indexOf(separator, nameEnd);
        const QByteArray name = data.mid(nameStart, nameEnd - nameStart);
        const qsizetype end = next < 0 ? data.size() : next;
        if (!name.isEmpty())
            entries.append({name, data.mid(nameEnd + 1, end - nameEnd - 1)});
        at = next;
    }
    return entries;
}

} // namespace

QString ReaderChecks::checkReport(const Report &report)
{
    const QString &source = report.sourceText();
    for (int i = 0; i < report.sectionCount(); ++i) {
        const Section &s = report.section(i);
        if (s.range.start < 0 || s.range.end > source.size() || s.range.start > s.range.end)
            return QStringLiteral("section %1 outside the source").arg(i);
        for (const TextSpan &span : s.bodySpans) {
            if (span.start < 0 || span.end > source.size() || span.start > span.end)
                return QStringLiteral("a body span of section %1 outside the source").arg(i);
        }
        if (s.subtreeEnd <= i || s.subtreeEnd > report.sectionCount())
            return QStringLiteral("section %1 has a bad subtree end").arg(i);
        // Body blocks are ranges of the section's text, rows and cells inside their block.
        const auto inSection = [&s](const TextSpan &span) {
            return span.start >= 0 && span.start <= span.end && span.end <= s.text.size();
        };
        for (const SectionBlock &block : s.blocks) {
            if (!inSection(block.range))
                return QStringLiteral("a block of section %1 outside its text").arg(i);
            for (const TableRow &row : block.rows) {
                if (!inSection(row.span) || row.span.start < block.range.start ||
                    row.span.end > block.range.end)
                    return QStringLiteral("a row of section %1 outside its block").arg(i);
                for (const TableCell &cell : row.cells) {
                    if (!inSection(cell.span) || cell.span.start < row.span.start ||
                        cell.span.end > row.span.end)
                        return QStringLiteral("a cell of section %1 outside its row").arg(i);
                }
            }
        }
        (void)report.subtreeText(i);
        (void)report.sectionPath(i);
    }
    for (const Figure &f : report.figures()) {
        const QString &text =
            f.inTitle ? report.section(f.section).title : report.section(f.section).text;
        if (f.start < 0 || f.end > text.size() || f.start > f.end || f.quoteStart > f.start ||
            f.quoteEnd < f.end || f.quoteEnd > text.size())
            return QStringLiteral("a figure of section %1 outside its text").arg(f.section);
    }
    for (const QString &warning : report.warningMessages()) {
        if (warning.isEmpty())
            return QStringLiteral("an empty warning");
    }
    // What views and the command line read, so that bad offsets show up under ASan.
    (void)ReportJson::outline(report);
    (void)ReportJson::figuresCsv(report);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    (void)FigureWriter::write(&json, report, FigureWriter::Format::Json);
    (void)ReportJson::findings(report);
    return QString();
}

QString ReaderChecks::check(const DocumentReader &reader, const QByteArray &data,
                            const QString &fileName)
{
    DocumentReader::ReadOptions options;
    options.ocr = false;
    const DocumentReader::Result read = reader.read(data, fileName, options);
    if (!read.ok()) {
        if (read.errorMessage.isEmpty() || read.errorMessage.contains(QLatin1Char('\n')))
            return QStringLiteral("the error is not one line: \"%1\"").arg(read.errorMessage);
        return QString();
    }
    if (QString problem = checkDocument(read.document); !problem.isEmpty())
        return problem;
    const ReportParser::Result parsed = ReportParser::parse(read.document, fileName);
    if (parsed.report) {
        if (QString problem = checkReport(*parsed.report); !problem.isEmpty())
            return problem;
    }
    if (data.size() <= ComposeLimit) {
        const ReportParser::Result again = ReportParser::parse(composed(read.document), fileName);
        if (again.report) {
            if (QString problem = checkReport(*again.report); !problem.isEmpty())
                return u"composed: "_qs + problem;
        }
    }
    return QString();
}

QByteArray ReaderChecks::docxPackage(const QByteArray &input)
{
    return input.startsWith("PK") ? input : makeZip(entriesOf(input), false);
}
