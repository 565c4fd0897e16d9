// Parsing throughput: reads the report files of a folder (the argument, else
// REPORTSCOPE_CORPUS_DIR), repeats them to at least 50 MB and prints one line per measurement,
// best of three runs on one thread:
//   decode+parse            outline only (ReportParser::Options::extractFigures = false)
//   decode+parse+figures    the whole pipeline: figures and consistency checks
//   figures (one document)  FigureExtractor alone on all texts joined into one 50 MB text,
//                           which shows that extraction stays linear on a single huge input
// MB are 10^6 bytes of input as stored on disk.

#include "core/figureextractor.h"
#include "import/reportloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

constexpr qint64 TargetBytes = 50LL * 1000 * 1000;

struct Input
{
    QString path;
    QByteArray bytes;
};

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

void report(const char *what, qint64 bytes, qint64 nanoseconds, int figures)
{
    const double seconds = double(nanoseconds) / 1e9;
    std::printf("%-24s %8.1f MB/s  (%.1f MB in %.3f s, %d figures)\n", what,
                megabytes(bytes) / seconds, megabytes(bytes), seconds, figures);
    std::fflush(stdout);
}

// Best of three runs of the whole repeated input through the loader.
qint64 timeLoading(const QList<Input> &inputs, int repeats, bool figures, int *figureCount)
{
    ReportParser::Options options;
    options.extractFigures = figures;
    qint64 best = -1;
    for (int run = 0; run < 3; ++run) {
        int count = 0;
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < repeats; ++r) {
            for (const Input &in : inputs) {
                const ReportLoader::Result result =
                    ReportLoader::loadData(in.bytes, in.path, options);
                if (result.ok())
                    count += int(result.report->figures().size());
            }
        }
        const qint64 ns = timer.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
        *figureCount = count;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString folder =
        args.size() > 1 ? args.at(1) : qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
    if (folder.isEmpty()) {
        std::fprintf(stderr, "usage: bench_parse FOLDER (or set REPORTSCOPE_CORPUS_DIR)\n");
        return 2;
    }
    QList<Input> inputs;
    qint64 bytes = 0;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Input in{file.fileName(), file.readAll()};
        bytes += in.bytes.size();
        inputs.append(in);
    }
    if (inputs.isEmpty() || bytes == 0) {
        std::fprintf(stderr, "bench_parse: no .txt files in %s\n", qPrintable(folder));
        return 1;
    }
    const int repeats = int((TargetBytes + bytes - 1) / bytes);
    const qint64 total = bytes * repeats;
    std::printf("%d files, %.2f MB, repeated %d times\n", int(inputs.size()), megabytes(bytes),
                repeats);

    int figures = 0;
    qint64 ns = timeLoading(inputs, repeats, false, &figures);
    report("decode+parse", total, ns, figures);
    ns = timeLoading(inputs, repeats, true, &figures);
    report("decode+parse+figures", total, ns, figures);

    // One document of all texts, for linear time on a single large input.
    QString joined;
    qint64 joinedBytes = 0;
    for (int r = 0; r < repeats; ++r) {
        for (const Input &in : inputs) {
            joined += QString::fromUtf8(in.bytes);
            joined += QLatin1Char('\n');
            joinedBytes += in.bytes.size() + 1;
        }
    }
    qint64 best = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        figures = int(FigureExtractor::extract(joined).size());
        const qint64 elapsed = timer.nsecsElapsed();
        if (best < 0 || elapsed < best)
            best = elapsed;
    }
    report("figures (one document)", joinedBytes, best, figures);
    return 0;
}
