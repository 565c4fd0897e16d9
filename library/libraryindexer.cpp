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
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

LibraryIndexer::LibraryIndexer(LibraryDatabase *database) : m_db(database) {}

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
    QList<FileResult> results;
    for (int i = 0; i < files.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            results.append({files.at(i), Outcome::Cancelled, QString()});
            break;
        }
        if (options.progress)
            options.progress(i, int(files.size()), files.at(i));
        results.append(indexFile(files.at(i), options));
        if (results.last().outcome == Outcome::Cancelled)
            break;
    }
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

LibraryIndexer::FileResult LibraryIndexer::indexFile(const QString &path, const Options &options)
{
    QSqlDatabase db = m_db->database();
    const QFileInfo info(path);
    FileResult result{path, Outcome::Failed, QString()};
    if (!info.exists()) {
        result.reason = tr("file not found");
        return result;
    }
    if (!info.isFile()) {
        result.reason = tr("not a regular file");
        return result;
    }
    const qint64 size = info.size();
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return recordFailure(file.errorString());
    QByteArray bytes = file.readAll();
    file.close();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

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

    ReportParser::Options parseOptions;
    parseOptions.cancel = options.cancel;
    const ReportLoader::Result loaded =
        ReportLoader::loadData(std::move(bytes), path, parseOptions);
    if (loaded.error == ReportLoader::Error::Cancelled) {
        result.outcome = Outcome::Cancelled;
        return result;
    }
    if (!loaded.ok())
        return recordFailure(loaded.errorMessage);

    return writeFile(path, size, mtime, sha, *loaded.report);
}

LibraryIndexer::FileResult LibraryIndexer::storeLoaded(const QString &path, qint64 size,
                                                       qint64 mtime, const QString &sha256,
                                                       const Report &report)
{
    return writeFile(path, size, mtime, sha256, report);
}

LibraryIndexer::FileResult LibraryIndexer::writeFile(const QString &path, qint64 size, qint64 mtime,
                                                     const QString &sha, const Report &report)
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
        ok = storeReport(fileId, report);
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

bool LibraryIndexer::storeReport(qint64 fileId, const Report &report)
{
    QSqlDatabase db = m_db->database();
    const ReportFacts &facts = report.metadata().facts;
    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "INSERT INTO reports(file_id, type, place, issuer, reporting_year, document_year, "
        "title, format, section_count, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    r.addBindValue(fileId);
    r.addBindValue(ReportFacts::typeName(facts.type));
    r.addBindValue(facts.place);
    r.addBindValue(facts.issuer);
    r.addBindValue(facts.reportingYear);
    r.addBindValue(facts.documentYear);
    r.addBindValue(report.displayName());
    r.addBindValue(report.sourceMetadata().formatName);
    r.addBindValue(int(report.sectionCount()));
    r.addBindValue(int(report.figures().size()));
    if (!r.exec()) {
        m_error = r.lastError().text();
        return false;
    }
    const qint64 reportId = r.lastInsertId().toLongLong();

    // The whole parse, so that opening the report from the library needs no parse.
    QSqlQuery p(db);
    p.prepare(
        QStringLiteral("INSERT INTO parses(report_id, parser_version, data) VALUES (?, ?, ?)"));
    p.addBindValue(reportId);
    p.addBindValue(int(ReportSerializer::ParserVersion));
    p.addBindValue(ReportSerializer::serialize(report));
    if (!p.exec()) {
        m_error = p.lastError().text();
        return false;
    }

    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO sections(report_id, idx, sid, heading, title, role, "
                             "text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> sectionIds;
    sectionIds.reserve(report.sectionCount());
    for (int i = 0; i < report.sectionCount(); ++i) {
        const Section &sec = report.section(i);
        s.addBindValue(reportId);
        s.addBindValue(i);
        s.addBindValue(sec.id);
        s.addBindValue(report.headingText(i));
        s.addBindValue(sec.title);
        s.addBindValue(Section::roleName(sec.role));
        s.addBindValue(sec.text);
        if (!s.exec()) {
            m_error = s.lastError().text();
            return false;
        }
        sectionIds.append(s.lastInsertId().toLongLong());
    }

    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    QSqlQuery fq(db);
    fq.prepare(QStringLiteral(
        "INSERT INTO figures(report_id, section_id, value, unit, label, role, period, "
        "period_year, page, in_title, quote_start, quote_end, indicator, prefix) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int fi = 0; fi < report.figures().size(); ++fi) {
        const Figure &fig = report.figures().at(fi);
        fq.addBindValue(reportId);
        fq.addBindValue(fig.section >= 0 && fig.section < sectionIds.size()
                            ? QVariant(sectionIds.at(fig.section))
                            : QVariant());
        fq.addBindValue(fig.value);
        fq.addBindValue(fig.unit);
        fq.addBindValue(fig.label);
        fq.addBindValue(QString::fromLatin1(Figure::roleName(fig.role)));
        fq.addBindValue(fig.period);
        // The year the sentence names (2024年, or 到2025年 for a plan), so that a corrected
        // reporting year still places the others.
        const int year = IndicatorComparison::namedYear(report, fig);
        fq.addBindValue(year > 0 ? QVariant(year) : QVariant());
        fq.addBindValue(fig.page > 0 ? QVariant(fig.page) : QVariant());
        fq.addBindValue(fig.inTitle ? 1 : 0);
        // Stored in code points, as SQLite's substr() counts, so a comparison cuts the quote
        // in SQL without reading the whole section into a QString.
        const QStringView source = report.figureSource(fig);
        fq.addBindValue(codePoints(source, fig.quoteStart));
        fq.addBindValue(codePoints(source, fig.quoteEnd));
        const QString indicator = matcher.match(report, fig);
        fq.addBindValue(indicator.isEmpty() ? QVariant() : QVariant(indicator));
        // The multiplier as written (亿 of 32765亿元), to show the value as the report does.
        fq.addBindValue(Magnitude::writtenPrefix(fig, report.figureText(fi)));
        if (!fq.exec()) {
            m_error = fq.lastError().text();
            return false;
        }
    }
    return true;
}
