#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"
#include "tests/corpusdir.h"
#include "widgets/librarypane.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestLibraryPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsWithCounts();
    void searchResultOpensSection_data();
    void searchResultOpensSection();
    void missingFileMarked();
    void contextMenuPairsPreviousYear();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QStringList m_files;
};

void TestLibraryPane::initTestCase()
{
    if (corpusDir().isEmpty())
        return;
    m_dbPath = m_dir.filePath(QStringLiteral("library.sqlite"));
    m_files = {corpusDir() + QStringLiteral("/series/shenzhen-gzbg-2022.txt"),
               corpusDir() + QStringLiteral("/series/shenzhen-gzbg-2023.txt"),
               corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt")};
    LibraryDatabase db(m_dbPath);
    QVERIFY(db.open());
    QCOMPARE(LibraryIndexer(&db).add(m_files).size(), 3);
}

void TestLibraryPane::groupsWithCounts()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    LibraryPane pane(m_dbPath);
    pane.resize(360, 640);
    pane.show();
    auto *groups = pane.findChild<QTreeWidget *>(QStringLiteral("libraryGroups"));
    QVERIFY(groups);
    // Listed after the pane's first paint, so that a window restoring it paints at once.
    QCOMPARE(groups->topLevelItemCount(), 0);
    QTRY_COMPARE(groups->topLevelItemCount(), 2);
    QStringList types;
    for (int i = 0; i < groups->topLevelItemCount(); ++i)
        types.append(groups->topLevelItem(i)->text(0));
    QCOMPARE(types,
             (QStringList{"Rule-of-law government reports (1)", "Government work reports (2)"}));
    // 深圳市 ▸ two years, one report each.
    QTreeWidgetItem *place = groups->topLevelItem(1)->child(0);
    QCOMPARE(place->text(0), QStringLiteral("深圳市 (2)"));
    QCOMPARE(place->childCount(), 2);
    QCOMPARE(place->child(0)->childCount(), 1);
    if (qEnvironmentVariableIsSet("REPORTSCOPE_PANE_SHOT")) // for a look by eye
        pane.grab().save(qEnvironmentVariable("REPORTSCOPE_PANE_SHOT") + "-groups.png");
}

void TestLibraryPane::searchResultOpensSection_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("two characters") << QStringLiteral("复议");
    QTest::addRow("phrase") << QStringLiteral("\"营商环境\"");
}

void TestLibraryPane::searchResultOpensSection()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, query);
    LibraryPane pane(m_dbPath);
    pane.resize(360, 640);
    pane.show();
    pane.search(query);
    auto *results = pane.findChild<QTreeWidget *>(QStringLiteral("libraryResults"));
    QVERIFY(results && results->isVisible());
    QVERIFY(results->height() > 200); // given room in the splitter, not just shown
    LibraryDatabase db(m_dbPath);
    QVERIFY(db.open());
    LibrarySearch::Query q;
    q.text = query;
    q.limit = 100;
    const auto hits = LibrarySearch(&db).search(q);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(results->topLevelItemCount(), hits.size());
    QVERIFY(results->topLevelItem(0)->text(0).contains(QStringLiteral("【")));

    QSignalSpy open(&pane, &LibraryPane::openRequested);
    emit results->itemActivated(results->topLevelItem(0), 0);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), hits.first().file);
    QCOMPARE(open.first().at(1).toString(), hits.first().path);
    QCOMPARE(open.first().at(2).toString(), LibrarySearch::terms(query).first());
    if (qEnvironmentVariableIsSet("REPORTSCOPE_PANE_SHOT"))
        pane.grab().save(qEnvironmentVariable("REPORTSCOPE_PANE_SHOT") + "-search.png");
}

// A file gone from its folder stays in the library and in the pane, marked, with a count.
void TestLibraryPane::missingFileMarked()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("reports"))));
    const QString path = dir.filePath(QStringLiteral("reports/wuwei.txt"));
    QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt"), path));
    const QString dbPath = dir.filePath(QStringLiteral("library.sqlite"));
    {
        LibraryDatabase db(dbPath);
        QVERIFY(db.open());
        LibraryIndexer indexer(&db);
        QCOMPARE(indexer.add({dir.filePath(QStringLiteral("reports"))}).size(), 1);
        QVERIFY(QFile::remove(path));
        const auto results = indexer.refresh();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, LibraryIndexer::Outcome::Missing);
    }
    LibraryPane pane(dbPath);
    pane.show();
    auto *groups = pane.findChild<QTreeWidget *>(QStringLiteral("libraryGroups"));
    QVERIFY(groups);
    QTRY_COMPARE(groups->topLevelItemCount(), 1); // listed after the pane's first paint
    const QTreeWidgetItem *report = groups->topLevelItem(0)->child(0)->child(0)->child(0);
    QVERIFY(report);
    QVERIFY2(report->text(0).endsWith(QStringLiteral("(file missing)")),
             qPrintable(report->text(0)));
    QVERIFY(report->toolTip(0).contains(path));
    bool counted = false;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        counted = counted || label->text().contains(QStringLiteral("1 file(s) missing"));
    QVERIFY(counted);
}

// The context menu's Compare with Previous Year pairs 深圳市 2023 with 2022.
void TestLibraryPane::contextMenuPairsPreviousYear()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    LibraryPane pane(m_dbPath);
    pane.show();
    QSignalSpy diff(&pane, &LibraryPane::diffRequested);
    QVERIFY(pane.diffPreviousYear(m_files.at(1)));
    QCOMPARE(diff.size(), 1);
    QCOMPARE(diff.first().at(0).toString(), QFileInfo(m_files.at(0)).absoluteFilePath());
    QCOMPARE(diff.first().at(1).toString(), m_files.at(1));
    // 2022 has no year before it in this library, nor a 法治 report another year.
    QVERIFY(!pane.diffPreviousYear(m_files.at(0)));
    QVERIFY(!pane.diffPreviousYear(m_files.at(2)));
    QCOMPARE(diff.size(), 1);
}

QTEST_MAIN(TestLibraryPane)
#include "tst_librarypane.moc"
