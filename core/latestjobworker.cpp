#include "core/latestjobworker.h"

#include <QThread>

LatestJobWorker::LatestJobWorker(const QString &name) : m_name(name) {}

LatestJobWorker::~LatestJobWorker()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LatestJobWorker::post(std::function<void()> job)
{
    const QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(job));
    if (!m_thread) {
        m_thread = QThread::create([this] { loop(); });
        m_thread->setObjectName(m_name);
        m_thread->start(QThread::LowPriority);
    }
    m_wake.wakeAll();
}

int LatestJobWorker::finishedJobs() const
{
    const QMutexLocker lock(&m_mutex);
    return m_finished;
}

void LatestJobWorker::loop()
{
    for (;;) {
        std::vector<std::function<void()>> jobs;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stop)
                m_wake.wait(&m_mutex);
            jobs.swap(m_queue);
            if (m_stop)
                return; // jobs, all dropped, are destroyed here on the worker thread
        }
        std::function<void()> newest = std::move(jobs.back());
        jobs.clear(); // the stale ones, unrun
        newest();
        newest = nullptr;
        const QMutexLocker lock(&m_mutex);
        ++m_finished;
    }
}
