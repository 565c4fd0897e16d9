// IndicatorMatcher: real sentences from the corpus reports run through the real parser and
// figure extractor, each figure with the catalogue id a careful reader gives it (or none):
// label, role and unit class together, never a substring alone.

#include "core/indicatormatcher.h"
#include "core/reportparser.h"

#include <QTest>

namespace {

// A title the metadata reader reads type and place from, then one section of sentences.
const char *const GzbgShenzhen = "深圳市2017年政府工作报告\n\n一、2016年工作回顾\n\n";
const char *const GzbgFujian = "2026年福建省政府工作报告\n\n一、2025年工作回顾\n\n";
const char *const GzbgNational = "2024年国务院政府工作报告\n\n一、2023年工作回顾\n\n";
const char *const FazhiWuwei = "武威市人民政府2021年度法治政府建设情况报告\n\n一、主要工作\n\n";
const char *const FazhiGuangming =
    "深圳市光明区人民政府关于2021年度法治政府建设情况的报告\n\n一、主要工作\n\n";

ReportPtr parse(const char *head)
{
    return ReportParser::parse(QString::fromUtf8(head) +
                               QStringLiteral("全市地区生产总值3.07万亿元、增长6.7%。\n"))
        .report;
}

} // namespace

class TestIndicatorMatcher : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void reportFacts();
    void find_data();
    void find();
    void normalizedLabel();
};

