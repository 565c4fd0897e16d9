// The library at scale: bench_library [CORPUS] [--reports N] [--parsers N] [--keep DIR [--reuse]]
// Makes N (default 1000) distinct reports from the corpus's plain-text reports (each a corpus
// text with its numbers changed and an own closing line, so every file has its own hash), then
//   index      LibraryIndexer::add over the folder into a new database, by the clock and in
//              CPU time (--parsers: threads parsing ahead of the writer, 0 for none)
//   reindex    the same again: every file unchanged, skipped by size and mtime
//   search     each query of a fixed list 5 times in-process: median and p95
//   compare    LibraryCompare on a frequent label: median and p95
//   open       a report from its stored parse (LibraryReportStore) against parsing its file
//   size       the database file (after a checkpoint) against the source text
// --reuse measures search, compare and size on the library an earlier run left in DIR.
// Targets (issue 13): index <= 60 s, search p95 <= 30 ms, compare <= 100 ms, size <= 3x.

#include "library/librarycompare.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "library/libraryreportstore.h"
#include "library/librarysearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace {

// User and system CPU time of the process so far, in seconds.
double cpuSeconds(double *system)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    *system = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
    return double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
}

// CPU time of the calling thread (the writer) so far, in seconds: with parser threads the
// index is bound by the larger of this and half the process's CPU time on two cores.
double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

