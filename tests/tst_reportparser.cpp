#include "core/reportjson.h"
#include "core/reportparser.h"
#include "core/sourcedocumentbuilder.h"
#include "import/reportloader.h"

#include <QFile>
#include <QTest>

namespace {

// "id marker|title" per section, in order: compact enough to compare whole trees.
QStringList outlineOf(const Report &report)
{
    QStringList out;
    for (const Section &s : report.sections())
        out.append(s.id + QLatin1Char(' ') + s.marker + QLatin1Char('|') + s.title);
    return out;
}

ReportPtr parse(const QString &text)
{
    const ReportParser::Result r = ReportParser::parse(text);
    return r.report;
}

QString textOf(const Report &report, const QString &id)
{
    const int i = report.indexOfSection(id);
    return i < 0 ? QStringLiteral("<missing %1>").arg(id) : report.section(i).text;
}

ReportPtr sample()
{
    static ReportPtr report =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)).report;
    return report;
}

} // namespace

class TestReportParser : public QObject
{
    Q_OBJECT

private slots:
    void sampleOutline_data();
    void sampleOutline();
    void sampleSectionCount();
    void sampleMetadata_data();
    void sampleMetadata();
    void sampleTexts_data();
    void sampleTexts();
    void sampleRanges();

    void headingStyles_data();
    void headingStyles();
    void roles_data();
    void roles();
    void headingHints_data();
    void headingHints();
    void notHeadings_data();
    void notHeadings();
    void chrome_data();
    void chrome();
    void bodyText_data();
    void bodyText();
    void metadata_data();
    void metadata();
    void speaker_data();
    void speaker();
    void noStructure_data();
    void noStructure();
    void duplicateCopy();
    void duplicateCopyLines_data();
    void duplicateCopyLines();
    void sectionBlocks_data();
    void sectionBlocks();
    void tableFigureInCell();
    void wholeText();
    void cancel();
};

void TestReportParser::sampleOutline_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("title");
    const QStringList rows = {
        u"0||"_qs,
        u"1|一、|主要举措和成效"_qs,
        u"1.1|(一)|加强党的领导,完善法治政府建设推进机制"_qs,
        u"1.1.1|一是|认真履行法治建设第一责任人职责"_qs,
        u"1.1.2|二是|深入学习习近平法治思想"_qs,
        u"1.1.3|三是|完善法治政府建设责任落实机制"_qs,
        u"1.1.4|四是|全面加强依法行政能力建设"_qs,
        u"1.2|(二)|健全政府机构职能,提高政府治理效能"_qs,
        u"1.2.1|一是|优化政府机构职能"_qs,
        u"1.2.2|二是|深入推进“放管服”改革"_qs,
        u"1.2.3|三是|持续优化法治化营商环境"_qs,
        u"1.2.4|四是|开展法治政府示范创建"_qs,
        u"1.3|(三)|健全依法行政制度,加快推进政府治理规范化程序化法治化"_qs,
        u"1.3.1|一是|突出重点领域立法"_qs,
        u"1.3.2|二是|完善立法工作机制"_qs,
        u"1.3.3|三是|加强行政规范性文件制定监督管理"_qs,
        u"1.4|(四)|健全行政决策制度,不断提升行政决策公信力和执行力"_qs,
        u"1.4.1|一是|强化依法决策意识"_qs,
        u"1.4.2|二是|严格落实重大行政决策程序"_qs,
        u"1.4.3|三是|加强行政决策执行和评估"_qs,
        u"1.5|(五)|健全行政执法工作,全面推进严格规范公正文明执法"_qs,
        u"1.5.1|一是|深化行政执法体制改革"_qs,
        u"1.5.2|二是|加大重点领域执法力度"_qs,
        u"1.5.3|三是|完善行政执法程序"_qs,
        u"1.5.4|四是|创新行政执法方式"_qs,
        u"1.5.5|五是|全面落实“谁执法谁普法”普法责任制"_qs,
        u"1.6|(六)|健全突发事件应对体系,依法预防处置重大突发事件"_qs,
        u"1.6.1|一是|完善突发事件应对制度"_qs,
        u"1.6.2|二是|提高突发事件依法处置能力"_qs,
        u"1.6.3|三是|引导、规范基层组织和社会力量参与突发事件应对"_qs,
        u"1.7|(七)|健全社会矛盾纠纷行政预防调处化解机制,不断促进社会公平正义"_qs,
        u"1.7.1|一是|健全公共法律服务体系"_qs,
        u"1.7.2|二是|加强行政调解工作"_qs,
        u"1.7.3|三是|发挥行政复议化解行政争议主渠道作用"_qs,
        u"1.7.4|四是|加强和规范行政应诉工作"_qs,
        u"1.8|(八)|健全行政权力制约和监督机制,促进行政权力规范透明运行"_qs,
        u"1.8.1|一是|形成监督合力"_qs,
        u"1.8.2|二是|加强和规范政府督查工作"_qs,
        u"1.8.3|三是|加强对行政执法的制约和监督"_qs,
        u"1.8.4|四是|全面主动落实政务公开"_qs,
        u"1.8.5|五是|加快推进政务诚信建设"_qs,
        u"1.9|(九)|健全法治政府建设科技保障机制,全面建设数字法治政府"_qs,
        u"1.9.1|一是|加快推进信息化平台建设"_qs,
        u"1.9.2|二是|加快推进政务数据有序共享"_qs,
        u"2|二、|存在的问题和不足"_qs,
        u"2.1|一是|法治政府示范创建引领作用发挥还不够充分"_qs,
        u"2.2|二是|行政权力制约和监督力度还需进一步加大"_qs,
        u"2.3|三是|法治队伍执法能力和水平还不高"_qs,
        u"3|三、|2022年推进法治政府建设的主要安排"_qs,
        u"3.1|一是|进一步落实法治建设主体责任"_qs,
        u"3.2|二是|加大法治政府示范创建工作力度"_qs,
        u"3.3|三是|加强行政执法人员能力建设"_qs,
        u"3.4|四是|加强行政权力制约和监督"_qs,
        u"4||"_qs, // the signature: the closing
    };
    for (const QString &row : rows) {
        const QStringList f = row.split(QLatin1Char('|'));
        QTest::addRow("%s", qPrintable(f.at(0))) << f.at(0) << f.at(1) << f.at(2);
    }
}

void TestReportParser::sampleOutline()
{
    QFETCH(QString, id);
    QFETCH(QString, marker);
    QFETCH(QString, title);
    const ReportPtr report = sample();
    QVERIFY(report);
    const int index = report->indexOfSection(id);
    QVERIFY2(index >= 0, qPrintable(id));
    QCOMPARE(report->section(index).marker, marker);
    QCOMPARE(report->section(index).title, title);
    QCOMPARE(report->section(index).level, int(id.count(QLatin1Char('.'))) + 1);
}

