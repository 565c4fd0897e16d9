#include "import/documentreaders.h"
#include "import/docxreader.h"
#include "import/wordnumbering.h"
#include "tests/corpusdir.h"
#include "tests/sourcedocumentsummary.h"
#include "tests/zipbuilder.h"

#include <QFile>
#include <QTest>

namespace {

const QByteArray ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

QByteArray documentXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + ns +
           "><w:body>" + body + "</w:body></w:document>";
}

// Styles: "2" is WPS's id for heading 1 (named so), H2 a style based on it with outline
// level 1, Zh3 is named "标题 3", List a style with numbering of its own.
const QByteArray stylesXml =
    "<w:styles " + ns +
    "><w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"1\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"My heading\"/>"
    "<w:basedOn w:val=\"1\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Zh3\"><w:name w:val=\"标题 3\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
    "</w:styles>";

QByteArray level(int ilvl, int start, const char *fmt, const char *text)
{
    return "<w:lvl w:ilvl=\"" + QByteArray::number(ilvl) + "\"><w:start w:val=\"" +
           QByteArray::number(start) + "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" +
           text + "\"/><w:pPr><w:ind w:left=\"720\"/></w:pPr></w:lvl>";
}

// 1: chinese headings 一、; 2 and 3: one decimal list 1. / 1.1; 4: same list as 2 with a
// start override; 5: （一） from 3; 6: bullets.
const QByteArray numberingXml =
    "<w:numbering " + ns + "><w:abstractNum w:abstractNumId=\"0\">" +
    level(0, 1, "chineseCounting", "%1、") + level(1, 1, "chineseCounting", "（%2）") +
    "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\">" + level(0, 1, "decimal", "%1.") +
    level(1, 1, "decimal", "%1.%2") + "</w:abstractNum><w:abstractNum w:abstractNumId=\"2\">" +
    level(0, 3, "japaneseCounting", "（%1）") +
    "</w:abstractNum><w:abstractNum w:abstractNumId=\"3\">" + level(0, 1, "bullet", "•") +
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
    "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"3\"/></w:num>"
    "</w:numbering>";

QByteArray p(const QByteArray &text, const QByteArray &pPr = QByteArray())
{
    return "<w:p>" + (pPr.isEmpty() ? QByteArray() : "<w:pPr>" + pPr + "</w:pPr>") +
           "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

QByteArray num(int numId, int ilvl)
{
    return "<w:numPr><w:ilvl w:val=\"" + QByteArray::number(ilvl) + "\"/><w:numId w:val=\"" +
           QByteArray::number(numId) + "\"/></w:numPr>";
}

QByteArray docx(const QByteArray &body)
{
    return makeZip({{"[Content_Types].xml", "<Types/>"},
                    {"word/document.xml", documentXml(body)},
                    {"word/styles.xml", stylesXml},
                    {"word/numbering.xml", numberingXml},
                    {"docProps/core.xml",
                     "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"http://purl.org/dc/elements/"
                     "1.1/\"><dc:title>测试文档</dc:title><dc:creator>某局</dc:creator>"
                     "</cp:coreProperties>"}});
}

DocumentReader::Result readDocx(const QByteArray &bytes)
{
    return DocxReader().read(bytes, u"t.docx"_qs, DocumentReader::ReadOptions());
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void blocks_data();
    void blocks();
    void metadata();
    void hostile_data();
    void hostile();
    void corpus_data();
    void corpus();
    void moduleMissing();
};

void TestDocxReader::moduleMissing()
{
    // libzip lives in a module with the reader: without it, one line naming the module.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = docx("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>");
    qputenv("REPORTSCOPE_MODULE_DIR", dir.path().toLocal8Bit());
    const DocumentReader::Result missing = readDocx(bytes);
    qunsetenv("REPORTSCOPE_MODULE_DIR");
    QCOMPARE(int(missing.error), int(DocumentReader::Error::Damaged));
    QVERIFY2(missing.errorMessage.contains(u"reportscope_docx.so"_qs),
             qPrintable(missing.errorMessage));
    QVERIFY2(missing.errorMessage.contains(dir.path()), qPrintable(missing.errorMessage));
    QVERIFY(!missing.errorMessage.contains(u'\n'));
    // Beside the test in the build tree, the same bytes read.
    const DocumentReader::Result found = readDocx(bytes);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage));
    QVERIFY(describeBlocks(found.document).join(u'\n').contains(u"一、总体情况"_qs));
}

