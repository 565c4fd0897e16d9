// Responsiveness of the window on a large report: opens FILE in a MainWindow through the normal
// background path (MainWindow::openFiles), runs a 10 ms heartbeat timer on the GUI thread and
// prints, per phase, the longest gap between two heartbeats (the longest freeze), how long the
// phase's own call took, how long until the window was idle again, the number of times the
// detail pane was painted and the peak memory so far (VmHWM). Every view is asked to repaint
// every 50 ms, so a slow paint shows up as a freeze as well.
//   bench_window FILE [--timeout SECONDS] [--verbose]
// --verbose names the slowest event of a phase (type and receiver) when it took over 30 ms;
// with BENCH_WINDOW_TRACE set, every event of 15 ms or more and every gap over 50 ms is listed.
// Phases: load (to loadingFinished, then until idle), the biggest section, a far figure in the
// table, typing into the figure filter box and clearing it, the table's "whole report" scope,
// sorting it by value and back to document order, find backwards from the top of the biggest
// section (wraps to the end of the report), the report root, the section filter box, close.
// QT_QPA_PLATFORM defaults to offscreen. Not a test: it prints numbers, it asserts nothing.
//
//   bench_window --library DB [--runs N]
// Start-up of a window whose library pane is open (as a session that left it open restores
// it) on the library DB (e.g. the 1,000 reports of bench_library --keep DIR: DIR/library.sqlite):
// each run is a new process that makes the window, shows it and prints when the library pane
// was first painted, when its groups were listed and the longest freeze until then; the times
// count from the process's start (its start time in /proc, 10 ms steps) and from main(), with
// the CPU time used. With --runs N (default 5) the medians follow. Issue 13: <= 300 ms.

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figuremodel.h"
#include "core/processmemory.h"
#include "core/sectionfiltermodel.h"
#include "widgets/detailpane.h"
#include "widgets/figurechartview.h"
#include "widgets/figuretableview.h"
#include "widgets/librarypane.h"
#include "widgets/mainwindow.h"
#include "widgets/sectiontreeview.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace {

/** Counts paint events of a widget. */
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

/** True while a view still works in the background (charts, sorting); read from the
 *  "busy" property where a widget or model has one, so the bench also runs on older code. */
bool anyBusy(const QObject *root)
{
    if (root->property("busy").toBool())
        return true;
    for (const QObject *child : root->children()) {
        if (anyBusy(child))
            return true;
    }
    return false;
}

/** Times every event the GUI thread delivers at the outermost level, so that a freeze can be
 *  traced to the object and event that caused it. */
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slowest
    {
        qint64 ms = 0;
        QString what;
    };
    Slowest slowest;
    bool trace = qEnvironmentVariableIsSet("BENCH_WINDOW_TRACE");

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Named before delivery: the receiver may be gone after it.
        const int type = int(event->type());
        const char *className = receiver->metaObject()->className();
        const QObject *parent = receiver->parent();
        const char *parentName = parent ? parent->metaObject()->className() : "";
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ms = t.elapsed();
        if (trace && ms >= 15)
            std::printf("  [trace] event %lld ms: type %d to %s in %s\n", ms, type, className,
                        parentName);
        if (ms > slowest.ms) {
            slowest.ms = ms;
            slowest.what = QStringLiteral("slowest event %1 ms: type %2 to %3 in %4")
                               .arg(ms)
                               .arg(type)
                               .arg(QLatin1String(className), QLatin1String(parentName));
        }
        return result;
    }

private:
    int m_depth = 0;
};

class Bench : public QObject
{
public:
    Bench(MainWindow *window, const QString &path, int timeoutSeconds, bool verbose)
        : m_window(window), m_path(path), m_timeout(timeoutSeconds), m_verbose(verbose)
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(10);
        connect(&m_heartbeat, &QTimer::timeout, this, &Bench::beat);
        m_window->detailPane()->textBrowser()->viewport()->installEventFilter(&m_paints);
        // The watchdog ends a hopelessly frozen run (the GUI thread cannot be interrupted).
        m_watchdog = QThread::create([this] {
            while (!m_done.load()) {
                QThread::msleep(200);
                if (m_clock.isValid() &&
                    m_clock.elapsed() - m_lastBeat.load() > m_timeout * 1000LL) {
                    std::printf("%-22s FROZEN for more than %d s: aborted (VmHWM %lld MB)\n",
                                m_phase.load(), m_timeout, ProcessMemory::peakResidentKb() / 1024);
                    std::fflush(stdout);
                    _exit(3);
                }
            }
        });
        m_watchdog->start();
    }
    ~Bench() override
    {
        m_done.store(true);
        m_watchdog->wait();
        delete m_watchdog;
    }

    void run()
    {
        m_clock.start();
        m_heartbeat.start();
        std::printf("bench_window %s (%.1f MB)\n", qPrintable(m_path),
                    double(QFileInfo(m_path).size()) / 1e6);
        std::printf("%-22s %9s %9s %9s %7s %8s\n", "phase", "max gap", "call", "to idle", "paints",
                    "VmHWM");
        loadPhase();
    }

