#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "library/libraryindexjob.h"
#include "library/librarysearch.h"
#include "tests/corpusdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

using Outcome = LibraryIndexer::Outcome;

// A handful of real reports of three kinds, copied so the tests may change and move them.
const QStringList Reports = {
    QStringLiteral("series/shenzhen-gzbg-2023.txt"),
    QStringLiteral("series/longgang-gzbg-2022.txt"),
    QStringLiteral("wuwei-2021-fazhi.txt"),
};

QString copyReports(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(folder + QStringLiteral("/sub"));
    for (int i = 0; i < Reports.size(); ++i) {
        const QString target = folder + (i == 2 ? QStringLiteral("/sub/") : QStringLiteral("/")) +
                               QFileInfo(Reports.at(i)).fileName();
        QFile::copy(corpusDir() + QLatin1Char('/') + Reports.at(i), target);
    }
    return folder;
}

QHash<QString, Outcome> outcomes(const QList<LibraryIndexer::FileResult> &results)
{
    QHash<QString, Outcome> out;
    for (const auto &r : results)
        out.insert(QFileInfo(r.path).fileName(), r.outcome);
    return out;
}

qint64 scalar(const LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every report holds as many sections and figures as it says: no half report.
bool reportsWhole(const LibraryDatabase &db)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM reports r WHERE r.section_count != (SELECT "
                                 "count(*) FROM sections s WHERE s.report_id = r.id) OR "
                                 "r.figure_count != (SELECT count(*) FROM figures f WHERE "
                                 "f.report_id = r.id)")) == 0;
}

QString quickCheck(const LibraryDatabase &db)
{
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

// The derived tables as text, row ids left out (they are the same only by luck of order):
// what a library holds, to compare two of them.
QStringList dump(const LibraryDatabase &db)
{
    QStringList out;
    for (const char *sql :
         {"SELECT path, size, mtime, sha256, state, reason FROM files ORDER BY path",
          "SELECT f.path, r.type, r.place, r.issuer, r.reporting_year, r.document_year, r.title, "
          "r.format, r.section_count, r.figure_count, hex(p.data) FROM reports r JOIN files f ON "
          "f.id = r.file_id JOIN parses p ON p.report_id = r.id ORDER BY f.path",
          "SELECT f.path, s.idx, s.sid, s.heading, s.title, s.role, s.text FROM sections s JOIN "
          "reports r ON r.id = s.report_id JOIN files f ON f.id = r.file_id ORDER BY f.path, "
          "s.idx",
          "SELECT f.path, s.idx, g.value, g.unit, g.label, g.role, g.period, g.period_year, "
          "g.page, g.in_title, g.quote_start, g.quote_end, g.indicator, g.prefix FROM figures g "
          "JOIN reports r ON r.id = g.report_id JOIN files f ON f.id = r.file_id LEFT JOIN "
          "sections s ON s.id = g.section_id ORDER BY f.path, g.id"}) {
        QSqlQuery q(db.database());
        if (!q.exec(QString::fromLatin1(sql)))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row.append(q.value(c).toString());
            out.append(row.join(u'|'));
        }
    }
    return out;
}

QStringList searchHits(LibraryDatabase *db, const QString &text)
{
    LibrarySearch::Query query;
    query.text = text;
    query.limit = 50;
    QStringList hits;
    for (const LibrarySearch::Hit &h : LibrarySearch(db).search(query))
        hits.append(QStringList{h.file, h.path, h.snippet}.join(u'|'));
    return hits;
}

} // namespace

class TestLibraryIndexer : public QObject
{
    Q_OBJECT

private slots:
    void addSkipChangeMoveMissing();
    void failedFileHasReason();
    void correctionsSurviveReindexAndRebuild();
    void damagedDatabaseSetAside_data();
    void damagedDatabaseSetAside();
    void newerSchemaRefused();
    void killedIndexingLeavesWholeReports();
    void jobReportsProgressAndCancels();
    void parserThreadsGiveTheSameLibrary_data();
    void parserThreadsGiveTheSameLibrary();
};

