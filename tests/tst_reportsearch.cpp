#include "core/reportparser.h"
#include "core/reportsearch.h"

#include <QTest>

namespace {

// Headings and texts, in reading order (offsets counted by hand):
//   0 一、工作回顾   过去一年，全市GDP增长5%。Apple 公司投资10亿元。  (GDP at 7, Apple at 15)
//   1 (一)改革开放   推进改革。apple 开放。                          (改革 at 3 / 2, apple at 5)
//   2 二、今年安排   今年目标增长6%。改革继续。                        (改革 at 9, 14 characters)
ReportPtr report()
{
    return ReportParser::parse(u"一、工作回顾\n过去一年，全市GDP增长5%。Apple 公司投资10亿元。\n"
                               u"(一)改革开放\n推进改革。apple 开放。\n"
                               u"二、今年安排\n今年目标增长6%。改革继续。\n"_qs)
        .report;
}

/** "h:1:3" is offset 3 in section 1's heading, "t:2:9" offset 9 in section 2's text. */
ReportPlace place(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3)
        return ReportPlace();
    return {parts.at(1).toInt(), parts.at(0) == u"h", parts.at(2).toInt()};
}

QString name(const ReportPlace &p)
{
    return QStringLiteral("%1:%2:%3").arg(p.inHeading ? u"h" : u"t").arg(p.section).arg(p.offset);
}

} // namespace

class TestReportSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void findInText_data();
    void findInText();
    void startAndEnd();
    void placeOrder();

private:
    ReportPtr m_report;
};

void TestReportSearch::initTestCase()
{
    m_report = report();
    QVERIFY(m_report);
    QCOMPARE(m_report->sectionCount(), 3);
    QCOMPARE(m_report->headingText(1), u"(一)改革开放"_qs);
    QCOMPARE(m_report->section(2).text, u"今年目标增长6%。改革继续。"_qs);
}

void TestReportSearch::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("match"); // empty: none
    QTest::addColumn<bool>("wrapped");
    const bool F = false;
    const bool B = true;
    QTest::addRow("forward into a heading") << u"改革"_qs << F << u"h:0:0"_qs << u"h:1:3"_qs << F;
    QTest::addRow("forward at the place") << u"改革"_qs << F << u"h:1:3"_qs << u"h:1:3"_qs << F;
    QTest::addRow("forward from heading to text")
        << u"改革"_qs << F << u"h:1:4"_qs << u"t:1:2"_qs << F;
    QTest::addRow("forward to the next section")
        << u"改革"_qs << F << u"t:1:3"_qs << u"t:2:9"_qs << F;
    QTest::addRow("forward wraps") << u"改革"_qs << F << u"t:2:10"_qs << u"h:1:3"_qs << true;
    QTest::addRow("forward wraps to the first heading")
        << u"一、"_qs << F << u"t:0:0"_qs << u"h:0:0"_qs << true;
    QTest::addRow("backward to the previous section")
        << u"改革"_qs << B << u"t:2:9"_qs << u"t:1:2"_qs << F;
    QTest::addRow("backward in the same text")
        << u"改革"_qs << B << u"t:2:10"_qs << u"t:2:9"_qs << F;
    QTest::addRow("backward from text to heading")
        << u"改革"_qs << B << u"t:1:2"_qs << u"h:1:3"_qs << F;
    QTest::addRow("backward wraps") << u"改革"_qs << B << u"h:1:3"_qs << u"t:2:9"_qs << true;
    QTest::addRow("backward from the start wraps")
        << u"改革"_qs << B << u"h:0:0"_qs << u"t:2:9"_qs << true;
    QTest::addRow("backward from the end") << u"改革"_qs << B << u"t:2:14"_qs << u"t:2:9"_qs << F;
    QTest::addRow("backward around to the only match")
        << u"GDP"_qs << B << u"t:0:7"_qs << u"t:0:7"_qs << true;
    QTest::addRow("forward around to the only match")
        << u"GDP"_qs << F << u"t:0:8"_qs << u"t:0:7"_qs << true;
    QTest::addRow("lower case finds upper") << u"gdp"_qs << F << u"h:0:0"_qs << u"t:0:7"_qs << F;
    QTest::addRow("upper case finds capitalised")
        << u"APPLE"_qs << F << u"h:0:0"_qs << u"t:0:15"_qs << F;
    QTest::addRow("upper case finds lower") << u"APPLE"_qs << F << u"t:0:16"_qs << u"t:1:5"_qs << F;
    QTest::addRow("mixed case backward") << u"aPPle"_qs << B << u"t:1:5"_qs << u"t:0:15"_qs << F;
    QTest::addRow("digits and punctuation") << u"5%。"_qs << F << u"h:0:0"_qs << u"t:0:12"_qs << F;
    QTest::addRow("absent") << u"报告"_qs << F << u"h:0:0"_qs << QString() << F;
    QTest::addRow("absent backward") << u"报告"_qs << B << u"t:2:3"_qs << QString() << F;
    QTest::addRow("not across heading and text")
        << u"工作回顾过去"_qs << F << u"h:0:0"_qs << QString() << F;
    QTest::addRow("empty text") << QString() << F << u"h:0:0"_qs << QString() << F;
    QTest::addRow("no such section") << u"改革"_qs << F << u"h:3:0"_qs << QString() << F;
    QTest::addRow("no place") << u"改革"_qs << B << u"-"_qs << QString() << F;
}