void TestReportParser::sampleSectionCount()
{
    // The table above lists every section: nothing more, nothing less.
    const ReportPtr report = sample();
    QVERIFY(report);
    QCOMPARE(report->sectionCount(), 54);
    QCOMPARE(report->topLevelSections().size(), 5);
    QVERIFY(report->warnings().isEmpty());
    QCOMPARE(report->encoding(), u"UTF-8"_qs);
}

void TestReportParser::sampleMetadata_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addRow("title") << u"title"_qs << u"武威市人民政府2021年度法治政府建设情况报告"_qs;
    QTest::addRow("issuer from signature") << u"issuer"_qs << u"武威市人民政府"_qs;
    QTest::addRow("date from signature") << u"date"_qs << u"2022-02-17"_qs;
    QTest::addRow("published") << u"published"_qs << u"2022-03-04"_qs;
    QTest::addRow("index number") << u"index"_qs << u"11622300013931138G/2022-06008"_qs;
    QTest::addRow("source") << u"source"_qs << u"武威市司法局"_qs;
    QTest::addRow("author") << u"author"_qs << u"市司法局"_qs;
}

void TestReportParser::sampleMetadata()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const ReportMetadata &m = sample()->metadata();
    const QHash<QString, QString> values{
        {u"title"_qs, m.title},         {u"issuer"_qs, m.issuer},     {u"date"_qs, m.date},
        {u"published"_qs, m.published}, {u"index"_qs, m.indexNumber}, {u"source"_qs, m.source},
        {u"author"_qs, m.author}};
    QCOMPARE(values.value(field), expected);
}

void TestReportParser::sampleTexts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("startsWith");
    QTest::addColumn<QString>("endsWith");
    QTest::addRow("preamble") << u"0"_qs << u"2021年,武威市坚持以习近平"_qs
                              << u"提供了有力法治保障。"_qs;
    QTest::addRow("heading without own text") << u"1.1"_qs << QString() << QString();
    QTest::addRow("first inline item") << u"1.1.1"_qs << u"市政府主要领导高度重视"_qs
                                       << u"主动向党委报告法治政府建设中的重大问题。"_qs;
    QTest::addRow("item ends at next item")
        << u"1.1.4"_qs << u"市县区行政机关负责人"_qs << u"参学率、合格率均为100%。"_qs;
    QTest::addRow("item 1.7.2") << u"1.7.2"_qs << u"全面开展“平安细胞”工程"_qs
                                << u"设立调解组织达50%以上。"_qs;
    QTest::addRow("text before a list after a colon")
        << u"2"_qs << u"2021年,我市法治政府建设"_qs << u"还存在一些差距:"_qs;
    QTest::addRow("text before items")
        << u"3"_qs << u"2022年,我市将继续坚持"_qs << u"全力推进更高水平的法治政府建设。"_qs;
    QTest::addRow("last item excludes signature")
        << u"3.4"_qs << u"加快建设省市县乡四级"_qs << u"省第十四次党代会胜利召开。"_qs;
}

void TestReportParser::sampleTexts()
{
    QFETCH(QString, id);
    QFETCH(QString, startsWith);
    QFETCH(QString, endsWith);
    const QString text = textOf(*sample(), id);
    if (startsWith.isEmpty()) {
        QCOMPARE(text, QString());
        return;
    }
    QVERIFY2(text.startsWith(startsWith), qPrintable(text.left(40)));
    QVERIFY2(text.endsWith(endsWith), qPrintable(text.right(40)));
    QVERIFY(!text.contains(u"扫一扫"_qs));
    QVERIFY(!text.contains(u"武威市人民政府\n"_qs));
}

void TestReportParser::sampleRanges()
{
    const ReportPtr report = sample();
    const QString &source = report->sourceText();
    for (const Section &s : report->sections()) {
        QVERIFY(s.range.start >= 0 && s.range.end <= source.size());
        QVERIFY(s.range.start <= s.range.end);
        // The heading range holds the marker as written, then the title.
        if (!s.marker.isEmpty()) {
            QCOMPARE(source.mid(s.headingRange.start, s.marker.size()), s.marker);
            QVERIFY(source.mid(s.headingRange.start, s.headingRange.length()).contains(s.title));
        }
        for (const TextSpan &span : s.bodySpans)
            QVERIFY(s.text.contains(source.mid(span.start, span.length())));
        // Children lie inside their parent.
        for (int child : s.children) {
            QVERIFY(report->section(child).range.start >= s.range.start);
            QVERIFY(report->section(child).range.end <= s.range.end);
        }
        if (!s.text.isEmpty()) {
            const qsizetype at = s.text.size() / 2;
            QCOMPARE(source.at(s.sourceOffset(at)), s.text.at(at));
        }
    }
}

