#include "core/documentmodel.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "core/indicatormatcher.h"
#include "core/reportparser.h"
#include "export/chartimagewriter.h"
#include "export/figurechartbuilder.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLogValueAxis>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <memory>
#include <numeric>

namespace {

FigureChartBuilder::Bar bar(const QString &label, double value, const QString &unit,
                            Figure::Kind kind = Figure::Kind::Count, int figureIndex = 0,
                            const QString &text = QString())
{
    FigureChartBuilder::Bar b;
    b.reportRow = 0;
    b.figureIndex = figureIndex;
    b.label = label;
    b.value = value;
    b.unit = unit;
    b.kind = kind;
    b.text = text.isEmpty() ? QString::number(value) + unit : text;
    b.quote = label + b.text + u"。"_qs;
    b.sectionId = u"1.1"_qs;
    return b;
}

/** A bar of a catalogue indicator, in a role. */
FigureChartBuilder::Bar indicatorBar(const QString &name, double value, const QString &unit,
                                     const QString &text, Figure::Kind kind, Figure::Role role,
                                     int figureIndex)
{
    FigureChartBuilder::Bar b = bar(name, value, unit, kind, figureIndex, text);
    b.indicator = name;
    b.indicatorName = name;
    b.role = role;
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

/** "title [axis title]: category = drawn value, …" for each group, in order. */
QStringList describe(const QList<FigureChartBuilder::Group> &groups)
{
    QStringList out;
    for (const auto &g : groups) {
        QStringList bars;
        for (int i = 0; i < g.bars.size(); ++i)
            bars.append(QStringLiteral("%1 = %2").arg(
                g.categories.value(i),
                QString::number(FigureChartBuilder::barValue(g, g.bars.at(i)), 'g', 12)));
        out.append(QStringLiteral("%1 [%2]: %3").arg(g.title, g.axisTitle, bars.join(u", ")));
    }
    return out;
}

/** "title: bars" for each group, in order. */
QStringList sizes(const QList<FigureChartBuilder::Group> &groups)
{
    QStringList out;
    for (const auto &g : groups)
        out.append(QStringLiteral("%1: %2").arg(g.title).arg(g.bars.size()));
    return out;
}

} // namespace

using Bars = QList<FigureChartBuilder::Bar>;
Q_DECLARE_METATYPE(Bars)
Q_DECLARE_METATYPE(FigureChartBuilder::Bar)

class TestFigureChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void grouping_data();
    void grouping();
    void notCharted_data();
    void notCharted();
    void durationsFromText();
    void sortedByValue();
    void logAxis_data();
    void logAxis();
    void valueLabels();
    void imageAndSvg();
    void fromText();
    void rateAxis();
    void largeValuesScaled();
    void uniqueCategories();
    void barOrder();
    void largestBarsKept();
    void fromFilterModel_data();
    void fromFilterModel();
    void magnitudeLabels_data();
    void magnitudeLabels();
    void corpusCharts_data();
    void corpusCharts();
    void provinceHeads();
    void yearbookTable();
};

