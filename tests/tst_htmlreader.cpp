#include "import/documentreaders.h"
#include "import/htmlreader.h"
#include "import/mhtmlarchive.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"
#include "tests/sourcedocumentsummary.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {

DocumentReader::Result readHtml(const QByteArray &bytes)
{
    return HtmlReader().read(bytes, u"page.html"_qs, DocumentReader::ReadOptions());
}

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// A government article page: menus, a breadcrumb, the article in a content box, a share bar
// and a footer, each with enough text to compete.
QByteArray governmentPage(const QByteArray &charsetMeta)
{
    QByteArray page = "<!DOCTYPE html><html><head>" + charsetMeta +
                      "<title>关于2023年工作的报告 - 某某市人民政府</title>"
                      "<meta name=\"ArticleTitle\" content=\"关于2023年工作的报告\">"
                      "<meta name=\"PubDate\" content=\"2024-01-15 09:30\">"
                      "<meta name=\"ContentSource\" content=\"市政府办公室\">"
                      "<style>.a{color:red}</style><script>var x = '不要这段脚本';</script>"
                      "</head><body><div class=\"nav\"><ul>";
    for (int i = 0; i < 30; ++i)
        page += "<li><a href=\"/x\">栏目导航链接" + QByteArray::number(i) + "</a></li>";
    page += "</ul></div><div class=\"crumb\"><a href=\"/\">首页</a> &gt; <a>政务公开</a></div>"
            "<h1 class=\"title\">关于2023年工作的报告</h1>"
            "<div class=\"article-content\" id=\"zoom\">"
            "<h2>一、主要工作</h2>"
            "<p>　　2023年，全市地区生产总值增长5.2%，一般公共预算收入完成120亿元，同比增长"
            "8.1%。</p>"
            "<p>全年新增就业岗位3.5万个，城镇登记失业率控制在3%以内，各项工作取得新进展。</p>"
            "<h3>（一）经济运行</h3>"
            "<p>规模以上工业增加值增长6.0%，固定资产投资增长4.5%，社会消费品零售总额增长"
            "7.2%。</p>"
            "<table><tr><th rowspan=\"2\">指标</th><th colspan=\"2\">数值</th></tr>"
            "<tr><td>2022</td><td>2023</td></tr>"
            "<tr><td>收入</td><td>111</td><td>120</td></tr></table>"
            "<ul><li>第一项工作</li><li>第二项工作<ol><li>细项</li></ol></li></ul>"
            "<p>下一步，我们将继续努力，推动高质量发展，<br>确保各项目标任务全面完成。</p>"
            "</div><div class=\"share\">分享到：<a>微信</a><a>微博</a></div>"
            "<div class=\"footer\"><p>主办：某某市人民政府办公室 版权所有，未经许可不得"
            "转载，联系电话：12345678，地址：某某路1号，网站标识码1234567890。</p></div>"
            "</body></html>";
    return page;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void probe_data();
    void probe();
    void article();
    void encoding_data();
    void encoding();
    void mhtml_data();
    void mhtml();
    void quotedPrintable_data();
    void quotedPrintable();
    void hostile_data();
    void hostile();
    void corpus_data();
    void corpus();
    void boldLeads_data();
    void boldLeads();
    void corpusOutline_data();
    void corpusOutline();
    void fieldLine_data();
    void fieldLine();
};

void TestHtmlReader::probe_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QTest::addRow("doctype") << QByteArray("<!DOCTYPE html>\n<html>") << u"HTML"_qs;
    QTest::addRow("bom and html") << QByteArray("\xEF\xBB\xBF  <HTML><head>") << u"HTML"_qs;
    QTest::addRow("comment first") << QByteArray("<!-- saved from url -->\n<html>") << u"HTML"_qs;
    QTest::addRow("mht") << QByteArray(
                                "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
                                "Content-Type: multipart/related;\r\n\tboundary=\"x\"\r\n\r\n")
                         << u"HTML"_qs;
    QTest::addRow("utf-16 page") << QByteArray("\xFF\xFE<\0H\0T\0M\0L\0>\0", 14) << u"HTML"_qs;
    QTest::addRow("mht, no space after colon")
        << QByteArray("Content-Type:multipart/related; boundary=\"b\"\n\n--b\n") << u"HTML"_qs;
    QTest::addRow("mime header after a blank line")
        << QByteArray("一、总体情况\r\n\r\nMIME-Version: 1.0\r\n") << u"Plain text"_qs;
    QTest::addRow("plain text") << QByteArray("一、总体情况\n2023年，全市……") << u"Plain text"_qs;
    QTest::addRow("text mentioning html")
        << QByteArray("这份报告不是网页，只是提到了 html 这个词。") << u"Plain text"_qs;
}