void TestReportParser::headingStyles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("outline");
    const QString body = u"这是一段正文，说明有关情况。"_qs;

    QTest::addRow("一、 and （一） full-width")
        << u"一、总体情况\n（一）加强领导\n"_qs + body + u"\n（二）完善制度\n"_qs + body +
               u"\n二、存在问题\n"_qs + body
        << QStringList{u"1 一、|总体情况"_qs, u"1.1 （一）|加强领导"_qs, u"1.2 （二）|完善制度"_qs,
                       u"2 二、|存在问题"_qs};
    QTest::addRow("(一) half-width run-in")
        << u"一、工作情况\n(一)加强党的领导。"_qs + body + u"\n(二)健全机构职能。"_qs + body
        << QStringList{u"1 一、|工作情况"_qs, u"1.1 (一)|加强党的领导"_qs,
                       u"1.2 (二)|健全机构职能"_qs};
    QTest::addRow("一是 items inline in one paragraph")
        << u"一、工作情况\n(一)加强领导。一是学习思想。"_qs + body + u"二是完善机制。"_qs + body +
               u"三是强化考核。"_qs + body
        << QStringList{u"1 一、|工作情况"_qs, u"1.1 (一)|加强领导"_qs, u"1.1.1 一是|学习思想"_qs,
                       u"1.1.2 二是|完善机制"_qs, u"1.1.3 三是|强化考核"_qs};
    QTest::addRow("一是 items each a paragraph")
        << u"一、回顾\n一是经济增长。"_qs + body + u"\n二是民生改善。"_qs + body
        << QStringList{u"1 一、|回顾"_qs, u"1.1 一是|经济增长"_qs, u"1.2 二是|民生改善"_qs};
    QTest::addRow("a list inside prose after a part's paragraph items")
        << u"一、回顾\n一是经济增长。"_qs + body + u"\n二是民生改善。"_qs + body +
               u"\n过去五年成就显著。一是经济持续发展。"_qs + body + u"二是结构不断优化。"_qs + body
        << QStringList{u"1 一、|回顾"_qs, u"1.1 一是|经济增长"_qs, u"1.2 二是|民生改善"_qs};
    QTest::addRow("an inline list again after an inline list")
        << u"一、安排\n推进工作。一是抓学习；二是抓落实。\n健全机制。一是抓考核；二是抓监督。"_qs
        << QStringList{u"1 一、|安排"_qs, u"1.1 一是|抓学习"_qs, u"1.2 二是|抓落实"_qs,
                       u"1.3 一是|抓考核"_qs, u"1.4 二是|抓监督"_qs};
    QTest::addRow("items separated by semicolons after a sentence")
        << u"一、安排\n全面推进工作。一是抓学习；二是抓落实；三是抓考核。"_qs
        << QStringList{u"1 一、|安排"_qs, u"1.1 一是|抓学习"_qs, u"1.2 二是|抓落实"_qs,
                       u"1.3 三是|抓考核"_qs};
    QTest::addRow("1. items") << u"一、任务\n1.加强领导。"_qs + body + u"\n2.完善制度。"_qs + body
                              << QStringList{u"1 一、|任务"_qs, u"1.1 1.|加强领导"_qs,
                                             u"1.2 2.|完善制度"_qs};
    QTest::addRow("1、 items") << u"一、任务\n1、加强领导。"_qs + body + u"\n2、完善制度。"_qs +
                                      body
                               << QStringList{u"1 一、|任务"_qs, u"1.1 1、|加强领导"_qs,
                                              u"1.2 2、|完善制度"_qs};
    QTest::addRow("1． full-width and 2. half-width in one list")
        << u"一、任务\n1．加强领导。"_qs + body + u"\n2.完善制度。"_qs + body
        << QStringList{u"1 一、|任务"_qs, u"1.1 1．|加强领导"_qs, u"1.2 2.|完善制度"_qs};
    QTest::addRow("1. numbering continues across parents")
        << u"（一）稳增长\n1.产值增长。"_qs + body + u"\n2.投资增长。"_qs + body +
               u"\n（二）促转型\n3.创新发展。"_qs + body
        << QStringList{u"1 （一）|稳增长"_qs, u"1.1 1.|产值增长"_qs, u"1.2 2.|投资增长"_qs,
                       u"2 （二）|促转型"_qs, u"2.1 3.|创新发展"_qs};
    QTest::addRow("decimal-looking item continues a list")
        << u"（一）民生\n1.民生支出增长。"_qs + body + u"\n2.151件实事完成。"_qs + body
        << QStringList{u"1 （一）|民生"_qs, u"1.1 1.|民生支出增长"_qs, u"1.2 2.|151件实事完成"_qs};
    QTest::addRow("第一， ordinals")
        << u"一、体会\n第一，必须坚持党的领导。"_qs + body + u"\n第二，必须坚持人民至上。"_qs + body
        << QStringList{u"1 一、|体会"_qs, u"1.1 第一，|必须坚持党的领导"_qs,
                       u"1.2 第二，|必须坚持人民至上"_qs};
    QTest::addRow("（1） under 1.")
        << u"一、任务\n1.推进改革\n（1）深化改革。"_qs + body + u"\n（2）扩大开放。"_qs + body
        << QStringList{u"1 一、|任务"_qs, u"1.1 1.|推进改革"_qs, u"1.1.1 （1）|深化改革"_qs,
                       u"1.1.2 （2）|扩大开放"_qs};
    QTest::addRow("unnumbered parts above （一）")
        << u"同志们：\n"_qs + body + u"\n2016年工作回顾\n"_qs + body + u"\n（一）稳增长\n"_qs +
               body + u"\n2017年主要工作任务\n"_qs + body + u"\n（一）抓创新\n"_qs + body
        << QStringList{u"0 |"_qs, u"1 |2016年工作回顾"_qs, u"1.1 （一）|稳增长"_qs,
                       u"2 |2017年主要工作任务"_qs, u"2.1 （一）|抓创新"_qs};
    QTest::addRow("“十四五” part title")
        << u"“十四五”时期工作回顾\n"_qs + body + u"\n一、经济发展\n"_qs + body
        << QStringList{u"1 |“十四五”时期工作回顾"_qs, u"1.1 一、|经济发展"_qs};
    QTest::addRow("numbering restarts in a new part")
        << u"2016年工作回顾\n一、经济\n"_qs + body + u"\n二、民生\n"_qs + body +
               u"\n2017年工作安排\n一、改革\n"_qs + body
        << QStringList{u"1 |2016年工作回顾"_qs, u"1.1 一、|经济"_qs, u"1.2 二、|民生"_qs,
                       u"2 |2017年工作安排"_qs, u"2.1 一、|改革"_qs};
    QTest::addRow("chapters") << u"第一部分 总体要求\n"_qs + body + u"\n第二部分 主要任务\n"_qs +
                                     body
                              << QStringList{u"1 第一部分|总体要求"_qs, u"2 第二部分|主要任务"_qs};
    QTest::addRow("attachment with title on next line")
        << u"一、正文\n"_qs + body +
               u"\n附件一\n名词解释\n1.四上企业：指规模以上工业企业、资质等级建筑业企业、"
               u"限额以上批零住餐企业、规模以上服务业企业。\n"_qs
        << QStringList{u"1 一、|正文"_qs, u"2 附件一|名词解释"_qs, u"2.1 1.|四上企业"_qs};
    QTest::addRow("dash lead items")
        << u"一、回顾\n——经济稳中提质。"_qs + body + u"\n——民生持续改善。"_qs + body
        << QStringList{u"1 一、|回顾"_qs, u"1.1 ——|经济稳中提质"_qs, u"1.2 ——|民生持续改善"_qs};
    QTest::addRow("preamble and closing")
        << u"现将有关情况报告如下：\n一、工作情况\n"_qs + body +
               u"\n特此报告。\n某某市人民政府\n2022年1月5日\n"_qs
        << QStringList{u"0 |"_qs, u"1 一、|工作情况"_qs, u"2 |"_qs};
    QTest::addRow("ideographic spaces and NBSP before markers")
        << u"\u3000\u3000一、工作情况\n\u00a0\u00a0(一)加强领导。"_qs + body
        << QStringList{u"1 一、|工作情况"_qs, u"1.1 (一)|加强领导"_qs};
    QTest::addRow("CRLF line endings")
        << u"一、工作情况\r\n(一)加强领导。"_qs + body + u"\r\n(二)完善制度。"_qs + body
        << QStringList{u"1 一、|工作情况"_qs, u"1.1 (一)|加强领导"_qs, u"1.2 (二)|完善制度"_qs};
    QTest::addRow("file that starts mid-report")
        << u"三、下一步计划\n"_qs + body + u"\n四、保障措施\n"_qs + body
        << QStringList{u"1 三、|下一步计划"_qs, u"2 四、|保障措施"_qs};
    QTest::addRow("part holding only paragraphs in a report divided into parts")
        << u"各位代表：\n"_qs + body + u"\n2015年工作回顾\n"_qs + body + u"\n（一）经济\n"_qs +
               body + u"\n“十三五”时期建设主要思路\n"_qs + body +
               u"\n2016年主要工作\n（一）项目\n"_qs + body
        << QStringList{u"0 |"_qs,
                       u"1 |2015年工作回顾"_qs,
                       u"1.1 （一）|经济"_qs,
                       u"2 |“十三五”时期建设主要思路"_qs,
                       u"3 |2016年主要工作"_qs,
                       u"3.1 （一）|项目"_qs};
    QTest::addRow("marker alone on its line")
        << u"一、总体情况\n（一）加强领导。"_qs + body + u"\n（二）\n依法全面履行政府职能\n"_qs +
               body
        << QStringList{u"1 一、|总体情况"_qs, u"1.1 （一）|加强领导"_qs,
                       u"1.2 （二）|依法全面履行政府职能"_qs};
    QTest::addRow("attachment listed, then given")
        << u"一、回顾\n"_qs + body + u"\n附件：《政府工作报告》名词注释\n附件\n名词注释\n"_qs + body
        << QStringList{u"1 一、|回顾"_qs, u"2 附件|名词注释"_qs};
    QTest::addRow("一要 items") << u"一、要求\n总体要求如下。一要稳增长。"_qs + body +
                                       u"二要促改革。"_qs + body
                                << QStringList{u"1 一、|要求"_qs, u"1.1 一要|稳增长"_qs,
                                               u"1.2 二要|促改革"_qs};
    // The scans for terminators and item markers skip runs of ideographs eight characters a
    // step: a mark at each place of a step, and after the last whole step, is found.
    const QString words = u"加强党的领导完善制度健全机构职能推进依法行政"_qs;
    for (int length : {1, 7, 8, 9, 15, 16, 17}) {
        const QString title = words.left(length);
        QTest::addRow("run-in title of %d characters", length)
            << u"一、工作情况\n(一)"_qs + title + u"。"_qs + body + u"\n(二)一"_qs + title +
                   u"。说明"_qs
            << QStringList{u"1 一、|工作情况"_qs, u"1.1 (一)|"_qs + title,
                           u"1.2 (二)|一"_qs + title};
        QTest::addRow("inline items after %d characters", length)
            << u"一、安排\n"_qs + title + u"。一是"_qs + title + u"；二是"_qs + words.left(8) +
                   u"；三是"_qs + title + u"。"_qs
            << QStringList{u"1 一、|安排"_qs, u"1.1 一是|"_qs + title,
                           u"1.2 二是|"_qs + words.left(8), u"1.3 三是|"_qs + title};
    }
    QTest::addRow("address to delegates returns to the top level")
        << u"一、回顾\n（一）经济\n"_qs + body + u"\n各位代表，成绩来之不易。\n二、计划\n"_qs + body
        << QStringList{u"1 一、|回顾"_qs, u"1.1 （一）|经济"_qs, u"2 二、|计划"_qs};
}

