// Structure expectations for the real reports in the shared corpus, written after reading
// each file. The corpus lives outside the repository: REPORTSCOPE_CORPUS_DIR names it.

#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QDir>
#include <QTest>

namespace {

// "id heading" for the top-level sections, then "id:children" counts.
QStringList topLevel(const Report &report)
{
    QStringList out;
    for (int i : report.topLevelSections())
        out.append(report.section(i).id + QLatin1Char(' ') + report.headingText(i));
    return out;
}

QStringList childCounts(const Report &report)
{
    QStringList out;
    for (const Section &s : report.sections()) {
        if (!s.children.isEmpty())
            out.append(s.id + QLatin1Char(':') + QString::number(s.children.size()));
    }
    return out;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFileLoads();
    void structure_data();
    void structure();
    void metadata_data();
    void metadata();
    void facts_data();
    void facts();
    void noChromeInSections_data();
    void noChromeInSections();
    void sectionTexts_data();
    void sectionTexts();
    void navigationOnlyIsRejected();
};

void TestCorpus::initTestCase()
{
    REPORTSCOPE_REQUIRE_CORPUS();
}

void TestCorpus::everyFileLoads()
{
    const QStringList files = QDir(corpusDir()).entryList({u"*.txt"_qs}, QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString &name : files) {
        const ReportLoader::Result r = ReportLoader::loadFile(QDir(corpusDir()).filePath(name));
        if (name.contains(u"navonly"_qs)) {
            QCOMPARE(r.error, ReportLoader::Error::NoStructure);
            continue;
        }
        QVERIFY2(r.ok(), qPrintable(name + u": "_qs + r.errorMessage));
        QVERIFY2(r.report->sectionCount() >= 4, qPrintable(name));
        QCOMPARE(r.report->encoding(), u"UTF-8"_qs);
        // Positional ids are unique and every non-preamble section has a heading.
        QSet<QString> ids;
        for (int i = 0; i < r.report->sectionCount(); ++i) {
            const Section &s = r.report->section(i);
            QVERIFY2(!ids.contains(s.id), qPrintable(name + u" "_qs + s.id));
            ids.insert(s.id);
            // The preamble and the closing are found by where they stand and have no title.
            if (s.kind != Section::Kind::Preamble && s.kind != Section::Kind::Closing)
                QVERIFY2(!s.title.isEmpty(), qPrintable(name + u" "_qs + s.id));
            // The body is always blocks (the views render nothing else): joined by '\n'
            // they are the section's text again.
            QStringList parts;
            for (const SectionBlock &b : s.blocks)
                parts.append(s.textAt(b.range).toString());
            QVERIFY2(s.text.isEmpty() || !s.blocks.isEmpty(), qPrintable(name + u" "_qs + s.id));
            QCOMPARE(parts.join(u'\n'), s.text);
        }
    }
}

void TestCorpus::structure_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("top");
    QTest::addColumn<QStringList>("children");

