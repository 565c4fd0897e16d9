#ifndef REPORTSCOPE_REPORTLOADJOB_H
#define REPORTSCOPE_REPORTLOADJOB_H

#include "import/reportloader.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

/**
 * Loads one report file on a worker thread, so that a large file neither freezes the window
 * nor has to finish: progress is reported and cancel() stops the parser.
 *
 * Signals arrive on the thread that owns the job. Deleting a running job cancels it and
 * waits for the worker to stop.
 */
class ReportLoadJob : public QObject
{
    Q_OBJECT

public:
    explicit ReportLoadJob(const QString &path, QObject *parent = nullptr);
    ~ReportLoadJob() override;

    /** What reads the file on the worker thread; ReportLoader::loadFile unless set (the
     *  window opens library reports through their stored parse). Set before start(). */
    using Loader =
        std::function<ReportLoader::Result(const QString &path, const ReportParser::Options &)>;
    void setLoader(Loader loader) { m_loader = std::move(loader); }

    QString path() const { return m_path; }
    void start();
    void cancel();
    bool isRunning() const;

signals:
    /** Parsing progress, 0 to 100. */
    void progress(int percent);
    /** The result, once; result.error is Cancelled after cancel(). */
    void finished(const ReportLoader::Result &result);

private:
    QString m_path;
    Loader m_loader;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

#endif // REPORTSCOPE_REPORTLOADJOB_H
