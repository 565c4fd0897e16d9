#ifndef REPORTSCOPE_LATESTJOBWORKER_H
#define REPORTSCOPE_LATESTJOBWORKER_H

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <vector>

class QThread;

/**
 * One long-lived background thread that runs only the newest job handed to it.
 *
 * A model that recomputes on every keystroke or click posts each request here: jobs waiting
 * behind the one that runs are dropped when a newer one arrives, so a burst of requests costs
 * one thread and at most two runs. Cancelling the running job is the job's own business (a
 * flag it checks); the worker only never starts what is stale. Dropped jobs are destroyed on
 * the worker thread, so whatever they hold (a shared report) is let go there too.
 *
 * The thread starts with the first job; the destructor waits for the running job to end and
 * drops the rest.
 */
class LatestJobWorker
{
public:
    /** name is the thread's name, for debuggers and profilers. */
    explicit LatestJobWorker(const QString &name);
    ~LatestJobWorker();
    LatestJobWorker(const LatestJobWorker &) = delete;
    LatestJobWorker &operator=(const LatestJobWorker &) = delete;

    /** Runs job on the worker thread once the running job (if any) is done, unless a newer
     *  job is posted before then. */
    void post(std::function<void()> job);
    /** Number of jobs that ran to their end (not dropped); for tests. */
    int finishedJobs() const;

private:
    void loop();

    const QString m_name;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::vector<std::function<void()>> m_queue; ///< the last one is the newest
    bool m_stop = false;
    int m_finished = 0;
    QThread *m_thread = nullptr;
};

#endif // REPORTSCOPE_LATESTJOBWORKER_H