void TestLibraryIndexer::addSkipChangeMoveMissing()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString folder = copyReports(dir);
    LibraryDatabase db(dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    LibraryIndexer indexer(&db);

    auto first = outcomes(indexer.add({folder}));
    QCOMPARE(first.size(), 3);
    for (const QString &name : first.keys())
        QCOMPARE(first.value(name), Outcome::Added);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reports")), 3);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM sections")) > 30);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reports WHERE type = 'fazhi'")), 1);
    QVERIFY(reportsWhole(db));

    // Unchanged: skipped without a parse.
    auto second = outcomes(indexer.add({folder}));
    QCOMPARE(second.value(QStringLiteral("shenzhen-gzbg-2023.txt")), Outcome::Skipped);
    QCOMPARE(second.value(QStringLiteral("wuwei-2021-fazhi.txt")), Outcome::Skipped);

    // Changed content: read again, its old sections replaced.
    const QString changed = folder + QStringLiteral("/longgang-gzbg-2022.txt");
    {
        QFile f(changed);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n\n附件：独一无二的测试段落甲乙丙。\n");
    }
    const qint64 sectionsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM sections"));
    auto third = outcomes(indexer.add({changed}));
    QCOMPARE(third.value(QStringLiteral("longgang-gzbg-2022.txt")), Outcome::Updated);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reports")), 3);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM sections")) >= sectionsBefore);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sections WHERE instr(text, "
                                       "'独一无二的测试段落') > 0")),
             1);
    QVERIFY(reportsWhole(db));

    // Moved: found again by its hash, not parsed again, the report id kept.
    const qint64 reportId = scalar(
        db, QStringLiteral("SELECT r.id FROM reports r JOIN files f ON f.id = r.file_id WHERE "
                           "f.path LIKE '%wuwei-2021-fazhi.txt'"));
    const QString moved = folder + QStringLiteral("/wuwei-moved.txt");
    QVERIFY(QFile::rename(folder + QStringLiteral("/sub/wuwei-2021-fazhi.txt"), moved));
    auto fourth = outcomes(indexer.add({folder}));
    QCOMPARE(fourth.value(QStringLiteral("wuwei-moved.txt")), Outcome::Moved);
    QCOMPARE(scalar(db, QStringLiteral("SELECT r.id FROM reports r JOIN files f ON f.id = "
                                       "r.file_id WHERE f.path LIKE '%wuwei-moved.txt'")),
             reportId);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM files")), 3);

    // Missing: marked, not deleted.
    QVERIFY(QFile::remove(folder + QStringLiteral("/shenzhen-gzbg-2023.txt")));
    auto fifth = outcomes(indexer.refresh());
    QCOMPARE(fifth.value(QStringLiteral("shenzhen-gzbg-2023.txt")), Outcome::Missing);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM files WHERE state = 'missing'")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reports")), 3);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), LibraryDatabase::SchemaVersion);
}

void TestLibraryIndexer::failedFileHasReason()
{
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("image.bin"));
    {
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7);
        f.write(bytes);
    }
    LibraryDatabase db(dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY(db.open());
    LibraryIndexer indexer(&db);
    const auto results = indexer.add({binary, dir.filePath(QStringLiteral("absent.txt"))});
    QCOMPARE(results.size(), 2);
    for (const auto &r : results) {
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(!r.reason.isEmpty(), qPrintable(r.path));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM files WHERE state = 'failed' AND "
                                       "reason != ''")),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reports")), 0);
}

