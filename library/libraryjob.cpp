#include "library/libraryjob.h"

#include <QThread>

LibraryJob::LibraryJob(const QString &databasePath, LibraryDatabase::Check check, Task task,
                       QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_check(check)
    , m_task(std::move(task))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

LibraryJob::~LibraryJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryJob::start()
{
    if (m_thread)
        return;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // As LibraryIndexJob: queued calls on this object, which the destructor keeps alive until
    // the worker has stopped.
    m_thread = QThread::create([this, cancel] {
        QVariant result;
        QString error;
        {
            LibraryDatabase db(m_databasePath);
            if (db.open(m_check)) {
                const Progress report = [this](int done, int total, const QString &what) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total, what] { emit progress(done, total, what); },
                        Qt::QueuedConnection);
                };
                result = m_task(db, *cancel, report, &error);
            } else {
                error = db.errorString();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, result, error] { emit finished(result, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("LibraryJob"));
    m_thread->start();
}

void LibraryJob::cancel()
{
    m_cancel->store(true);
}

bool LibraryJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
