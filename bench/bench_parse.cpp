// Parsing throughput: reads the report files of a folder (the argument, else
// REPORTSCOPE_CORPUS_DIR), repeats them to at least 50 MB and prints one line per measurement,
// best of three runs on one thread:
//   decode+parse            outline only (ReportParser::Options::extractFigures = false)
//   decode+parse+figures    the whole pipeline: figures and consistency checks
//   figures (one document)  FigureExtractor alone on all texts joined into one 50 MB text,
//                           which shows that extraction stays linear on a single huge input
// Options for profiling (callgrind counts the same instructions on any load): --megabytes N
// repeats the input to N MB instead of 50, --stage parse|figures|document runs one line only,
// --runs N takes the best of N runs instead of three.
// MB are 10^6 bytes of input as stored on disk. Each line gives the rate by the wall clock and
// by the thread's CPU time: on a machine whose cores are shared, the CPU time is what the work
// itself costs, while the wall clock also counts the time other processes held the core.

#include "core/figureextractor.h"
#include "import/reportloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

namespace {

struct Input
{
    QString path;
    QByteArray bytes;
};

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

struct Timing
{
    qint64 wall = -1; ///< nanoseconds
    qint64 cpu = -1;  ///< nanoseconds of this thread's CPU time
};

qint64 threadCpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Runs work and keeps the fastest run of each clock in best.
template<typename Work>
void timeRun(Timing *best, Work work)
{
    QElapsedTimer timer;
    const qint64 cpu0 = threadCpuNanoseconds();
    timer.start();
    work();
    const qint64 wall = timer.nsecsElapsed();
    const qint64 cpu = threadCpuNanoseconds() - cpu0;
    if (best->wall < 0 || wall < best->wall)
        best->wall = wall;
    if (best->cpu < 0 || cpu < best->cpu)
        best->cpu = cpu;
}

void report(const char *what, qint64 bytes, const Timing &t, int figures)
{
    const double seconds = double(t.wall) / 1e9;
    const double cpuSeconds = double(t.cpu) / 1e9;
    std::printf("%-24s %8.1f MB/s  (%.1f MB in %.3f s, %d figures); by CPU time %.1f MB/s\n", what,
                megabytes(bytes) / seconds, megabytes(bytes), seconds, figures,
                megabytes(bytes) / cpuSeconds);
    std::fflush(stdout);
}

// Best of three runs of the whole repeated input through the loader.
Timing timeLoading(const QList<Input> &inputs, int repeats, int runs, bool figures,
                   int *figureCount)
{
    ReportParser::Options options;
    options.extractFigures = figures;
    Timing best;
    for (int run = 0; run < runs; ++run) {
        int count = 0;
        timeRun(&best, [&] {
            for (int r = 0; r < repeats; ++r) {
                for (const Input &in : inputs) {
                    const ReportLoader::Result result =
                        ReportLoader::loadData(in.bytes, in.path, options);
                    if (result.ok())
                        count += int(result.report->figures().size());
                }
            }
        });
        *figureCount = count;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    qint64 targetBytes = 50LL * 1000 * 1000;
    QString stage;
    int runs = 3;
    QString folder = qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
    bool usage = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--megabytes") && !args.isEmpty()) {
            const double mb = args.takeFirst().toDouble();
            usage = usage || mb <= 0;
            targetBytes = qint64(mb * 1e6);
        } else if (arg == QLatin1String("--stage") && !args.isEmpty()) {
            stage = args.takeFirst();
            usage =
                usage || (stage != QLatin1String("parse") && stage != QLatin1String("figures") &&
                          stage != QLatin1String("document"));
        } else if (arg == QLatin1String("--runs") && !args.isEmpty()) {
            runs = args.takeFirst().toInt();
            usage = usage || runs <= 0;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            usage = true;
        } else {
            folder = arg;
        }
    }
    if (usage || folder.isEmpty()) {
        std::fprintf(stderr, "usage: bench_parse [--megabytes N] [--stage parse|figures|document] "
                             "[--runs N] FOLDER (or set REPORTSCOPE_CORPUS_DIR)\n");
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
    const int repeats = int(qMax<qint64>(1, (targetBytes + bytes - 1) / bytes));
    const qint64 total = bytes * repeats;
    std::printf("%d files, %.2f MB, repeated %d times\n", int(inputs.size()), megabytes(bytes),
                repeats);

    int figures = 0;
    if (stage.isEmpty() || stage == QLatin1String("parse")) {
        const Timing t = timeLoading(inputs, repeats, runs, false, &figures);
        report("decode+parse", total, t, figures);
    }
    if (stage.isEmpty() || stage == QLatin1String("figures")) {
        const Timing t = timeLoading(inputs, repeats, runs, true, &figures);
        report("decode+parse+figures", total, t, figures);
    }
    if (!stage.isEmpty() && stage != QLatin1String("document"))
        return 0;

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
    Timing best;
    for (int run = 0; run < runs; ++run)
        timeRun(&best, [&] { figures = int(FigureExtractor::extract(joined).size()); });
    report("figures (one document)", joinedBytes, best, figures);
    return 0;
}