    QTest::addRow("wuwei") << u"wuwei-2021-fazhi.txt"_qs
                           << QStringList{u"0 "_qs, u"1 一、主要举措和成效"_qs,
                                          u"2 二、存在的问题和不足"_qs,
                                          u"3 三、2022年推进法治政府建设的主要安排"_qs, u"4 "_qs}
                           << QStringList{u"1:9"_qs,   u"1.1:4"_qs, u"1.2:4"_qs, u"1.3:3"_qs,
                                          u"1.4:3"_qs, u"1.5:5"_qs, u"1.6:3"_qs, u"1.7:4"_qs,
                                          u"1.8:5"_qs, u"1.9:2"_qs, u"2:3"_qs,   u"3:4"_qs};
    // Starts mid-document; several 一是 items per line; closing and signature.
    QTest::addRow("guangming") << u"shenzhen-guangming-fazhi-2021.txt"_qs
                               << QStringList{u"0 "_qs, u"1 一、2021年主要工作情况"_qs,
                                              u"2 二、存在问题"_qs, u"3 三、下一步工作计划"_qs,
                                              u"4 "_qs}
                               << QStringList{u"1:7"_qs,   u"1.1:3"_qs, u"1.2:4"_qs,
                                              u"1.3:3"_qs, u"1.4:3"_qs, u"1.5:4"_qs,
                                              u"1.6:4"_qs, u"1.7:3"_qs, u"3:4"_qs};
    // Half-width (一) run-in headings with inline 一是 items; —— lead items.
    QTest::addRow("luohu") << u"shenzhen-luohu-gzbg-2019.txt"_qs
                           << QStringList{u"0 "_qs, u"1 一、2018年工作回顾"_qs,
                                          u"2 二、2019年主要工作"_qs, u"3 "_qs, u"4 名词解释"_qs}
                           << QStringList{u"1:6"_qs,   u"1.1:4"_qs, u"1.2:3"_qs, u"1.3:3"_qs,
                                          u"1.4:3"_qs, u"1.5:3"_qs, u"1.6:3"_qs, u"2:10"_qs,
                                          u"2.1:3"_qs, u"2.2:3"_qs, u"2.3:3"_qs, u"2.4:3"_qs,
                                          u"2.5:3"_qs, u"2.6:3"_qs, u"2.7:3"_qs, u"2.8:3"_qs,
                                          u"2.9:3"_qs};
    // The report appears twice; the first copy (without title) is dropped.
    QTest::addRow("guowuyuan") << u"guowuyuan-gzbg-2024.txt"_qs
                               << QStringList{u"0 "_qs, u"1 一、2023年工作回顾"_qs,
                                              u"2 二、2024年经济社会发展总体要求和政策取向"_qs,
                                              u"3 三、2024年政府工作任务"_qs, u"4 "_qs}
                               << QStringList{u"1:6"_qs, u"3:10"_qs};
    // Unnumbered parts, 1–136 numbering across subsections, attachments with tables (附件二's
    // two captioned tables are its parts).
    QTest::addRow("baoan") << u"shenzhen-baoan-gzbg-2017.txt"_qs
                           << QStringList{u"0 "_qs,
                                          u"1 2016年工作回顾"_qs,
                                          u"2 2017年主要工作任务"_qs,
                                          u"3 "_qs,
                                          u"4 附件一 名词解释"_qs,
                                          u"5 附件二 宝安区2016年经济数据和2017年经济指标预期"_qs,
                                          u"6 附件三 2016年区民生实事完成情况"_qs,
                                          u"7 附件四 2017年宝安区民生实事项目（共178项）"_qs}
                           << QStringList{u"1:6"_qs,    u"1.1:7"_qs,  u"1.2:10"_qs, u"1.3:9"_qs,
                                          u"1.4:12"_qs, u"1.5:18"_qs, u"1.6:11"_qs, u"2:9"_qs,
                                          u"2.1:22"_qs, u"2.2:15"_qs, u"2.3:15"_qs, u"2.4:8"_qs,
                                          u"2.5:15"_qs, u"2.6:16"_qs, u"2.7:18"_qs, u"2.8:12"_qs,
                                          u"2.9:15"_qs, u"4:22"_qs,   u"5:2"_qs,    u"7:10"_qs,
                                          u"7.1:17"_qs, u"7.2:12"_qs, u"7.3:9"_qs,  u"7.4:10"_qs,
                                          u"7.5:6"_qs,  u"7.6:16"_qs, u"7.7:17"_qs, u"7.8:29"_qs,
                                          u"7.9:31"_qs, u"7.10:31"_qs};
    // Page chrome at the top; 目标：一是…，二是… lists are not items.
    QTest::addRow("beijing")
        << u"beijing-gzbg-2026.txt"_qs
        << QStringList{u"0 "_qs, u"1 一、2025年工作回顾"_qs,
                       u"2 二、“十四五”时期发展成就和“十五五”时期主要目标任务"_qs,
                       u"3 三、2026年重点工作"_qs, u"4 "_qs}
        << QStringList{u"1:6"_qs, u"3:10"_qs};
    // Full-width digits and punctuation, NBSPs, ——— lead items.
    QTest::addRow("shenzhen 2001")
        << u"shenzhen-gzbg-2001.txt"_qs
        << QStringList{u"0 "_qs, u"1 一、“九五”时期简要回顾和2000年经济社会发展基本情况"_qs,
                       u"2 二、“十五”时期的奋斗目标、发展思路和主要任务"_qs,
                       u"3 三、2001年的主要工作"_qs, u"4 "_qs}
        << QStringList{u"1:5"_qs, u"2:12"_qs, u"2.6:3"_qs, u"3:8"_qs};
}

