// LibraryCompare and LibraryCoverage over a real SQLite library in a temporary folder, built
// from the series corpus: values placed in the year they describe and shown in the report's
// own magnitude, conflicts between two reports, the table model (QAbstractItemModelTester,
// sorting in a proxy), the CSV export's contents, and the coverage of 法治政府建设 reports.

#include "core/indicatorcomparisonmodel.h"
#include "core/reportcoveragemodel.h"
#include "library/librarycompare.h"
#include "library/librarycoverage.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "tests/corpusdir.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestLibraryCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void yearAndMagnitude_data();
    void yearAndMagnitude();
    void conflicts();
    void filters();
    void model();
    void csvContents();
    void coverage();
    void migratesVersion1();

private:
    QList<LibraryCompare::Row> gdp() const;

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryDatabase> m_db;
    QString m_revised; ///< a copy of the 2024 report stating another 2023 value
};

void TestLibraryCompare::initTestCase()
{
    if (corpusDir().isEmpty())
        return;
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<LibraryDatabase>(m_dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    const QDir series(corpusDir() + QStringLiteral("/series"));
    QStringList files;
    for (const QString &name :
         series.entryList({QStringLiteral("shenzhen-gzbg-*.txt")}, QDir::Files, QDir::Name))
        files.append(series.filePath(name));
    QCOMPARE(files.size(), 12);
    // The 2024 report once more, as if republished with a revised 2023 value.
    QFile original(series.filePath(QStringLiteral("shenzhen-gzbg-2024.txt")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    const QString stated = QStringLiteral("全市地区生产总值3.46万亿元");
    QCOMPARE(text.count(stated), 1);
    text.replace(stated, QStringLiteral("全市地区生产总值3.47万亿元"));
    m_revised = m_dir.filePath(QStringLiteral("shenzhen-gzbg-2024-revised.txt"));
    QFile revised(m_revised);
    QVERIFY(revised.open(QIODevice::WriteOnly));
    revised.write(text.toUtf8());
    revised.close();
    files.append(m_revised);
    files.append(corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt"));
    files.append(corpusDir() + QStringLiteral("/shenzhen-guangming-fazhi-2021.txt"));
    for (const LibraryIndexer::FileResult &r : LibraryIndexer(m_db.get()).add(files))
        QVERIFY2(r.outcome == LibraryIndexer::Outcome::Added, qPrintable(r.path + r.reason));
}

QList<LibraryCompare::Row> TestLibraryCompare::gdp() const
{
    return LibraryCompare(m_db.get()).compare(QStringLiteral("地区生产总值"));
}

void TestLibraryCompare::yearAndMagnitude_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("quoted");
    // Each row read in the report's own sentence: the report delivered in Y reviews Y-1.
    QTest::addRow("2014") << 2014 << QStringLiteral("shenzhen-gzbg-2015.txt")
                          << QStringLiteral("1.6万亿元") << 1.6e12
                          << QStringLiteral("2014年本市生产总值超过1.6万亿元");
    QTest::addRow("2016 in 亿") << 2016 << QStringLiteral("shenzhen-gzbg-2017.txt")
                                << QStringLiteral("19492.6亿元") << 1949260000000.0
                                << QStringLiteral("2016年本市生产总值19492.6亿元");
    QTest::addRow("2020") << 2020 << QStringLiteral("shenzhen-gzbg-2021.txt")
                          << QStringLiteral("2.77万亿元") << 2.77e12
                          << QStringLiteral("2020年全市地区生产总值达2.77万亿元");
    QTest::addRow("2022, no year in the sentence")
        << 2022 << QStringLiteral("shenzhen-gzbg-2023.txt") << QStringLiteral("3.24万亿元")
        << 3.24e12 << QStringLiteral("全市地区生产总值3.24万亿元");
    QTest::addRow("2024") << 2024 << QStringLiteral("shenzhen-gzbg-2025.txt")
                          << QStringLiteral("3.68万亿元") << 3.68e12
                          << QStringLiteral("全市地区生产总值达3.68万亿元");
}

void TestLibraryCompare::yearAndMagnitude()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(int, year);
    QFETCH(QString, file);
    QFETCH(QString, display);
    QFETCH(double, value);
    QFETCH(QString, quoted);
    const QList<LibraryCompare::Row> rows = gdp();
    int found = 0;
    for (const LibraryCompare::Row &r : rows) {
        // Nothing is placed after its report's year: 到2020年…2.6万亿元 of 2015 is a plan.
        QVERIFY2(r.year <= r.reportYear, qPrintable(r.quote));
        QVERIFY2(r.year >= 2014 && r.year <= 2024, qPrintable(r.quote));
        if (!r.file.endsWith(QLatin1Char('/') + file))
            continue;
        ++found;
        QCOMPARE(r.year, year);
        QCOMPARE(r.reportYear, year); // the year it reports on; delivered the next year
        QCOMPARE(r.display, display);
        QCOMPARE(r.normalizedValue, value);
        QCOMPARE(r.normalizedUnit, QStringLiteral("元"));
        QVERIFY2(r.quote.contains(quoted), qPrintable(r.quote));
        QCOMPARE(r.place, QStringLiteral("深圳市"));
        QVERIFY(r.sectionIndex >= 0);
        QVERIFY(!r.sectionId.isEmpty());
        QVERIFY(!r.sectionPath.isEmpty());
    }
    QCOMPARE(found, 1);
}

void TestLibraryCompare::conflicts()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    // The revised copy states 3.47万亿元 for 2023 where the report says 3.46万亿元: both rows of
    // 2023 are in conflict, no other year is.
    int conflicting = 0;
    for (const LibraryCompare::Row &r : gdp()) {
        QCOMPARE(r.conflict, r.year == 2023);
        if (r.conflict) {
            ++conflicting;
            QCOMPARE(r.display, r.file == m_revised ? QStringLiteral("3.47万亿元")
                                                    : QStringLiteral("3.46万亿元"));
        }
    }
    QCOMPARE(conflicting, 2);
}

void TestLibraryCompare::filters()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    LibraryCompare compare(m_db.get());
    LibraryCompare::Query query;
    query.indicator = QStringLiteral("gdp");
    query.type = QStringLiteral("gzbg");
    QCOMPARE(compare.compare(query).size(), gdp().size());
    query.type = QStringLiteral("fazhi");
    QCOMPARE(compare.compare(query).size(), 0);
    query.type.clear();
    query.place = QStringLiteral("武威");
    QCOMPARE(compare.compare(query).size(), 0);
    query.place = QStringLiteral("深圳");
    QCOMPARE(compare.compare(query).size(), gdp().size());
    QVERIFY(compare.errorString().isEmpty());
}

