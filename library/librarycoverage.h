#ifndef REPORTSCOPE_LIBRARYCOVERAGE_H
#define REPORTSCOPE_LIBRARYCOVERAGE_H

#include "core/reportcoverage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class LibraryDatabase;

/**
 * The coverage matrix (ReportCoverage) of the library's 法治政府建设 reports: those whose type,
 * as read or as the user corrected it, is fazhi. Coverage needs the whole parse: it comes from
 * the library's stored parse (LibraryReportStore), and the file is read again only when it
 * changed; a file that is gone is covered from its stored parse and named in missing. The
 * place and year are the library's (corrected).
 */
class LibraryCoverage
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCoverage)

public:
    struct Result
    {
        QList<ReportCoverage::Entry> entries; ///< in path order
        QStringList failed;                   ///< "file: why" for files that could not be read
        QStringList missing;                  ///< files gone, covered from the stored parse
        int readFromFile = 0;                 ///< entries whose file was parsed again
        bool cancelled = false;
    };
    using Progress = std::function<void(int done, int total, const QString &path)>;

    explicit LibraryCoverage(LibraryDatabase *database);

    /** The 法治政府建设 reports' files, in path order. */
    QStringList files() const;
    /** The matrix; cancel (may be null) is checked between and inside files. */
    Result matrix(const std::atomic_bool *cancel = nullptr,
                  const Progress &progress = Progress()) const;
    QString errorString() const { return m_error; }

private:
    struct File
    {
        QString path;
        QString place;
        int year = 0;
    };
    QList<File> fazhiFiles() const;

    LibraryDatabase *m_db;
    mutable QString m_error;
};

#endif // REPORTSCOPE_LIBRARYCOVERAGE_H
