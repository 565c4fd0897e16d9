// IndicatorComparison: values of one indicator across reports, placed in the year they
// describe, with conflicts flagged and CSV written atomically; the 深圳市 地区生产总值 series
// of the corpus checked against the reports' own sentences.

#include "core/indicatorcomparison.h"
#include "core/reportparser.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

ReportPtr parse(const char *text, const QString &path)
{
    return ReportParser::parse(QString::fromUtf8(text), QStringLiteral("UTF-8"), path).report;
}

} // namespace

class TestIndicatorComparison : public QObject
{
    Q_OBJECT

private slots:
    void yearsAndConflicts();
    void csv();
    void shenzhenSeries_data();
    void shenzhenSeries();
};

void TestIndicatorComparison::yearsAndConflicts()
{
    const QList<ReportPtr> reports = {
        parse("深圳市2018年政府工作报告\n\n一、2017年工作回顾\n\n"
              "初步核算，2017年本市生产总值2.24万亿元、同比增长8.8%；\n",
              QStringLiteral("/r/b.txt")),
        parse("深圳市2017年政府工作报告\n\n一、2016年工作回顾\n\n"
              "初步核算，2016年本市生产总值19492.6亿元，同比增长9%；\n"
              "二、今后五年的目标\n\n到2020年，本市生产总值达到2.6万亿元左右。\n",
              QStringLiteral("/r/a.txt")),
        parse("深圳市2018年政府工作报告\n\n一、2017年工作回顾\n\n"
              "2016年本市生产总值1.95万亿元。\n",
              QStringLiteral("/r/c.txt")),
    };
    const QList<IndicatorComparison::Row> rows =
        IndicatorComparison::compare(reports, QStringLiteral("gdp"));
    QCOMPARE(rows.size(), 3); // the 2020 plan of report a is not a value
    QCOMPARE(rows.at(0).year, 2016);
    QCOMPARE(rows.at(0).file, QStringLiteral("/r/a.txt"));
    QCOMPARE(rows.at(0).normalizedValue, 1949260000000.0);
    QCOMPARE(rows.at(0).value, 19492.6);
    QCOMPARE(rows.at(0).unit, QStringLiteral("亿元"));
    QCOMPARE(rows.at(0).display, QStringLiteral("19492.6亿元"));
    QCOMPARE(rows.at(0).reportYear, 2016);
    QCOMPARE(rows.at(0).place, QStringLiteral("深圳市"));
    QCOMPARE(rows.at(0).label, QStringLiteral("生产总值"));
    QVERIFY(rows.at(0).quote.startsWith(QStringLiteral("初步核算，2016年")));
    // Report c states 2016 again with another value: both 2016 rows conflict, 2017 does not.
    QCOMPARE(rows.at(1).year, 2016);
    QCOMPARE(rows.at(1).file, QStringLiteral("/r/c.txt"));
    QCOMPARE(rows.at(1).reportYear, 2017);
    QVERIFY(rows.at(0).conflict);
    QVERIFY(rows.at(1).conflict);
    QCOMPARE(rows.at(2).year, 2017);
    QCOMPARE(rows.at(2).normalizedValue, 2.24e12);
    QVERIFY(!rows.at(2).conflict);

    const QList<IndicatorComparison::Row> growth =
        IndicatorComparison::compare(reports, QStringLiteral("gdp_growth"));
    QCOMPARE(growth.size(), 2);
    QCOMPARE(growth.at(0).normalizedValue, 9.0);
    QCOMPARE(growth.at(1).normalizedValue, 8.8);
    QVERIFY(IndicatorComparison::compare(reports, QStringLiteral("no_such")).isEmpty());
}