void TestLibraryCompare::model()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    IndicatorComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<LibraryCompare::Row> rows = gdp();
    model.setRows(rows);
    QCOMPARE(model.rowCount(), int(rows.size()));
    QCOMPARE(model.conflictCount(), 2);
    int row2016 = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).year == 2016)
            row2016 = i;
    }
    QVERIFY(row2016 >= 0);
    const QModelIndex value = model.index(row2016, IndicatorComparisonModel::ValueColumn);
    // 19492.6 beside 亿元, as the figure table and the key-indicator panel show it.
    QCOMPARE(value.data().toString(), QStringLiteral("19492.6"));
    QCOMPARE(model.index(row2016, IndicatorComparisonModel::UnitColumn).data().toString(),
             QStringLiteral("亿元"));
    QCOMPARE(value.data(Qt::ToolTipRole).toString(),
             QStringLiteral("19492.6亿元 = 1949260000000 元"));
    QCOMPARE(value.data(IndicatorComparisonModel::NormalizedValueRole).toDouble(), 1949260000000.0);
    QCOMPARE(model.index(row2016, IndicatorComparisonModel::YearColumn).data().toInt(), 2016);
    // The citation: the sentence, then the report and its section.
    const QString citation = model.index(row2016, IndicatorComparisonModel::QuoteColumn)
                                 .data(Qt::ToolTipRole)
                                 .toString();
    QVERIFY2(citation.startsWith(rows.at(row2016).quote + QLatin1Char('\n') +
                                 rows.at(row2016).report + QStringLiteral(" › ")),
             qPrintable(citation));
    QCOMPARE(model.roleNames().value(IndicatorComparisonModel::ConflictRole),
             QByteArray("conflict"));

    // Sorted by value in a proxy: by the number (19492.6亿 < 2.24万亿), not the text.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(IndicatorComparisonModel::SortRole);
    proxy.sort(IndicatorComparisonModel::ValueColumn);
    double previous = -1;
    for (int i = 0; i < proxy.rowCount(); ++i) {
        const double v =
            proxy.index(i, 0).data(IndicatorComparisonModel::NormalizedValueRole).toDouble();
        QVERIFY(v >= previous);
        previous = v;
    }
    QCOMPARE(proxy.index(0, IndicatorComparisonModel::ValueColumn).data().toString(),
             QStringLiteral("1.6"));
    QCOMPARE(proxy.index(0, IndicatorComparisonModel::UnitColumn).data().toString(),
             QStringLiteral("万亿元"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLibraryCompare::csvContents()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    const QList<LibraryCompare::Row> rows = gdp();
    const QByteArray bytes = LibraryCompare::toCsv(rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("indicator,file,report,issuer,year,report_year,value,"
                                           "unit,display,label,role,quote,section,page,conflict"));
    bool found = false;
    for (const QString &line : lines) {
        if (!line.contains(QStringLiteral("shenzhen-gzbg-2017.txt")))
            continue;
        // Base units and the display as written, then the citation.
        QVERIFY2(line.startsWith(QStringLiteral("gdp,")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral(",2016,2016,1949260000000,元,19492.6亿元,")),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("初步核算，2016年本市生产总值19492.6亿元")),
                 qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral(",false")), qPrintable(line));
        found = true;
    }
    QVERIFY(found);
    QVERIFY(csv.contains(QStringLiteral(",3.47万亿元,")));
}

