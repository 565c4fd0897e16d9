// NumberReader on its own: a number with its multiplier, unit, qualifiers and range, read from
// small normalised texts, and the contexts in which a number is no figure. Expected values
// are worked out by hand from the input.

#include "core/numberreader.h"
#include "core/textnormalizer.h"

#include <QTest>

using Bound = Figure::Bound;

class TstNumberReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void refused_data();
    void refused();
    void rejectedContext_data();
    void rejectedContext();
    void insideQuoteOrTitle_data();
    void insideQuoteOrTitle();
    void readNumber_data();
    void readNumber();
};

namespace {

// Position of at in norm (text is normalised as FigureExtractor does before any reader sees
// it); -1 fails the row, so a typo in a row cannot pass.
qsizetype positionOf(const QString &norm, const QString &at)
{
    return norm.indexOf(at);
}

} // namespace

void TstNumberReader::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");     // where the number starts
    QTest::addColumn<bool>("chinese");   // readChinese instead of readArabic
    QTest::addColumn<QString>("figure"); // norm from start to after (qualifiers included)
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("unit"); // FigureVocabulary::Unit::unit, "" for none
    QTest::addColumn<QString>("inner");
    QTest::addColumn<int>("innerBound");
    QTest::addColumn<QString>("trail");
    QTest::addColumn<int>("trailBound");
    QTest::addColumn<QString>("rangeUpper");
    QTest::addColumn<double>("upper");

    const int ex = int(Bound::Exact);
    QTest::addRow("integer with unit")
        << u"办理案件147件"_qs << u"147"_qs << false << u"147件"_qs << 147.0 << 1.0 << u"件"_qs
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("thousands separator, decimal, 万")
        << u"收入1,234.5万元"_qs << u"1"_qs << false << u"1,234.5万元"_qs << 12345000.0 << 1e4
        << u"元"_qs << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("percent with decimals")
        << u"增长6.31%。"_qs << u"6"_qs << false << u"6.31%"_qs << 6.31 << 1.0 << u"%"_qs
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("亿 without unit")
        << u"总额达到120亿，"_qs << u"120"_qs << false << u"120亿"_qs << 1.2e10 << 1e8 << QString()
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("千 before 万") << u"投资3千万元"_qs << u"3"_qs << false << u"3千万元"_qs << 3e7
                                  << 1e7 << u"元"_qs << QString() << ex << QString() << ex
                                  << QString() << 0.0;
    QTest::addRow("500千伏 has no unit")
        << u"500千伏变电站"_qs << u"500"_qs << false << u"500"_qs << 500.0 << 1.0 << QString()
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("inner 余 after 万")
        << u"5.4万余名干部"_qs << u"5"_qs << false << u"5.4万余名"_qs << 54000.0 << 1e4 << u"名"_qs
        << u"余"_qs << int(Bound::MoreThan) << QString() << ex << QString() << 0.0;
    QTest::addRow("inner 余 before 万")
        << u"30余万条"_qs << u"30"_qs << false << u"30余万条"_qs << 300000.0 << 1e4 << u"条"_qs
        << u"余"_qs << int(Bound::MoreThan) << QString() << ex << QString() << 0.0;
    QTest::addRow("inner 多 before unit")
        << u"7600多名执法人员"_qs << u"7600"_qs << false << u"7600多名"_qs << 7600.0 << 1.0
        << u"名"_qs << u"多"_qs << int(Bound::MoreThan) << QString() << ex << QString() << 0.0;
    QTest::addRow("trailing 以上")
        << u"覆盖率50%以上。"_qs << u"50"_qs << false << u"50%以上"_qs << 50.0 << 1.0 << u"%"_qs
        << QString() << ex << u"以上"_qs << int(Bound::AtLeast) << QString() << 0.0;
    QTest::addRow("trailing 左右")
        << u"增长8%左右，"_qs << u"8"_qs << false << u"8%左右"_qs << 8.0 << 1.0 << u"%"_qs
        << QString() << ex << u"左右"_qs << int(Bound::About) << QString() << 0.0;
    QTest::addRow("trailing 有余 shown as 余")
        << u"3万元有余。"_qs << u"3"_qs << false << u"3万元有余"_qs << 30000.0 << 1e4 << u"元"_qs
        << QString() << ex << u"余"_qs << int(Bound::MoreThan) << QString() << 0.0;
    QTest::addRow("range with the unit at the end")
        << u"新增3-5家企业"_qs << u"3"_qs << false << u"3-5家"_qs << 3.0 << 1.0 << u"家"_qs
        << QString() << ex << QString() << ex << u"至5"_qs << 5.0;
    QTest::addRow("decimal range in percent")
        << u"增长6.5-7%，"_qs << u"6"_qs << false << u"6.5-7%"_qs << 6.5 << 1.0 << u"%"_qs
        << QString() << ex << QString() << ex << u"至7"_qs << 7.0;
    QTest::addRow("range with the unit on both ends")
        << u"控制在4%至6%。"_qs << u"4"_qs << false << u"4%至6%"_qs << 4.0 << 1.0 << u"%"_qs
        << QString() << ex << QString() << ex << u"至6"_qs << 6.0;
    QTest::addRow("range with the unit on both ends, em dash")
        << u"年均增长5%—5.5%，"_qs << u"5"_qs << false << u"5%—5.5%"_qs << 5.0 << 1.0 << u"%"_qs
        << QString() << ex << QString() << ex << u"至5.5"_qs << 5.5;
    QTest::addRow("range sharing 万")
        << u"吸纳3-5万人就业"_qs << u"3"_qs << false << u"3-5万人"_qs << 30000.0 << 1e4 << u"人"_qs
        << QString() << ex << QString() << ex << u"至5万"_qs << 50000.0;
    QTest::addRow("list sharing the unit is no range")
        << u"分别提高2.8和0.6个百分点"_qs << u"2.8"_qs << false << u"2.8"_qs << 2.8 << 1.0
        << u"个百分点"_qs << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("full-width digits and percent")
        << u"达到１２．５％，"_qs << u"12"_qs << false << u"12.5%"_qs << 12.5 << 1.0 << u"%"_qs
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("full-width digits with 万")
        << u"服务２万人次"_qs << u"2"_qs << false << u"2万人次"_qs << 20000.0 << 1e4 << u"人次"_qs
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("year has no unit")
        << u"2021年全市"_qs << u"2021"_qs << false << u"2021"_qs << 2021.0 << 1.0 << QString()
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("Chinese numeral after 共")
        << u"共三个督察组"_qs << u"三"_qs << true << u"三个"_qs << 3.0 << 1.0 << u"个"_qs
        << QString() << ex << QString() << ex << QString() << 0.0;
    QTest::addRow("Chinese numeral 十二")
        << u"完成十二项改革"_qs << u"十二"_qs << true << u"十二项"_qs << 12.0 << 1.0 << u"项"_qs
        << QString() << ex << QString() << ex << QString() << 0.0;
}

