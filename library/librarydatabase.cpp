#include "library/librarydatabase.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace {

// The schema of version 1. Derived tables first, then the user's own (never cleared).
// The full-text index reads its text from sections (external content, kept in step by
// triggers) with detail=none: a third smaller than detail=full; a query of more than three
// characters becomes its trigrams joined by AND and is then confirmed with instr() on the
// text, which makes it exact.
const char *const SchemaV1[] = {
    "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER, "
    "mtime INTEGER, sha256 TEXT, state TEXT NOT NULL, reason TEXT, indexed INTEGER)",
    "CREATE INDEX files_sha256 ON files(sha256)",
    "CREATE TABLE reports (id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL UNIQUE "
    "REFERENCES files(id) ON DELETE CASCADE, type TEXT, place TEXT, issuer TEXT, "
    "reporting_year INTEGER, document_year INTEGER, title TEXT, format TEXT, "
    "section_count INTEGER, figure_count INTEGER)",
    "CREATE TABLE sections (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES "
    "reports(id) ON DELETE CASCADE, idx INTEGER NOT NULL, sid TEXT, heading TEXT, title TEXT, "
    "role TEXT, text TEXT)",
    "CREATE INDEX sections_report ON sections(report_id, idx)",
    "CREATE VIRTUAL TABLE section_fts USING fts5(title, text, content='sections', "
    "content_rowid='id', tokenize='trigram', detail=none)",
    "CREATE TRIGGER sections_ai AFTER INSERT ON sections BEGIN INSERT INTO section_fts(rowid, "
    "title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER sections_ad AFTER DELETE ON sections BEGIN INSERT INTO "
    "section_fts(section_fts, rowid, title, text) VALUES ('delete', old.id, old.title, "
    "old.text); END",
    "CREATE TABLE figures (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES "
    "reports(id) ON DELETE CASCADE, section_id INTEGER REFERENCES sections(id) ON DELETE "
    "CASCADE, value REAL, unit TEXT, label TEXT, role TEXT, period TEXT, period_year INTEGER, "
    "page INTEGER, "
    "in_title INTEGER, quote_start INTEGER, quote_end INTEGER, indicator TEXT)",
    "CREATE INDEX figures_report ON figures(report_id)",
    "CREATE INDEX figures_indicator ON figures(indicator)",
    "CREATE INDEX figures_label ON figures(label)",
    "CREATE TABLE corrections (path TEXT PRIMARY KEY, sha256 TEXT, type TEXT, place TEXT, "
    "year INTEGER)",
    "CREATE TABLE sources (path TEXT PRIMARY KEY)",
};

// Version 2: the multiplier a figure is written with (亿 of 32765亿元), its page, and the year
// its sentence names. Figures of version 1 lack them, so every file is read again by the next
// add or update (the hash is forgotten; an unchanged file then reads as changed).
const char *const SchemaV2[] = {
    "ALTER TABLE figures ADD COLUMN prefix TEXT",
    "UPDATE files SET mtime = NULL, sha256 = NULL WHERE state = 'ok'",
};

// Version 3: the whole parse of each report (ReportSerializer), so that opening a report from
// the library reads no file when it is unchanged. Derived like the rest: a file indexed by
// an earlier version gets its parse when it is next opened or changed.
const char *const SchemaV3[] = {
    "CREATE TABLE IF NOT EXISTS parses (report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON "
    "DELETE "
    "CASCADE, parser_version INTEGER NOT NULL, data BLOB NOT NULL)",
};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool underFolder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

