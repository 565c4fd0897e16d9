#include "core/frontmatterreader.h"
#include "core/textclasses.h"
#include "core/textnormalizer.h"

#include <QTest>

// Openings of real reports (provinces-2026, the Wuwei sample, district pages), one line of
// the file per list entry, read by the stage as the parser hands them over.
class TestFrontMatterReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void salutation_data();
    void salutation();
};

namespace {

// One letter per line before the body, then B for the first line of the report.
QString roleCodes(const FrontMatterReader::Result &r)
{
    using Role = FrontMatterReader::Role;
    QString out;
    for (Role role : r.roles) {
        switch (role) {
        case Role::Body:
            out += u'B';
            break;
        case Role::Settled:
            out += u'-';
            break;
        case Role::Chrome:
            out += u'C';
            break;
        case Role::Breadcrumb:
            out += u'R';
            break;
        case Role::Caption:
            out += u'A';
            break;
        case Role::Field:
            out += u'F';
            break;
        case Role::Dateline:
            out += u'D';
            break;
        case Role::Title:
            out += u'T';
            break;
        case Role::Subtitle:
            out += u'S';
            break;
        case Role::Speaker:
            out += u'P';
            break;
        }
    }
    return out + u'B';
}

// As the parser marks its lines: a sentence ends or holds commas over some length.
bool isProse(QStringView v)
{
    bool comma = false;
    for (QChar c : v) {
        if (TextClasses::isSentenceEnd(c))
            return v.size() >= 6;
        if (TextClasses::is(c, TextClasses::Comma | TextClasses::Semicolon))
            comma = true;
    }
    return comma && v.size() >= 20;
}

} // namespace

void TestFrontMatterReader::read_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("salutation");

    QTest::addRow("province: title, subtitle, source, time, post and name")
        << QStringList{u"2026年安徽省政府工作报告"_qs,
                       u"——2026年2月5日在安徽省第十四届人民代表大会第四次会议上"_qs,
                       u"来源：安徽日报"_qs,
                       u"时间：2026-02-11"_qs,
                       u"省人民政府省长 王清宪"_qs,
                       u"各位代表："_qs,
                       u"现在，我代表省人民政府，向大会报告政府工作。"_qs}
        << u"TSFFPB"_qs << u"2026年安徽省政府工作报告"_qs << u"2026-02-05"_qs
        << u"省人民政府省长"_qs << u"王清宪"_qs << u"各位代表："_qs;
    QTest::addRow("post without a place, full-width space")
        << QStringList{u"政府工作报告"_qs, u"省长　王予波"_qs, u"各位代表："_qs} << u"TPB"_qs
        << u"政府工作报告"_qs << QString() << u"省长"_qs << u"王予波"_qs << u"各位代表："_qs;
    QTest::addRow("post with the government")
        << QStringList{u"政府工作报告"_qs, u"四川省人民政府省长 施小琳"_qs, u"各位代表："_qs}
        << u"TPB"_qs << u"政府工作报告"_qs << QString() << u"四川省人民政府省长"_qs << u"施小琳"_qs
        << u"各位代表："_qs;
    QTest::addRow("two-character name printed with a space")
        << QStringList{u"2026年广西壮族自治区政府工作报告"_qs,
                       u"——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上"_qs,
                       u"自治区主席 韦 韬"_qs, u"各位代表："_qs}
        << u"TSPB"_qs << u"2026年广西壮族自治区政府工作报告"_qs << u"2026-02-02"_qs
        << u"自治区主席"_qs << u"韦韬"_qs << u"各位代表："_qs;
    QTest::addRow("transcribed name with a middle dot")
        << QStringList{u"2026年新疆维吾尔自治区政府工作报告"_qs, u"来源：新疆日报"_qs,
                       u"自治区主席 艾尔肯·吐尼亚孜"_qs, u"各位代表："_qs}
        << u"TFPB"_qs << u"2026年新疆维吾尔自治区政府工作报告"_qs << QString() << u"自治区主席"_qs
        << u"艾尔肯·吐尼亚孜"_qs << u"各位代表："_qs;
    QTest::addRow("name alone, then a photo caption")
        << QStringList{u"2026年湖南省政府工作报告"_qs,
                       u"——2026年2月3日在湖南省第十四届人民代表大会第四次会议上"_qs,
                       u"来源：湖南日报"_qs,
                       u"时间：2026-02-24"_qs,
                       u"毛伟明"_qs,
                       u"2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。湖南日报全媒体记者 刘尚文 摄"_qs,
                       u"各位代表："_qs}
        << u"TSFFPAB"_qs << u"2026年湖南省政府工作报告"_qs << u"2026-02-03"_qs << QString()
        << u"毛伟明"_qs << u"各位代表："_qs;
    QTest::addRow("caption naming the speaker after the speaker line")
        << QStringList{u"2026年江苏省政府工作报告"_qs, u"省长 刘小涛"_qs,
                       u"省长刘小涛代表省人民政府向大会作政府工作报告。本报记者 朱江 摄"_qs,
                       u"各位代表："_qs}
        << u"TPAB"_qs << u"2026年江苏省政府工作报告"_qs << QString() << u"省长"_qs << u"刘小涛"_qs
        << u"各位代表："_qs;
    QTest::addRow("subtitle without a dash")
        << QStringList{u"2026年黑龙江省政府工作报告"_qs,
                       u"2026年1月31日在黑龙江省第十四届人民代表大会第四次会议上"_qs,
                       u"省长 梁惠玲"_qs, u"各位代表："_qs}
        << u"TSPB"_qs << u"2026年黑龙江省政府工作报告"_qs << u"2026-01-31"_qs << u"省长"_qs
        << u"梁惠玲"_qs << u"各位代表："_qs;
    QTest::addRow("subtitle after horizontal bars, bare time line")
        << QStringList{u"政府工作报告"_qs,
                       u"――2026年1月27日在青海省第十四届人民代表大会第四次会议上"_qs,
                       u"省长 罗东川"_qs,
                       u"2026-01-31 07:00:44"_qs,
                       u"来源：青海日报"_qs,
                       u"各位代表："_qs}
        << u"TSPCFB"_qs << u"政府工作报告"_qs << u"2026-01-27"_qs << u"省长"_qs << u"罗东川"_qs
        << u"各位代表："_qs;
    QTest::addRow("web page: menu, breadcrumb, field lines, title")
        << QStringList{u"首页"_qs,
                       u">政府信息公开>法定主动公开内容>其他法定信息>法治工作"_qs,
                       u"索引号: 11622300013931138G/2022-06008 公开方式: 主动公开"_qs,
                       u"发布机构: 市司法局 组配分类: 法治工作"_qs,
                       u"武威市人民政府2021年度法治政府建设情况报告"_qs,
                       u"信息来源: 武威市司法局 作者:市司法局 发布日期: 2022-03-04 14:26 浏览次数:"_qs,
                       u"2021年,武威市坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实。"_qs}
        << u"CRFFTFB"_qs << u"武威市人民政府2021年度法治政府建设情况报告"_qs << QString()
        << QString() << QString() << QString();
    QTest::addRow("当前位置 breadcrumb, title split over two lines")
        << QStringList{u"当前位置：首页 > 政务公开 > 法治政府建设"_qs, u"深圳市光明区人民政府"_qs,
                       u"关于2021年度法治政府建设情况的报告"_qs, u"一、2021年主要工作情况"_qs}
        << u"RTTB"_qs << u"深圳市光明区人民政府关于2021年度法治政府建设情况的报告"_qs << QString()
        << QString() << QString() << QString();
    QTest::addRow("a title naming its issuer is not joined to the site name")
        << QStringList{u"深圳市龙岗区人民政府"_qs, u"深圳市龙岗区2019年政府工作报告"_qs,
                       u"各位代表："_qs}
        << u"CTB"_qs << u"深圳市龙岗区2019年政府工作报告"_qs << QString() << QString() << QString()
        << u"各位代表："_qs;
    QTest::addRow("a menu with a post in it is no speaker")
        << QStringList{u"市长信箱"_qs, u"2026年北京市政府工作报告"_qs, u"各位代表："_qs}
        << u"CTB"_qs << u"2026年北京市政府工作报告"_qs << QString() << QString() << QString()
        << u"各位代表："_qs;
    QTest::addRow("news agency dateline")
        << QStringList{u"政府工作报告"_qs, u"新华社北京3月12日电"_qs, u"各位代表："_qs} << u"TDB"_qs
        << u"政府工作报告"_qs << QString() << QString() << QString() << u"各位代表："_qs;
    QTest::addRow("report opening with its salutation")
        << QStringList{u"各位代表："_qs, u"现在，我代表国务院，向大会报告政府工作。"_qs} << u"B"_qs
        << QString() << QString() << QString() << QString() << u"各位代表："_qs;
    QTest::addRow("a heading ends the front matter")
        << QStringList{u"2026年重庆市政府工作报告"_qs, u"一、2025年工作回顾"_qs} << u"TB"_qs
        << u"2026年重庆市政府工作报告"_qs << QString() << QString() << QString() << QString();
}