void TestFigureChartBuilder::grouping_data()
{
    QTest::addColumn<Bars>("bars");
    QTest::addColumn<QStringList>("groups"); // describe()
    using K = Figure::Kind;
    using R = Figure::Role;
    // The province: 项目 1万个, 国家重点实验室 9个 … are not one chart of 个.
    QTest::addRow("one head, one chart; a single bar left out")
        << Bars{bar(u"亿元以上重点技改项目"_qs, 1213, u"个"_qs, K::Count, 0),
                bar(u"国家重点实验室"_qs, 9, u"个"_qs, K::Count, 1),
                bar(u"民间资本推介优质项目"_qs, 300, u"个"_qs, K::Count, 2)}
        << QStringList{u"Counts (个): 项目 [个]: 亿元以上重点技改项目 1213个 = 1213, "
                       u"民间资本推介优质项目 300个 = 300"_qs};
    QTest::addRow("an indicator's level and baseline together, its growth apart")
        << Bars{indicatorBar(u"地区生产总值"_qs, 5.3e12, u"元"_qs, u"5.3万亿元"_qs, K::Money,
                             R::Level, 0),
                indicatorBar(u"地区生产总值"_qs, 4.7e12, u"元"_qs, u"4.7万亿元"_qs, K::Money,
                             R::Baseline, 1),
                indicatorBar(u"地区生产总值增速"_qs, 5.5, u"%"_qs, u"5.5%"_qs, K::Change,
                             R::GrowthRate, 2),
                indicatorBar(u"规模以上工业增加值"_qs, 1.2e12, u"元"_qs, u"1.2万亿元"_qs, K::Money,
                             R::Level, 3)}
        << QStringList{u"地区生产总值 (万亿元) [万亿元]: 地区生产总值 5.3万亿元 = 5.3, "
                       u"地区生产总值 4.7万亿元 = 4.7"_qs};
    QTest::addRow("levels and targets apart")
        << Bars{indicatorBar(u"城镇新增就业"_qs, 6.1e5, u"人"_qs, u"61万人"_qs, K::Count, R::Level,
                             0),
                indicatorBar(u"城镇新增就业"_qs, 5.5e5, u"人"_qs, u"55万人"_qs, K::Count, R::Target,
                             1),
                indicatorBar(u"城镇新增就业"_qs, 5.8e5, u"人"_qs, u"58万人"_qs, K::Count, R::Level,
                             2),
                indicatorBar(u"城镇新增就业"_qs, 5.6e5, u"人"_qs, u"56万人"_qs, K::Count, R::Target,
                             3)}
        << QStringList{u"城镇新增就业 (万人) [万人]: 城镇新增就业 61万人 = 61, "
                       u"城镇新增就业 58万人 = 58"_qs,
                       u"城镇新增就业 (万人), targets [万人]: 城镇新增就业 55万人 = 55, "
                       u"城镇新增就业 56万人 = 56"_qs};
    // The 年报 table: a column's cells compare the rows; its zeros are no bars.
    QTest::addRow("table cells by column, zeros left out")
        << Bars{bar(u"予以公开 · 申请人情况 / 总计"_qs, 50, QString(), K::Count, 0, u"50"_qs),
                bar(u"予以公开 · 申请人情况 / 自然人"_qs, 48, QString(), K::Count, 1, u"48"_qs),
                bar(u"不予公开 / 属于国家秘密 · 申请人情况 / 总计"_qs, 3, QString(), K::Count, 2,
                    u"3"_qs),
                bar(u"其他处理 · 申请人情况 / 总计"_qs, 0, QString(), K::Count, 3, u"0"_qs)}
        << QStringList{u"Counts: 总计 []: 予以公开 50 = 50, 不予公开 / 属于国家秘密 3 = 3"_qs};
    QTest::addRow("one head in two units: apart, so nothing")
        << Bars{bar(u"重点项目"_qs, 120, u"个"_qs), bar(u"民生项目"_qs, 30, u"项"_qs, K::Count, 1)}
        << QStringList();
    QTest::addRow("a count and a change of the same head apart")
        << Bars{bar(u"证明材料"_qs, 59000, u"份"_qs, K::Change, 0),
                bar(u"证明材料"_qs, 398, u"份"_qs, K::Count, 1),
                bar(u"证明材料"_qs, 120, u"份"_qs, K::Change, 2),
                bar(u"证明材料"_qs, 30, u"份"_qs, K::Count, 3)}
        << QStringList{
               u"Counts (份): 材料 [份]: 证明材料 398份 = 398, 证明材料 30份 = 30"_qs,
               u"Changes (份): 材料 [份]: 证明材料 59000份 = 59000, 证明材料 120份 = 120"_qs};
    QTest::addRow("none") << Bars() << QStringList();
}

void TestFigureChartBuilder::grouping()
{
    QFETCH(Bars, bars);
    QFETCH(QStringList, groups);
    QCOMPARE(describe(FigureChartBuilder::groupBars(bars)), groups);
}