void TestCorpus::structure()
{
    QFETCH(QString, file);
    QFETCH(QStringList, top);
    QFETCH(QStringList, children);
    const ReportLoader::Result r = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(topLevel(*r.report), top);
    QCOMPARE(childCounts(*r.report), children);
}

void TestCorpus::metadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // title, issuer, date, published, source
    QTest::addRow("wuwei") << u"wuwei-2021-fazhi.txt"_qs
                           << QStringList{u"武威市人民政府2021年度法治政府建设情况报告"_qs,
                                          u"武威市人民政府"_qs, u"2022-02-17"_qs, u"2022-03-04"_qs,
                                          u"武威市司法局"_qs};
    QTest::addRow("guangming") << u"shenzhen-guangming-fazhi-2021.txt"_qs
                               << QStringList{QString(), u"深圳市光明区人民政府"_qs,
                                              u"2022-01-05"_qs, QString(), QString()};
    QTest::addRow("luohu") << u"shenzhen-luohu-gzbg-2019.txt"_qs
                           << QStringList{QString(), u"罗湖区人民政府"_qs, QString(), QString(),
                                          QString()};
    QTest::addRow("guowuyuan") << u"guowuyuan-gzbg-2024.txt"_qs
                               << QStringList{u"政府工作报告"_qs, u"国务院"_qs, u"2024-03-05"_qs,
                                              QString(), u"新华社"_qs};
    QTest::addRow("baoan") << u"shenzhen-baoan-gzbg-2017.txt"_qs
                           << QStringList{QString(), u"宝安区人民政府"_qs, QString(), QString(),
                                          QString()};
    QTest::addRow("beijing") << u"beijing-gzbg-2026.txt"_qs
                             << QStringList{u"2026年北京市政府工作报告"_qs, u"北京市人民政府"_qs,
                                            u"2026-01-25"_qs, u"2026-02-02"_qs, u"北京日报"_qs};
    QTest::addRow("shenzhen 2001")
        << u"shenzhen-gzbg-2001.txt"_qs
        << QStringList{QString(), u"深圳市人民政府"_qs, QString(), QString(), QString()};
}

void TestCorpus::metadata()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const ReportLoader::Result r = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const ReportMetadata &m = r.report->metadata();
    QCOMPARE(QStringList({m.title, m.issuer, m.date, m.published, m.source}), expected);
}

// The inferred metadata of reports outside the gold set (the gold ctest pins the others):
// "type place reporting-year document-year date".
void TestCorpus::facts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addRow("shanxi") << u"provinces-2026/shanxi-gzbg-2026.txt"_qs
                            << u"gzbg 山西省 2025 2026 2026-02-02"_qs;
    QTest::addRow("xinjiang") << u"provinces-2026/xinjiang-gzbg-2026.txt"_qs
                              << u"gzbg 新疆维吾尔自治区 2025 2026 2026-01-27"_qs;
    QTest::addRow("xizang") << u"provinces-2026/xizang-gzbg-2026.txt"_qs
                            << u"gzbg 西藏自治区 2025 2026 2026-01-31"_qs;
    QTest::addRow("guowuyuan 2018, 过去五年")
        << u"series/guowuyuan-gzbg-2018.txt"_qs << u"gzbg 全国 2017 2018 -"_qs;
    QTest::addRow("guowuyuan 2020")
        << u"series/guowuyuan-gzbg-2020.txt"_qs << u"gzbg 全国 2019 2020 -"_qs;
    QTest::addRow("longgang 2014, no opening")
        << u"series/longgang-gzbg-2014.txt"_qs << u"gzbg 深圳市龙岗区 2013 2014 -"_qs;
    QTest::addRow("longgang 2016, 我代表区人民政府")
        << u"series/longgang-gzbg-2016.txt"_qs << u"gzbg 深圳市龙岗区 2015 2016 -"_qs;
    QTest::addRow("shenzhen 2021")
        << u"series/shenzhen-gzbg-2021.txt"_qs << u"gzbg 深圳市 2020 2021 -"_qs;
}