void TestHtmlReader::probe()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(DocumentReaders::forData(head, u"x"_qs)->formatName(), format);
}

void TestHtmlReader::article()
{
    const DocumentReader::Result r = readHtml(governmentPage("<meta charset=\"utf-8\">"));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const QStringList blocks = describeBlocks(r.document);
    const QStringList expected{
        u"H1:关于2023年工作的报告"_qs,
        u"H2:一、主要工作"_qs,
        u"P:2023年，全市地区生产总值增长5.2%，一般公共预算收入完成120亿元，同比增长8.1%。"_qs,
        u"P:全年新增就业岗位3.5万个，城镇登记失业率控制在3%以内，各项工作取得新进展。"_qs,
        u"H3:（一）经济运行"_qs,
        u"P:规模以上工业增加值增长6.0%，固定资产投资增长4.5%，社会消费品零售总额增长7.2%。"_qs,
        u"T:指标[2x1]|数值[1x2]/2022|2023/收入|111|120"_qs,
        u"L1:第一项工作"_qs,
        u"L1:第二项工作"_qs,
        u"L2:细项"_qs,
        u"P:下一步，我们将继续努力，推动高质量发展，"_qs,
        u"P:确保各项目标任务全面完成。"_qs,
    };
    QCOMPARE(blocks, expected);
    const SourceMetadata &m = r.document.metadata();
    QCOMPARE(m.title, u"关于2023年工作的报告"_qs);
    QCOMPARE(m.created, u"2024-01-15T09:30"_qs);
    QCOMPARE(m.formatName, u"HTML"_qs);
    QVERIFY(m.details.contains({u"Source"_qs, u"市政府办公室"_qs}));
    QVERIFY(m.details.contains({u"Content block"_qs, u"div#zoom"_qs}));
    QVERIFY(!r.document.text().contains(u"不要这段脚本"));
    QVERIFY(!r.document.text().contains(u"栏目导航"));
    QVERIFY(!r.document.text().contains(u"版权所有"));
    QVERIFY(!r.document.text().contains(u"分享到"));
}

void TestHtmlReader::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("mislabelled");
    const QString body = u"<html><head>%1<title>报告</title></head><body><p>全市地区生产总值增长"
                         u"百分之五，财政收入稳步增长，民生保障持续加强。</p></body></html>"_qs;
    const QByteArray gbMeta = "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                              "charset=gb2312\">";
    QTest::addRow("gb2312 declared, GBK bytes")
        << gbk(body.arg(QString::fromLatin1(gbMeta))) << u"GB18030"_qs << false;
    QTest::addRow("gb2312 declared, UTF-8 bytes")
        << body.arg(QString::fromLatin1(gbMeta)).toUtf8() << u"UTF-8"_qs << true;
    QTest::addRow("utf-8 declared, GBK bytes")
        << gbk(body.arg(u"<meta charset=\"utf-8\">"_qs)) << u"GB18030"_qs << true;
    QTest::addRow("nothing declared, GBK bytes")
        << gbk(body.arg(QString())) << u"GB18030"_qs << false;
    QTest::addRow("BOM beats the declaration")
        << QByteArray("\xEF\xBB\xBF") + body.arg(QString::fromLatin1(gbMeta)).toUtf8()
        << u"UTF-8 (BOM)"_qs << false;
}

void TestHtmlReader::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(bool, mislabelled);
    const DocumentReader::Result r = readHtml(bytes);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.metadata().encoding, encoding);
    QVERIFY(r.document.text().contains(u"全市地区生产总值增长百分之五"));
    bool warned = false;
    for (const ReportWarning &w : r.document.warnings())
        warned = warned || w.type() == ReportWarning::Type::DeclaredEncodingWrong;
    QCOMPARE(warned, mislabelled);
}