void TestFigureChartBuilder::notCharted_data()
{
    QTest::addColumn<FigureChartBuilder::Bar>("bar");
    QTest::addColumn<bool>("chartable");
    using K = Figure::Kind;
    FigureChartBuilder::Bar months = bar(u"连续"_qs, 30, u"个月"_qs);
    QTest::addRow("30个月 is a length of time") << months << false;
    FigureChartBuilder::Bar duration = bar(u"连续增长"_qs, 12, u"期"_qs);
    duration.role = Figure::Role::Duration;
    QTest::addRow("any unit with the duration role") << duration << false;
    QTest::addRow("5天") << bar(u"办理时限"_qs, 5, u"天"_qs) << false;
    QTest::addRow("3年 changed") << bar(u"缩短"_qs, 3, u"年"_qs, K::Change) << false;
    FigureChartBuilder::Bar ordinal = bar(u"全省排名"_qs, 3, u"位"_qs);
    ordinal.text = u"第3位"_qs;
    QTest::addRow("第3位 is a place in an order") << ordinal << false;
    QTest::addRow("a table's total row")
        << bar(u"总计 · 申请人情况 / 自然人"_qs, 95, QString()) << false;
    QTest::addRow("a table's total column is a column")
        << bar(u"予以公开 · 申请人情况 / 总计"_qs, 50, QString()) << true;
    QTest::addRow("147件 is a count") << bar(u"案件"_qs, 147, u"件"_qs) << true;
    QTest::addRow("个 is a count") << bar(u"国家重点实验室"_qs, 9, u"个"_qs) << true;
    QTest::addRow("a rate") << bar(u"合格率"_qs, 100, u"%"_qs, K::Rate) << true;
    QTest::addRow("money") << bar(u"投资"_qs, 2.5e8, u"元"_qs, K::Money) << true;
}

void TestFigureChartBuilder::notCharted()
{
    QFETCH(FigureChartBuilder::Bar, bar);
    QFETCH(bool, chartable);
    QCOMPARE(FigureChartBuilder::isChartable(bar), chartable);
    FigureChartBuilder::Bar twin = bar;
    twin.figureIndex = bar.figureIndex + 1;
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars({bar, twin});
    QCOMPARE(groups.size(), chartable ? 1 : 0);
}

void TestFigureChartBuilder::durationsFromText()
{
    // The parser's own figures: 连续30个月 is a duration, never a bar of 30 months among counts.
    const ReportPtr report =
        ReportParser::parse(u"一、工作回顾\n全市新增企业1200家，新增科技企业300家，空气质量连续"
                            u"30个月保持优良，新建学校12所，改扩建学校8所。\n"_qs)
            .report;
    QVERIFY(report);
    QList<int> all(report->figures().size());
    std::iota(all.begin(), all.end(), 0);
    const Bars bars = FigureChartBuilder::barsFromReport(*report, all);
    QStringList units;
    for (const auto &b : bars)
        units.append(b.unit);
    QVERIFY2(units.contains(u"个月"_qs), qPrintable(units.join(u' ')));
    QStringList charted;
    for (const auto &g : FigureChartBuilder::groupBars(bars))
        for (const auto &b : g.bars)
            charted.append(b.text);
    charted.sort();
    QCOMPARE(charted, (QStringList{u"1200家"_qs, u"12所"_qs, u"300家"_qs, u"8所"_qs}));
}

void TestFigureChartBuilder::sortedByValue()
{
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(
        {bar(u"民族村寨旅游项目"_qs, 1000, u"个"_qs, Figure::Kind::Count, 0),
         bar(u"项目"_qs, 10000, u"个"_qs, Figure::Kind::Count, 1),
         bar(u"重点实验室建设项目"_qs, 9, u"个"_qs, Figure::Kind::Count, 2)});
    QCOMPARE(groups.size(), 1);
    const FigureChartBuilder::Group sorted = FigureChartBuilder::sortedByValue(groups.first());
    QStringList order;
    for (const auto &b : sorted.bars)
        order.append(b.label);
    QCOMPARE(order, (QStringList{u"项目"_qs, u"民族村寨旅游项目"_qs, u"重点实验室建设项目"_qs}));
    // Categories move with their bars.
    QCOMPARE(sorted.categories, (QStringList{u"项目 10000个"_qs, u"民族村寨旅游项目 1000个"_qs,
                                             u"重点实验室建设项目 9个"_qs}));
    // Drawn top-down: the largest bar at the top of the chart.
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(sorted));
    QCOMPARE(categoryAxis(chart.get())->categories().last(), u"项目 10000个"_qs);
}

void TestFigureChartBuilder::logAxis_data()
{
    QTest::addColumn<Bars>("bars");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<double>("low"); // log axis range
    QTest::addColumn<double>("high");
    QTest::addRow("10000 against 9: over 100×")
        << Bars{bar(u"项目"_qs, 10000, u"个"_qs), bar(u"实验室项目"_qs, 9, u"个"_qs, {}, 1)} << true
        << 1.0 << 100000.0;
    QTest::addRow("1000 against 20: 50×")
        << Bars{bar(u"甲项目"_qs, 1000, u"个"_qs), bar(u"乙项目"_qs, 20, u"个"_qs, {}, 1)} << false
        << 0.0 << 0.0;
    QTest::addRow("a negative change stays linear")
        << Bars{bar(u"证明材料"_qs, 5000, u"份"_qs, Figure::Kind::Change),
                bar(u"证明材料"_qs, -3, u"份"_qs, Figure::Kind::Change, 1)}
        << false << 0.0 << 0.0;
}

