// ReportDiff: title similarity, sentence splitting and the sentence diff; two small reports
// aligned section by section; two consecutive years of the 深圳市 series.

#include "core/reportdiff.h"
#include "core/reportparser.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using Change = ReportDiff::Change;

class TestReportDiff : public QObject
{
    Q_OBJECT

private slots:
    void titleSimilarity_data();
    void titleSimilarity();
    void sentences();
    void diffSentences_data();
    void diffSentences();
    void diffCharacters_data();
    void diffCharacters();
    void pairChangedSentences_data();
    void pairChangedSentences();
    void smallReports();
    void shenzhenYears();
};

void TestReportDiff::titleSimilarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addRow("years differ only")
        << QStringLiteral("2015年工作回顾") << QStringLiteral("2016年工作回顾") << 1.0 << 1.0;
    QTest::addRow("one word more")
        << QStringLiteral("坚持依法决策") << QStringLiteral("坚持科学民主依法决策") << 0.5 << 0.8;
    QTest::addRow("nothing in common")
        << QStringLiteral("工作回顾") << QStringLiteral("今年重点任务") << 0.0 << 0.0;
}

void TestReportDiff::titleSimilarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, low);
    QFETCH(double, high);
    const double s = ReportDiff::titleSimilarity(a, b);
    QVERIFY2(s >= low && s <= high, qPrintable(QString::number(s)));
    QCOMPARE(ReportDiff::titleSimilarity(b, a), s);
}

void TestReportDiff::sentences()
{
    QCOMPARE(ReportDiff::sentences(QStringLiteral("甲。乙；丙\n丁！")),
             (QStringList{"甲。", "乙；", "丙", "丁！"}));
    QCOMPARE(ReportDiff::sentences(QStringLiteral("  \n。")), (QStringList{"。"}));
    QVERIFY(ReportDiff::sentences(QString()).isEmpty());
}

void TestReportDiff::diffSentences_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QString>("ops"); // = kept, + added, - removed
    QTest::addRow("same") << QStringList{"甲", "乙"} << QStringList{"甲", "乙"}
                          << QStringLiteral("==");
    QTest::addRow("one replaced") << QStringList{"甲", "乙", "丙"} << QStringList{"甲", "丁", "丙"}
                                  << QStringLiteral("=+-=");
    QTest::addRow("added at end") << QStringList{"甲"} << QStringList{"甲", "乙"}
                                  << QStringLiteral("=+");
    QTest::addRow("removed at start")
        << QStringList{"甲", "乙"} << QStringList{"乙"} << QStringLiteral("-=");
    QTest::addRow("all new") << QStringList{} << QStringList{"甲"} << QStringLiteral("+");
}

void TestReportDiff::diffSentences()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QString, ops);
    QString got;
    for (const ReportDiff::Sentence &s : ReportDiff::diffSentences(a, b))
        got += s.change == Change::Same ? u'=' : s.change == Change::Added ? u'+' : u'-';
    QCOMPARE(got, ops);
}

// Fragments written as "=kept", "+inserted", "-deleted", joined by |.
static QString fragmentsText(const QList<ReportDiff::Fragment> &fragments)
{
    QStringList out;
    for (const ReportDiff::Fragment &f : fragments)
        out << (f.change == Change::Same ? u'=' : f.change == Change::Added ? u'+' : u'-') + f.text;
    return out.join(u'|');
}

void TestReportDiff::diffCharacters_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("fragments");
    QTest::addRow("same") << QStringLiteral("依法行政。") << QStringLiteral("依法行政。")
                          << QStringLiteral("=依法行政。");
    QTest::addRow("number replaced") << QStringLiteral("增长9%。") << QStringLiteral("增长8.8%。")
                                     << QStringLiteral("=增长|-9|+8.8|=%。");
    QTest::addRow("words inserted")
        << QStringLiteral("坚持依法决策") << QStringLiteral("坚持科学民主依法决策")
        << QStringLiteral("=坚持|+科学民主|=依法决策");
    QTest::addRow("word deleted") << QStringLiteral("全面深入推进改革")
                                  << QStringLiteral("全面推进改革")
                                  << QStringLiteral("=全面|-深入|=推进改革");
    // 的 common by chance between two edits is part of the edit, not a kept island.
    QTest::addRow("lone kept character folded")
        << QStringLiteral("甲的乙") << QStringLiteral("丙的丁")
        << QStringLiteral("-甲的乙|+丙的丁");
    QTest::addRow("from nothing") << QString() << QStringLiteral("新") << QStringLiteral("+新");
    QTest::addRow("to nothing") << QStringLiteral("旧") << QString() << QStringLiteral("-旧");
}