void TestReportParser::headingStyles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, outline);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    QCOMPARE(outlineOf(*report), outline);
}

void TestReportParser::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("outline"); // "id role|marker|title"
    const QString body = u"这是一段正文，说明有关情况，内容较长以便看作正文段落。"_qs;
    QTest::addRow("final exhortation is the closing")
        << u"开头的话，说明情况。\n一、回顾\n"_qs + body + u"\n二、安排\n(一)抓落实。"_qs + body +
               u"\n各位代表！让我们团结奋斗，再创佳绩。"_qs
        << QStringList{u"0 preamble||"_qs, u"1 body|一、|回顾"_qs, u"2 body|二、|安排"_qs,
                       u"2.1 body|(一)|抓落实"_qs, u"3 closing||"_qs};
    QTest::addRow("a part without subsections keeps its first paragraph")
        << u"一、回顾\n各位代表，"_qs + body << QStringList{u"1 body|一、|回顾"_qs};
    QTest::addRow("glossary heading line with its items")
        << u"一、回顾\n"_qs + body + u"\n名词解释：\n1.四上企业（P2，P15）：指规模以上工业企业。"_qs
        << QStringList{u"1 body|一、|回顾"_qs, u"2 glossary||名词解释"_qs,
                       u"2.1 glossary|1.|四上企业"_qs};
    QTest::addRow("attachment glossary and appendix")
        << u"一、回顾\n"_qs + body + u"\n附件1：有关名词解释\n"_qs + body +
               u"\n附件2：统计表\n"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs, u"2 glossary|附件1|有关名词解释"_qs,
                       u"3 appendix|附件2|统计表"_qs};
    QTest::addRow("table captions in an appendix")
        << u"一、回顾\n"_qs + body +
               u"\n附件二\n经济数据和指标预期\n2016年主要经济指标完成情况\n"_qs +
               u"指标\t完成增长\n地区生产总值\t8.8\n2017年主要指标预期\n指标\t预期\n"_qs +
               u"地区生产总值\t增长8.5%左右\n"_qs
        << QStringList{u"1 body|一、|回顾"_qs, u"2 appendix|附件二|经济数据和指标预期"_qs,
                       u"2.1 appendix||2016年主要经济指标完成情况"_qs,
                       u"2.2 appendix||2017年主要指标预期"_qs};
    QTest::addRow("a line above a table in the body is text")
        << u"一、回顾\n"_qs + body +
               u"\n主要经济指标完成情况\n指标\t完成增长\n地区生产总值\t8.8\n"_qs
        << QStringList{u"1 body|一、|回顾"_qs};
    QTest::addRow("dash highlights under subsections stay text")
        << u"一、回顾\n——经济稳中提质。"_qs + body + u"\n——民生持续改善。"_qs + body +
               u"\n(一)抓落实。"_qs + body + u"\n(二)抓改革。"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs, u"1.1 body|(一)|抓落实"_qs,
                       u"1.2 body|(二)|抓改革"_qs};
    QTest::addRow("numbered items outrank dashes")
        << u"一、回顾\n——经济稳中提质。"_qs + body + u"\n一是抓落实。"_qs + body +
               u"\n二是抓改革。"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs, u"1.1 body|一是|抓落实"_qs,
                       u"1.2 body|二是|抓改革"_qs};
    QTest::addRow("inline list in one of several paragraphs is prose")
        << u"一、回顾\n"_qs + body + u"\n注重以下几点。一是抓落实。二是抓改革。"_qs
        << QStringList{u"1 body|一、|回顾"_qs};
    QTest::addRow("a list after a colon in the last paragraph is the section's items")
        << u"五、存在的问题及改进情况\n"_qs + body +
               u"\n下一步将抓好以下工作：一是规范办理。二是优化公开。"_qs
        << QStringList{u"1 body|五、|存在的问题及改进情况"_qs, u"1.1 body|一是|规范办理"_qs,
                       u"1.2 body|二是|优化公开"_qs};
    QTest::addRow("a list after a colon with a paragraph after it is prose")
        << u"一、回顾\n"_qs + body + u"\n我们抓好以下工作：一是抓落实。二是抓改革。\n"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs};
    QTest::addRow("stand-alone lead lines among siblings")
        << u"一、回顾\n经济运行持续向好。\n"_qs + body + u"\n特色产业向新向优。\n"_qs + body +
               u"\n民生改善可感可及。\n"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs, u"1.1 body||经济运行持续向好"_qs,
                       u"1.2 body||特色产业向新向优"_qs, u"1.3 body||民生改善可感可及"_qs};
    QTest::addRow("a list in the opening paragraph does not hide a mid-report part")
        << u"过去一年，我们做到：一是抓落实；二是抓改革。"_qs + body + u"\n二、安排\n"_qs + body
        << QStringList{u"0 preamble||"_qs, u"1 body|二、|安排"_qs};
    QTest::addRow("a marker split over two lines")
        << u"一、回顾\n(一)抓落实。"_qs + body + u"\n（\n二）抓改革。"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs, u"1.1 body|(一)|抓落实"_qs,
                       u"1.2 body|（二）|抓改革"_qs};
    QTest::addRow("two short lines are paragraphs")
        << u"一、回顾\n经济运行持续向好。\n"_qs + body + u"\n特色产业向新向优。\n"_qs + body
        << QStringList{u"1 body|一、|回顾"_qs};
}

