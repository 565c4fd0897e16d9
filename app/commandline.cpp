#include "app/commandline.h"

#include "app/librarycommands.h"

#include "core/consistencychecker.h"
#include "core/figurewriter.h"
#include "core/magnitude.h"
#include "core/reportdiff.h"
#include "core/reportjson.h"
#include "export/exportselection.h"
#include "export/pdfexporter.h"
#include "import/reportloader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &message)
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString programName()
{
    return QStringLiteral("reportscope");
}

// Parses a subcommand's options; on failure prints the problem and returns false.
bool parseOrComplain(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        writeErr(programName() + QStringLiteral(": ") + parser.errorText());
        *exitCode = CommandLine::BadUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText().toUtf8());
        *exitCode = CommandLine::Success;
        return false;
    }
    return true;
}

// Loads the single FILE argument; prints "reportscope: FILE: problem" on failure.
ReportPtr loadOrComplain(const QCommandLineParser &parser, int *exitCode, bool figures = true)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        writeErr(programName() + QStringLiteral(": ") +
                 (files.isEmpty()
                      ? CommandLine::tr("missing FILE argument")
                      : CommandLine::tr("expected one FILE, got %1").arg(files.size())));
        *exitCode = CommandLine::BadUsage;
        return nullptr;
    }
    ReportParser::Options options;
    options.extractFigures = figures;
    const ReportLoader::Result result = ReportLoader::loadFile(files.first(), options);
    if (!result.ok()) {
        writeErr(programName() + QStringLiteral(": ") + files.first() + QStringLiteral(": ") +
                 result.errorMessage);
        *exitCode = CommandLine::BadInput;
        return nullptr;
    }
    return result.report;
}

} // namespace

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &cmd = arguments.at(1);
    return cmd == QLatin1String("outline") || cmd == QLatin1String("figures") ||
           cmd == QLatin1String("check") || cmd == QLatin1String("export") ||
           cmd == QLatin1String("diff") || LibraryCommands::handles(cmd);
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    // export, and diff --pdf: they lay out text with fonts.
    return arguments.size() >= 2 &&
           (arguments.at(1) == QLatin1String("export") ||
            (arguments.at(1) == QLatin1String("diff") &&
             std::any_of(arguments.cbegin() + 2, arguments.cend(), [](const QString &a) {
                 return a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf="));
             })));
}

int CommandLine::run(const QStringList &arguments)
{
    const QString &cmd = arguments.at(1);
    // Drop the program name; the subcommand takes its place as argv[0] for the parser.
    const QStringList rest = arguments.mid(1);
    if (cmd == QLatin1String("outline"))
        return outline(rest);
    if (cmd == QLatin1String("figures"))
        return figures(rest);
    if (cmd == QLatin1String("check"))
        return check(rest);
    if (cmd == QLatin1String("diff"))
        return diff(rest);
    if (LibraryCommands::handles(cmd))
        return LibraryCommands::run(rest);
    return exportPdf(rest);
}

int CommandLine::outline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the section outline of a report."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The report file."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of an indented outline.")});
    int code = Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    const ReportPtr report = loadOrComplain(parser, &code, false);
    if (!report)
        return code;
    for (const QString &warning : report->warningMessages())
        writeErr(programName() + QStringLiteral(": ") + parser.positionalArguments().first() +
                 QStringLiteral(": ") + tr("warning: %1").arg(warning));
    if (parser.isSet(QStringLiteral("json")))
        writeOut(QJsonDocument(ReportJson::outline(*report)).toJson(QJsonDocument::Indented));
    else
        writeOut(ReportJson::outlineText(*report).toUtf8());
    return Success;
}