// Each run of ASCII digits gets variant added to it (years become other years, counts other
// counts), which keeps the text's shape while making its figures and hash its own.
QByteArray variantOf(const QString &text, int variant)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QString out;
    out.reserve(text.size() + 32);
    qsizetype pos = 0;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        const QStringView d = m.capturedView();
        out += d.size() <= 9 ? QString::number(d.toLongLong() + variant) : d.toString();
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    out += QStringLiteral("\n（第%1号测试副本）\n").arg(variant);
    return out.toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int count = 1000;
    QString keep;
    bool reuse = false;
    int parsers = LibraryIndexer::defaultParsers();
    QString corpus = qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--reports") && i + 1 < args.size())
            count = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--parsers") && i + 1 < args.size())
            parsers = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--reuse"))
            reuse = true;
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else
            corpus = args.at(i);
    }
    QStringList sources;
    for (QDirIterator it(corpus, {QStringLiteral("*.txt")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("README.md")))
            sources.append(path);
    }
    std::sort(sources.begin(), sources.end());
    if (sources.isEmpty()) {
        std::fprintf(stderr, "bench_library: no .txt reports under \"%s\"\n", qPrintable(corpus));
        return 1;
    }
    QList<QString> texts;
    for (const QString &s : sources) {
        QFile f(s);
        if (f.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(f.readAll()));
    }

    QTemporaryDir temp;
    const QString root = keep.isEmpty() ? temp.path() : keep;
    const QString folder = root + QStringLiteral("/reports");
    QDir().mkpath(folder);
    qint64 sourceBytes = 0;
    for (int i = 0; reuse && i < count; ++i)
        sourceBytes +=
            QFileInfo(folder + QStringLiteral("/r%1.txt").arg(i, 4, 10, QLatin1Char('0'))).size();
    for (int i = 0; !reuse && i < count; ++i) {
        const QByteArray bytes = variantOf(texts.at(i % texts.size()), i / int(texts.size()) + 1);
        QFile f(folder + QStringLiteral("/r%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
        sourceBytes += bytes.size();
    }
    std::printf("reports: %d files, %.1f MB of text, from %lld corpus texts\n", count,
                double(sourceBytes) / 1e6, qint64(texts.size()));

    const QString dbPath = root + QStringLiteral("/library.sqlite");
    LibraryDatabase db(dbPath);
    if (!db.open()) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    LibraryIndexer indexer(&db);
    LibraryIndexer::Options indexOptions;
    indexOptions.parsers = parsers;
    double sys0 = 0;
    const double user0 = cpuSeconds(&sys0);
    const double writer0 = threadCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    const auto results =
        reuse ? QList<LibraryIndexer::FileResult>() : indexer.add({folder}, indexOptions);
    const qint64 indexMs = clock.elapsed();
    double sys1 = 0;
    const double user1 = cpuSeconds(&sys1);
    const double writer = threadCpuSeconds() - writer0;
    int added = 0;
    for (const auto &r : results)
        added += r.outcome == LibraryIndexer::Outcome::Added ? 1 : 0;
    std::printf("index:   %.1f s for %d reports added (target <= 60 s); CPU user %.1f s + sys "
                "%.1f s, %d parser threads; the writing thread %.1f s\n",
                indexMs / 1000.0, added, user1 - user0, sys1 - sys0, parsers, writer);
    clock.restart();
    indexer.add({folder});
    std::printf("reindex: %.2f s, every file unchanged\n", clock.elapsed() / 1000.0);

    const QStringList queries = {
        QStringLiteral("复议"),          QStringLiteral("调解"),
        QStringLiteral("营商"),          QStringLiteral("营商环境"),
        QStringLiteral("地区生产总值"),  QStringLiteral("\"优化营商环境\""),
        QStringLiteral("行政复议 调解"), QStringLiteral("一网通办"),
        QStringLiteral("量子纠缠态"),    QStringLiteral("法治政府建设"),
        QStringLiteral("城镇新增就业"),  QStringLiteral("GDP"),
        QStringLiteral("碳达峰"),        QStringLiteral("乡村振兴 粮食"),
        QStringLiteral("科技创新"),      QStringLiteral("民生"),
    };
    LibrarySearch search(&db);
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            LibrarySearch::Query query;
            query.text = q;
            query.limit = 20;
            if (round == 4)
                query.type = QStringLiteral("gzbg");
            QElapsedTimer t;
            t.start();
            const auto hits = search.search(query);
            times.append(double(t.nsecsElapsed()) / 1e6);
            if (round == 0)
                std::printf("  %-16s %2lld hits %7.2f ms\n", qPrintable(q), qint64(hits.size()),
                            times.last());
        }
    }
    std::printf("search:  median %.2f ms, p95 %.2f ms over %lld queries (target p95 <= 30 ms)\n",
                percentile(times, 0.5), percentile(times, 0.95), qint64(times.size()));

    QSqlQuery label(db.database());
    label.exec(QStringLiteral("SELECT label FROM figures WHERE label != '' GROUP BY label ORDER "
                              "BY count(*) DESC LIMIT 5"));
    QStringList labels;
    while (label.next())
        labels.append(label.value(0).toString());
    LibraryCompare compare(&db);
    QList<double> compareTimes;
    qsizetype rows = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &l : labels) {
            QElapsedTimer t;
            t.start();
            rows = qMax(rows, compare.compare(l).size());
            compareTimes.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("compare: median %.2f ms, p95 %.2f ms over the %lld most frequent labels, up to "
                "%lld rows (target <= 100 ms)\n",
                percentile(compareTimes, 0.5), percentile(compareTimes, 0.95),
                qint64(labels.size()), qint64(rows));

    // Opening a report: the 30 largest files, from the store (hash check and unpacking
    // included) and parsed from the file, each the best of 3.
    QStringList largest;
    QSqlQuery big(db.database());
    big.exec(
        QStringLiteral("SELECT path FROM files WHERE state = 'ok' ORDER BY size DESC LIMIT 30"));
    while (big.next())
        largest.append(big.value(0).toString());
    LibraryReportStore store(&db);
    QList<double> storedTimes;
    QList<double> parsedTimes;
    int fromStore = 0;
    for (const QString &path : std::as_const(largest)) {
        double stored = 1e9;
        double parsed = 1e9;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            const LibraryReportStore::Result r = store.open(path);
            stored = qMin(stored, double(t.nsecsElapsed()) / 1e6);
            fromStore += round == 0 && r.origin == LibraryReportStore::Origin::Stored ? 1 : 0;
            t.restart();
            const ReportLoader::Result p = ReportLoader::loadFile(path);
            parsed = qMin(parsed, double(t.nsecsElapsed()) / 1e6);
        }
        storedTimes.append(stored);
        parsedTimes.append(parsed);
    }
    std::printf("open:    %d of %lld largest reports from the stored parse: median %.1f ms, max "
                "%.1f ms; parsing the file: median %.1f ms, max %.1f ms\n",
                fromStore, qint64(largest.size()), percentile(storedTimes, 0.5),
                percentile(storedTimes, 1), percentile(parsedTimes, 0.5),
                percentile(parsedTimes, 1));

    QSqlQuery(db.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dbBytes = QFileInfo(dbPath).size();
    std::printf("size:    %.1f MB database, %.2f x the source text (target <= 3 x)\n",
                double(dbBytes) / 1e6, double(dbBytes) / double(sourceBytes));
    QElapsedTimer check;
    check.start();
    LibraryDatabase reopened(dbPath);
    reopened.open();
    std::printf("check:   %lld ms to open the database (quick_check included)\n", check.elapsed());
    return 0;
}