void TestReportParser::roles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, outline);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    QStringList out;
    for (int i = 0; i < report->sectionCount(); ++i) {
        const Section &s = report->section(i);
        out.append(s.id + QLatin1Char(' ') + Section::roleName(s.role) + QLatin1Char('|') +
                   s.marker + QLatin1Char('|') + s.title);
    }
    QCOMPARE(out, outline);
}

void TestReportParser::headingHints_data()
{
    // Blocks as a DOCX, HTML or PDF reader gives them: (type, level, text); type h = hint.
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("outline");
    const QString body = u"p|0|这是一段正文，说明有关情况，内容较长以便看作正文段落。"_qs;
    QTest::addRow("hints without markers make headings by level")
        << QStringList{u"h|1|工作回顾"_qs, body, u"h|2|经济发展"_qs, body,
                       u"h|2|民生改善"_qs, body, u"h|1|今后安排"_qs, body}
        << QStringList{u"1 |工作回顾"_qs, u"1.1 |经济发展"_qs, u"1.2 |民生改善"_qs,
                       u"2 |今后安排"_qs};
    QTest::addRow("a hint of unknown level is a top heading")
        << QStringList{u"h|0|工作回顾"_qs, body, u"h|0|今后安排"_qs, body}
        << QStringList{u"1 |工作回顾"_qs, u"2 |今后安排"_qs};
    QTest::addRow("hinted marker headings keep their markers")
        << QStringList{u"h|1|一、工作回顾"_qs, body, u"h|2|重点任务"_qs, body}
        << QStringList{u"1 一、|工作回顾"_qs, u"1.1 |重点任务"_qs};
    QTest::addRow("no hints: a short line alone is text")
        << QStringList{body, u"p|0|重点任务"_qs, body} << QStringList{u"1 |"_qs};
    // t: the reader's own title (SourceMetadata::title), no block. A web page's title put first
    // as a heading is the report's title, not a section above the page's own headings.
    const QString title = u"女儿出嫁，郑板桥画了几笔兰花当嫁妆"_qs;
    QTest::addRow("the reader's title first is the title, not a section")
        << QStringList{u"t|0|"_qs + title,
                       u"h|1|"_qs + title,
                       body,
                       u"h|2|《冬夜读书示子聿》"_qs,
                       body,
                       u"h|2|《诫子诗》"_qs,
                       body}
        << QStringList{u"0 |"_qs, u"1 |《冬夜读书示子聿》"_qs, u"2 |《诫子诗》"_qs};
    QTest::addRow("a first heading other than the title is a section")
        << QStringList{u"t|0|"_qs + title, u"h|1|工作回顾"_qs, body, u"h|2|经济发展"_qs, body}
        << QStringList{u"1 |工作回顾"_qs, u"1.1 |经济发展"_qs};
}

void TestReportParser::headingHints()
{
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, outline);
    SourceDocumentBuilder builder;
    for (const QString &b : std::as_const(blocks)) {
        const QStringList f = b.split(QLatin1Char('|'));
        if (f.at(0) == u"t"_qs)
            builder.metadata().title = f.at(2);
        else if (f.at(0) == u"h"_qs)
            builder.addHeadingHint(f.at(2), f.at(1).toInt());
        else
            builder.addParagraph(f.at(2));
    }
    // The reader's title is the report's when the first block is that title.
    const QString title =
        blocks.size() > 1 && blocks.at(1).endsWith(u'|' + builder.metadata().title)
            ? builder.metadata().title
            : QString();
    const ReportParser::Result r = ReportParser::parse(builder.take(), QString());
    QVERIFY2(r.report, qPrintable(r.errorMessage));
    QCOMPARE(outlineOf(*r.report), outline);
    if (!title.isEmpty())
        QCOMPARE(r.report->metadata().title, title);
}

void TestReportParser::notHeadings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("outline");
    const QString body = u"这是一段正文，说明有关情况。"_qs;
    QTest::addRow("目标：一是…，二是… inside a sentence")
        << u"一、目标\n发展目标：一是经济增长，二是民生改善，三是环境优化。"_qs
        << QStringList{u"1 一、|目标"_qs};
    QTest::addRow("差距：一是…；二是… after a colon")
        << u"一、问题\n还存在一些差距：一是示范不够；二是监督不足。"_qs
        << QStringList{u"1 一、|问题"_qs, u"1.1 一是|示范不够"_qs, u"1.2 二是|监督不足"_qs};
    QTest::addRow("市、县(区)政府 and 乡镇(街道) mid-sentence")
        << u"一、执法\n建成市、县(区)两级平台5个，完成全市101个乡镇(街道)改革。"_qs
        << QStringList{u"1 一、|执法"_qs};
    QTest::addRow("三是 without 一是 before it")
        << u"一、情况\n工作取得成效。三是另一件事。"_qs << QStringList{u"1 一、|情况"_qs};
    QTest::addRow("decimal number at paragraph start")
        << u"一、经济\n1.5亿元资金全部到位，"_qs + body << QStringList{u"1 一、|经济"_qs};
    QTest::addRow("years at paragraph start")
        << u"一、回顾\n2021年，我市坚持依法行政。\n2022年，我市将继续推进。"_qs
        << QStringList{u"1 一、|回顾"_qs};
    QTest::addRow("item number out of sequence")
        << u"一、情况\n"_qs + body + u"\n5.其他事项说明。"_qs << QStringList{u"1 一、|情况"_qs};
    QTest::addRow("table rows")
        << u"一、附表\n下表列出各项工作的完成情况，具体如下。\n1\t学校建设\t已完成\n2\t医院建设\t已完成"_qs
        << QStringList{u"1 一、|附表"_qs};
    QTest::addRow("short line inside a numbered section is not a part")
        << u"一、经济\n"_qs + body + u"\n主要经济指标\n1.生产总值增长。"_qs + body
        << QStringList{u"1 一、|经济"_qs, u"1.1 1.|生产总值增长"_qs};
    QTest::addRow("items joined by commas are one sentence")
        << u"一、要求\n总体要求如下。一要稳增长，二要促改革，三要惠民生。"_qs
        << QStringList{u"1 一、|要求"_qs};
    QTest::addRow("title repeated above the text")
        << u"当前位置：首页 > 工作报告\n2020年某区法治政府建设情况报告\n来源：司法局\n"
           u"2020年某区法治政府建设情况报告\n2020年，某区坚持依法行政，成效明显。\n一、主要举措\n"_qs +
               body
        << QStringList{u"0 |"_qs, u"1 一、|主要举措"_qs};
    QTest::addRow("menu entry above the title")
        << u"今天是：2019年10月31日 星期三\n工作报告\n您所在的位置：政务公开 > 工作报告\n"
           u"2020年某区法治政府建设情况报告\n2020年，某区坚持依法行政，成效明显。\n一、主要举措\n"_qs +
               body
        << QStringList{u"0 |"_qs, u"1 一、|主要举措"_qs};
    QTest::addRow("唯一是 is no item")
        << u"一、原则\n"_qs + body + u"唯一是标准。"_qs << QStringList{u"1 一、|原则"_qs};
}