void TstNumberReader::read()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(bool, chinese);
    QFETCH(QString, figure);
    QFETCH(double, value);
    QFETCH(double, factor);
    QFETCH(QString, unit);
    QFETCH(QString, inner);
    QFETCH(int, innerBound);
    QFETCH(QString, trail);
    QFETCH(int, trailBound);
    QFETCH(QString, rangeUpper);
    QFETCH(double, upper);

    const QString norm = TextNormalizer::normalize(text);
    const qsizetype pos = positionOf(norm, at);
    QVERIFY(pos >= 0);
    const NumberReader reader(norm, FigureVocabulary::builtIn());
    NumberReader::Reading r;
    QVERIFY(chinese ? reader.readChinese(pos, &r) : reader.readArabic(pos, &r));
    QCOMPARE(r.start, pos);
    QCOMPARE(norm.mid(r.start, r.after - r.start), figure);
    QCOMPARE(r.value, value);
    QCOMPARE(r.factor, factor);
    QCOMPARE(r.unit ? r.unit->unit : QString(), unit);
    QCOMPARE(r.chinese, chinese);
    QCOMPARE(r.innerQualifier, inner);
    QCOMPARE(int(r.innerBound), innerBound);
    QCOMPARE(r.trailQualifier, trail);
    QCOMPARE(int(r.trailBound), trailBound);
    QCOMPARE(r.rangeUpper, rangeUpper);
    QCOMPARE(r.upper, upper);
    QVERIFY(!reader.rejectedContext(r));
}

void TstNumberReader::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("chinese");

    QTest::addRow("version") << u"升级到2.0.1版"_qs << u"2"_qs << false;
    QTest::addRow("glued to a letter") << u"建成5G基站"_qs << u"5"_qs << false;
    QTest::addRow("clock time") << u"于14:26发布"_qs << u"14"_qs << false;
    QTest::addRow("formula") << u"构建1+6体系"_qs << u"1"_qs << false;
    QTest::addRow("一 means a") << u"出台一批政策"_qs << u"一"_qs << true;
    QTest::addRow("两 means a") << u"落实两个确立"_qs << u"两"_qs << true;
    QTest::addRow("Chinese ordinal") << u"第三个阶段"_qs << u"三"_qs << true;
    QTest::addRow("year digit by digit") << u"二〇二一年"_qs << u"二"_qs << true;
    QTest::addRow("numeral after a noun sums up")
        << u"基本医疗保险制度三项改革"_qs << u"三"_qs << true;
    QTest::addRow("slogan 四个一") << u"共四个一工程"_qs << u"四"_qs << true;
}

void TstNumberReader::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(bool, chinese);

    const QString norm = TextNormalizer::normalize(text);
    const qsizetype pos = positionOf(norm, at);
    QVERIFY(pos >= 0);
    const NumberReader reader(norm, FigureVocabulary::builtIn());
    NumberReader::Reading r;
    QCOMPARE(chinese ? reader.readChinese(pos, &r) : reader.readArabic(pos, &r), false);
}

