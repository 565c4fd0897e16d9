#include "import/reportloader.h"

#include "import/documentreaders.h"

#include <QFile>
#include <QFileInfo>

namespace {

ReportLoader::Result failure(ReportLoader::Error error, const QString &message)
{
    ReportLoader::Result r;
    r.error = error;
    r.errorMessage = message;
    return r;
}

} // namespace

ReportLoader::Result ReportLoader::loadFile(const QString &path,
                                            const ReportParser::Options &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Error::NotFound, tr("The file does not exist."));
    if (info.isDir())
        return failure(Error::IsDirectory, tr("This is a folder, not a report file."));
    if (!info.isFile())
        return failure(Error::NotRegularFile, tr("This is not a regular file."));
    if (!info.isReadable())
        return failure(Error::PermissionDenied, tr("Permission denied: the file is not readable."));
    if (info.size() > MaxFileSize) {
        return failure(Error::TooLarge, tr("The file is too large (%1 MB; the limit is %2 MB).")
                                            .arg(info.size() / (1024 * 1024))
                                            .arg(MaxFileSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError)
            return failure(Error::PermissionDenied,
                           tr("Permission denied: the file is not readable."));
        return failure(Error::ReadFailed,
                       tr("The file could not be read: %1").arg(file.errorString()));
    }
    // read(MaxFileSize + 1) would reserve the whole limit (512 MB of address space and its
    // page tables) for every file: ask for the size the file says, then for what follows if
    // it has grown (or says 0, as files in /proc do).
    QByteArray data = file.read(qMin<qint64>(MaxFileSize + 1, info.size() + 1));
    while (data.size() <= MaxFileSize && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(qMin<qint64>(MaxFileSize + 1 - data.size(), 1 << 20));
        if (more.isEmpty())
            break;
        data += more;
    }
    if (file.error() != QFileDevice::NoError)
        return failure(Error::ReadFailed,
                       tr("The file could not be read: %1").arg(file.errorString()));
    if (data.size() > MaxFileSize)
        return failure(
            Error::TooLarge,
            tr("The file is too large (the limit is %1 MB).").arg(MaxFileSize / (1024 * 1024)));
    return loadData(std::move(data), info.absoluteFilePath(), options);
}

ReportLoader::Result ReportLoader::loadData(QByteArray data, const QString &path,
                                            const ReportParser::Options &options)
{
    if (data.isEmpty())
        return failure(Error::Empty, tr("The file is empty."));
    const DocumentReader *reader = DocumentReaders::forData(data, path);
    DocumentReader::ReadOptions readOptions;
    readOptions.cancel = options.cancel;
    readOptions.progress = options.progress; // slow readers (OCR) report pages read
    DocumentReader::Result read = reader->read(data, path, readOptions);
    data = QByteArray(); // the bytes are not needed while parsing (when the caller let them go)
    switch (read.error) {
    case DocumentReader::Error::None:
        break;
    case DocumentReader::Error::Empty:
        return failure(Error::Empty, read.errorMessage);
    case DocumentReader::Error::NotText:
        return failure(Error::Binary, read.errorMessage);
    case DocumentReader::Error::Damaged:
        return failure(Error::ReadFailed, read.errorMessage);
    case DocumentReader::Error::Cancelled:
        return failure(Error::Cancelled, read.errorMessage);
    }
    const ReportParser::Result parsed =
        ReportParser::parse(std::move(read.document), path, options);
    if (parsed.error == ReportParser::Error::NoStructure)
        return failure(Error::NoStructure, parsed.errorMessage);
    if (parsed.error == ReportParser::Error::Cancelled)
        return failure(Error::Cancelled, parsed.errorMessage);
    Result r;
    r.report = parsed.report;
    return r;
}
