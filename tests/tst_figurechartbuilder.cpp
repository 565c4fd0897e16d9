#include "core/documentmodel.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "core/reportparser.h"
#include "export/chartimagewriter.h"
#include "export/figurechartbuilder.h"
#include "import/reportloader.h"

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
};

void TestFigureChartBuilder::grouping_data()
{
    QTest::addColumn<Bars>("bars");
    QTest::addColumn<QStringList>("groups"); // describe()
    using K = Figure::Kind;
    QTest::addRow("people and cases apart")
        << Bars{bar(u"调解员"_qs, 60, u"人"_qs), bar(u"案件"_qs, 147, u"件"_qs),
                bar(u"干部"_qs, 818, u"人"_qs)}
        << QStringList{u"Counts (人) [人]: 调解员 60人 = 60, 干部 818人 = 818"_qs,
                       u"Counts (件) [件]: 案件 147件 = 147"_qs};
    QTest::addRow("rates share one axis, after counts")
        << Bars{bar(u"成功率"_qs, 98, u"%"_qs, K::Rate), bar(u"案件"_qs, 5, u"件"_qs),
                bar(u"差错率"_qs, 3, u"‰"_qs, K::Rate)}
        << QStringList{u"Counts (件) [件]: 案件 5件 = 5"_qs,
                       u"Rates (%) [%]: 成功率 98% = 98, 差错率 3‰ = 0.3"_qs};
    QTest::addRow("money by currency, in 亿 and 万")
        << Bars{bar(u"投资"_qs, 1.9e8, u"元"_qs, K::Money),
                bar(u"出口"_qs, 3.64e6, u"美元"_qs, K::Money),
                bar(u"补贴"_qs, 1.9e6, u"元"_qs, K::Money)}
        << QStringList{u"Amounts (元) [×100 million 元]: 投资 1.9e+08元 = 1.9, "
                       u"补贴 1.9e+06元 = 0.019"_qs,
                       u"Amounts (美元) [×10,000 美元]: 出口 3.64e+06美元 = 364"_qs};
    QTest::addRow("a count and a change of the same unit apart")
        << Bars{bar(u"证明材料"_qs, 59000, u"份"_qs, K::Change), bar(u"文件"_qs, 398, u"份"_qs)}
        << QStringList{u"Counts (份) [份]: 文件 398份 = 398"_qs,
                       u"Changes (份) [份]: 证明材料 59000份 = 59000"_qs};
    QTest::addRow("larger groups first within a kind")
        << Bars{bar(u"甲"_qs, 1, u"次"_qs), bar(u"乙"_qs, 2, u"项"_qs), bar(u"丙"_qs, 3, u"项"_qs)}
        << QStringList{u"Counts (项) [项]: 乙 2项 = 2, 丙 3项 = 3"_qs,
                       u"Counts (次) [次]: 甲 1次 = 1"_qs};
    QTest::addRow("kinds in a fixed order")
        << Bars{bar(u"倍数"_qs, 2, u"倍"_qs, K::Multiple),
                bar(u"增幅"_qs, 1.5, u"个百分点"_qs, K::PercentagePoint),
                bar(u"资金"_qs, 300, u"元"_qs, K::Money), bar(u"人数"_qs, 7, u"人"_qs)}
        << QStringList{u"Counts (人) [人]: 人数 7人 = 7"_qs,
                       u"Amounts (元) [元]: 资金 300元 = 300"_qs,
                       u"Changes in percentage points [个百分点]: 增幅 1.5个百分点 = 1.5"_qs,
                       u"Multiples [倍]: 倍数 2倍 = 2"_qs};
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
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars({bar});
    QCOMPARE(groups.size(), chartable ? 1 : 0);
}

void TestFigureChartBuilder::durationsFromText()
{
    // The parser's own figures: 连续30个月 is a duration, never a bar of 30 months among counts.
    const ReportPtr report =
        ReportParser::parse(u"一、工作回顾\n全市新增企业1200家，空气质量连续30个月保持优良，"
                            u"新建学校12所。\n"_qs)
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
    QCOMPARE(charted, (QStringList{u"1200家"_qs, u"12所"_qs}));
}

