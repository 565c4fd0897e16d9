// Figure extraction: every figure of the bundled sample report, the forms figures are written
// in, the numbers that are not figures, offsets and quotes, figures of the shared corpus read by
// hand (REPORTSCOPE_CORPUS_DIR), and linear time on large input.

#include "core/figureextractor.h"
#include "core/reportjson.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

namespace {

struct Row
{
    const char *section;
    const char *text;
    const char *label;
    double value;
    const char *unit;
    const char *qualifier;
    Figure::Kind kind;
};

using K = Figure::Kind;

// Every figure a careful reader lists in the sample report (武威 2021), in document order,
// with the section ids the parser assigns (reportscope outline resources/sample-report.txt).
const QList<Row> &sampleRows()
{
    static const QList<Row> rows = {
        {"1.1.1", "23次", "市政府常务会议", 23, "次", "", K::Count},
        {"1.1.1", "8次", "专题会议", 8, "次", "", K::Count},
        {"1.1.2", "818名", "县级干部", 818, "名", "", K::Count},
        {"1.1.3", "105个", "单位", 105, "个", "", K::Count},
        {"1.1.3", "四个", "督察组", 4, "个", "", K::Count},
        {"1.1.4", "23次", "专题学法", 23, "次", "", K::Count},
        {"1.1.4", "65次", "各县区政府常务会学法", 65, "次", "", K::Count},
        {"1.1.4", "7600多名", "执法人员", 7600, "名", "多", K::Count},
        {"1.1.4", "5.4万余名", "国家机关工作人员", 54000, "名", "余", K::Count},
        {"1.1.4", "100%", "参学率", 100, "%", "", K::Rate},
        {"1.1.4", "100%", "合格率", 100, "%", "", K::Rate},
        {"1.2.1", "66项", "市直部门权责清单变更事项", 66, "项", "", K::Count},
        {"1.2.1", "1项", "机构设置职能事项", 1, "项", "", K::Count},
        {"1.2.1", "2507项", "政务服务事项", 2507, "项", "", K::Count},
        {"1.2.2", "5.3万件", "政务服务事项", 53000, "件", "", K::Count},
        {"1.2.2", "5.9万份", "证明材料", -59000, "份", "", K::Change},
        {"1.2.2", "30937宗", "行政执法案卷", 30937, "宗", "", K::Count},
        {"1.2.2", "100%", "评查率", 100, "%", "", K::Rate},
        {"1.2.2", "65.27%", "优秀率", 65.27, "%", "", K::Rate},
        {"1.2.3", "5个", "市、县(区)两级法治化营商环境问题投诉举报处理平台", 5, "个", "", K::Count},
        {"1.2.3", "398份", "政策措施文件", 398, "份", "", K::Count},
        {"1.2.4", "1个", "综合示范创建单位", 1, "个", "", K::Count},
        {"1.2.4", "2个", "单项示范创建项目", 2, "个", "", K::Count},
        {"1.3.1", "15件", "立法建议", 15, "件", "", K::Count},
        {"1.3.3", "109件", "规范性文件", 109, "件", "", K::Count},
        {"1.3.3", "176条", "审核意见", 176, "条", "", K::Count},
        {"1.3.3", "3件", "规范性文件", 3, "件", "", K::Count},
        {"1.3.3", "14件", "规范性文件", 14, "件", "", K::Count},
        {"1.3.3", "23件", "文件", 23, "件", "", K::Count},
        {"1.4.1", "32名", "法律顾问", 32, "名", "", K::Count},
        {"1.5.1", "101个", "乡镇(街道)", 101, "个", "", K::Count},
        {"1.5.3", "14.85万条", "执法信息", 148500, "条", "", K::Count},
        {"1.5.3", "3283个", "执法记录仪", 3283, "个", "", K::Count},
        {"1.5.3", "361人", "专兼职法制审核人员", 361, "人", "", K::Count},
        {"1.5.4", "797项", "“两轻一免”清单", 797, "项", "", K::Count},
        {"1.5.4", "460余份", "责令改正、约谈、建议、提醒告知书", 460, "份", "余", K::Count},
        {"1.5.4", "37户", "市场主体", 37, "户", "", K::Count},
        {"1.5.4", "20户", "市场主体", 20, "户", "", K::Count},
        {"1.5.4", "27户", "市场主体", 27, "户", "", K::Count},
        {"1.5.4", "95户", "企业", 95, "户", "", K::Count},
        {"1.5.5", "470场次", "宪法宣传", 470, "场次", "", K::Count},
        {"1.5.5", "60多场次", "宪法宣誓", 60, "场次", "多", K::Count},
        {"1.6.1", "25个", "专项应急预案", 25, "个", "", K::Count},
        {"1.7.1", "1个", "高标准市级公共法律服务大厅", 1, "个", "", K::Count},
        {"1.7.1", "836人次", "来访群众", 836, "人次", "", K::Count},
        {"1.7.1", "920个", "法律咨询问题", 920, "个", "", K::Count},
        {"1.7.1", "25100通", "热线咨询电话", 25100, "通", "", K::Count},
        {"1.7.1", "25100个", "法律问题", 25100, "个", "", K::Count},
        {"1.7.1", "100%", "群众满意率", 100, "%", "", K::Rate},
        {"1.7.2", "6067件", "矛盾纠纷", 6067, "件", "", K::Count},
        {"1.7.2", "5996件", "调解成功", 5996, "件", "", K::Count},
        {"1.7.2", "98%", "调解成功率", 98, "%", "", K::Rate},
        {"1.7.2", "60名", "人民监督员", 60, "名", "", K::Count},
        {"1.7.2", "50%", "调解组织", 50, "%", "达 以上", K::Rate},
        {"1.7.3", "147件", "行政复议案件", 147, "件", "", K::Count},
        {"1.7.4", "182件", "行政应诉案件", 182, "件", "", K::Count},
        {"1.7.4", "100%", "出庭应诉率", 100, "%", "达", K::Rate},
        {"1.7.4", "100%", "法院判决裁定履行率", 100, "%", "达", K::Rate},
        {"1.8.2", "14次", "重点工作专项督查", 14, "次", "", K::Count},
        {"1.8.2", "64件", "人大代表建议", 64, "件", "", K::Count},
        {"1.8.2", "113件", "政协委员提案", 113, "件", "", K::Count},
        {"1.8.3", "40名", "特邀行政执法监督员", 40, "名", "", K::Count},
        {"1.8.4", "56.55万条", "主动公开信息", 565500, "条", "", K::Count},
        {"1.9.1", "336项", "便民服务功能", 336, "项", "", K::Count},
    };
    return rows;
}

QString describe(const Figure &f)
{
    return f.label + QLatin1Char('|') + QString::number(f.value, 'g', 15) + QLatin1Char('|') +
           f.unit + QLatin1Char('|') + f.qualifier + QLatin1Char('|') +
           ReportJson::kindName(f.kind);
}

QStringList describeAll(const QList<Figure> &figures)
{
    QStringList out;
    for (const Figure &f : figures)
        out.append(describe(f));
    return out;
}

ReportPtr loadSample()
{
    const ReportLoader::Result result =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    return result.report;
}

} // namespace

