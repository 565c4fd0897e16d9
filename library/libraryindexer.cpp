#include "library/libraryindexer.h"

#include "core/indicatorcomparison.h"
#include "core/indicatormatcher.h"
#include "core/magnitude.h"
#include "core/report.h"
#include "core/reportserializer.h"
#include "import/reportloader.h"
#include "library/librarydatabase.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {

struct KnownFile
{
    qint64 id = -1;
    qint64 size = -1;
    qint64 mtime = -1;
    QString sha256;
    QString state;
};

KnownFile knownByPath(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, size, mtime, sha256, state FROM files WHERE path = ?"));
    q.addBindValue(path);
    KnownFile k;
    if (q.exec() && q.next())
        k = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
             q.value(3).toString(), q.value(4).toString()};
    return k;
}

// Every regular file under the paths, sorted, hidden files and folders left out (the
// library's own database may sit in a folder the user adds).
QStringList expand(const QStringList &paths, QStringList *folders)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            folders->append(info.absoluteFilePath());
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(QFileInfo(it.next()).absoluteFilePath());
        } else {
            files.append(info.absoluteFilePath());
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

// A UTF-16 offset as a count of code points: each surrogate pair before it counts once.
qint64 codePoints(QStringView text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    qint64 pairs = 0;
    for (qsizetype i = 0; i < offset; ++i)
        pairs += text.at(i).isLowSurrogate() ? 1 : 0;
    return qint64(offset) - pairs;
}

} // namespace

// What storeRows() writes for one report. It is made from the Report on the thread that
// parsed it: serializing, matching indicators and counting code points are most of the work
// of storing, so the thread that writes only binds values.
struct LibraryIndexer::Rows
{
    QVariantList report;          ///< the reports row after file_id
    QByteArray parse;             ///< ReportSerializer's bytes
    QList<QVariantList> sections; ///< the sections rows after report_id
    QList<int> figureSections;    ///< each figure's section index, -1 for none
    QList<QVariantList> figures;  ///< the figures rows after report_id and section_id

    static Rows of(const Report &report);
};

// One file as a parser thread left it for the writer: what it found on disk, the bytes' hash,
// and the parse when the snapshot of the library said the file needs one.
struct LibraryIndexer::Prepared
{
    bool cancelled = false; ///< the thread saw cancel before it began
    bool exists = false;
    bool isFile = false;
    qint64 size = -1;
    qint64 mtime = -1;
    bool read = false; ///< the bytes were read (sha set) or could not be (readError set)
    QString readError;
    QByteArray bytes; ///< kept only when read and not parsed
    QString sha;
    bool parsed = false; ///< loadError/loadMessage and, on success, rows are set
    ReportLoader::Error loadError = ReportLoader::Error::None;
    QString loadMessage;
    std::optional<Rows> rows;
};

LibraryIndexer::Rows LibraryIndexer::Rows::of(const Report &report)
{
    Rows rows;
    const ReportFacts &facts = report.metadata().facts;
    rows.report = {ReportFacts::typeName(facts.type),
                   facts.place,
                   facts.issuer,
                   facts.reportingYear,
                   facts.documentYear,
                   report.displayName(),
                   report.sourceMetadata().formatName,
                   int(report.sectionCount()),
                   int(report.figures().size())};
    // The whole parse, so that opening the report from the library needs no parse.
    rows.parse = ReportSerializer::serialize(report);
    rows.sections.reserve(report.sectionCount());
    for (int i = 0; i < report.sectionCount(); ++i) {
        const Section &sec = report.section(i);
        rows.sections.append(
            {i, sec.id, report.headingText(i), sec.title, Section::roleName(sec.role), sec.text});
    }
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    rows.figures.reserve(report.figures().size());
    rows.figureSections.reserve(report.figures().size());
    for (int fi = 0; fi < report.figures().size(); ++fi) {
        const Figure &fig = report.figures().at(fi);
        rows.figureSections.append(
            fig.section >= 0 && fig.section < report.sectionCount() ? fig.section : -1);
        // The year the sentence names (2024年, or 到2025年 for a plan), so that a corrected
        // reporting year still places the others.
        const int year = IndicatorComparison::namedYear(report, fig);
        // Quotes are stored in code points, as SQLite's substr() counts, so a comparison cuts
        // the quote in SQL without reading the whole section into a QString.
        const QStringView source = report.figureSource(fig);
        const QString indicator = matcher.match(report, fig);
        rows.figures.append({fig.value, fig.unit, fig.label,
                             QString::fromLatin1(Figure::roleName(fig.role)), fig.period,
                             year > 0 ? QVariant(year) : QVariant(),
                             fig.page > 0 ? QVariant(fig.page) : QVariant(), fig.inTitle ? 1 : 0,
                             codePoints(source, fig.quoteStart), codePoints(source, fig.quoteEnd),
                             indicator.isEmpty() ? QVariant() : QVariant(indicator),
                             // The multiplier as written (亿 of 32765亿元), to show the value
                             // as the report does.
                             Magnitude::writtenPrefix(fig, report.figureText(fi))});
    }
    return rows;
}