void TestFigureChartBuilder::sortedByValue()
{
    const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(
        {bar(u"民族村寨旅游"_qs, 1000, u"个"_qs, Figure::Kind::Count, 0),
         bar(u"项目"_qs, 10000, u"个"_qs, Figure::Kind::Count, 1),
         bar(u"国家重点实验室"_qs, 9, u"个"_qs, Figure::Kind::Count, 2)});
    QCOMPARE(groups.size(), 1);
    const FigureChartBuilder::Group sorted = FigureChartBuilder::sortedByValue(groups.first());
    QStringList order;
    for (const auto &b : sorted.bars)
        order.append(b.label);
    QCOMPARE(order, (QStringList{u"项目"_qs, u"民族村寨旅游"_qs, u"国家重点实验室"_qs}));
    // Categories move with their bars.
    QCOMPARE(sorted.categories, (QStringList{u"项目 10000个"_qs, u"民族村寨旅游 1000个"_qs,
                                             u"国家重点实验室 9个"_qs}));
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
        << Bars{bar(u"项目"_qs, 10000, u"个"_qs), bar(u"实验室"_qs, 9, u"个"_qs)} << true << 1.0
        << 100000.0;
    QTest::addRow("1000 against 20: 50×")
        << Bars{bar(u"甲"_qs, 1000, u"个"_qs), bar(u"乙"_qs, 20, u"个"_qs)} << false << 0.0 << 0.0;
    QTest::addRow("a negative change stays linear")
        << Bars{bar(u"甲"_qs, 5000, u"份"_qs, Figure::Kind::Change),
                bar(u"乙"_qs, -3, u"份"_qs, Figure::Kind::Change)}
        << false << 0.0 << 0.0;
    QTest::addRow("one bar") << Bars{bar(u"甲"_qs, 5000, u"个"_qs)} << false << 0.0 << 0.0;
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
    const QList<FigureChartBuilder::Group> groups =
        FigureChartBuilder::groupBars({bar(u"案件"_qs, 147, u"件"_qs)});
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
        {bar(u"调解员"_qs, 60, u"人"_qs), bar(u"干部"_qs, 818, u"人"_qs)});
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
    QVERIFY2(text.contains(u"<title>Counts (人)</title>"_qs), qPrintable(text.left(400)));
    // The labels are text in the drawing, not pixels.
    QVERIFY(text.contains(u"干部 818人"_qs));
    QVERIFY(text.contains(u"<rect"_qs) || text.contains(u"<path"_qs));
    // A folder is refused with a message naming it, and nothing is written.
    QVERIFY(!ChartImageWriter::writePng(chart.get(), QSize(400, 200), dir.path(), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.path())), qPrintable(error));
}

