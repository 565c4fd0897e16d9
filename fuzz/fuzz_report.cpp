// libFuzzer target: arbitrary bytes through the reading pipeline as a file opened in the
// window goes: the DocumentReader chosen by content (DocumentReaders), its SourceDocument of
// typed blocks, ReportParser (sections, figures, consistency checks), and what views read.

#include "core/figurewriter.h"
#include "core/reportjson.h"
#include "core/reportparser.h"
#include "core/sourcedocumentbuilder.h"
#include "import/documentreaders.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void checkReport(const Report &report)
{
    // Touch what views and the command line read, so that bad offsets show up here.
    const QString &source = report.sourceText();
    for (int i = 0; i < report.sectionCount(); ++i) {
        const Section &s = report.section(i);
        if (s.range.start < 0 || s.range.end > source.size() || s.range.start > s.range.end)
            __builtin_trap();
        for (const TextSpan &span : s.bodySpans) {
            if (span.start < 0 || span.end > source.size() || span.start > span.end)
                __builtin_trap();
        }
        if (s.subtreeEnd <= i || s.subtreeEnd > report.sectionCount())
            __builtin_trap();
        // Body blocks are ranges of the section's text, rows and cells inside their block.
        const auto inSection = [&s](const TextSpan &span) {
            return span.start >= 0 && span.start <= span.end && span.end <= s.text.size();
        };
        for (const SectionBlock &block : s.blocks) {
            if (!inSection(block.range))
                __builtin_trap();
            for (const TableRow &row : block.rows) {
                if (!inSection(row.span) || row.span.start < block.range.start ||
                    row.span.end > block.range.end)
                    __builtin_trap();
                for (const TableCell &cell : row.cells) {
                    if (!inSection(cell.span) || cell.span.start < row.span.start ||
                        cell.span.end > row.span.end)
                        __builtin_trap();
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
            __builtin_trap();
    }
    for (const QString &warning : report.warningMessages()) {
        if (warning.isEmpty())
            __builtin_trap();
    }
    (void)ReportJson::outline(report);
    (void)ReportJson::figuresCsv(report);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    (void)FigureWriter::write(&json, report, FigureWriter::Format::Json);
    (void)ReportJson::findings(report);
}

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz-input.txt");
    const DocumentReader *reader = DocumentReaders::forData(bytes, fileName);
    if (!reader)
        __builtin_trap();
    const DocumentReader::Result read =
        reader->read(bytes, fileName, DocumentReader::ReadOptions());
    if (!read.ok()) {
        if (read.errorMessage.isEmpty() || read.errorMessage.contains(QLatin1Char('\n')))
            __builtin_trap(); // errors are one line
        return 0;
    }
    // Every block, row and cell lies in the document's text, in order.
    const SourceDocument &doc = read.document;
    const auto inText = [&doc](const TextSpan &span) {
        return span.start >= 0 && span.start <= span.end && span.end <= doc.text().size();
    };
    if (doc.normalizedText().size() != doc.text().size())
        __builtin_trap();
    qsizetype previous = 0;
    for (const SourceBlock &block : doc.blocks()) {
        if (!inText(block.span) || block.span.start < previous)
            __builtin_trap();
        previous = block.span.start;
        for (const TableRow &row : block.rows) {
            if (!inText(row.span) || row.span.start < block.span.start ||
                row.span.end > block.span.end)
                __builtin_trap();
            for (const TableCell &cell : row.cells) {
                if (!inText(cell.span) || cell.span.start < row.span.start ||
                    cell.span.end > row.span.end)
                    __builtin_trap();
            }
        }
    }
    const ReportParser::Result parsed = ReportParser::parse(doc, fileName);
    if (parsed.report)
        checkReport(*parsed.report);
    // Small inputs also go through the builder, so that composed documents are fuzzed too.
    if (size <= 65536) {
        const ReportParser::Result again = ReportParser::parse(composed(doc), fileName);
        if (again.report)
            checkReport(*again.report);
    }
    return 0;
}