int CommandLine::figures(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the figures reported in a report."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The report file."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (UTF-8 with byte order mark).")});
    parser.addOption({QStringLiteral("section"),
                      tr("Only the section with this id and its subsections."),
                      QStringLiteral("ID")});
    int code = Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        writeErr(programName() + QStringLiteral(": ") + tr("--json and --csv exclude each other"));
        return BadUsage;
    }
    const ReportPtr report = loadOrComplain(parser, &code);
    if (!report)
        return code;
    int section = -1;
    if (parser.isSet(QStringLiteral("section"))) {
        const QString id = parser.value(QStringLiteral("section"));
        section = report->indexOfSection(id);
        if (section < 0) {
            writeErr(programName() + QStringLiteral(": ") +
                     tr("no section with id \"%1\" in %2")
                         .arg(id, parser.positionalArguments().first()));
            return BadUsage;
        }
    }
    // Figure by figure: a report with millions of figures is never held as one document.
    const FigureWriter::Format format =
        parser.isSet(QStringLiteral("csv"))    ? FigureWriter::Format::Csv
        : parser.isSet(QStringLiteral("json")) ? FigureWriter::Format::Json
                                               : FigureWriter::Format::Text;
    std::fflush(stdout);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) ||
        !FigureWriter::write(&out, *report, format, section) || !out.flush()) {
        writeErr(programName() + QStringLiteral(": ") +
                 tr("cannot write the figures: %1").arg(out.errorString()));
        return BadInput;
    }
    return Success;
}

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a report's figures against each other (rates against counts, parts "
           "against totals)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The report file."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    int code = Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    const ReportPtr report = loadOrComplain(parser, &code);
    if (!report)
        return code;
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(QJsonDocument(ReportJson::findings(*report)).toJson());
        return Success;
    }
    QString out;
    for (const Finding &f : report->findings())
        out += f.sectionIds.join(QStringLiteral(", ")) + QStringLiteral(": ") +
               ConsistencyChecker::describe(f, *report) + QLatin1Char('\n');
    if (report->findings().isEmpty())
        out = tr("No inconsistencies found.") + QLatin1Char('\n');
    writeOut(out.toUtf8());
    return Success;
}

int CommandLine::exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export sections of a report to PDF (the whole report without --sections)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The report file."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the PDF to OUT.pdf (required)."),
                      QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("sections"),
                      tr("Export only these sections (comma-separated ids, e.g. 1.7,2), each "
                         "with its subsections."),
                      QStringLiteral("ID[,ID...]")});
    parser.addOption({QStringLiteral("charts"), tr("Chart the exported sections' figures.")});
    parser.addOption({QStringLiteral("no-metadata"),
                      tr("Leave out the issuer, date and source under the title.")});
    parser.addOption({QStringLiteral("page-size"), tr("A4 (default) or Letter."),
                      QStringLiteral("SIZE"), QStringLiteral("A4")});
    int code = Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        writeErr(programName() + QStringLiteral(": ") + tr("missing -o OUT.pdf"));
        return BadUsage;
    }
    PdfExporter::Options options;
    options.includeCharts = parser.isSet(QStringLiteral("charts"));
    options.includeMetadata = !parser.isSet(QStringLiteral("no-metadata"));
    bool sizeOk = false;
    options.pageSize =
        PdfExporter::pageSizeFromName(parser.value(QStringLiteral("page-size")), &sizeOk);
    if (!sizeOk) {
        writeErr(programName() + QStringLiteral(": ") +
                 tr("unknown page size \"%1\" (use A4 or Letter)")
                     .arg(parser.value(QStringLiteral("page-size"))));
        return BadUsage;
    }
    const ReportPtr report = loadOrComplain(parser, &code, options.includeCharts);
    if (!report)
        return code;

    QList<int> sections;
    QString unknown;
    if (!ExportSelection::fromIds(*report, parser.values(QStringLiteral("sections")), &sections,
                                  &unknown)) {
        writeErr(programName() + QStringLiteral(": ") +
                 tr("no section with id \"%1\" in %2")
                     .arg(unknown, parser.positionalArguments().first()));
        return BadUsage;
    }

    PdfExporter exporter(options);
    if (!exporter.exportToFile(*report, sections, out)) {
        writeErr(programName() + QStringLiteral(": ") + exporter.errorString());
        return BadInput;
    }
    return Success;
}