void TestReportParser::notHeadings()
{
    headingStyles();
}

void TestReportParser::chrome_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustNotContain");
    const QString body = u"一、工作情况\n这是一段正文，说明有关情况。\n"_qs;
    QTest::addRow("breadcrumb") << u"首页\n>政府信息公开>法定主动公开内容>法治工作\n"_qs + body
                                << u"政府信息公开"_qs;
    QTest::addRow("field lines") << u"索引号: 1162/2022-06008 公开方式: 主动公开\n"_qs
                                    u"发布机构: 市司法局 组配分类: 法治工作\n"_qs +
                                        body
                                 << u"主动公开"_qs;
    QTest::addRow("scan to open on phone") << body + u"扫一扫在手机打开当前页\n"_qs << u"扫一扫"_qs;
    QTest::addRow("print and close") << body + u"打印本页 关闭窗口\n"_qs << u"关闭窗口"_qs;
    QTest::addRow("produced by") << body + u"Produced By 大汉网络 大汉版通发布系统\n"_qs
                                 << u"Produced"_qs;
    QTest::addRow("font size switch")
        << u"下载\n打印\n【字号：\n大\n中\n小\n】\n"_qs + body << u"字号"_qs;
    QTest::addRow("view count") << u"浏览次数：123\n"_qs + body << u"浏览次数"_qs;
    QTest::addRow("responsible editor") << body + u"【我要纠错】责任编辑：王安\n"_qs << u"王安"_qs;
    QTest::addRow("related reports") << body + u"相关报道：\n某某新闻标题\n"_qs << u"相关报道"_qs;
    QTest::addRow("text resumes after a trailer (several pages in one file)")
        << u"一、第一篇\n第一篇的正文，说明情况。\n责任编辑：王安\n相关报道：\n某某新闻标题\n"
           u"索引号：123\n第二篇的前言，说明情况。\n第二篇的正文，继续说明。\n"_qs +
               body
        << u"王安"_qs;
    QTest::addRow("photo caption")
        << u"殷勇同志作政府工作报告。本报记者 戴冰摄\n"_qs + body << u"戴冰"_qs;
    QTest::addRow("site navigation above the title")
        << u"网站首页\n政务公开\n互动交流\n某市2021年度法治政府建设情况报告\n"_qs + body
        << u"互动交流"_qs;
}

void TestReportParser::chrome()
{
    QFETCH(QString, text);
    QFETCH(QString, mustNotContain);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    for (const Section &s : report->sections()) {
        QVERIFY2(!s.text.contains(mustNotContain), qPrintable(s.text));
        QVERIFY2(!s.title.contains(mustNotContain), qPrintable(s.title));
    }
    QCOMPARE(report->sections().last().title, u"工作情况"_qs);
}

void TestReportParser::bodyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::addRow("run-in heading: rest of the paragraph is body")
        << u"一、情况\n(一)加强领导。召开会议8次。"_qs << u"1.1"_qs << u"召开会议8次。"_qs;
    QTest::addRow("text before inline items belongs to the heading")
        << u"(一)加强领导。总体要求如下。一是学习。学习10次。二是考核。"_qs << u"1"_qs
        << u"总体要求如下。"_qs;
    QTest::addRow("item text ends at the next item")
        << u"(一)加强领导。一是学习。学习10次。二是考核。"_qs << u"1.1"_qs << u"学习10次。"_qs;
    QTest::addRow("paragraph after items goes back to the heading")
        << u"一、回顾\n一是经济。增长5%。\n二是民生。改善。\n总之成绩显著。"_qs << u"1"_qs
        << u"总之成绩显著。"_qs;
    QTest::addRow("heading line owns following paragraphs")
        << u"一、回顾\n这是第一段文字。\n这是第二段文字。"_qs << u"1"_qs
        << u"这是第一段文字。\n这是第二段文字。"_qs;
    QTest::addRow("display text keeps full-width and NBSP")
        << u"一、回顾\n产值１６６５．２亿元，\u00a0增长１４．２％。"_qs << u"1"_qs
        << u"产值１６６５．２亿元，\u00a0增长１４．２％。"_qs;
    QTest::addRow("text after a page trailer is kept")
        << u"一、第一篇\n第一篇的正文，说明情况。\n责任编辑：王安\n相关报道：\n某某新闻标题\n"
           u"第二篇的前言，说明情况。\n第二篇的正文，继续说明。\n第二篇的结尾，继续说明。"_qs
        << u"1"_qs
        << u"第一篇的正文，说明情况。\n第二篇的前言，说明情况。\n第二篇的正文，继续说明。\n"
           u"第二篇的结尾，继续说明。"_qs;
    // A paragraph about the whole part after its last subsection (一年来，此外，) is the part's.
    QTest::addRow("part's closing paragraph after its last subsection")
        << u"一、回顾\n（一）经济。增长5%"
           u"。\n（二）民生。就业稳定。\n一年来，我们加强政府建设，成效明显。\n"
           u"二、安排\n继续努力。"_qs
        << u"1"_qs << u"一年来，我们加强政府建设，成效明显。"_qs;
    QTest::addRow("the last subsection keeps its own text")
        << u"一、回顾\n（一）经济。增长5%"
           u"。\n（二）民生。就业稳定。\n此外，统计、档案等工作取得新进展。\n"
           u"二、安排\n继续努力。"_qs
        << u"1.2"_qs << u"就业稳定。"_qs;
    QTest::addRow("items of the part's closing paragraph stay with the part")
        << u"一、回顾\n（一）经济。增长5%"
           u"。\n（二）民生。就业稳定。\n过去五年，一是开放，二是改革。\n"
           u"二、安排\n继续努力。"_qs
        << u"1"_qs << u"过去五年，一是开放，二是改革。"_qs;
    QTest::addRow("such a paragraph in a middle subsection stays there")
        << u"一、回顾\n（一）经济。增长5%。\n一年来，经济稳中有进。\n（二）民生。就业稳定。\n"
           u"二、安排\n继续努力。"_qs
        << u"1.1"_qs << u"增长5%。\n一年来，经济稳中有进。"_qs;
    QTest::addRow("a subsection's first paragraph is its own")
        << u"一、回顾\n（一）经济\n（二）自身建设\n一年来，我们加强政府建设。\n二、安排\n继续努力。"_qs
        << u"1.2"_qs << u"一年来，我们加强政府建设。"_qs;
    QTest::addRow("closing holds the signature")
        << u"一、回顾\n这是正文的内容。\n特此报告。\n某市人民政府\n2022年1月5日"_qs << u"2"_qs
        << u"特此报告。\n某市人民政府\n2022年1月5日"_qs;
}

