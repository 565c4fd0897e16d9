#include "core/reportparser.h"
#include "core/sectionpager.h"

#include <QTest>

namespace {

// Sections: 0 一、总体 (text of 15 characters: three sentences of five), 1 (一)分项 (丙丁。),
// 2 二、其他 (two paragraphs of six). Headings count with the line break after them:
// 一、总体 5, (一)分项 6, 二、其他 5.
ReportPtr report()
{
    return ReportParser::parse(u"一、总体\n子丑寅卯。辰巳午未。申酉戌亥。\n(一)分项\n丙丁。\n"
                               u"二、其他\n戊己，庚辛。\n壬癸，甲乙。\n"_qs)
        .report;
}

QString starts(const SectionPager &pager)
{
    QStringList out;
    for (int i = 0; i < pager.count(); ++i) {
        const SectionPager::Part p = pager.start(i);
        out.append(QStringLiteral("%1:%2:%3").arg(p.section).arg(p.offset).arg(p.chars));
    }
    return out.join(u' ');
}

} // namespace

class TestSectionPager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parts_data();
    void parts();
    void partOf_data();
    void partOf();
    void cutPoint_data();
    void cutPoint();
    void empty();

private:
    ReportPtr m_report;
};

void TestSectionPager::initTestCase()
{
    m_report = report();
    QVERIFY(m_report);
    QCOMPARE(m_report->sectionCount(), 3);
    QCOMPARE(m_report->section(0).text, u"子丑寅卯。辰巳午未。申酉戌亥。"_qs);
    QCOMPARE(m_report->section(0).subtreeEnd, 2);
    QCOMPARE(m_report->section(2).text, u"戊己，庚辛。\n壬癸，甲乙。"_qs);
}

void TestSectionPager::parts_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("starts"); // section:offset:chars before, per part
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("end"); // where the last part ends
    QTest::addRow("fits in one part") << 0 << 100000 << u"0:-1:0"_qs << qint64(31) << u"2:-1:31"_qs;
    // Room for 7 of the text after the heading: cut after the first sentence (5); the rest
    // (11 with its line break) fills the part, so the subsection's heading opens the next.
    QTest::addRow("cut after a sentence, heading opens a part")
        << 0 << 12 << u"0:-1:0 0:5:10 1:-1:21"_qs << qint64(31) << u"2:-1:31"_qs;
    // Room for 7: the paragraph break (after 6) wins over the sentence end before it.
    QTest::addRow("cut after a paragraph")
        << 2 << 12 << u"2:-1:0 2:7:12"_qs << qint64(19) << u"3:-1:19"_qs;
    // The heading leaves 0 of 6, less than a quarter: the text starts the next part.
    QTest::addRow("little room after the heading")
        << 1 << 6 << u"1:-1:0 1:0:6"_qs << qint64(10) << u"2:-1:10"_qs;
    // Room for 3 after the heading, no sentence end in it: cut at the limit; then room for
    // 8, cut after the second sentence; the subsection's heading opens a part and leaves 2
    // of 8 for its text, which is cut at the limit too.
    QTest::addRow("small parts") << 0 << 8 << u"0:-1:0 0:3:8 0:10:15 1:-1:21 1:2:29"_qs
                                 << qint64(31) << u"2:-1:31"_qs;
}

void TestSectionPager::parts()
{
    QFETCH(int, section);
    QFETCH(int, maxChars);
    QFETCH(QString, starts);
    QFETCH(qint64, total);
    QFETCH(QString, end);
    const SectionPager pager(*m_report, section, maxChars);
    QCOMPARE(pager.rootSection(), section);
    QCOMPARE(::starts(pager), starts);
    QCOMPARE(pager.totalChars(), total);
    const SectionPager::Part last = pager.end(pager.count() - 1);
    QCOMPARE(QStringLiteral("%1:%2:%3").arg(last.section).arg(last.offset).arg(last.chars), end);
}

void TestSectionPager::partOf_data()
{
    QTest::addColumn<bool>("inHeading");
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("part");
    // Parts of section 0 with 12 characters: 0:-1 0:5 1:-1.
    QTest::addRow("root heading") << true << 0 << 0 << 0;
    QTest::addRow("root heading's end") << true << 0 << 4 << 0;
    QTest::addRow("first sentence") << false << 0 << 0 << 0;
    QTest::addRow("end of the first sentence") << false << 0 << 4 << 0;
    QTest::addRow("second sentence") << false << 0 << 5 << 1;
    QTest::addRow("last character") << false << 0 << 14 << 1;
    QTest::addRow("subsection heading") << true << 1 << 2 << 2;
    QTest::addRow("subsection text") << false << 1 << 1 << 2;
    QTest::addRow("before the subtree") << false << -1 << 0 << 0;
}

void TestSectionPager::partOf()
{
    QFETCH(bool, inHeading);
    QFETCH(int, section);
    QFETCH(int, offset);
    QFETCH(int, part);
    const SectionPager pager(*m_report, 0, 12);
    QCOMPARE(pager.count(), 3);
    QCOMPARE(pager.partOf({section, inHeading, offset}), part);
}

void TestSectionPager::cutPoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("lookBack");
    QTest::addColumn<int>("cut");
    QTest::addRow("paragraph break first") << u"甲。乙丙\n丁戊己"_qs << 0 << 8 << 8 << 5;
    QTest::addRow("after a full stop") << u"甲乙。丙丁戊己庚"_qs << 0 << 7 << 7 << 3;
    QTest::addRow("after a full-width semicolon") << u"甲乙；丙丁戊"_qs << 0 << 5 << 5 << 3;
    QTest::addRow("after an ASCII question mark") << u"甲乙?丙丁戊"_qs << 0 << 5 << 5 << 3;
    QTest::addRow("last sentence end wins") << u"甲。乙！丙丁"_qs << 0 << 6 << 6 << 4;
    QTest::addRow("a comma is no break") << u"甲，乙丙丁"_qs << 0 << 4 << 4 << 4;
    QTest::addRow("nothing to cut after") << u"甲乙丙丁戊己"_qs << 0 << 5 << 5 << 5;
    QTest::addRow("break beyond the look-back") << u"甲。乙丙丁戊己"_qs << 0 << 6 << 3 << 6;
    QTest::addRow("never at from") << u"。甲乙"_qs << 0 << 3 << 10 << 1;
    QTest::addRow("from inside the text") << u"甲。乙。丙丁戊"_qs << 2 << 6 << 10 << 4;
    QTest::addRow("not inside a surrogate pair") << u"甲乙\U0002000B丙"_qs << 0 << 3 << 3 << 2;
    QTest::addRow("limit of one") << u"\U0002000B"_qs << 0 << 1 << 1 << 1;
}

void TestSectionPager::cutPoint()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, limit);
    QFETCH(int, lookBack);
    QFETCH(int, cut);
    QCOMPARE(SectionPager::cutPoint(text, from, limit, lookBack), qsizetype(cut));
}

void TestSectionPager::empty()
{
    const SectionPager pager;
    QCOMPARE(pager.count(), 0);
    QCOMPARE(pager.totalChars(), 0);
    QCOMPARE(pager.rootSection(), -1);
}

QTEST_GUILESS_MAIN(TestSectionPager)
#include "tst_sectionpager.moc"
