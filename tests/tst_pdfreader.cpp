#include "core/cjkcompatibilityfolder.h"
#include "core/linebuilder.h"
#include "core/pagefurniture.h"
#include "core/paragraphjoiner.h"
#include "import/documentreaders.h"
#include "import/pdfreader.h"
#include "import/readermodule.h"
#include "import/reportloader.h"

#include "corpusdir.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dataFile(const QString &name)
{
    return QStringLiteral(REPORTSCOPE_SOURCE_DIR "/tests/data/") + name;
}

// Blocks as "p3 P:text", "p2 H1:text", "p4 T:a|b/c|d": page, type, text through the spans.
QStringList describe(const SourceDocument &doc)
{
    QStringList out;
    for (const SourceBlock &b : doc.blocks()) {
        const QString page = u"p"_qs + QString::number(b.position.page) + u' ';
        switch (b.type) {
        case SourceBlock::Type::Paragraph:
            out.append(page + u"P:"_qs + doc.text(b.span).toString());
            break;
        case SourceBlock::Type::HeadingHint:
            out.append(page + u"H"_qs + QString::number(b.level) + u':' +
                       doc.text(b.span).toString());
            break;
        case SourceBlock::Type::Table: {
            QStringList rows;
            for (const TableRow &row : b.rows) {
                QStringList cells;
                for (const TableCell &cell : row.cells)
                    cells.append(doc.text(cell.span).toString());
                rows.append(cells.join(u'|'));
            }
            out.append(page + u"T:"_qs + rows.join(u'/'));
            break;
        }
        case SourceBlock::Type::ListItem:
        case SourceBlock::Type::PageBreak:
            out.append(page + u"?"_qs);
            break;
        }
    }
    return out;
}

DocumentReader::Result readPdf(const QString &path)
{
    return PdfReader().read(readFile(path), path, DocumentReader::ReadOptions());
}

// A PDF assembled from object bodies, with a correct xref table; trailerExtra goes into the
// trailer dictionary.
QByteArray makePdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " +
           trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

const QList<QByteArray> &blankPageObjects()
{
    static const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    };
    return objects;
}

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

