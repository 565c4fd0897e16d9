// Consistency checks: rates against the counts they are computed from, parts against their
// total. Findings must be right when raised and absent where the figures are consistent or
// their relation is uncertain.

#include "core/consistencychecker.h"
#include "core/reportparser.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QDir>
#include <QTest>

namespace {

// A minimal report around one paragraph, so that the paragraph is section "1".
ReportPtr reportWith(const QString &paragraph)
{
    const QString text = QStringLiteral("一、主要工作\n") + paragraph +
                         QStringLiteral("\n二、下一步工作\n继续推进各项工作，不断提升工作水平。\n");
    return ReportParser::parse(text).report;
}

} // namespace

class TestConsistencyChecker : public QObject
{
    Q_OBJECT

private slots:
    void sampleRateMismatch();
    void findings_data();
    void findings();
    void noFindingsInCorpus_data();
    void noFindingsInCorpus();
};

void TestConsistencyChecker::sampleRateMismatch()
{
    // 全市共摸排矛盾纠纷6067件,调解成功5996件,调解成功率98%: 5996/6067 = 98.83%, which
    // rounds to 99%, not 98%.
    const ReportLoader::Result result =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY(result.ok());
    const Report &report = *result.report;
    QCOMPARE(report.findings().size(), 1);
    const Finding &f = report.findings().first();
    QCOMPARE(f.type, Finding::Type::RateMismatch);
    QCOMPARE(f.sectionIds, QStringList{QStringLiteral("1.7.2")});
    QCOMPARE(f.stated, 98.0);
    QVERIFY(qAbs(f.expected - 98.8297) < 0.001);
    QCOMPARE(f.figures.size(), 3);
    QCOMPARE(report.figureText(f.figures.at(0)).toString(), QStringLiteral("6067件"));
    QCOMPARE(report.figureText(f.figures.at(1)).toString(), QStringLiteral("5996件"));
    QCOMPARE(report.figureText(f.figures.at(2)).toString(), QStringLiteral("98%"));
    QVERIFY2(f.message.contains(QStringLiteral("调解成功率")), qPrintable(f.message));
    QVERIFY2(f.message.contains(QStringLiteral("98.83%")), qPrintable(f.message));
}

void TestConsistencyChecker::findings_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("expected"); // type|stated|expected, expected to 2 decimals

    // Rates.
    QTest::addRow("rate off by more than rounding")
        << QStringLiteral("全市共摸排矛盾纠纷6067件，调解成功5996件，调解成功率98%。")
        << QStringList{QStringLiteral("rate|98|98.83")};
    QTest::addRow("rate stated with decimals")
        << QStringLiteral("受理信访事项400件，办结390件，办结率97.8%。")
        << QStringList{QStringLiteral("rate|97.8|97.50")};
    QTest::addRow("rate that rounds correctly")
        << QStringLiteral("共受理案件1000件，办结984件，办结率98%。") << QStringList();
    QTest::addRow("rate with its decimals")
        << QStringLiteral("共受理案件6067件，调解成功5996件，调解成功率98.83%。") << QStringList();
    QTest::addRow("lower bound met")
        << QStringLiteral("共受理案件1000件，办结990件，办结率达98%以上。") << QStringList();
    QTest::addRow("lower bound missed")
        << QStringLiteral("共受理案件1000件，办结900件，办结率达98%以上。")
        << QStringList{QStringLiteral("rate|98|90.00")};
    QTest::addRow("approximate counts are not checked")
        << QStringLiteral("共受理案件1000余件，办结900余件，办结率98%。") << QStringList();
    QTest::addRow("rate without its counts")
        << QStringLiteral("评查行政执法案卷30937宗，评查率100%，优秀率65.27%。") << QStringList();
    QTest::addRow("counts of different units")
        << QStringLiteral("共受理案件1000件，调解成功900人，调解成功率98%。") << QStringList();
    QTest::addRow("counts in another sentence")
        << QStringLiteral("共受理案件1000件，调解成功900件。全年调解成功率98%。") << QStringList();
    QTest::addRow("count larger than the total")
        << QStringLiteral("共受理案件100件，调解成功900件，调解成功率98%。") << QStringList();

    // Parts and totals.
    QTest::addRow("parts in brackets exceed the total")
        << QStringLiteral("不受理12宗（其中转送10宗、告知3宗）。")
        << QStringList{QStringLiteral("parts|12|13.00")};
    QTest::addRow("one part exceeds the total")
        << QStringLiteral("办理行政复议案件12宗，其中纠错15宗。")
        << QStringList{QStringLiteral("parts|12|15.00")};
    QTest::addRow("parts within the total")
        << QStringLiteral("不受理12宗（其中转送9宗、告知3宗）。") << QStringList();
    QTest::addRow("part of another unit")
        << QStringLiteral("货物吞吐量5697.3万吨，其中集装箱吞吐量399.4万标箱。") << QStringList();
    QTest::addRow("part of an amount")
        << QStringLiteral("进出口总额639.4亿美元，其中出口总额345.6亿美元，增长22.5%。")
        << QStringList();
    QTest::addRow("approximate total")
        << QStringLiteral("共排查隐患1000余处，其中重大隐患600处、一般隐患500处。")
        << QStringList();
    QTest::addRow("parts after the bracket are not parts")
        << QStringLiteral("不受理12宗（其中转送10宗），另受理15宗。") << QStringList();
    QTest::addRow("nested breakdown")
        << QStringLiteral("共受理案件100件，其中行政案件60件，其中行政复议50件。") << QStringList();
}