void TestFigureChartBuilder::logAxis()
{
    QFETCH(Bars, bars);
    QFETCH(bool, offered);
    QFETCH(double, low);
    QFETCH(double, high);
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(bars);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(FigureChartBuilder::spreadNeedsLogAxis(groups.first()), offered);
    FigureChartBuilder builder;
    builder.setLogAxis(true);
    std::unique_ptr<QChart> chart(builder.createChart(groups.first()));
    const auto *log = qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QCOMPARE(log != nullptr, offered);
    if (log) {
        QCOMPARE(log->min(), low);
        QCOMPARE(log->max(), high);
    } else {
        QVERIFY(valueAxis(chart.get()));
    }
}

void TestFigureChartBuilder::valueLabels()
{
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(
        {bar(u"案件"_qs, 147, u"件"_qs), bar(u"案件"_qs, 12, u"件"_qs)});
    FigureChartBuilder builder;
    std::unique_ptr<QChart> plain(builder.createChart(groups.first()));
    auto *series = qobject_cast<QHorizontalBarSeries *>(plain->series().value(0));
    QVERIFY(series);
    QVERIFY(!series->isLabelsVisible());
    builder.setValueLabels(true);
    std::unique_ptr<QChart> labelled(builder.createChart(groups.first()));
    series = qobject_cast<QHorizontalBarSeries *>(labelled->series().value(0));
    QVERIFY(series->isLabelsVisible());
    QCOMPARE(series->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
}

void TestFigureChartBuilder::imageAndSvg()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(
        {bar(u"专职调解员"_qs, 60, u"人"_qs), bar(u"兼职调解员"_qs, 818, u"人"_qs, {}, 1)});
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(groups.first()));
    const QString png = dir.filePath(u"chart.png"_qs);
    QString error;
    QVERIFY2(ChartImageWriter::writePng(chart.get(), QSize(400, 200), png, &error),
             qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(800, 400)); // twice the pixels
    // Something is drawn: the bars are in the highlight's tint, not the background.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            coloured += image.pixelColor(x, y) != image.pixelColor(0, 0);
    QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));

    const QString svg = dir.filePath(u"chart.svg"_qs);
    QVERIFY2(ChartImageWriter::writeSvg(chart.get(), QSize(400, 200), svg, QString(), &error),
             qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(u"<?xml"_qs));
    QVERIFY2(text.contains(u"<title>Counts (人): 调解员</title>"_qs), qPrintable(text.left(400)));
    // The labels are text in the drawing, not pixels.
    QVERIFY(text.contains(u"兼职调解员 818人"_qs));
    QVERIFY(text.contains(u"<rect"_qs) || text.contains(u"<path"_qs));
    // A folder is refused with a message naming it, and nothing is written.
    QVERIFY(!ChartImageWriter::writePng(chart.get(), QSize(400, 200), dir.path(), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.path())), qPrintable(error));
}

void TestFigureChartBuilder::fromText()
{
    // Every figure worked out from the text: of 2.5亿元 and 3000万美元, 1.2万人 and 3.1%, 8%
    // growth, nothing compares with anything; the schools (12所, 8所) and the enterprises
    // (1200家, 300家) do. The extractor leaves the verbs (新建, 改扩建) out of the labels.
    const ReportPtr report =
        ReportParser::parse(u"一、经济发展\n全市完成固定资产投资2.5亿元，同比增长8%。实际利用外资"
                            u"3000万美元。新增城镇就业1.2万人，城镇登记失业率3.1%。新增企业1200家，"
                            u"其中科技企业300家。\n二、社会事业\n新建学校12所，改扩建学校8所，"
                            u"新增学位6000个。\n"_qs)
            .report;
    QVERIFY(report);
    QCOMPARE(report->figures().size(), 10);
    QList<int> all(report->figures().size());
    std::iota(all.begin(), all.end(), 0);
    const Bars bars = FigureChartBuilder::barsFromReport(*report, all, 0);
    QCOMPARE(
        describe(FigureChartBuilder::groupBars(bars)),
        (QStringList{u"Counts (家): 企业 [家]: 新增企业 1200家 = 1200, 科技企业 300家 = 300"_qs,
                     u"Counts (所): 学校 [所]: 学校 12所 = 12, 学校 8所 = 8"_qs}));
    // Only the second section's figures.
    QCOMPARE(describe(FigureChartBuilder::groupBars(
                 FigureChartBuilder::barsFromReport(*report, {7, 8, 9, 99, -1}, 0))),
             (QStringList{u"Counts (所): 学校 [所]: 学校 12所 = 12, 学校 8所 = 8"_qs}));
}