class TestFigureExtractor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sample_data();
    void sample();
    void sampleIsComplete();
    void sampleOffsets();
    void forms_data();
    void forms();
    void roles_data();
    void roles();
    void notFigures_data();
    void notFigures();
    void fullWidthOffsets();
    void tableCells();
    void bounds_data();
    void bounds();
    void corpus_data();
    void corpus();
    void linearTime();

private:
    ReportPtr m_sample;
};

void TestFigureExtractor::initTestCase()
{
    m_sample = loadSample();
    QVERIFY(m_sample);
}

void TestFigureExtractor::sample_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<Figure::Kind>("kind");
    for (const Row &r : sampleRows()) {
        QTest::addRow("%s %s %s", r.section, r.text, r.label)
            << QString::fromUtf8(r.section) << QString::fromUtf8(r.text)
            << QString::fromUtf8(r.label) << r.value << QString::fromUtf8(r.unit)
            << QString::fromUtf8(r.qualifier) << r.kind;
    }
}

void TestFigureExtractor::sample()
{
    QFETCH(QString, section);
    QFETCH(QString, text);
    QFETCH(QString, label);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(Figure::Kind, kind);

    const Figure *found = nullptr;
    QStringList candidates;
    for (int i = 0; i < m_sample->figures().size(); ++i) {
        const Figure &f = m_sample->figures().at(i);
        if (m_sample->figureSectionId(i) != section)
            continue;
        candidates.append(m_sample->figureText(i) + QLatin1Char(' ') + describe(f));
        if (m_sample->figureText(i) == text && f.label == label)
            found = &f;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("not found; section %1 has: %2")
                                   .arg(section, candidates.join(QStringLiteral("; ")))));
    QCOMPARE(found->value, value);
    QCOMPARE(found->unit, unit);
    QCOMPARE(found->qualifier, qualifier);
    QCOMPARE(found->kind, kind);
    QCOMPARE(found->section, m_sample->indexOfSection(section));
}

void TestFigureExtractor::sampleIsComplete()
{
    // Nothing beyond the listed figures: no year, date, phone number, ordinal or slogan.
    QStringList listed;
    for (const Row &r : sampleRows())
        listed.append(QString::fromUtf8(r.section) + QLatin1Char(' ') + QString::fromUtf8(r.text));
    QStringList extracted;
    for (int i = 0; i < m_sample->figures().size(); ++i)
        extracted.append(m_sample->figureSectionId(i) + QLatin1Char(' ') + m_sample->figureText(i));
    QCOMPARE(extracted, listed);
}

void TestFigureExtractor::sampleOffsets()
{
    for (int i = 0; i < m_sample->figures().size(); ++i) {
        const Figure &f = m_sample->figures().at(i);
        const QString &text = m_sample->section(f.section).text;
        const QString quote = m_sample->figureQuote(i).toString();
        QCOMPARE(m_sample->figureText(i).toString(), text.mid(f.start, f.end - f.start));
        QVERIFY2(quote.contains(m_sample->figureText(i)), qPrintable(quote));
        QVERIFY(f.quoteStart <= f.start && f.quoteEnd >= f.end);
        QVERIFY(!f.label.isEmpty());
    }
    // The quote is the sentence (or clause) stating the figure.
    const int rate =
        m_sample->figuresInSection(m_sample->indexOfSection(QStringLiteral("1.7.2"))).at(2);
    QCOMPARE(m_sample->figureQuote(rate).toString(),
             QStringLiteral("全市共摸排矛盾纠纷6067件,调解成功5996件,调解成功率98%。"));
}

