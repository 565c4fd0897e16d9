#ifndef REPORTSCOPE_LIBRARYJOB_H
#define REPORTSCOPE_LIBRARYJOB_H

#include "library/librarydatabase.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

/**
 * One question to the library answered on a worker thread with its own database connection
 * (a connection belongs to one thread), so that the window stays responsive: a comparison,
 * a coverage matrix. The task reports progress and checks the cancel flag; its result comes
 * back as a QVariant on the thread that owns the job.
 *
 * Deleting a running job cancels it and waits for the worker to stop.
 */
class LibraryJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total, const QString &what)>;
    /** Runs on the worker; returns the result, or sets *error. */
    using Task = std::function<QVariant(LibraryDatabase &db, const std::atomic_bool &cancel,
                                        const Progress &progress, QString *error)>;

    LibraryJob(const QString &databasePath, LibraryDatabase::Check check, Task task,
               QObject *parent = nullptr);
    ~LibraryJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return m_cancel->load(); }

signals:
    void progress(int done, int total, const QString &what);
    /** Once; error is empty unless the database could not be opened or the task failed. */
    void finished(const QVariant &result, const QString &error);

private:
    QString m_databasePath;
    LibraryDatabase::Check m_check;
    Task m_task;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

#endif // REPORTSCOPE_LIBRARYJOB_H
