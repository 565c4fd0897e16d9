#include "core/indicatormatcher.h"
#include "import/reportloader.h"
#include "library/librarycompare.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"
#include "tests/corpusdir.h"
#include "tests/processrun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QStringList Reports = {
    QStringLiteral("series/shenzhen-gzbg-2023.txt"),
    QStringLiteral("series/longgang-gzbg-2023.txt"),
    QStringLiteral("series/guowuyuan-gzbg-2023.txt"),
    QStringLiteral("wuwei-2021-fazhi.txt"),
};

QString corpusFile(const QString &name)
{
    return corpusDir() + QLatin1Char('/') + name;
}

} // namespace

class TestLibrarySearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terms_data();
    void terms();
    void snippetMarksTerms();
    void search_data();
    void search();
    void filters_data();
    void filters();
    void compareByLabel();
    void compareByIndicator();
    void commandLineJson();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<LibraryDatabase> m_db;
    /** Per file: (section id, heading and text) of every section, read by the loader. */
    QHash<QString, QList<QPair<QString, QString>>> m_sections;
};

void TestLibrarySearch::initTestCase()
{
    if (corpusDir().isEmpty())
        return;
    m_dbPath = m_dir.filePath(QStringLiteral("library.sqlite"));
    m_db = std::make_unique<LibraryDatabase>(m_dbPath);
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    QStringList files;
    for (const QString &r : Reports)
        files.append(corpusFile(r));
    const auto results = LibraryIndexer(m_db.get()).add(files);
    QCOMPARE(results.size(), Reports.size());
    for (const QString &f : files) {
        const ReportLoader::Result loaded = ReportLoader::loadFile(f);
        QVERIFY(loaded.ok());
        QList<QPair<QString, QString>> sections;
        for (const Section &s : loaded.report->sections())
            sections.append({s.id, s.title + QLatin1Char('\n') + s.text});
        m_sections.insert(QFileInfo(f).absoluteFilePath(), sections); // as the library stores it
    }
}

void TestLibrarySearch::terms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("words") << QStringLiteral("营商  复议") << QStringList{"营商", "复议"};
    QTest::addRow("phrase") << QStringLiteral("\"优化 营商环境\" 复议")
                            << QStringList{"优化 营商环境", "复议"};
    QTest::addRow("Chinese quotes") << QStringLiteral("“营商环境”") << QStringList{"营商环境"};
    QTest::addRow("duplicate") << QStringLiteral("复议 复议") << QStringList{"复议"};
    QTest::addRow("empty") << QStringLiteral("  \"\" ") << QStringList();
}

void TestLibrarySearch::terms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(LibrarySearch::terms(query), expected);
}

void TestLibrarySearch::snippetMarksTerms()
{
    const QString text = QStringLiteral("开头。持续优化营商环境，营商主体增加。结尾");
    qsizetype offset = -1;
    int length = 0;
    const QString s = LibrarySearch::snippet(
        text, {QStringLiteral("营商环境"), QStringLiteral("营商")}, &offset, &length);
    QCOMPARE(s, QStringLiteral("开头。持续优化【营商环境】，【营商】主体增加。结尾"));
    QCOMPARE(offset, 7);
    QCOMPARE(length, 4); // the longer term where both start
}

void TestLibrarySearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addRow("two characters") << QStringLiteral("复议") << QStringList{"复议"};
    QTest::addRow("two characters, other") << QStringLiteral("营商") << QStringList{"营商"};
    QTest::addRow("three characters") << QStringLiteral("法治政") << QStringList{"法治政"};
    QTest::addRow("long word") << QStringLiteral("地区生产总值") << QStringList{"地区生产总值"};
    QTest::addRow("two words") << QStringLiteral("营商环境 优化")
                               << QStringList{"营商环境", "优化"};
    QTest::addRow("phrase") << QStringLiteral("\"优化营商环境\"") << QStringList{"优化营商环境"};
    QTest::addRow("short and long")
        << QStringLiteral("调解 矛盾纠纷") << QStringList{"调解", "矛盾纠纷"};
    QTest::addRow("absent") << QStringLiteral("量子纠缠态") << QStringList{"量子纠缠态"};
}

// The library finds exactly the sections whose heading or text holds every term, as the
// loader's own sections say.
void TestLibrarySearch::search()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, query);
    QFETCH(QStringList, mustContain);
    QSet<QString> expected;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        for (const auto &s : it.value()) {
            bool all = true;
            for (const QString &t : mustContain)
                all = all && s.second.contains(t);
            if (all)
                expected.insert(it.key() + QLatin1Char('#') + s.first);
        }
    }
    LibrarySearch search(m_db.get());
    LibrarySearch::Query q;
    q.text = query;
    q.limit = 1000;
    const auto hits = search.search(q);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
    QSet<QString> found;
    for (const LibrarySearch::Hit &h : hits) {
        found.insert(h.file + QLatin1Char('#') + h.path);
        QVERIFY2(h.snippet.contains(QStringLiteral("【") + mustContain.first()) ||
                     mustContain.size() > 1,
                 qPrintable(h.snippet));
        QVERIFY(!h.report.isEmpty());
    }
    QCOMPARE(found, expected);
    if (query != QStringLiteral("量子纠缠态"))
        QVERIFY(!found.isEmpty());
}

void TestLibrarySearch::filters_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("place");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("files");
    QTest::addRow("type fazhi") << QStringLiteral("fazhi") << QString() << 0
                                << QStringList{"wuwei-2021-fazhi.txt"};
    QTest::addRow("place 龙岗") << QString() << QStringLiteral("龙岗") << 0
                                << QStringList{"longgang-gzbg-2023.txt"};
    QTest::addRow("year 2021") << QString() << QString() << 2021
                               << QStringList{"wuwei-2021-fazhi.txt"};
}

