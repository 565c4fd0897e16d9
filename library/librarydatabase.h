#ifndef REPORTSCOPE_LIBRARYDATABASE_H
#define REPORTSCOPE_LIBRARYDATABASE_H

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/**
 * The library's SQLite file: one connection, the schema and its migrations, the check on open
 * and the user's own data (corrections and the sources they added).
 *
 * Derived data (files, reports, sections, figures, the full-text index) can always be rebuilt
 * from the source files. The user's corrections and sources live in their own tables, which a
 * re-index never clears, and are mirrored to a JSON file beside the database (written
 * atomically), so that a database rebuilt after damage gets them back.
 *
 * One object is one connection and belongs to the thread that opened it; another thread or
 * process opens its own. WAL and a busy timeout let a reader and a writer work at once.
 */
class LibraryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LibraryDatabase)

public:
    /** The schema this build writes; PRAGMA user_version holds the file's. */
    static constexpr int SchemaVersion = 3;

    /** A user's correction of a report's metadata; empty or 0 fields are not corrected. */
    struct Correction
    {
        QString path;
        QString sha256;
        QString type; ///< gzbg, fazhi, xxgk, other
        QString place;
        int year = 0; ///< the reporting year
    };

    /** One file of the library as `library list` shows it. */
    struct Entry
    {
        QString path;
        QString state; ///< ok, missing, failed, duplicate
        QString reason;
        qint64 size = 0;
        QString title;
        QString type;
        QString place;
        QString issuer;
        int year = 0; ///< reporting year, corrected if the user corrected it
        int documentYear = 0;
        QString format;
        int sections = 0;
        int figures = 0;
        bool corrected = false;
    };

    explicit LibraryDatabase(const QString &path);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    /** library.sqlite in the application data location. */
    static QString defaultPath();

    /**
     * Opens the file, creating or migrating its schema. A file SQLite cannot open or whose
     * quick_check fails is moved aside (NAME.damaged-TIME) and a new one is made; then
     * recoveryMessage() says so and sourcesToReindex() lists what to index again. Corrections
     * and sources are restored from the JSON file into a new database.
     */
    bool open() { return open(Check::Full); }

    /** How much of the file open() reads to trust it. */
    enum class Check {
        /** PRAGMA quick_check: reads every page; for writers (indexing, corrections). */
        Full,
        /** The header, the file's length against the page count it records and the schema:
         *  for quick readers (search and compare from the command line); damage deeper in
         *  the file is then met as an error of the query. */
        Header,
    };
    bool open(Check check);
    QString errorString() const { return m_error; }
    /** Non-empty when open() set a damaged file aside; translated. */
    QString recoveryMessage() const { return m_recovery; }
    /** After a rebuild: the sources the user had added, to index again. */
    QStringList sourcesToReindex() const { return m_reindex; }

    QString path() const { return m_path; }
    /** The JSON file of corrections and sources: NAME.user.json beside the database. */
    QString userDataPath() const;
    QSqlDatabase database() const;

    /** Stores a correction (replacing the path's previous one) and rewrites the JSON file. */
    bool setCorrection(const Correction &correction);
    QList<Correction> corrections() const;

    /** Remembers files or folders the user added, for a rebuild. */
    bool addSources(const QStringList &paths);
    QStringList sources() const;

    /** Every file, sorted by path. */
    QList<Entry> entries() const;
    /** Removes files from the library (a folder removes everything under it) and forgets them
     *  as sources; returns how many files were removed, -1 on error. Files are never touched. */
    int remove(const QStringList &paths);

    /** Rewrites the JSON file from the tables. */
    bool writeUserData();

private:
    bool openConnection();
    bool checkIntegrity(Check check);
    bool setAside();
    bool migrate(int from);
    bool restoreUserData();
    bool exec(const QString &sql);

    QString m_path;
    QString m_connection;
    QString m_error;
    QString m_recovery;
    QStringList m_reindex;
};

#endif // REPORTSCOPE_LIBRARYDATABASE_H