void TestLibraryCompare::coverage()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    LibraryCoverage coverage(m_db.get());
    const QStringList files = coverage.files();
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(0).endsWith(QLatin1String("shenzhen-guangming-fazhi-2021.txt")));
    QVERIFY(files.at(1).endsWith(QLatin1String("wuwei-2021-fazhi.txt")));
    int progressCalls = 0;
    const LibraryCoverage::Result result =
        coverage.matrix(nullptr, [&](int, int total, const QString &) {
            QCOMPARE(total, 2);
            ++progressCalls;
        });
    QCOMPARE(progressCalls, 3);
    QVERIFY(result.failed.isEmpty());
    QCOMPARE(result.entries.size(), 2);
    for (const ReportCoverage::Entry &e : result.entries) {
        QCOMPARE(e.result.parts.size(), 9);
        QCOMPARE(e.year, 2021);
        QVERIFY2(!e.result.reported.isEmpty(), qPrintable(e.file));
        // Every report on the rule of law names 行政执法 and 行政复议 somewhere.
        QVERIFY2(e.result.parts.at(ReportCoverage::partIds().indexOf(QStringLiteral("enforcement")))
                     .covered,
                 qPrintable(e.file));
    }
    ReportCoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(result.entries);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3 + 9 + 2);
    QCOMPARE(model.headerData(ReportCoverageModel::FirstPartColumn, Qt::Horizontal).toString(),
             ReportCoverage::partName(ReportCoverage::partIds().first()));
    const QModelIndex omitted = model.index(0, model.omittedColumn());
    QCOMPARE(omitted.data().toInt(), int(result.entries.first().result.omitted.size()));
    // A cancelled run reads nothing.
    const std::atomic_bool cancel{true};
    const LibraryCoverage::Result none = coverage.matrix(&cancel);
    QVERIFY(none.cancelled);
    QVERIFY(none.entries.isEmpty());
}

void TestLibraryCompare::migratesVersion1()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    // A library of schema 1 (no written multiplier) is migrated on open, and its files are
    // read again by the next add, which then shows 3.24万亿元 rather than 元.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    const QString file = corpusDir() + QStringLiteral("/series/shenzhen-gzbg-2023.txt");
    {
        LibraryDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(LibraryIndexer(&db).add({file}).first().outcome, LibraryIndexer::Outcome::Added);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE figures DROP COLUMN prefix")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE parses")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
    }
    LibraryDatabase db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), LibraryDatabase::SchemaVersion);
    const QList<LibraryCompare::Row> before = LibraryCompare(&db).compare(QStringLiteral("gdp"));
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.first().display, QStringLiteral("3240000000000元"));
    QCOMPARE(LibraryIndexer(&db).add({file}).first().outcome, LibraryIndexer::Outcome::Updated);
    const QList<LibraryCompare::Row> after = LibraryCompare(&db).compare(QStringLiteral("gdp"));
    QCOMPARE(after.first().display, QStringLiteral("3.24万亿元"));
}

QTEST_GUILESS_MAIN(TestLibraryCompare)
#include "tst_librarycompare.moc"