private:
    void beat()
    {
        const qint64 now = m_clock.elapsed();
        if (static_cast<TimingApplication *>(qApp)->trace && now - m_lastBeat.load() > 50)
            std::printf("  [trace] gap %lld ms at %lld\n", now - m_lastBeat.load(), now);
        m_maxGap = qMax(m_maxGap, now - m_lastBeat.load());
        m_lastBeat.store(now);
        if (++m_beats % 5 == 0) {
            // What scrolling or uncovering the window asks for: every view repaints.
            m_window->detailPane()->textBrowser()->viewport()->update();
            m_window->sectionTree()->treeView()->viewport()->update();
            m_window->figureTable()->tableView()->viewport()->update();
            m_window->chartView()->update();
        }
    }

    void begin(const char *name)
    {
        static_cast<TimingApplication *>(qApp)->slowest = {};
        m_phase.store(name);
        m_lastBeat.store(m_clock.elapsed());
        m_maxGap = 0;
        m_paints.count = 0;
        m_phaseStart = m_clock.elapsed();
    }

    void end(qint64 callMs, const QString &note = QString())
    {
        // Idle: nothing busy and no freeze for 300 ms, at least 500 ms after the call.
        const qint64 start = m_phaseStart;
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        auto quietSince = std::make_shared<qint64>(-1);
        connect(poll, &QTimer::timeout, this, [=] {
            const qint64 now = m_clock.elapsed();
            const bool busy = anyBusy(m_window);
            if (busy || now - m_lastBeat.load() > 30)
                *quietSince = -1;
            else if (*quietSince < 0)
                *quietSince = now;
            if (*quietSince < 0 || now - *quietSince < 300 || now - start < 500)
                return;
            poll->stop();
            poll->deleteLater();
            const qint64 idle = *quietSince - start;
            std::printf("%-22s %6lld ms %6lld ms %6lld ms %7d %5lld MB  %s\n", m_phase.load(),
                        m_maxGap, callMs, idle, m_paints.count,
                        ProcessMemory::peakResidentKb() / 1024, qPrintable(note));
            const auto &slowest = static_cast<TimingApplication *>(qApp)->slowest;
            if (m_verbose && slowest.ms > 30)
                std::printf("%-22s   (%s)\n", "", qPrintable(slowest.what));
            std::fflush(stdout);
            QTimer::singleShot(0, this, [this] { nextPhase(); });
        });
        poll->start();
    }

    /** Runs one step of a phase as the event loop would (a click, a key), timing the call. */
    void timed(const char *name, const std::function<QString()> &action)
    {
        begin(name);
        QTimer::singleShot(0, this, [this, action] {
            QElapsedTimer t;
            t.start();
            const QString note = action();
            end(t.elapsed(), note);
        });
    }

    void loadPhase()
    {
        begin("load");
        QElapsedTimer *t = new QElapsedTimer;
        t->start();
        connect(
            m_window, &MainWindow::loadingFinished, this,
            [this, t] {
                const qint64 ms = t->elapsed();
                delete t;
                const DocumentModel *docs = m_window->documentModel();
                m_row = docs->reportCount() - 1;
                const ReportPtr r = docs->report(m_row);
                QString note = r ? QStringLiteral("loaded in %1 ms: %2 sections, %3 figures")
                                       .arg(ms)
                                       .arg(r->sectionCount())
                                       .arg(r->figures().size())
                                 : QStringLiteral("failed to load");
                end(ms, note);
            },
            Qt::SingleShotConnection);
        m_window->openFiles({m_path});
    }

    void selectInTree(int section)
    {
        SectionTreeView *tree = m_window->sectionTree();
        const QModelIndex src = m_window->documentModel()->indexForSection(m_row, section);
        const QModelIndex proxy = tree->filterModel()->mapFromSource(src);
        if (proxy.isValid())
            tree->treeView()->setCurrentIndex(proxy);
        else
            m_window->selection()->selectSection(src);
    }

    void nextPhase()
    {
        const ReportPtr report = m_window->documentModel()->report(m_row);
        ++m_step;
        if (!report && m_step < 11)
            m_step = 11;
        switch (m_step) {
        case 1: {
            // The section with the most text in its subtree (children follow their parent).
            const int n = int(report->sectionCount());
            QList<qint64> chars(n);
            for (int i = n - 1; i >= 0; --i) {
                chars[i] += report->section(i).text.size();
                if (report->section(i).parent >= 0)
                    chars[report->section(i).parent] += chars[i];
            }
            int best = 0;
            for (int i = 0; i < n; ++i) {
                if (chars[i] > chars[best])
                    best = i;
            }
            m_bigSection = best;
            timed("biggest section", [this, best, report, chars] {
                selectInTree(best);
                return QStringLiteral("section %1, %2 chars, %3 figures; pane shows %4 chars")
                    .arg(report->section(best).id)
                    .arg(chars[best])
                    .arg(report->figureCountInSubtree(best))
                    .arg(m_window->detailPane()->textBrowser()->document()->characterCount());
            });
            break;
        }
        case 2:
            timed("far figure in table", [this] {
                QTableView *table = m_window->figureTable()->tableView();
                const int rows = table->model()->rowCount();
                if (rows == 0)
                    return QStringLiteral("table empty");
                const int row = int(qint64(rows) * 9 / 10);
                table->setCurrentIndex(table->model()->index(row, 1));
                return QStringLiteral("row %1 of %2; figure %3")
                    .arg(row)
                    .arg(rows)
                    .arg(m_window->selection()->currentFigureIndex());
            });
            break;
        case 3:
            timed("figure filter typed", [this] {
                QLineEdit *edit = m_window->figureTable()->filterEdit();
                edit->setText(QStringLiteral("调"));
                edit->setText(QStringLiteral("调解"));
                return QString();
            });
            break;
        case 4:
            timed("figure filter shown", [this] {
                return QStringLiteral("%1 rows").arg(
                    m_window->figureTable()->tableView()->model()->rowCount());
            });
            break;
        case 5:
            timed("figure filter cleared", [this] {
                m_window->figureTable()->filterEdit()->clear();
                return QString();
            });
            break;
        case 6:
            timed("table whole report", [this] {
                m_window->figureTable()->setScope(FigureTableView::ReportScope);
                return QStringLiteral("%1 rows").arg(
                    m_window->figureTable()->tableView()->model()->rowCount());
            });
            break;
        case 7:
            timed("table sorted by value", [this] {
                // A click on the header: sorts on the proxy's worker thread when large.
                m_window->figureTable()->tableView()->sortByColumn(FigureModel::ValueColumn,
                                                                   Qt::DescendingOrder);
                return QString();
            });
            break;
        case 8:
            timed("table document order", [this] {
                m_window->figureTable()->tableView()->sortByColumn(FigureModel::SectionColumn,
                                                                   Qt::AscendingOrder);
                m_window->figureTable()->setScope(FigureTableView::SectionScope);
                return QString();
            });
            break;
        case 9:
            timed("find backwards", [this, report] {
                // Text near the end of the biggest section, searched backwards from the top of
                // the section: the search wraps around to the end of the report.
                const Section &s = report->section(m_bigSection);
                selectInTree(m_bigSection);
                DetailPane *pane = m_window->detailPane();
                // By name, so that the bench builds on versions without parts as well.
                QMetaObject::invokeMethod(pane, "showPart", Q_ARG(int, 0));
                const QString text = s.text.size() > 40 ? s.text.mid(s.text.size() - 30, 12)
                                                        : report->headingText(m_bigSection);
                const bool found = pane->find(text, true);
                return QStringLiteral("found: %1, part %2 of %3")
                    .arg(found ? "yes" : "no")
                    .arg(pane->property("currentPart").toInt() + 1)
                    .arg(pane->property("partCount").toInt());
            });
            break;
        case 10:
            timed("report root", [this] {
                selectInTree(-1);
                return QString();
            });
            break;
        case 11:
            timed("section filter", [this] {
                m_window->sectionTree()->setFilterText(QStringLiteral("调解"));
                return QString();
            });
            break;
        case 12:
            timed("section filter cleared", [this] {
                m_window->sectionTree()->setFilterText(QString());
                return QString();
            });
            break;
        case 13:
            timed("close report", [this] {
                selectInTree(-1);
                m_window->closeReport();
                return QStringLiteral("%1 reports open")
                    .arg(m_window->documentModel()->reportCount());
            });
            break;
        default:
            std::printf("peak RSS (VmHWM) %lld MB, now (VmRSS) %lld MB\n",
                        ProcessMemory::peakResidentKb() / 1024, ProcessMemory::residentKb() / 1024);
            std::fflush(stdout);
            QCoreApplication::quit();
            break;
        }
    }

    MainWindow *m_window;
    QString m_path;
    int m_timeout;
    bool m_verbose;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastBeat{0};
    std::atomic<const char *> m_phase{"start"};
    std::atomic_bool m_done{false};
    QThread *m_watchdog = nullptr;
    qint64 m_maxGap = 0;
    qint64 m_phaseStart = 0;
    qint64 m_beats = 0;
    PaintCounter m_paints;
    int m_row = -1;
    int m_step = 0;
    int m_bigSection = 0;
};

