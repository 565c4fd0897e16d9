#include "import/readermodule.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

#include <memory>
#include <vector>

#ifndef REPORTSCOPE_MODULE_INSTALL_DIR
#define REPORTSCOPE_MODULE_INSTALL_DIR "/usr/lib/reportscope"
#endif

namespace {

QString executableDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Benchmarks and tools may read before they make an application object.
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
}

} // namespace

QStringList ReaderModule::searchPath()
{
    const QString env = qEnvironmentVariable("REPORTSCOPE_MODULE_DIR");
    if (!env.isEmpty())
        return {env};
    QStringList dirs{QDir::cleanPath(executableDir() + QStringLiteral("/../lib/reportscope"))};
    const QString installed = QStringLiteral(REPORTSCOPE_MODULE_INSTALL_DIR);
    if (!dirs.contains(installed))
        dirs.append(installed);
    return dirs;
}

const DocumentReader *ReaderModule::reader(const QString &name, QString *why)
{
    using Entry = const DocumentReader *(*)();
    static QMutex mutex;
    // By file, not by name: REPORTSCOPE_MODULE_DIR may point elsewhere later (tests do).
    static QHash<QString, const DocumentReader *> loaded;
    // Kept, never unloaded: the readers are static objects of their modules.
    static std::vector<std::unique_ptr<QLibrary>> libraries;
    const QMutexLocker lock(&mutex);
    const QStringList dirs = searchPath();
    QString lastError;
    for (const QString &dir : dirs) {
        const QString file = dir + u'/' + name + QStringLiteral(".so");
        if (const DocumentReader *r = loaded.value(file))
            return r;
        if (!QFileInfo::exists(file))
            continue;
        auto library = std::make_unique<QLibrary>(file);
        const auto entry = reinterpret_cast<Entry>(library->resolve("reportscope_reader"));
        const DocumentReader *r = entry ? entry() : nullptr;
        if (r) {
            loaded.insert(file, r);
            libraries.push_back(std::move(library));
            return r;
        }
        lastError = library->errorString();
    }
    if (why) {
        *why = lastError.isEmpty()
                   ? tr("the module %1.so is not installed (looked in %2); reinstall ReportScope.")
                         .arg(name, dirs.join(QStringLiteral(", ")))
                   : tr("the module %1.so could not be loaded (%2); reinstall ReportScope.")
                         .arg(name, lastError);
    }
    return nullptr;
}