void TestDocxReader::format_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("numFmt");
    QTest::addColumn<QString>("text");
    QTest::addRow("decimal") << 12 << u"decimal"_qs << u"12"_qs;
    QTest::addRow("chinese 1") << 1 << u"chineseCounting"_qs << u"一"_qs;
    QTest::addRow("chinese 10") << 10 << u"chineseCounting"_qs << u"十"_qs;
    QTest::addRow("chinese 11") << 11 << u"chineseCounting"_qs << u"十一"_qs;
    QTest::addRow("chinese 20") << 20 << u"chineseCountingThousand"_qs << u"二十"_qs;
    QTest::addRow("chinese 23") << 23 << u"japaneseCounting"_qs << u"二十三"_qs;
    QTest::addRow("chinese 101") << 101 << u"chineseCounting"_qs << u"一百零一"_qs;
    QTest::addRow("chinese 110") << 110 << u"chineseCounting"_qs << u"一百一十"_qs;
    QTest::addRow("legal 3") << 3 << u"chineseLegalSimplified"_qs << u"叁"_qs;
    QTest::addRow("stems") << 2 << u"ideographTraditional"_qs << u"乙"_qs;
    QTest::addRow("circle") << 3 << u"decimalEnclosedCircle"_qs << u"③"_qs;
    QTest::addRow("full width") << 12 << u"decimalFullWidth"_qs << u"１２"_qs;
    QTest::addRow("letter 27") << 27 << u"lowerLetter"_qs << u"aa"_qs;
    QTest::addRow("roman 14") << 14 << u"upperRoman"_qs << u"XIV"_qs;
    QTest::addRow("bullet") << 1 << u"bullet"_qs << QString();
}

void TestDocxReader::format()
{
    QFETCH(int, value);
    QFETCH(QString, numFmt);
    QFETCH(QString, text);
    QCOMPARE(WordNumbering::format(value, numFmt), text);
}

void TestDocxReader::blocks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("numbered headings from the style")
        << p("总体情况", "<w:pStyle w:val=\"2\"/>") + p("正文。") +
               p("主要做法", "<w:pStyle w:val=\"2\"/>") + p("存在问题", "<w:pStyle w:val=\"2\"/>")
        << QStringList{u"H1:一、总体情况"_qs, u"P:正文。"_qs, u"H1:二、主要做法"_qs,
                       u"H1:三、存在问题"_qs};
    QTest::addRow("second level resets on the first")
        << p("甲", num(1, 0)) + p("子一", num(1, 1)) + p("子二", num(1, 1)) + p("乙", num(1, 0)) +
               p("子三", num(1, 1))
        << QStringList{u"L1:一、甲"_qs, u"L2:（一）子一"_qs, u"L2:（二）子二"_qs, u"L1:二、乙"_qs,
                       u"L2:（一）子三"_qs};
    QTest::addRow("decimal multilevel, two nums continue one list")
        << p("A", num(2, 0)) + p("B", num(2, 1)) + p("C", num(3, 0)) + p("D", num(3, 1))
        << QStringList{u"L1:1. A"_qs, u"L2:1.1 B"_qs, u"L1:2. C"_qs, u"L2:2.1 D"_qs};
    QTest::addRow("start override restarts")
        << p("A", num(2, 0)) + p("B", num(2, 0)) + p("C", num(4, 0)) + p("D", num(4, 0))
        << QStringList{u"L1:1. A"_qs, u"L1:2. B"_qs, u"L1:1. C"_qs, u"L1:2. D"_qs};
    QTest::addRow("start value and parentheses")
        << p("丙", num(5, 0)) + p("丁", num(5, 0))
        << QStringList{u"L1:（三）丙"_qs, u"L1:（四）丁"_qs};
    QTest::addRow("bullets add no marker") << p("要点", num(6, 0)) << QStringList{u"L1:要点"_qs};
    QTest::addRow("numId 0 switches numbering off")
        << p("无编号", "<w:pStyle w:val=\"2\"/>" + num(0, 0)) << QStringList{u"H1:无编号"_qs};
    QTest::addRow("outline level and Chinese style name")
        << p("二级", "<w:pStyle w:val=\"H2\"/>") + p("三级", "<w:pStyle w:val=\"Zh3\"/>") +
               p("直接", "<w:outlineLvl w:val=\"3\"/>")
        << QStringList{u"H2:二级"_qs, u"H3:三级"_qs, u"H4:直接"_qs};
    QTest::addRow("empty numbered paragraph still counts")
        << p("", num(5, 0)) + p("丁", num(5, 0)) << QStringList{u"L1:（四）丁"_qs};
    QTest::addRow("fields: instruction and TOC skipped, hyperlink kept")
        << QByteArray("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
                      " TOC \\o \"1-3\" </w:instrText></w:r><w:r><w:fldChar "
                      "w:fldCharType=\"separate\"/></w:r><w:r><w:t>目录项……3</w:t></w:r></w:p>"
                      "<w:p><w:r><w:t>目录项二……5</w:t></w:r><w:r><w:fldChar "
                      "w:fldCharType=\"end\"/></w:r></w:p>"
                      "<w:p><w:r><w:t>见</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/>"
                      "</w:r><w:r><w:instrText>HYPERLINK \"http://x\"</w:instrText></w:r><w:r>"
                      "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>网站</w:t></w:r>"
                      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>。</w:t></w:r>"
                      "</w:p>") +
               p("目录标题……1", "<w:pStyle w:val=\"TOC1\"/>") +
               "<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r>"
               "</w:del></w:p>"
        << QStringList{u"P:见网站。"_qs, u"P:保留"_qs};
    QTest::addRow("table with gridSpan and vMerge")
        << QByteArray("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                      "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" +
                      p("项目") + "</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" +
                      p("数量") +
                      "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                      "<w:tc>" +
                      p("新收") + "</w:tc><w:tc>" + p("结转") +
                      "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                      "<w:tc>" +
                      p("3119") + "</w:tc><w:tc>" + p("12") + "</w:tc></w:tr></w:tbl>")
        << QStringList{u"T:项目[3x1]|数量[1x2]/新收|结转/3119|12"_qs};
    QTest::addRow("one-column table is layout")
        << QByteArray("<w:tbl><w:tr><w:tc>") + p("封面标题") + "</w:tc></w:tr><w:tr><w:tc>" +
               p("（2023年）") + "</w:tc></w:tr></w:tbl>"
        << QStringList{u"P:封面标题"_qs, u"P:（2023年）"_qs};
}