void TestLibraryIndexer::correctionsSurviveReindexAndRebuild()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString folder = copyReports(dir);
    const QString dbPath = dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = folder + QStringLiteral("/shenzhen-gzbg-2023.txt");
    {
        LibraryDatabase db(dbPath);
        QVERIFY(db.open());
        LibraryIndexer indexer(&db);
        indexer.add({folder});
        QVERIFY(db.setCorrection(
            {file, QString(), QStringLiteral("fazhi"), QStringLiteral("测试市"), 1999}));
        // Re-reading the changed file does not clear the correction.
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
        f.close();
        QCOMPARE(outcomes(indexer.add({file})).value(QFileInfo(file).fileName()), Outcome::Updated);
        const auto entries = db.entries();
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const auto &e) { return e.path == file; });
        QVERIFY(it != entries.cend());
        QCOMPARE(it->type, QStringLiteral("fazhi"));
        QCOMPARE(it->place, QStringLiteral("测试市"));
        QCOMPARE(it->year, 1999);
        QVERIFY(it->corrected);
    }
    QVERIFY(QFile::exists(dbPath + QStringLiteral(".user.json")));

    // The database is lost: a new one gets the corrections and sources back from the JSON file.
    QVERIFY(QFile::remove(dbPath));
    LibraryDatabase db(dbPath);
    QVERIFY(db.open());
    QCOMPARE(db.sourcesToReindex(), QStringList{folder});
    QCOMPARE(db.corrections().size(), 1);
    LibraryIndexer(&db).add(db.sourcesToReindex());
    const auto entries = db.entries();
    QCOMPARE(entries.size(), 3);
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const auto &e) { return e.path == file; });
    QVERIFY(it != entries.cend());
    QCOMPARE(it->type, QStringLiteral("fazhi"));
    QCOMPARE(it->year, 1999);
}

void TestLibraryIndexer::damagedDatabaseSetAside_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<bool>("headerOnly");
    QTest::addRow("truncated to a third") << 0 << false;
    QTest::addRow("header overwritten") << 1 << false;
    QTest::addRow("not a database at all") << 2 << false;
    QTest::addRow("truncated, header check") << 0 << true;
    QTest::addRow("header overwritten, header check") << 1 << true;
}

void TestLibraryIndexer::damagedDatabaseSetAside()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(int, damage);
    QFETCH(bool, headerOnly);
    QTemporaryDir dir;
    const QString folder = copyReports(dir);
    const QString dbPath = dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = folder + QStringLiteral("/longgang-gzbg-2022.txt");
    if (damage < 2) {
        LibraryDatabase db(dbPath);
        QVERIFY(db.open());
        LibraryIndexer(&db).add({file});
        QVERIFY(db.setCorrection({file, QString(), QString(), QStringLiteral("某区"), 0}));
    } else {
        LibraryDatabase db(dbPath);
        QVERIFY(db.open());
        QVERIFY(db.addSources({file}));
    }
    QFile f(dbPath);
    const qint64 size = QFileInfo(dbPath).size();
    QVERIFY(size > 0);
    if (damage == 0) {
        QVERIFY(f.resize(size / 3));
    } else {
        QVERIFY(f.open(damage == 1 ? QIODevice::ReadWrite : QIODevice::WriteOnly));
        f.write(QByteArray(damage == 1 ? 64 : 9000, 'x'));
        f.close();
    }

    LibraryDatabase db(dbPath);
    QVERIFY2(db.open(headerOnly ? LibraryDatabase::Check::Header : LibraryDatabase::Check::Full),
             qPrintable(db.errorString()));
    QVERIFY(!db.recoveryMessage().isEmpty());
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(db.sourcesToReindex(), QStringList{file});
    QCOMPARE(quickCheck(db), QStringLiteral("ok"));
    const auto results = LibraryIndexer(&db).add(db.sourcesToReindex());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::Added);
    if (damage < 2) {
        QCOMPARE(db.entries().size(), 1);
        QCOMPARE(db.entries().first().place, QStringLiteral("某区"));
    }
}

void TestLibraryIndexer::newerSchemaRefused()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("library.sqlite"));
    {
        LibraryDatabase db(dbPath);
        QVERIFY(db.open());
        QSqlQuery q(db.database());
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version=%1").arg(LibraryDatabase::SchemaVersion + 1)));
    }
    LibraryDatabase db(dbPath);
    QVERIFY(!db.open());
    QVERIFY(db.errorString().contains(QStringLiteral("newer")));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