void TestHtmlReader::mhtml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("paragraph");
    const QString para = u"全年新增就业岗位3.5万个，城镇登记失业率控制在3%以内。"_qs;
    const QByteArray html = "<html><head><title>T</title></head><body><div id=\"zoom\"><p>" +
                            para.toUtf8() + "</p></div></body></html>";
    const QByteArray head = "From: <Saved by Blink>\r\nSubject: T\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                            "\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n";
    QByteArray qp;
    for (char c : html) {
        qp += QByteArray("=") + QByteArray(1, c).toHex().toUpper();
        if (qp.size() % 72 < 3)
            qp += "=\r\n";
    }
    QTest::addRow("quoted-printable utf-8")
        << head +
               "------MultipartBoundary--abc----\r\nContent-Type: text/html\r\n"
               "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: "
               "quoted-printable\r\nContent-Location: http://x/\r\n\r\n" +
               qp +
               "\r\n------MultipartBoundary--abc----\r\nContent-Type: image/png\r\n\r\n"
               "\x89PNG\r\n------MultipartBoundary--abc------\r\n"
        << para;
    const QByteArray gbHtml = gbk(QString::fromUtf8(html));
    QTest::addRow("base64 gb2312 part")
        << head +
               "------MultipartBoundary--abc----\r\nContent-Type: text/html; "
               "charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
               gbHtml.toBase64() + "\r\n------MultipartBoundary--abc------\r\n"
        << para;
}

void TestHtmlReader::mhtml()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, paragraph);
    const DocumentReader *reader = DocumentReaders::forData(bytes, u"page.mht"_qs);
    QCOMPARE(reader->formatName(), u"HTML"_qs);
    const DocumentReader::Result r =
        reader->read(bytes, u"page.mht"_qs, DocumentReader::ReadOptions());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.metadata().formatName, u"MHTML"_qs);
    QVERIFY(describeBlocks(r.document).contains(u"P:"_qs + paragraph));
}

void TestHtmlReader::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addRow("escapes") << QByteArray("a=3Db=E4=B8=80") << QByteArray("a=b\xE4\xB8\x80");
    QTest::addRow("soft break crlf") << QByteArray("ab=\r\ncd") << QByteArray("abcd");
    QTest::addRow("soft break lf") << QByteArray("ab=\ncd") << QByteArray("abcd");
    QTest::addRow("bad escape kept") << QByteArray("a=ZZ") << QByteArray("a=ZZ");
    QTest::addRow("trailing equals") << QByteArray("a=") << QByteArray("a=");
}

void TestHtmlReader::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(MhtmlArchive::decodeQuotedPrintable(encoded), decoded);
}

void TestHtmlReader::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("only markup") << QByteArray("<html><body><div></div></body></html>") << false;
    QTest::addRow("binary after the doctype")
        << QByteArray("<!DOCTYPE html><html>") + QByteArray(5000, '\x01') << false;
    QByteArray deep = "<html><body><p>嵌套之前的正文段落，应当保留下来。</p>";
    deep += QByteArray("<div>").repeated(200000);
    deep += "深层文字内容在这里，足够长的一段话。";
    deep += QByteArray("</div>").repeated(200000);
    QTest::addRow("200000 nested elements") << deep << true;
    QTest::addRow("mht without html part")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
                      "--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
        << false;
    QTest::addRow("huge spans") << QByteArray("<html><body><table><tr><td rowspan=99999999 "
                                              "colspan=-5>甲</td><td>乙</td></tr><tr><td>丙</td>"
                                              "<td>丁</td></tr></table></body></html>")
                                << true;
}

void TestHtmlReader::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    const DocumentReader::Result r = readHtml(bytes);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.errorMessage.isEmpty());
        QVERIFY(!r.errorMessage.contains(u'\n'));
    }
}

void TestHtmlReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("absent");
    QTest::addColumn<bool>("mislabelled");
    QTest::addRow("people") << u"people-charset-mislabelled.html"_qs
                            << u"女儿出嫁，郑板桥画了几笔兰花当嫁妆"_qs << u"UTF-8"_qs
                            << u"郑板桥"_qs << u"人民网版权所有"_qs << true;
    QTest::addRow("shanxi") << u"shanxi-gov-news.html"_qs << u"山西品牌丝路行（南美站）正式启动"_qs
                            << u"UTF-8"_qs << u"南美"_qs << u"网站地图"_qs << false;
    QTest::addRow("zjdrc") << u"zjdrc-deqing-touzi.html"_qs
                           << u"1-10月德清县固定资产投资结构趋稳趋优"_qs << u"UTF-8"_qs
                           << u"全县固定资产投资完成246.79亿元"_qs << u"网站地图"_qs << false;
}

