// LabelReader on its own: the label of one number, read backwards (trimming framing words,
// verbs and qualifiers) or forwards after a measure word, and the parts of 均 / 分别. Expected
// values are worked out by hand from the input.

#include "core/labelreader.h"
#include "core/textnormalizer.h"

#include <QTest>

using Bound = Figure::Bound;

class TstLabelReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void consumedBound();
    void periodsIn_data();
    void periodsIn();
};

void TstLabelReader::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");   // where the number starts
    QTest::addColumn<bool>("chinese"); // a Chinese numeral
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("parts"); // joined with |
    QTest::addColumn<bool>("distrib");
    QTest::addColumn<bool>("respect");
    QTest::addColumn<bool>("change");
    QTest::addColumn<bool>("decrease");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<QString>("qualifiers"); // joined with |
    QTest::addColumn<QList<int>>("bounds");

    const QList<int> none;
    QTest::addRow("verb and framing words trimmed")
        << u"全市共办理行政复议案件147件。"_qs << u"147"_qs << false << u"行政复议案件"_qs
        << QString() << false << false << false << false << false << QString() << none;
    QTest::addRow("verb before the noun")
        << u"召开市政府常务会议23次。"_qs << u"23"_qs << false << u"市政府常务会议"_qs << QString()
        << false << false << false << false << false << QString() << none;
    QTest::addRow("forward after a measure word")
        << u"对全市818名县级干部进行培训。"_qs << u"818"_qs << false << u"县级干部"_qs << QString()
        << false << false << false << false << true << QString() << none;
    QTest::addRow("forward after a Chinese numeral")
        << u"组建了四个督察组，"_qs << u"四"_qs << true << u"督察组"_qs << QString() << false
        << false << false << false << true << QString() << none;
    QTest::addRow("均 gives every part the value")
        << u"参学率、合格率均为100%。"_qs << u"100"_qs << false << u"参学率、合格率"_qs
        << u"参学率|合格率"_qs << true << false << false << false << false << QString() << none;
    QTest::addRow("分别 pairs parts with values")
        << u"户籍人口出生率、自然增长率分别控制在13‰和11‰以内。"_qs << u"13"_qs << false
        << u"户籍人口出生率、自然增长率"_qs << u"户籍人口出生率|自然增长率"_qs << false << true
        << false << false << false << QString() << none;
    QTest::addRow("rate named with 为")
        << u"优秀率为65.27%。"_qs << u"65"_qs << false << u"优秀率"_qs << QString() << false
        << false << false << false << false << QString() << none;
    QTest::addRow("change upwards")
        << u"地区生产总值增长8.5%。"_qs << u"8.5"_qs << false << u"地区生产总值"_qs << QString()
        << false << false << true << false << false << QString() << none;
    QTest::addRow("change downwards")
        << u"出口下降22.3%。"_qs << u"22"_qs << false << u"出口"_qs << QString() << false << false
        << true << true << false << QString() << none;
    QTest::addRow("count reduced")
        << u"减少证明材料5.9万份。"_qs << u"5.9"_qs << false << u"证明材料"_qs << QString() << false
        << false << true << true << false << QString() << none;
    QTest::addRow("leading qualifier 超过")
        << u"审查涉法事务超过600项。"_qs << u"600"_qs << false << u"涉法事务"_qs << QString()
        << false << false << false << false << false << u"超"_qs
        << QList<int>{int(Bound::MoreThan)};
    QTest::addRow("leading qualifier 不超过")
        << u"资产负债率不超过60%。"_qs << u"60"_qs << false << u"资产负债率"_qs << QString()
        << false << false << false << false << false << u"不超过"_qs
        << QList<int>{int(Bound::AtMost)};
    QTest::addRow("percent after a verb of change")
        << u"压减时间58%，"_qs << u"58"_qs << false << u"时间"_qs << QString() << false << false
        << true << true << false << QString() << none;
}