void TestConsistencyChecker::findings()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, expected);
    const ReportPtr report = reportWith(paragraph);
    QVERIFY(report);
    QStringList actual;
    for (const Finding &f : report->findings()) {
        const QString type = f.type == Finding::Type::RateMismatch ? QStringLiteral("rate")
                                                                   : QStringLiteral("parts");
        actual.append(type + QLatin1Char('|') + QString::number(f.stated, 'g', 12) +
                      QLatin1Char('|') + QString::number(f.expected, 'f', 2));
        QVERIFY(!f.message.isEmpty());
        QVERIFY(f.figures.size() >= 2);
        QCOMPARE(f.sectionIds, QStringList{QStringLiteral("1")});
        for (int i : f.figures)
            QVERIFY(i >= 0 && i < report->figures().size());
    }
    QCOMPARE(actual, expected);
}

void TestConsistencyChecker::noFindingsInCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    // Read by hand: only the sample's 调解成功率 disagrees with its counts.
    QTest::addRow("beijing") << QStringLiteral("beijing-gzbg-2026.txt") << 0;
    QTest::addRow("guowuyuan") << QStringLiteral("guowuyuan-gzbg-2024.txt") << 0;
    QTest::addRow("baoan") << QStringLiteral("shenzhen-baoan-gzbg-2017.txt") << 0;
    QTest::addRow("guangming") << QStringLiteral("shenzhen-guangming-fazhi-2021.txt") << 0;
    QTest::addRow("shenzhen 2001") << QStringLiteral("shenzhen-gzbg-2001.txt") << 0;
    QTest::addRow("luohu") << QStringLiteral("shenzhen-luohu-gzbg-2019.txt") << 0;
    QTest::addRow("wuwei") << QStringLiteral("wuwei-2021-fazhi.txt") << 1;
}

void TestConsistencyChecker::noFindingsInCorpus()
{
    if (corpusDir().isEmpty())
        QSKIP("REPORTSCOPE_CORPUS_DIR is not set or does not exist");
    QFETCH(QString, file);
    QFETCH(int, count);
    const ReportLoader::Result result = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QStringList messages;
    for (const Finding &f : result.report->findings())
        messages.append(f.message);
    QVERIFY2(result.report->findings().size() == count,
             qPrintable(messages.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestConsistencyChecker)
#include "tst_consistencychecker.moc"
