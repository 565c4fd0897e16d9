#include "core/processmemory.h"

#include <QFile>

qint64 ProcessMemory::statusKb(QByteArrayView field)
{
#ifdef Q_OS_LINUX
    // A proc file has no size: read() until its end, not a size-sized buffer.
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return fieldKb(f.readAll(), field);
#else
    Q_UNUSED(field);
    return -1;
#endif
}

qint64 ProcessMemory::fieldKb(QByteArrayView status, QByteArrayView field)
{
    if (field.isEmpty())
        return -1;
    qsizetype at = 0;
    while (at < status.size()) {
        qsizetype end = status.indexOf('\n', at);
        if (end < 0)
            end = status.size();
        const QByteArrayView line = status.sliced(at, end - at);
        at = end + 1;
        // The whole name and its colon: VmHWM is not VmHWMx.
        if (line.size() <= field.size() || !line.startsWith(field) || line.at(field.size()) != ':')
            continue;
        QByteArrayView value = line.sliced(field.size() + 1).trimmed();
        if (const qsizetype space = value.indexOf(' '); space >= 0)
            value = value.first(space);
        bool ok = false;
        const qint64 kb = value.toLongLong(&ok);
        return ok ? kb : -1;
    }
    return -1;
}