void TestHtmlReader::corpus()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, encoding);
    QFETCH(QString, present);
    QFETCH(QString, absent);
    QFETCH(bool, mislabelled);
    QFile f(corpusDir() + u"/published/"_qs + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const DocumentReader *reader = DocumentReaders::forData(bytes, file);
    QCOMPARE(reader->formatName(), u"HTML"_qs);
    const DocumentReader::Result r = reader->read(bytes, file, DocumentReader::ReadOptions());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.metadata().title, title);
    QCOMPARE(r.document.metadata().encoding, encoding);
    QVERIFY2(r.document.text().contains(present), qPrintable(r.document.text().left(400)));
    QVERIFY2(!r.document.text().contains(absent), qPrintable(r.document.text().left(400)));
    QVERIFY(!r.document.text().contains(u"function("));
    QVERIFY(!r.document.text().contains(u"{"));
    QCOMPARE(r.document.blocks().first().type, SourceBlock::Type::HeadingHint);
    QCOMPARE(r.document.text(r.document.blocks().first().span).toString(), title);
    bool warned = false;
    for (const ReportWarning &w : r.document.warnings())
        warned = warned || w.type() == ReportWarning::Type::DeclaredEncodingWrong;
    QCOMPARE(warned, mislabelled);
}

void TestHtmlReader::boldLeads_data()
{
    QTest::addColumn<QByteArray>("body"); // inside the article's content box
    QTest::addColumn<QStringList>("blocks");
    const QString body = u"P:这是正文的第一段，写得足够长，让它成为页面上文字最多的部分。"_qs;
    const QByteArray text = "<p>这是正文的第一段，写得足够长，让它成为页面上文字最多的部分。</p>";
    QTest::addRow("bold paragraph is a heading")
        << QByteArray("<p style=\"text-align:center\"><strong>《冬夜读书示子聿》</strong></p>" +
                      text)
        << QStringList{u"H2:《冬夜读书示子聿》"_qs, body};
    QTest::addRow("font-weight bold, numbered")
        << QByteArray("<p><span style=\"font-weight: bold\">一、总体情况</span></p>" + text)
        << QStringList{u"H2:一、总体情况"_qs, body};
    QTest::addRow("lead-in ending in a colon")
        << QByteArray("<p><strong>点评：</strong></p>" + text) << QStringList{u"P:点评："_qs, body};
    QTest::addRow("by-line") << QByteArray("<p><b>——（宋）陆游</b></p>" + text)
                             << QStringList{u"P:——（宋）陆游"_qs, body};
    QTest::addRow("photo caption, a sentence")
        << QByteArray("<p><b>图为启动仪式。（刘通摄）</b></p>" + text)
        << QStringList{u"P:图为启动仪式。（刘通摄）"_qs, body};
    QTest::addRow("bold link")
        << QByteArray("<p><a href=\"/x\"><strong>点击进入专题</strong></a></p>" + text)
        << QStringList{u"P:点击进入专题"_qs, body};
    QTest::addRow("bold start of a paragraph")
        << QByteArray("<p><strong>一是</strong>加强组织领导，落实工作责任。</p>" + text)
        << QStringList{u"P:一是加强组织领导，落实工作责任。"_qs, body};
    QTest::addRow("page links dropped")
        << QByteArray(text + "<div class=\"pages\"><a href=\"1.html\">【1】</a><a href=\"2.html\">"
                             "【2】</a><a href=\"3.html\">【3】</a></div>")
        << QStringList{body};
    QTest::addRow("next page dropped")
        << QByteArray(text + "<p><a href=\"1.html\">上一页</a> <a href=\"3.html\">下一页</a></p>")
        << QStringList{body};
}

void TestHtmlReader::boldLeads()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, blocks);
    const QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>页</title>"
                            "</head><body><div class=\"article-content\" id=\"zoom\">" +
                            body + "</div></body></html>";
    const DocumentReader::Result r = readHtml(page);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QStringList got = describeBlocks(r.document);
    got.removeAll(u"H1:页"_qs); // the page title, when it is added as the first heading
    QCOMPARE(got, blocks);
}

