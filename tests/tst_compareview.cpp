// The window's Compare Indicator and Coverage views over a real library in a temporary
// folder: the comparison runs in the background and fills the table; 深圳市's 地区生产总值
// 2014–2024 is one line of eleven points; the provinces of 2026 are bars of 2025; the exports
// hold the citations; double-click opens the sentence. With REPORTSCOPE_SHOTS_DIR set, the
// views are saved there as PNG (all 18 provinces are indexed then).

#include "core/indicatorcomparisonmodel.h"
#include "core/reportcoveragemodel.h"
#include "export/comparisonchartbuilder.h"
#include "import/ziparchive.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "tests/corpusdir.h"
#include "widgets/compareview.h"
#include "widgets/coverageview.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineChartOverYears();
    void barChartOfProvinces();
    void conflictsMarked();
    void convertedValueRounded_data();
    void convertedValueRounded();
    void conflictShown();
    void exports_data();
    void exports();
    void opensSentence();
    void coverageMatrix();

private:
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_shots;
};

void TestCompareView::initTestCase()
{
    if (corpusDir().isEmpty())
        return;
    m_shots = qEnvironmentVariable("REPORTSCOPE_SHOTS_DIR");
    m_dbPath = m_dir.filePath(QStringLiteral("library.sqlite"));
    LibraryDatabase db(m_dbPath);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QStringList files;
    const QDir series(corpusDir() + QStringLiteral("/series"));
    for (const QString &name : series.entryList({QStringLiteral("shenzhen-gzbg-*.txt")}))
        files.append(series.filePath(name));
    const QDir provinces(corpusDir() + QStringLiteral("/provinces-2026"));
    QStringList names = provinces.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (m_shots.isEmpty())
        // Enough for bars (广西 states no level of 2025: its 经济总量超500亿元的县域 is a
        // threshold); all 18 for the screenshot.
        names = names.mid(0, 5);
    for (const QString &name : names)
        files.append(provinces.filePath(name));
    files.append(corpusDir() + QStringLiteral("/wuwei-2021-fazhi.txt"));
    files.append(corpusDir() + QStringLiteral("/shenzhen-guangming-fazhi-2021.txt"));
    for (const LibraryIndexer::FileResult &r : LibraryIndexer(&db).add(files))
        QVERIFY2(r.outcome == LibraryIndexer::Outcome::Added, qPrintable(r.path + r.reason));
}

void TestCompareView::shoot(QWidget *widget, const QString &name)
{
    if (m_shots.isEmpty())
        return;
    QDir().mkpath(m_shots);
    QVERIFY(widget->grab().save(m_shots + QLatin1Char('/') + name));
}

void TestCompareView::lineChartOverYears()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    CompareView view(m_dbPath);
    view.resize(1100, 720);
    view.show();
    QSignalSpy done(&view, &CompareView::compared);
    view.setIssuerFilter(QStringLiteral("深圳"));
    view.compare(QStringLiteral("地区生产总值"));
    QVERIFY(view.isBusy());
    QVERIFY(done.wait(10000));
    QVERIFY(!view.isBusy());
    const QList<IndicatorComparison::Row> &rows = view.model()->rows();
    QVERIFY(rows.size() >= 11);
    for (const IndicatorComparison::Row &r : rows)
        QCOMPARE(r.place, QStringLiteral("深圳市"));

    // One line, 2014 to 2024, in 万亿元 as most of the reports write it; 2016's 19492.6亿元
    // at the two decimals the others write (its label would read 1.94926).
    const ComparisonChartBuilder::Plan plan = ComparisonChartBuilder::plan(rows);
    QCOMPARE(plan.kind, ComparisonChartBuilder::Kind::Line);
    QCOMPARE(plan.places, QStringList{QStringLiteral("深圳市")});
    QCOMPARE(plan.axisTitle, QStringLiteral("万亿元"));
    QCOMPARE(plan.points.size(), 11);
    QVERIFY(plan.conflicts.isEmpty());
    const QList<double> expected = {1.6, 1.75, 1.95, 2.24, 2.4, 2.69, 2.77, 3.07, 3.24, 3.46, 3.68};
    for (int i = 0; i < plan.points.size(); ++i) {
        QCOMPARE(plan.points.at(i).year, 2014 + i);
        QCOMPARE(plan.points.at(i).value, expected.at(i));
    }
    QChart *chart = view.chartView()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *line = qobject_cast<QLineSeries *>(chart->series().first());
    QVERIFY(line);
    QCOMPARE(line->count(), 11);
    QCOMPARE(line->at(2), QPointF(2016, 1.95));
    QCOMPARE(chart->title(), QStringLiteral("地区生产总值 of 深圳市"));

    // The table shows the value as written, sorted by year.
    const QAbstractItemModel *table = view.proxy();
    QCOMPARE(table->rowCount(), int(rows.size()));
    QCOMPARE(table->index(0, IndicatorComparisonModel::YearColumn).data().toInt(), 2014);
    QCOMPARE(table->index(0, IndicatorComparisonModel::ValueColumn).data().toString(),
             QStringLiteral("1.6"));
    QCOMPARE(table->index(0, IndicatorComparisonModel::UnitColumn).data().toString(),
             QStringLiteral("万亿元"));
    shoot(&view, QStringLiteral("compare-line-shenzhen-gdp.png"));
}