LibraryDatabase::LibraryDatabase(const QString &path) : m_path(QFileInfo(path).absoluteFilePath())
{
    static QAtomicInteger<int> counter;
    m_connection = QStringLiteral("reportscope-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

LibraryDatabase::~LibraryDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

QString LibraryDatabase::userDataPath() const
{
    return m_path + QStringLiteral(".user.json");
}

QSqlDatabase LibraryDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LibraryDatabase::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool LibraryDatabase::openConnection()
{
    if (!QSqlDatabase::contains(m_connection)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        // Another process indexing holds the write lock for one file at a time: wait for it.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    QSqlDatabase db = database();
    if (!db.isValid()) {
        m_error = tr("the Qt SQLite driver (QSQLITE) is not installed");
        return false;
    }
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    // Reads through a memory map and a larger page cache: a search or comparison touches
    // pages all over the file, and with the default 2 MB cache most of its time went to
    // read() calls.
    return exec(QStringLiteral("PRAGMA foreign_keys=ON")) &&
           exec(QStringLiteral("PRAGMA mmap_size=1073741824")) &&
           exec(QStringLiteral("PRAGMA cache_size=-32768"));
}

// An unreadable header, a file that is not a database or a failed quick_check all mean the
// file cannot be trusted.
bool LibraryDatabase::checkIntegrity(Check check)
{
    QSqlQuery q(database());
    if (check == Check::Header) {
        // The header's page size (offset 16) and page count (28, valid when the change
        // counter at 24 equals the one at 92): a file shorter than that was truncated.
        QFile file(m_path);
        const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
        auto be32 = [&header](int at) {
            return quint32(quint8(header[at])) << 24 | quint32(quint8(header[at + 1])) << 16 |
                   quint32(quint8(header[at + 2])) << 8 | quint32(quint8(header[at + 3]));
        };
        if (header.size() < 100 || !header.startsWith("SQLite format 3")) {
            m_error = tr("not an SQLite database");
            return false;
        }
        qint64 pageSize = quint16(quint8(header[16]) << 8 | quint8(header[17]));
        if (pageSize == 1)
            pageSize = 65536;
        if (be32(24) == be32(92) && qint64(be32(28)) * pageSize > file.size()) {
            m_error = tr("the file is shorter than its header says: it was truncated");
            return false;
        }
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok")) {
        m_error = verdict;
        return false;
    }
    return true;
}

bool LibraryDatabase::setAside()
{
    database().close();
    const QString stamp = isoNow();
    const QString aside = m_path + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(m_path, aside)) {
        m_error = tr("cannot move the damaged library %1 aside").arg(m_path);
        return false;
    }
    // The journal belongs to the damaged file; a new database must not replay it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_recovery = tr("The library %1 was damaged (%2). It was moved to %3 and is rebuilt from "
                    "its source files.")
                     .arg(m_path, m_error, aside);
    return true;
}

bool LibraryDatabase::open(Check check)
{
    m_error.clear();
    m_recovery.clear();
    m_reindex.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool existed = QFileInfo(m_path).size() > 0;
    bool healthy = openConnection();
    if (healthy && existed)
        healthy = checkIntegrity(check);
    if (!healthy) {
        if (!existed || !QFileInfo::exists(m_path))
            return false; // could not even create it: nothing to set aside
        if (!setAside() || !openConnection())
            return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;

    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        m_error = tr("the library was written by a newer ReportScope (schema %1; this one "
                     "knows %2)")
                      .arg(version)
                      .arg(SchemaVersion);
        return false;
    }
    if (version < SchemaVersion && !migrate(version))
        return false;
    if (version == 0 && !restoreUserData())
        return false;
    return true;
}

// One step per schema version, each in its own transaction with the new user_version, so a
// file is never left between two versions.
bool LibraryDatabase::migrate(int from)
{
    QSqlDatabase db = database();
    for (int v = from; v < SchemaVersion; ++v) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        bool ok = true;
        if (v == 0) {
            // Another process may have created the schema while this one waited.
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok && q.value(0).toInt() > v) {
                db.commit();
                v = q.value(0).toInt() - 1;
                continue;
            }
            for (const char *sql : SchemaV1) {
                if (ok)
                    ok = exec(QString::fromLatin1(sql));
            }
        }
        if (v == 1) {
            for (const char *sql : SchemaV2) {
                if (ok)
                    ok = exec(QString::fromLatin1(sql));
            }
        }
        if (v == 2) {
            for (const char *sql : SchemaV3) {
                if (ok)
                    ok = exec(QString::fromLatin1(sql));
            }
        }
        if (ok)
            ok = exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        if (!ok) {
            const QString error = m_error;
            db.rollback();
            m_error = error;
            return false;
        }
        if (!db.commit()) {
            m_error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool LibraryDatabase::restoreUserData()
{
    QFile file(userDataPath());
    if (!file.open(QIODevice::ReadOnly))
        return true; // nothing saved yet
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO corrections(path, sha256, type, place, "
                             "year) VALUES (?, ?, ?, ?, ?)"));
    for (const QJsonValue &v : root.value(QLatin1String("corrections")).toArray()) {
        const QJsonObject o = v.toObject();
        q.addBindValue(o.value(QLatin1String("path")).toString());
        q.addBindValue(o.value(QLatin1String("sha256")).toString());
        q.addBindValue(o.value(QLatin1String("type")).toString());
        q.addBindValue(o.value(QLatin1String("place")).toString());
        q.addBindValue(o.value(QLatin1String("year")).toInt());
        q.exec();
    }
    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT OR IGNORE INTO sources(path) VALUES (?)"));
    for (const QJsonValue &v : root.value(QLatin1String("sources")).toArray()) {
        s.addBindValue(v.toString());
        s.exec();
        m_reindex.append(v.toString());
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

bool LibraryDatabase::writeUserData()
{
    QJsonArray corrections;
    for (const Correction &c : this->corrections()) {
        QJsonObject o;
        o.insert(QLatin1String("path"), c.path);
        o.insert(QLatin1String("sha256"), c.sha256);
        o.insert(QLatin1String("type"), c.type);
        o.insert(QLatin1String("place"), c.place);
        o.insert(QLatin1String("year"), c.year);
        corrections.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("schema"), 1);
    root.insert(QLatin1String("corrections"), corrections);
    root.insert(QLatin1String("sources"), QJsonArray::fromStringList(sources()));
    QSaveFile file(userDataPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 ||
        !file.commit()) {
        m_error = tr("cannot write %1: %2").arg(userDataPath(), file.errorString());
        return false;
    }
    return true;
}

bool LibraryDatabase::setCorrection(const Correction &correction)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO corrections(path, sha256, type, place, "
                             "year) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(correction.path);
    q.addBindValue(correction.sha256);
    q.addBindValue(correction.type);
    q.addBindValue(correction.place);
    q.addBindValue(correction.year);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return writeUserData();
}

QList<LibraryDatabase::Correction> LibraryDatabase::corrections() const
{
    QList<Correction> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT path, sha256, type, place, year FROM corrections ORDER BY "
                          "path"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt()});
    return out;
}

bool LibraryDatabase::addSources(const QStringList &paths)
{
    QStringList known = sources();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sources(path) VALUES (?)"));
    for (const QString &p : paths) {
        // A file inside a folder already added is indexed again with that folder.
        const QString path = QFileInfo(p).absoluteFilePath();
        if (std::any_of(known.cbegin(), known.cend(),
                        [&](const QString &k) { return underFolder(path, k); }))
            continue;
        known.append(path);
        q.addBindValue(path);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return writeUserData();
}

QStringList LibraryDatabase::sources() const
{
    QStringList out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT path FROM sources ORDER BY path"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QList<LibraryDatabase::Entry> LibraryDatabase::entries() const
{
    QList<Entry> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral(
        "SELECT f.path, f.state, f.reason, f.size, r.title, COALESCE(NULLIF(c.type, ''), "
        "r.type), COALESCE(NULLIF(c.place, ''), r.place), r.issuer, COALESCE(NULLIF(c.year, "
        "0), r.reporting_year), r.document_year, r.format, r.section_count, r.figure_count, "
        "c.path IS NOT NULL FROM files f LEFT JOIN reports r ON r.file_id = f.id LEFT JOIN "
        "corrections c ON c.path = f.path ORDER BY f.path"));
    while (q.next()) {
        Entry e;
        e.path = q.value(0).toString();
        e.state = q.value(1).toString();
        e.reason = q.value(2).toString();
        e.size = q.value(3).toLongLong();
        e.title = q.value(4).toString();
        e.type = q.value(5).toString();
        e.place = q.value(6).toString();
        e.issuer = q.value(7).toString();
        e.year = q.value(8).toInt();
        e.documentYear = q.value(9).toInt();
        e.format = q.value(10).toString();
        e.sections = q.value(11).toInt();
        e.figures = q.value(12).toInt();
        e.corrected = q.value(13).toBool();
        out.append(e);
    }
    return out;
}

int LibraryDatabase::remove(const QStringList &paths)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return -1;
    }
    QStringList targets;
    {
        QSqlQuery all(db);
        all.exec(QStringLiteral("SELECT path FROM files"));
        QStringList absolute;
        for (const QString &p : paths)
            absolute.append(QFileInfo(p).absoluteFilePath());
        while (all.next()) {
            const QString path = all.value(0).toString();
            for (const QString &a : absolute) {
                if (underFolder(path, a)) {
                    targets.append(path);
                    break;
                }
            }
        }
        QSqlQuery src(db);
        src.prepare(QStringLiteral("DELETE FROM sources WHERE path = ?"));
        for (const QString &a : absolute) {
            src.addBindValue(a);
            src.exec();
        }
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM files WHERE path = ?"));
    for (const QString &t : targets) {
        del.addBindValue(t);
        if (!del.exec()) {
            m_error = del.lastError().text();
            db.rollback();
            return -1;
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return -1;
    }
    writeUserData();
    return int(targets.size());
}