void TestHtmlReader::corpusOutline_data()
{
    QTest::addColumn<QString>("file");
    // Titles of the top sections: the page's title is the report's, never a section above them.
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<bool>("noHeadings"); // the "no headings" warning
    QTest::addColumn<QString>("absent");
    // Poems under bold titles in <p><strong>; the page links 【1】… below the article go.
    QTest::addRow("people") << u"people-charset-mislabelled.html"_qs
                            << QStringList{u"《冬夜读书示子聿》"_qs, u"《诫子诗》"_qs} << false
                            << u"【1】"_qs;
    // News items without headings of their own: one section, and the warning says so; a
    // bold photo caption is no heading.
    QTest::addRow("shanxi") << u"shanxi-gov-news.html"_qs << QStringList() << true
                            << u"网站地图"_qs;
    QTest::addRow("zjdrc") << u"zjdrc-deqing-touzi.html"_qs << QStringList() << true
                           << u"网站地图"_qs;
}

void TestHtmlReader::corpusOutline()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QStringList, sections);
    QFETCH(bool, noHeadings);
    QFETCH(QString, absent);
    const ReportLoader::Result loaded =
        ReportLoader::loadFile(corpusDir() + u"/published/"_qs + file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const Report &report = *loaded.report;
    QStringList titles;
    for (const Section &s : report.sections()) {
        QVERIFY2(s.title != report.metadata().title, qPrintable(s.title));
        if (s.level == 1 && !s.title.isEmpty())
            titles.append(s.title);
    }
    QCOMPARE(titles, sections);
    QVERIFY(!report.metadata().title.isEmpty());
    bool warned = false;
    for (const ReportWarning &w : report.warnings())
        warned = warned || w.type() == ReportWarning::Type::NoHeadings;
    QCOMPARE(warned, noHeadings);
    QVERIFY(!report.sourceText().contains(absent));
}

void TestHtmlReader::fieldLine_data()
{
    QTest::addColumn<QString>("file");    // in published/, or empty for page
    QTest::addColumn<QByteArray>("page"); // a page's body
    QTest::addColumn<QString>("created"); // the date read
    QTest::addColumn<QString>("source");  // the Source detail
    const QByteArray article =
        "<div "
        "id=\"zoom\"><p>这是正文的第一段，写得足够长，让它成为页面上文字最多的部分。</p></div>";
    QTest::addRow("labelled time and source")
        << QString()
        << QByteArray("<div class=\"info\"><span>时间：2019-09-18 06:23</span><span>来源："
                      "山西日报</span></div>" +
                      article)
        << u"2019-09-18T06:23"_qs << u"山西日报"_qs;
    QTest::addRow("date in Chinese, source a link")
        << QString()
        << QByteArray("<div class=\"box\">2019年6月5日08:18&nbsp;&nbsp;来源：<a href=\"/\">人民网"
                      "-文化频道</a></div>" +
                      article)
        << u"2019-06-05T08:18"_qs << u"人民网-文化频道"_qs;
    QTest::addRow("date only") << QString() << QByteArray("<p>发布日期：2024/01/15</p>" + article)
                               << u"2024-01-15"_qs << QString();
    QTest::addRow("no field line") << QString() << QByteArray(article) << QString() << QString();
    QTest::addRow("shanxi") << u"shanxi-gov-news.html"_qs << QByteArray() << u"2019-09-18T06:23"_qs
                            << u"山西日报"_qs;
    // Its meta tags say so already: they win over the line.
    QTest::addRow("people, meta tags first")
        << u"people-charset-mislabelled.html"_qs << QByteArray() << u"2019-06-15"_qs
        << u"人民网-文化频道 原创稿"_qs;
}

void TestHtmlReader::fieldLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, page);
    QFETCH(QString, created);
    QFETCH(QString, source);
    QByteArray bytes = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>页</title>"
                       "</head><body>" +
                       page + "</body></html>";
    if (!file.isEmpty()) {
        REPORTSCOPE_REQUIRE_CORPUS();
        QFile f(corpusDir() + u"/published/"_qs + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    const DocumentReader::Result r = HtmlReader().read(bytes, u"page.html"_qs, {});
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.metadata().created, created);
    QString got;
    for (const auto &d : r.document.metadata().details) {
        if (d.first == u"Source"_qs)
            got = d.second;
    }
    QCOMPARE(got, source);
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
