// KeyIndicatorModel: the catalogue indicators of real corpus reports, shown in the report's
// own magnitude, and a model that follows the document model (QAbstractItemModelTester).
#include "core/documentmodel.h"
#include "core/figure.h"
#include "core/keyindicatormodel.h"
#include "core/reportparser.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

ReportPtr load(const QString &relative)
{
    return ReportLoader::loadFile(QDir(corpusDir()).filePath(relative)).report;
}

} // namespace

class TestKeyIndicatorModel : public QObject
{
    Q_OBJECT

private slots:
    void indicators_data();
    void indicators();
    void firstStatementCounted();
    void followsDocuments();
    void noIndicators();
};

void TestKeyIndicatorModel::indicators_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // ValueColumn
    QTest::addColumn<QString>("unit");  // UnitColumn
    QTest::addColumn<int>("role");      // Figure::Role
    QTest::addColumn<QString>("exact"); // ExactRole
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("quoted"); // in its sentence
    using R = Figure::Role;
    QTest::addRow("anhui gdp in 万亿元")
        << u"provinces-2026/anhui-gzbg-2026.txt"_qs << u"gdp"_qs << u"地区生产总值"_qs << u"5.3"_qs
        << u"万亿元"_qs << int(R::Level) << u"5300000000000 元"_qs << QString()
        << u"全省地区生产总值5.3万亿元"_qs;
    QTest::addRow("anhui gdp growth")
        << u"provinces-2026/anhui-gzbg-2026.txt"_qs << u"gdp_growth"_qs << u"地区生产总值增速"_qs
        << u"5.5"_qs << u"%"_qs << int(R::GrowthRate) << u"5.5 %"_qs << QString()
        << u"全省地区生产总值5.3万亿元、增长5.5%"_qs;
    QTest::addRow("shenzhen 2023 gdp in 万亿元")
        << u"series/shenzhen-gzbg-2023.txt"_qs << u"gdp"_qs << u"地区生产总值"_qs << u"3.24"_qs
        << u"万亿元"_qs << int(R::Level) << u"3240000000000 元"_qs << QString() << u"3.24万亿元"_qs;
    QTest::addRow("shenzhen 2023 revenue in 亿元")
        << u"series/shenzhen-gzbg-2023.txt"_qs << u"budget_revenue"_qs << u"一般公共预算收入"_qs
        << u"4012"_qs << u"亿元"_qs << int(R::Level) << u"401200000000 元"_qs << QString()
        << u"4012亿元"_qs;
    QTest::addRow("shenzhen 2023 foreign investment in 亿美元, 全年")
        << u"series/shenzhen-gzbg-2023.txt"_qs << u"foreign_investment"_qs << u"实际使用外资"_qs
        << u"110"_qs << u"亿美元"_qs << int(R::Level) << u"11000000000 美元"_qs << u"全年"_qs
        << u"110亿美元"_qs;
    QTest::addRow("wuwei fazhi: a change in 万份")
        << u"wuwei-2021-fazhi.txt"_qs << u"certificates_reduced"_qs << u"减少证明材料"_qs
        << u"-5.9"_qs << u"万份"_qs << int(R::Change) << u"-59000 份"_qs << QString()
        << u"5.9万份"_qs;
    QTest::addRow("hongze xxgk PDF: requests in 2024")
        << u"published/hongze-xxgk-2024.pdf"_qs << u"disclosure_requests"_qs
        << u"政府信息公开申请"_qs << u"17"_qs << u"件"_qs << int(R::Level) << u"17 件"_qs
        << u"2024年"_qs << u"17件"_qs;
}

void TestKeyIndicatorModel::indicators()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(int, role);
    QFETCH(QString, exact);
    QFETCH(QString, period);
    QFETCH(QString, quoted);
    DocumentModel documents;
    const ReportPtr report = load(file);
    QVERIFY(report);
    documents.addReport(report);
    KeyIndicatorModel model(&documents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setReportRow(0);
    const int row = model.rowOfIndicator(id);
    QVERIFY2(row >= 0, qPrintable(id));
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(KeyIndicatorModel::IndicatorColumn).toString(), name);
    QCOMPARE(cell(KeyIndicatorModel::ValueColumn).toString(), value);
    QCOMPARE(cell(KeyIndicatorModel::UnitColumn).toString(), unit);
    QCOMPARE(cell(0, KeyIndicatorModel::FigureRoleRole).toInt(), role);
    QCOMPARE(cell(0, KeyIndicatorModel::ExactRole).toString(), exact);
    QCOMPARE(cell(0, KeyIndicatorModel::DisplayValueRole).toString(), value + unit);
    QCOMPARE(cell(KeyIndicatorModel::PeriodColumn).toString(), period);
    QVERIFY2(cell(0, KeyIndicatorModel::QuoteRole).toString().contains(quoted),
             qPrintable(cell(0, KeyIndicatorModel::QuoteRole).toString()));
    // The row points at its figure: the one the sentence states, in its section.
    const int fi = cell(0, KeyIndicatorModel::FigureIndexRole).toInt();
    QVERIFY(fi >= 0 && fi < report->figures().size());
    QCOMPARE(cell(0, KeyIndicatorModel::SectionIndexRole).toInt(),
             report->figures().at(fi).section);
    QCOMPARE(cell(0, KeyIndicatorModel::ReportRowRole).toInt(), 0);
    QVERIFY(cell(0, Qt::ToolTipRole).toString().contains(exact));
    // One row per indicator.
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(KeyIndicatorModel::IndicatorIdRole).toString());
    ids.removeDuplicates();
    QCOMPARE(ids.size(), model.rowCount());
}