int CommandLine::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare two reports: aligned sections, changed sentences, indicator changes."));
    parser.addPositionalArgument(QStringLiteral("FILE_A"), tr("The earlier report."));
    parser.addPositionalArgument(QStringLiteral("FILE_B"), tr("The later report."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("pdf"),
                      tr("Write the sections, changed sentences and indicators to a PDF."),
                      QStringLiteral("OUT")});
    int code = Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        writeErr(programName() + QStringLiteral(": ") +
                 tr("expected two files FILE_A FILE_B, got %1").arg(files.size()));
        return BadUsage;
    }
    ReportPtr reports[2];
    for (int i = 0; i < 2; ++i) {
        const ReportLoader::Result result = ReportLoader::loadFile(files.at(i));
        if (!result.ok()) {
            writeErr(programName() + QStringLiteral(": ") + files.at(i) + QStringLiteral(": ") +
                     result.errorMessage);
            return BadInput;
        }
        reports[i] = result.report;
    }
    const Report &a = *reports[0];
    const Report &b = *reports[1];
    const ReportDiff d = ReportDiff::compute(a, b);
    if (parser.isSet(QStringLiteral("pdf"))) {
        PdfExporter exporter;
        if (!exporter.exportDiffToFile(a, b, d, parser.value(QStringLiteral("pdf")))) {
            writeErr(programName() + QStringLiteral(": ") + exporter.errorString());
            return BadInput;
        }
        if (!parser.isSet(QStringLiteral("json")))
            return Success;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(QJsonDocument(d.toJson(a, b)).toJson(QJsonDocument::Indented));
        return Success;
    }
    QString out;
    out += tr("A: %1").arg(a.displayName()) + QLatin1Char('\n');
    out += tr("B: %1").arg(b.displayName()) + QLatin1Char('\n');
    //: 1 sections the same, 2 changed, 3 added, 4 removed
    out += tr("Sections: %1 same, %2 changed, %3 added, %4 removed")
               .arg(d.count(ReportDiff::Change::Same))
               .arg(d.count(ReportDiff::Change::Changed))
               .arg(d.count(ReportDiff::Change::Added))
               .arg(d.count(ReportDiff::Change::Removed)) +
           QLatin1Char('\n');
    for (const ReportDiff::SectionPair &p : d.sections()) {
        static const char marks[] = {' ', '~', '+', '-'};
        QString heading = p.b >= 0 ? p.headingB : p.headingA;
        if (heading.isEmpty()) {
            const Report &r = p.b >= 0 ? b : a;
            heading = QLatin1Char('(') + Section::roleName(r.section(p.b >= 0 ? p.b : p.a).role) +
                      QLatin1Char(')');
        }
        out += QString(2 * (p.level - 1), QLatin1Char(' ')) + QLatin1Char(marks[int(p.change)]) +
               QLatin1Char(' ') + heading;
        if (p.change == ReportDiff::Change::Changed && p.a >= 0 && p.headingA != p.headingB)
            out += QStringLiteral("  (") + p.headingA + QLatin1Char(')');
        out += QLatin1Char('\n');
    }
    if (!d.indicators().isEmpty())
        out += QLatin1Char('\n') + tr("Indicators (A → B):") + QLatin1Char('\n');
    for (const ReportDiff::IndicatorChange &c : d.indicators()) {
        const QString none = QStringLiteral("—");
        out += c.name + QLatin1Char('\t') + (c.inA ? c.displayA : none) + QStringLiteral(" → ") +
               (c.inB ? c.displayB : none);
        if (c.inA && c.inB) {
            // A change of a percentage is in percentage points.
            const bool percent = c.unit == u"%";
            out += QLatin1Char('\t') + (c.change > 0 ? QStringLiteral("+") : QString()) +
                   (percent ? Magnitude::format(c.change, {}) + tr("pp")
                            : Magnitude::display(c.change, c.unit, c.displayB));
        }
        out += QLatin1Char('\n');
    }
    writeOut(out.toUtf8());
    return Success;
}
