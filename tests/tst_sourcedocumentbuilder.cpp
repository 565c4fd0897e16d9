#include "core/reportparser.h"
#include "core/sourcedocumentbuilder.h"

#include <QTest>

namespace {

// Builds a document from a compact script, one entry per block: "P:text" paragraph,
// "H2:text" heading hint of level 2, "L1:text" list item of level 1, "T:a|b/c|d" table (rows
// split by '/', cells by '|'), "B" page break.
SourceDocument build(const QStringList &script)
{
    SourceDocumentBuilder builder;
    for (const QString &entry : script) {
        const QString text = entry.section(u':', 1);
        switch (entry.at(0).unicode()) {
        case u'P':
            builder.addParagraph(text);
            break;
        case u'H':
            builder.addHeadingHint(text, entry.mid(1, 1).toInt());
            break;
        case u'L':
            builder.addListItem(text, entry.mid(1, 1).toInt());
            break;
        case u'B':
            builder.addPageBreak();
            break;
        case u'T': {
            QList<QList<SourceDocumentBuilder::Cell>> rows;
            for (const QString &row : text.split(u'/')) {
                QList<SourceDocumentBuilder::Cell> cells;
                for (const QString &cell : row.split(u'|'))
                    cells.append({cell, 1, 1});
                rows.append(cells);
            }
            builder.addTable(rows);
            break;
        }
        default:
            break;
        }
    }
    return builder.take();
}

// The blocks read back through their spans, in the script's notation.
QStringList describe(const SourceDocument &doc)
{
    QStringList out;
    for (const SourceBlock &b : doc.blocks()) {
        const QString text = doc.text(b.span).toString();
        switch (b.type) {
        case SourceBlock::Type::Paragraph:
            out.append(u"P:"_qs + text);
            break;
        case SourceBlock::Type::HeadingHint:
            out.append(u"H%1:"_qs.arg(b.level) + text);
            break;
        case SourceBlock::Type::ListItem:
            out.append(u"L%1:"_qs.arg(b.level) + text);
            break;
        case SourceBlock::Type::PageBreak:
            out.append(u"B"_qs);
            break;
        case SourceBlock::Type::Table: {
            QStringList rows;
            for (const TableRow &row : b.rows) {
                QStringList cells;
                for (const TableCell &cell : row.cells) {
                    // Cells lie inside their row, and the row inside the table.
                    if (cell.span.start < row.span.start || cell.span.end > row.span.end)
                        cells.append(u"<outside>"_qs);
                    else
                        cells.append(doc.text(cell.span).toString());
                }
                rows.append(cells.join(u'|'));
            }
            out.append(u"T:"_qs + rows.join(u'/'));
            break;
        }
        }
    }
    return out;
}

} // namespace

class TestSourceDocumentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void compose_data();
    void compose();
    void parserReadsComposed();
};

void TestSourceDocumentBuilder::compose_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("blocks");

    QTest::addRow("paragraphs") << QStringList{u"P:第一段。"_qs, u"P:第二段。"_qs}
                                << u"第一段。\n第二段。"_qs
                                << QStringList{u"P:第一段。"_qs, u"P:第二段。"_qs};
    QTest::addRow("heading hint and list item")
        << QStringList{u"H1:一、总体情况"_qs, u"L2:完成投资。"_qs} << u"一、总体情况\n完成投资。"_qs
        << QStringList{u"H1:一、总体情况"_qs, u"L2:完成投资。"_qs};
    QTest::addRow("table rows as tab lines")
        << QStringList{u"T:指标|数值/生产总值|3003"_qs} << u"指标\t数值\n生产总值\t3003"_qs
        << QStringList{u"T:指标|数值/生产总值|3003"_qs};
    QTest::addRow("empty first cell inside the row")
        << QStringList{u"T:序号|任务/|已完工"_qs} << u"序号\t任务\n\t已完工"_qs
        << QStringList{u"T:序号|任务/|已完工"_qs};
    QTest::addRow("line breaks and tabs inside a block become spaces")
        << QStringList{u"P:  第一行\n第二行\t末尾  "_qs, u"T:甲\n乙|丙"_qs}
        << u"第一行 第二行 末尾\n甲 乙\t丙"_qs
        << QStringList{u"P:第一行 第二行 末尾"_qs, u"T:甲 乙|丙"_qs};
    QTest::addRow("empty blocks and rows left out")
        << QStringList{u"P:   "_qs, u"T:|/a|b"_qs, u"B"_qs, u"P:末段。"_qs} << u"a\tb\n末段。"_qs
        << QStringList{u"T:a|b"_qs, u"B"_qs, u"P:末段。"_qs};
}

void TestSourceDocumentBuilder::compose()
{
    QFETCH(QStringList, script);
    QFETCH(QString, text);
    QFETCH(QStringList, blocks);
    const SourceDocument doc = build(script);
    QCOMPARE(doc.text(), text);
    QCOMPARE(describe(doc), blocks);
    QCOMPARE(doc.normalizedText().size(), doc.text().size());
}

void TestSourceDocumentBuilder::parserReadsComposed()
{
    // A paged document as a PDF reader will give it: the parser builds the tree from it, and
    // the section's blocks keep their page.
    SourceDocumentBuilder builder;
    builder.metadata().formatName = u"PDF"_qs;
    builder.metadata().pageCount = 3;
    SourcePosition page1;
    page1.page = 1;
    SourcePosition page3;
    page3.page = 3;
    page3.x = 72;
    page3.y = 300;
    page3.width = 450;
    page3.height = 60;
    builder.addHeadingHint(u"一、主要指标"_qs, 1, page1);
    builder.addParagraph(u"全年经济平稳运行，各项指标完成良好，情况如下。"_qs, page1);
    builder.addPageBreak(page1);
    builder.addTable({{{u"指标"_qs}, {u"完成值"_qs}}, {{u"地区生产总值"_qs}, {u"3003亿元"_qs}}},
                     {page3, page3});
    builder.addHeadingHint(u"二、下一步安排"_qs, 1, page3);
    builder.addParagraph(u"继续推进各项工作，确保完成目标任务。"_qs, page3);
    const ReportParser::Result r = ReportParser::parse(builder.take(), u"x.pdf"_qs);
    QVERIFY2(r.report, qPrintable(r.errorMessage));
    const Report &report = *r.report;
    QCOMPARE(report.sourceMetadata().formatName, u"PDF"_qs);
    QCOMPARE(report.sourceMetadata().pageCount, 3);
    const int first = report.indexOfSection(u"1"_qs);
    QVERIFY(first >= 0);
    QCOMPARE(report.section(first).title, u"主要指标"_qs);
    QCOMPARE(report.section(report.indexOfSection(u"2"_qs)).title, u"下一步安排"_qs);
    const QList<SectionBlock> &blocks = report.bodyBlocks(first);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).position.page, 1);
    QCOMPARE(blocks.at(1).type, SectionBlock::Type::Table);
    QCOMPARE(blocks.at(1).position.page, 3);
    QCOMPARE(blocks.at(1).position.y, 300.0);
    const TableCell &cell = blocks.at(1).rows.at(1).cells.at(1);
    QCOMPARE(report.section(first).textAt(cell.span), u"3003亿元"_qs);
}

QTEST_GUILESS_MAIN(TestSourceDocumentBuilder)
#include "tst_sourcedocumentbuilder.moc"