void TestReportDiff::diffCharacters()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, fragments);
    const QList<ReportDiff::Fragment> got = ReportDiff::diffCharacters(a, b);
    QCOMPARE(fragmentsText(got), fragments);
    // The kept and deleted pieces spell A, the kept and inserted ones B.
    QString ra, rb;
    for (const ReportDiff::Fragment &f : got) {
        if (f.change != Change::Added)
            ra += f.text;
        if (f.change != Change::Removed)
            rb += f.text;
    }
    QCOMPARE(ra, a);
    QCOMPARE(rb, b);
}

void TestReportDiff::pairChangedSentences_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QString>("ops"); // = kept, + added, - removed, ~ changed
    QTest::addRow("a number rewritten")
        << QStringList{"甲。", "全市生产总值增长9%。", "乙。"}
        << QStringList{"甲。", "全市生产总值增长8.8%。", "乙。"} << QStringLiteral("=~=");
    QTest::addRow("unrelated sentences stay apart")
        << QStringList{"甲。", "做好旧的工作。"} << QStringList{"甲。", "开展新的试点。"}
        << QStringLiteral("=+-");
    QTest::addRow("rewrite among new sentences")
        << QStringList{"推进依法行政工作。"}
        << QStringList{"全新的一句话。", "全面推进依法行政工作。", "又一句。"}
        << QStringLiteral("+~+");
    QTest::addRow("two rewrites in order")
        << QStringList{"第一句增长5%。", "第二句下降3%。"}
        << QStringList{"第一句增长6%。", "第二句下降2%。"} << QStringLiteral("~~");
}

void TestReportDiff::pairChangedSentences()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QString, ops);
    const QList<ReportDiff::Sentence> got =
        ReportDiff::pairChangedSentences(ReportDiff::diffSentences(a, b));
    QString marks;
    QStringList inA, inB;
    for (const ReportDiff::Sentence &s : got) {
        marks += s.change == Change::Same      ? u'='
                 : s.change == Change::Added   ? u'+'
                 : s.change == Change::Removed ? u'-'
                                               : u'~';
        if (s.change == Change::Changed) {
            QVERIFY(!s.fragments.isEmpty());
            inA << s.before;
            inB << s.text;
        } else {
            if (s.change != Change::Added)
                inA << s.text;
            if (s.change != Change::Removed)
                inB << s.text;
        }
    }
    QCOMPARE(marks, ops);
    // Nothing lost: A's sentences and B's in their order.
    QCOMPARE(inB, b);
    QCOMPARE(QSet<QString>(inA.cbegin(), inA.cend()), QSet<QString>(a.cbegin(), a.cend()));
}