void TestKeyIndicatorModel::firstStatementCounted()
{
    // The year's value, stated twice; the target (预期) is never an indicator's value.
    const ReportPtr report =
        ReportParser::parse(
            u"一、过去一年工作回顾\n全市地区生产总值3200亿元，增长6%。\n（一）经济\n"
            u"地区生产总值3200亿元，一般公共预算收入210亿元。\n二、今年工作安排\n"
            u"主要预期目标是：地区生产总值增长6.5%左右。\n"_qs)
            .report;
    QVERIFY(report);
    DocumentModel documents;
    documents.addReport(report);
    KeyIndicatorModel model(&documents);
    model.setReportRow(0);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.append(QStringLiteral("%1 %2 %3")
                        .arg(model.index(r, 0).data(KeyIndicatorModel::IndicatorIdRole).toString(),
                             model.index(r, 0).data(KeyIndicatorModel::DisplayValueRole).toString())
                        .arg(model.index(r, 0).data(KeyIndicatorModel::OccurrencesRole).toInt()));
    QCOMPARE(rows, (QStringList{u"gdp 3200亿元 2"_qs, u"gdp_growth 6% 1"_qs,
                                u"budget_revenue 210亿元 1"_qs}));
}

void TestKeyIndicatorModel::followsDocuments()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    DocumentModel documents;
    KeyIndicatorModel model(&documents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ReportPtr anhui = load(u"provinces-2026/anhui-gzbg-2026.txt"_qs);
    const ReportPtr fazhi = load(u"wuwei-2021-fazhi.txt"_qs);
    QVERIFY(anhui && fazhi);
    documents.addReport(anhui);
    model.setReportRow(0);
    const int anhuiRows = model.rowCount();
    QVERIFY(anhuiRows >= 5);
    QVERIFY(model.rowOfIndicator(u"gdp"_qs) >= 0);
    // A report added after it leaves it alone.
    documents.addReport(fazhi);
    QCOMPARE(model.reportRow(), 0);
    QCOMPARE(model.rowCount(), anhuiRows);
    // The other report: 法治 indicators, no gdp.
    model.setReportRow(1);
    QCOMPARE(model.rowOfIndicator(u"gdp"_qs), -1);
    QVERIFY(model.rowCount() > 0);
    const QString firstFazhi =
        model.index(0, 0).data(KeyIndicatorModel::IndicatorIdRole).toString();
    // The report above it closed: still the same report, one row up.
    documents.removeReport(0);
    QCOMPARE(model.reportRow(), 0);
    QCOMPARE(model.index(0, 0).data(KeyIndicatorModel::IndicatorIdRole).toString(), firstFazhi);
    QCOMPARE(model.index(0, 0).data(KeyIndicatorModel::ReportRowRole).toInt(), 0);
    // Reloaded as another report in place: the rows are the new report's.
    documents.replaceReport(0, anhui);
    QCOMPARE(model.rowCount(), anhuiRows);
    // Closed: nothing.
    documents.removeReport(0);
    QCOMPARE(model.reportRow(), -1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.index(0, 0).data(), QVariant());
}

void TestKeyIndicatorModel::noIndicators()
{
    DocumentModel documents;
    documents.addReport(
        ReportParser::parse(u"一、概况\n新建公园12个，种植树木3000棵。\n"_qs).report);
    KeyIndicatorModel model(&documents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReportRow(0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(KeyIndicatorModel::ColumnCount));
    QCOMPARE(model.headerData(KeyIndicatorModel::UnitColumn, Qt::Horizontal).toString(),
             u"Unit"_qs);
    model.setReportRow(5); // no such report
    QCOMPARE(model.reportRow(), -1);
}

QTEST_GUILESS_MAIN(TestKeyIndicatorModel)
#include "tst_keyindicatormodel.moc"