void TstNumberReader::rejectedContext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("rejected");

    QTest::addRow("ordinal 第") << u"排名第4位"_qs << u"4"_qs << true;
    QTest::addRow("denominator 每") << u"每10万人"_qs << u"10"_qs << true;
    QTest::addRow("bracket mark") << u"见【15项"_qs << u"15"_qs << true;
    QTest::addRow("前 before 名") << u"进入前10名"_qs << u"10"_qs << true;
    QTest::addRow("second year of a range") << u"2021-2025年"_qs << u"2025"_qs << true;
    QTest::addRow("one letter before") << u"P2页"_qs << u"2"_qs << true;
    QTest::addRow("COVID-19") << u"COVID-19病例"_qs << u"19"_qs << true;
    QTest::addRow("abbreviation before money") << u"GDP28.62亿元"_qs << u"28"_qs << false;
    QTest::addRow("plain count") << u"办理147件"_qs << u"147"_qs << false;
    QTest::addRow("前 before 个 is kept") << u"前10个月"_qs << u"10"_qs << false;
}

void TstNumberReader::rejectedContext()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(bool, rejected);

    const QString norm = TextNormalizer::normalize(text);
    const qsizetype pos = positionOf(norm, at);
    QVERIFY(pos >= 0);
    const NumberReader reader(norm, FigureVocabulary::builtIn());
    NumberReader::Reading r;
    QVERIFY(reader.readArabic(pos, &r));
    QCOMPARE(reader.rejectedContext(r), rejected);
}

void TstNumberReader::insideQuoteOrTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("inside");

    QTest::addRow("book title") << u"印发《2023年工作要点》。"_qs << u"2023"_qs << true;
    QTest::addRow("double quotes") << u"开展“100天攻坚”行动"_qs << u"100"_qs << true;
    QTest::addRow("corner quotes") << u"推进「三个一百」工程"_qs << u"三"_qs << true;
    QTest::addRow("after a closed quote") << u"开展“攻坚”行动100次"_qs << u"100"_qs << false;
    QTest::addRow("title never closed in the sentence")
        << u"《要点中办理100件。其后》"_qs << u"100"_qs << false;
    QTest::addRow("quote opened on an earlier line") << u"“开展\n100次”"_qs << u"100"_qs << false;
    QTest::addRow("no quote at all") << u"办理案件147件"_qs << u"147"_qs << false;
    // The marks before a number are looked for eight characters a step, then one at a time.
    QTest::addRow("title opened steps of eight before")
        << u"印发《关于深入推进依法行政加快建设法治政府的实施意见及2023年工作要点》。"_qs
        << u"2023"_qs << true;
    QTest::addRow("title closed steps of eight before")
        << u"印发《实施意见》后全面推进依法行政加快建设法治政府办理案件2023件"_qs << u"2023"_qs
        << false;
    QTest::addRow("line feed steps of eight before")
        << u"“开展\n全面推进依法行政加快建设法治政府办理案件100次”"_qs << u"100"_qs << false;
    QTest::addRow("quote more than 60 characters before")
        << QString(u"“"_qs + QString(64, u'办') + u"100次”"_qs) << u"100"_qs << false;
}

void TstNumberReader::insideQuoteOrTitle()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(bool, inside);

    const QString norm = TextNormalizer::normalize(text);
    const qsizetype pos = positionOf(norm, at);
    QVERIFY(pos >= 0);
    const NumberReader reader(norm, FigureVocabulary::builtIn());
    QCOMPARE(reader.insideQuoteOrTitle(pos), inside);
}

void TstNumberReader::readNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("mantissa");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("end");

    QTest::addRow("integer") << u"147件"_qs << 147.0 << 0 << 3;
    QTest::addRow("two decimals") << u"6.31万"_qs << 631.0 << 2 << 4;
    QTest::addRow("thousands groups") << u"12,345,678元"_qs << 12345678.0 << 0 << 10;
    QTest::addRow("group of two digits is no separator") << u"1,23元"_qs << 1.0 << 0 << 1;
    QTest::addRow("point without digits") << u"5.元"_qs << 5.0 << 0 << 1;
}

void TstNumberReader::readNumber()
{
    QFETCH(QString, text);
    QFETCH(double, mantissa);
    QFETCH(int, decimals);
    QFETCH(int, end);

    const QString norm = TextNormalizer::normalize(text);
    const NumberReader reader(norm, FigureVocabulary::builtIn());
    double m = -1;
    int d = -1;
    QCOMPARE(reader.readNumber(0, &m, &d), qsizetype(end));
    QCOMPARE(m, mantissa);
    QCOMPARE(d, decimals);
}

QTEST_GUILESS_MAIN(TstNumberReader)
#include "tst_numberreader.moc"