void TestFigureExtractor::forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // label|value|unit|qualifier|kind

    // Word order.
    QTest::addRow("label before the number")
        << QStringLiteral("办理行政复议案件147件。")
        << QStringList{QStringLiteral("行政复议案件|147|件||count")};
    QTest::addRow("label after the measure word")
        << QStringLiteral("对全市818名县级干部分批次进行集中培训。")
        << QStringList{QStringLiteral("县级干部|818|名||count")};
    QTest::addRow("rate named before it") << QStringLiteral("调解成功率98%。")
                                          << QStringList{QStringLiteral("调解成功率|98|%||rate")};
    QTest::addRow("person-times") << QStringLiteral("共接待来访群众836人次。")
                                  << QStringList{QStringLiteral("来访群众|836|人次||count")};
    QTest::addRow("subject and verb before the object")
        << QStringLiteral("市、县(区)政府聘请法律顾问32名。")
        << QStringList{QStringLiteral("法律顾问|32|名||count")};
    QTest::addRow("the last of two verbs governs")
        << QStringLiteral("提请市人大常委会审议地方性法规9项。")
        << QStringList{QStringLiteral("地方性法规|9|项||count")};
    QTest::addRow("count in brackets after what it counts")
        << QStringLiteral("优质教育（17项）")
        << QStringList{QStringLiteral("优质教育|17|项||count")};
    QTest::addRow("total in brackets after a year")
        << QStringLiteral("2017年宝安区民生实事项目（共178项）")
        << QStringList{QStringLiteral("宝安区民生实事项目|178|项||count")};
    QTest::addRow("list ending in 等")
        << QStringLiteral("出台重大气象灾害、突发地质灾害等专项应急预案25个。")
        << QStringList{QStringLiteral("专项应急预案|25|个||count")};
    QTest::addRow("several counted nouns")
        << QStringLiteral("建成1个特色花卉主题公园、3条花景大道和20个街心花园。")
        << QStringList{QStringLiteral("特色花卉主题公园|1|个||count"),
                       QStringLiteral("花景大道|3|条||count"),
                       QStringLiteral("街心花园|20|个||count")};
    QTest::addRow("percentage with 的") << QStringLiteral("全区99.8%的群众诉求得到有效解决。")
                                        << QStringList{QStringLiteral("群众诉求|99.8|%||rate")};

    // One value, several labels.
    QTest::addRow("均为") << QStringLiteral("参学率、合格率均为100%。")
                          << QStringList{QStringLiteral("参学率|100|%||rate"),
                                         QStringLiteral("合格率|100|%||rate")};
    QTest::addRow("和…均达到") << QStringLiteral("出庭应诉率和法院判决裁定履行率均达到100%。")
                               << QStringList{QStringLiteral("出庭应诉率|100|%|达|rate"),
                                              QStringLiteral("法院判决裁定履行率|100|%|达|rate")};
    QTest::addRow("分别 pairs labels and values")
        << QStringLiteral("户籍人口出生率、自然增长率分别控制在13‰和11‰以内。")
        << QStringList{QStringLiteral("户籍人口出生率|13|‰||rate"),
                       QStringLiteral("自然增长率|11|‰|以内|rate")};
    QTest::addRow("分别 after two amounts")
        << QStringLiteral("总资产1720.3亿元，净资产390.4亿元，分别增长8.32%和7.22%。")
        << QStringList{QStringLiteral("总资产|172030000000|元||money"),
                       QStringLiteral("净资产|39040000000|元||money"),
                       QStringLiteral("总资产|8.32|%||change"),
                       QStringLiteral("净资产|7.22|%||change")};

    // Numbers.
    QTest::addRow("万 with 余") << QStringLiteral("完成全市5.4万余名国家机关工作人员年度学法考试。")
                                << QStringList{
                                       QStringLiteral("国家机关工作人员|54000|名|余|count")};
    QTest::addRow("万 with decimals") << QStringLiteral("公示各类执法信息14.85万条。")
                                      << QStringList{QStringLiteral("执法信息|148500|条||count")};
    QTest::addRow("余 before 万") << QStringLiteral("现已录入涉案财物管理信息30余万条。")
                                  << QStringList{
                                         QStringLiteral("涉案财物管理信息|300000|条|余|count")};
    QTest::addRow("full-width digits")
        << QStringLiteral("实现国内生产总值１６６５．２亿元，比上年增长１４．２％。")
        << QStringList{QStringLiteral("国内生产总值|166520000000|元||money"),
                       QStringLiteral("国内生产总值|14.2|%||change")};
    QTest::addRow("thousands separator") << QStringLiteral("共有在校学生12,345人。")
                                         << QStringList{QStringLiteral("在校学生|12345|人||count")};
    QTest::addRow("Chinese numeral count") << QStringLiteral("组成四个督察组，由市级领导带队。")
                                           << QStringList{QStringLiteral("督察组|4|个||count")};
    QTest::addRow("range") << QStringLiteral("新建3-5家博士后工作站。")
                           << QStringList{QStringLiteral("博士后工作站|3|家|至5|count")};
    QTest::addRow("range of percentages")
        << QStringLiteral("地区生产总值年均增速4.5%-5%。")
        << QStringList{QStringLiteral("地区生产总值年均增速|4.5|%|至5|change")};
    QTest::addRow("unit shared by two values")
        << QStringLiteral("价格总指数和零售价格指数分别上升2.8和0.6个百分点。")
        << QStringList{QStringLiteral("价格总指数|2.8|个百分点||percentage_point"),
                       QStringLiteral("零售价格指数|0.6|个百分点||percentage_point")};

    // Kinds.
    QTest::addRow("money 亿元") << QStringLiteral("出口总额364亿美元。")
                                << QStringList{QStringLiteral("出口总额|36400000000|美元||money")};
    QTest::addRow("money 万余元") << QStringLiteral("涉案货值金额达190万余元。")
                                  << QStringList{
                                         QStringLiteral("涉案货值金额|1900000|元|达 余|money")};
    QTest::addRow("change up and down")
        << QStringLiteral("规模以上工业增加值同比增长17.1%，出口下降22.3%。")
        << QStringList{QStringLiteral("规模以上工业增加值|17.1|%||change"),
                       QStringLiteral("出口|-22.3|%||change")};
    QTest::addRow("change of an earlier amount")
        << QStringLiteral("受理180余宗政府信息公开申请，同比增长约300%。")
        << QStringList{QStringLiteral("政府信息公开申请|180|宗|余|count"),
                       QStringLiteral("政府信息公开申请|300|%|约|change")};
    QTest::addRow("count reduced") << QStringLiteral("减少证明材料5.9万份。")
                                   << QStringList{QStringLiteral("证明材料|-59000|份||change")};
    QTest::addRow("level reached is not a change")
        << QStringLiteral("常住人口城镇化率提高到66.2%。")
        << QStringList{QStringLiteral("常住人口城镇化率|66.2|%||rate")};
    QTest::addRow("percentage points")
        << QStringLiteral("研发投入强度提高2个百分点。")
        << QStringList{QStringLiteral("研发投入强度|2|个百分点||percentage_point")};
    QTest::addRow("multiple") << QStringLiteral("版权登记大厅受理申请增长近6倍。")
                              << QStringList{QStringLiteral("申请|6|倍|近|multiple")};
    QTest::addRow("physical unit")
        << QStringLiteral("新增海绵城市面积3平方公里。")
        << QStringList{QStringLiteral("新增海绵城市面积|3|平方公里||count")};
    // The counted noun after the number is the verb's object; the subject before the verb
    // names what the later figures of the sentence measure.
    QTest::addRow("subject carried past a counted object")
        << QStringLiteral("全年地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。")
        << QStringList{QStringLiteral("千亿元台阶|3|个||count"),
                       QStringLiteral("地区生产总值|1500000000000|元|达|money"),
                       QStringLiteral("地区生产总值|19.8|%||change")};
    QTest::addRow("subject without the period before the verb")
        << QStringLiteral("地区生产总值五年跨过3个万亿级关口、突破10万亿元。")
        << QStringList{QStringLiteral("万亿级关口|3|个||count"),
                       QStringLiteral("地区生产总值|10000000000000|元|突破|money")};
    QTest::addRow("no subject when the clause opens with the verb")
        << QStringLiteral("全市新建3个污水处理厂，比上年增长50%。")
        << QStringList{QStringLiteral("污水处理厂|3|个||count"),
                       QStringLiteral("污水处理厂|50|%||change")};
    QTest::addRow("a head noun as the verb's object takes the subject")
        << QStringLiteral("全年重点项目完成投资2125亿元。")
        << QStringList{QStringLiteral("重点项目投资|212500000000|元||money")};
    QTest::addRow("a framing word that opens a longer word stays")
        << QStringLiteral("其中均衡性转移支付增长10%，新增再生能源发电装机700万千瓦。")
        << QStringList{QStringLiteral("均衡性转移支付|10|%||change"),
                       QStringLiteral("新增再生能源发电装机|7000000|千瓦||count")};
    QTest::addRow("a counted noun ends before the next verb")
        << QStringLiteral("从5个方面细化提出22项主要指标。")
        << QStringList{QStringLiteral("方面|5|个||count"), QStringLiteral("主要指标|22|项||count")};

    // Qualifiers.
    QTest::addRow("近") << QStringLiteral("全年开展工业产品抽样送检近480批次。")
                        << QStringList{QStringLiteral("工业产品抽样送检|480|批次|近|count")};
    QTest::addRow("超过") << QStringLiteral("审查涉法事务超过600项。")
                          << QStringList{QStringLiteral("涉法事务|600|项|超|count")};
    QTest::addRow("左右") << QStringLiteral("城镇调查失业率5.5%左右。")
                          << QStringList{QStringLiteral("城镇调查失业率|5.5|%|左右|rate")};
    QTest::addRow("达…以上") << QStringLiteral("在基层部门设立调解组织达50%以上。")
                             << QStringList{QStringLiteral("调解组织|50|%|达 以上|rate")};
    QTest::addRow("不低于") << QStringLiteral("执法证申办率不低于50%。")
                            << QStringList{QStringLiteral("执法证申办率|50|%|不低于|rate")};
    // A label is a noun phrase: what ends a verb phrase, a comparison or a frame is cut off.
    QTest::addRow("comparison frame is cut, the generic head takes the subject")
        << QStringLiteral("社会消费品零售总额732.12亿元，增长9.2%，增速高于上年0.9个百分点。")
        << QStringList{QStringLiteral("社会消费品零售总额|73212000000|元||money"),
                       QStringLiteral("社会消费品零售总额|9.2|%||change"),
                       QStringLiteral("社会消费品零售总额增速|0.9|个百分点||percentage_point")};
    QTest::addRow("a bare comparison is of the figure named before")
        << QStringLiteral("规上工业增加值增长7.7%，高于全国1.8个百分点。")
        << QStringList{QStringLiteral("规上工业增加值|7.7|%||change"),
                       QStringLiteral("规上工业增加值|1.8|个百分点||percentage_point")};
    QTest::addRow("a comparison inside a share stays")
        << QStringLiteral("地表水国考断面达到或优于Ⅲ类水体比例94.8%。")
        << QStringList{QStringLiteral("地表水国考断面达到或优于Ⅲ类水体比例|94.8|%||rate")};
    QTest::addRow("是…的N倍 names the baseline")
        << QStringLiteral("新建雨污分流管网458公里，是“十二五”期间总量的2倍。")
        << QStringList{QStringLiteral("雨污分流管网|458|公里||count"),
                       QStringLiteral("雨污分流管网|2|倍||multiple")};
    QTest::addRow("a leading 将 is no label")
        << QStringLiteral("将2.8万亿元中央财政资金纳入直达机制。")
        << QStringList{QStringLiteral("中央财政资金|2800000000000|元||money")};
    QTest::addRow("a numeral word before an amount: the noun follows")
        << QStringLiteral("设立全国首个50亿元天使投资引导基金。")
        << QStringList{QStringLiteral("天使投资引导基金|5000000000|元||money")};
    QTest::addRow("trailing verb 实现")
        << QStringLiteral("铁路水路货运周转量实现翻番。")
        << QStringList{QStringLiteral("铁路水路货运周转量|2|倍||multiple")};
    QTest::addRow("trailing adverbs 再, 将")
        << QStringLiteral("边民补助标准再提高1200元，高校毕业生将达727万人。")
        << QStringList{QStringLiteral("边民补助标准|1200|元||change"),
                       QStringLiteral("高校毕业生|7270000|人|达|count")};
    QTest::addRow("a period after the noun")
        << QStringLiteral("万元GDP水耗三年累计下降33.4%。")
        << QStringList{QStringLiteral("万元GDP水耗|-33.4|%||change")};
    QTest::addRow("a verb and a period name no noun: the subject's")
        << QStringLiteral("地区生产总值3858.62亿元，增长9.8%，提前三年实现翻一番目标。")
        << QStringList{QStringLiteral("地区生产总值|385862000000|元||money"),
                       QStringLiteral("地区生产总值|9.8|%||change"),
                       QStringLiteral("地区生产总值|2|倍||multiple")};
    QTest::addRow("分别 before an adverb")
        << QStringLiteral("城乡居民医保和大病保险人均标准分别再提高30元和5元。")
        << QStringList{QStringLiteral("城乡居民医保|30|元||change"),
                       QStringLiteral("大病保险人均标准|5|元||change")};
    QTest::addRow("均达 is one word")
        << QStringLiteral("参学率、合格率均达100%。")
        << QStringList{QStringLiteral("参学率|100|%||rate"), QStringLiteral("合格率|100|%||rate")};
    QTest::addRow("a stop held in a longer word opens the noun (建成区)")
        << QStringLiteral("6条建成区黑臭水体全面消除黑臭。")
        << QStringList{QStringLiteral("建成区黑臭水体|6|条||count")};
    QTest::addRow("a comparison ends the noun read forwards")
        << QStringLiteral("10条河流污染指数降幅超过30%。")
        << QStringList{QStringLiteral("河流污染指数降幅|10|条||count"),
                       QStringLiteral("河流污染指数降幅|30|%|超|rate")};
    // An amount before 级 is a class of the things counted, not a figure of its own.
    QTest::addRow("the grade 级 after an amount")
        << QStringLiteral("建设3个30亿元级重大工业项目。")
        << QStringList{QStringLiteral("30亿元级重大工业项目|3|个||count")};
    QTest::addRow("a conversion is the figure before")
        << QStringLiteral("实际使用外资达到160.6亿美元、折合1148亿元人民币。")
        << QStringList{QStringLiteral("实际使用外资|16060000000|美元|达|money"),
                       QStringLiteral("实际使用外资|114800000000|元||money")};
    QTest::addRow("an unnamed level after a change is of what changed")
        << QStringLiteral("通用机场增加11个、达到25个。")
        << QStringList{QStringLiteral("通用机场|11|个||change"),
                       QStringLiteral("通用机场|25|个|达|count")};
    QTest::addRow("a generic head after a change takes the changed noun")
        << QStringLiteral("外贸进出口增长8.4%，总额突破8000亿元。")
        << QStringList{QStringLiteral("外贸进出口|8.4|%||change"),
                       QStringLiteral("外贸进出口总额|800000000000|元|突破|money")};
    QTest::addRow("a generic head read forwards does not")
        << QStringLiteral("客货总周转量增长9.5%，家政服务等5个项目获奖。")
        << QStringList{QStringLiteral("客货总周转量|9.5|%||change"),
                       QStringLiteral("项目|5|个||count")};
    QTest::addRow("a target word before the number")
        << QStringLiteral("数字经济增加值预计达3.4万亿元。")
        << QStringList{QStringLiteral("数字经济增加值|3400000000000|元|达|money")};
    QTest::addRow("a trailing 在 before a bound")
        << QStringLiteral("城镇登记失业率在3%以下。")
        << QStringList{QStringLiteral("城镇登记失业率|3|%|以下|rate")};
    QTest::addRow("the rest of a unit per month opens no label")
        << QStringLiteral("最低工资标准、最低生活保障标准分别提高至2360元/月、1365元/月。")
        << QStringList{QStringLiteral("最低工资标准|2360|元||money"),
                       QStringLiteral("最低生活保障标准|1365|元||money")};
    QTest::addRow("a noun read forwards ends before the next figure's verb")
        << QStringLiteral("将现行16%的税率降至13%。")
        << QStringList{QStringLiteral("税率|16|%||rate"), QStringLiteral("税率|13|%||rate")};
    QTest::addRow("a modal after a noun read forwards")
        << QStringLiteral("6.5%左右的增速可以实现比较充分的就业。")
        << QStringList{QStringLiteral("增速|6.5|%|左右|change")};
    QTest::addRow("a rate per person and year is the value's frame")
        << QStringLiteral("财政补助标准由每人每年320元提高到380元。")
        << QStringList{QStringLiteral("财政补助标准|320|元||money"),
                       QStringLiteral("财政补助标准|380|元||money")};
    QTest::addRow("the phrase after the number ends at a word")
        << QStringLiteral("2130人因提前转移避免伤亡。")
        << QStringList{QStringLiteral("因提前转移避免伤亡|2130|人||count")};
}

