// The metadata reader: each rule on synthetic front matter (type, place and issuer, years,
// date and where each was read), and its data files: the real ones load, the compiled-in copy
// equals them, damaged files are rejected with an error naming the file and the line.

#include "core/metadatareader.h"
#include "core/metadatavocabulary.h"
#include "core/reportparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString DataDir = QStringLiteral(REPORTSCOPE_SOURCE_DIR "/core/data");
const QStringList FileNames{QStringLiteral("metadata.tsv"), QStringLiteral("places.tsv")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** "type place issuer reporting document date", each with its source: the row format. */
QString describe(const ReportFacts &f)
{
    auto src = [](ReportFacts::Source s) {
        const QString n = ReportFacts::sourceName(s);
        return n.isEmpty() ? QStringLiteral("-") : n;
    };
    return QStringLiteral("%1/%2 %3/%4 %5/%6 %7/%8 %9/%10 %11/%12")
        .arg(ReportFacts::typeName(f.type), src(f.typeSource), f.place, src(f.placeSource),
             f.issuer, src(f.issuerSource))
        .arg(f.reportingYear)
        .arg(src(f.reportingYearSource))
        .arg(f.documentYear)
        .arg(src(f.documentYearSource))
        .arg(f.date.isEmpty() ? QStringLiteral("-") : f.date, src(f.dateSource));
}

} // namespace

class TestMetadataReader : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void parsedReport_data();
    void parsedReport();
    void realFilesLoad();
    void builtInEqualsSourceFiles();
    void missingFile();
};