void TestIndicatorMatcher::match_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("id");

    const auto row = [](const char *name, const char *head, const char *sentence,
                        const char *written, const char *id) {
        QTest::addRow("%s", name) << QString::fromUtf8(head) << QString::fromUtf8(sentence)
                                  << QString::fromUtf8(written) << QString::fromUtf8(id);
    };
    // 政府工作报告: levels and growth of the standard indicators.
    const char *sz1 = "初步核算，2016年本市生产总值19492.6亿元，同比增长9%；";
    row("本市生产总值 level", GzbgShenzhen, sz1, "19492.6亿元", "gdp");
    row("本市生产总值 growth", GzbgShenzhen, sz1, "9%", "gdp_growth");
    const char *sz2 = "全市地区生产总值3.07万亿元、增长6.7%，两年平均增长4.9%。";
    row("全市地区生产总值 level", GzbgShenzhen, sz2, "3.07万亿元", "gdp");
    row("全市地区生产总值 growth", GzbgShenzhen, sz2, "6.7%", "gdp_growth");
    row("两年平均增长 is no indicator", GzbgShenzhen, sz2, "4.9%", "");
    const char *sz3 = "规上工业总产值4.55万亿元、增长7.0%，规上工业增加值1.04万亿元、增长4.8%，"
                      "工业增加值占地区生产总值比重提高到35.1%。";
    row("规上工业总产值", GzbgShenzhen, sz3, "4.55万亿元", "industry_output");
    row("规上工业增加值", GzbgShenzhen, sz3, "1.04万亿元", "industry_va");
    row("规上工业增加值 growth", GzbgShenzhen, sz3, "4.8%", "industry_va_growth");
    row("占地区生产总值比重 is not GDP", GzbgShenzhen, sz3, "35.1%", "");
    const char *fj = "初步统计，2025年全省地区生产总值60199.45亿元、增长5%，地方一般公共预算收入"
                     "3723.35亿元、增长3%，社会消费品零售总额增长4.4%，固定资产投资下降3.3%，"
                     "进出口下降5.4%。";
    row("全省地区生产总值", GzbgFujian, fj, "60199.45亿元", "gdp");
    row("全省 GDP growth", GzbgFujian, fj, "5%", "gdp_growth");
    row("地方一般公共预算收入", GzbgFujian, fj, "3723.35亿元", "budget_revenue");
    row("一般公共预算收入 growth", GzbgFujian, fj, "3%", "budget_revenue_growth");
    row("社会消费品零售总额 growth", GzbgFujian, fj, "4.4%", "retail_sales_growth");
    row("固定资产投资 fall", GzbgFujian, fj, "3.3%", "fixed_investment_growth");
    row("进出口 fall", GzbgFujian, fj, "5.4%", "trade_growth");
    const char *bj = "城镇调查失业率4.1%，居民人均可支配收入实际增长4.4%。";
    row("城镇调查失业率", GzbgShenzhen, bj, "4.1%", "surveyed_unemployment");
    row("居民人均可支配收入 growth", GzbgShenzhen, bj, "4.4%", "income_growth");
    row("固定资产投资", GzbgShenzhen, "固定资产投资606亿元，增长8.8%，总量全市第一；", "606亿元",
        "fixed_investment");
    row("规模以上工业增加值 growth", GzbgShenzhen, "规模以上工业增加值6785亿元，增长7.7%。", "7.7%",
        "industry_va_growth");
    row("粮食产量", GzbgNational, "粮食产量1.39万亿斤，再创历史新高。", "1.39万亿斤",
        "grain_output");
    row("单位国内生产总值能耗 is energy, not GDP", GzbgNational,
        "单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。", "2.5%", "energy_intensity");
    row("城镇新增就业", GzbgShenzhen, "实施稳岗扩容提质行动，城镇新增就业不少于28万人。", "28万人",
        "new_urban_jobs");
    // Not 地区生产总值: another aggregate, a per-head value, a part of the place, a share.
    row("海洋生产总值", GzbgShenzhen, "沿海经济带协同效应显现，海洋生产总值增长6%左右。", "6%", "");
    row("人均地区生产总值 is per head", GzbgShenzhen,
        "重庆成为中西部地区首个经济总量超过3万亿元的城市，人均地区生产总值突破10万元。", "10万元",
        "gdp_per_capita");
    // Not in the corpus, written in the reports' style: the issue names GEP.
    row("生态系统生产总值", GzbgShenzhen, "全市生态系统生产总值(GEP)达到1303.2亿元。", "1303.2亿元",
        "");
    row("前海地区生产总值", GzbgShenzhen, "2023年前海地区生产总值增长15.0%，加快建设海洋新城。",
        "15.0%", "");
    row("战略性新兴产业增加值占比", GzbgShenzhen,
        "战略性新兴产业增加值达1.02万亿元，占地区生产总值比重达37.1%。", "37.1%", "");
    row("民营经济增加值占比", GzbgShenzhen, "民营经济增加值占地区生产总值比重达58.5%。", "58.5%",
        "");
    row("经济总量 without a unit", GzbgShenzhen, "经济总量连续迈上4万亿、5万亿两个台阶。", "4万亿",
        "");
    row("a target is no value", GzbgShenzhen,
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", "6%", "");
    row("初步预计 is the year's estimate", GzbgShenzhen,
        "经济实力稳步提升。初步预计，实现地区生产总值4600亿元，稳居全市第二，增长7.7%左右。",
        "4600亿元", "gdp");
    row("年均增长 is no year's growth", GzbgShenzhen,
        "地区生产总值、规上工业企业增加值、社会消费品零售总额、固定资产投资总额分别年均增长"
        "16.3%、11.2%、17.4%、16%。",
        "16.3%", "");
    row("a baseline is no value", GzbgShenzhen,
        "进出口总额从2010年的3467.5亿美元增加到4425.5亿美元。", "3467.5亿美元", "");
    row("the end of 从…增加到 is", GzbgShenzhen,
        "进出口总额从2010年的3467.5亿美元增加到4425.5亿美元。", "4425.5亿美元", "trade");
    row("由…增加到 starts a change", GzbgShenzhen, "地区生产总值由9581.5亿元增加到1.75万亿元。",
        "9581.5亿元", "");
    row("由…增加到 ends at the value", GzbgShenzhen, "地区生产总值由9581.5亿元增加到1.75万亿元。",
        "1.75万亿元", "gdp");
    row("share of retail sales", GzbgShenzhen,
        "实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%。", "27.2%", "");
    // A threshold is not a level: a value that qualifies a count of places or firms, or a
    // round milestone that the sentence restates exactly (广西 2026, 龙岗 2016, 重庆 2026).
    row("超500亿元的县域 is a threshold", GzbgFujian,
        "城乡协调发展质效持续提升，经济总量超500亿元的县域增至12个。", "500亿元", "");
    row("1000亿元以上的县 is a threshold", GzbgFujian, "地区生产总值1000亿元以上的县达到3个。",
        "1000亿元", "");
    row("超过3万亿元的城市 is a threshold", GzbgShenzhen,
        "重庆成为中西部地区首个经济总量超过3万亿元的城市，人均地区生产总值突破10万元。", "3万亿元",
        "");
    const char *lg = "一般公共预算收入首次突破200亿元，达204.3亿元，增长29%；";
    row("突破200亿元，达… is a milestone", GzbgShenzhen, lg, "200亿元", "");
    row("the restated value is the level", GzbgShenzhen, lg, "204.3亿元", "budget_revenue");
    row("突破 alone states the level", GzbgShenzhen,
        "初步核算，2018年本市生产总值突破2.4万亿元、同比增长7.6%。", "2.4万亿元", "gdp");
    // 深圳's revenue: what is collected in the area (central taxes included) is not the local
    // budget revenue the catalogue means (深圳 2021, 2014, 2016).
    const char *sz5 = "来源于深圳辖区的一般公共预算收入达9789亿元，其中地方一般公共预算收入达3857.4"
                      "亿元、五年年均增长7.2%；";
    row("来源于辖区的 revenue is wider", GzbgShenzhen, sz5, "9789亿元", "");
    row("其中地方一般公共预算收入", GzbgShenzhen, sz5, "3857.4亿元", "budget_revenue");
    const char *sz6 = "全口径公共财政收入4818亿元，其中地方公共财政预算收入1731亿元，增长16.8%；";
    row("全口径 revenue is wider", GzbgShenzhen, sz6, "4818亿元", "");
    row("地方公共财政预算收入", GzbgShenzhen, sz6, "1731亿元", "budget_revenue");
    row("地方公共财政预算收入 growth", GzbgShenzhen, sz6, "16.8%", "budget_revenue_growth");
    const char *sz7 = "辖区公共财政收入7238.8亿元，地方一般公共预算收入2727.1亿元，分别增长30.4%和"
                      "30.9%。";
    row("辖区公共财政收入 is wider", GzbgShenzhen, sz7, "7238.8亿元", "");
    row("the next clause is local", GzbgShenzhen, sz7, "2727.1亿元", "budget_revenue");
    // 法治政府建设 (武威 2021, 光明区 2021).
    row("办理行政复议案件", FazhiWuwei,
        "办理行政复议案件147件,全面落实行政复议与应诉案件被纠错情况季通报制度。", "147件",
        "admin_review_cases");
    row("受理行政复议案件", FazhiGuangming, "光明区全年受理行政复议案件53宗。", "53宗",
        "admin_review_accepted");
    const char *ww1 = "办理行政应诉案件182件,积极履行法院生效判决,出庭应诉率和法院判决裁定履行率"
                      "均达到100%。";
    row("行政应诉案件", FazhiWuwei, ww1, "182件", "admin_litigation_cases");
    const char *gm1 = "2021年光明区政府及各部门、各街道涉及行政诉讼案件80宗，行政机关负责人出庭"
                      "应诉案件19宗。";
    row("行政诉讼案件", FazhiGuangming, gm1, "80宗", "admin_litigation_cases");
    row("负责人出庭应诉案件", FazhiGuangming, gm1, "19宗", "head_appearance_cases");
    const char *ww2 = "全市共摸排矛盾纠纷6067件,调解成功5996件,调解成功率98%。";
    row("矛盾纠纷排查", FazhiWuwei, ww2, "6067件", "disputes_screened");
    row("调解成功", FazhiWuwei, ww2, "5996件", "disputes_mediated");
    row("调解成功率", FazhiWuwei, ww2, "98%", "mediation_success_rate");
    const char *ww3 = "向省政府和市人大常委会报备规范性文件3件,审查各县区、市政府部门报备的规范性"
                      "文件14件。";
    row("报备规范性文件", FazhiWuwei, ww3, "3件", "normative_filed");
    row("法律顾问", FazhiWuwei,
        "市、县(区)政府聘请法律顾问32名,对重大决策事项和复杂问题进行法律论证。", "32名",
        "legal_advisers");
    row("评查行政执法案卷", FazhiWuwei, "评查行政执法案卷30937宗,评查率100%,优秀率65.27%。",
        "30937宗", "case_file_reviews");
    row("评查率 alone is not named", FazhiWuwei,
        "评查行政执法案卷30937宗,评查率100%,优秀率65.27%。", "65.27%", "");
    row("政务服务事项", FazhiWuwei,
        "调整完善市县区政府部门权责清单,审核市直部门权责清单变更事项66项、机构设置职能事项1项、"
        "政务服务事项2507项。",
        "2507项", "service_items");
    row("12348 hotline calls", FazhiWuwei,
        "甘肃省12348公共法律服务中心武威分中心热线平台接听热线咨询电话25100通,解答各类法律问题"
        "25100个,群众满意率为100%。",
        "25100通", "hotline_consultations");
    row("重大行政决策事项", FazhiGuangming,
        "对纳入目录的6项重大行政决策事项及2项听证事项进行严格督办落实。", "6项", "major_decisions");
    row("行政执法案件", FazhiGuangming, "每季度开展案卷评查，抽查行政执法案件254宗。", "254宗",
        "enforcement_cases");
    row("人民调解员", FazhiGuangming,
        "大力发展兼职人民调解员200名，全区现有人民调解委员会41个，防止矛盾激化率达100%。", "200名",
        "mediators");
    row("政府信息公开申请", FazhiGuangming,
        "依法依规做好政府信息公开，受理180余宗政府信息公开申请，同比增长约300%，已办结170宗。",
        "180余宗", "disclosure_requests");
    row("执法人员", FazhiWuwei, "对全市7600多名执法人员进行培训。", "7600多名", "enforcers");
    row("县级干部 is no indicator", FazhiWuwei, "对全市818名县级干部分批次进行集中培训。", "818名",
        "");
    row("参学率 is no indicator", FazhiWuwei,
        "完成全市5.4万余名国家机关工作人员年度学法考试,参学率、合格率均为100%。", "100%", "");
}

