#include "core/headingdetector.h"
#include "core/textnormalizer.h"

#include <QTest>

using Kind = Section::Kind;
Q_DECLARE_METATYPE(Section::Kind)

class TestHeadingDetector : public QObject
{
    Q_OBJECT

private slots:
    void paragraphStart_data();
    void paragraphStart();
    void inlineMarker_data();
    void inlineMarker();
};

void TestHeadingDetector::paragraphStart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("length");
    QTest::addRow("一、") << u"一、主要举措"_qs << true << Kind::ChineseComma << 1 << 2;
    QTest::addRow("十二、") << u"十二、其他"_qs << true << Kind::ChineseComma << 12 << 3;
    QTest::addRow("（七） full-width")
        << u"（七）健全机制"_qs << true << Kind::ChineseParen << 7 << 3;
    QTest::addRow("(七) half-width") << u"(七)健全机制"_qs << true << Kind::ChineseParen << 7 << 3;
    QTest::addRow("(十一)") << u"(十一)其他"_qs << true << Kind::ChineseParen << 11 << 4;
    QTest::addRow("（1）") << u"（1）深化改革"_qs << true << Kind::ArabicParen << 1 << 3;
    QTest::addRow("1.") << u"1.地区生产总值"_qs << true << Kind::ArabicDot << 1 << 2;
    QTest::addRow("10． full-width dot")
        << u"10．两中心一馆"_qs << true << Kind::ArabicDot << 10 << 3;
    QTest::addRow("1、") << u"1、康达尔学校"_qs << true << Kind::ArabicComma << 1 << 2;
    QTest::addRow("一是") << u"一是认真履行"_qs << true << Kind::Enumeration << 1 << 2;
    QTest::addRow("十一是") << u"十一是成功举办"_qs << true << Kind::Enumeration << 11 << 3;
    QTest::addRow("第一，") << u"第一，必须坚持"_qs << true << Kind::Ordinal << 1 << 3;
    QTest::addRow("第三、") << u"第三、加强管理"_qs << true << Kind::Ordinal << 3 << 3;
    QTest::addRow("第一部分") << u"第一部分 总体要求"_qs << true << Kind::Chapter << 1 << 4;
    QTest::addRow("第二章") << u"第二章 目标"_qs << true << Kind::Chapter << 2 << 3;
    QTest::addRow("附件一") << u"附件一"_qs << true << Kind::Attachment << 1 << 3;
    QTest::addRow("附件2：") << u"附件2：统计表"_qs << true << Kind::Attachment << 2 << 4;
    QTest::addRow("①") << u"①加强"_qs << true << Kind::Circled << 1 << 1;
    QTest::addRow("—— dash") << u"——经济发展稳中提质。"_qs << true << Kind::Dash << 0 << 2;
    QTest::addRow("——— triple dash") << u"———国民经济持续发展"_qs << true << Kind::Dash << 0 << 3;
    QTest::addRow("year") << u"2021年,武威市坚持"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("decimal is ambiguous") << u"1.5亿元"_qs << true << Kind::ArabicDot << 1 << 2;
    QTest::addRow("percent") << u"5.%"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("一是的 is no item") << u"一是的"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("一二、 is no numeral") << u"一二、"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("(区) is no heading") << u"(区)两级平台"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("第一篇的… sentence is no chapter")
        << u"第一篇的正文，说明有关的情况。"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("第一批 is no ordinal") << u"第一批试点"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("bare marker") << u"一、"_qs << false << Kind::Part << 0 << 0;
    QTest::addRow("sentence about attachments")
        << u"附件中列出的各项工作已经按照计划全部完成并通过了有关部门的验收"_qs << false
        << Kind::Part << 0 << 0;
}

void TestHeadingDetector::paragraphStart()
{
    QFETCH(QString, text);
    QFETCH(bool, matched);
    QFETCH(Kind, kind);
    QFETCH(int, number);
    QFETCH(int, length);
    const QString normalized = TextNormalizer::normalize(text);
    const HeadingDetector::Match m = HeadingDetector::matchParagraphStart(normalized);
    QCOMPARE(m.matched, matched);
    if (!matched)
        return;
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.number, number);
    QCOMPARE(int(m.length), length);
}

void TestHeadingDetector::inlineMarker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<bool>("matched");
    QTest::addRow("一是 after a full stop") << u"机制。一是认真履行"_qs << 3 << true;
    QTest::addRow("第二， after a full stop") << u"机制。第二，坚持"_qs << 3 << true;
    QTest::addRow("十一是 read whole, not 一是") << u"。十一是"_qs << 2 << false;
    QTest::addRow("一、 is no inline item") << u"。一、标题"_qs << 1 << false;
}

void TestHeadingDetector::inlineMarker()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(bool, matched);
    QCOMPARE(HeadingDetector::matchInline(TextNormalizer::normalize(text), pos).matched, matched);
}

QTEST_GUILESS_MAIN(TestHeadingDetector)
#include "tst_headingdetector.moc"
