// Magnitude: multipliers and base units, values shown in the report's own magnitude (32765亿元,
// 5.4万名, never 3.2765e12 or 3.276…), exact values; and the figure table showing them so.

#include "core/documentmodel.h"
#include "core/figuremodel.h"
#include "core/indicatorcomparison.h"
#include "core/indicatorcomparisonmodel.h"
#include "core/keyindicatormodel.h"
#include "core/magnitude.h"
#include "core/reportparser.h"

#include <QTest>

class TestMagnitude : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void writtenPrefix_data();
    void writtenPrefix();
    void format_data();
    void format();
    void exact_data();
    void exact();
    void figureTable_data();
    void figureTable();
    void sameEverywhere_data();
    void sameEverywhere();
};

void TestMagnitude::normalize_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("base");
    QTest::addColumn<QString>("baseUnit");
    QTest::addColumn<QString>("prefix");
    QTest::addRow("万件") << 5.3 << QStringLiteral("万件") << 53000.0 << QStringLiteral("件")
                          << QStringLiteral("万");
    QTest::addRow("亿元") << 32765.0 << QStringLiteral("亿元") << 3.2765e12 << QStringLiteral("元")
                          << QStringLiteral("亿");
    QTest::addRow("万亿元") << 1.75 << QStringLiteral("万亿元") << 1.75e12 << QStringLiteral("元")
                            << QStringLiteral("万亿");
    QTest::addRow("千万元") << 3.0 << QStringLiteral("千万元") << 3e7 << QStringLiteral("元")
                            << QStringLiteral("千万");
    QTest::addRow("件 is its own base")
        << 147.0 << QStringLiteral("件") << 147.0 << QStringLiteral("件") << QString();
    QTest::addRow("万 alone") << 2.0 << QStringLiteral("万") << 20000.0 << QString()
                              << QStringLiteral("万");
}

void TestMagnitude::normalize()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(double, base);
    QFETCH(QString, baseUnit);
    QFETCH(QString, prefix);
    const Magnitude::Value v = Magnitude::normalize(value, unit);
    QCOMPARE(v.value, base);
    QCOMPARE(v.unit, baseUnit);
    QCOMPARE(v.prefix, prefix);
}

void TestMagnitude::writtenPrefix_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("prefix");
    QTest::addRow("亿元") << QStringLiteral("32765亿元") << QStringLiteral("亿");
    QTest::addRow("万余名") << QStringLiteral("5.4万余名") << QStringLiteral("万");
    QTest::addRow("余万条") << QStringLiteral("30余万条") << QStringLiteral("万");
    QTest::addRow("万亿元") << QStringLiteral("1.75万亿元") << QStringLiteral("万亿");
    QTest::addRow("full-width digits")
        << QStringLiteral("１６６５．２亿元") << QStringLiteral("亿");
    QTest::addRow("none") << QStringLiteral("147件") << QString();
    QTest::addRow("百 as a word") << QStringLiteral("逾百家") << QString();
    QTest::addRow("万亿 without digits") << QStringLiteral("万亿元") << QStringLiteral("万亿");
    QTest::addRow("千亿 without digits") << QStringLiteral("千亿元") << QStringLiteral("亿");
    QTest::addRow("翻一番") << QStringLiteral("翻一番") << QString();
    QTest::addRow("percent") << QStringLiteral("98%") << QString();
}

void TestMagnitude::writtenPrefix()
{
    QFETCH(QString, written);
    QFETCH(QString, prefix);
    QCOMPARE(Magnitude::writtenPrefix(written), prefix);
}

void TestMagnitude::format_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("shown");
    QTest::addRow("32765亿元") << 3.2765e12 << QStringLiteral("元") << QStringLiteral("32765亿元")
                               << QStringLiteral("32765亿元");
    QTest::addRow("5.4万名") << 54000.0 << QStringLiteral("名") << QStringLiteral("5.4万余名")
                             << QStringLiteral("5.4万名");
    QTest::addRow("19492.6亿元") << 1949260000000.0 << QStringLiteral("元")
                                 << QStringLiteral("19492.6亿元") << QStringLiteral("19492.6亿元");
    QTest::addRow("1.75万亿元") << 1.75e12 << QStringLiteral("元") << QStringLiteral("1.75万亿元")
                                << QStringLiteral("1.75万亿元");
    QTest::addRow("6.31万 without noise")
        << 63100.0 << QStringLiteral("人") << QStringLiteral("6.31万人")
        << QStringLiteral("6.31万人");
    QTest::addRow("147件") << 147.0 << QStringLiteral("件") << QStringLiteral("147件")
                           << QStringLiteral("147件");
    QTest::addRow("negative change")
        << -22.3 << QStringLiteral("%") << QStringLiteral("22.3%") << QStringLiteral("-22.3%");
    QTest::addRow("a large value never in exponent form")
        << 3.2765e12 << QStringLiteral("元") << QStringLiteral("3276500000000元")
        << QStringLiteral("3276500000000元");
}

void TestMagnitude::format()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, written);
    QFETCH(QString, shown);
    QCOMPARE(Magnitude::display(value, unit, written), shown);
}

void TestMagnitude::exact_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addRow("trillions") << 3.2765e12 << QStringLiteral("3276500000000");
    QTest::addRow("decimal") << 65.27 << QStringLiteral("65.27");
    QTest::addRow("whole") << 147.0 << QStringLiteral("147");
    QTest::addRow("zero") << 0.0 << QStringLiteral("0");
    QTest::addRow("negative") << -59000.0 << QStringLiteral("-59000");
}

void TestMagnitude::exact()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Magnitude::exact(value), text);
}

