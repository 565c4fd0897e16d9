#ifndef REPORTSCOPE_LIBRARYINDEXER_H
#define REPORTSCOPE_LIBRARYINDEXER_H

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class LibraryDatabase;
class Report;

/**
 * Adds files and folders to the library and keeps it in step with them.
 *
 * Each file is noted with its size, mtime and SHA-256: an unchanged file is skipped without
 * being read, a changed one is read again, and a file whose content the library holds under a
 * path that no longer exists is taken as moved (no parse). Every file is written in its own
 * transaction, so a kill loses only the file being written. Source files are only read.
 *
 * Runs on any thread that owns the LibraryDatabase it is given; progress is called on that
 * thread and cancel is polled between files and inside the parser.
 */
class LibraryIndexer
{
    Q_DECLARE_TR_FUNCTIONS(LibraryIndexer)

public:
    enum class Outcome { Added, Updated, Skipped, Moved, Missing, Failed, Cancelled };

    struct FileResult
    {
        QString path;
        Outcome outcome = Outcome::Skipped;
        QString reason; ///< why it failed or was skipped, or where it moved from; translated
    };

    struct Options
    {
        /** Called before each file: files done, files found, the file's path. */
        std::function<void(int done, int total, const QString &path)> progress;
        const std::atomic_bool *cancel = nullptr;
        /** Threads that read, hash and parse files ahead of the one that writes them; 0 reads
         *  and parses on the calling thread. The database ends up the same either way. */
        int parsers = defaultParsers();
    };

    /** Two parser threads on a machine of two or more cores, else one. */
    static int defaultParsers();

    explicit LibraryIndexer(LibraryDatabase *database);

    /** Indexes files and folders (recursively, every file: the readers decide by content)
     *  and remembers them as sources. Files the library knew under an added folder that are
     *  gone are marked missing. */
    QList<FileResult> add(const QStringList &paths, const Options &options);
    QList<FileResult> add(const QStringList &paths) { return add(paths, Options()); }
    /** Checks every file the library holds: marks missing ones, re-reads changed ones. */
    QList<FileResult> refresh(const Options &options);
    QList<FileResult> refresh() { return refresh(Options()); }

    /** Stores a report parsed from the file at path outside the indexer (the window opening a
     *  changed file), with the size, mtime and SHA-256 of the bytes it was parsed from; one
     *  transaction. Added or Updated, or Failed with the reason. */
    FileResult storeLoaded(const QString &path, qint64 size, qint64 mtime, const QString &sha256,
                           const Report &report);

    /** Stable name of an outcome: added, updated, skipped, moved, missing, failed, cancelled. */
    static QString outcomeName(Outcome outcome);

    struct Rows;
    struct Prepared;

private:
    FileResult indexFile(const QString &path, const Options &options, Prepared *prepared);
    FileResult writeFile(const QString &path, qint64 size, qint64 mtime, const QString &sha,
                         const Rows &rows);
    bool storeRows(qint64 fileId, const Rows &rows);
    bool markMissing(const QString &path);
    QList<FileResult> indexAll(const QStringList &files, const Options &options);

    LibraryDatabase *m_db;
    QString m_error;
};

#endif // REPORTSCOPE_LIBRARYINDEXER_H
