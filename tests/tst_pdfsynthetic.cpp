#include "core/report.h"
#include "import/pdfreader.h"
#include "import/reportloader.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

// PDFs made at test time, laid out as the 年报 of other districts are (running header, page
// numbers, text wrapping over a page break, the national table with merged headers), so that
// the PDF rules are checked on more than the two corpus files.
namespace {

const QString FontFamily = u"WenQuanYi Micro Hei"_qs;
constexpr double PageWidth = 595; // A4 in points; the writer's resolution is 72 dpi
constexpr double PageHeight = 842;
constexpr double Left = 90;
constexpr double BodySize = 15;
constexpr double LineStep = 27;
constexpr int LineChars = 27; // 27 × 15 pt = 405 pt of text per line

QFont font(double size)
{
    QFont f(FontFamily);
    f.setPointSizeF(size);
    return f;
}

// A writer of A4 pages; with pages > 0, every page has the same header line and a footer with
// its number as — 1 — and 第 1 页 共 3 页.
class ReportPainter
{
public:
    ReportPainter(const QString &file, int pages) : m_writer(file), m_pages(pages)
    {
        m_writer.setResolution(72);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setTitle(u"某县人民政府2024年政府信息公开工作年度报告"_qs);
        m_painter.begin(&m_writer);
        chrome();
    }
    ~ReportPainter() { m_painter.end(); }

    QPainter &painter() { return m_painter; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        chrome();
    }

    // One centred line of size pt.
    void centred(const QString &text, double size)
    {
        m_painter.setFont(font(size));
        m_painter.drawText(QPointF((PageWidth - size * text.size()) / 2, m_y), text);
        m_y += size * 1.9;
    }

    // A paragraph indented by two characters and wrapped at LineChars, as a word processor
    // sets it; it runs on to the next page when it reaches the bottom margin.
    void paragraph(const QString &text)
    {
        m_painter.setFont(font(BodySize));
        qsizetype at = 0;
        bool first = true;
        while (at < text.size()) {
            const int room = first ? LineChars - 2 : LineChars;
            const double x = Left + (first ? 2 * BodySize : 0);
            m_painter.drawText(QPointF(x, m_y), text.mid(at, room));
            at += room;
            first = false;
            m_y += LineStep;
            if (m_y > 740 && at < text.size()) {
                newPage();
                m_painter.setFont(font(BodySize));
            }
        }
    }

private:
    void chrome()
    {
        m_y = 110;
        if (m_pages <= 0)
            return;
        m_painter.setFont(font(10.5));
        const QString header = u"某县人民政府办公室"_qs;
        m_painter.drawText(QPointF(Left, 50), header);
        m_painter.drawLine(QPointF(Left, 56), QPointF(PageWidth - Left, 56));
        const QString footer = u"— "_qs + QString::number(m_page) + u" —"_qs;
        m_painter.setFont(font(12));
        m_painter.drawText(QPointF((PageWidth - 12 * 4) / 2, PageHeight - 50), footer);
        m_painter.setFont(font(9));
        m_painter.drawText(QPointF(PageWidth - Left - 9 * 10, PageHeight - 50),
                           u"第 "_qs + QString::number(m_page) + u" 页 共 "_qs +
                               QString::number(m_pages) + u" 页"_qs);
    }

    QPdfWriter m_writer;
    QPainter m_painter;
    int m_page = 1;
    int m_pages = 1;
    double m_y = 110;
};

// The long sentence runs from page 1 over the break onto page 2.
const QString &longSentence()
{
    static const QString s =
        u"本年度，县政府办公室坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻"
        "《中华人民共和国政府信息公开条例》，围绕县委县政府中心工作，持续深化政务公开"
        "标准化规范化建设，推进决策、执行、管理、服务、结果公开，加强政策解读和回应关切，"
        "优化政府网站和政务新媒体平台建设，依法依规办理政府信息公开申请，不断提升政务公开"
        "质量和实效，为建设法治政府、创新政府、廉洁政府和服务型政府提供了有力支撑，"
        "群众对政务公开工作的满意度进一步提高。"_qs;
    return s;
}

QStringList blockTexts(const SourceDocument &doc)
{
    QStringList out;
    for (const SourceBlock &b : doc.blocks())
        out.append(doc.text(b.span).toString());
    return out;
}

} // namespace