void TestFigureExtractor::forms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(FigureExtractor::extract(text)), expected);
}

void TestFigureExtractor::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // label|value|unit|role|period|approximate

    QTest::addRow("主动公开 says which information is counted")
        << u"在政府网站主动公开政府信息1136条。"_qs
        << QStringList{u"主动公开政府信息|1136|条|level||0"_qs};
    QTest::addRow("比重 is what changed, not a comparison")
        << u"清洁能源消费比重提高1.7个百分点。"_qs
        << QStringList{u"清洁能源消费比重|1.7|个百分点|change||0"_qs};
    QTest::addRow("a period alone is no label")
        << u"全市地区生产总值达2.77万亿元，五年年均增长7.1%。"_qs
        << QStringList{u"全市地区生产总值|2770000000000|元|level||0"_qs,
                       u"全市地区生产总值|7.1|%|growth_rate|五年|0"_qs};
    QTest::addRow("an adverb before a comparison is cut with it")
        << u"城镇登记失业率远低于3%。"_qs << QStringList{u"城镇登记失业率|3|%|level||0"_qs};
    QTest::addRow("年度 opens a noun read forwards")
        << u"完成35件年度民生实事。"_qs << QStringList{u"年度民生实事|35|件|level||0"_qs};
    QTest::addRow("a verb before 项目 is part of the noun read forwards")
        << u"启动26个城中村改造项目。"_qs << QStringList{u"城中村改造项目|26|个|level||0"_qs};
    QTest::addRow("a verb before 工程 at the start of the noun")
        << u"实施20条道路绿化提升工程。"_qs << QStringList{u"道路绿化提升工程|20|条|level||0"_qs};
    QTest::addRow("a class by size is no label for the next figure")
        << u"研制全球首台25兆瓦级风电主轴轴承、全球最高10米盾构机。"_qs
        << QStringList{u"全球最高|10|米|level||0"_qs};
    QTest::addRow("an increment the label starts inside is written once")
        << u"新建成城市应急备用水源10个。"_qs
        << QStringList{u"新建成城市应急备用水源|10|个|level||0"_qs};
    QTest::addRow("a second measure after 、 is of the same things")
        << u"完成土地出让55宗、301公顷。"_qs
        << QStringList{u"土地出让|55|宗|level||0"_qs, u"土地出让|301|公顷|level||0"_qs};
    QTest::addRow("values of one unit after 、 are no second measure")
        << u"新建学校3所、医院2所。"_qs
        << QStringList{u"学校|3|所|level||0"_qs, u"医院|2|所|level||0"_qs};
    QTest::addRow("期 counts issues and sessions")
        << u"举办职业健康讲座10期。"_qs << QStringList{u"职业健康讲座|10|期|level||0"_qs};
    QTest::addRow("降价 is a change downwards")
        << u"试点药品平均降价52%。"_qs << QStringList{u"试点药品|-52|%|growth_rate||0"_qs};
    QTest::addRow("a table column of goals holds targets")
        << u"主要经济指标\t完成增长\t全年目标增长\n规模以上工业增加值1340亿元\t8.3\t8.8\n"_qs
        << QStringList{u"规模以上工业增加值|134000000000|元|level||0"_qs,
                       u"规模以上工业增加值（完成增长）|8.3|%|growth_rate||0"_qs,
                       u"规模以上工业增加值（全年目标增长）|8.8|%|target||0"_qs};
    QTest::addRow("a word is never split (签约)")
        << QStringLiteral("招商大会签约1236亿元。")
        << QStringList{QStringLiteral("招商大会签约|123600000000|元|level||0")};
    QTest::addRow("number inside a name")
        << QStringLiteral("引进2个世界500强投资项目。")
        << QStringList{QStringLiteral("世界500强投资项目|2|个|level||0")};
    QTest::addRow("increment kept")
        << QStringLiteral("新增规上工业企业1494家。")
        << QStringList{QStringLiteral("新增规上工业企业|1494|家|level||0")};
    QTest::addRow("generic head takes the subject")
        << QStringLiteral("新增国家高新技术企业204家，总量3612家。")
        << QStringList{QStringLiteral("新增国家高新技术企业|204|家|level||0"),
                       QStringLiteral("国家高新技术企业总量|3612|家|level||0")};
    QTest::addRow("from A to B with the noun before 从")
        << QStringLiteral("国家级高新技术企业从0.94万家增加到1.55万家。")
        << QStringList{QStringLiteral("国家级高新技术企业|9400|家|baseline||0"),
                       QStringLiteral("国家级高新技术企业|15500|家|level||0")};
    QTest::addRow("the unit's frame 每立方米 is no label")
        << QStringLiteral("PM2.5平均浓度从每立方米30.8微克下降至29.6微克。")
        << QStringList{QStringLiteral("PM2.5平均浓度|30.8|微克/立方米|baseline||0"),
                       QStringLiteral("PM2.5平均浓度|29.6|微克/立方米|level||0")};
    QTest::addRow("from A to B gives start and end")
        << QStringLiteral("全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。")
        << QStringList{QStringLiteral("全省生产总值|3680000000000|元|baseline||0"),
                       QStringLiteral("全省生产总值|4930000000000|元|level||0")};
    QTest::addRow("unit 列") << QStringLiteral("开行中欧班列1200列。")
                             << QStringList{QStringLiteral("开行中欧班列|1200|列|level||0")};
    QTest::addRow("unit 对") << QStringLiteral("组织集体婚礼120对。")
                             << QStringList{QStringLiteral("集体婚礼|120|对|level||0")};
    QTest::addRow("unit 吨标准煤")
        << QStringLiteral("节约能源410万吨标准煤。")
        << QStringList{QStringLiteral("节约能源|4100000|吨标准煤|level||0")};
    QTest::addRow("翻一番 approximate")
        << QStringLiteral("高新技术企业数量翻一番。")
        << QStringList{QStringLiteral("高新技术企业数量|2|倍|change||1")};
    // run() passes over text eight characters a step: a number's first character in the last
    // place of a step, in the first of the next, and in the few characters after the steps.
    QTest::addRow("翻 last in a step of eight")
        << QStringLiteral("市高新技术企业翻一番。")
        << QStringList{QStringLiteral("市高新技术企业|2|倍|change||1")};
    QTest::addRow("翻 first in a step of eight")
        << QStringLiteral("本市高新技术企业翻一番。")
        << QStringList{QStringLiteral("高新技术企业|2|倍|change||1")};
    QTest::addRow("digit after the steps of eight")
        << QStringLiteral("各位代表：全区共办理行政诉讼案件9件。")
        << QStringList{QStringLiteral("行政诉讼案件|9|件|level||0")};
    QTest::addRow("近两倍 approximate")
        << QStringLiteral("出口增长近两倍。") << QStringList{QStringLiteral("出口|2|倍|change||1")};
    QTest::addRow("逾百家 approximate")
        << QStringLiteral("培育专精特新企业逾百家。")
        << QStringList{QStringLiteral("专精特新企业|100|家|level||1")};
    QTest::addRow("duration") << QStringLiteral("规上工业增加值连续30个月保持增长。")
                              << QStringList{QStringLiteral("规上工业增加值|30|个月|duration||0")};
    QTest::addRow("target") << QStringLiteral("力争地区生产总值增长5%左右。")
                            << QStringList{QStringLiteral("地区生产总值|5|%|target||0")};
    QTest::addRow("growth rate") << QStringLiteral("城乡居民人均可支配收入增长4.4%。")
                                 << QStringList{QStringLiteral(
                                        "城乡居民人均可支配收入|4.4|%|growth_rate||0")};
    QTest::addRow("period 累计") << QStringLiteral("“十四五”时期累计完成投资1.2万亿元。")
                                 << QStringList{
                                        QStringLiteral("投资|1200000000000|元|level|累计|0")};
    QTest::addRow("period year") << QStringLiteral("2025年引进外资项目30个。")
                                 << QStringList{QStringLiteral("外资项目|30|个|level|2025年|0")};
    QTest::addRow("分别 over ordinals sharing a noun")
        << QStringLiteral("一、二、三产业增加值分别增长4.2%、5%、5.4%。")
        << QStringList{QStringLiteral("一产业增加值|4.2|%|growth_rate||0"),
                       QStringLiteral("二产业增加值|5|%|growth_rate||0"),
                       QStringLiteral("三产业增加值|5.4|%|growth_rate||0")};
    QTest::addRow("分别 over items sharing the last one's noun")
        << QStringLiteral("城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%。")
        << QStringList{QStringLiteral("城镇居民人均可支配收入|4.5|%|growth_rate||0"),
                       QStringLiteral("农村居民人均可支配收入|5.7|%|growth_rate||0")};
    QTest::addRow("分别 after one name gives it to every value")
        << QStringLiteral("城乡低保标准分别提高13.1%和17.7%。")
        << QStringList{QStringLiteral("城乡低保标准|13.1|%|growth_rate||0"),
                       QStringLiteral("城乡低保标准|17.7|%|growth_rate||0")};
    QTest::addRow("分别 over a list before 等")
        << QStringLiteral("严重暴力、入室盗窃、诈骗等主要警情分别下降30.6%、34.5%和24.1%。")
        << QStringList{QStringLiteral("严重暴力|-30.6|%|growth_rate||0"),
                       QStringLiteral("入室盗窃|-34.5|%|growth_rate||0"),
                       QStringLiteral("诈骗|-24.1|%|growth_rate||0")};
    QTest::addRow("from a half year to a level")
        << QStringLiteral("城镇调查失业率从上半年5.5%降到5.3%。")
        << QStringList{QStringLiteral("城镇调查失业率|5.5|%|baseline||0"),
                       QStringLiteral("城镇调查失业率|5.3|%|level||0")};
    QTest::addRow("a verb with a noun suffix is a noun (服务业)")
        << QStringLiteral("服务业增加值提升到3万亿元。")
        << QStringList{QStringLiteral("服务业增加值|3000000000000|元|level||0")};
    QTest::addRow("the whole province names the indicator")
        << QStringLiteral("全社会研发投入年均增长10%。")
        << QStringList{QStringLiteral("全社会研发投入|10|%|growth_rate||0")};
    QTest::addRow("分别 before a verb")
        << QStringLiteral("教育、卫生分别投入44.1亿元、21.6亿元。")
        << QStringList{QStringLiteral("教育|4410000000|元|level||0"),
                       QStringLiteral("卫生|2160000000|元|level||0")};
    QTest::addRow("微克 in a name is no figure")
        << QStringLiteral("深入实施0.1微克攻坚行动。") << QStringList{};
}

