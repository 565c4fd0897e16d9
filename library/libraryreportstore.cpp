#include "library/libraryreportstore.h"

#include "core/reportserializer.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

LibraryReportStore::LibraryReportStore(LibraryDatabase *database) : m_db(database) {}

QString LibraryReportStore::originName(Origin origin)
{
    switch (origin) {
    case Origin::Stored:
        return QStringLiteral("stored");
    case Origin::Changed:
        return QStringLiteral("changed");
    case Origin::NoParse:
        return QStringLiteral("no_parse");
    case Origin::Damaged:
        return QStringLiteral("damaged");
    case Origin::Missing:
        return QStringLiteral("missing");
    case Origin::NotIndexed:
        break;
    }
    return QStringLiteral("not_indexed");
}

LibraryReportStore::Result
LibraryReportStore::open(const QString &path, const ReportParser::Options &options, Missing missing)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result result;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral(
        "SELECT f.size, f.mtime, f.sha256, p.parser_version, p.data, f.state FROM files f LEFT "
        "JOIN "
        "reports r ON r.file_id = f.id LEFT JOIN parses p ON p.report_id = r.id WHERE f.path = ? "
        "AND f.state IN ('ok', 'missing')"));
    q.addBindValue(absolute);
    bool known = q.exec() && q.next();
    const QFileInfo info(absolute);
    if (known && !info.exists() && missing == Missing::FromStore && !q.value(4).isNull() &&
        q.value(3).toUInt() == ReportSerializer::ParserVersion) {
        QString why;
        ReportPtr report = ReportSerializer::deserialize(q.value(4).toByteArray(), &why, absolute);
        if (report) {
            result.origin = Origin::Missing;
            result.load.report = std::move(report);
            return result;
        }
        result.detail = why;
    }
    // A file marked missing that is back is read as one the library does not hold, as before
    // (the next add or update takes it in again).
    known = known && q.value(5).toString() == QLatin1String("ok");
    QByteArray bytes;
    QString sha;
    if (known && info.isFile() && info.size() <= ReportLoader::MaxFileSize) {
        result.origin = Origin::Changed;
        QFile file(absolute);
        if (info.size() == q.value(0).toLongLong() &&
            info.lastModified().toMSecsSinceEpoch() == q.value(1).toLongLong() &&
            file.open(QIODevice::ReadOnly)) {
            bytes = file.readAll();
            sha = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
        if (!sha.isEmpty() && sha == q.value(2).toString()) {
            result.origin = Origin::NoParse;
            if (!q.value(4).isNull() && q.value(3).toUInt() == ReportSerializer::ParserVersion) {
                QString why;
                // A file found again by its hash after a move opens under its path now.
                ReportPtr report =
                    ReportSerializer::deserialize(q.value(4).toByteArray(), &why, absolute);
                if (report) {
                    result.origin = Origin::Stored;
                    result.load.report = std::move(report);
                    return result;
                }
                result.origin = Origin::Damaged;
                result.detail = why;
            }
        }
    }
    q.finish();

    result.load = ReportLoader::loadFile(absolute, options);
    if (!known || !result.load.ok())
        return result;
    // Store the new parse under what it was parsed from: the bytes hashed above when they
    // were read, else the file as it is now.
    if (sha.isEmpty()) {
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        sha = QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    LibraryIndexer(m_db).storeLoaded(absolute, info.size(), info.lastModified().toMSecsSinceEpoch(),
                                     sha, *result.load.report);
    return result;
}