void TestReportSearch::find()
{
    QFETCH(QString, text);
    QFETCH(bool, backward);
    QFETCH(QString, from);
    QFETCH(QString, match);
    QFETCH(bool, wrapped);
    const std::optional<ReportSearch::Match> found = ReportSearch::find(
        *m_report, text, place(from),
        backward ? ReportSearch::Direction::Backward : ReportSearch::Direction::Forward);
    QCOMPARE(found ? name(found->place) : QString(), match);
    if (found) {
        QCOMPARE(found->length, text.size());
        QCOMPARE(found->wrapped, wrapped);
    }
}

void TestReportSearch::findInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("match");
    // The haystack: "Issuer: 武威市司法局\nWarnings\n武威市人民政府" (offsets 8, 24).
    const bool F = false;
    const bool B = true;
    QTest::addRow("forward from the start") << u"武威市"_qs << F << 0 << 8;
    QTest::addRow("forward at the match") << u"武威市"_qs << F << 8 << 8;
    QTest::addRow("forward past the first") << u"武威市"_qs << F << 9 << 24;
    QTest::addRow("forward past the last") << u"武威市"_qs << F << 25 << -1;
    QTest::addRow("backward from the end") << u"武威市"_qs << B << 99 << 24;
    QTest::addRow("backward before the last") << u"武威市"_qs << B << 24 << 8;
    QTest::addRow("backward before the first") << u"武威市"_qs << B << 8 << -1;
    QTest::addRow("case does not matter") << u"warnINGS"_qs << F << 0 << 15;
    QTest::addRow("absent") << u"报告"_qs << F << 0 << -1;
    QTest::addRow("empty") << QString() << F << 0 << -1;
    QTest::addRow("negative start") << u"Issuer"_qs << F << -5 << 0;
}

void TestReportSearch::findInText()
{
    QFETCH(QString, text);
    QFETCH(bool, backward);
    QFETCH(int, from);
    QFETCH(int, match);
    const QString haystack = u"Issuer: 武威市司法局\nWarnings\n武威市人民政府"_qs;
    QCOMPARE(int(ReportSearch::findInText(haystack, text, from,
                                          backward ? ReportSearch::Direction::Backward
                                                   : ReportSearch::Direction::Forward)),
             match);
}

void TestReportSearch::startAndEnd()
{
    QCOMPARE(name(ReportSearch::start(*m_report)), u"h:0:0"_qs);
    QCOMPARE(name(ReportSearch::end(*m_report)), u"t:2:14"_qs);
    const Report none;
    QVERIFY(!ReportSearch::start(none).isValid());
    QVERIFY(!ReportSearch::end(none).isValid());
    QVERIFY(!ReportSearch::find(none, u"改革", ReportPlace::heading(0),
                                ReportSearch::Direction::Forward));
}

void TestReportSearch::placeOrder()
{
    // Reading order: by section, a heading before the text, then by offset.
    QVERIFY(ReportPlace::heading(1, 9) < ReportPlace::text(1, 0));
    QVERIFY(ReportPlace::text(0, 99) < ReportPlace::heading(1, 0));
    QVERIFY(ReportPlace::text(1, 2) < ReportPlace::text(1, 3));
    QVERIFY(!(ReportPlace::text(1, 3) < ReportPlace::text(1, 3)));
    QVERIFY(!(ReportPlace::text(1, 0) < ReportPlace::heading(1, 9)));
}

QTEST_GUILESS_MAIN(TestReportSearch)
#include "tst_reportsearch.moc"
