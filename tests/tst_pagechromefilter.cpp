#include "core/pagechromefilter.h"
#include "core/report.h"
#include "core/reportparser.h"
#include "core/textnormalizer.h"

#include <QTest>

class TestPageChromeFilter : public QObject
{
    Q_OBJECT

private slots:
    void isChrome_data();
    void isChrome();
    void fields_data();
    void fields();
    void dateline();
    void jumpLines_data();
    void jumpLines();
    void jumpLinesInReport();
};

void TestPageChromeFilter::isChrome_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("chrome");
    QTest::addRow("breadcrumb") << u">政府信息公开>法定主动公开内容>法治工作"_qs << true;
    QTest::addRow("breadcrumb with spaces") << u"首页 > 政务公开 > 工作报告"_qs << true;
    QTest::addRow("home") << u"首页"_qs << true;
    QTest::addRow("current location") << u"当前位置：首页 > 新闻"_qs << true;
    QTest::addRow("scan on phone") << u"扫一扫在手机打开当前页"_qs << true;
    QTest::addRow("print and close") << u"【打印本页】 【关闭窗口】"_qs << true;
    QTest::addRow("produced by") << u"Produced By 大汉网络 大汉版通发布系统"_qs << true;
    QTest::addRow("font size") << u"【字号：大 中 小】"_qs << true;
    QTest::addRow("closing bracket") << u"】"_qs << true;
    QTest::addRow("view count") << u"浏览次数：1024"_qs << true;
    QTest::addRow("editor") << u"责任编辑：王安"_qs << true;
    QTest::addRow("correction link") << u"【我要纠错】责任编辑：王安"_qs << true;
    QTest::addRow("related reports") << u"相关报道："_qs << true;
    QTest::addRow("photo caption") << u"殷勇同志作政府工作报告。本报记者 戴冰摄"_qs << true;
    QTest::addRow("ICP") << u"京ICP备05060933号"_qs << true;
    QTest::addRow("buttons on one line") << u"下载、打印"_qs << true;
    QTest::addRow("buttons with a bar") << u"打印 | 收藏"_qs << true;
    QTest::addRow("a list of two words that are no buttons") << u"下载、安装"_qs << false;
    QTest::addRow("heading") << u"一、主要举措和成效"_qs << false;
    QTest::addRow("sentence") << u"2021年,武威市坚持以习近平新时代中国特色社会主义思想为指导。"_qs
                              << false;
    QTest::addRow("comparison in text") << u"增速>5%且>全国平均水平"_qs << false;
}

void TestPageChromeFilter::isChrome()
{
    QFETCH(QString, line);
    QFETCH(bool, chrome);
    QCOMPARE(PageChromeFilter::isChrome(TextNormalizer::normalize(line)), chrome);
}

void TestPageChromeFilter::fields_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected"); // key=value
    QTest::addRow("two fields on one line")
        << u"索引号: 11622300013931138G/2022-06008 公开方式: 主动公开"_qs
        << QStringList{u"索引号=11622300013931138G/2022-06008"_qs, u"公开方式=主动公开"_qs};
    QTest::addRow("empty value") << u"文件编号: 发文日期: 2022-03-04"_qs
                                 << QStringList{u"文件编号="_qs, u"发文日期=2022-03-04"_qs};
    QTest::addRow("full-width colon and tab") << u" 发布机构：\t深圳市坪山区人民政府"_qs.trimmed()
                                              << QStringList{u"发布机构=深圳市坪山区人民政府"_qs};
    QTest::addRow("source, author and time")
        << u"信息来源: 武威市司法局 作者:市司法局 发布日期: 2022-03-04 14:26 浏览次数:"_qs
        << QStringList{u"信息来源=武威市司法局"_qs, u"作者=市司法局"_qs,
                       u"发布日期=2022-03-04 14:26"_qs, u"浏览次数="_qs};
    QTest::addRow("not a field line") << u"来源于群众的意见建议共120条。"_qs << QStringList();
    QTest::addRow("key without colon") << u"索引号码"_qs << QStringList();
}

void TestPageChromeFilter::fields()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const PageChromeFilter::Field &f :
         PageChromeFilter::parseFields(TextNormalizer::normalize(line)))
        actual.append(f.key + QLatin1Char('=') + f.value);
    QCOMPARE(actual, expected);
}

void TestPageChromeFilter::dateline()
{
    QCOMPARE(PageChromeFilter::datelineAgency(u"新华社北京3月12日电"_qs), u"新华社"_qs);
    QCOMPARE(PageChromeFilter::datelineAgency(u"各位代表："_qs), QString());
}

void TestPageChromeFilter::jumpLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("jumps"); // the marks, as written

    QTest::addRow("two marks between columns")
        << u"提供了行动指南。（下转第四版）（紧接第一版） 我们"_qs
        << QStringList{u"(下转第四版)"_qs, u"(紧接第一版)"_qs};
    QTest::addRow("Arabic page number")
        << u"工作（上接第2版）取得成效"_qs << QStringList{u"(上接第2版)"_qs};
    QTest::addRow("a bracket that is no jump")
        << u"第二十条第（五）项（第3版）"_qs << QStringList();
    QTest::addRow("a page without 版") << u"（下转第四页）"_qs << QStringList();
    QTest::addRow("unclosed") << u"（下转第四版"_qs << QStringList();
}

void TestPageChromeFilter::jumpLines()
{
    QFETCH(QString, line);
    QFETCH(QStringList, jumps);
    const QString norm = TextNormalizer::normalize(line);
    QStringList found;
    for (const TextSpan &span : PageChromeFilter::jumpLines(norm))
        found.append(norm.mid(span.start, span.length()));
    QCOMPARE(found, jumps);
}

void TestPageChromeFilter::jumpLinesInReport()
{
    // The parser leaves jump lines out of the text and keeps the text on both sides.
    const ReportParser::Result r = ReportParser::parse(
        u"一、工作回顾\n我们做好抗震救灾工作。（下转第四版）（紧接第一版）我们坚持稳中求进。\n"_qs,
        u"UTF-8"_qs, QString(), ReportParser::Options());
    QVERIFY(r.report);
    const Section &s = r.report->section(r.report->indexOfSection(u"1"_qs));
    QCOMPARE(s.text, u"我们做好抗震救灾工作。\n我们坚持稳中求进。"_qs);
}

QTEST_GUILESS_MAIN(TestPageChromeFilter)
#include "tst_pagechromefilter.moc"
