#include "core/documentmodel.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "export/figurechartbuilder.h"
#include "import/reportloader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QTest>
#include <QValueAxis>

#include <memory>

namespace {

FigureChartBuilder::Bar bar(const QString &label, double value, const QString &unit,
                            Figure::Kind kind = Figure::Kind::Count, int figureIndex = 0)
{
    FigureChartBuilder::Bar b;
    b.reportRow = 0;
    b.figureIndex = figureIndex;
    b.label = label;
    b.value = value;
    b.unit = unit;
    b.kind = kind;
    b.text = QString::number(value) + unit;
    b.quote = label + b.text + u"。"_qs;
    b.sectionId = u"1.1"_qs;
    return b;
}

QValueAxis *valueAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

QBarCategoryAxis *categoryAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

} // namespace

using Bars = QList<FigureChartBuilder::Bar>;
Q_DECLARE_METATYPE(Bars)

class TestFigureChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void grouping_data();
    void grouping();
    void rateAxis();
    void largeValuesScaled();
    void uniqueCategories();
    void barOrder();
    void largestBarsKept();
    void fromFilterModel_data();
    void fromFilterModel();
};

void TestFigureChartBuilder::grouping_data()
{
    QTest::addColumn<Bars>("bars");
    QTest::addColumn<QStringList>("units"); // per chart, in order
    using K = Figure::Kind;
    QTest::addRow("people and cases apart")
        << Bars{bar(u"调解员"_qs, 60, u"人"_qs), bar(u"案件"_qs, 147, u"件"_qs),
                bar(u"干部"_qs, 818, u"人"_qs)}
        << QStringList{u"人"_qs, u"件"_qs};
    QTest::addRow("rates share one axis")
        << Bars{bar(u"成功率"_qs, 98, u"%"_qs, K::Rate), bar(u"案件"_qs, 5, u"件"_qs),
                bar(u"差错率"_qs, 3, u"‰"_qs, K::Rate)}
        << QStringList{u"件"_qs, QString()};
    QTest::addRow("money by currency") << Bars{bar(u"投资"_qs, 1.9e8, u"元"_qs, K::Money),
                                               bar(u"出口"_qs, 3.64e10, u"美元"_qs, K::Money),
                                               bar(u"补贴"_qs, 1.9e6, u"元"_qs, K::Money)}
                                       << QStringList{u"元"_qs, u"美元"_qs};
    QTest::addRow("count with the same unit as a change")
        << Bars{bar(u"证明材料"_qs, 59000, u"份"_qs, K::Change), bar(u"文件"_qs, 398, u"份"_qs)}
        << QStringList{u"份"_qs, u"份"_qs};
    QTest::addRow("none") << Bars() << QStringList();
}

void TestFigureChartBuilder::grouping()
{
    QFETCH(Bars, bars);
    QFETCH(QStringList, units);
    const auto groups = FigureChartBuilder::groupBars(bars);
    QStringList got;
    int total = 0;
    for (const auto &g : groups) {
        got.append(g.unit);
        total += int(g.bars.size());
        QCOMPARE(g.categories.size(), g.bars.size());
        QVERIFY(!g.title.isEmpty());
        // One kind and one unit per chart (rates: % and ‰ together, on a percent axis).
        for (const auto &b : g.bars) {
            QCOMPARE(b.kind, g.kind);
            if (g.kind != Figure::Kind::Rate)
                QCOMPARE(b.unit, g.unit);
        }
    }
    QCOMPARE(got, units);
    QCOMPARE(total, int(bars.size()));
}

void TestFigureChartBuilder::rateAxis()
{
    const auto groups =
        FigureChartBuilder::groupBars({bar(u"成功率"_qs, 98, u"%"_qs, Figure::Kind::Rate),
                                       bar(u"差错率"_qs, 3, u"‰"_qs, Figure::Kind::Rate, 1)});
    QCOMPARE(groups.size(), 1);
    QVERIFY(groups.first().percentAxis);
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(groups.first()));
    QValueAxis *axis = valueAxis(chart.get());
    QVERIFY(axis);
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 100.0);
    const auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().first();
    // Per mille drawn as percent.
    QCOMPARE(set->at(FigureChartBuilder::setIndexForBar(groups.first(), 1)), 0.3);
    QCOMPARE(set->at(FigureChartBuilder::setIndexForBar(groups.first(), 0)), 98.0);
}

void TestFigureChartBuilder::largeValuesScaled()
{
    const auto groups = FigureChartBuilder::groupBars(
        {bar(u"执法信息"_qs, 148500, u"条"_qs), bar(u"公开信息"_qs, 565500, u"条"_qs, {}, 1)});
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().scale, 1e4);
    QVERIFY(groups.first().axisTitle.contains(u"条"_qs));
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(groups.first()));
    QVERIFY(valueAxis(chart.get())->max() >= 56.55);
    QVERIFY(valueAxis(chart.get())->max() < 100);
}

