// Consistency checks: rates against the counts they are computed from, parts against their
// total. Findings must be right when raised and absent where the figures are consistent or
// their relation is uncertain.

#include "core/consistencychecker.h"
#include "core/languagemanager.h"
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

// The figure as written, from the text it was read from.
QString writtenText(const Report &report, const Figure &f)
{
    const Section &s = report.section(f.section);
    return (f.inTitle ? s.title : s.text).mid(f.start, f.end - f.start);
}

} // namespace

class TestConsistencyChecker : public QObject
{
    Q_OBJECT

private slots:
    void sampleRateMismatch();
    void findings_data();
    void findings();
    void tableTotals_data();
    void tableTotals();
    void noFindingsInCorpus_data();
    void noFindingsInCorpus();
    void bounds_data();
    void bounds();
    void describedInTheCurrentLanguage_data();
    void describedInTheCurrentLanguage();
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
    const QString message = ConsistencyChecker::describe(f, report);
    QVERIFY2(message.contains(QStringLiteral("调解成功率")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("98.83%")), qPrintable(message));
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
    QTest::addRow("parts' lower ends exceed the total")
        << QStringLiteral("共排查隐患100处，其中重大隐患60余处、一般隐患50余处。")
        << QStringList{QStringLiteral("parts|100|110.00")};
    QTest::addRow("a part stated as nearly is not certain")
        << QStringLiteral("办理案件100件，其中纠错近120件。") << QStringList();
    QTest::addRow("a total stated as at most")
        << QStringLiteral("受理案件不超过100件，其中驳回120件。")
        << QStringList{QStringLiteral("parts|100|120.00")};
    QTest::addRow("a total stated as at least has no upper end")
        << QStringLiteral("完成造林40亩以上，其中荒山造林50亩。") << QStringList();
    QTest::addRow("a range total is at most its upper end")
        << QStringLiteral("新建学校3-5所，其中小学6所。")
        << QStringList{QStringLiteral("parts|3|6.00")};
    QTest::addRow("a range total holds parts up to its upper end")
        << QStringLiteral("新建学校3-5所，其中小学4所。") << QStringList();
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
        QVERIFY(!ConsistencyChecker::describe(f, *report).isEmpty());
        QVERIFY(f.figures.size() >= 2);
        QCOMPARE(f.sectionIds, QStringList{QStringLiteral("1")});
        for (int i : f.figures)
            QVERIFY(i >= 0 && i < report->figures().size());
    }
    QCOMPARE(actual, expected);
}

void TestConsistencyChecker::tableTotals_data()
{
    QTest::addColumn<QString>("table");        // the <table> of a web page, rows of cells
    QTest::addColumn<QStringList>("expected"); // total label|stated|sum

    // The 政府信息公开 年报's 行政复议 row: a header over the results, then 总计.
    const QString head = u"<tr><td colspan=5>行政复议</td></tr>"
                         "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td>"
                         "<td>总计</td></tr>"_qs;
    QTest::addRow("row total right")
        << head + u"<tr><td>1</td><td>1</td><td>0</td><td>0</td><td>2</td></tr>"_qs
        << QStringList();
    QTest::addRow("row total wrong")
        << head + u"<tr><td>10</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>"_qs
        << QStringList{u"行政复议 / 总计|0|11"_qs};
    QTest::addRow("a decimal cell is not compared")
        << head + u"<tr><td>1.5</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>"_qs
        << QStringList();
    // Applicants: 自然人, three kinds of 法人或其他组织, 总计 over all of them.
    const QString applicants =
        u"<tr><td rowspan=2>情况</td><td rowspan=2>自然人</td><td colspan=3>法人或其他组织</td>"
        "<td rowspan=2>总计</td></tr>"
        "<tr><td>商业企业</td><td>科研机构</td><td>其他</td></tr>"_qs;
    QTest::addRow("nested columns right")
        << applicants + u"<tr><td>本年新收申请数量</td><td>20</td><td>3</td><td>0</td>"
                        "<td>1</td><td>24</td></tr>"_qs
        << QStringList();
    QTest::addRow("nested columns wrong")
        << applicants + u"<tr><td>本年新收申请数量</td><td>20</td><td>3</td><td>0</td>"
                        "<td>1</td><td>21</td></tr>"_qs
        << QStringList{u"本年新收申请数量 · 总计|21|24"_qs};
    // A group with its own 小计 counts by it, not by its cells again.
    QTest::addRow("a subtotal stands for its group")
        << u"<tr><td rowspan=2>情况</td><td rowspan=2>自然人</td><td colspan=3>法人或其他组织</td>"
           "<td rowspan=2>总计</td></tr>"
           "<tr><td>商业企业</td><td>其他</td><td>小计</td></tr>"
           "<tr><td>申请数量</td><td>20</td><td>3</td><td>1</td><td>4</td><td>24</td></tr>"_qs
        << QStringList();
    QTest::addRow("a column total over rows")
        << u"<tr><td>项目</td><td>数量</td></tr><tr><td>行政许可</td><td>5</td></tr>"
           "<tr><td>行政处罚</td><td>7</td></tr><tr><td>合计</td><td>13</td></tr>"_qs
        << QStringList{u"合计 · 数量|13|12"_qs};
}

