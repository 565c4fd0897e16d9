#include "core/dateparser.h"

#include <QTest>

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void toIso_data();
    void toIso();
    void parseWhole_data();
    void parseWhole();
};

void TestDateParser::toIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addRow("Chinese date") << u"2022年2月17日"_qs << u"2022-02-17"_qs;
    QTest::addRow("Chinese numerals") << u"二〇二六年一月二十七日"_qs << u"2026-01-27"_qs;
    QTest::addRow("ISO") << u"2022-03-04"_qs << u"2022-03-04"_qs;
    QTest::addRow("ISO with time") << u"2022-03-04 14:26"_qs << u"2022-03-04"_qs;
    QTest::addRow("slashes") << u"2022/3/4"_qs << u"2022-03-04"_qs;
    QTest::addRow("dots") << u"2022.03.04"_qs << u"2022-03-04"_qs;
    QTest::addRow("full-width digits") << u"２０２２年３月４日"_qs << u"2022-03-04"_qs;
    QTest::addRow("inside a subtitle")
        << u"——2026年1月25日在北京市第十六届人民代表大会上"_qs << u"2026-01-25"_qs;
    QTest::addRow("号 instead of 日") << u"2021年5月3号"_qs << u"2021-05-03"_qs;
    QTest::addRow("year only") << u"2021年"_qs << QString();
    QTest::addRow("month and day only") << u"3月5日"_qs << QString();
    QTest::addRow("invalid day") << u"2022年2月30日"_qs << QString();
    QTest::addRow("part of a longer number") << u"12022年2月3日"_qs << QString();
}

void TestDateParser::toIso()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(DateParser::toIso(text), iso);
}

void TestDateParser::parseWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("signature date") << u"2022年2月17日"_qs << true;
    QTest::addRow("padded") << u"   2022年2月17日  "_qs << true;
    QTest::addRow("date and time") << u"2022-03-04 14:26"_qs << true;
    QTest::addRow("date in a sentence") << u"2022年2月17日召开会议"_qs << false;
    QTest::addRow("text") << u"特此报告。"_qs << false;
}

void TestDateParser::parseWhole()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(DateParser::parseWhole(text).isValid(), valid);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