void TestDocxReader::blocks()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const QByteArray bytes = docx(body);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(DocumentReaders::forData(bytes, u"t"_qs)->formatName(), u"Word (DOCX)"_qs);
    const DocumentReader::Result r = readDocx(bytes);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(describeBlocks(r.document), expected);
}

void TestDocxReader::metadata()
{
    const DocumentReader::Result r = readDocx(docx(p("正文")));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.metadata().title, u"测试文档"_qs);
    QCOMPARE(r.document.metadata().author, u"某局"_qs);
    QCOMPARE(r.document.metadata().formatName, u"Word (DOCX)"_qs);
}

void TestDocxReader::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = docx(p("正文内容"));
    QTest::addRow("truncated zip") << good.left(good.size() / 2) << u"damaged"_qs;
    QTest::addRow("zip header only")
        << QByteArray("PK\x03\x04") + QByteArray(20, '\0') << u"damaged"_qs;
    QTest::addRow("zip without word") << makeZip({{"a.txt", "hello"}}) << u"not a Word document"_qs;
    QTest::addRow("zip bomb") << makeZip({{"word/document.xml",
                                           documentXml(QByteArray(80 * 1024 * 1024, ' '))}})
                              << u"zip bomb"_qs;
    QTest::addRow("entity expansion")
        << makeZip({{"word/document.xml",
                     "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
                     "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document " +
                         ns +
                         "><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body>"
                         "</w:document>"}})
        << u"DTD"_qs;
    QTest::addRow("broken xml") << makeZip({{"word/document.xml",
                                             "<w:document " + ns + "><w:body><w:p><w:r><w:t>x"}})
                                << u"not well-formed"_qs;
    QTest::addRow("no text") << docx(QByteArray()) << u"no text"_qs;
}

void TestDocxReader::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    QVERIFY(!bytes.isEmpty());
    const DocumentReader::Result r = readDocx(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.errorMessage));
    QVERIFY(!r.errorMessage.contains(u'\n'));
}

void TestDocxReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("present");
    QTest::addRow("nea, automatic numbering")
        << u"nea-bianzhi-shuoming.docx"_qs
        << QStringList{u"\nP:编制说明\n"_qs, u"\nP:核电厂定期安全评价 第1部分：通用要求\n"_qs,
                       u"\nL1:一、任务来源及计划要求\n"_qs, u"\nP:二、 编制过程\n"_qs};
    QTest::addRow("nianbao template, merged headers")
        << u"xxgk-nianbao-template.docx"_qs
        << QStringList{u"\nP:三、收到和处理政府信息公开申请情况\nT:"_qs,
                       u"|申请人情况[1x7]/自然人[2x1]|法人或其他组织[1x5]|总计[2x1]/商业企业|"_qs,
                       u"/三、本年度办理结果[22x1]|（一）予以公开[1x2]|||||||/"_qs,
                       u"/（三）不予公开[8x1]|1.属于国家秘密|||||||/"_qs,
                       u"T:行政复议[1x5]|行政诉讼[1x10]/结果维持[2x1]|"_qs};
}

void TestDocxReader::corpus()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QStringList, present);
    QFile f(corpusDir() + u"/published/"_qs + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(DocumentReaders::forData(bytes, file)->formatName(), u"Word (DOCX)"_qs);
    const DocumentReader::Result r = readDocx(bytes);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const QStringList blocks = describeBlocks(r.document);
    const QString all = blocks.join(u'\n');
    for (const QString &part : present)
        QVERIFY2(all.contains(part), qPrintable(part));
}

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