void TestCorpus::facts()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const ReportLoader::Result r = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const ReportFacts &f = r.report->metadata().facts;
    QCOMPARE(QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(ReportFacts::typeName(f.type), f.place)
                 .arg(f.reportingYear)
                 .arg(f.documentYear)
                 .arg(f.date.isEmpty() ? QStringLiteral("-") : f.date),
             expected);
}

void TestCorpus::noChromeInSections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("forbidden");
    QTest::addRow("wuwei") << u"wuwei-2021-fazhi.txt"_qs
                           << QStringList{u"扫一扫"_qs, u"Produced By"_qs, u"索引号"_qs,
                                          u"浏览次数"_qs, u"法定主动公开内容"_qs};
    QTest::addRow("beijing") << u"beijing-gzbg-2026.txt"_qs
                             << QStringList{u"【字号"_qs, u"戴冰"_qs,     u"相关报道"_qs,
                                            u"收藏"_qs,   u"北京日报"_qs, u"殷勇"_qs};
    QTest::addRow("guowuyuan") << u"guowuyuan-gzbg-2024.txt"_qs
                               << QStringList{u"责任编辑"_qs, u"我要纠错"_qs, u"姚大伟"_qs,
                                              u"新华社北京"_qs, u"李强"_qs};
}

void TestCorpus::noChromeInSections()
{
    QFETCH(QString, file);
    QFETCH(QStringList, forbidden);
    const ReportLoader::Result r = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    for (const Section &s : r.report->sections()) {
        for (const QString &word : forbidden) {
            QVERIFY2(!s.text.contains(word) && !s.title.contains(word),
                     qPrintable(s.id + u": "_qs + word));
        }
    }
}

void TestCorpus::sectionTexts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("contains");
    QTest::addRow("guangming preamble")
        << u"shenzhen-guangming-fazhi-2021.txt"_qs << u"0"_qs << u"现将有关情况报告如下："_qs;
    QTest::addRow("guangming closing signature")
        << u"shenzhen-guangming-fazhi-2021.txt"_qs << u"4"_qs << u"2022年1月5日"_qs;
    QTest::addRow("guangming colon list stays in text")
        << u"shenzhen-guangming-fazhi-2021.txt"_qs << u"2"_qs << u"二是法治建设亮点"_qs;
    QTest::addRow("beijing target list stays in text")
        << u"beijing-gzbg-2026.txt"_qs << u"2"_qs << u"一是首都功能持续提升，二是"_qs;
    QTest::addRow("2001 keeps full-width digits")
        << u"shenzhen-gzbg-2001.txt"_qs << u"1.1"_qs << u"1665．2亿元"_qs;
    QTest::addRow("baoan table rows stay in the attachment, under their caption")
        << u"shenzhen-baoan-gzbg-2017.txt"_qs << u"5.1"_qs << u"地区生产总值3003亿元"_qs;
    QTest::addRow("baoan second table under its caption")
        << u"shenzhen-baoan-gzbg-2017.txt"_qs << u"5.2"_qs << u"城镇居民登记失业率"_qs;
    QTest::addRow("luohu item after a run-in heading")
        << u"shenzhen-luohu-gzbg-2019.txt"_qs << u"1.1.1"_qs << u"778.40亿元"_qs;
}

void TestCorpus::sectionTexts()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, contains);
    const ReportLoader::Result r = ReportLoader::loadFile(QDir(corpusDir()).filePath(file));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const int index = r.report->indexOfSection(id);
    QVERIFY(index >= 0);
    QVERIFY2(r.report->section(index).text.contains(contains),
             qPrintable(r.report->section(index).text.left(200)));
}

void TestCorpus::navigationOnlyIsRejected()
{
    const ReportLoader::Result r = ReportLoader::loadFile(
        QDir(corpusDir()).filePath(u"shenzhen-pingshan-gzbg-2021-navonly.txt"_qs));
    QVERIFY(!r.report);
    QCOMPARE(r.error, ReportLoader::Error::NoStructure);
    QVERIFY(r.errorMessage.contains(u"No report structure"_qs));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