// Milliseconds since this process started, from its start time in /proc (clock ticks since
// boot) and the boot-time clock; -1 where that cannot be read.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name (which may hold spaces) in its parentheses.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 of proc(5)
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

long long cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// One start of a window with its library pane shown; prints one line of key=value numbers.
int runLibraryStart(TimingApplication &app, const QElapsedTimer &sinceMain, const QString &db)
{
    MainWindow::Options options;
    options.useSettings = false;
    options.libraryPath = db;
    MainWindow window(options);
    window.resize(1280, 800);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    auto *pane = window.findChild<LibraryPane *>();
    auto *groups = pane ? pane->findChild<QTreeWidget *>(QStringLiteral("libraryGroups")) : nullptr;
    if (!dock || !groups) {
        std::fprintf(stderr, "bench_window: the window has no library pane\n");
        return 1;
    }
    // As restoreState() leaves a session whose library pane was open.
    dock->show();
    dock->raise();
    PaintCounter panePaints;
    pane->installEventFilter(&panePaints);
    QElapsedTimer beat;
    beat.start();
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { longest = qMax(longest, beat.restart()); });
    heartbeat.start(10);
    window.show();
    double paintedMs = -1, paintedMain = -1, listedMs = -1, listedMain = -1;
    long long paintedCpu = 0, listedCpu = 0;
    QElapsedTimer limit;
    limit.start();
    while (listedMs < 0 && limit.elapsed() < 60000) {
        app.processEvents(QEventLoop::AllEvents, 5);
        if (paintedMs < 0 && panePaints.count > 0) {
            paintedMs = msSinceProcessStart();
            paintedMain = double(sinceMain.nsecsElapsed()) / 1e6;
            paintedCpu = cpuMs();
        }
        if (groups->topLevelItemCount() > 0) {
            listedMs = msSinceProcessStart();
            listedMain = double(sinceMain.nsecsElapsed()) / 1e6;
            listedCpu = cpuMs();
        }
    }
    longest = qMax(longest, beat.elapsed());
    std::printf("painted=%.0f painted_main=%.0f painted_cpu=%lld listed=%.0f listed_main=%.0f "
                "listed_cpu=%lld freeze=%lld groups=%d\n",
                paintedMs, paintedMain, paintedCpu, listedMs, listedMain, listedCpu, longest,
                groups->topLevelItemCount());
    std::fflush(stdout);
    return listedMs < 0 ? 1 : 0;
}

