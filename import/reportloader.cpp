#include "import/reportloader.h"

#include "core/textnormalizer.h"
#include "import/encodingdetector.h"

#include <QFile>
#include <QFileInfo>

#include <limits>

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
    QByteArray data = file.read(MaxFileSize + 1);
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
    EncodingDetector::Decoded decoded = EncodingDetector::decode(data);
    data = QByteArray(); // the bytes are not needed while parsing (when the caller let them go)
    if (decoded.binary)
        return failure(Error::Binary, tr("This is not a text file (it looks like binary data)."));
    bool blank = true;
    for (QChar c : std::as_const(decoded.text)) {
        if (!TextNormalizer::isSpace(c)) {
            blank = false;
            break;
        }
    }
    if (blank)
        return failure(Error::Empty, tr("The file holds no text, only white space."));

    ReportParser::Options parseOptions = options;
    if (decoded.invalidSequences > 0) {
        parseOptions.warnings.append(
            tr("%n invalid byte sequence(s) for %1 were replaced by �.", nullptr,
               int(qMin<qsizetype>(decoded.invalidSequences, std::numeric_limits<int>::max())))
                .arg(decoded.encodingName));
    }
    const ReportParser::Result parsed =
        ReportParser::parse(decoded.text, decoded.encodingName, path, parseOptions);
    if (parsed.error == ReportParser::Error::NoStructure)
        return failure(Error::NoStructure, parsed.errorMessage);
    if (parsed.error == ReportParser::Error::Cancelled)
        return failure(Error::Cancelled, parsed.errorMessage);
    Result r;
    r.report = parsed.report;
    return r;
}
