#include "import/reportloadjob.h"

#include <QPointer>
#include <QThread>

ReportLoadJob::ReportLoadJob(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_cancel(std::make_shared<std::atomic_bool>(false))
{}

ReportLoadJob::~ReportLoadJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReportLoadJob::start()
{
    if (m_thread)
        return;
    const QString path = m_path;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const Loader loader = m_loader;
    // The worker reports back through queued calls on this object; the destructor waits for
    // the worker, so `this` outlives every call it posts (pending ones die with the object).
    m_thread = QThread::create([this, path, cancel, loader] {
        int lastPercent = -1;
        ReportParser::Options options;
        options.cancel = cancel.get();
        options.progress = [this, &lastPercent](int percent) {
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            QMetaObject::invokeMethod(
                this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
        };
        ReportLoader::Result result =
            loader ? loader(path, options) : ReportLoader::loadFile(path, options);
        if (cancel->load() && result.ok()) {
            result = ReportLoader::Result();
            result.error = ReportLoader::Error::Cancelled;
            result.errorMessage = tr("Loading was cancelled.");
        }
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("ReportLoadJob"));
    m_thread->start();
}

void ReportLoadJob::cancel()
{
    m_cancel->store(true);
}

bool ReportLoadJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