void TestCompareView::barChartOfProvinces()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    CompareView view(m_dbPath);
    view.resize(1100, 720);
    view.show();
    QSignalSpy done(&view, &CompareView::compared);
    view.compare(QStringLiteral("地区生产总值"));
    QVERIFY(done.wait(10000));
    // Many places, few years: bars of the year the 2026 reports review.
    const ComparisonChartBuilder::Plan plan =
        ComparisonChartBuilder::plan(view.model()->rows(), 2025);
    QCOMPARE(plan.kind, ComparisonChartBuilder::Kind::Bar);
    QCOMPARE(plan.year, 2025);
    QVERIFY2(plan.places.size() >= 4, qPrintable(plan.places.join(u' ')));
    QVERIFY(!plan.places.contains(QStringLiteral("深圳市"))); // it states no 2025 value
    for (int i = 1; i < plan.points.size(); ++i)
        QVERIFY(!plan.points.at(i).place.isEmpty());
    view.setChartYear(2025);
    QChart *chart = view.chartView()->chart();
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), int(plan.places.size()));
    QCOMPARE(chart->title(), QStringLiteral("地区生产总值 in 2025"));
    shoot(&view, QStringLiteral("compare-bar-provinces-2025.png"));
}

void TestCompareView::conflictsMarked()
{
    // Two reports state 2023 differently: the line takes the later report's value and the
    // other is a red mark; as bars of 2023, the other value is a bar of its own.
    const auto row = [](int year, int reportYear, double value, const QString &file,
                        bool conflict) {
        IndicatorComparison::Row r;
        r.indicatorName = QStringLiteral("地区生产总值");
        r.place = QStringLiteral("深圳市");
        r.year = year;
        r.reportYear = reportYear;
        r.normalizedValue = value;
        r.normalizedUnit = QStringLiteral("元");
        r.unit = QStringLiteral("亿元");
        r.file = file;
        r.conflict = conflict;
        return r;
    };
    const QList<IndicatorComparison::Row> rows = {
        row(2022, 2022, 3.24e12, QStringLiteral("a"), false),
        row(2023, 2023, 3.46e12, QStringLiteral("b"), true),
        row(2023, 2024, 3.47e12, QStringLiteral("c"), true),
    };
    const ComparisonChartBuilder::Plan line = ComparisonChartBuilder::plan(rows);
    QCOMPARE(line.kind, ComparisonChartBuilder::Kind::Line);
    QCOMPARE(line.axisTitle, QStringLiteral("亿元"));
    QCOMPARE(line.points.size(), 2);
    QCOMPARE(line.points.at(1).value, 34700.0);
    QCOMPARE(line.conflicts.size(), 1);
    QCOMPARE(line.conflicts.at(0).value, 34600.0);
    QCOMPARE(line.conflicts.at(0).row, 1);
    std::unique_ptr<QChart> chart(ComparisonChartBuilder().createChart(line));
    QCOMPARE(chart->series().size(), 2);
    auto *marks = qobject_cast<QScatterSeries *>(chart->series().at(1));
    QVERIFY(marks);
    QCOMPARE(marks->at(0), QPointF(2023, 34600));
    const ComparisonChartBuilder::Plan bars = ComparisonChartBuilder::plan(rows, 2023);
    QCOMPARE(bars.kind, ComparisonChartBuilder::Kind::Bar);
    QCOMPARE(bars.omitted, 1); // the 2022 row
    std::unique_ptr<QChart> barChart(ComparisonChartBuilder().createChart(bars));
    auto *series = qobject_cast<QBarSeries *>(barChart->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    QCOMPARE(series->barSets().at(1)->at(0), 34600.0);
}

void TestCompareView::convertedValueRounded_data()
{
    QTest::addColumn<QString>("written");   // the odd report's value as written
    QTest::addColumn<QString>("unit");      // its unit
    QTest::addColumn<double>("normalized"); // in 元
    QTest::addColumn<double>("expected");   // on the 万亿元 axis of the others (x.yz)
    QTest::addRow("亿元 to two decimals") << u"19492.6"_qs << u"亿元"_qs << 1.94926e12 << 1.95;
    QTest::addRow("rounds down") << u"19432"_qs << u"亿元"_qs << 1.9432e12 << 1.94;
    QTest::addRow("three significant digits kept")
        << u"950.4"_qs << u"亿元"_qs << 9.504e10 << 0.0950;
    QTest::addRow("same magnitude as written") << u"2.245"_qs << u"万亿元"_qs << 2.245e12 << 2.245;
}

void TestCompareView::convertedValueRounded()
{
    QFETCH(QString, written);
    QFETCH(QString, unit);
    QFETCH(double, normalized);
    QFETCH(double, expected);
    const auto row = [](int year, double value, const QString &shown, const QString &unit) {
        IndicatorComparison::Row r;
        r.place = QStringLiteral("深圳市");
        r.year = year;
        r.reportYear = year;
        r.normalizedValue = value;
        r.normalizedUnit = QStringLiteral("元");
        r.unit = unit;
        r.display = shown + unit;
        return r;
    };
    const QList<IndicatorComparison::Row> rows = {
        row(2014, 1.6e12, u"1.6"_qs, u"万亿元"_qs),
        row(2015, 1.75e12, u"1.75"_qs, u"万亿元"_qs),
        row(2016, normalized, written, unit),
        row(2017, 2.24e12, u"2.24"_qs, u"万亿元"_qs),
    };
    const ComparisonChartBuilder::Plan plan = ComparisonChartBuilder::plan(rows);
    QCOMPARE(plan.axisTitle, QStringLiteral("万亿元"));
    QCOMPARE(plan.points.size(), 4);
    QCOMPARE(plan.points.at(1).value, 1.75); // as written: never rounded
    QCOMPARE(plan.points.at(2).value, expected);
}

void TestCompareView::conflictShown()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    // A library of two reports and a copy of the second stating another 2023 value.
    const QString dbPath = m_dir.filePath(QStringLiteral("conflict.sqlite"));
    const QString series = corpusDir() + QStringLiteral("/series/");
    QFile original(series + QStringLiteral("shenzhen-gzbg-2024.txt"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString revisedPath = m_dir.filePath(QStringLiteral("shenzhen-gzbg-2024-revised.txt"));
    QFile revised(revisedPath);
    QVERIFY(revised.open(QIODevice::WriteOnly));
    revised.write(QString::fromUtf8(original.readAll())
                      .replace(QStringLiteral("全市地区生产总值3.46万亿元"),
                               QStringLiteral("全市地区生产总值3.47万亿元"))
                      .toUtf8());
    revised.close();
    {
        LibraryDatabase db(dbPath);
        QVERIFY(db.open());
        LibraryIndexer(&db).add({series + QStringLiteral("shenzhen-gzbg-2023.txt"),
                                 series + QStringLiteral("shenzhen-gzbg-2024.txt"), revisedPath});
    }
    CompareView view(dbPath);
    view.resize(1100, 560);
    view.show();
    QSignalSpy done(&view, &CompareView::compared);
    view.compare(QStringLiteral("地区生产总值"));
    QVERIFY(done.wait(10000));
    QCOMPARE(view.model()->conflictCount(), 2);
    QChart *chart = view.chartView()->chart();
    QCOMPARE(chart->series().size(), 2);
    auto *marks = qobject_cast<QScatterSeries *>(chart->series().at(1));
    QVERIFY(marks);
    QCOMPARE(marks->count(), 1);
    QCOMPARE(marks->at(0).x(), 2023.0);
    shoot(&view, QStringLiteral("compare-conflict.png"));
}

void TestCompareView::exports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("csv") << QStringLiteral("gdp.csv");
    QTest::addRow("xlsx") << QStringLiteral("gdp.xlsx");
}

void TestCompareView::exports()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, name);
    CompareView view(m_dbPath);
    QSignalSpy done(&view, &CompareView::compared);
    view.setIssuerFilter(QStringLiteral("深圳"));
    view.compare(QStringLiteral("gdp"));
    QVERIFY(done.wait(10000));
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(view.exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString text;
    if (name.endsWith(QLatin1String(".xlsx"))) {
        ZipArchive zip(bytes);
        QVERIFY(zip.isOpen());
        text = QString::fromUtf8(zip.read("xl/sharedStrings.xml"));
        // Numbers as numbers: the value in base units.
        QVERIFY(QString::fromUtf8(zip.read("xl/worksheets/sheet1.xml"))
                    .contains(QStringLiteral("<v>1949260000000</v>")));
    } else {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral(",2016,2016,1949260000000,元,19492.6亿元,")));
        QCOMPARE(int(text.count(QStringLiteral("\r\n"))), int(view.model()->rows().size()) + 1);
    }
    // The citation: report file, display, and the sentence.
    QVERIFY(text.contains(QStringLiteral("shenzhen-gzbg-2017.txt")));
    QVERIFY(text.contains(QStringLiteral("19492.6亿元")));
    QVERIFY(text.contains(QStringLiteral("初步核算，2016年本市生产总值19492.6亿元")));
}