// Runs this program runs times with --library-child and prints each run and the medians.
int runLibraryStarts(const QString &db, int runs)
{
    QMap<QString, QList<double>> values;
    for (int r = 0; r < runs; ++r) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--library-child"), db});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_window: run %d failed\n", r + 1);
            return 1;
        }
        const QByteArray line = child.readAllStandardOutput().trimmed();
        std::printf("run %d: %s\n", r + 1, line.constData());
        for (const QByteArray &pair : line.split(' ')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                values[QString::fromLatin1(pair.left(eq))].append(pair.mid(eq + 1).toDouble());
        }
    }
    std::printf("median of %d runs (ms since the process started; _main since main(); _cpu "
                "user+sys so far):",
                runs);
    for (auto it = values.begin(); it != values.end(); ++it) {
        QList<double> v = it.value();
        std::sort(v.begin(), v.end());
        std::printf(" %s=%.0f", qPrintable(it.key()), v.at(v.size() / 2));
    }
    std::printf("\n  target (issue 13): painted and listed <= 300 ms\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 3 && qstrcmp(argv[1], "--library") == 0) {
        int runs = 5;
        if (argc >= 5 && qstrcmp(argv[3], "--runs") == 0)
            runs = qMax(1, QByteArray(argv[4]).toInt());
        QCoreApplication app(argc, argv);
        return runLibraryStarts(QString::fromLocal8Bit(argv[2]), runs);
    }
    TimingApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--library-child") == 0)
        return runLibraryStart(app, sinceMain, QString::fromLocal8Bit(argv[2]));
    const QStringList args = app.arguments().mid(1);
    QString path;
    int timeout = 600;
    bool verbose = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--timeout") && i + 1 < args.size())
            timeout = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--verbose"))
            verbose = true;
        else
            path = args.at(i);
    }
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        std::fprintf(stderr, "usage: bench_window FILE [--timeout SECONDS] [--verbose]\n");
        return 2;
    }
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    Bench bench(&window, path, timeout, verbose);
    QTimer::singleShot(200, &bench, &Bench::run);
    return app.exec();
}