void TestFigureChartBuilder::rateAxis()
{
    const auto groups =
        FigureChartBuilder::groupBars({bar(u"调解成功率"_qs, 98, u"%"_qs, Figure::Kind::Rate),
                                       bar(u"复议成功率"_qs, 3, u"‰"_qs, Figure::Kind::Rate, 1)});
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
    // Written without a multiplier, large values still read in 万.
    QCOMPARE(groups.first().axisTitle, u"万条"_qs);
    QCOMPARE(groups.first().valueSuffix, u"万条"_qs);
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
    // A repeated label takes its section id, then a number.
    const QStringList categories{u"市场主体 37户"_qs, u"市场主体 37户 (1.1)"_qs,
                                 u"市场主体 37户 (1.1) #2"_qs, u"市场主体 37户 (1.5.4)"_qs};
    QCOMPARE(groups.first().categories, categories);
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(groups.first()));
    // Drawn bottom-up: the first bar at the top.
    QStringList reversed = categories;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(categoryAxis(chart.get())->categories(), reversed);
}

void TestFigureChartBuilder::barOrder()
{
    const Bars bars{bar(u"甲案件"_qs, 1, u"件"_qs, {}, 0), bar(u"乙案件"_qs, 2, u"件"_qs, {}, 1),
                    bar(u"丙案件"_qs, 3, u"件"_qs, {}, 2)};
    const auto g = FigureChartBuilder::groupBars(bars).first();
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(g));
    // The first figure of the report is drawn at the top: the highest category position.
    QCOMPARE(categoryAxis(chart.get())->categories(),
             (QStringList{u"丙案件 3件"_qs, u"乙案件 2件"_qs, u"甲案件 1件"_qs}));
    const auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().first();
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->at(0), 3.0);
    QCOMPARE(set->at(2), 1.0);
    QCOMPARE(FigureChartBuilder::setIndexForBar(g, 0), 2);
    QCOMPARE(FigureChartBuilder::setIndexForBar(g, 1), 1);
    QCOMPARE(FigureChartBuilder::setIndexForBar(g, 2), 0);
    QCOMPARE(FigureChartBuilder::barForSetIndex(g, 2), 0);
    QCOMPARE(FigureChartBuilder::barForSetIndex(g, 0), 2);
    QCOMPARE(FigureChartBuilder::barForSetIndex(g, 3), -1);
    QCOMPARE(FigureChartBuilder::setIndexForBar(g, 3), -1);
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
    QCOMPARE(g.omitted, 89); // and the zero (i = 0) is no bar
    QCOMPARE(g.title, u"Counts (件): 项目: largest 10 of 99"_qs);
    // Values (37 i) mod 101 are distinct; the ten largest, 91 to 100, in document order.
    QList<int> indexes;
    QList<double> values;
    for (const auto &b : g.bars) {
        indexes.append(b.figureIndex);
        values.append(b.value);
    }
    QCOMPARE(indexes, (QList<int>{8, 19, 30, 38, 49, 60, 68, 79, 90, 98}));
    QCOMPARE(values, (QList<double>{94, 97, 100, 93, 96, 99, 92, 95, 98, 91}));
    const auto all = FigureChartBuilder::groupBars(bars).first();
    QCOMPARE(all.bars.size(), 99);
    QCOMPARE(all.omitted, 0);
    QCOMPARE(all.title, u"Counts (件): 项目"_qs);
}