void TestReportParser::bodyText()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    QCOMPARE(textOf(*report, id), expected);
}

void TestReportParser::metadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // title, issuer, date, published, source
    const QString body = u"一、工作情况\n这是一段正文，说明有关情况。\n"_qs;
    QTest::addRow("work report title block")
        << u"下载\n打印\n2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第五次会议上\n来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇\n各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作。\n"_qs +
               body
        << QStringList{u"2026年北京市政府工作报告"_qs, u"北京市人民政府"_qs, u"2026-01-25"_qs,
                       u"2026-02-02"_qs, u"北京日报"_qs};
    QTest::addRow("Chinese-numeral signature date")
        << body + u"特此报告。\n某某县人民政府\n二〇二六年一月二十七日\n"_qs
        << QStringList{QString(), u"某某县人民政府"_qs, u"2026-01-27"_qs, QString(), QString()};
    QTest::addRow("issuer and date on one line")
        << body + u"某某区司法局 2023年3月1日\n"_qs
        << QStringList{QString(), u"某某区司法局"_qs, u"2023-03-01"_qs, QString(), QString()};
    QTest::addRow("news agency dateline")
        << u"新华社北京3月12日电\n政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"_qs +
               body
        << QStringList{u"政府工作报告"_qs, u"国务院"_qs, u"2024-03-05"_qs, QString(), u"新华社"_qs};
    QTest::addRow("update time as publication date")
        << u"2020年某区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n"_qs +
               body
        << QStringList{u"2020年某区法治政府建设情况报告"_qs, QString(), QString(), u"2021-03-29"_qs,
                       u"司法局"_qs};
    QTest::addRow("placeless issuer is dropped")
        << u"各位代表：\n现在，我代表省人民政府，向大会报告政府工作。\n"_qs + body
        << QStringList{QString(), QString(), QString(), QString(), QString()};
    QTest::addRow("field values as written")
        << u"来源：北京日报　社会版\n"_qs + body
        << QStringList{QString(), QString(), QString(), QString(), u"北京日报　社会版"_qs};
    QTest::addRow("field dates")
        << u"发布机构：某市司法局\n成文日期：2022-03-04\n发布日期：2022-03-05 10:00\n"_qs + body
        << QStringList{QString(), u"某市司法局"_qs, u"2022-03-04"_qs, u"2022-03-05"_qs, QString()};
}

void TestReportParser::metadata()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    const ReportMetadata &m = report->metadata();
    QCOMPARE(QStringList({m.title, m.issuer, m.date, m.published, m.source}), expected);
}

void TestReportParser::speaker_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("name");
    QTest::addRow("post and name")
        << u"四川省人民政府省长 施小琳"_qs << u"四川省人民政府省长"_qs << u"施小琳"_qs;
    QTest::addRow("post without place") << u"省长　王予波"_qs << u"省长"_qs << u"王予波"_qs;
    QTest::addRow("name alone before the salutation") << u"毛伟明"_qs << QString() << u"毛伟明"_qs;
}

void TestReportParser::speaker()
{
    QFETCH(QString, head);
    QFETCH(QString, post);
    QFETCH(QString, name);
    const ReportPtr report = parse(
        u"2026年某某省政府工作报告\n——2026年1月28日在某某省第十四届人民代表大会第四次会议上\n"_qs +
        head +
        u"\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、工作回顾\n这是正文，说明情况。\n"_qs);
    QVERIFY(report);
    const ReportFacts &facts = report->metadata().facts;
    QCOMPARE(facts.speakerPost, post);
    QCOMPARE(facts.speakerName, name);
    QCOMPARE(facts.speakerSource, ReportFacts::Source::Title);
    // The speaker line is front matter: the report starts with the salutation.
    QCOMPARE(report->section(0).text.left(5), u"各位代表："_qs);
    const QJsonObject meta = ReportJson::outline(*report).value(u"metadata"_qs).toObject();
    QCOMPARE(meta.value(u"speaker_post"_qs).toString(), post);
    QCOMPARE(meta.value(u"speaker_name"_qs).toString(), name);
    QCOMPARE(meta.value(u"sources"_qs).toObject().value(u"speaker_name"_qs).toString(),
             u"title"_qs);
}

void TestReportParser::noStructure_data()
{
    QTest::addColumn<QString>("text");
    QString nav;
    for (int i = 0; i < 300; ++i)
        nav += u"栏目%1\n+\n通知公告\n"_qs.arg(i);
    QTest::addRow("site navigation") << nav;
    QTest::addRow("only short lines") << u"a\nb\nc\n"_qs.repeated(1000);
    QTest::addRow("only spaces and chrome") << u"首页\n扫一扫在手机打开当前页\n"_qs;
}

void TestReportParser::noStructure()
{
    QFETCH(QString, text);
    const ReportParser::Result r = ReportParser::parse(text);
    QVERIFY(!r.report);
    QCOMPARE(r.error, ReportParser::Error::NoStructure);
    QVERIFY(r.errorMessage.contains(u"No report structure"_qs));
}

void TestReportParser::duplicateCopy()
{
    const QString copy =
        u"各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、回顾\n过去一年成绩显著。\n"
        u"二、任务\n（一）发展产业。推进工作。\n（二）扩大内需。推进工作。\n"_qs;
    const QString text = copy + u"新华社北京3月12日电\n政府工作报告\n"_qs + copy;
    const ReportPtr report = parse(text);
    QVERIFY(report);
    QCOMPARE(outlineOf(*report),
             QStringList({u"0 |"_qs, u"1 一、|回顾"_qs, u"2 二、|任务"_qs,
                          u"2.1 （一）|发展产业"_qs, u"2.2 （二）|扩大内需"_qs}));
    QCOMPARE(report->warnings().size(), 1);
    QCOMPARE(report->warnings().first().type(), ReportWarning::Type::DuplicateCopy);
    QVERIFY(report->warnings().first().message().contains(u"twice"_qs));
    QCOMPARE(report->metadata().title, u"政府工作报告"_qs);
    // The kept copy is the second one, after the title.
    QVERIFY(report->section(1).range.start > text.indexOf(u"政府工作报告"_qs));
}

