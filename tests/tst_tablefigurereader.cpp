// TableFigureReader on small synthetic tables with merged cells, and on the table counts of the
// two 政府信息公开 annual report PDFs of the corpus. Expected values are read off the tables by
// hand.

#include "core/documentmodel.h"
#include "core/figuremodel.h"
#include "core/keyindicatormodel.h"
#include "core/magnitude.h"
#include "core/report.h"
#include "core/section.h"
#include "core/tablefigurereader.h"
#include "corpusdir.h"
#include "import/reportloader.h"

#include <QHash>
#include <QTest>

using Kind = Figure::Kind;

class TstTableFigureReader : public QObject
{
    Q_OBJECT

private slots:
    void synthetic_data();
    void synthetic();
    void writtenMagnitude_data();
    void writtenMagnitude();
    void corpusWrittenMagnitude();
    void noFigures_data();
    void noFigures();
    void corpus_data();
    void corpus();
    void corpusLabels_data();
    void corpusLabels();
    void pageRange_data();
    void pageRange();
    void emptyTemplate();
};

namespace {

// One cell as written: "text" or "text|rowSpan|colSpan".
struct CellSpec
{
    QString text;
    int rowSpan = 1;
    int colSpan = 1;
};

CellSpec cellOf(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    CellSpec c;
    c.text = parts.value(0);
    c.rowSpan = parts.size() > 1 ? parts.at(1).toInt() : 1;
    c.colSpan = parts.size() > 2 ? parts.at(2).toInt() : 1;
    return c;
}

// A section whose only block is the table given as rows of cells separated by ';'; a
// caption, when given, is a paragraph before it.
Section sectionOf(const QStringList &rows, const QString &caption = QString())
{
    Section s;
    if (!caption.isEmpty()) {
        SectionBlock p;
        p.range = {0, caption.size()};
        s.text = caption;
        s.blocks.append(p);
    }
    SectionBlock table;
    table.type = SectionBlock::Type::Table;
    for (const QString &rowText : rows) {
        if (!s.text.isEmpty())
            s.text += u'\n';
        TableRow row;
        row.span.start = s.text.size();
        const QStringList cells = rowText.split(u';');
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                s.text += u'\t';
            const CellSpec spec = cellOf(cells.at(c));
            TableCell cell;
            cell.span = {s.text.size(), s.text.size() + spec.text.size()};
            cell.rowSpan = spec.rowSpan;
            cell.colSpan = spec.colSpan;
            s.text += spec.text;
            row.cells.append(cell);
        }
        row.span.end = s.text.size();
        table.rows.append(row);
    }
    table.range = {table.rows.first().span.start, table.rows.last().span.end};
    s.blocks.append(table);
    return s;
}

const Figure *figureAt(const QList<Figure> &figures, const Section &s, const QString &label)
{
    for (const Figure &f : figures) {
        if (f.label == label)
            return &f;
    }
    Q_UNUSED(s);
    return nullptr;
}

} // namespace

