// Peak memory (and time) of the command line and the window on large inputs. Generates into a
// temporary folder
//   real.txt   the corpus's report files (the argument, else REPORTSCOPE_CORPUS_DIR) one after
//              another, repeated to at least 50 MB, as bench_parse reads them
//   dense.txt  one section of 50 MB of short sentences with two figures each (about 1.7
//              million figures), made like tst_largeinput's text
// and runs, each as a child process with stdout to /dev/null, reading its peak resident set
// size (ru_maxrss) with wait4():
//   figures --json real.txt, figures --json dense.txt, figures --csv dense.txt
//   the window with the bundled sample report (reportscope --screenshot, offscreen)
//   bench_window dense.txt (load, browse, sort, find, close) when bench_window is beside it
//   bench_memory [FOLDER] [--bin DIR] [--keep] [--only NAME]
// --bin names the folder of reportscope and bench_window (default: this program's folder);
// --keep leaves the generated files and prints where; --only runs one line (real, dense, csv,
// sample, window). Not a test: it prints numbers, it asserts nothing.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr qint64 TargetBytes = 50LL * 1000 * 1000;

struct Run
{
    bool ok = false;
    int exitCode = -1;
    qint64 peakKb = 0;
    double seconds = 0;
};

/** Runs program with arguments, stdout and stderr to /dev/null, and waits for it. */
Run runChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage;
    storage.append(QFile::encodeName(program));
    for (const QString &a : arguments)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    Run run;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0) {
            dup2(devNull, STDOUT_FILENO);
            dup2(devNull, STDERR_FILENO);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakKb = usage.ru_maxrss; // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.ok = run.exitCode == 0;
    return run;
}

void print(const char *what, const Run &run, qint64 targetMb)
{
    const qint64 mb = run.peakKb / 1024;
    std::printf("%-34s %7lld MB  %7.2f s  target <= %lld MB  %s\n", what, mb, run.seconds, targetMb,
                !run.ok ? "FAILED (exit code)" : (mb <= targetMb ? "ok" : "MISSED"));
    std::fflush(stdout);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/** The folder's report files one after another until the result holds at least 50 MB. */
QByteArray realReports(const QString &folder)
{
    QByteArray one;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            one += file.readAll() + '\n';
    }
    if (one.isEmpty())
        return one;
    QByteArray out;
    out.reserve(TargetBytes + one.size());
    while (out.size() < TargetBytes)
        out += one;
    return out;
}

/** One section of numbered paragraphs of short sentences with two figures each, 50 MB. */
QByteArray denseSection()
{
    const QString sentence = QStringLiteral("全市共摸排矛盾纠纷6067件，调解成功5996件。");
    QString paragraph;
    while (paragraph.size() < 2000)
        paragraph += sentence;
    QByteArray out = QStringLiteral("某市矛盾纠纷化解工作报告\n一、总体情况\n"
                                    "全年受理案件1200件，办结1180件。\n二、主要工作\n")
                         .toUtf8();
    out.reserve(TargetBytes + 8192);
    const QByteArray body = paragraph.toUtf8();
    // Every paragraph different: the parser drops a repeated copy of the text.
    for (int p = 1; out.size() < TargetBytes; ++p)
        out += QStringLiteral("第%1轮排查中，").arg(p).toUtf8() + body + '\n';
    out += QStringLiteral("三、下一步工作\n继续做好调解工作，力争调解成功率达到98%。\n").toUtf8();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString binDir = QCoreApplication::applicationDirPath();
    bool keep = false;
    QString only;
    QString folder = qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--bin") && i + 1 < args.size())
            binDir = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = true;
        else if (args.at(i) == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i);
        else
            folder = args.at(i);
    }
    const QString reportscope = QDir(binDir).filePath(QStringLiteral("reportscope"));
    const QString benchWindow = QDir(binDir).filePath(QStringLiteral("bench_window"));
    if (!QFileInfo(reportscope).isExecutable()) {
        std::fprintf(stderr, "bench_memory: no reportscope in %s\n", qPrintable(binDir));
        return 2;
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    if (!dir.isValid())
        return 1;
    const QString real = dir.filePath(QStringLiteral("real.txt"));
    const QString dense = dir.filePath(QStringLiteral("dense.txt"));
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };

    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::printf("bench_memory: %s\n", qPrintable(reportscope));
    if (wanted("real")) {
        if (folder.isEmpty()) {
            std::printf("(no corpus folder: real reports skipped)\n");
        } else {
            const QByteArray bytes = realReports(folder);
            if (bytes.isEmpty() || !writeFile(real, bytes)) {
                std::fprintf(stderr, "bench_memory: no .txt files in %s\n", qPrintable(folder));
                return 1;
            }
            std::printf("real.txt  %.1f MB of %s\n", double(bytes.size()) / 1e6,
                        qPrintable(folder));
            print("figures --json, 50 MB real", runChild(reportscope, {"figures", real, "--json"}),
                  200);
        }
    }
    if (wanted("dense") || wanted("csv") || wanted("window")) {
        const QByteArray bytes = denseSection();
        if (!writeFile(dense, bytes))
            return 1;
        std::printf("dense.txt %.1f MB, one section\n", double(bytes.size()) / 1e6);
    }
    if (wanted("dense"))
        print("figures --json, 50 MB dense", runChild(reportscope, {"figures", dense, "--json"}),
              800);
    if (wanted("csv"))
        print("figures --csv, 50 MB dense", runChild(reportscope, {"figures", dense, "--csv"}),
              800);
    if (wanted("sample")) {
        const QString png = dir.filePath(QStringLiteral("sample.png"));
        print("window, sample report", runChild(reportscope, {"--screenshot", png}), 60);
    }
    if (wanted("window")) {
        if (QFileInfo(benchWindow).isExecutable())
            print("bench_window, 50 MB dense", runChild(benchWindow, {dense}), 600);
        else
            std::printf("(no bench_window in %s)\n", qPrintable(binDir));
    }
    if (keep)
        std::printf("inputs kept in %s\n", qPrintable(dir.path()));
    return 0;
}