void TestMetadataReader::rules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subtitle");
    QTest::addColumn<QString>("issuer"); // the parser's (signature) issuer
    QTest::addColumn<QString>("date");   // the parser's date
    QTest::addColumn<QString>("agency"); // page field 发布机构
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    const QString speechProvince =
        u"各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"_qs;
    QTest::addRow("provincial title and subtitle")
        << u"2026年安徽省政府工作报告"_qs
        << u"——2026年2月5日在安徽省第十四届人民代表大会第四次会议上"_qs << QString()
        << u"2026-02-05"_qs << QString() << speechProvince
        << QStringList{u"一、2025年和“十四五”时期工作回顾"_qs} << QString()
        << u"gzbg/title 安徽省/title 安徽省人民政府/title 2025/text 2026/subtitle 2026-02-05/subtitle"_qs;
    QTest::addRow("autonomous region")
        << u"2026年广西壮族自治区政府工作报告"_qs << QString() << QString() << QString()
        << QString() << QString() << QStringList() << QString()
        << u"gzbg/title 广西壮族自治区/title 广西壮族自治区人民政府/title 2025/title 2026/title -/-"_qs;
    QTest::addRow("no title: place from the subtitle's meeting")
        << u"政府工作报告"_qs << u"――2026年1月27日在青海省第十四届人民代表大会第四次会议上"_qs
        << QString() << QString() << QString() << speechProvince << QStringList() << QString()
        << u"gzbg/title 青海省/subtitle 青海省人民政府/subtitle 2025/subtitle 2026/subtitle 2026-01-27/subtitle"_qs;
    QTest::addRow("subtitle without a dash, found in the text")
        << u"2026年黑龙江省政府工作报告"_qs << QString() << QString() << QString() << QString()
        << u"2026年黑龙江省政府工作报告\n2026年1月31日在黑龙江省第十四届人民代表大会第四次会议上\n"_qs +
               speechProvince
        << QStringList() << QString()
        << u"gzbg/title 黑龙江省/title 黑龙江省人民政府/title 2025/subtitle 2026/subtitle 2026-01-31/subtitle"_qs;
    QTest::addRow("我代表省人民政府 and nothing else: the province the text names")
        << QString() << QString() << QString() << QString() << QString()
        << speechProvince + u"过去一年，青海经济稳中有进，青海人民……青海的发展，江苏对口支援。\n"_qs
        << QStringList{u"一、2025年工作回顾"_qs} << QString()
        << u"gzbg/text 青海省/text 青海省人民政府/text 2025/text 2026/text -/-"_qs;
    QTest::addRow("我代表省人民政府, file name as the last resort")
        << QString() << QString() << QString() << QString() << QString() << speechProvince
        << QStringList{u"一、2025年工作回顾"_qs} << u"/data/qinghai-gzbg-2026.txt"_qs
        << u"gzbg/text 青海省/file_name 青海省人民政府/file_name 2025/text 2026/text -/-"_qs;
    QTest::addRow("国务院 is 全国")
        << QString() << QString() << QString() << QString() << QString()
        << u"各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n"_qs
        << QStringList{u"一、2013年工作回顾"_qs, u"二、2014年工作总体部署"_qs} << QString()
        << u"gzbg/text 全国/text 国务院/text 2013/text 2014/text -/-"_qs;
    QTest::addRow("过去五年: the year planned")
        << QString() << QString() << QString() << QString() << QString()
        << u"各位代表：\n现在，我代表国务院，向大会报告过去五年政府工作，请予审议。\n"_qs
        << QStringList{u"一、过去五年工作回顾"_qs, u"三、对2018年政府工作的建议"_qs} << QString()
        << u"gzbg/text 全国/text 国务院/text 2017/text 2018/text -/-"_qs;
    QTest::addRow("district completed with its city from the place list")
        << QString() << QString() << QString() << QString() << QString()
        << u"各位代表：\n现在，我代表宝安区人民政府向大会作工作报告，请予审议。深圳发展……\n"_qs
        << QStringList{u"2016年工作回顾"_qs} << QString()
        << u"gzbg/text 深圳市宝安区/text 深圳市宝安区人民政府/text 2016/text 2017/text -/-"_qs;
    QTest::addRow("district not completed when the text never names the city")
        << QString() << QString() << QString() << QString() << QString()
        << u"各位代表：\n现在，我代表龙华区人民政府向大会作工作报告，请予审议。海口发展……\n"_qs
        << QStringList{u"一、2020年工作回顾"_qs} << QString()
        << u"gzbg/text 龙华区/text 龙华区人民政府/text 2020/text 2021/text -/-"_qs;
    QTest::addRow("district completed from the text's own city")
        << QString() << QString() << QString() << QString() << QString()
        << u"各位代表：\n现在，我代表运河区人民政府向大会作工作报告，请予审议。沧州市运河区……\n"_qs
        << QStringList{u"一、2020年工作回顾"_qs} << QString()
        << u"gzbg/text 沧州市运河区/text 沧州市运河区人民政府/text 2020/text 2021/text -/-"_qs;
    QTest::addRow("我代表区人民政府: the district the text names most")
        << QString() << QString() << QString() << QString() << QString()
        << u"各位代表：\n现在，我代表区人民政府向大会作工作报告，请予审议。\n龙岗发展，龙岗人民，龙岗速度，深圳东部，福田。\n"_qs
        << QStringList{u"一、2014年工作回顾"_qs} << QString()
        << u"gzbg/text 深圳市龙岗区/text 深圳市龙岗区人民政府/text 2014/text 2015/text -/-"_qs;
    QTest::addRow("fazhi: title issuer, 年度 year, signature date")
        << u"武威市人民政府2021年度法治政府建设情况报告"_qs << QString() << u"武威市人民政府"_qs
        << u"2022-02-17"_qs << u"市司法局"_qs
        << u"2021年，武威市坚持……\n特此报告。\n武威市人民政府\n2022年2月17日\n"_qs << QStringList()
        << QString()
        << u"fazhi/title 武威市/title 武威市人民政府/title 2021/title 2022/signature 2022-02-17/signature"_qs;
    QTest::addRow("fazhi without a title: type from the text, place from the signature")
        << QString() << QString() << u"深圳市光明区人民政府"_qs << u"2022-01-05"_qs << QString()
        << u"现将有关情况报告如下：\n一、2021年主要工作情况\n法治政府建设……法治政府建设……依法行政。\n特此报告。\n深圳市光明区人民政府\n2022年1月5日\n"_qs
        << QStringList{u"一、2021年主要工作情况"_qs} << QString()
        << u"fazhi/text 深圳市光明区/signature 深圳市光明区人民政府/signature 2021/text 2022/signature 2022-01-05/signature"_qs;
    QTest::addRow("department issuer and 发布机构")
        << u"关于2023年度法治政府建设情况的报告"_qs << QString() << QString() << QString()
        << u"武威市司法局"_qs << u"一、主要工作\n"_qs << QStringList() << QString()
        << u"fazhi/title 武威市/page_field 武威市司法局/page_field 2023/title 2024/title -/-"_qs;
    QTest::addRow("xxgk title")
        << u"淮安市洪泽区人民政府2023年政府信息公开工作年度报告"_qs << QString() << QString()
        << QString() << QString() << QString() << QStringList() << QString()
        << u"xxgk/title 淮安市洪泽区/title 淮安市洪泽区人民政府/title 2023/title 2024/title -/-"_qs;
    // The file name names the district only, and the text never names its city.
    QTest::addRow("xxgk from the text")
        << QString() << QString() << QString() << QString() << QString()
        << u"根据《中华人民共和国政府信息公开条例》……收到政府信息公开申请12件，政府信息公开申请……\n"_qs
        << QStringList() << u"hongze-xxgk-2024.pdf"_qs
        << u"xxgk/text 洪泽区/file_name 洪泽区人民政府/file_name 2024/file_name 2025/file_name -/-"_qs;
    QTest::addRow("xxgk compiled by an office (本报告由…根据)")
        << u"2023年政府信息公开工作年度报告"_qs << QString() << QString() << QString() << QString()
        << u"本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n"_qs
        << QStringList() << QString()
        << u"xxgk/title 淮安市洪泽区/text 淮安市洪泽区人民政府办公室/text 2023/title 2024/title -/-"_qs;
    QTest::addRow("everything from a pinyin file name")
        << QString() << QString() << QString() << QString() << QString() << u"正文。\n"_qs
        << QStringList() << u"corpus/shenzhen-luohu-gzbg-2019.txt"_qs
        << u"gzbg/file_name 深圳市罗湖区/file_name 深圳市罗湖区人民政府/file_name 2018/file_name 2019/file_name -/-"_qs;
    QTest::addRow("a place from the file name names no issuer of an other kind")
        << u"山西品牌丝路行正式启动"_qs << QString() << QString() << QString() << QString()
        << u"正文。\n"_qs << QStringList() << u"published/shanxi-gov-news.html"_qs
        << u"other/- 山西省/file_name /- 0/- 0/- -/-"_qs;
    QTest::addRow("a Chinese file name")
        << QString() << QString() << QString() << QString() << QString() << u"正文。\n"_qs
        << QStringList() << u"2026_青海省_政府工作报告.csv"_qs
        << u"gzbg/file_name 青海省/file_name 青海省人民政府/file_name 2025/file_name 2026/file_name -/-"_qs;
    QTest::addRow("a word that only ends like a place is none")
        << u"关于城市更新工作的报告"_qs << QString() << QString() << QString() << QString()
        << u"正文。\n"_qs << QStringList() << QString() << u"other/- /- /- 0/- 0/- -/-"_qs;
    QTest::addRow("published time stamp is not the date")
        << u"政府工作报告"_qs << QString() << QString() << QString() << QString()
        << u"政府工作报告\n2026-01-31 07:00:44\n来源：某日报\n"_qs << QStringList() << QString()
        << u"gzbg/title /- /- 2025/page_field 2026/page_field -/-"_qs;
}