void TstTableFigureReader::synthetic_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("written"); // the figure's text in the section
    QTest::addColumn<int>("count");       // figures of the table

    // The 年报 layout: a two-level column header (申请人情况 over 自然人 and 法人或其他组织,
    // the latter over two columns) and a row header spanning three rows.
    const QStringList applications = {
        u"项目|2|2;申请人情况|1|3"_qs,
        u"自然人;法人或其他组织|1|2"_qs,
        u";;;商业企业;科研机构"_qs,
        u"一、本年新收政府信息公开申请数量|1|2;3119;12;0"_qs,
        u"三、本年度办理结果|3|1;（一）予以公开;50;1;2"_qs,
        u"（二）部分公开;9;0;3"_qs,
        u"（三）不予公开;4;0;0"_qs,
    };
    QTest::addRow("row header spanning two columns")
        << applications << QString() << u"本年新收政府信息公开申请数量 · 申请人情况 / 自然人"_qs
        << 3119.0 << QString() << Kind::Count << u"3119"_qs << 12;
    QTest::addRow("column spanning header, second level")
        << applications << QString()
        << u"本年新收政府信息公开申请数量 · 申请人情况 / 法人或其他组织 / 科研机构"_qs << 0.0
        << QString() << Kind::Count << u"0"_qs << 12;
    QTest::addRow("vertical row header, first row")
        << applications << QString()
        << u"本年度办理结果 / 予以公开 · 申请人情况 / 法人或其他组织 / 商业企业"_qs << 1.0
        << QString() << Kind::Count << u"1"_qs << 12;
    QTest::addRow("vertical row header, last row it spans")
        << applications << QString() << u"本年度办理结果 / 不予公开 · 申请人情况 / 自然人"_qs << 4.0
        << QString() << Kind::Count << u"4"_qs << 12;

    // Stacked tables under sub-headers, a unit in a header and a header ending in 件数.
    const QStringList stacked = {
        u"信息内容;本年制发件数;现行有效件数"_qs,
        u"规章;0;2"_qs,
        u"行政规范性文件;3;8"_qs,
        u"信息内容;本年收费金额（单位：万元）|1|2"_qs,
        u"行政事业性收费;7,730.5"_qs,
    };
    QTest::addRow("件数 header") << stacked << QString() << u"行政规范性文件 · 现行有效件数"_qs
                                 << 8.0 << u"件"_qs << Kind::Count << u"8"_qs << 5;
    QTest::addRow("stacked header with its unit")
        << stacked << QString() << u"行政事业性收费 · 本年收费金额（单位：万元）"_qs << 77305000.0
        << u"元"_qs << Kind::Money << u"7,730.5"_qs << 5;

    // No row headers: the label is the column path alone; years above are a header.
    const QStringList noRowHeader = {
        u"行政复议|1|2;行政诉讼"_qs,
        u"结果维持;结果纠正;尚未审结"_qs,
        u"1;10;0"_qs,
    };
    QTest::addRow("column path only") << noRowHeader << QString() << u"行政复议 / 结果纠正"_qs
                                      << 10.0 << QString() << Kind::Count << u"10"_qs << 3;
    const QStringList years = {u"指标;2023;2024"_qs, u"受理申请;21;95"_qs};
    QTest::addRow("a row of years is a header") << years << u"单位：件"_qs << u"受理申请 · 2024"_qs
                                                << 95.0 << u"件"_qs << Kind::Count << u"95"_qs << 2;
    const QStringList numbered = {u"序号;项目;投资(亿元)"_qs, u"1;轨道交通;12"_qs, u"2;学校;3"_qs,
                                  u"3;医院;7"_qs};
    QTest::addRow("a column numbering the rows is no count")
        << numbered << QString() << u"学校 · 投资(亿元)"_qs << 300000000.0 << u"元"_qs
        << Kind::Money << u"3"_qs << 3;
    const QStringList rates = {u"项目;办结率"_qs, u"申请;98.5%"_qs};
    QTest::addRow("percentage cell") << rates << QString() << u"申请 · 办结率"_qs << 98.5 << u"%"_qs
                                     << Kind::Rate << u"98.5%"_qs << 1;
}

void TstTableFigureReader::synthetic()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, caption);
    QFETCH(QString, label);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(Kind, kind);
    QFETCH(QString, written);
    QFETCH(int, count);

    const Section s = sectionOf(rows, caption);
    const QList<Figure> figures = TableFigureReader::read(s);
    QCOMPARE(figures.size(), count);
    const Figure *f = figureAt(figures, s, label);
    if (!f) {
        QStringList labels;
        for (const Figure &g : figures)
            labels.append(g.label);
        QFAIL(
            qPrintable(u"no figure labelled "_qs + label + u"; labels: "_qs + labels.join(u" | ")));
    }
    QCOMPARE(f->value, value);
    QCOMPARE(f->unit, unit);
    QCOMPARE(f->kind, kind);
    QCOMPARE(f->textIn(s.text).toString(), written);
    // The quote is the figure's row.
    QVERIFY(f->quoteIn(s.text).contains(written));
    QVERIFY(!f->quoteIn(s.text).contains(u'\n'));
}

