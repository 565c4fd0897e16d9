#ifndef REPORTSCOPE_LIBRARYINDEXJOB_H
#define REPORTSCOPE_LIBRARYINDEXJOB_H

#include "library/libraryindexer.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

/**
 * Indexes files and folders into a library on a worker thread with its own database
 * connection, so the window stays responsive: progress per file, cancel() between files and
 * inside the parser, and every file's result at the end.
 *
 * Signals arrive on the thread that owns the job. Deleting a running job cancels it and
 * waits for the worker to stop; files already indexed stay indexed.
 */
class LibraryIndexJob : public QObject
{
    Q_OBJECT

public:
    LibraryIndexJob(const QString &databasePath, const QStringList &paths,
                    QObject *parent = nullptr);
    ~LibraryIndexJob() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    /** Before each file: files done, files found, the file's path. */
    void progress(int done, int total, const QString &path);
    /** Once; error is empty unless the database could not be opened. */
    void finished(const QList<LibraryIndexer::FileResult> &results, const QString &error);

private:
    QString m_databasePath;
    QStringList m_paths;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

#endif // REPORTSCOPE_LIBRARYINDEXJOB_H