void TestReportDiff::smallReports()
{
    const ReportPtr a =
        ReportParser::parse(QStringLiteral("深圳市2017年政府工作报告\n\n一、2016年工作回顾\n\n"
                                           "初步核算，2016年本市生产总值19492.6亿元，同比增长9%"
                                           "。\n二、依法行政\n\n坚持依法行政。\n"
                                           "三、旧的任务\n\n做好旧的工作。\n"))
            .report;
    const ReportPtr b =
        ReportParser::parse(QStringLiteral("深圳市2018年政府工作报告\n\n一、2017年工作回顾\n\n"
                                           "初步核算，2017年本市生产总值2.24万亿元、同比增长8.8%"
                                           "。\n二、依法行政\n\n坚持依法行政。\n"
                                           "三、全新的安排部署\n\n开展新的试点。\n"))
            .report;
    const ReportDiff d = ReportDiff::compute(*a, *b);
    QStringList got;
    for (const ReportDiff::SectionPair &p : d.sections())
        got << ReportDiff::changeName(p.change) + u':' + (p.b >= 0 ? p.headingB : p.headingA);
    QCOMPARE(got, (QStringList{"changed:一、2017年工作回顾", "same:二、依法行政",
                               "removed:三、旧的任务", "added:三、全新的安排部署"}));
    // The one sentence rewritten: a changed sentence with its numbers marked.
    const ReportDiff::SectionPair &first = d.sections().first();
    QCOMPARE(first.sentences.size(), 1);
    QCOMPARE(first.sentences.at(0).change, Change::Changed);
    QVERIFY(first.sentences.at(0).text.contains(QStringLiteral("2.24万亿元")));
    QVERIFY(first.sentences.at(0).before.contains(QStringLiteral("19492.6亿元")));
    QVERIFY(fragmentsText(first.sentences.at(0).fragments).contains(QStringLiteral("|+2.24万|")));

    QCOMPARE(d.indicators().size(), 2);
    const ReportDiff::IndicatorChange &gdp = d.indicators().at(0);
    QCOMPARE(gdp.indicator, QStringLiteral("gdp"));
    QCOMPARE(gdp.displayA, QStringLiteral("19492.6亿元"));
    QCOMPARE(gdp.displayB, QStringLiteral("2.24万亿元"));
    QCOMPARE(gdp.yearA, 2016);
    QCOMPARE(gdp.yearB, 2017);
    QCOMPARE(gdp.change, 2.24e12 - 1949260000000.0);
    QCOMPARE(gdp.displayChange, QStringLiteral("+0.29074万亿元"));
    const ReportDiff::IndicatorChange &growth = d.indicators().at(1);
    QCOMPARE(growth.indicator, QStringLiteral("gdp_growth"));
    QCOMPARE(growth.change, 8.8 - 9.0);
    QCOMPARE(growth.displayChange, QStringLiteral("-0.2个百分点"));

    const QJsonObject json = d.toJson(*a, *b);
    QCOMPARE(
        json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("indicators")).toArray().size(), 2);
}

void TestReportDiff::shenzhenYears()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    const QString dir = corpusDir() + QStringLiteral("/series/");
    const ReportLoader::Result a =
        ReportLoader::loadFile(dir + QStringLiteral("shenzhen-gzbg-2022.txt"));
    const ReportLoader::Result b =
        ReportLoader::loadFile(dir + QStringLiteral("shenzhen-gzbg-2023.txt"));
    QVERIFY(a.ok() && b.ok());
    const ReportDiff d = ReportDiff::compute(*a.report, *b.report);
    // Every section of both reports is in the diff once.
    int inA = 0;
    int inB = 0;
    for (const ReportDiff::SectionPair &p : d.sections()) {
        inA += p.a >= 0;
        inB += p.b >= 0;
    }
    QCOMPARE(inA, int(a.report->sectionCount()));
    QCOMPARE(inB, int(b.report->sectionCount()));
    QVERIFY(d.count(Change::Changed) > 0);
    // 2021: 全市地区生产总值3.07万亿元 (2022 report); 2022: 全市地区生产总值3.24万亿元 (2023).
    bool gdp = false;
    for (const ReportDiff::IndicatorChange &c : d.indicators()) {
        if (c.indicator == u"gdp") {
            QCOMPARE(c.valueA, 3.07e12);
            QCOMPARE(c.valueB, 3.24e12);
            QCOMPARE(c.yearA, 2021);
            QCOMPARE(c.yearB, 2022);
            // In B's magnitude (万亿元): 3.24 - 3.07.
            QCOMPARE(c.displayChange, QStringLiteral("+0.17万亿元"));
            gdp = true;
        }
    }
    QVERIFY(gdp);
}

QTEST_GUILESS_MAIN(TestReportDiff)
#include "tst_reportdiff.moc"