void TestFigureExtractor::roles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Figure &f : FigureExtractor::extract(text)) {
        got.append(QStringLiteral("%1|%2|%3|%4|%5|%6")
                       .arg(f.label, QString::number(f.value, 'g', 15), f.unit,
                            QString::fromLatin1(Figure::roleName(f.role)), f.period)
                       .arg(f.approximate ? 1 : 0));
    }
    QCOMPARE(got, expected);
}

void TestFigureExtractor::notFigures_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("a class by size (级)") << u"推进盐田港东港区20万吨级泊位建设。"_qs;
    QTest::addRow("a class by amount (亿元级)") << u"新开工10亿元级重大工业项目。"_qs;
    QTest::addRow("year") << QStringLiteral(
        "2021年,武威市坚持以习近平新时代中国特色社会主义思想为指导。");
    QTest::addRow("date") << QStringLiteral("武威市人民政府 2022年2月17日");
    QTest::addRow("ISO date and time") << QStringLiteral("发布日期: 2022-03-04 14:26");
    QTest::addRow("year range in a title")
        << QStringLiteral("出台《关于开展法治宣传教育第八个五年规划(2021-2025年)》。");
    QTest::addRow("year range") << QStringLiteral("对2007—2021年印发的文件进行梳理。");
    QTest::addRow("since a year") << QStringLiteral(
        "对2006年以来全市现行有效的规范性文件进行清理。");
    QTest::addRow("dotted day in quotes")
        << QStringLiteral("组织开展“12·4”国家宪法日暨宪法宣传活动。");
    QTest::addRow("dotted date") << QStringLiteral("“5.10”事件后开展整治。");
    QTest::addRow("decree number") << QStringLiteral("以市政府第2号令发布实施。");
    QTest::addRow("document number") << QStringLiteral("按照国办发〔2019〕80号文要求。");
    QTest::addRow("ordinal plan") << QStringLiteral("第八个五年规划");
    QTest::addRow("ordinal rank") << QStringLiteral("排名全国第4位，居全省第3名。");
    QTest::addRow("ordinal session") << QStringLiteral("迎接省第十四次党代会胜利召开。");
    QTest::addRow("phone number") << QStringLiteral(
        "甘肃省12348公共法律服务中心武威分中心热线平台。");
    QTest::addRow("numbers in a title")
        << QStringLiteral("印发《关于2021年度10项重点工作的通知》。");
    QTest::addRow("slogans in quotes") << QStringLiteral(
        "坚决捍卫“两个确立”,增强“四个意识”、做到“两个维护”，开展“六个一”专项活动。");
    QTest::addRow("formula in quotes") << QStringLiteral("全面升级“1+6+31+N”群众诉求服务平台。");
    QTest::addRow("activities in quotes") << QStringLiteral("采取“7个主题活动+10个专项活动”方式。");
    QTest::addRow("formula without quotes") << QStringLiteral("构建1+N政策体系。");
    QTest::addRow("fixed expressions") << QStringLiteral(
        "推行行政执法三项制度，建成省市县乡四级平台，建成十大应用，解决了一批问题，实现一网通办。");
    QTest::addRow("list summed up")
        << QStringLiteral("基本医疗保险制度、药品生产流通体制三项改革取得进展。");
    QTest::addRow("enumeration") << QStringLiteral(
        "一是加强组织领导；二是完善制度。第一，推进改革。");
    QTest::addRow("line number") << QStringLiteral("地铁11号线开通。");
    QTest::addRow("versions") << QStringLiteral("升级到2.0版，推进工业4.0。");
    QTest::addRow("codes") << QStringLiteral("详见P2页，建设5G基站，参加G20峰会，COVID-19防控。");
    QTest::addRow("index number") << QStringLiteral("索引号: 11622300013931138G/2022-06008");
    QTest::addRow("footnote mark") << QStringLiteral("对接“四个千亿”[1]计划。");
    QTest::addRow("anniversary") << QStringLiteral("新中国成立70周年，建党100周年。");
    QTest::addRow("holiday") << QStringLiteral("2022元旦期间。");
    QTest::addRow("per capita denominator") << QStringLiteral("每10万人口。");
    QTest::addRow("round the clock") << QStringLiteral("实行7×24小时值守，14:30召开会议。");
    QTest::addRow("plan names") << QStringLiteral(
        "研究制定“十四五”规划，十四五时期推进三年行动计划。");
    QTest::addRow("distance qualifying a noun") << QStringLiteral("公交与轨道50米内换乘比例提升。");
    QTest::addRow("time ratio") << QStringLiteral("三次产业比例1.0:52.4:46.6。");
}