class TestPdfSynthetic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFontDatabase::families().contains(FontFamily))
            QSKIP("the font WenQuanYi Micro Hei (fonts-wqy-microhei) is not installed");
    }

    // (a) Every page has the same header line and a footer with its number twice over; the
    // text under them must not hold either, and sentences wrapped over lines and a page break
    // come back whole.
    void headerFooterAndWrapping()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"wrapped.pdf"_qs);
        const QString before = u"今年以来，全县各级行政机关主动公开政府信息一万二千余条，"
                               "其中规范性文件八十六件，政策解读材料一百二十篇，回应社会关切"
                               "问题三百余个。"_qs;
        const QString after = u"下一步，县政府办公室将继续加强政务公开队伍建设，组织开展"
                              "业务培训，切实提高工作人员的业务能力和服务水平。"_qs;
        {
            ReportPainter p(file, 3);
            p.centred(u"某县人民政府2024年政府信息公开工作年度报告"_qs, 20);
            p.setY(p.y() + 10);
            p.painter().setFont(font(16));
            p.painter().drawText(QPointF(Left, p.y()), u"一、总体情况"_qs);
            p.setY(p.y() + 36);
            for (int i = 0; i < 5; ++i)
                p.paragraph(before);
            p.paragraph(longSentence());
            p.paragraph(after);
            // A third page, so that the header repeats on most pages.
            p.newPage();
            p.painter().setFont(font(16));
            p.painter().drawText(QPointF(Left, p.y()), u"二、存在的主要问题"_qs);
            p.setY(p.y() + 36);
            p.paragraph(after);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const DocumentReader::Result r =
            PdfReader().read(f.readAll(), file, DocumentReader::ReadOptions());
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.document.metadata().pageCount, 3);
        const QStringList texts = blockTexts(r.document);
        const QString all = texts.join(u'\n');
        QVERIFY2(!all.contains(u"某县人民政府办公室"_qs), qPrintable(all));
        QVERIFY2(!all.contains(u'—'), qPrintable(all));
        QVERIFY2(!all.contains(u"页 共"_qs) && !all.contains(u"页共"_qs), qPrintable(all));
        // Each paragraph is one block: over its lines, and the long one over the page break.
        QVERIFY2(texts.count(before) == 5, qPrintable(all));
        QVERIFY2(texts.contains(longSentence()), qPrintable(all));
        QVERIFY2(texts.count(after) == 2, qPrintable(all));
        int longPage = 0;
        for (const SourceBlock &b : r.document.blocks()) {
            if (r.document.text(b.span) == longSentence())
                longPage = b.position.page;
        }
        QCOMPARE(longPage, 1); // it starts on page 1
        QVERIFY2(texts.contains(u"一、总体情况"_qs), qPrintable(all));
        QVERIFY2(texts.contains(u"二、存在的主要问题"_qs), qPrintable(all));

        // Through the parser: the title, and the two sections with their text.
        const ReportLoader::Result loaded = ReportLoader::loadFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
        QCOMPARE(loaded.report->metadata().title, u"某县人民政府2024年政府信息公开工作年度报告"_qs);
        QStringList titles;
        for (int i = 0; i < loaded.report->sectionCount(); ++i)
            titles.append(loaded.report->headingText(i));
        QCOMPARE(titles, QStringList({u"一、总体情况"_qs, u"二、存在的主要问题"_qs}));
        QVERIFY(loaded.report->sections().at(0).text.contains(longSentence()));
    }

    // (b) The national 年报 table: a corner cell, a header centred over all columns, a
    // second header row under it, row headers with their numbering. Each count is one figure
    // labelled by its row and its column path.
    void annualReportTable_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("value");
        const QString top = u"申请人情况 / "_qs;
        QTest::addRow("new, natural persons")
            << u"本年新收政府信息公开申请数量 · "_qs + top + u"自然人"_qs << 17.0;
        QTest::addRow("new, enterprises")
            << u"本年新收政府信息公开申请数量 · "_qs + top + u"商业企业"_qs << 2.0;
        QTest::addRow("new, total")
            << u"本年新收政府信息公开申请数量 · "_qs + top + u"总计"_qs << 19.0;
        QTest::addRow("carried over, natural persons")
            << u"上年结转政府信息公开申请数量 · "_qs + top + u"自然人"_qs << 3.0;
        QTest::addRow("carried over, research")
            << u"上年结转政府信息公开申请数量 · "_qs + top + u"科研机构"_qs << 1.0;
        QTest::addRow("carried over, total")
            << u"上年结转政府信息公开申请数量 · "_qs + top + u"总计"_qs << 4.0;
        QTest::addRow("disclosed, total")
            << u"本年度办理结果 / 予以公开 · "_qs + top + u"总计"_qs << 12.0;
        QTest::addRow("partly disclosed, enterprises")
            << u"本年度办理结果 / 部分公开 · "_qs + top + u"商业企业"_qs << 1.0;
    }
    void annualReportTable()
    {
        QFETCH(QString, label);
        QFETCH(double, value);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"table.pdf"_qs);
        {
            ReportPainter p(file, 0);
            p.centred(u"某县人民政府2024年政府信息公开工作年度报告"_qs, 20);
            p.painter().setFont(font(16));
            p.painter().drawText(QPointF(Left, p.y()), u"二、收到和处理政府信息公开申请情况"_qs);
            QPainter &g = p.painter();
            // Columns: row headers 190 pt, then four of 60 pt.
            const double x0 = 70;
            const double rowHead = 215;
            const double col = 60;
            const double top = p.y() + 20;
            const double rowH = 26;
            const QStringList columns{u"自然人"_qs, u"商业企业"_qs, u"科研机构"_qs, u"总计"_qs};
            const QList<QPair<QString, QList<int>>> rows{
                {u"一、本年新收政府信息公开申请数量"_qs, {17, 2, 0, 19}},
                {u"二、上年结转政府信息公开申请数量"_qs, {3, 0, 1, 4}},
                {u"（一）予以公开"_qs, {10, 2, 0, 12}},
                {u"（二）部分公开"_qs, {2, 1, 0, 3}},
                {u"（三）不予公开"_qs, {1, 0, 0, 1}},
            };
            const double right = x0 + rowHead + 4 * col;
            const double bottom = top + rowH * (2 + rows.size());
            g.setPen(QPen(Qt::black, 0.6));
            g.drawRect(QRectF(x0, top, right - x0, bottom - top));
            g.drawLine(QPointF(x0 + rowHead, top), QPointF(x0 + rowHead, bottom));
            g.drawLine(QPointF(x0 + rowHead, top + rowH), QPointF(right, top + rowH));
            for (int c = 1; c < 4; ++c)
                g.drawLine(QPointF(x0 + rowHead + c * col, top + rowH),
                           QPointF(x0 + rowHead + c * col, bottom));
            for (int r = 2; r < 2 + rows.size(); ++r) {
                const double from = r > 4 ? x0 + 30 : x0;
                g.drawLine(QPointF(from, top + r * rowH), QPointF(right, top + r * rowH));
            }
            const double size = 10.5;
            g.setFont(font(size));
            const auto centredIn = [&](double left, double width, double baseline,
                                       const QString &text) {
                g.drawText(QPointF(left + (width - size * text.size()) / 2, baseline), text);
            };
            const double base = rowH / 2 + size / 2 - 1;
            centredIn(x0 + rowHead, 4 * col, top + base, u"申请人情况"_qs);
            for (int c = 0; c < 4; ++c)
                centredIn(x0 + rowHead + c * col, col, top + rowH + base, columns.at(c));
            // The first two rows' headers fill the row-header column; 三、本年度办理结果 is set
            // vertically, two characters a line, in a narrow cell left of the rows it heads.
            const double narrow = 30;
            g.drawLine(QPointF(x0 + narrow, top + 4 * rowH), QPointF(x0 + narrow, bottom));
            double y = top + 2 * rowH;
            for (int r = 0; r < rows.size(); ++r) {
                const double x = r >= 2 ? x0 + narrow + 4 : x0 + 4;
                g.drawText(QPointF(x, y + base), rows.at(r).first);
                for (int c = 0; c < 4; ++c)
                    centredIn(x0 + rowHead + c * col, col, y + base,
                              QString::number(rows.at(r).second.at(c)));
                y += rowH;
            }
            const QStringList vertical{u"三、"_qs, u"本年"_qs, u"度办"_qs, u"理结"_qs, u"果"_qs};
            const double step = 14;
            double vy = top + 4 * rowH + (3 * rowH - step * vertical.size()) / 2 + size;
            for (const QString &piece : vertical) {
                centredIn(x0, narrow, vy, piece);
                vy += step;
            }
            p.setY(bottom + 20);
            p.paragraph(u"本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"_qs);
        }
        const ReportLoader::Result loaded = ReportLoader::loadFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
        const Report &report = *loaded.report;
        QStringList seen;
        bool found = false;
        for (int i = 0; i < report.figures().size(); ++i) {
            const Figure &f = report.figures().at(i);
            seen.append(f.label + u" = "_qs + QString::number(f.value));
            if (f.label == label) {
                QVERIFY2(!found, qPrintable(u"twice: "_qs + label));
                found = true;
                QCOMPARE(f.value, value);
                QCOMPARE(f.page, 1);
            }
        }
        QVERIFY2(found, qPrintable(seen.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    // Painting a PDF needs fonts, not a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPdfSynthetic test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfsynthetic.moc"
