#include "core/chinesenumerals.h"
#include "core/headingdetector.h"

#include <QTest>

class TestChineseNumerals : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void headingNumeral_data();
    void headingNumeral();
};

void TestChineseNumerals::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::addRow("single digit") << u"七"_qs << qint64(7);
    QTest::addRow("ten") << u"十"_qs << qint64(10);
    QTest::addRow("teens") << u"十二"_qs << qint64(12);
    QTest::addRow("tens") << u"二十"_qs << qint64(20);
    QTest::addRow("tens and units") << u"二十三"_qs << qint64(23);
    QTest::addRow("hundred with zero") << u"一百零五"_qs << qint64(105);
    QTest::addRow("thousands") << u"三千二百"_qs << qint64(3200);
    QTest::addRow("wan") << u"五万"_qs << qint64(50000);
    QTest::addRow("liang") << u"两"_qs << qint64(2);
    QTest::addRow("year digit by digit") << u"二〇二二"_qs << qint64(2022);
    QTest::addRow("year with 零") << u"二零二一"_qs << qint64(2021);
    QTest::addRow("empty") << QString() << qint64(-1);
    QTest::addRow("not a numeral") << u"七个"_qs << qint64(-1);
}

void TestChineseNumerals::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    QCOMPARE(ChineseNumerals::parse(text), value);
}

void TestChineseNumerals::headingNumeral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    QTest::addRow("一") << u"一"_qs << 1;
    QTest::addRow("九") << u"九"_qs << 9;
    QTest::addRow("十") << u"十"_qs << 10;
    QTest::addRow("十一") << u"十一"_qs << 11;
    QTest::addRow("二十") << u"二十"_qs << 20;
    QTest::addRow("一二 is no heading number") << u"一二"_qs << -1;
    QTest::addRow("〇 is no heading number") << u"〇"_qs << -1;
    QTest::addRow("两 is no heading number") << u"两"_qs << -1;
    QTest::addRow("百 is too large") << u"一百"_qs << -1;
}

void TestChineseNumerals::headingNumeral()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QCOMPARE(HeadingDetector::headingNumeral(text), value);
}

QTEST_GUILESS_MAIN(TestChineseNumerals)
#include "tst_chinesenumerals.moc"