void TestFigureChartBuilder::fromFilterModel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("detailed"); // groups are describe(), else sizes()
    QTest::addColumn<QStringList>("groups");
    // resources/sample-report.txt, 二是加强行政调解工作: 摸排矛盾纠纷6067件，调解成功5996件，
    // 调解成功率98%；人民监督员60名；调解组织达50%以上: two indicators of 件 (disputes screened,
    // disputes mediated), one of 名, two unlike rates: no two values of one thing, no chart.
    QTest::addRow("1.7.2") << u"1.7.2"_qs << true << QStringList();
    // 1.7's four items add 1个, 836人次, 920个, 25100通, 147件, 182件 and rates of as many
    // indicators: still nothing to compare.
    QTest::addRow("1.7") << u"1.7"_qs << true << QStringList();
    // 市场主体 of three kinds, in one paragraph.
    QTest::addRow("1.5.4") << u"1.5.4"_qs << true
                           << QStringList{u"Counts (户): 主体 [户]: 市场主体 37户 = 37, "
                                          u"市场主体 20户 = 20, 市场主体 27户 = 27"_qs};
    QTest::addRow("report") << QString() << false
                            << QStringList{u"Counts (户): 主体: 3"_qs, u"Counts (次): 会议: 2"_qs,
                                           u"Counts (个): 单位: 2"_qs, u"领导干部学法 (次): 2"_qs,
                                           u"规范性文件备案 (件): 2"_qs};
}

void TestFigureChartBuilder::fromFilterModel()
{
    QFETCH(QString, id);
    QFETCH(bool, detailed);
    QFETCH(QStringList, groups);
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
    if (!id.isEmpty()) {
        QVERIFY(section >= 0);
        filter.setSectionRange(section, report->section(section).subtreeEnd);
    }

    // Sorting the proxy does not change the charts: they read in document order.
    filter.sort(FigureModel::ValueColumn, Qt::DescendingOrder);
    const Bars bars = FigureChartBuilder::barsFromModel(&filter);
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(bars.at(i - 1).figureIndex < bars.at(i).figureIndex);
    const auto built = FigureChartBuilder::groupBars(bars);
    QCOMPARE(detailed ? describe(built) : sizes(built), groups);

    // The charts: one per group, titled, one category per bar.
    FigureChartBuilder builder;
    const QList<QChart *> charts = builder.build(&filter);
    QCOMPARE(charts.size(), groups.size());
    QStringList drawn;
    for (QChart *c : charts) {
        std::unique_ptr<QChart> chart(c);
        QVERIFY(!chart->parent());
        drawn.append(
            QStringLiteral("%1: %2").arg(chart->title()).arg(categoryAxis(chart.get())->count()));
    }
    QCOMPARE(drawn, sizes(built));
    if (id == u"1.5.4")
        QCOMPARE(drawn, (QStringList{u"Counts (户): 主体: 3"_qs}));
}

void TestFigureChartBuilder::magnitudeLabels_data()
{
    QTest::addColumn<Bars>("bars");
    QTest::addColumn<QString>("axisTitle");
    QTest::addColumn<QString>("valueLabels"); // the series' label format
    QTest::addColumn<QString>("ticks");       // the value axis' label format (its title has
                                              // the multiplier)
    QTest::addColumn<double>("drawn");        // the first bar as drawn
    QTest::addColumn<QString>("exact");       // in the first bar's tooltip
    using K = Figure::Kind;
    using R = Figure::Role;
    QTest::addRow("32765亿元") << Bars{indicatorBar(u"地区生产总值"_qs, 3.2765e12, u"元"_qs,
                                                    u"32765亿元"_qs, K::Money, R::Level, 0),
                                       indicatorBar(u"地区生产总值"_qs, 3.07e12, u"元"_qs,
                                                    u"30700亿元"_qs, K::Money, R::Level, 1)}
                               << u"亿元"_qs << u"@value亿元"_qs << u"%g"_qs << 32765.0
                               << u"= 3276500000000 元"_qs;
    QTest::addRow("5.3万件 with 8000件: the multiplier most bars have")
        << Bars{bar(u"受理案件"_qs, 53000, u"件"_qs, K::Count, 0, u"5.3万件"_qs),
                bar(u"办结案件"_qs, 8000, u"件"_qs, K::Count, 1, u"8000件"_qs),
                bar(u"调解案件"_qs, 41000, u"件"_qs, K::Count, 2, u"4.1万件"_qs)}
        << u"万件"_qs << u"@value万件"_qs << u"%g"_qs << 5.3 << u"= 53000 件"_qs;
    {
        // Table cells under 单位：万元: the caption's multiplier, as the report writes them.
        Bars fees{bar(u"行政事业性收费"_qs, 30000, u"元"_qs, K::Money, 0, u"3"_qs),
                  bar(u"经营服务性收费"_qs, 52000, u"元"_qs, K::Money, 1, u"5.2"_qs)};
        for (auto &b : fees)
            b.captionPrefix = u"万"_qs;
        QTest::addRow("3 and 5.2 under 单位：万元")
            << fees << u"万元"_qs << u"@value万元"_qs << u"%g"_qs << 3.0 << u"= 30000 元"_qs;
    }
    QTest::addRow("small counts as they are")
        << Bars{bar(u"受理案件"_qs, 147, u"件"_qs, K::Count, 0, u"147件"_qs),
                bar(u"办结案件"_qs, 120, u"件"_qs, K::Count, 1, u"120件"_qs)}
        << u"件"_qs << u"@value件"_qs << u"%g"_qs << 147.0 << u"= 147 件"_qs;
    QTest::addRow("rates in percent")
        << Bars{bar(u"调解成功率"_qs, 98, u"%"_qs, K::Rate, 0, u"98%"_qs),
                bar(u"复议调解成功率"_qs, 95.5, u"%"_qs, K::Rate, 1, u"95.5%"_qs)}
        << u"%"_qs << u"@value%"_qs << u"%.0f%%"_qs << 98.0 << u"= 98 %"_qs;
}