void TestFigureExtractor::notFigures()
{
    QFETCH(QString, text);
    QCOMPARE(describeAll(FigureExtractor::extract(text)), QStringList());
}

void TestFigureExtractor::fullWidthOffsets()
{
    // Offsets and quotes refer to the text as written, full-width digits and spaces included.
    const QString text = QStringLiteral(
        "２０００年，　实现国内生产总值１６６５．２亿元，比上年增长１４．２％。下一句。");
    const QList<Figure> figures = FigureExtractor::extract(text);
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(0).textIn(text).toString(), QStringLiteral("１６６５．２亿元"));
    QCOMPARE(figures.at(1).textIn(text).toString(), QStringLiteral("１４．２％"));
    QCOMPARE(figures.at(1).unit, QStringLiteral("%"));
    QCOMPARE(
        figures.at(0).quoteIn(text).toString(),
        QStringLiteral("２０００年，　实现国内生产总值１６６５．２亿元，比上年增长１４．２％。"));
}

void TestFigureExtractor::tableCells()
{
    // Bare numbers in a table take their unit from the column header, their label from the
    // row; signed values keep their sign.
    const QString text = QStringLiteral("主要经济指标\t完成增长\t全年目标增长\n"
                                        "地区生产总值3003亿元\t8.8\t8.5-9.0\n"
                                        "出口总额364亿美元\t-14.6\t与2015年基本持平\n"
                                        "序号\t任务\n"
                                        "1\t创建普惠性幼儿园20所\n");
    QCOMPARE(describeAll(FigureExtractor::extract(text)),
             (QStringList{QStringLiteral("地区生产总值|300300000000|元||money"),
                          QStringLiteral("地区生产总值（完成增长）|8.8|%||change"),
                          QStringLiteral("地区生产总值（全年目标增长）|8.5|%|至9.0|change"),
                          QStringLiteral("出口总额|36400000000|美元||money"),
                          QStringLiteral("出口总额（完成增长）|-14.6|%||change"),
                          QStringLiteral("普惠性幼儿园|20|所||count")}));
    const QList<Figure> figures = FigureExtractor::extract(text);
    QCOMPARE(figures.at(4).textIn(text).toString(), QStringLiteral("-14.6"));
}