// A cell's number carries no multiplier; the one its caption or header states (单位：万元) is
// kept, so that the value is shown as the table writes it, over the value in base units.
void TstTableFigureReader::writtenMagnitude_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("value"); // in base units
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("shown");
    const QStringList fees = {u"信息内容;本年收费金额"_qs, u"行政事业性收费;7545"_qs};
    QTest::addRow("caption 单位：万元")
        << fees << u"单位：万元"_qs << u"行政事业性收费 · 本年收费金额"_qs << 75450000.0 << u"元"_qs
        << u"7545万元"_qs;
    QTest::addRow("caption 单位：亿元, decimals")
        << QStringList{u"项目;金额"_qs, u"一般公共预算收入;12.36"_qs} << u"（单位：亿元）"_qs
        << u"一般公共预算收入 · 金额"_qs << 1236000000.0 << u"元"_qs << u"12.36亿元"_qs;
    QTest::addRow("header 单位：万元")
        << QStringList{u"信息内容;本年收费金额（单位：万元）"_qs, u"行政事业性收费;7,730.5"_qs}
        << QString() << u"行政事业性收费 · 本年收费金额（单位：万元）"_qs << 77305000.0 << u"元"_qs
        << u"7730.5万元"_qs;
    QTest::addRow("no multiplier")
        << QStringList{u"项目;件数"_qs, u"受理申请;95"_qs} << u"单位：件"_qs
        << u"受理申请 · 件数"_qs << 95.0 << u"件"_qs << u"95件"_qs;
}

void TstTableFigureReader::writtenMagnitude()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, caption);
    QFETCH(QString, label);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, shown);
    const Section s = sectionOf(rows, caption);
    const QList<Figure> figures = TableFigureReader::read(s);
    const Figure *f = figureAt(figures, s, label);
    QVERIFY2(f, qPrintable(label));
    QCOMPARE(f->value, value);
    QCOMPARE(f->unit, unit);
    QCOMPARE(Magnitude::display(*f, f->textIn(s.text)), shown);
}

// The real table: 行政事业性收费 of the 2024 report, 7545 under 本年收费金额（单位：万元）.
void TstTableFigureReader::corpusWrittenMagnitude()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    const ReportLoader::Result loaded =
        ReportLoader::loadFile(corpusDir() + u"/published/hongze-xxgk-2024.pdf"_qs);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const Report &report = *loaded.report;
    for (int i = 0; i < report.figures().size(); ++i) {
        const Figure &f = report.figures().at(i);
        if (!f.label.startsWith(u"行政事业性收费"_qs))
            continue;
        QCOMPARE(report.figureText(i).toString(), u"7545"_qs);
        QCOMPARE(f.value, 75450000.0);
        QCOMPARE(f.unit, u"元"_qs);
        QCOMPARE(Magnitude::display(f, report.figureText(i)), u"7545万元"_qs);
        // The overview's key indicators show it as the table writes it.
        DocumentModel documents;
        documents.addReport(loaded.report);
        KeyIndicatorModel keys(&documents);
        keys.setReportRow(0);
        for (int row = 0; row < keys.rowCount(); ++row) {
            const QModelIndex index = keys.index(row, 0);
            if (index.data(KeyIndicatorModel::FigureIndexRole).toInt() != i)
                continue;
            QCOMPARE(index.data(KeyIndicatorModel::DisplayValueRole).toString(), u"7545万元"_qs);
            QCOMPARE(index.data(KeyIndicatorModel::UnitRole).toString(), u"万元"_qs);
            QCOMPARE(keys.index(row, KeyIndicatorModel::ValueColumn).data().toString(), u"7545"_qs);
            return;
        }
        QFAIL("行政事业性收费 is not among the key indicators");
    }
    QFAIL("no figure 行政事业性收费");
}

void TstTableFigureReader::noFigures_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addRow("empty template")
        << QStringList{u"项目|1|2;申请人情况"_qs, u"自然人;;"_qs, u"一、本年新收数量;;"_qs};
    QTest::addRow("numbers without any header or label") << QStringList{u"1;2"_qs, u"3;4"_qs};
    QTest::addRow("words only") << QStringList{u"名称;地址"_qs, u"区政府;洪泽湖大道90号"_qs};
}

void TstTableFigureReader::noFigures()
{
    QFETCH(QStringList, rows);
    const QList<Figure> figures = TableFigureReader::read(sectionOf(rows));
    QStringList labels;
    for (const Figure &f : figures)
        labels.append(f.label);
    QCOMPARE(labels, QStringList());
}

void TstTableFigureReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rowLabel");
    QTest::addColumn<QString>("columnLabel");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("page");

    const QString y2023 = u"published/hongze-xxgk-2023.pdf"_qs;
    const QString y2024 = u"published/hongze-xxgk-2024.pdf"_qs;
    QTest::addRow("2024 new applications, natural persons")
        << y2024 << u"本年新收政府信息公开申请数量"_qs << u"自然人"_qs << 95.0 << 3;
    QTest::addRow("2023 new applications, natural persons")
        << y2023 << u"本年新收政府信息公开申请数量"_qs << u"自然人"_qs << 21.0 << 3;
    QTest::addRow("2024 total of the year") << y2024 << u"总计"_qs << u"总计"_qs << 95.0 << 4;
    QTest::addRow("2024 administrative penalties")
        << y2024 << u"行政处罚"_qs << u"本年处理决定数量"_qs << 2776.0 << 3;
    QTest::addRow("2023 administrative licences")
        << y2023 << u"行政许可"_qs << u"本年处理决定数量"_qs << 550.0 << 2;
    QTest::addRow("2024 normative documents in force")
        << y2024 << u"行政规范性文件"_qs << u"现行有效件数"_qs << 8.0 << 2;
    // Row headers standing centred on a line of their own head their items.
    QTest::addRow("2024 item under a centred group header, page 4")
        << y2024 << u"不予处理 / 信访举报投诉类申请"_qs << u"自然人"_qs << 1.0 << 4;
    QTest::addRow("2024 item above its centred group header")
        << y2024 << u"不予公开 / 危及“三安全一稳定”"_qs << u"总计"_qs << 1.0 << 3;
    QTest::addRow("2023 group header on the first item's line")
        << y2023 << u"无法提供 / 本机关不掌握相关政府信息"_qs << u"总计"_qs << 10.0 << 3;
    QTest::addRow("2023 cannot provide: not held")
        << y2023 << u"本机关不掌握相关政府信息"_qs << u"自然人"_qs << 10.0 << 3;
}

void TstTableFigureReader::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, rowLabel);
    QFETCH(QString, columnLabel);
    QFETCH(double, value);
    QFETCH(int, page);

    REPORTSCOPE_REQUIRE_CORPUS();
    const QString dir = corpusDir();
    const ReportLoader::Result loaded = ReportLoader::loadFile(dir + u'/' + file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const Report &report = *loaded.report;
    // The row path ends with the row's own header, the column path with the column's.
    QStringList near;
    for (int i = 0; i < report.figures().size(); ++i) {
        const Figure &f = report.figures().at(i);
        const qsizetype cut = f.label.indexOf(TableFigureReader::pathSeparator());
        if (cut < 0)
            continue;
        const QString rowPath = f.label.left(cut);
        const QString columnPath = f.label.mid(cut + TableFigureReader::pathSeparator().size());
        if (!rowPath.endsWith(rowLabel))
            continue;
        near.append(f.label + u'=' + QString::number(f.value));
        if (!columnPath.endsWith(columnLabel))
            continue;
        QCOMPARE(f.value, value);
        QCOMPARE(f.page, page);
        QCOMPARE(report.figureText(i).toString(), QString::number(value));
        // The citation names the page.
        QVERIFY(FigureModel::citation(report, i).endsWith(u", p. "_qs + QString::number(page) +
                                                          u")"_qs));
        return;
    }
    QFAIL(qPrintable(u"no figure for "_qs + rowLabel + u" · "_qs + columnLabel + u"; near: "_qs +
                     near.join(u" | ")));
}