void TestIndicatorComparison::csv()
{
    const QList<ReportPtr> reports = {
        parse("深圳市2017年政府工作报告\n\n一、2016年工作回顾\n\n"
              "初步核算，2016年本市生产总值19492.6亿元，同比增长9%；\n",
              QStringLiteral("/r/a,b.txt"))};
    const auto rows = IndicatorComparison::compare(reports, QStringLiteral("gdp"));
    QCOMPARE(rows.size(), 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gdp.csv"));
    QString error;
    QVERIFY2(IndicatorComparison::writeCsvFile(path, rows, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("indicator,indicator_name,file,")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("gdp,地区生产总值,\"/r/a,b.txt\",")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",2016,2016,19492.6,亿元,1949260000000,元,"
                                                 "19492.6亿元,exact,生产总值,level,")),
             qPrintable(lines.at(1)));
    // A folder that does not exist: an error, no file.
    QVERIFY(!IndicatorComparison::writeCsvFile(dir.filePath(QStringLiteral("no/such/x.csv")), rows,
                                               &error));
    QVERIFY(!error.isEmpty());
}

void TestIndicatorComparison::shenzhenSeries_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("file");
    // Read in each report by eye: the sentence that states the year's 地区生产总值. The 2014
    // report states only the growth of 2013 (初步预计，全年本市生产总值增长10.5%左右), so 2013
    // has no value.
    QTest::addRow("2014, 超过1.6万亿元")
        << 2014 << 1.6e12 << QStringLiteral("shenzhen-gzbg-2015.txt");
    QTest::addRow("2015") << 2015 << 1.75e12 << QStringLiteral("shenzhen-gzbg-2016.txt");
    QTest::addRow("2016") << 2016 << 1949260000000.0 << QStringLiteral("shenzhen-gzbg-2017.txt");
    QTest::addRow("2017") << 2017 << 2.24e12 << QStringLiteral("shenzhen-gzbg-2018.txt");
    QTest::addRow("2018, 突破2.4万亿元")
        << 2018 << 2.4e12 << QStringLiteral("shenzhen-gzbg-2019.txt");
    QTest::addRow("2019") << 2019 << 2.69e12 << QStringLiteral("shenzhen-gzbg-2020.txt");
    QTest::addRow("2020") << 2020 << 2.77e12 << QStringLiteral("shenzhen-gzbg-2021.txt");
    QTest::addRow("2021") << 2021 << 3.07e12 << QStringLiteral("shenzhen-gzbg-2022.txt");
    QTest::addRow("2022") << 2022 << 3.24e12 << QStringLiteral("shenzhen-gzbg-2023.txt");
    QTest::addRow("2023") << 2023 << 3.46e12 << QStringLiteral("shenzhen-gzbg-2024.txt");
    QTest::addRow("2024") << 2024 << 3.68e12 << QStringLiteral("shenzhen-gzbg-2025.txt");
}

void TestIndicatorComparison::shenzhenSeries()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(int, year);
    QFETCH(double, value);
    QFETCH(QString, file);
    static QList<IndicatorComparison::Row> rows;
    if (rows.isEmpty()) {
        QList<ReportPtr> reports;
        const QDir series(corpusDir() + QStringLiteral("/series"));
        for (const QString &name :
             series.entryList({QStringLiteral("shenzhen-gzbg-*.txt")}, QDir::Files)) {
            const ReportLoader::Result r = ReportLoader::loadFile(series.filePath(name));
            QVERIFY2(r.ok(), qPrintable(name));
            reports.append(r.report);
        }
        QCOMPARE(reports.size(), 12);
        rows = IndicatorComparison::compare(reports, QStringLiteral("gdp"));
    }
    bool found = false;
    for (const IndicatorComparison::Row &r : rows) {
        // The series has one value a year: no report contradicts another.
        QVERIFY2(!r.conflict, qPrintable(r.quote));
        QVERIFY(r.year >= 2014 && r.year <= 2024);
        if (r.year == year && r.file.endsWith(file)) {
            QCOMPARE(r.normalizedValue, value);
            QCOMPARE(r.place, QStringLiteral("深圳市"));
            found = true;
            break;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 value from %2").arg(year).arg(file)));
}

QTEST_GUILESS_MAIN(TestIndicatorComparison)
#include "tst_indicatorcomparison.moc"