void TstLabelReader::read()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(bool, chinese);
    QFETCH(QString, label);
    QFETCH(QString, parts);
    QFETCH(bool, distrib);
    QFETCH(bool, respect);
    QFETCH(bool, change);
    QFETCH(bool, decrease);
    QFETCH(bool, forward);
    QFETCH(QString, qualifiers);
    QFETCH(QList<int>, bounds);

    const FigureVocabulary &vocab = FigureVocabulary::builtIn();
    const QString norm = TextNormalizer::normalize(text);
    const qsizetype pos = norm.indexOf(at);
    QVERIFY(pos >= 0);
    const NumberReader numbers(norm, vocab);
    NumberReader::Reading r;
    QVERIFY(chinese ? numbers.readChinese(pos, &r) : numbers.readArabic(pos, &r));
    const LabelReader reader(text, norm, numbers, vocab);
    const LabelReader::Parts p = reader.read(r, 0);
    QCOMPARE(p.label, label);
    QCOMPARE(p.parts.join(u'|'), parts);
    QCOMPARE(p.distrib, distrib);
    QCOMPARE(p.respect, respect);
    QCOMPARE(p.change, change);
    QCOMPARE(p.decrease, decrease);
    QCOMPARE(p.forward, forward);
    QCOMPARE(p.qualifiers.join(u'|'), qualifiers);
    QList<int> gotBounds;
    for (Bound b : p.bounds)
        gotBounds.append(int(b));
    QCOMPARE(gotBounds, bounds);
    // A backward label uses the text up to the qualifiers; a forward one up to its noun.
    QVERIFY(p.consumed >= r.after);
}

// The label never reaches back before consumed: text used by an earlier figure stays its own.
void TstLabelReader::consumedBound()
{
    const FigureVocabulary &vocab = FigureVocabulary::builtIn();
    const QString text = u"行政复议案件147件"_qs;
    const QString norm = TextNormalizer::normalize(text);
    const NumberReader numbers(norm, vocab);
    NumberReader::Reading r;
    QVERIFY(numbers.readArabic(6, &r));
    const LabelReader reader(text, norm, numbers, vocab);
    QCOMPARE(reader.read(r, 0).label, u"行政复议案件"_qs);
    QCOMPARE(reader.read(r, 2).label, u"复议案件"_qs);
}

void TstLabelReader::periodsIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("periods"); // text@end, joined with |

    QTest::addRow("year") << u"2025年引进外资项目30个。"_qs << u"2025年@5"_qs;
    QTest::addRow("year with 度") << u"2024年度完成投资"_qs << u"2024年度@6"_qs;
    QTest::addRow("year range") << u"2021-2025年累计完成"_qs << u"2021-2025年@10|累计@12"_qs;
    QTest::addRow("range with 至") << u"2021至2025年"_qs << u"2021至2025年@10"_qs;
    QTest::addRow("five-year plan")
        << u"“十四五”时期累计完成投资"_qs << u"“十四五”时期@7|累计@9"_qs;
    QTest::addRow("five-year plan alone")
        << u"“十三五”以来,全年增长"_qs << u"“十三五”以来@7|全年@10"_qs;
    QTest::addRow("years with 近 and 以来") << u"近五年以来投入"_qs << u"近五年以来@5"_qs;
    QTest::addRow("years with 过去") << u"过去三年间"_qs << u"过去三年间@5"_qs;
    QTest::addRow("first three quarters") << u"前三季度增长,全年"_qs << u"前三季度@4|全年@9"_qs;
    QTest::addRow("year of comparison") << u"比2020年增长,上半年"_qs << u"上半年@12"_qs;
    QTest::addRow("year of a start") << u"从2020年的3.68万亿元"_qs << QString();
    QTest::addRow("five digits") << u"12025年度"_qs << u"2025年度@7"_qs;
    QTest::addRow("one year is no period") << u"一年来,两年间"_qs << QString();
    QTest::addRow("no period words") << u"前三季度增长5%"_qs << QString();
    // 年, 累 and 期 are looked for eight characters a step, then one at a time.
    QTest::addRow("累计 past a step of eight")
        << u"全市上下齐心协力推进改革前三季度累计完成"_qs << u"前三季度@16|累计@18"_qs;
    QTest::addRow("期 without 期间 or 时期") << u"前三季度增长5%,到期还款完成"_qs << QString();
    QTest::addRow("期间 in the last characters")
        << u"全市上下齐心协力推进改革“十四五”期间"_qs << u"“十四五”期间@19"_qs;
}

// The periods a span states, with where each ends.
void TstLabelReader::periodsIn()
{
    QFETCH(QString, text);
    QFETCH(QString, periods);
    const FigureVocabulary &vocab = FigureVocabulary::builtIn();
    const QString norm = TextNormalizer::normalize(text);
    const NumberReader numbers(norm, vocab);
    const LabelReader reader(text, norm, numbers, vocab);
    QStringList got;
    for (const LabelReader::Period &p : reader.periodsIn(0, norm.size()))
        got.append(p.text + u'@' + QString::number(p.end));
    QCOMPARE(got.join(u'|'), periods);
}

QTEST_GUILESS_MAIN(TstLabelReader)
#include "tst_labelreader.moc"