namespace {

// The reading and parsing of files ahead of the writer: parser threads take the files in
// order, at most Window ahead of the one being written, and the writer takes each file's
// result in order, so per-file results, progress and cancel behave as one thread's would.
// Each thread decides from a snapshot of the files table whether a file needs reading and
// parsing; the writer decides again from the database, and does the work itself in the rare
// case the snapshot was wrong (a row that changed during the run).
class Pipeline
{
public:
    using Prepared = LibraryIndexer::Prepared;
    static constexpr int Window = 6;

    Pipeline(const QStringList &files, QHash<QString, KnownFile> known, QSet<QString> hashes,
             const std::atomic_bool *cancel, int threads)
        : m_files(files)
        , m_known(std::move(known))
        , m_hashes(std::move(hashes))
        , m_cancel(cancel)
        , m_slots(size_t(files.size()))
    {
        for (int t = 0; t < threads; ++t)
            m_threads.emplace_back([this] { run(); });
    }

    ~Pipeline()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }

    /** File i's result, waiting for it; each i once, in increasing order. */
    std::unique_ptr<Prepared> take(int i)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_written = i;
        m_changed.notify_all();
        m_changed.wait(lock, [&] { return m_slots[size_t(i)] != nullptr; });
        std::unique_ptr<Prepared> p = std::move(m_slots[size_t(i)]);
        m_written = i + 1;
        lock.unlock();
        m_changed.notify_all();
        return p;
    }

private:
    void run()
    {
        for (;;) {
            int i = 0;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stop || m_next >= m_files.size() || m_next < m_written + Window;
                });
                if (m_stop || m_next >= m_files.size())
                    return;
                i = m_next++;
            }
            auto p = std::make_unique<Prepared>();
            if (m_cancel && m_cancel->load())
                p->cancelled = true;
            else
                prepare(m_files.at(i), p.get());
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_slots[size_t(i)] = std::move(p);
            }
            m_changed.notify_all();
        }
    }

    void prepare(const QString &path, Prepared *p) const
    {
        const QFileInfo info(path);
        p->exists = info.exists();
        p->isFile = info.isFile();
        if (!p->isFile)
            return;
        p->size = info.size();
        p->mtime = info.lastModified().toMSecsSinceEpoch();
        const KnownFile known = m_known.value(path);
        if (known.id >= 0 && known.size == p->size && known.mtime == p->mtime &&
            known.state != QLatin1String("missing"))
            return; // skipped unread
        if (p->size > ReportLoader::MaxFileSize)
            return;
        p->read = true;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            p->readError = file.errorString();
            return;
        }
        QByteArray bytes = file.readAll();
        file.close();
        p->sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if ((known.id >= 0 && known.sha256 == p->sha && known.state == QLatin1String("ok")) ||
            (known.id < 0 && m_hashes.contains(p->sha))) {
            p->bytes = std::move(bytes); // the same content, or perhaps moved: no parse
            return;
        }
        ReportParser::Options parseOptions;
        parseOptions.cancel = m_cancel;
        const ReportLoader::Result loaded =
            ReportLoader::loadData(std::move(bytes), path, parseOptions);
        p->parsed = true;
        p->loadError = loaded.error;
        p->loadMessage = loaded.errorMessage;
        if (loaded.ok())
            p->rows = LibraryIndexer::Rows::of(*loaded.report);
    }

    const QStringList &m_files;
    const QHash<QString, KnownFile> m_known;
    const QSet<QString> m_hashes;
    const std::atomic_bool *m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Prepared>> m_slots;
    qsizetype m_next = 0;
    qsizetype m_written = 0;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace

LibraryIndexer::LibraryIndexer(LibraryDatabase *database) : m_db(database) {}

int LibraryIndexer::defaultParsers()
{
    return QThread::idealThreadCount() >= 2 ? 2 : 1;
}

QString LibraryIndexer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Moved:
        return QStringLiteral("moved");
    case Outcome::Missing:
        return QStringLiteral("missing");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QList<LibraryIndexer::FileResult> LibraryIndexer::add(const QStringList &paths,
                                                      const Options &options)
{
    QStringList folders;
    const QStringList files = expand(paths, &folders);
    QStringList sources;
    for (const QString &p : paths)
        sources.append(QFileInfo(p).absoluteFilePath());
    m_db->addSources(sources);
    QList<FileResult> results = indexAll(files, options);

    // Files the library knew under an added folder that are gone now.
    const QSet<QString> seen(files.cbegin(), files.cend());
    QSqlQuery q(m_db->database());
    q.exec(QStringLiteral("SELECT path FROM files WHERE state != 'missing'"));
    QStringList gone;
    while (q.next()) {
        const QString path = q.value(0).toString();
        if (seen.contains(path) || QFileInfo::exists(path))
            continue;
        for (const QString &f : folders) {
            if (path.startsWith(f + QLatin1Char('/'))) {
                gone.append(path);
                break;
            }
        }
    }
    for (const QString &path : gone) {
        if (markMissing(path))
            results.append({path, Outcome::Missing, QString()});
    }
    return results;
}

QList<LibraryIndexer::FileResult> LibraryIndexer::refresh(const Options &options)
{
    QStringList present;
    QList<FileResult> results;
    QSqlQuery q(m_db->database());
    q.exec(QStringLiteral("SELECT path, state FROM files ORDER BY path"));
    QStringList gone;
    while (q.next()) {
        const QString path = q.value(0).toString();
        if (QFileInfo::exists(path))
            present.append(path);
        else if (q.value(1).toString() != QLatin1String("missing"))
            gone.append(path);
    }
    for (const QString &path : gone) {
        if (markMissing(path))
            results.append({path, Outcome::Missing, QString()});
    }
    results += indexAll(present, options);
    return results;
}

QList<LibraryIndexer::FileResult> LibraryIndexer::indexAll(const QStringList &files,
                                                           const Options &options)
{
    std::unique_ptr<Pipeline> pipeline;
    if (options.parsers > 0 && files.size() > 1) {
        QHash<QString, KnownFile> known;
        QSet<QString> hashes;
        QSqlQuery q(m_db->database());
        q.exec(QStringLiteral("SELECT id, size, mtime, sha256, state, path FROM files"));
        while (q.next()) {
            const KnownFile k{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toString(),
                              q.value(4).toString()};
            known.insert(q.value(5).toString(), k);
            if (!k.sha256.isEmpty() &&
                (k.state == QLatin1String("ok") || k.state == QLatin1String("missing")))
                hashes.insert(k.sha256);
        }
        pipeline = std::make_unique<Pipeline>(files, std::move(known), std::move(hashes),
                                              options.cancel, qMin(options.parsers, 4));
    }
    QList<FileResult> results;
    for (int i = 0; i < files.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            results.append({files.at(i), Outcome::Cancelled, QString()});
            break;
        }
        if (options.progress)
            options.progress(i, int(files.size()), files.at(i));
        std::unique_ptr<Prepared> prepared = pipeline ? pipeline->take(i) : nullptr;
        results.append(indexFile(files.at(i), options, prepared.get()));
        if (results.last().outcome == Outcome::Cancelled)
            break;
    }
    pipeline.reset(); // stops the parser threads before the last progress
    if (options.progress)
        options.progress(int(results.size()), int(files.size()), QString());
    return results;
}

bool LibraryIndexer::markMissing(const QString &path)
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("UPDATE files SET state = 'missing' WHERE path = ?"));
    q.addBindValue(path);
    return q.exec() && q.numRowsAffected() > 0;
}

