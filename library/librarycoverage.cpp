#include "library/librarycoverage.h"

#include "import/reportloader.h"
#include "library/librarydatabase.h"
#include "library/libraryreportstore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

LibraryCoverage::LibraryCoverage(LibraryDatabase *database) : m_db(database) {}

QList<LibraryCoverage::File> LibraryCoverage::fazhiFiles() const
{
    m_error.clear();
    QList<File> files;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT f.path, COALESCE(NULLIF(c.place, ''), r.place), COALESCE(NULLIF(c.year, 0), "
            "r.reporting_year) FROM reports r JOIN files f ON f.id = r.file_id LEFT JOIN "
            "corrections c ON c.path = f.path WHERE f.state IN ('ok', 'missing') AND "
            "COALESCE(NULLIF(c.type, "
            "''), r.type) = 'fazhi' ORDER BY f.path"))) {
        m_error = q.lastError().text();
        return files;
    }
    while (q.next())
        files.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return files;
}

QStringList LibraryCoverage::files() const
{
    QStringList paths;
    for (const File &f : fazhiFiles())
        paths.append(f.path);
    return paths;
}

LibraryCoverage::Result LibraryCoverage::matrix(const std::atomic_bool *cancel,
                                                const Progress &progress) const
{
    Result result;
    const QList<File> files = fazhiFiles();
    LibraryReportStore store(m_db);
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const File &file = files.at(i);
        if (progress)
            progress(i, int(files.size()), file.path);
        ReportParser::Options options;
        options.cancel = cancel;
        const LibraryReportStore::Result opened =
            store.open(file.path, options, LibraryReportStore::Missing::FromStore);
        const ReportLoader::Result &loaded = opened.load;
        if (loaded.error == ReportLoader::Error::Cancelled) {
            result.cancelled = true;
            break;
        }
        if (!loaded.ok()) {
            //: 1 the file name, 2 why it cannot be read
            result.failed.append(
                tr("%1: %2").arg(QFileInfo(file.path).fileName(), loaded.errorMessage));
            continue;
        }
        if (opened.origin == LibraryReportStore::Origin::Missing)
            result.missing.append(file.path);
        else if (opened.origin != LibraryReportStore::Origin::Stored)
            ++result.readFromFile;
        ReportCoverage::Entry entry = ReportCoverage::entry(*loaded.report);
        entry.place = file.place;
        entry.year = file.year;
        result.entries.append(entry);
    }
    if (progress && !result.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    return result;
}