void TestFigureChartBuilder::fromText()
{
    // Every figure worked out from the text: 2.5亿元 of investment, an 8% change, 3000万美元
    // of foreign capital, 1.2万人 employed, 3.1% unemployment; 12所 schools, 6000个 places.
    const ReportPtr report =
        ReportParser::parse(u"一、经济发展\n全市完成固定资产投资2.5亿元，同比增长8%。实际利用外资"
                            u"3000万美元。新增城镇就业1.2万人，城镇登记失业率3.1%。\n二、社会事业\n"
                            u"新建学校12所，新增学位6000个。\n"_qs)
            .report;
    QVERIFY(report);
    QCOMPARE(report->figures().size(), 7);
    const Bars bars = FigureChartBuilder::barsFromReport(*report, {0, 1, 2, 3, 4, 5, 6}, 0);
    QCOMPARE(describe(FigureChartBuilder::groupBars(bars)),
             (QStringList{u"Counts (人) [人]: 新增城镇就业 1.2万人 = 12000"_qs,
                          u"Counts (所) [所]: 学校 12所 = 12"_qs,
                          u"Counts (个) [个]: 新增学位 6000个 = 6000"_qs,
                          u"Rates (%) [%]: 城镇登记失业率 3.1% = 3.1"_qs,
                          u"Amounts (元) [×100 million 元]: 固定资产投资 2.5亿元 = 2.5"_qs,
                          u"Amounts (美元) [×10,000 美元]: 实际利用外资 3000万美元 = 3000"_qs,
                          u"Changes (%) [%]: 固定资产投资 8% = 8"_qs}));
    // Only the second section's figures.
    QCOMPARE(describe(FigureChartBuilder::groupBars(
                 FigureChartBuilder::barsFromReport(*report, {5, 6, 99, -1}, 0))),
             (QStringList{u"Counts (所) [所]: 学校 12所 = 12"_qs,
                          u"Counts (个) [个]: 新增学位 6000个 = 6000"_qs}));
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
    QCOMPARE(groups.first().axisTitle, u"×10,000 条"_qs);
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
    const Bars bars{bar(u"甲"_qs, 1, u"件"_qs, {}, 0), bar(u"乙"_qs, 2, u"件"_qs, {}, 1),
                    bar(u"丙"_qs, 3, u"件"_qs, {}, 2)};
    const auto g = FigureChartBuilder::groupBars(bars).first();
    FigureChartBuilder builder;
    std::unique_ptr<QChart> chart(builder.createChart(g));
    // The first figure of the report is drawn at the top: the highest category position.
    QCOMPARE(categoryAxis(chart.get())->categories(),
             (QStringList{u"丙 3件"_qs, u"乙 2件"_qs, u"甲 1件"_qs}));
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
    QCOMPARE(g.omitted, 90);
    QCOMPARE(g.title, u"Counts (件): largest 10 of 100"_qs);
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
    QCOMPARE(all.bars.size(), 100);
    QCOMPARE(all.omitted, 0);
    QCOMPARE(all.title, u"Counts (件)"_qs);
}

void TestFigureChartBuilder::fromFilterModel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("detailed"); // groups are describe(), else sizes()
    QTest::addColumn<QStringList>("groups");
    // resources/sample-report.txt, 二是加强行政调解工作: 摸排矛盾纠纷6067件，调解成功5996件，
    // 调解成功率98%；人民监督员60名；调解组织达50%以上.
    QTest::addRow("1.7.2") << u"1.7.2"_qs << true
                           << QStringList{
                                  u"Counts (件) [件]: 矛盾纠纷 6067件 = 6067, "
                                  u"调解成功 5996件 = 5996"_qs,
                                  u"Counts (名) [名]: 人民监督员 60名 = 60"_qs,
                                  u"Rates (%) [%]: 调解成功率 98% = 98, 调解组织 50% = 50"_qs};
    // 1.7's four items: 1个, 836人次, 920个, 25100通, 25100个, 100% (1.7.1); the above (1.7.2);
    // 147件 (1.7.3); 182件, 100%, 100% (1.7.4).
    QTest::addRow("1.7") << u"1.7"_qs << false
                         << QStringList{u"Counts (件): 4"_qs,   u"Counts (个): 3"_qs,
                                        u"Counts (人次): 1"_qs, u"Counts (通): 1"_qs,
                                        u"Counts (名): 1"_qs,   u"Rates (%): 5"_qs};
    QTest::addRow("report") << QString() << false
                            << QStringList{u"Counts (件): 12"_qs,  u"Counts (个): 11"_qs,
                                           u"Counts (名): 6"_qs,   u"Counts (次): 5"_qs,
                                           u"Counts (项): 5"_qs,   u"Counts (户): 4"_qs,
                                           u"Counts (条): 3"_qs,   u"Counts (份): 2"_qs,
                                           u"Counts (场次): 2"_qs, u"Counts (宗): 1"_qs,
                                           u"Counts (人): 1"_qs,   u"Counts (人次): 1"_qs,
                                           u"Counts (通): 1"_qs,   u"Rates (%): 9"_qs,
                                           u"Changes (份): 1"_qs};
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
    if (id == u"1.7.2") {
        QCOMPARE(drawn,
                 (QStringList{u"Counts (件): 2"_qs, u"Counts (名): 1"_qs, u"Rates (%): 2"_qs}));
    }
}

QTEST_MAIN(TestFigureChartBuilder)
#include "tst_figurechartbuilder.moc"