void TestFigureChartBuilder::magnitudeLabels()
{
    QFETCH(Bars, bars);
    QFETCH(QString, axisTitle);
    QFETCH(QString, valueLabels);
    QFETCH(QString, ticks);
    QFETCH(double, drawn);
    QFETCH(QString, exact);
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(bars);
    QCOMPARE(groups.size(), 1);
    const FigureChartBuilder::Group &g = groups.first();
    QCOMPARE(g.axisTitle, axisTitle);
    QCOMPARE(FigureChartBuilder::barValue(g, g.bars.first()), drawn);
    FigureChartBuilder builder;
    builder.setValueLabels(true);
    std::unique_ptr<QChart> chart(builder.createChart(g));
    const auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->labelsFormat(), valueLabels);
    QValueAxis *axis = valueAxis(chart.get());
    QVERIFY(axis);
    QCOMPARE(axis->labelFormat(), ticks);
    QCOMPARE(axis->titleText(), axisTitle);
    // The exact number is in the tooltip, in base units.
    const QString tip = FigureChartBuilder::toolTip(g.bars.first());
    QVERIFY2(tip.contains(exact), qPrintable(tip));
    QVERIFY2(tip.contains(g.bars.first().text), qPrintable(tip));
}

void TestFigureChartBuilder::corpusCharts_data()
{
    QTest::addColumn<QString>("file");
    const QDir corpus(corpusDir());
    for (const QString &name : QDir(corpus.filePath(u"provinces-2026"_qs))
                                   .entryList({u"*.txt"_qs}, QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(name)) << u"provinces-2026/"_qs + name;
    for (const QString &name :
         {u"series/shenzhen-gzbg-2023.txt"_qs, u"series/longgang-gzbg-2020.txt"_qs,
          u"shenzhen-guangming-fazhi-2021.txt"_qs, u"wuwei-2021-fazhi.txt"_qs,
          u"published/hongze-xxgk-2024.pdf"_qs})
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestFigureChartBuilder::corpusCharts()
{
    // Every chart of a real report, for the whole report and for each top-level section,
    // compares like with like: one indicator (as the matcher reads the figure) or, for figures
    // of none, one subject; one role, kind and unit; no duration, ordinal, year or zero; at
    // least two bars.
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    const ReportPtr report = ReportLoader::loadFile(QDir(corpusDir()).filePath(file)).report;
    QVERIFY(report);
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    QList<QList<int>> scopes;
    QList<int> all(report->figures().size());
    std::iota(all.begin(), all.end(), 0);
    scopes.append(all);
    for (int s : report->topLevelSections())
        scopes.append(report->figuresInSubtree(s));
    int charts = 0;
    for (const QList<int> &scope : std::as_const(scopes)) {
        for (const auto &g : FigureChartBuilder::groupBars(
                 FigureChartBuilder::barsFromReport(*report, scope), 40)) {
            ++charts;
            QVERIFY2(g.bars.size() >= 2, qPrintable(g.title));
            const Figure &first = report->figures().at(g.bars.first().figureIndex);
            const QString indicator = matcher.match(*report, first);
            for (const auto &bar : g.bars) {
                const Figure &f = report->figures().at(bar.figureIndex);
                const QString what = g.title + u" | "_qs + bar.label + u' ' + bar.text;
                QVERIFY2(f.role != Figure::Role::Duration, qPrintable(what));
                QVERIFY2(!bar.text.startsWith(u'第'), qPrintable(what));
                QVERIFY2(!QStringList({u"年"_qs, u"个月"_qs, u"天"_qs, u"日"_qs, u"年度"_qs})
                              .contains(f.unit),
                         qPrintable(what));
                QVERIFY2(f.value != 0, qPrintable(what));
                QVERIFY2(f.kind == first.kind, qPrintable(what));
                QVERIFY2(f.kind == Figure::Kind::Rate || f.unit == first.unit, qPrintable(what));
                QVERIFY2(FigureChartBuilder::roleClass(f.role) ==
                             FigureChartBuilder::roleClass(first.role),
                         qPrintable(what));
                if (bar.label.contains(u" · "_qs)) {
                    // A table cell: one column of the table.
                    QVERIFY2(bar.label.endsWith(g.subject), qPrintable(what));
                    continue;
                }
                QCOMPARE(matcher.match(*report, f), indicator);
                if (indicator.isEmpty())
                    QCOMPARE(FigureChartBuilder::subjectOf(bar), g.subject);
                else
                    QCOMPARE(g.subject, matcher.name(indicator));
            }
        }
    }
    QVERIFY2(charts > 0, qPrintable(file));
}

void TestFigureChartBuilder::provinceHeads()
{
    // The province report: 项目 1万个, 国家重点实验室 9个, 民族村寨旅游 1000个 were one
    // "Counts (个)" chart. Now the whole report has no chart of mixed heads, and 项目 are charted
    // with 项目.
    REPORTSCOPE_REQUIRE_CORPUS();
    const ReportPtr report =
        ReportLoader::loadFile(QDir(corpusDir()).filePath(u"provinces-2026/anhui-gzbg-2026.txt"_qs))
            .report;
    QVERIFY(report);
    QList<int> all(report->figures().size());
    std::iota(all.begin(), all.end(), 0);
    const auto groups =
        FigureChartBuilder::groupBars(FigureChartBuilder::barsFromReport(*report, all));
    QStringList titles;
    for (const auto &g : groups)
        titles.append(g.title);
    QVERIFY2(!titles.contains(u"Counts (个)"_qs), qPrintable(titles.join(u" | ")));
    const auto projects = std::find_if(groups.cbegin(), groups.cend(), [](const auto &g) {
        return g.title == u"Counts (个): 项目"_qs;
    });
    QVERIFY2(projects != groups.cend(), qPrintable(titles.join(u" | ")));
    for (const auto &bar : projects->bars)
        QVERIFY2(bar.label.endsWith(u"项目"_qs), qPrintable(bar.label));
}

void TestFigureChartBuilder::yearbookTable()
{
    // The 政府信息公开年报 table of applications: 161 cells, most of them zero, were one chart.
    // Now its columns are charted, without zeros, each with its rows.
    REPORTSCOPE_REQUIRE_CORPUS();
    const ReportPtr report =
        ReportLoader::loadFile(QDir(corpusDir()).filePath(u"published/hongze-xxgk-2024.pdf"_qs))
            .report;
    QVERIFY(report);
    int tableSection = -1;
    for (int s : report->topLevelSections()) {
        if (tableSection < 0 ||
            report->figuresInSubtree(s).size() > report->figuresInSubtree(tableSection).size())
            tableSection = s;
    }
    const QList<int> figures = report->figuresInSubtree(tableSection);
    QVERIFY2(figures.size() > 100, qPrintable(QString::number(figures.size())));
    const auto groups =
        FigureChartBuilder::groupBars(FigureChartBuilder::barsFromReport(*report, figures), 40);
    QVERIFY(!groups.isEmpty());
    int bars = 0;
    for (const auto &g : groups) {
        bars += int(g.bars.size());
        for (const auto &bar : g.bars) {
            QVERIFY(bar.value > 0);
            // One column: every cell's column path ends in the chart's subject.
            QVERIFY2(bar.label.endsWith(g.subject), qPrintable(g.title + u" | "_qs + bar.label));
            QVERIFY2(FigureChartBuilder::categoryName(bar) != u"总计"_qs, qPrintable(bar.label));
            // The axis names the row, not the column again.
            QVERIFY2(!FigureChartBuilder::categoryName(bar).contains(u" · "_qs),
                     qPrintable(bar.label));
        }
    }
    QVERIFY2(bars < 40, qPrintable(QString::number(bars)));
}

QTEST_MAIN(TestFigureChartBuilder)
#include "tst_figurechartbuilder.moc"