void TestFigureChartBuilder::uniqueCategories()
{
    Bars bars;
    for (int i = 0; i < 4; ++i)
        bars.append(bar(u"市场主体"_qs, 37, u"户"_qs, Figure::Kind::Count, i));
    bars[3].sectionId = u"1.5.4"_qs;
    const auto groups = FigureChartBuilder::groupBars(bars);
    QCOMPARE(groups.size(), 1);
    const QStringList categories = groups.first().categories;
    QCOMPARE(QSet<QString>(categories.cbegin(), categories.cend()).size(), 4);
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(groups.first()));
    QCOMPARE(categoryAxis(chart.get())->count(), 4);
}

void TestFigureChartBuilder::barOrder()
{
    const Bars bars{bar(u"甲"_qs, 1, u"件"_qs, {}, 0), bar(u"乙"_qs, 2, u"件"_qs, {}, 1),
                    bar(u"丙"_qs, 3, u"件"_qs, {}, 2)};
    const auto g = FigureChartBuilder::groupBars(bars).first();
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(g));
    QBarCategoryAxis *axis = categoryAxis(chart.get());
    for (int i = 0; i < 3; ++i) {
        const int slot = FigureChartBuilder::setIndexForBar(g, i);
        QCOMPARE(FigureChartBuilder::barForSetIndex(g, slot), i);
        QCOMPARE(axis->at(slot), g.categories.at(i));
    }
    QCOMPARE(FigureChartBuilder::barForSetIndex(g, 3), -1);
    // The first figure of the report is drawn at the top: the highest category position.
    QCOMPARE(FigureChartBuilder::setIndexForBar(g, 0), 2);
}

void TestFigureChartBuilder::largestBarsKept()
{
    Bars bars;
    for (int i = 0; i < 100; ++i)
        bars.append(bar(u"项目"_qs + QString::number(i), (i * 37) % 101, u"件"_qs, {}, i));
    const auto groups = FigureChartBuilder::groupBars(bars, 10);
    QCOMPARE(groups.size(), 1);
    const auto &g = groups.first();
    QCOMPARE(g.bars.size(), 10);
    QCOMPARE(g.omitted, 90);
    QVERIFY(g.title.contains(u"100"_qs));
    double smallestKept = 1e9;
    for (int i = 0; i < g.bars.size(); ++i) {
        smallestKept = qMin(smallestKept, g.bars.at(i).value);
        if (i > 0)
            QVERIFY(g.bars.at(i - 1).figureIndex < g.bars.at(i).figureIndex);
    }
    int larger = 0;
    for (const auto &b : std::as_const(bars))
        larger += b.value > smallestKept ? 1 : 0;
    QVERIFY(larger < 10);
    QCOMPARE(FigureChartBuilder::groupBars(bars).first().bars.size(), 100);
}

void TestFigureChartBuilder::fromFilterModel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addRow("1.7") << u"1.7"_qs;
    QTest::addRow("1.7.2") << u"1.7.2"_qs;
    QTest::addRow("report") << QString();
}

void TestFigureChartBuilder::fromFilterModel()
{
    QFETCH(QString, id);
    DocumentModel documents;
    FigureModel figures(&documents);
    const ReportPtr report =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)).report;
    QVERIFY(report);
    documents.addReport(report);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    filter.setReportRow(0);
    const int section = id.isEmpty() ? -1 : report->indexOfSection(id);
    if (section >= 0)
        filter.setSectionRange(section, report->section(section).subtreeEnd);
    QList<int> expected;
    if (section >= 0) {
        expected = report->figuresInSubtree(section);
    } else {
        for (int i = 0; i < report->figures().size(); ++i)
            expected.append(i);
    }
    QVERIFY(!expected.isEmpty());

    // Sorting the proxy does not change the charts: they read in document order.
    filter.sort(FigureModel::ValueColumn, Qt::DescendingOrder);
    const Bars bars = FigureChartBuilder::barsFromModel(&filter);
    QCOMPARE(bars.size(), expected.size());
    for (int i = 0; i < bars.size(); ++i)
        QCOMPARE(bars.at(i).figureIndex, expected.at(i));
    const Bars direct = FigureChartBuilder::barsFromReport(*report, expected, 0);
    QCOMPARE(direct.size(), bars.size());
    for (int i = 0; i < bars.size(); ++i) {
        QCOMPARE(direct.at(i).label, bars.at(i).label);
        QCOMPARE(direct.at(i).sectionHeading, bars.at(i).sectionHeading);
    }

    FigureChartBuilder builder;
    const QList<QChart *> charts = builder.build(&filter);
    const auto groups = FigureChartBuilder::groupBars(bars);
    QCOMPARE(charts.size(), groups.size());
    for (int i = 0; i < charts.size(); ++i) {
        std::unique_ptr<QChart> chart(charts.at(i));
        QVERIFY(!chart->parent());
        QCOMPARE(chart->title(), groups.at(i).title);
        QCOMPARE(categoryAxis(chart.get())->count(), groups.at(i).bars.size());
    }
}

QTEST_MAIN(TestFigureChartBuilder)
#include "tst_figurechartbuilder.moc"