void TestIndicatorMatcher::match()
{
    QFETCH(QString, head);
    QFETCH(QString, sentence);
    QFETCH(QString, written);
    QFETCH(QString, id);
    const ReportPtr report = ReportParser::parse(head + sentence + u'\n').report;
    QVERIFY(report);
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    int found = -1;
    for (int fi = 0; fi < report->figures().size(); ++fi) {
        if (report->figureText(fi) == written) {
            found = fi;
            break;
        }
    }
    if (found < 0) {
        QStringList all;
        for (int fi = 0; fi < report->figures().size(); ++fi)
            all << report->figureText(fi).toString();
        QFAIL(qPrintable(
            QStringLiteral("no figure written %1; figures: %2").arg(written, all.join(u' '))));
    }
    const Figure &f = report->figures().at(found);
    QCOMPARE(matcher.match(*report, f), id);
    if (!id.isEmpty())
        QVERIFY(!matcher.name(id).isEmpty());
}

void TestIndicatorMatcher::reportFacts()
{
    // The rows above rely on the metadata reader for type and place; say so if it changes.
    const ReportPtr sz = parse(GzbgShenzhen);
    QVERIFY(sz);
    QCOMPARE(sz->metadata().facts.type, ReportFacts::Type::Gzbg);
    QCOMPARE(sz->metadata().facts.place, QStringLiteral("深圳市"));
    const ReportPtr ww = parse(FazhiWuwei);
    QVERIFY(ww);
    QCOMPARE(ww->metadata().facts.type, ReportFacts::Type::Fazhi);
}