private slots:
    void probe_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("pdf");
        QTest::addRow("header") << QByteArray("%PDF-1.7\n%\xe2\xe3") << true;
        QTest::addRow("junk before header") << QByteArray("\r\n  %PDF-1.4\n") << true;
        QTest::addRow("text") << QByteArray("一、总体情况\n") << false;
        QTest::addRow("no dash") << QByteArray("%PDF") << false;
    }
    void probe()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, pdf);
        QCOMPARE(PdfReader().probe(head, u"x.txt"_qs) > 50, pdf);
        const DocumentReader *reader = DocumentReaders::forData(head, u"x.txt"_qs);
        QCOMPARE(reader->formatName() == u"PDF"_qs, pdf);
    }

    void moduleMissing_data()
    {
        QTest::addColumn<QByteArray>("module"); // the file put where the module is looked for
        QTest::addColumn<QString>("cause");
        QTest::addRow("not installed") << QByteArray() << u"is not installed"_qs;
        QTest::addRow("not a library")
            << QByteArray("not an ELF file") << u"could not be loaded"_qs;
    }
    void moduleMissing()
    {
        // poppler and Tesseract live in a module: without it a PDF gives one clear line.
        QFETCH(QByteArray, module);
        QFETCH(QString, cause);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (!module.isEmpty()) {
            QFile f(dir.filePath(QString::fromLatin1(PdfReader::ModuleName) + u".so"_qs));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(module);
        }
        const QByteArray pdf = readFile(dataFile(u"scanned-report.pdf"_qs));
        QVERIFY(!pdf.isEmpty());
        qputenv("REPORTSCOPE_MODULE_DIR", dir.path().toLocal8Bit());
        const DocumentReader::Result r =
            PdfReader().read(pdf, u"a.pdf"_qs, DocumentReader::ReadOptions());
        qunsetenv("REPORTSCOPE_MODULE_DIR");
        QCOMPARE(int(r.error), int(DocumentReader::Error::Damaged));
        QVERIFY2(r.errorMessage.contains(u"reportscope_pdf.so"_qs), qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(cause), qPrintable(r.errorMessage));
        if (module.isEmpty())
            QVERIFY2(r.errorMessage.contains(dir.path()), qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(u'\n'));
        // Found again in the build tree, beside the test.
        QVERIFY(ReaderModule::reader(QString::fromLatin1(PdfReader::ModuleName), nullptr));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("paragraph"); // a paragraph that spans lines, joined
        QTest::addColumn<int>("paragraphPage");
        QTest::addColumn<QString>("tableRow"); // cells joined by '|'
        QTest::addRow("2023") << u"hongze-xxgk-2023.pdf"_qs << 5
                              << u"（地址：淮安市洪泽区洪泽湖大道90号，邮编：223100，电话："_qs << 1
                              << u"一、本年新收政府信息公开申请数量|21|0|0|0|0|0|21"_qs;
        QTest::addRow("2024")
            << u"hongze-xxgk-2024.pdf"_qs << 5
            << u"区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。"_qs << 1
            << u"一、本年新收政府信息公开申请数量|95|0|0|0|0|0|95"_qs;
    }
    void corpus()
    {
        REPORTSCOPE_REQUIRE_CORPUS();
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QString, paragraph);
        QFETCH(int, paragraphPage);
        QFETCH(QString, tableRow);
        const DocumentReader::Result r = readPdf(corpusDir() + u"/published/"_qs + file);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const SourceDocument &doc = r.document;
        QCOMPARE(doc.metadata().pageCount, pages);
        QCOMPARE(doc.metadata().formatName, u"PDF"_qs);
        QCOMPARE(doc.metadata().ocrPages, 0);
        QVERIFY(doc.metadata().title.contains(u"政府信息公开工作年度报告"_qs));
        const QStringList blocks = describe(doc);
        bool found = false;
        int lastPage = 0;
        for (const SourceBlock &b : doc.blocks()) {
            // Every block keeps its page, in reading order, with a box.
            QVERIFY(b.position.page >= 1 && b.position.page <= pages);
            QVERIFY(b.position.page >= lastPage);
            QVERIFY(b.position.hasBox());
            lastPage = b.position.page;
            const QString text = doc.text(b.span).toString();
            // No footers, no page numbers, no spaces from justification between CJK.
            QVERIFY2(!PageFurniture::isPageNumber(text), qPrintable(text));
            QVERIFY2(!text.contains(u"邮 编"_qs), qPrintable(text));
            if (b.type == SourceBlock::Type::Paragraph && text.contains(paragraph)) {
                QCOMPARE(b.position.page, paragraphPage);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(blocks.join(u'\n')));
        QVERIFY2(blocks.filter(tableRow).size() == 1, qPrintable(blocks.join(u'\n')));
        // The title's two centred lines are one heading hint, above the 黑体 headings.
        QVERIFY2(blocks.at(0).startsWith(u"p1 H1:"_qs) &&
                     blocks.at(0).endsWith(u"人民政府"_qs +
                                           QString::fromLatin1(QTest::currentDataTag()) +
                                           u"年政府信息公开工作年度报告"_qs),
                 qPrintable(blocks.at(0)));
        QVERIFY2(blocks.contains(u"p1 H2:一、总体情况"_qs), qPrintable(blocks.join(u'\n')));
        // A sentence running over a page break is one paragraph (page 1 → 2).
        QVERIFY(!blocks.filter(u"p2 P:"_qs).isEmpty());
    }

    void loadsThroughReportLoader()
    {
        REPORTSCOPE_REQUIRE_CORPUS();
        const ReportLoader::Result r =
            ReportLoader::loadFile(corpusDir() + u"/published/hongze-xxgk-2023.pdf"_qs);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.report->sourceMetadata().formatName, u"PDF"_qs);
        QVERIFY(r.report->sectionCount() >= 7);
    }

    // libtesseract and its libraries are mapped only when a page has no text layer: they
    // cost a text PDF more time in the dynamic linker than reading it.
    void ocrModuleOnlyForScans_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mapped");
        // Text PDFs first: once mapped, the library stays.
        QTest::addRow("text PDF") << u"hongze-xxgk-2024.pdf"_qs << false;
        QTest::addRow("scanned PDF") << u"scanned-report.pdf"_qs << true;
    }
    void ocrModuleOnlyForScans()
    {
        QFETCH(QString, file);
        QFETCH(bool, mapped);
        QString path = dataFile(file);
        if (!QFile::exists(path)) {
            REPORTSCOPE_REQUIRE_CORPUS();
            path = corpusDir() + u"/published/"_qs + file;
        }
        const DocumentReader::Result r = readPdf(path);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QFile maps(u"/proc/self/maps"_qs);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray text = maps.readAll();
        QCOMPARE(text.contains("libtesseract"), mapped);
        QCOMPARE(text.contains("reportscope_ocr.so"), mapped);
    }

    void scanned()
    {
        DocumentReader::ReadOptions options;
        QList<int> progress;
        options.progress = [&progress](int p) { progress.append(p); };
        const QString path = dataFile(u"scanned-report.pdf"_qs);
        const DocumentReader::Result r = PdfReader().read(readFile(path), path, options);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.document.metadata().ocrPages, 1);
        QVERIFY(r.document.metadata().ocrConfidence > 50);
        QCOMPARE(progress, QList<int>{100});
        const QStringList blocks = describe(r.document);
        QVERIFY2(blocks.contains(u"p1 P:一、总体情况"_qs), qPrintable(blocks.join(u'\n')));
        QVERIFY2(!blocks.filter(u"统计期限自2023年1月1日起至2023年12月31日止"_qs).isEmpty(),
                 qPrintable(blocks.join(u'\n')));
        for (const SourceBlock &b : r.document.blocks())
            QVERIFY(b.ocrConfidence > 0 && b.ocrConfidence <= 100);
    }

    void cancelled()
    {
        std::atomic_bool cancel(true);
        DocumentReader::ReadOptions options;
        options.cancel = &cancel;
        const QString path = dataFile(u"scanned-report.pdf"_qs);
        const DocumentReader::Result r = PdfReader().read(readFile(path), path, options);
        QCOMPARE(r.error, DocumentReader::Error::Cancelled);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("cause");
        const QByteArray blank = makePdf(blankPageObjects());
        QTest::addRow("empty file")
            << QByteArray() << int(DocumentReader::Error::Empty) << u"empty"_qs;
        QTest::addRow("header only")
            << QByteArray("%PDF-1.4\n") << int(DocumentReader::Error::Damaged) << u"damaged"_qs;
        QTest::addRow("garbage behind header")
            << QByteArray("%PDF-1.7\n").append(QByteArray(5000, '\x9c'))
            << int(DocumentReader::Error::Damaged) << u"damaged"_qs;
        QTest::addRow("blank page") << blank << int(DocumentReader::Error::Empty) << u"no text"_qs;
        QTest::addRow("truncated")
            << blank.left(blank.size() / 2) << int(DocumentReader::Error::Damaged) << u"damaged"_qs;
        QTest::addRow("password") << makePdf(
                                         QList<QByteArray>(blankPageObjects())
                                             << "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" +
                                                    QByteArray(64, 'a') + "> /U <" +
                                                    QByteArray(64, 'b') + "> >>",
                                         "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
                                         "<0123456789abcdef0123456789abcdef>]")
                                  << int(DocumentReader::Error::Damaged) << u"password"_qs;
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        QFETCH(QString, cause);
        const DocumentReader::Result r =
            PdfReader().read(bytes, u"bad.pdf"_qs, DocumentReader::ReadOptions());
        QCOMPARE(int(r.error), error);
        QVERIFY2(r.errorMessage.contains(cause), qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(u'\n'));
    }

    void foldsCompatibilityIdeographs_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("kangxi") << u"\u2F8F政"_qs << u"行政"_qs;
        QTest::addRow("compatibility") << u"\uF900"_qs << u"\u8C48"_qs;
        QTest::addRow("full-width markers stay") << u"（一）１．"_qs << u"（一）１．"_qs;
        QTest::addRow("plain") << u"一、总体情况"_qs << u"一、总体情况"_qs;
    }
    void foldsCompatibilityIdeographs()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CjkCompatibilityFolder::fold(in), out);
    }

    void pageNumbers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("number");
        QTest::addRow("dashes") << u"-1-"_qs << true;
        QTest::addRow("em dashes") << u"— 12 —"_qs << true;
        QTest::addRow("of") << u"第 1 页 共 5 页"_qs << true;
        QTest::addRow("slash") << u"3/5"_qs << true;
        QTest::addRow("count") << u"21件"_qs << false;
        QTest::addRow("year") << u"2023年"_qs << false;
    }
    void pageNumbers()
    {
        QFETCH(QString, line);
        QFETCH(bool, number);
        QCOMPARE(PageFurniture::isPageNumber(line), number);
    }

    void joinsTheCjkWay_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("joined");
        QTest::addRow("cjk") << u"邮"_qs << u"编"_qs << u"邮编"_qs;
        QTest::addRow("digits and cjk") << u"2023"_qs << u"年"_qs << u"2023年"_qs;
        QTest::addRow("latin") << u"Word"_qs << u"2023"_qs << u"Word 2023"_qs;
    }
    void joinsTheCjkWay()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, joined);
        QCOMPARE(LineBuilder::join(left, right, true), joined);
    }

    // The text column's left edge is one that lines share: a centred title wider than the
    // column does not make every line of it look indented.
    void joinsUnderAWideTitle_data()
    {
        QTest::addColumn<double>("titleX");
        QTest::addColumn<QStringList>("paragraphs");
        const QStringList joined{u"标题"_qs, u"第一行正文第二行正文第三行。"_qs,
                                 u"新段落开始了。"_qs};
        QTest::addRow("title wider than the column") << 57.5 << joined;
        QTest::addRow("title within the column") << 150.0 << joined;
    }
    void joinsUnderAWideTitle()
    {
        QFETCH(double, titleX);
        QFETCH(QStringList, paragraphs);
        const auto line = [](const QString &text, double x, double y, double width, double size) {
            LayoutLine l;
            l.text = text;
            l.x = x;
            l.y = y;
            l.width = width;
            l.height = size;
            l.fontSize = size;
            return l;
        };
        // Body lines of 15 pt from x 90 to 495, the paragraph's first line indented by two
        // characters; the title of 20 pt centred above them.
        const QList<LayoutLine> lines{
            line(u"标题"_qs, titleX, 100, 595 - 2 * titleX, 20),
            line(u"第一行正文"_qs, 120, 140, 375, 15),
            line(u"第二行正文"_qs, 90, 167, 405, 15),
            line(u"第三行。"_qs, 90, 194, 200, 15),
            line(u"新段落开始了。"_qs, 120, 221, 300, 15),
        };
        QStringList out;
        for (const ParagraphJoiner::Paragraph &p : ParagraphJoiner::join(lines))
            out.append(p.text);
        QCOMPARE(out, paragraphs);
    }

    void dump()
    {
        const QString path = qEnvironmentVariable("PDF_DUMP");
        if (path.isEmpty())
            QSKIP("PDF_DUMP names a PDF whose blocks to print");
        const DocumentReader::Result r = readPdf(path);
        qInfo().noquote() << r.errorMessage << describe(r.document).join(u'\n');
    }
};

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