void TestMagnitude::figureTable_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("tooltip");
    QTest::addRow("亿元") << QStringLiteral("全年地区生产总值32765亿元。")
                          << QStringLiteral("32765") << QStringLiteral("3276500000000 元");
    QTest::addRow("万余名") << QStringLiteral("完成5.4万余名国家机关工作人员年度学法考试。")
                            << QStringLiteral("5.4") << QStringLiteral("54000 名");
    QTest::addRow("件") << QStringLiteral("办理行政复议案件147件。") << QStringLiteral("147")
                        << QStringLiteral("147 件");
}

void TestMagnitude::figureTable()
{
    QFETCH(QString, sentence);
    QFETCH(QString, shown);
    QFETCH(QString, tooltip);
    DocumentModel documents;
    documents.addReport(ReportParser::parse(QStringLiteral("一、主要工作\n") + sentence).report);
    FigureModel figures(&documents);
    QCOMPARE(figures.rowCount(), 1);
    const QModelIndex value = figures.index(0, FigureModel::ValueColumn);
    QCOMPARE(value.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), tooltip);
}

void TestMagnitude::sameEverywhere_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("indicator"); // catalogue id; empty when it names none
    QTest::addColumn<QString>("number");    // in the written magnitude
    QTest::addColumn<QString>("unit");      // with that magnitude
    QTest::addColumn<QString>("exact");     // the tooltip: base value and unit
    QTest::addColumn<double>("base");       // what sorting compares
    QTest::addRow("32765亿元") << u"全年地区生产总值32765亿元，增长6%。"_qs << u"gdp"_qs
                               << u"32765"_qs << u"亿元"_qs << u"3276500000000 元"_qs << 3.2765e12;
    QTest::addRow("5.4万名") << u"完成5.4万名国家机关工作人员年度学法考试。"_qs << QString()
                             << u"5.4"_qs << u"万名"_qs << u"54000 名"_qs << 54000.0;
    QTest::addRow("5.3万亿元") << u"全省地区生产总值5.3万亿元、增长5.5%。"_qs << u"gdp"_qs
                               << u"5.3"_qs << u"万亿元"_qs << u"5300000000000 元"_qs << 5.3e12;
    QTest::addRow("75450000元") << u"为群众挽回经济损失75450000元。"_qs << QString()
                                << u"75450000"_qs << u"元"_qs << u"75450000 元"_qs << 75450000.0;
}

void TestMagnitude::sameEverywhere()
{
    QFETCH(QString, sentence);
    QFETCH(QString, indicator);
    QFETCH(QString, number);
    QFETCH(QString, unit);
    QFETCH(QString, exact);
    QFETCH(double, base);
    DocumentModel documents;
    const ReportPtr report =
        ReportParser::parse(QStringLiteral("政府工作报告\n一、过去一年工作回顾\n") + sentence)
            .report;
    documents.addReport(report);

    // The figure table: number and unit apart, the exact value in the tooltip, the base
    // value for sorting.
    FigureModel figures(&documents);
    int row = -1;
    for (int r = 0; r < figures.rowCount(); ++r) {
        if (figures.index(r, FigureModel::ValueColumn).data(Qt::EditRole).toDouble() == base)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(sentence));
    const QModelIndex value = figures.index(row, FigureModel::ValueColumn);
    QCOMPARE(value.data().toString(), number);
    QCOMPARE(figures.index(row, FigureModel::UnitColumn).data().toString(), unit);
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), exact);
    QCOMPARE(Magnitude::writtenNumber(base, report->figureText(row)), number);
    QCOMPARE(Magnitude::writtenUnit(value.data(FigureModel::UnitRole).toString(),
                                    report->figureText(row)),
             unit);
    QCOMPARE(Magnitude::exactWithUnit(base, value.data(FigureModel::UnitRole).toString()), exact);
    if (indicator.isEmpty())
        return;

    // The key-indicator panel shows it the same way.
    KeyIndicatorModel keys(&documents);
    keys.setReportRow(0);
    const int key = keys.rowOfIndicator(indicator);
    QVERIFY2(key >= 0, qPrintable(indicator));
    QCOMPARE(keys.index(key, KeyIndicatorModel::ValueColumn).data().toString(), number);
    QCOMPARE(keys.index(key, KeyIndicatorModel::UnitColumn).data().toString(), unit);
    QCOMPARE(keys.index(key, 0).data(KeyIndicatorModel::ExactRole).toString(), exact);
    QCOMPARE(keys.index(key, 0).data(KeyIndicatorModel::ValueRole).toDouble(), base);

    // And so does the comparison of the indicator across reports.
    IndicatorComparisonModel compared;
    compared.setRows(IndicatorComparison::compare({report}, indicator));
    QCOMPARE(compared.rowCount(), 1);
    QCOMPARE(compared.index(0, IndicatorComparisonModel::ValueColumn).data().toString(), number);
    QCOMPARE(compared.index(0, IndicatorComparisonModel::UnitColumn).data().toString(), unit);
    QVERIFY2(compared.index(0, IndicatorComparisonModel::ValueColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .endsWith(QStringLiteral(" = ") + exact),
             qPrintable(compared.index(0, IndicatorComparisonModel::ValueColumn)
                            .data(Qt::ToolTipRole)
                            .toString()));
    QCOMPARE(compared.index(0, IndicatorComparisonModel::ValueColumn)
                 .data(IndicatorComparisonModel::SortRole)
                 .toDouble(),
             base);
}

QTEST_GUILESS_MAIN(TestMagnitude)
#include "tst_magnitude.moc"