void TestIndicatorMatcher::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("name first, then synonym")
        << QStringLiteral("地区生产总值") << QStringList{"gdp", "gdp_growth"};
    QTest::addRow("id") << QStringLiteral("gdp") << QStringList{"gdp"};
    QTest::addRow("synonym") << QStringLiteral("规上工业增加值")
                             << QStringList{"industry_va", "industry_va_growth"};
    QTest::addRow("unknown") << QStringLiteral("海洋生产总值") << QStringList{};
}

void TestIndicatorMatcher::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QCOMPARE(IndicatorMatcher::instance().find(text), ids);
}

void TestIndicatorMatcher::normalizedLabel()
{
    const ReportPtr sz = parse(GzbgShenzhen);
    QVERIFY(sz);
    const IndicatorMatcher &m = IndicatorMatcher::instance();
    QCOMPARE(m.normalizedLabel(*sz, QStringLiteral("全市地区生产总值")),
             QStringLiteral("地区生产总值"));
    QCOMPARE(m.normalizedLabel(*sz, QStringLiteral("深圳市全年地区生产总值")),
             QStringLiteral("地区生产总值"));
    QCOMPARE(m.normalizedLabel(*sz, QStringLiteral("深圳生产总值")), QStringLiteral("生产总值"));
    // Another place is not the report's: it stays and so does not match 地区生产总值.
    QCOMPARE(m.normalizedLabel(*sz, QStringLiteral("前海地区生产总值")),
             QStringLiteral("前海地区生产总值"));
    QCOMPARE(m.name(QStringLiteral("gdp")), QStringLiteral("地区生产总值"));
    QCOMPARE(m.name(QStringLiteral("nope")), QString());
}

QTEST_GUILESS_MAIN(TestIndicatorMatcher)
#include "tst_indicatormatcher.moc"
