#ifndef REPORTSCOPE_REPORTLOADER_H
#define REPORTSCOPE_REPORTLOADER_H

#include "core/report.h"
#include "core/reportparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Reads a report file: checks it, has the DocumentReader for its content turn the bytes into
 * a SourceDocument and hands that to ReportParser. The file is only ever opened for reading.
 */
class ReportLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReportLoader)

public:
    enum class Error {
        None,
        NotFound,
        IsDirectory,
        NotRegularFile,
        PermissionDenied,
        ReadFailed,
        Empty,
        TooLarge,
        Binary,
        NoStructure,
        Cancelled,
    };

    struct Result
    {
        ReportPtr report; ///< null on error
        Error error = Error::None;
        QString errorMessage; ///< translated; says what is wrong, without the file name
        bool ok() const { return error == Error::None; }
    };

    /** Files larger than this are refused rather than read into memory. */
    static constexpr qint64 MaxFileSize = qint64(512) * 1024 * 1024;

    static Result loadFile(const QString &path,
                           const ReportParser::Options &options = ReportParser::Options());
    /** Parses bytes as if read from path (used for the bundled sample and by tests). Pass
     *  the bytes with std::move when they are not needed after decoding. */
    static Result loadData(QByteArray data, const QString &path,
                           const ReportParser::Options &options = ReportParser::Options());
};

#endif // REPORTSCOPE_REPORTLOADER_H