void TstTableFigureReader::corpusLabels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("label"); // the whole label: row path · column path
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("page");

    // Read off the page images (pdftoppm -r 80), with the header structure of the official
    // template (published/xxgk-nianbao-template.docx): one triple or more per table.
    const QString y2023 = u"published/hongze-xxgk-2023.pdf"_qs;
    const QString y2024 = u"published/hongze-xxgk-2024.pdf"_qs;
    const QString applicants = u"申请人情况"_qs;
    const QString legal = applicants + u" / 法人或其他组织"_qs;
    const QString results = u"本年度办理结果"_qs;
    const auto label = [](const QString &row, const QString &column) -> QString {
        return row + TableFigureReader::pathSeparator() + column;
    };
    // 第二十条第（一）项
    QTest::addRow("2024 normative documents issued")
        << y2024 << label(u"行政规范性文件"_qs, u"本年制发件数"_qs) << 3.0 << 2;
    QTest::addRow("2023 normative documents repealed")
        << y2023 << label(u"行政规范性文件"_qs, u"本年废止件数"_qs) << 5.0 << 2;
    // 第二十条第（六）项 on a page of its own
    QTest::addRow("2024 penalties")
        << y2024 << label(u"行政处罚"_qs, u"本年处理决定数量"_qs) << 2776.0 << 3;
    QTest::addRow("2023 enforcement")
        << y2023 << label(u"行政强制"_qs, u"本年处理决定数量"_qs) << 195.0 << 3;
    // 三、收到和处理政府信息公开申请情况: a header centred over seven columns, one centred over
    // five of them beside two cells two rows tall, headers wrapped in narrow columns.
    QTest::addRow("2024 new, natural persons")
        << y2024 << label(u"本年新收政府信息公开申请数量"_qs, applicants + u" / 自然人"_qs) << 95.0
        << 3;
    QTest::addRow("2023 new, natural persons")
        << y2023 << label(u"本年新收政府信息公开申请数量"_qs, applicants + u" / 自然人"_qs) << 21.0
        << 3;
    QTest::addRow("2024 new, total")
        << y2024 << label(u"本年新收政府信息公开申请数量"_qs, applicants + u" / 总计"_qs) << 95.0
        << 3;
    QTest::addRow("2024 new, companies")
        << y2024 << label(u"本年新收政府信息公开申请数量"_qs, legal + u" / 商业企业"_qs) << 0.0
        << 3;
    QTest::addRow("2024 new, other organisations")
        << y2024 << label(u"本年新收政府信息公开申请数量"_qs, legal + u" / 其他"_qs) << 0.0 << 3;
    QTest::addRow("2023 new, public-interest organisations")
        << y2023 << label(u"本年新收政府信息公开申请数量"_qs, legal + u" / 社会公益组织"_qs) << 0.0
        << 3;
    // The vertical header 三、本年度办理结果 over the rows beside it, on both pages.
    QTest::addRow("2024 disclosed")
        << y2024 << label(results + u" / 予以公开"_qs, applicants + u" / 总计"_qs) << 50.0 << 3;
    QTest::addRow("2024 partly disclosed, header wrapped over two lines")
        << y2024
        << label(results + u" / 部分公开（区分处理的，只计这一情形，不计其他情形）"_qs,
                 applicants + u" / 自然人"_qs)
        << 9.0 << 3;
    QTest::addRow("2023 not disclosed, state secret (letter of the vertical header before it)")
        << y2023 << label(results + u" / 不予公开 / 属于国家秘密"_qs, applicants + u" / 自然人"_qs)
        << 1.0 << 3;
    QTest::addRow("2024 not disclosed, stability")
        << y2024
        << label(results + u" / 不予公开 / 危及“三安全一稳定”"_qs, applicants + u" / 总计"_qs)
        << 1.0 << 3;
    QTest::addRow("2024 cannot provide, group going on over the page")
        << y2024
        << label(results + u" / 无法提供 / 没有现成信息需要另行制作"_qs,
                 applicants + u" / 自然人"_qs)
        << 1.0 << 4;
    QTest::addRow("2023 cannot provide, third item over the page")
        << y2023
        << label(results + u" / 无法提供 / 补正后申请内容仍不明确"_qs, applicants + u" / 总计"_qs)
        << 0.0 << 4;
    QTest::addRow("2024 not handled, header wrapped below its row")
        << y2024
        << label(results + u" / 不予处理 / 要求行政机关确认或重新出具已获取信息"_qs,
                 applicants + u" / 自然人"_qs)
        << 0.0 << 4;
    QTest::addRow("2023 total of the results")
        << y2023 << label(results + u" / 总计"_qs, applicants + u" / 总计"_qs) << 21.0 << 4;
    QTest::addRow("2024 carried over, outside the vertical header")
        << y2024 << label(u"结转下年度继续办理"_qs, applicants + u" / 自然人"_qs) << 0.0 << 4;
    // 四、行政复议、行政诉讼: three levels, 总计 centred beside two-line headers.
    QTest::addRow("2023 review upheld") << y2023 << u"行政复议 / 结果维持"_qs << 10.0 << 4;
    QTest::addRow("2024 review total") << y2024 << u"行政复议 / 总计"_qs << 2.0 << 4;
    QTest::addRow("2024 suit without review, upheld")
        << y2024 << u"行政诉讼 / 未经复议直接起诉 / 结果维持"_qs << 1.0 << 4;
    QTest::addRow("2024 suit without review, total")
        << y2024 << u"行政诉讼 / 未经复议直接起诉 / 总计"_qs << 1.0 << 4;
    QTest::addRow("2023 suit after review, upheld")
        << y2023 << u"行政诉讼 / 复议后起诉 / 结果维持"_qs << 5.0 << 4;
    QTest::addRow("2024 suit after review, other result")
        << y2024 << u"行政诉讼 / 复议后起诉 / 其他结果"_qs << 1.0 << 4;
    QTest::addRow("2024 suit after review, total")
        << y2024 << u"行政诉讼 / 复议后起诉 / 总计"_qs << 3.0 << 4;
}