// A command-line indexer over a folder is killed in the middle; meanwhile a reader searches.
// Afterwards the file passes quick_check and holds only whole reports.
void TestLibraryIndexer::killedIndexingLeavesWholeReports()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("library.sqlite"));
    {
        LibraryDatabase db(dbPath); // the schema exists before the reader starts
        QVERIFY(db.open());
    }
    QProcess indexer;
    indexer.start(QStringLiteral(REPORTSCOPE_BINARY),
                  {QStringLiteral("library"), QStringLiteral("add"), QStringLiteral("--db"), dbPath,
                   corpusDir() + QStringLiteral("/series")});
    QVERIFY(indexer.waitForStarted());

    LibraryDatabase reader(dbPath);
    QVERIFY(reader.open());
    QElapsedTimer clock;
    clock.start();
    qint64 seen = 0;
    int reads = 0;
    // Read while it writes, until two reports are in (or 60 s pass on a slow machine).
    while (clock.elapsed() < 60000 && indexer.state() == QProcess::Running) {
        const qint64 n = scalar(reader, QStringLiteral("SELECT count(*) FROM reports"));
        QVERIFY2(n >= seen, "a reader saw the library shrink");
        seen = n;
        ++reads;
        QVERIFY(reportsWhole(reader));
        if (n >= 2)
            break;
        QThread::msleep(50);
    }
    QVERIFY(reads > 0);
    QVERIFY2(indexer.state() == QProcess::Running, "the indexer finished before it was killed");
    indexer.kill();
    QVERIFY(indexer.waitForFinished());

    LibraryDatabase after(dbPath);
    QVERIFY2(after.open(), qPrintable(after.errorString()));
    QVERIFY(after.recoveryMessage().isEmpty());
    QCOMPARE(quickCheck(after), QStringLiteral("ok"));
    QVERIFY(reportsWhole(after));
    const qint64 reports = scalar(after, QStringLiteral("SELECT count(*) FROM reports"));
    QVERIFY(reports >= 2);
    QVERIFY(reports < 36);
    // The full-text index holds exactly the stored sections.
    QCOMPARE(scalar(after, QStringLiteral("SELECT count(*) FROM section_fts WHERE section_fts "
                                          "MATCH '\"政府工\"'")),
             scalar(after, QStringLiteral("SELECT count(*) FROM sections WHERE instr(text, "
                                          "'政府工') > 0 OR instr(title, '政府工') > 0")));
}

// The window's job: progress per file on the owning thread, Cancel stops it between files.
void TestLibraryIndexer::jobReportsProgressAndCancels()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("library.sqlite"));
    LibraryIndexJob job(dbPath, {corpusDir() + QStringLiteral("/series")});
    QSignalSpy progress(&job, &LibraryIndexJob::progress);
    QSignalSpy finished(&job, &LibraryIndexJob::finished);
    job.start();
    QVERIFY(progress.wait(30000));
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toInt(), 35);
    job.cancel();
    QVERIFY(finished.wait(30000));
    const auto results = finished.first().at(0).value<QList<LibraryIndexer::FileResult>>();
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(!results.isEmpty());
    QVERIFY(results.size() < 35);
    QCOMPARE(results.last().outcome, Outcome::Cancelled);

    LibraryDatabase db(dbPath);
    QVERIFY(db.open());
    QVERIFY(reportsWhole(db));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reports")),
             qint64(results.size() - 1));
}

void TestLibraryIndexer::parserThreadsGiveTheSameLibrary_data()
{
    QTest::addColumn<int>("parsers");
    QTest::addRow("one parser thread") << 1;
    QTest::addRow("two parser threads") << 2;
}