void TestLibrarySearch::filters()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, type);
    QFETCH(QString, place);
    QFETCH(int, year);
    QFETCH(QStringList, files);
    LibrarySearch::Query q;
    q.text = QStringLiteral("工作");
    q.limit = 1000;
    q.type = type;
    q.place = place;
    q.year = year;
    QSet<QString> found;
    for (const auto &h : LibrarySearch(m_db.get()).search(q))
        found.insert(QFileInfo(h.file).fileName());
    QCOMPARE(found, QSet<QString>(files.cbegin(), files.cend()));
}

void TestLibrarySearch::compareByIndicator()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    // By its name: the level only, not the growth rate that also says 地区生产总值. The 2023
    // report of 深圳市 reviews 2022: "全市地区生产总值3.24万亿元，增长3.3%".
    LibraryCompare compare(m_db.get());
    const auto rows = compare.compare(QStringLiteral("地区生产总值"));
    QVERIFY(!rows.isEmpty());
    bool shenzhen = false;
    for (const LibraryCompare::Row &r : rows) {
        QCOMPARE(r.indicator, QStringLiteral("gdp"));
        QCOMPARE(r.normalizedUnit, QStringLiteral("元"));
        if (r.file.endsWith(QLatin1String("shenzhen-gzbg-2023.txt")) && r.year == 2022) {
            QCOMPARE(r.normalizedValue, 3.24e12);
            // Shown as the report writes it.
            QCOMPARE(r.value, 3.24);
            QCOMPARE(r.unit, QStringLiteral("万亿元"));
            QCOMPARE(r.display, QStringLiteral("3.24万亿元"));
            QVERIFY(r.quote.contains(QStringLiteral("3.24万亿元")));
            shenzhen = true;
        }
    }
    QVERIFY(shenzhen);
}

void TestLibrarySearch::compareByLabel()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    // The most frequent label among the stored figures that names no catalogue indicator
    // (a name the matcher knows is compared as its indicator), compared by label.
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT label, count(*) AS n FROM figures WHERE label != '' "
                                  "GROUP BY label ORDER BY n DESC, label")));
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    QString label;
    int count = 0;
    while (label.isEmpty() && q.next()) {
        const QString candidate = q.value(0).toString();
        if (matcher.name(candidate).isEmpty() && matcher.find(candidate).isEmpty()) {
            label = candidate;
            count = q.value(1).toInt();
        }
    }
    QVERIFY(!label.isEmpty());
    LibraryCompare compare(m_db.get());
    const auto rows = compare.compare(label);
    QCOMPARE(rows.size(), count);
    for (const LibraryCompare::Row &r : rows) {
        QCOMPARE(r.label, label);
        QCOMPARE(r.indicator, label);
        QVERIFY2(!r.quote.isEmpty(), qPrintable(r.file));
        QVERIFY(r.year > 2000);
        QVERIFY(r.reportYear > 2000);
    }
    // By place, then year.
    for (int i = 1; i < rows.size(); ++i) {
        const auto &a = rows.at(i - 1);
        const auto &b = rows.at(i);
        QVERIFY(a.place < b.place || (a.place == b.place && a.year <= b.year));
    }
    const QByteArray csv = LibraryCompare::toCsv(rows);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFindicator,file,report,issuer,year,report_year,value"));
    QCOMPARE(csv.count("\r\n"), rows.size() + 1);
}

void TestLibrarySearch::commandLineJson()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    const ProcessResult r = runProcess(QStringLiteral(REPORTSCOPE_BINARY),
                                       {QStringLiteral("search"), QStringLiteral("--db"), m_dbPath,
                                        QStringLiteral("--json"), QStringLiteral("--limit"),
                                        QStringLiteral("3"), QStringLiteral("营商")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(hits.size(), 3);
    const QStringList keys = {"file", "length", "offset", "path", "report", "section", "snippet"};
    for (const QJsonValue &v : hits) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), keys);
        QVERIFY(o.value(QLatin1String("snippet")).toString().contains(QStringLiteral("【营商")));
        QVERIFY(QFileInfo::exists(o.value(QLatin1String("file")).toString()));
    }

    const ProcessResult list =
        runProcess(QStringLiteral(REPORTSCOPE_BINARY),
                   {QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--db"),
                    m_dbPath, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), Reports.size());
    QCOMPARE(entries.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ok"));

    const ProcessResult bad = runProcess(
        QStringLiteral(REPORTSCOPE_BINARY),
        {QStringLiteral("library"), QStringLiteral("set"), QStringLiteral("--db"), m_dbPath,
         corpusFile(Reports.first()), QStringLiteral("--type"), QStringLiteral("novel")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("unknown type"));

    const ProcessResult compare = runProcess(
        QStringLiteral(REPORTSCOPE_BINARY),
        {QStringLiteral("compare"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--json"),
         QStringLiteral("--issuer"), QStringLiteral("深圳"), QStringLiteral("地区生产总值")});
    QCOMPARE(compare.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(compare.out).array();
    const QStringList columns = {"conflict", "display", "file",  "indicator", "issuer",
                                 "label",    "page",    "quote", "report",    "report_year",
                                 "role",     "section", "unit",  "value",     "year"};
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().keys(), columns);

    // The table form shows the value in the report's own magnitude, not in 元.
    const ProcessResult table = runProcess(
        QStringLiteral(REPORTSCOPE_BINARY),
        {QStringLiteral("compare"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--issuer"),
         QStringLiteral("深圳"), QStringLiteral("地区生产总值")});
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(QStringLiteral("2022\t深圳市人民政府\t3.24万亿元\t")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("3240000000000")));
}

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