void TestFrontMatterReader::read()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, roles);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(QString, post);
    QFETCH(QString, name);
    QFETCH(QString, salutation);

    QStringList normalized;
    for (const QString &l : std::as_const(lines))
        normalized.append(TextNormalizer::normalize(l));
    QList<FrontMatterReader::Line> in;
    for (int i = 0; i < lines.size(); ++i) {
        FrontMatterReader::Line l;
        l.text = normalized.at(i);
        l.source = lines.at(i);
        l.prose = isProse(l.text);
        in.append(l);
    }
    const FrontMatterReader::Result r = FrontMatterReader::read(in);
    QCOMPARE(roleCodes(r), roles);
    QCOMPARE(r.bodyStart, int(roles.size()) - 1);
    QCOMPARE(r.title, title);
    QCOMPARE(r.deliveryDate, date);
    QCOMPARE(r.speakerPost, post);
    QCOMPARE(r.speakerName, name);
    QCOMPARE(r.salutation, salutation);
}

void TestFrontMatterReader::salutation_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("salutation");
    QTest::addRow("各位代表：") << u"各位代表："_qs << true;
    QTest::addRow("同志们：") << u"同志们："_qs << true;
    QTest::addRow("各位代表！") << u"各位代表！"_qs << true;
    QTest::addRow("a list lead") << u"主要做了以下工作："_qs << false;
    QTest::addRow("two addressed") << u"各位代表、同志们："_qs << true;
    QTest::addRow("a field") << u"来源：安徽日报"_qs << false;
    QTest::addRow("a sentence") << u"各位代表，过去一年极不平凡："_qs << false;
}

void TestFrontMatterReader::salutation()
{
    QFETCH(QString, line);
    QFETCH(bool, salutation);
    QCOMPARE(FrontMatterReader::isSalutation(line), salutation);
}

QTEST_GUILESS_MAIN(TestFrontMatterReader)
#include "tst_frontmatterreader.moc"
