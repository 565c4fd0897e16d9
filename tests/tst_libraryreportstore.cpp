// LibraryReportStore on a real SQLite library in a temporary folder: an indexed report opens
// from its stored parse, equal to a fresh parse; a touched, changed, moved or not indexed file,
// a damaged or missing parse and one of an older parser are read from the file, and the new
// parse is stored so that the next open is from the store again.

#include "core/reportjson.h"
#include "core/reportserializer.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "library/libraryreportstore.h"
#include "tests/corpusdir.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Origin = LibraryReportStore::Origin;

class TestLibraryReportStore : public QObject
{
    Q_OBJECT

private slots:
    void open_data();
    void open();
    void movedFileOpensFromStore();
    void libraryWithoutParsesMigrates();
};

void TestLibraryReportStore::open_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<Origin>("first");
    QTest::addRow("unchanged") << QStringLiteral("none") << Origin::Stored;
    QTest::addRow("touched, same bytes") << QStringLiteral("touch") << Origin::Changed;
    QTest::addRow("content changed") << QStringLiteral("append") << Origin::Changed;
    QTest::addRow("same size, other bytes") << QStringLiteral("overwrite") << Origin::Changed;
    QTest::addRow("damaged parse") << QStringLiteral("damage") << Origin::Damaged;
    QTest::addRow("truncated parse") << QStringLiteral("truncate") << Origin::Damaged;
    QTest::addRow("older parser") << QStringLiteral("parser") << Origin::NoParse;
    QTest::addRow("no parse stored") << QStringLiteral("drop") << Origin::NoParse;
    QTest::addRow("not in the library") << QStringLiteral("other") << Origin::NotIndexed;
}

void TestLibraryReportStore::open()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, change);
    QFETCH(Origin, first);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shenzhen-gzbg-2023.txt"));
    QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/series/shenzhen-gzbg-2023.txt"), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    LibraryDatabase db(dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QCOMPARE(LibraryIndexer(&db).add({path}).value(0).outcome, LibraryIndexer::Outcome::Added);

    QString opened = path;
    QSqlQuery q(db.database());
    if (change == QLatin1String("touch")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                              QFileDevice::FileModificationTime));
    } else if (change == QLatin1String("append")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n附件：存储测试独有的一段话。\n");
    } else if (change == QLatin1String("overwrite")) {
        // Same size and the old mtime: only the hash tells.
        const QDateTime mtime = QFileInfo(path).lastModified();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf("深圳");
        QVERIFY(at > 0);
        bytes.replace(at, 6, "广州");
        f.seek(0);
        f.write(bytes);
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    } else if (change == QLatin1String("damage")) {
        QVERIFY(q.exec(QStringLiteral("UPDATE parses SET data = substr(data, 1, 12) || "
                                      "randomblob(length(data) - 12)")));
    } else if (change == QLatin1String("truncate")) {
        QVERIFY(q.exec(QStringLiteral("UPDATE parses SET data = substr(data, 1, length(data) / "
                                      "2)")));
    } else if (change == QLatin1String("parser")) {
        QVERIFY(q.exec(QStringLiteral("UPDATE parses SET parser_version = %1")
                           .arg(ReportSerializer::ParserVersion - 1)));
    } else if (change == QLatin1String("drop")) {
        QVERIFY(q.exec(QStringLiteral("DELETE FROM parses")));
    } else if (change == QLatin1String("other")) {
        opened = dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt"), opened));
    }

    LibraryReportStore store(&db);
    const LibraryReportStore::Result r1 = store.open(opened);
    QVERIFY2(r1.load.ok(), qPrintable(r1.load.errorMessage));
    QCOMPARE(r1.origin, first);
    QCOMPARE(r1.load.report->filePath(), QFileInfo(opened).absoluteFilePath());
    if (change == QLatin1String("append"))
        QVERIFY(r1.load.report->sourceText().contains(QStringLiteral("存储测试独有的一段话")));
    if (change == QLatin1String("overwrite"))
        QVERIFY(r1.load.report->sourceText().contains(QStringLiteral("广州")));

    // The stored parse equals a fresh one, and the second open comes from the store (the
    // file read and its parse stored by the first), except for a file the library lacks.
    const ReportLoader::Result fresh = ReportLoader::loadFile(opened);
    QVERIFY(fresh.ok());
    const LibraryReportStore::Result r2 = store.open(opened);
    QVERIFY(r2.load.ok());
    QCOMPARE(r2.origin, change == QLatin1String("other") ? Origin::NotIndexed : Origin::Stored);
    QCOMPARE(QJsonDocument(ReportJson::outline(*r2.load.report)).toJson(),
             QJsonDocument(ReportJson::outline(*fresh.report)).toJson());
    QCOMPARE(QJsonDocument(ReportJson::figures(*r2.load.report)).toJson(),
             QJsonDocument(ReportJson::figures(*fresh.report)).toJson());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM parses")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestLibraryReportStore::movedFileOpensFromStore()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("a")));
    QDir().mkpath(dir.filePath(QStringLiteral("b")));
    const QString before = dir.filePath(QStringLiteral("a/wuwei.txt"));
    const QString after = dir.filePath(QStringLiteral("b/wuwei-renamed.txt"));
    QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt"), before));
    LibraryDatabase db(dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY(db.open());
    LibraryIndexer indexer(&db);
    QCOMPARE(indexer.add({dir.filePath(QStringLiteral("a"))}).value(0).outcome,
             LibraryIndexer::Outcome::Added);
    QVERIFY(QFile::rename(before, after));
    // The old folder again: the file there is gone and marked missing, not deleted.
    const auto gone = indexer.add({dir.filePath(QStringLiteral("a"))});
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().outcome, LibraryIndexer::Outcome::Missing);
    const auto entries = db.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, QStringLiteral("missing"));
    // Found again by its hash under its new name, the report and its parse kept.
    const auto found = indexer.add({dir.filePath(QStringLiteral("b"))});
    QCOMPARE(found.value(0).outcome, LibraryIndexer::Outcome::Moved);
    QCOMPARE(found.value(0).reason, before);
    QCOMPARE(db.entries().value(0).state, QStringLiteral("ok"));
    const LibraryReportStore::Result r = LibraryReportStore(&db).open(after);
    QCOMPARE(r.origin, Origin::Stored);
    QCOMPARE(r.load.report->filePath(), after);
    QVERIFY(r.load.report->sectionCount() > 5);
}

// A library written before stored parses (schema 1) is migrated: the parses table appears, and
// its reports open from the file once, then from the store.
void TestLibraryReportStore::libraryWithoutParsesMigrates()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wuwei.txt"));
    QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt"), path));
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    {
        LibraryDatabase db(file);
        QVERIFY(db.open());
        LibraryIndexer(&db).add({path});
        QSqlQuery q(db.database());
        // Schema 2 had everything but the stored parses.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE parses")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
    }
    LibraryDatabase db(file);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), LibraryDatabase::SchemaVersion);
    LibraryReportStore store(&db);
    QCOMPARE(store.open(path).origin, Origin::NoParse);
    QCOMPARE(store.open(path).origin, Origin::Stored);
}

QTEST_GUILESS_MAIN(TestLibraryReportStore)
#include "tst_libraryreportstore.moc"