void TestConsistencyChecker::tableTotals()
{
    QFETCH(QString, table);
    QFETCH(QStringList, expected);
    const QByteArray html = (u"<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>"
                             "<h1>某区2023年政府信息公开工作年度报告</h1><h2>一、总体情况</h2>"
                             "<p>本年度依法做好政府信息公开工作，各项工作有序推进。</p><table>"_qs +
                             table + u"</table></body></html>"_qs)
                                .toUtf8();
    const ReportLoader::Result result = ReportLoader::loadData(html, QStringLiteral("r.html"));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QStringList actual;
    for (const Finding &f : result.report->findings()) {
        QCOMPARE(f.type, Finding::Type::TableTotalMismatch);
        const Figure &total = result.report->figures().at(f.figures.first());
        actual.append(total.label + QLatin1Char('|') + QString::number(f.stated, 'g', 12) +
                      QLatin1Char('|') + QString::number(f.expected, 'g', 12));
        QVERIFY(!ConsistencyChecker::describe(f, *result.report).isEmpty());
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
    // Read by hand: the 2023 行政复议 row states 总计 0 beside 结果维持 10 and 结果纠正 1, and
    // 复议后起诉 总计 0 beside 结果维持 5; 2024's tables add up.
    QTest::addRow("hongze 2023") << QStringLiteral("published/hongze-xxgk-2023.pdf") << 2;
    QTest::addRow("hongze 2024") << QStringLiteral("published/hongze-xxgk-2024.pdf") << 0;
}

void TestConsistencyChecker::noFindingsInCorpus()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(int, count);
    const ReportLoader::Result result = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QStringList messages;
    for (const Finding &f : result.report->findings())
        messages.append(ConsistencyChecker::describe(f, *result.report));
    QVERIFY2(result.report->findings().size() == count,
             qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestConsistencyChecker::bounds_data()
{
    QTest::addColumn<QString>("stated");  // the rate as written after 驳回率
    QTest::addColumn<QString>("written"); // the rate figure's text
    QTest::addColumn<QString>("bound");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("upper");
    QTest::addColumn<int>("findings"); // 10 of 200 is 5%

    // Each bound word once held and once broken by 5%.
    const struct
    {
        const char *name;
        const char *held;
        double heldValue;
        const char *broken;
        double brokenValue;
        const char *bound;
    } rows[] = {
        {"不超过", "不超过6%", 6, "不超过4%", 4, "at_most"},
        {"不高于", "不高于6%", 6, "不高于4%", 4, "at_most"},
        {"以下", "6%以下", 6, "4%以下", 4, "at_most"},
        {"以内", "6%以内", 6, "4%以内", 4, "at_most"},
        {"近", "近6%", 6, "近4%", 4, "at_most"},
        {"不低于", "不低于4%", 4, "不低于6%", 6, "at_least"},
        {"不少于", "不少于4%", 4, "不少于6%", 6, "at_least"},
        {"以上", "4%以上", 4, "6%以上", 6, "at_least"},
        {"至少", "至少4%", 4, "至少6%", 6, "at_least"},
        {"超过", "超过4%", 4, "超过6%", 6, "more_than"},
        {"逾", "逾4%", 4, "逾6%", 6, "more_than"},
        {"突破", "突破4%", 4, "突破6%", 6, "more_than"},
        {"余", "4%余", 4, "6%余", 6, "more_than"},
        {"多", "4%多", 4, "6%多", 6, "more_than"},
        {"低于", "低于6%", 6, "低于4%", 4, "less_than"},
        {"不足", "不足6%", 6, "不足4%", 4, "less_than"},
        {"不到", "不到6%", 6, "不到4%", 4, "less_than"},
        {"约", "约5.8%", 5.8, "约3.5%", 3.5, "about"},
        {"左右", "5.8%左右", 5.8, "3.5%左右", 3.5, "about"},
        {"上下", "4.2%上下", 4.2, "6.5%上下", 6.5, "about"},
        {"达 (exact)", "达5%", 5, "达5.8%", 5.8, "exact"},
        {"no qualifier", "5.0%", 5, "6%", 6, "exact"},
    };
    for (const auto &r : rows) {
        for (bool held : {true, false}) {
            QString text = QString::fromUtf8(held ? r.held : r.broken);
            QString written = text;
            for (const char *q : {"不超过", "不高于", "以下", "以内", "近",   "不低于", "不少于",
                                  "以上",   "至少",   "超过", "逾",   "突破", "余",     "多",
                                  "低于",   "不足",   "不到", "约",   "左右", "上下",   "达"})
                written.remove(QString::fromUtf8(q));
            QTest::addRow("%s %s", r.name, held ? "held" : "broken")
                << text << written << QString::fromLatin1(r.bound)
                << (held ? r.heldValue : r.brokenValue) << (held ? r.heldValue : r.brokenValue)
                << (held ? 0 : 1);
        }
    }
    // Ranges: the lower end as value, the upper end kept; rounding at the coarser end.
    QTest::addRow("至 held") << QStringLiteral("4%至6%") << QStringLiteral("4%至6%")
                             << QStringLiteral("range") << 4.0 << 6.0 << 0;
    QTest::addRow("至 broken") << QStringLiteral("6%至8%") << QStringLiteral("6%至8%")
                               << QStringLiteral("range") << 6.0 << 8.0 << 1;
    QTest::addRow("dash held") << QStringLiteral("4.5-5.5%") << QStringLiteral("4.5-5.5%")
                               << QStringLiteral("range") << 4.5 << 5.5 << 0;
    QTest::addRow("dash broken") << QStringLiteral("5.6-7%") << QStringLiteral("5.6-7%")
                                 << QStringLiteral("range") << 5.6 << 7.0 << 1;
    QTest::addRow("dash rounded at the coarser end")
        << QStringLiteral("5.4-7%") << QStringLiteral("5.4-7%") << QStringLiteral("range") << 5.4
        << 7.0 << 0;
}

void TestConsistencyChecker::bounds()
{
    QFETCH(QString, stated);
    QFETCH(QString, written);
    QFETCH(QString, bound);
    QFETCH(double, value);
    QFETCH(double, upper);
    QFETCH(int, findings);
    const ReportPtr report =
        reportWith(QStringLiteral("全年受理行政复议申请200件，其中驳回10件，驳回率") + stated +
                   QStringLiteral("。"));
    QVERIFY(report);
    const Figure *rate = nullptr;
    for (const Figure &f : report->figures()) {
        if (f.label == u"驳回率")
            rate = &f;
    }
    QVERIFY2(rate, qPrintable(stated));
    QCOMPARE(writtenText(*report, *rate), written);
    QCOMPARE(QString::fromLatin1(Figure::boundName(rate->bound)), bound);
    QCOMPARE(rate->value, value);
    QCOMPARE(rate->upper, upper);
    QCOMPARE(rate->kind, Figure::Kind::Rate);
    QStringList messages;
    for (const Finding &f : report->findings())
        messages.append(ConsistencyChecker::describe(f, *report));
    QVERIFY2(report->findings().size() == findings, qPrintable(messages.join(u'\n')));
    if (findings > 0) {
        const Finding &f = report->findings().first();
        QCOMPARE(f.type, Finding::Type::RateMismatch);
        QCOMPARE(f.bound, rate->bound);
        QCOMPARE(f.stated, value);
        QCOMPARE(f.statedUpper, upper);
        QCOMPARE(f.expected, 5.0);
    }
}

void TestConsistencyChecker::describedInTheCurrentLanguage_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::addRow("exact rate")
        << QStringLiteral("全市共摸排矛盾纠纷6067件，调解成功5996件，调解成功率98%。")
        << QStringLiteral("调解成功率 is stated as 98%, but 调解成功 5996件 out of 矛盾纠纷 "
                          "6067件 is 98.83%.")
        << QStringLiteral("调解成功率为 98%，但按 矛盾纠纷 6067件 中 调解成功 5996件 计算应为 "
                          "98.83%。");
    QTest::addRow("upper bound")
        << QStringLiteral("全年受理行政复议申请200件，其中驳回10件，驳回率不超过4%。")
        << QStringLiteral("驳回率 is stated as at most 4%, but 驳回 10件 out of 行政复议申请 200件 "
                          "is 5.00%.")
        << QStringLiteral("驳回率为 不超过4%，但按 行政复议申请 200件 中 驳回 10件 计算应为 "
                          "5.00%。");
    QTest::addRow("parts")
        << QStringLiteral("不受理12宗（其中转送10宗、告知3宗）。")
        << QStringLiteral("The parts of 不受理 12宗 (转送 10宗, 告知 3宗) add up to 13宗, more "
                          "than the total.")
        << QStringLiteral("不受理 12宗 的分项（转送 10宗, 告知 3宗）合计 13宗，超过总数。");
}

void TestConsistencyChecker::describedInTheCurrentLanguage()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const ReportPtr report = reportWith(paragraph);
    QVERIFY(report);
    QCOMPARE(report->findings().size(), 1);
    const Finding finding = report->findings().first();
    // One finding, worded when asked: the language installed at that moment decides.
    QVERIFY(LanguageManager::apply(QStringLiteral("zh_CN")));
    const QString inChinese = ConsistencyChecker::describe(finding, *report);
    QVERIFY(LanguageManager::apply(QStringLiteral("en")));
    const QString inEnglish = ConsistencyChecker::describe(finding, *report);
    QCOMPARE(inEnglish, english);
    QCOMPARE(inChinese, chinese);
}

QTEST_GUILESS_MAIN(TestConsistencyChecker)
#include "tst_consistencychecker.moc"
