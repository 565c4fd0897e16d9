#include "library/libraryindexjob.h"

#include "library/librarydatabase.h"

#include <QThread>

LibraryIndexJob::LibraryIndexJob(const QString &databasePath, const QStringList &paths,
                                 QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_paths(paths)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

LibraryIndexJob::~LibraryIndexJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryIndexJob::start()
{
    if (m_thread)
        return;
    const QString dbPath = m_databasePath;
    const QStringList paths = m_paths;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // As ReportLoadJob: queued calls on this object, which the destructor keeps alive until
    // the worker has stopped.
    m_thread = QThread::create([this, dbPath, paths, cancel] {
        QList<LibraryIndexer::FileResult> results;
        QString error;
        {
            // The connection is made, used and closed on the worker thread.
            LibraryDatabase db(dbPath);
            if (db.open()) {
                LibraryIndexer::Options options;
                options.cancel = cancel.get();
                options.progress = [this](int done, int total, const QString &path) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total, path] { emit progress(done, total, path); },
                        Qt::QueuedConnection);
                };
                results = LibraryIndexer(&db).add(paths, options);
            } else {
                error = db.errorString();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, results, error] { emit finished(results, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("LibraryIndexJob"));
    m_thread->start();
}

void LibraryIndexJob::cancel()
{
    m_cancel->store(true);
}

bool LibraryIndexJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