LibraryIndexer::FileResult LibraryIndexer::indexFile(const QString &path, const Options &options,
                                                     Prepared *prepared)
{
    QSqlDatabase db = m_db->database();
    Prepared here;
    if (!prepared) {
        const QFileInfo info(path);
        here.exists = info.exists();
        here.isFile = info.isFile();
        if (here.isFile) {
            here.size = info.size();
            here.mtime = info.lastModified().toMSecsSinceEpoch();
        }
        prepared = &here;
    }
    FileResult result{path, Outcome::Failed, QString()};
    if (prepared->cancelled) {
        result.outcome = Outcome::Cancelled;
        return result;
    }
    if (!prepared->exists) {
        result.reason = tr("file not found");
        return result;
    }
    if (!prepared->isFile) {
        result.reason = tr("not a regular file");
        return result;
    }
    const qint64 size = prepared->size;
    const qint64 mtime = prepared->mtime;
    const KnownFile known = knownByPath(db, path);
    if (known.id >= 0 && known.size == size && known.mtime == mtime &&
        known.state != QLatin1String("missing")) {
        result.outcome = Outcome::Skipped;
        result.reason = tr("unchanged");
        return result;
    }

    auto recordFailure = [&](const QString &reason) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO files(path, size, mtime, sha256, state, reason) VALUES (?, ?, ?, NULL, "
            "'failed', ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = "
            "excluded.mtime, sha256 = NULL, state = 'failed', reason = excluded.reason"));
        q.addBindValue(path);
        q.addBindValue(size);
        q.addBindValue(mtime);
        q.addBindValue(reason);
        q.exec();
        // A file that became unreadable keeps no stale report.
        QSqlQuery d(db);
        d.prepare(QStringLiteral(
            "DELETE FROM reports WHERE file_id = (SELECT id FROM files WHERE path = ?)"));
        d.addBindValue(path);
        d.exec();
        result.outcome = Outcome::Failed;
        result.reason = reason;
        return result;
    };

    if (size > ReportLoader::MaxFileSize)
        return recordFailure(
            tr("the file is larger than %1 MB").arg(ReportLoader::MaxFileSize / (1024 * 1024)));
    if (!prepared->read) {
        prepared->read = true;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            prepared->bytes = file.readAll();
            prepared->sha = QString::fromLatin1(
                QCryptographicHash::hash(prepared->bytes, QCryptographicHash::Sha256).toHex());
        } else {
            prepared->readError = file.errorString();
        }
    }
    if (!prepared->readError.isEmpty())
        return recordFailure(prepared->readError);
    const QString sha = prepared->sha;

    if (known.id >= 0 && known.sha256 == sha && known.state == QLatin1String("ok")) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE files SET size = ?, mtime = ? WHERE id = ?"));
        q.addBindValue(size);
        q.addBindValue(mtime);
        q.addBindValue(known.id);
        q.exec();
        result.outcome = Outcome::Skipped;
        result.reason = tr("same content");
        return result;
    }

    // The same content under a path that is gone: the file moved.
    if (known.id < 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id, path FROM files WHERE sha256 = ? AND state IN ('ok', 'missing')"));
        q.addBindValue(sha);
        q.exec();
        while (q.next()) {
            const QString oldPath = q.value(1).toString();
            if (QFileInfo::exists(oldPath))
                continue;
            db.transaction();
            QSqlQuery u(db);
            u.prepare(QStringLiteral(
                "UPDATE files SET path = ?, size = ?, mtime = ?, state = 'ok' WHERE id = ?"));
            u.addBindValue(path);
            u.addBindValue(size);
            u.addBindValue(mtime);
            u.addBindValue(q.value(0).toLongLong());
            u.exec();
            QSqlQuery c(db);
            c.prepare(QStringLiteral("UPDATE corrections SET path = ? WHERE path = ?"));
            c.addBindValue(path);
            c.addBindValue(oldPath);
            c.exec();
            db.commit();
            m_db->writeUserData();
            result.outcome = Outcome::Moved;
            result.reason = oldPath;
            return result;
        }
    }

    if (!prepared->parsed) {
        ReportParser::Options parseOptions;
        parseOptions.cancel = options.cancel;
        const ReportLoader::Result loaded =
            ReportLoader::loadData(std::move(prepared->bytes), path, parseOptions);
        prepared->parsed = true;
        prepared->loadError = loaded.error;
        prepared->loadMessage = loaded.errorMessage;
        if (loaded.ok())
            prepared->rows = Rows::of(*loaded.report);
    }
    if (prepared->loadError == ReportLoader::Error::Cancelled) {
        result.outcome = Outcome::Cancelled;
        return result;
    }
    if (!prepared->rows)
        return recordFailure(prepared->loadMessage);

    return writeFile(path, size, mtime, sha, *prepared->rows);
}

