// LatestJobWorker: one thread for any number of requests; of the jobs that wait while one
// runs only the newest runs, the others are dropped on the worker thread; the destructor waits
// for the running job.

#include "core/latestjobworker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace {

/** Records on which thread it was destroyed. */
struct Probe
{
    explicit Probe(std::atomic<int> *droppedElsewhere) : m_dropped(droppedElsewhere) {}
    ~Probe()
    {
        if (QThread::currentThread() != qApp->thread())
            m_dropped->fetch_add(1);
    }
    std::atomic<int> *m_dropped;
};

} // namespace

class TestLatestJobWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsOnlyTheNewest_data();
    void runsOnlyTheNewest();
    void destructorWaitsForRunningJob();
};

void TestLatestJobWorker::runsOnlyTheNewest_data()
{
    QTest::addColumn<int>("waiting");
    QTest::addColumn<QList<int>>("expectedRuns");
    // Job 0 runs and blocks; jobs 1..waiting queue up behind it.
    QTest::addRow("none waiting") << 0 << QList<int>{0};
    QTest::addRow("one waiting") << 1 << QList<int>{0, 1};
    QTest::addRow("two waiting") << 2 << QList<int>{0, 2};
    QTest::addRow("a burst of 100") << 100 << QList<int>{0, 100};
}

void TestLatestJobWorker::runsOnlyTheNewest()
{
    QFETCH(int, waiting);
    QFETCH(QList<int>, expectedRuns);
    std::mutex mutex;
    QList<int> runs;
    QList<QThread *> threads;
    std::atomic<int> droppedOnWorker{0};
    QSemaphore started;
    QSemaphore release;
    {
        LatestJobWorker worker(QStringLiteral("test"));
        for (int i = 0; i <= waiting; ++i) {
            auto probe = std::make_shared<Probe>(&droppedOnWorker);
            worker.post([&, i, probe] {
                {
                    const std::lock_guard<std::mutex> lock(mutex);
                    runs.append(i);
                    threads.append(QThread::currentThread());
                }
                if (i == 0) {
                    started.release();
                    release.acquire();
                }
            });
            if (i == 0)
                started.acquire(); // job 0 runs: the rest must wait
        }
        release.release();
        QTRY_COMPARE(worker.finishedJobs(), expectedRuns.size());
    }
    QCOMPARE(runs, expectedRuns);
    // One thread, not the caller's.
    for (QThread *t : std::as_const(threads)) {
        QCOMPARE(t, threads.first());
        QVERIFY(t != QThread::currentThread());
    }
    // Every job's captures were let go on the worker thread, run or dropped.
    QCOMPARE(droppedOnWorker.load(), waiting + 1);
}

void TestLatestJobWorker::destructorWaitsForRunningJob()
{
    std::atomic<bool> finished{false};
    QSemaphore started;
    {
        LatestJobWorker worker(QStringLiteral("test"));
        worker.post([&] {
            started.release();
            QThread::msleep(100);
            finished.store(true);
        });
        started.acquire();
    }
    QVERIFY(finished.load());
}

QTEST_GUILESS_MAIN(TestLatestJobWorker)
#include "tst_latestjobworker.moc"
