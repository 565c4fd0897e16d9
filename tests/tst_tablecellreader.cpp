// TableCellReader on its own: bare numbers in cells of tab-separated rows take their kind,
// unit and multiplier from the column header and their label from the row's first cell.
// Expected values are worked out by hand from the input.

#include "core/tablecellreader.h"
#include "core/textnormalizer.h"

#include <QTest>

using Kind = Figure::Kind;

class TstTableCellReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void refused_data();
    void refused();
    void isCell_data();
    void isCell();
};

namespace {

// Two tables: growth columns (a change in percent) and columns with a unit in brackets.
const QString growthTable = u"主要经济指标\t完成增长\t全年目标增长\n"
                            u"地区生产总值\t8.8\t8.5-9.0\n"
                            u"出口总额\t-14.6\t5\n"_qs;
const QString unitTable = u"项目\t金额(亿元)\t人数(万人)\t占比%\n"
                          u"教育\t12.5\t3\t40\n"_qs;

} // namespace

void TstTableCellReader::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at"); // the cell's digits
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("length"); // of the cell's number (or range)
    QTest::addColumn<QString>("rangeUpper");
    QTest::addColumn<double>("upperMantissa");
    QTest::addColumn<int>("upperDecimals");

    QTest::addRow("growth column") << growthTable << u"8.8"_qs << Kind::Change << u"%"_qs << 1.0
                                   << u"地区生产总值（完成增长）"_qs << 3 << QString() << 0.0 << 0;
    QTest::addRow("range cell") << growthTable << u"8.5"_qs << Kind::Change << u"%"_qs << 1.0
                                << u"地区生产总值（全年目标增长）"_qs << 7 << u"至9.0"_qs << 90.0
                                << 1;
    QTest::addRow("negative cell, next row")
        << growthTable << u"14.6"_qs << Kind::Change << u"%"_qs << 1.0 << u"出口总额（完成增长）"_qs
        << 4 << QString() << 0.0 << 0;
    QTest::addRow("third column of a row")
        << growthTable << u"\t5\n"_qs << Kind::Change << u"%"_qs << 1.0
        << u"出口总额（全年目标增长）"_qs << 1 << QString() << 0.0 << 0;
    QTest::addRow("money with 亿 in brackets")
        << unitTable << u"12.5"_qs << Kind::Money << u"元"_qs << 1e8 << u"教育（金额(亿元)）"_qs
        << 4 << QString() << 0.0 << 0;
    QTest::addRow("count with 万 in brackets")
        << unitTable << u"\t3\t"_qs << Kind::Count << u"人"_qs << 1e4 << u"教育（人数(万人)）"_qs
        << 1 << QString() << 0.0 << 0;
    QTest::addRow("percent in the header") << unitTable << u"40"_qs << Kind::Rate << u"%"_qs << 1.0
                                           << u"教育（占比%）"_qs << 2 << QString() << 0.0 << 0;
    QTest::addRow("full-width brackets normalised")
        << u"项目\t金额（万元）\n教育\t７\n"_qs << u"7"_qs << Kind::Money << u"元"_qs << 1e4
        << u"教育（金额(万元)）"_qs << 1 << QString() << 0.0 << 0;
}

void TstTableCellReader::read()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(Kind, kind);
    QFETCH(QString, unit);
    QFETCH(double, factor);
    QFETCH(QString, label);
    QFETCH(int, length);
    QFETCH(QString, rangeUpper);
    QFETCH(double, upperMantissa);
    QFETCH(int, upperDecimals);

    const FigureVocabulary &vocab = FigureVocabulary::builtIn();
    const QString norm = TextNormalizer::normalize(text);
    qsizetype pos = norm.indexOf(at);
    QVERIFY(pos >= 0);
    while (!norm.at(pos).isDigit())
        ++pos; // past the tab of a row's "\t5\n"
    const NumberReader numbers(norm, vocab);
    NumberReader::Reading r;
    QVERIFY(numbers.readArabic(pos, &r));
    QVERIFY(!r.unit);
    const TableCellReader reader(norm, numbers, vocab);
    TableCellReader::Cell cell;
    QVERIFY(reader.read(r, &cell));
    QCOMPARE(cell.kind, kind);
    QCOMPARE(cell.unit, unit);
    QCOMPARE(cell.factor, factor);
    QCOMPARE(cell.label, label);
    QCOMPARE(cell.end, pos + length);
    QCOMPARE(cell.rangeUpper, rangeUpper);
    QCOMPARE(cell.upperMantissa, upperMantissa);
    QCOMPARE(cell.upperDecimals, upperDecimals);
}

void TstTableCellReader::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");

    QTest::addRow("first column") << u"序号\t数量(个)\n100\t5\n"_qs << u"100"_qs;
    QTest::addRow("no header line") << u"地区生产总值\t8.8\n"_qs << u"8.8"_qs;
    QTest::addRow("number inside a cell") << u"指标\t完成增长\n地区\t约8.8\n"_qs << u"8.8"_qs;
    QTest::addRow("header without a unit") << u"项目\t说明\n教育\t12\n"_qs << u"12"_qs;
    QTest::addRow("no tab in the line") << u"完成增长\n8.8\n"_qs << u"8.8"_qs;
    QTest::addRow("numeric row label") << u"项目\t完成增长\n2021\t8.8\n"_qs << u"8.8"_qs;
}

void TstTableCellReader::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, at);

    const FigureVocabulary &vocab = FigureVocabulary::builtIn();
    const QString norm = TextNormalizer::normalize(text);
    const qsizetype pos = norm.lastIndexOf(at);
    QVERIFY(pos >= 0);
    const NumberReader numbers(norm, vocab);
    NumberReader::Reading r;
    QVERIFY(numbers.readArabic(pos, &r));
    const TableCellReader reader(norm, numbers, vocab);
    TableCellReader::Cell cell;
    QCOMPARE(reader.read(r, &cell), false);
}

void TstTableCellReader::isCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("cell");
    QTest::addColumn<int>("cellStart");

    QTest::addRow("middle cell") << u"地区\t12\t合计"_qs << 3 << 5 << true << 3;
    QTest::addRow("first cell of a tabbed line") << u"12\t合计"_qs << 0 << 2 << true << 0;
    QTest::addRow("sign and spaces belong to the cell")
        << u"地区\t -12 \t"_qs << 5 << 7 << true << 3;
    QTest::addRow("line without a tab") << u"12\n合计\t3"_qs << 0 << 2 << false << -1;
    QTest::addRow("text after the number") << u"地区\t12件\t"_qs << 3 << 5 << false << -1;
}

void TstTableCellReader::isCell()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(int, end);
    QFETCH(bool, cell);
    QFETCH(int, cellStart);

    const FigureVocabulary &vocab = FigureVocabulary::builtIn();
    const NumberReader numbers(text, vocab);
    const TableCellReader reader(text, numbers, vocab);
    qsizetype start = -1;
    QCOMPARE(reader.isCell(pos, end, &start), cell);
    if (cell)
        QCOMPARE(start, qsizetype(cellStart));
}

QTEST_GUILESS_MAIN(TstTableCellReader)
#include "tst_tablecellreader.moc"