void TstTableFigureReader::corpusLabels()
{
    QFETCH(QString, file);
    QFETCH(QString, label);
    QFETCH(double, value);
    QFETCH(int, page);

    REPORTSCOPE_REQUIRE_CORPUS();
    static QHash<QString, ReportPtr> reports; // each PDF read once
    if (!reports.contains(file)) {
        const ReportLoader::Result loaded = ReportLoader::loadFile(corpusDir() + u'/' + file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
        reports.insert(file, loaded.report);
    }
    const Report &report = *reports.value(file);
    QStringList same; // figures of the same table page, to show on failure
    for (const Figure &f : report.figures()) {
        if (f.label == label) {
            QCOMPARE(f.value, value);
            QCOMPARE(f.page, page);
            return;
        }
        if (f.page == page)
            same.append(f.label);
    }
    QFAIL(qPrintable(u"no figure labelled "_qs + label + u"; on that page: "_qs +
                     same.mid(0, 40).join(u" | ")));
}

void TstTableFigureReader::pageRange_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    // The application table of section 三 runs from page 3 onto page 4; a text file has no
    // pages.
    QTest::addRow("table over two pages")
        << u"published/hongze-xxgk-2024.pdf"_qs << u"3"_qs << 3 << 4;
    QTest::addRow("one page") << u"published/hongze-xxgk-2023.pdf"_qs << u"6"_qs << 5 << 5;
    QTest::addRow("text file") << u"wuwei-2021-fazhi.txt"_qs << u"1"_qs << 0 << 0;
}

void TstTableFigureReader::pageRange()
{
    QFETCH(QString, file);
    QFETCH(QString, section);
    QFETCH(int, first);
    QFETCH(int, last);
    REPORTSCOPE_REQUIRE_CORPUS();
    const ReportLoader::Result loaded = ReportLoader::loadFile(corpusDir() + u'/' + file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const int index = loaded.report->indexOfSection(section);
    QVERIFY(index >= 0);
    int from = -1;
    int to = -1;
    QCOMPARE(loaded.report->pageRangeOfSubtree(index, &from, &to), first > 0);
    QCOMPARE(from, first);
    QCOMPARE(to, last);
}

void TstTableFigureReader::emptyTemplate()
{
    // The 年报 template is all tables and no counts: a report with tables, not an error.
    REPORTSCOPE_REQUIRE_CORPUS();
    const ReportLoader::Result loaded =
        ReportLoader::loadFile(corpusDir() + u"/published/xxgk-nianbao-template.docx"_qs);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const Report &report = *loaded.report;
    const int index = report.indexOfSection(u"3"_qs);
    QVERIFY(index >= 0);
    QCOMPARE(report.section(index).title, u"收到和处理政府信息公开申请情况"_qs);
    const QList<SectionBlock> &blocks = report.section(index).blocks;
    QVERIFY(std::any_of(blocks.begin(), blocks.end(), [](const SectionBlock &b) {
        return b.type == SectionBlock::Type::Table && b.rows.size() > 20;
    }));
    QCOMPARE(report.figures().size(), 0);
}

QTEST_GUILESS_MAIN(TstTableFigureReader)
#include "tst_tablefigurereader.moc"