LibraryIndexer::FileResult LibraryIndexer::storeLoaded(const QString &path, qint64 size,
                                                       qint64 mtime, const QString &sha256,
                                                       const Report &report)
{
    return writeFile(path, size, mtime, sha256, Rows::of(report));
}

LibraryIndexer::FileResult LibraryIndexer::writeFile(const QString &path, qint64 size, qint64 mtime,
                                                     const QString &sha, const Rows &rows)
{
    QSqlDatabase db = m_db->database();
    FileResult result{path, Outcome::Failed, QString()};
    const KnownFile known = knownByPath(db, path);
    if (!db.transaction()) {
        result.reason = db.lastError().text();
        return result;
    }
    QSqlQuery f(db);
    f.prepare(QStringLiteral(
        "INSERT INTO files(path, size, mtime, sha256, state, reason, indexed) VALUES (?, ?, ?, "
        "?, 'ok', NULL, strftime('%s', 'now')) ON CONFLICT(path) DO UPDATE SET size = "
        "excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256, state = 'ok', reason "
        "= NULL, indexed = excluded.indexed"));
    f.addBindValue(path);
    f.addBindValue(size);
    f.addBindValue(mtime);
    f.addBindValue(sha);
    bool ok = f.exec();
    const qint64 fileId = ok ? knownByPath(db, path).id : -1;
    if (ok) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM reports WHERE file_id = ?"));
        d.addBindValue(fileId);
        ok = d.exec();
    }
    if (ok)
        ok = storeRows(fileId, rows);
    if (!ok) {
        const QString error = m_error.isEmpty() ? db.lastError().text() : m_error;
        db.rollback();
        m_error.clear();
        result.reason = error;
        return result;
    }
    if (!db.commit()) {
        result.reason = db.lastError().text();
        db.rollback();
        return result;
    }
    result.outcome = known.id >= 0 ? Outcome::Updated : Outcome::Added;
    return result;
}

bool LibraryIndexer::storeRows(qint64 fileId, const Rows &rows)
{
    QSqlDatabase db = m_db->database();
    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "INSERT INTO reports(file_id, type, place, issuer, reporting_year, document_year, "
        "title, format, section_count, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    r.addBindValue(fileId);
    for (const QVariant &v : rows.report)
        r.addBindValue(v);
    if (!r.exec()) {
        m_error = r.lastError().text();
        return false;
    }
    const qint64 reportId = r.lastInsertId().toLongLong();

    QSqlQuery p(db);
    p.prepare(
        QStringLiteral("INSERT INTO parses(report_id, parser_version, data) VALUES (?, ?, ?)"));
    p.addBindValue(reportId);
    p.addBindValue(int(ReportSerializer::ParserVersion));
    p.addBindValue(rows.parse);
    if (!p.exec()) {
        m_error = p.lastError().text();
        return false;
    }

    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO sections(report_id, idx, sid, heading, title, role, "
                             "text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> sectionIds;
    sectionIds.reserve(rows.sections.size());
    for (const QVariantList &row : rows.sections) {
        s.addBindValue(reportId);
        for (const QVariant &v : row)
            s.addBindValue(v);
        if (!s.exec()) {
            m_error = s.lastError().text();
            return false;
        }
        sectionIds.append(s.lastInsertId().toLongLong());
    }

    QSqlQuery fq(db);
    fq.prepare(QStringLiteral(
        "INSERT INTO figures(report_id, section_id, value, unit, label, role, period, "
        "period_year, page, in_title, quote_start, quote_end, indicator, prefix) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype fi = 0; fi < rows.figures.size(); ++fi) {
        fq.addBindValue(reportId);
        const int section = rows.figureSections.at(fi);
        fq.addBindValue(section >= 0 && section < sectionIds.size()
                            ? QVariant(sectionIds.at(section))
                            : QVariant());
        for (const QVariant &v : rows.figures.at(fi))
            fq.addBindValue(v);
        if (!fq.exec()) {
            m_error = fq.lastError().text();
            return false;
        }
    }
    return true;
}
