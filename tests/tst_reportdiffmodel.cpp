// ReportDiffModel and IndicatorChangeModel over the diffs of real consecutive reports: the
// models pass QAbstractItemModelTester, every aligned pair is one row under the pair that
// heads it, the change reads in words, and the indicator table shows the values in each
// report's own magnitude.

#include "core/indicatorchangemodel.h"
#include "core/reportdiffmodel.h"
#include "core/reportparser.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>
#include <functional>

using Change = ReportDiff::Change;

class TestReportDiffModel : public QObject
{
    Q_OBJECT

private slots:
    void series_data();
    void series();
    void emptyAndReset();
};

void TestReportDiffModel::series_data()
{
    QTest::addColumn<QString>("fileA");
    QTest::addColumn<QString>("fileB");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("valueA");
    QTest::addColumn<QString>("valueB");
    QTest::addColumn<QString>("change");
    // 深圳市: 全市地区生产总值3.07万亿元 (2021, the 2022 report), 3.24万亿元 (2022, the 2023 one).
    QTest::addRow("深圳市 2022 → 2023")
        << QStringLiteral("series/shenzhen-gzbg-2022.txt")
        << QStringLiteral("series/shenzhen-gzbg-2023.txt") << QStringLiteral("地区生产总值")
        << QStringLiteral("3.07万亿元 (2021)") << QStringLiteral("3.24万亿元 (2022)")
        << QStringLiteral("+0.17万亿元 (+5.5%)");
    QTest::addRow("龙岗区 2021 → 2022") << QStringLiteral("series/longgang-gzbg-2021.txt")
                                        << QStringLiteral("series/longgang-gzbg-2022.txt")
                                        << QString() << QString() << QString() << QString();
}

void TestReportDiffModel::series()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, fileA);
    QFETCH(QString, fileB);
    QFETCH(QString, indicator);
    QFETCH(QString, valueA);
    QFETCH(QString, valueB);
    QFETCH(QString, change);
    const ReportLoader::Result a = ReportLoader::loadFile(corpusDir() + u'/' + fileA);
    const ReportLoader::Result b = ReportLoader::loadFile(corpusDir() + u'/' + fileB);
    QVERIFY(a.ok() && b.ok());
    auto diff = std::make_shared<const ReportDiff>(ReportDiff::compute(*a.report, *b.report));

    ReportDiffModel sections;
    QAbstractItemModelTester sectionTester(&sections,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    sections.setDiff(a.report, b.report, diff);
    IndicatorChangeModel indicators;
    QAbstractItemModelTester indicatorTester(
        &indicators, QAbstractItemModelTester::FailureReportingMode::QtTest);
    indicators.setDiff(diff);

    // Every pair once, under a pair of a lower level.
    QList<int> seen;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent,
                                                             int parentLevel) {
        for (int r = 0; r < sections.rowCount(parent); ++r) {
            const QModelIndex i = sections.index(r, 0, parent);
            const int pair = i.data(ReportDiffModel::PairRole).toInt();
            const ReportDiff::SectionPair &p = diff->sections().at(pair);
            QVERIFY(p.level > parentLevel);
            QCOMPARE(sections.indexOfPair(pair), i);
            const QString changeText =
                sections.index(r, ReportDiffModel::ChangeColumn, parent).data().toString();
            QCOMPARE(changeText, ReportDiffModel::changeText(p.change));
            QCOMPARE(i.data(ReportDiffModel::ChangeRole).toInt(), int(p.change));
            // A section only in B has no heading in A, and the other way round.
            QCOMPARE(i.data().toString().isEmpty(), p.a < 0);
            QCOMPARE(sections.index(r, ReportDiffModel::SectionBColumn, parent)
                         .data()
                         .toString()
                         .isEmpty(),
                     p.b < 0);
            seen.append(pair);
            walk(i, p.level);
        }
    };
    walk(QModelIndex(), 0);
    QCOMPARE(seen.size(), diff->sections().size());
    std::sort(seen.begin(), seen.end());
    for (int k = 0; k < seen.size(); ++k)
        QCOMPARE(seen.at(k), k);
    QVERIFY(diff->count(Change::Changed) > 0);
    QVERIFY(ReportDiffModel::changeText(Change::Added).startsWith(u'+'));

    QCOMPARE(indicators.rowCount(), int(diff->indicators().size()));
    QVERIFY(indicators.rowCount() > 0);
    if (indicator.isEmpty())
        return;
    int row = -1;
    for (int r = 0; r < indicators.rowCount(); ++r) {
        if (indicators.index(r, IndicatorChangeModel::IndicatorColumn).data().toString() ==
            indicator)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(indicator));
    QCOMPARE(indicators.index(row, IndicatorChangeModel::ValueAColumn).data().toString(), valueA);
    QCOMPARE(indicators.index(row, IndicatorChangeModel::ValueBColumn).data().toString(), valueB);
    QCOMPARE(indicators.index(row, IndicatorChangeModel::ChangeColumn).data().toString(), change);
    QCOMPARE(indicators.index(row, 0).data(IndicatorChangeModel::SignRole).toInt(), 1);
    QVERIFY(indicators.index(row, IndicatorChangeModel::ValueBColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("3.24万亿元")));
}

void TestReportDiffModel::emptyAndReset()
{
    ReportDiffModel sections;
    QAbstractItemModelTester tester(&sections,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sections.rowCount(), 0);
    const ReportParser::Result a = ReportParser::parse(
        QStringLiteral("某市2017年政府工作报告\n\n一、工作回顾\n\n做好各项工作。\n二、旧的任务\n\n"
                       "做好旧的工作。\n"));
    const ReportParser::Result b = ReportParser::parse(QStringLiteral(
        "某市2018年政府工作报告\n\n一、工作回顾\n\n做好各项工作。\n二、全新的安排部署\n\n"
        "开展新的试点。\n"));
    QVERIFY(a.report && b.report);
    sections.setDiff(a.report, b.report,
                     std::make_shared<const ReportDiff>(ReportDiff::compute(*a.report, *b.report)));
    QCOMPARE(sections.rowCount(), 3);
    QCOMPARE(sections.index(1, ReportDiffModel::ChangeColumn).data().toString(),
             ReportDiffModel::changeText(Change::Removed));
    QCOMPARE(sections.index(2, ReportDiffModel::SectionBColumn).data().toString(),
             QStringLiteral("二、全新的安排部署"));
    sections.setDiff(nullptr, nullptr, nullptr);
    QCOMPARE(sections.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestReportDiffModel)
#include "tst_reportdiffmodel.moc"