void TestFigureExtractor::bounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // label|value|upper|bound of the first figure
    // Counts, amounts and changes take their bound from the same words as rates
    // (tst_consistencychecker checks every bound word on a rate); ranges keep their upper end
    // multiplied out and signed like the value.
    QTest::addRow("inner 余") << u"培训国家机关工作人员5.4万余名。"_qs
                              << u"国家机关工作人员|54000|54000|more_than"_qs;
    QTest::addRow("inner 多 before a multiplier")
        << u"服务纳税人6600多万户。"_qs << u"纳税人|66000000|66000000|more_than"_qs;
    QTest::addRow("有余 after the unit")
        << u"建成绿道300公里有余。"_qs << u"绿道|300|300|more_than"_qs;
    QTest::addRow("以上 after the unit")
        << u"培育高新技术企业1000家以上。"_qs << u"高新技术企业|1000|1000|at_least"_qs;
    QTest::addRow("以内 after the unit")
        << u"审批时间控制在3个工作日以内。"_qs << u"审批时间|3|3|at_most"_qs;
    QTest::addRow("约 before the number")
        << u"全年接待游客约1200万人次。"_qs << u"游客|12000000|12000000|about"_qs;
    QTest::addRow("达 does not bound")
        << u"全市参保人数达到120万人。"_qs << u"全市参保人数|1200000|1200000|exact"_qs;
    QTest::addRow("至少 before the number")
        << u"年内落实至少2块教育用地。"_qs << u"教育用地|2|2|at_least"_qs;
    QTest::addRow("range of counts") << u"新建幼儿园3-5所。"_qs << u"幼儿园|3|5|range"_qs;
    QTest::addRow("range under one multiplier")
        << u"新增就业3-5万人。"_qs << u"新增就业|30000|50000|range"_qs;
    QTest::addRow("range with the unit twice")
        << u"居民收入增长4.5%-5%。"_qs << u"居民收入|4.5|5|range"_qs;
    QTest::addRow("range written with 至")
        << u"投资规模达到20亿元至30亿元。"_qs << u"投资规模|2000000000|3000000000|range"_qs;
    QTest::addRow("falling range") << u"单位能耗下降3-5%。"_qs << u"单位能耗|-3|-5|range"_qs;
    QTest::addRow("range in a table cell")
        << u"主要经济指标\t全年目标增长\n地区生产总值\t8.5-9.0\n"_qs
        << u"地区生产总值（全年目标增长）|8.5|9|range"_qs;
}

void TestFigureExtractor::bounds()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QList<Figure> figures = FigureExtractor::extract(text);
    QVERIFY2(!figures.isEmpty(), qPrintable(text));
    const Figure &f = figures.first();
    QCOMPARE(f.label + u'|' + QString::number(f.value, 'g', 15) + u'|' +
                 QString::number(f.upper, 'g', 15) + u'|' +
                 QString::fromLatin1(Figure::boundName(f.bound)),
             expected);
}

