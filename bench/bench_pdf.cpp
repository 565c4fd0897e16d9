// PDF reading speed beside poppler's own `pdftotext -layout`, on the same files, side by side
// (issue 12: reading a text PDF into the tree costs at most 1.5× pdftotext):
//   bench_pdf [FILE.pdf...]   (default: the hongze PDFs of REPORTSCOPE_CORPUS_DIR/published)
// For each file, median CPU time (user + system) of five runs of
//   pdftotext -layout FILE /dev/null        a child process
//   reportscope outline FILE                a child process (bin/reportscope beside this one)
//   in process                              ReportLoader::loadFile, this thread's CPU time, after
//                                           one warm-up read that maps the reader module
// and the ratios to pdftotext. Start-up of the reportscope process (Qt, its libraries) is in
// the second figure and not in the third.

#include "import/reportloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

constexpr int Runs = 5;

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

// CPU time of one run of program in ms, -1 when it does not run or fails.
double childCpu(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    const double before = childrenCpuMs();
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    // QProcess reaps the child before finished(), so its time is in RUSAGE_CHILDREN now.
    return childrenCpuMs() - before;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        const QString dir =
            qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR") + QStringLiteral("/published");
        for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("hongze*.pdf")}))
            files.append(f.absoluteFilePath());
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: bench_pdf FILE.pdf... (or set REPORTSCOPE_CORPUS_DIR)\n");
        return 2;
    }
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString reportscope = app.applicationDirPath() + QStringLiteral("/reportscope");
    std::printf("%-24s %12s %12s %12s %8s %8s\n", "file", "pdftotext", "outline", "in process",
                "ratio", "in proc");
    int failures = 0;
    for (const QString &file : std::as_const(files)) {
        // Warm-up: the page cache, and the reader module in this process.
        const ReportLoader::Result warm = ReportLoader::loadFile(file);
        if (!warm.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(warm.errorMessage));
            ++failures;
            continue;
        }
        QList<double> reference;
        QList<double> outline;
        QList<double> inProcess;
        for (int run = 0; run < Runs; ++run) {
            if (!pdftotext.isEmpty())
                reference.append(childCpu(
                    pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("/dev/null")}));
            outline.append(childCpu(reportscope, {QStringLiteral("outline"), file}));
            const double before = threadCpuMs();
            const ReportLoader::Result r = ReportLoader::loadFile(file);
            inProcess.append(r.ok() ? threadCpuMs() - before : -1);
        }
        const double ref = median(reference);
        const double out = median(outline);
        const double in = median(inProcess);
        std::printf("%-24s %9.1f ms %9.1f ms %9.1f ms %7.2fx %7.2fx\n",
                    qPrintable(QFileInfo(file).fileName()), ref, out, in,
                    ref > 0 ? out / ref : -1.0, ref > 0 ? in / ref : -1.0);
        std::fflush(stdout);
    }
    return failures > 0 ? 1 : 0;
}