void TestMetadataReader::rules()
{
    QFETCH(QString, title);
    QFETCH(QString, subtitle);
    QFETCH(QString, issuer);
    QFETCH(QString, date);
    QFETCH(QString, agency);
    QFETCH(QString, text);
    QFETCH(QStringList, headings);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    ReportMetadata m;
    m.title = title;
    m.subtitle = subtitle;
    m.issuer = issuer;
    m.date = date;
    if (!agency.isEmpty())
        m.fields.append({u"发布机构"_qs, agency});
    const ReportFacts f = MetadataReader().read(m, text, headings, file);
    QCOMPARE(describe(f), expected);
}

void TestMetadataReader::parsedReport_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addRow("政府工作报告 through the parser")
        << u"2026年河南省政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，全省生产总值增长5.6%。\n二、2026年重点工作\n今年，全省预期目标是增长5%左右。\n"_qs
        << QString()
        << u"gzbg/title 河南省/title 河南省人民政府/title 2025/text 2026/subtitle 2026-01-26/subtitle"_qs;
    QTest::addRow("法治 report through the parser")
        << u"武威市人民政府2021年度法治政府建设情况报告\n一、主要工作\n全年办理案件147件，法治政府建设持续推进。\n二、存在问题\n依法行政能力有待提高。\n特此报告。\n武威市人民政府\n2022年2月17日\n"_qs
        << QString()
        << u"fazhi/title 武威市/title 武威市人民政府/title 2021/title 2022/signature 2022-02-17/signature"_qs;
}

void TestMetadataReader::parsedReport()
{
    QFETCH(QString, text);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const ReportParser::Result r = ReportParser::parse(text, QString(), file);
    QVERIFY(r.report);
    QCOMPARE(describe(r.report->metadata().facts), expected);
}

void TestMetadataReader::realFilesLoad()
{
    MetadataVocabulary v;
    QString error;
    QVERIFY2(v.loadDirectory(DataDir, &error), qPrintable(error));
    QVERIFY(v.titleCues().size() >= 4);
    QVERIFY(v.place(u"深圳市") != nullptr);
    QCOMPARE(v.place(u"龙岗")->parent, u"深圳市"_qs);
    QCOMPARE(v.placeByPinyin(u"Guangxi")->name, u"广西壮族自治区"_qs);
    // Every parent is listed and every pinyin names one place.
    QSet<QString> pinyin;
    for (const MetadataVocabulary::Place &p : v.places()) {
        QVERIFY2(p.parent.isEmpty() || v.place(p.parent), qPrintable(p.name));
        QVERIFY2(!pinyin.contains(p.pinyin), qPrintable(p.pinyin));
        pinyin.insert(p.pinyin);
    }
}

void TestMetadataReader::builtInEqualsSourceFiles()
{
    for (const QString &f : FileNames) {
        const QByteArray source = readAll(QDir(DataDir).filePath(f));
        QVERIFY(!source.isEmpty());
        QCOMPARE(readAll(QStringLiteral(":/reportscope/metadata/") + f), source);
    }
    QCOMPARE(MetadataVocabulary::builtIn().places().size(), [] {
        MetadataVocabulary v;
        QString error;
        v.loadDirectory(DataDir, &error);
        return v.places().size();
    }());
}

void TestMetadataReader::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(u"metadata.tsv"_qs));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(readAll(QDir(DataDir).filePath(u"metadata.tsv"_qs)));
    out.close();
    MetadataVocabulary v;
    QString message;
    QVERIFY(!v.loadDirectory(dir.path(), &message));
    QVERIFY2(message.contains(u"places.tsv"_qs), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
