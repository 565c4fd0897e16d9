// libFuzzer target: arbitrary bytes through encoding detection, parsing, figure extraction and
// the consistency checks, exactly as a file opened in the window.

#include "core/figurewriter.h"
#include "core/reportjson.h"
#include "import/reportloader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportLoader::Result result =
        ReportLoader::loadData(bytes, QStringLiteral("fuzz-input.txt"));
    if (!result.ok())
        return 0;
    const Report &report = *result.report;
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
    (void)ReportJson::outline(report);
    (void)ReportJson::figuresCsv(report);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    (void)FigureWriter::write(&json, report, FigureWriter::Format::Json);
    (void)ReportJson::findings(report);
    return 0;
}