void TestCompareView::opensSentence()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    CompareView view(m_dbPath);
    view.show();
    QSignalSpy done(&view, &CompareView::compared);
    view.setIssuerFilter(QStringLiteral("深圳"));
    view.compare(QStringLiteral("地区生产总值"));
    QVERIFY(done.wait(10000));
    QSignalSpy open(&view, &CompareView::openRequested);
    auto *table = view.findChild<QTableView *>(QStringLiteral("compareTable"));
    QVERIFY(table);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex first = table->model()->index(0, IndicatorComparisonModel::ValueColumn);
    const QRect rect = table->visualRect(first);
    QVERIFY(table->viewport()->rect().contains(rect.center()));
    // The keyboard's activation (Enter) and a double-click both open it.
    table->setFocus();
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(open.size() >= 2);
    QVERIFY(open.at(0).at(0).toString().endsWith(QLatin1String("shenzhen-gzbg-2015.txt")));
    QVERIFY(!open.at(0).at(1).toString().isEmpty());
    QVERIFY(open.at(0).at(2).toString().contains(QStringLiteral("1.6万亿元")));
}

void TestCompareView::coverageMatrix()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    CoverageView view(m_dbPath);
    view.resize(1280, 300);
    QSignalSpy done(&view, &CoverageView::refreshed);
    view.show(); // the first show reads the reports
    QVERIFY(view.isBusy());
    QVERIFY(done.wait(20000));
    QCOMPARE(view.model()->rowCount(), 2);
    const QString path = m_dir.filePath(QStringLiteral("coverage.csv"));
    QString error;
    QVERIFY2(view.exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QStringLiteral(",党的领导,")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(2).contains(QStringLiteral("wuwei-2021-fazhi.txt")));
    shoot(&view, QStringLiteral("coverage-matrix.png"));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
