// PDF export speed: exports the whole sample report (or FILE) with charts, best of five runs,
// and prints the time in milliseconds (target: at most 500 ms). For comparison it then times
// LibreOffice converting the same text file to PDF (best of three after a warm-up run), when
// `libreoffice` or `soffice` is on the PATH.
//   bench_export [FILE] [--keep OUT.pdf] [--no-libreoffice]
// Run from the repository root, or pass FILE; QT_QPA_PLATFORM defaults to offscreen.

#include "export/exportselection.h"
#include "export/pdfexporter.h"
#include "import/reportloader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int ExportRuns = 5;
constexpr int LibreOfficeRuns = 3;

// Best wall time of runs exports in ms; -1 when one fails.
double timeExport(const Report &report, const PdfExporter::Options &options, const QString &out,
                  int *pages, qint64 *bytes)
{
    double best = -1;
    for (int run = 0; run < ExportRuns; ++run) {
        PdfExporter exporter(options);
        QElapsedTimer timer;
        timer.start();
        if (!exporter.exportToFile(report, ExportSelection::all(report), out)) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(exporter.errorString()));
            return -1;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        best = best < 0 ? ms : qMin(best, ms);
        *pages = exporter.pageCount();
    }
    *bytes = QFileInfo(out).size();
    return best;
}

// Best of LibreOfficeRuns conversions after one warm-up (which creates the profile); -1 if
// LibreOffice fails.
double timeLibreOffice(const QString &program, const QString &file, const QString &outDir)
{
    // A private profile: no interference with a running office or the user's settings.
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + outDir + QStringLiteral("/lo-profile");
    const QStringList args{profile,
                           QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"),
                           QStringLiteral("pdf"),
                           QStringLiteral("--outdir"),
                           outDir,
                           file};
    double best = -1;
    for (int run = 0; run <= LibreOfficeRuns; ++run) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            std::fprintf(stderr, "bench_export: %s failed: %s\n", qPrintable(program),
                         p.readAll().constData());
            return -1;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0)
            best = best < 0 ? ms : qMin(best, ms);
        else
            std::printf("%-34s %8.0f ms (first run, creates its profile)\n", "libreoffice warm-up",
                        ms);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QString file = QStringLiteral("resources/sample-report.txt");
    QString keep;
    bool libreOffice = true;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-libreoffice"))
            libreOffice = false;
        else
            file = args.at(i);
    }
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr,
                     "bench_export: %s not found (run from the repository root or pass FILE)\n",
                     qPrintable(file));
        return 1;
    }

    QElapsedTimer loadTimer;
    loadTimer.start();
    const ReportLoader::Result loaded = ReportLoader::loadFile(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_export: %s: %s\n", qPrintable(file),
                     qPrintable(loaded.errorMessage));
        return 1;
    }
    const Report &report = *loaded.report;
    std::printf("%s: %lld sections, %lld figures (loaded in %.1f ms)\n", qPrintable(file),
                qint64(report.sectionCount()), qint64(report.figures().size()),
                double(loadTimer.nsecsElapsed()) / 1e6);

    QTemporaryDir dir;
    const QString out = keep.isEmpty() ? dir.filePath(QStringLiteral("export.pdf")) : keep;

    PdfExporter::Options options;
    options.includeCharts = false;
    int pages = 0;
    qint64 bytes = 0;
    const double plain = timeExport(report, options, out, &pages, &bytes);
    if (plain < 0)
        return 1;
    std::printf("%-34s %8.1f ms (best of %d; %d pages, %lld bytes)\n", "export, no charts", plain,
                ExportRuns, pages, bytes);

    options.includeCharts = true;
    const double charts = timeExport(report, options, out, &pages, &bytes);
    if (charts < 0)
        return 1;
    std::printf("%-34s %8.1f ms (best of %d; %d pages, %lld bytes) %s\n", "export with charts",
                charts, ExportRuns, pages, bytes, charts <= 500 ? "within 500 ms" : "OVER 500 ms");
    std::fflush(stdout);

    if (!libreOffice)
        return 0;
    QString program = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (program.isEmpty()) {
        std::printf("%-34s not installed\n", "libreoffice --convert-to pdf");
        return 0;
    }
    const double office = timeLibreOffice(program, QFileInfo(file).absoluteFilePath(), dir.path());
    if (office < 0)
        return 1;
    std::printf("%-34s %8.0f ms (best of %d; %lld bytes)\n", "libreoffice --convert-to pdf", office,
                LibreOfficeRuns,
                QFileInfo(dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf")))
                    .size());
    return 0;
}
