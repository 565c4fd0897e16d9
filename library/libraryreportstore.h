#ifndef REPORTSCOPE_LIBRARYREPORTSTORE_H
#define REPORTSCOPE_LIBRARYREPORTSTORE_H

#include "import/reportloader.h"

#include <QCoreApplication>
#include <QString>

class LibraryDatabase;

/**
 * Opens a report of the library from its stored parse (ReportSerializer), reading the file
 * only to check it.
 *
 * The stored parse is used when the file's size, mtime and SHA-256 are those the library
 * noted and the parse was made by this parser version. Otherwise, or when the stored bytes
 * are damaged, the file is parsed as usual and, if the library holds it, the new parse is
 * stored (one transaction), so the next open is instant again. With Missing::FromStore, a file
 * that is gone (marked missing or not yet) opens from its stored parse as well.
 */
class LibraryReportStore
{
    Q_DECLARE_TR_FUNCTIONS(LibraryReportStore)

public:
    /** Where an open came from, and why the file was read if it was. */
    enum class Origin {
        Stored,     ///< the stored parse
        NotIndexed, ///< the library does not hold the file
        Changed,    ///< size, mtime or content differ from what the library noted
        NoParse,    ///< no stored parse (a library of schema 1), or of another parser version
        Damaged,    ///< the stored bytes did not read back
        Missing,    ///< the file is gone; the stored parse (Missing::FromStore only)
    };

    /** What a file that is gone gives. */
    enum class Missing {
        Fail,      ///< a load error, as for any file that cannot be read
        FromStore, ///< its stored parse, if one of this parser version reads back
    };

    struct Result
    {
        ReportLoader::Result load;
        Origin origin = Origin::NotIndexed;
        QString detail; ///< Damaged: what was wrong with the bytes
    };

    explicit LibraryReportStore(LibraryDatabase *database);

    Result open(const QString &path, const ReportParser::Options &options = ReportParser::Options(),
                Missing missing = Missing::Fail);

    /** Stable name of an origin: stored, not_indexed, changed, no_parse, damaged, missing. */
    static QString originName(Origin origin);

private:
    LibraryDatabase *m_db;
};

#endif // REPORTSCOPE_LIBRARYREPORTSTORE_H
