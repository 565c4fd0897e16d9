// PlainTextSplitter on its own: the blocks of a decoded text, written out as a short summary
// (tests/sourcedocumentsummary.h) so that each row states its whole expected split.

#include "core/plaintextsplitter.h"
#include "tests/sourcedocumentsummary.h"

#include <QTest>

class TstPlainTextSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void textKeptAsWritten();
};

namespace {

QString summary(const SourceDocument &doc)
{
    return describeBlocks(doc).join(u' ');
}

} // namespace

void TstPlainTextSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("blocks");

    QTest::addRow("lines and a blank line")
        << u"一、总则\n\n办理147件。\n"_qs << u"P@1:一、总则 P@3:办理147件。"_qs;
    QTest::addRow("CRLF is one break") << u"甲\r\n乙\r\n"_qs << u"P@1:甲 P@2:乙"_qs;
    QTest::addRow("lone CR") << u"甲\r乙"_qs << u"P@1:甲 P@2:乙"_qs;
    QTest::addRow("CR CR LF is two breaks") << u"甲\r\r\n乙"_qs << u"P@1:甲 P@3:乙"_qs;
    QTest::addRow("U+2028 and U+0085") << u"甲\u2028乙\u0085丙"_qs << u"P@1:甲 P@2:乙 P@3:丙"_qs;
    QTest::addRow("spaces trimmed, full-width too")
        << u"  \u3000办理\u3000 \n"_qs << u"P@1:办理"_qs;
    QTest::addRow("tabbed lines are one table")
        << u"指标\t数值\n总值\t8.8\n说明"_qs << u"T@1:指标|数值/总值|8.8 P@3:说明"_qs;
    QTest::addRow("leading tab is an empty first cell")
        << u"项目\t说明\n\t续行"_qs << u"T@1:项目|说明/|续行"_qs;
    QTest::addRow("column empty in every row dropped") << u"\t甲\n\t乙"_qs << u"T@1:甲/乙"_qs;
    QTest::addRow("blank line ends a table") << u"a\tb\n\nc\td"_qs << u"T@1:a|b T@3:c|d"_qs;
    QTest::addRow("trailing empty cells dropped") << u"a\tb\t\t"_qs << u"T@1:a|b"_qs;
    QTest::addRow("form feed breaks the page")
        << u"第一页\n\f第二页"_qs << u"P@1:第一页 B@2 P@2:第二页"_qs;
    QTest::addRow("only white space") << u" \n\t\n"_qs << QString();
    // Lines are read eight units a step: breaks, tabs and form feeds at each place of a step,
    // several in one, and after the last whole step.
    QTest::addRow("line breaks in and across steps")
        << u"一二三四五六七\n八九十一二三四五六七八九十\n甲\n乙"_qs
        << u"P@1:一二三四五六七 P@2:八九十一二三四五六七八九十 P@3:甲 P@4:乙"_qs;
    QTest::addRow("tab after the first step")
        << u"政府信息公开申请数\t本年\n新收政府信息公开申请\t12"_qs
        << u"T@1:政府信息公开申请数|本年/新收政府信息公开申请|12"_qs;
    QTest::addRow("tabs and break in one step") << u"a\tb\tc\nd\te"_qs << u"T@1:a|b|c/d|e"_qs;
    QTest::addRow("tab in the line after a long one")
        << u"一二三四五六七八九十\n甲\t乙"_qs << u"P@1:一二三四五六七八九十 T@2:甲|乙"_qs;
    QTest::addRow("form feed inside a long line")
        << u"第一页第一页第一页\f第二页"_qs << u"B@1 P@1:第一页第一页第一页\f第二页"_qs;
}

void TstPlainTextSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QString, blocks);

    QCOMPARE(summary(PlainTextSplitter::split(text)), blocks);
}

// The document holds the text as it is: spans index the original, not a trimmed copy.
void TstPlainTextSplitter::textKeptAsWritten()
{
    const QString text = u"  办理１４７件\r\n"_qs;
    const SourceDocument doc = PlainTextSplitter::split(text);
    QCOMPARE(doc.text(), text);
    QCOMPARE(doc.blocks().size(), 1);
    QCOMPARE(doc.blocks().at(0).span, (TextSpan{2, 8}));
    QCOMPARE(doc.text(doc.blocks().at(0).span), u"办理１４７件");
    QCOMPARE(QStringView(doc.normalizedText()).sliced(2, 6), u"办理147件");
    QVERIFY(doc.metadata().formatName.isEmpty());
    QVERIFY(doc.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TstPlainTextSplitter)
#include "tst_plaintextsplitter.moc"