void TestFigureExtractor::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // label|value|unit|qualifier|kind

    // Figures read by hand in each file, quoted here with the sentence that states them.
    const auto add = [](const char *file, const char *section, const char *text,
                        const char *expected) {
        QTest::addRow("%s %s %s", file, section, text)
            << QString::fromUtf8(file) << QString::fromUtf8(section) << QString::fromUtf8(text)
            << QString::fromUtf8(expected);
    };
    // 深圳市光明区2021年法治政府建设报告: cases counted in 宗.
    const char *gm = "shenzhen-guangming-fazhi-2021.txt";
    add(gm, "1.2.1", "45家", "事业单位|-45|家||change"); // 改革后共减少事业单位45家
    add(gm, "1.2.1", "47.9%", "精简率|47.9|%||rate");
    add(gm, "1.2.1", "31个", "社区|31|个||count");
    add(gm, "1.2.3", "十个", "重点领域|10|个||count"); // 等十个重点领域提出76项改革任务
    add(gm, "1.2.3", "76项", "改革任务|76|项||count");
    add(gm, "1.4.2", "444人", "参考人数|444|人||count");
    add(gm, "1.4.2", "254宗", "行政执法案件|254|宗||count");
    add(gm, "1.4.3", "760余宗", "制售假冒伪劣案件|760|宗|余|count");
    add(gm, "1.4.3", "190万余元", "涉案货值金额|1900000|元|达 余|money");
    add(gm, "1.5.3", "53宗", "行政复议案件|53|宗||count");
    add(gm, "1.5.4", "4.46万个", "岗位|44600|个||count");
    add(gm, "1.6.2", "80宗", "行政诉讼案件|80|宗||count");
    add(gm, "1.6.4", "300%", "政府信息公开申请|300|%|约|change");
    add(gm, "1.7.1", "99.88%", "优秀率|99.88|%||rate");
    // 深圳市2001年政府工作报告: full-width digits and percent signs, NBSPs, ‰.
    const char *sz = "shenzhen-gzbg-2001.txt";
    add(sz, "1.1", "1665．2亿元", "国内生产总值|166520000000|元||money");
    add(sz, "1.1", "14．2％", "国内生产总值|14.2|%||change");
    add(sz, "1.1", "2575．6亿元", "工业总产值（90年不变价）|257560000000|元|达|money");
    add(sz, "1.1", "345．6亿美元", "出口总额|34560000000|美元||money");
    add(sz, "1.1", "0．6个百分点", "商品零售价格总指数|0.6|个百分点||percentage_point");
    add(sz, "1.1", "29．8％", "高新技术产品产值|29.8|%||change");
    add(sz, "1.1", "16．5％", "地方预算内财政收入|16.5|%||change");
    add(sz, "1.1", "5697．3万吨", "货物吞吐量|56973000|吨||count");
    add(sz, "1.1", "399．4万标箱", "集装箱吞吐量|3994000|标箱||count");
    add(sz, "1.2", "7．22％", "国有净资产|7.22|%||change");
    add(sz, "1.4", "10项", "法规|10|项||count");
    add(sz, "2.6.1", "13‰", "户籍人口出生率|13|‰||rate");
    add(sz, "2.6.1", "11‰", "自然增长率|11|‰|以内|rate");
    add(sz, "2.1", "6．31万元", "人均国内生产总值|63100|元||money");
    // 深圳市罗湖区2019年政府工作报告.
    const char *lh = "shenzhen-luohu-gzbg-2019.txt";
    add(lh, "1", "2253.69亿元", "地区生产总值|225369000000|元|达|money");
    add(lh, "1", "28.62亿元", "每平方公里产出GDP|2862000000|元||money");
    add(lh, "1", "3.9%", "水耗|-3.9|%||change");
    add(lh, "1", "4400个", "新增学位|4400|个||count");
    add(lh, "1", "3%", "城镇登记失业率|3|%|以内|rate");
    add(lh, "1", "26微克/立方米", "PM2.5浓度均值|26|微克/立方米||count");
    add(lh, "1.1.4", "6倍", "申请|6|倍|近|multiple");
    add(lh, "1.2.1", "2194家", "规上企业|2194|家||count");
    add(lh, "1.2.1", "95%", "企业满意率|95|%||rate");
    add(lh, "1.6.1", "32类", "执法信息|32|类||count");
    // 2026年北京市政府工作报告.
    const char *bj = "beijing-gzbg-2026.txt";
    add(bj, "1", "5.2万亿元", "全市地区生产总值|5200000000000|元||money");
    add(bj, "1", "0.4个百分点", "全市地区生产总值|0.4|个百分点||percentage_point");
    add(bj, "1", "1309件", "市政协提案|1309|件||count");
    add(bj, "1.2", "70万辆", "新能源汽车年产量|700000|辆|近|count");
    add(bj, "1.4", "11.5%", "细颗粒物年均浓度|-11.5|%||change");
    add(bj, "1.6", "96%", "适龄儿童入园率|96|%|达|rate");
    add(bj, "1.6", "94%", "普惠率|94|%||rate");
    add(bj, "3.7", "12万亩", "高标准农田|120000|亩||count");
    // 国务院2024年政府工作报告 (the file holds the report twice).
    const char *gwy = "guowuyuan-gzbg-2024.txt";
    add(gwy, "1", "126万亿元", "国内生产总值|126000000000000|元|超|money");
    add(gwy, "1", "1244万人", "城镇新增就业|12440000|人||count");
    add(gwy, "1", "1.39万亿斤", "粮食产量|1390000000000|斤||count");
    add(gwy, "2", "4.06万亿元", "赤字规模|4060000000000|元||money");
    add(gwy, "2", "1800亿元", "赤字规模|180000000000|元||change");
    // 深圳市宝安区2017年政府工作报告: tables with signed values.
    const char *ba = "shenzhen-baoan-gzbg-2017.txt";
    add(ba, "5.1", "8.8", "地区生产总值（完成增长）|8.8|%||change");
    add(ba, "5.1", "-14.6", "出口总额（完成增长）|-14.6|%||change");
    add(ba, "5.1", "364亿美元", "出口总额|36400000000|美元||money");
    add(ba, "1.3.9", "318天", "空气质量优良天数|318|天||count");
    add(ba, "6", "7828例", "宫颈癌筛查|7828|例||count");
    // 武威 (the sample): the same file through the corpus path.
    add("wuwei-2021-fazhi.txt", "1.7.2", "98%", "调解成功率|98|%||rate");
}

void TestFigureExtractor::corpus()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QString, section);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ReportLoader::Result result = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QStringList inSection;
    const Report &report = *result.report;
    for (int i = 0; i < report.figures().size(); ++i) {
        if (report.figureSectionId(i) != section)
            continue;
        const QString written = report.figureText(i).toString();
        inSection.append(written + QLatin1Char(' ') + describe(report.figures().at(i)));
        if (written == text && describe(report.figures().at(i)) == expected)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("%1 not found in %2; it has: %3")
                         .arg(expected, section, inSection.join(QStringLiteral("; ")))));
}

void TestFigureExtractor::linearTime()
{
    // Extraction looks a bounded distance around each number, so four times the text takes
    // about four times as long, also for one huge sentence without a full stop.
    const QString unit =
        QStringLiteral("全市共摸排矛盾纠纷6067件,调解成功5996件,调解成功率98%,"
                       "对全市818名县级干部分批次进行集中培训,出台2021-2025年规划,");
    auto timeFor = [&unit](int copies) {
        const QString text = unit.repeated(copies);
        QElapsedTimer timer;
        timer.start();
        const QList<Figure> figures = FigureExtractor::extract(text);
        const qint64 ms = timer.elapsed();
        if (figures.size() != 4 * copies)
            return qint64(-1);
        return ms;
    };
    const qint64 small = timeFor(5000);
    const qint64 large = timeFor(20000);
    QVERIFY(small >= 0 && large >= 0);
    QVERIFY2(large < 10 * small + 200,
             qPrintable(QStringLiteral("%1 ms for 4x the text after %2 ms").arg(large).arg(small)));
}

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