void TestReportParser::duplicateCopyLines_data()
{
    QTest::addColumn<QString>("lineBreak");
    QTest::addRow("LF") << u"\n"_qs;
    QTest::addRow("CRLF") << u"\r\n"_qs;
    QTest::addRow("CR") << u"\r"_qs;
}

void TestReportParser::duplicateCopyLines()
{
    // The warning names the lines as an editor numbers them, whatever ends the lines.
    QFETCH(QString, lineBreak);
    QString copy =
        u"各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、回顾\n过去一年成绩显著。\n"
        u"二、任务\n（一）发展产业。推进工作。\n（二）扩大内需。推进工作。\n"_qs;
    QString text = copy + u"新华社北京3月12日电\n政府工作报告\n"_qs + copy;
    text.replace(u"\n"_qs, lineBreak);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    QCOMPARE(report->warnings().size(), 1);
    const ReportWarning &w = report->warnings().first();
    QCOMPARE(w.type(), ReportWarning::Type::DuplicateCopy);
    QCOMPARE(w.arguments(), QVariantList({1, 7, 10, 16}));
    QVERIFY2(w.message().contains(u"lines 1–7 repeat in lines 10–16"_qs), qPrintable(w.message()));
}

// A section's blocks as "P:text" and "T:a|b/c|d" (rows split by '/', cells by '|'), read
// through their ranges in Section::text.
QStringList blocksOf(const Section &s)
{
    QStringList out;
    for (const SectionBlock &b : s.blocks) {
        if (b.type != SectionBlock::Type::Table) {
            out.append((b.type == SectionBlock::Type::ListItem ? u"L:"_qs : u"P:"_qs) +
                       s.textAt(b.range).toString());
            continue;
        }
        QStringList rows;
        for (const TableRow &row : b.rows) {
            QStringList cells;
            for (const TableCell &cell : row.cells)
                cells.append(s.textAt(cell.span).toString());
            rows.append(cells.join(u'|'));
        }
        out.append(u"T:"_qs + rows.join(u'/'));
    }
    return out;
}

void TestReportParser::sectionBlocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("blocks");

    const QString table = u"一、主要指标\n全年经济平稳运行，各项指标完成良好。\n"
                          u"指标\t完成值\t增长\n地区生产总值\t3003亿元\t8.8%\n"
                          u"规上工业增加值\t1340亿元\t8.3%\n二、下一步安排\n"
                          u"继续推进各项工作，确保完成目标任务。\n"_qs;
    QTest::addRow("table after a paragraph")
        << table << u"1"_qs
        << QStringList{
               u"P:全年经济平稳运行，各项指标完成良好。"_qs,
               u"T:指标|完成值|增长/地区生产总值|3003亿元|8.8%/规上工业增加值|1340亿元|8.3%"_qs};
    QTest::addRow("section after the table")
        << table << u"2"_qs << QStringList{u"P:继续推进各项工作，确保完成目标任务。"_qs};
    QTest::addRow("padded cells, wrapped cell row")
        << u"一、民生实事\n今年办好十件民生实事，情况如下。\n\u3000\u3000序号\t\u3000\u3000任务\t"
           u"\u3000\u3000落实情况\n\u3000\u30001\t\u3000\u3000扩建学校\n\t\u3000\u3000已完工。\n"_qs
        << u"1"_qs
        << QStringList{u"P:今年办好十件民生实事，情况如下。"_qs,
                       u"T:序号|任务|落实情况/1|扩建学校/|已完工。"_qs};
    QTest::addRow("two paragraphs")
        << u"一、工作情况\n第一段文字，说明情况。\n第二段文字，继续说明。\n"_qs << u"1"_qs
        << QStringList{u"P:第一段文字，说明情况。"_qs, u"P:第二段文字，继续说明。"_qs};
    QTest::addRow("run-in heading: the text after the title")
        << u"一、工作情况\n(一)加强领导。全年学习10次，效果良好。\n"_qs << u"1.1"_qs
        << QStringList{u"P:全年学习10次，效果良好。"_qs};
}

void TestReportParser::sectionBlocks()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QStringList, blocks);
    const ReportPtr report = parse(text);
    QVERIFY(report);
    const int index = report->indexOfSection(id);
    QVERIFY2(index >= 0, qPrintable(outlineOf(*report).join(u'\n')));
    const Section &s = report->section(index);
    QCOMPARE(blocksOf(s), blocks);
    QCOMPARE(report->bodyBlocks(index).size(), blocks.size());
    // The blocks cover the text: joined by '\n' they are the text again.
    QStringList parts;
    for (const SectionBlock &b : s.blocks)
        parts.append(s.textAt(b.range).toString());
    QCOMPARE(parts.join(u'\n'), s.text);
}

void TestReportParser::tableFigureInCell()
{
    const ReportPtr report =
        parse(u"一、主要指标\n全年经济平稳运行，各项指标完成良好。\n指标\t完成值\n"
              u"地区生产总值\t3003亿元\n"_qs);
    QVERIFY(report);
    const int index = report->indexOfSection(u"1"_qs);
    QVERIFY(index >= 0);
    const Section &s = report->section(index);
    QCOMPARE(s.blocks.size(), 2);
    const SectionBlock &table = s.blocks.at(1);
    QCOMPARE(table.type, SectionBlock::Type::Table);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(1).position.line, 4);
    const TableCell &cell = table.rows.at(1).cells.at(1);
    bool found = false;
    for (int fi : report->figuresInSection(index)) {
        const Figure &f = report->figures().at(fi);
        if (s.text.mid(f.start, f.end - f.start) != u"3003亿元"_qs)
            continue;
        found = true;
        // The figure's offsets in Section::text fall inside the cell's range.
        QVERIFY(f.start >= cell.span.start && f.end <= cell.span.end);
    }
    QVERIFY(found);
}

void TestReportParser::wholeText()
{
    const ReportPtr report =
        parse(u"这是一段没有标题的文字，说明有关情况。\n第二段文字，继续说明。"_qs);
    QVERIFY(report);
    QCOMPARE(report->sectionCount(), 1);
    QCOMPARE(report->section(0).kind, Section::Kind::WholeText);
    QCOMPARE(report->warnings().size(), 1);
    QCOMPARE(report->warnings().first().type(), ReportWarning::Type::NoHeadings);
}

void TestReportParser::cancel()
{
    std::atomic_bool cancelled{true};
    ReportParser::Options options;
    options.cancel = &cancelled;
    const QString text = u"一、情况\n正文内容，说明情况。\n"_qs.repeated(20000);
    const ReportParser::Result r = ReportParser::parse(text, QString(), QString(), options);
    QCOMPARE(r.error, ReportParser::Error::Cancelled);
    QVERIFY(!r.report);
}

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