void TestLibraryIndexer::parserThreadsGiveTheSameLibrary()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(int, parsers);
    // The same folder indexed on the calling thread alone and with parser threads ahead of
    // the writer, twice: first as found (one file twice, so the second copy is found by its
    // hash; an empty file; a binary file), then after a change, a move and a deletion.
    QTemporaryDir dir;
    const QString folder = copyReports(dir);
    for (const char *name : {"series/shenzhen-gzbg-2022.txt", "series/guowuyuan-gzbg-2023.txt",
                             "series/longgang-gzbg-2023.txt"})
        QVERIFY(QFile::copy(corpusDir() + u'/' + QLatin1String(name),
                            folder + u'/' + QFileInfo(QLatin1String(name)).fileName()));
    QVERIFY(QFile::copy(folder + QStringLiteral("/shenzhen-gzbg-2023.txt"),
                        folder + QStringLiteral("/sub/copy-of-2023.txt")));
    QFile(folder + QStringLiteral("/empty.txt")).open(QIODevice::WriteOnly);
    {
        QFile binary(folder + QStringLiteral("/binary.txt"));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray(4096, '\0'));
    }
    LibraryDatabase sequential(dir.filePath(QStringLiteral("sequential.sqlite")));
    LibraryDatabase threaded(dir.filePath(QStringLiteral("threaded.sqlite")));
    QVERIFY(sequential.open());
    QVERIFY(threaded.open());
    LibraryIndexer::Options one;
    one.parsers = 0;
    LibraryIndexer::Options many;
    many.parsers = parsers;
    QStringList progressPaths;
    many.progress = [&progressPaths](int, int, const QString &path) { progressPaths.append(path); };

    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1) {
            QFile changed(folder + QStringLiteral("/longgang-gzbg-2022.txt"));
            QVERIFY(changed.open(QIODevice::Append));
            changed.write("\n附件：线程索引测试的一段话。\n");
            changed.close();
            QVERIFY(QFile::rename(folder + QStringLiteral("/sub/wuwei-2021-fazhi.txt"),
                                  folder + QStringLiteral("/moved-wuwei.txt")));
            QVERIFY(QFile::remove(folder + QStringLiteral("/guowuyuan-gzbg-2023.txt")));
        }
        progressPaths.clear();
        const auto a = LibraryIndexer(&sequential).add({folder}, one);
        const auto b = LibraryIndexer(&threaded).add({folder}, many);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).path, a.at(i).path);
            QCOMPARE(b.at(i).outcome, a.at(i).outcome);
            QCOMPARE(b.at(i).reason, a.at(i).reason);
        }
        // Progress before each file, in order, then once at the end.
        QCOMPARE(progressPaths.size(),
                 qsizetype(a.size() + 1 - (pass == 1 ? 1 : 0))); // the missing one
        QCOMPARE(progressPaths.last(), QString());
        const QHash<QString, Outcome> seen = outcomes(b);
        if (pass == 0) {
            QCOMPARE(seen.value(QStringLiteral("copy-of-2023.txt")), Outcome::Added);
            QCOMPARE(seen.value(QStringLiteral("empty.txt")), Outcome::Failed);
            QCOMPARE(seen.value(QStringLiteral("binary.txt")), Outcome::Failed);
        } else {
            QCOMPARE(seen.value(QStringLiteral("longgang-gzbg-2022.txt")), Outcome::Updated);
            QCOMPARE(seen.value(QStringLiteral("moved-wuwei.txt")), Outcome::Moved);
            QCOMPARE(seen.value(QStringLiteral("guowuyuan-gzbg-2023.txt")), Outcome::Missing);
            QCOMPARE(seen.value(QStringLiteral("shenzhen-gzbg-2022.txt")), Outcome::Skipped);
        }
        const QStringList rowsA = dump(sequential);
        const QStringList rowsB = dump(threaded);
        QVERIFY(rowsA.size() > 100);
        QCOMPARE(rowsB.size(), rowsA.size());
        for (int i = 0; i < rowsA.size(); ++i)
            QCOMPARE(rowsB.at(i).left(300), rowsA.at(i).left(300));
        QCOMPARE(rowsB, rowsA);
        QVERIFY(reportsWhole(threaded));
        for (const QString &term :
             {QStringLiteral("营商环境"), QStringLiteral("复议"), QStringLiteral("线程索引测试"),
              QStringLiteral("\"优化营商环境\"")}) {
            const QStringList hitsA = searchHits(&sequential, term);
            QCOMPARE(searchHits(&threaded, term), hitsA);
            QVERIFY2(!hitsA.isEmpty() || (pass == 0 && term == QStringLiteral("线程索引测试")),
                     qPrintable(term));
        }
    }
}

QTEST_GUILESS_MAIN(TestLibraryIndexer)
#include "tst_libraryindexer.moc"
