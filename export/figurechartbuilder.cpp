#include "export/figurechartbuilder.h"

#include "core/figuremodel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLogValueAxis>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

// Axis labels longer than this many characters are elided; the tooltip has the rest.
constexpr int MaxCategoryChars = 16;

// Units of time: a number of them is a length of time, never a count of things.
bool isTimeUnit(const QString &unit)
{
    static const QStringList units{
        QStringLiteral("年"),       QStringLiteral("个年度"), QStringLiteral("年度"),
        QStringLiteral("个月"),     QStringLiteral("月"),     QStringLiteral("周"),
        QStringLiteral("个工作日"), QStringLiteral("工作日"), QStringLiteral("天"),
        QStringLiteral("日"),       QStringLiteral("小时"),   QStringLiteral("个小时"),
        QStringLiteral("分钟"),     QStringLiteral("秒"),     QStringLiteral("季度"),
        QStringLiteral("个季度")};
    return units.contains(unit);
}

// The figure's role, read from the report behind whatever proxies stand over the FigureModel.
Figure::Role roleOf(const QModelIndex &index)
{
    QModelIndex idx = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(idx.model()))
        idx = proxy->mapToSource(idx);
    const auto *figures = qobject_cast<const FigureModel *>(idx.model());
    if (!figures)
        return Figure::Role::Level;
    const ReportPtr report = figures->reportForIndex(idx);
    const int fi = figures->figureIndexForIndex(idx);
    if (!report || fi < 0 || fi >= report->figures().size())
        return Figure::Role::Level;
    return report->figures().at(fi).role;
}

int kindOrder(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Count:
        return 0;
    case Figure::Kind::Rate:
        return 1;
    case Figure::Kind::Money:
        return 2;
    case Figure::Kind::Change:
        return 3;
    case Figure::Kind::PercentagePoint:
        return 4;
    case Figure::Kind::Multiple:
        return 5;
    }
    return 6;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString elide(const QString &s, int maxChars)
{
    if (s.size() <= maxChars)
        return s;
    return s.left(qMax(1, maxChars - 1)) + QChar(0x2026);
}

} // namespace

FigureChartBuilder::FigureChartBuilder(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_font(font)
{}

QFont FigureChartBuilder::defaultFont()
{
    QFont font = QGuiApplication::font();
    static const bool hasWqy =
        QFontDatabase::families().contains(QStringLiteral("WenQuanYi Micro Hei"));
    if (hasWqy)
        font.setFamilies({QStringLiteral("WenQuanYi Micro Hei")});
    return font;
}

FigureChartBuilder::Bar FigureChartBuilder::barFromIndex(const QModelIndex &idx)
{
    Bar bar;
    if (!idx.isValid())
        return bar;
    bar.reportRow = idx.data(FigureModel::ReportRowRole).toInt();
    bar.figureIndex = idx.data(FigureModel::FigureIndexRole).toInt();
    bar.label = idx.data(FigureModel::LabelRole).toString();
    bar.text = idx.data(FigureModel::TextRole).toString();
    bar.value = idx.data(FigureModel::ValueRole).toDouble();
    bar.unit = idx.data(FigureModel::UnitRole).toString();
    bar.kind = Figure::Kind(idx.data(FigureModel::KindRole).toInt());
    bar.role = roleOf(idx);
    bar.quote = idx.data(FigureModel::QuoteRole).toString();
    bar.sectionId = idx.data(FigureModel::SectionIdRole).toString();
    bar.sectionHeading = idx.data(FigureModel::SectionHeadingRole).toString();
    return bar;
}

QList<FigureChartBuilder::Bar> FigureChartBuilder::barsFromModel(const QAbstractItemModel *model)
{
    QList<Bar> bars;
    if (!model)
        return bars;
    const int rows = model->rowCount();
    bars.reserve(rows);
    for (int row = 0; row < rows; ++row)
        bars.append(barFromIndex(model->index(row, 0)));
    // A sorted proxy may hand rows in any order; charts read in document order.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
        return a.reportRow != b.reportRow ? a.reportRow < b.reportRow
                                          : a.figureIndex < b.figureIndex;
    });
    return bars;
}

QList<FigureChartBuilder::Bar> FigureChartBuilder::barsFromReport(const Report &report,
                                                                  const QList<int> &figureIndexes,
                                                                  int reportRow)
{
    QList<Bar> bars;
    bars.reserve(figureIndexes.size());
    for (int fi : figureIndexes) {
        if (fi < 0 || fi >= report.figures().size())
            continue;
        const Figure &f = report.figures().at(fi);
        Bar bar;
        bar.reportRow = reportRow;
        bar.figureIndex = fi;
        bar.label = f.label;
        bar.text = report.figureText(fi).toString();
        bar.value = f.value;
        bar.unit = f.unit;
        bar.kind = f.kind;
        bar.role = f.role;
        bar.quote = report.figureQuote(fi).toString();
        bar.sectionId = report.figureSectionId(fi);
        if (f.section >= 0 && f.section < report.sectionCount())
            bar.sectionHeading = report.headingText(f.section);
        bars.append(bar);
    }
    return bars;
}

QString FigureChartBuilder::groupUnit(Figure::Kind kind, const QString &unit)
{
    return kind == Figure::Kind::Rate ? QString() : unit;
}

QList<FigureChartBuilder::Group> FigureChartBuilder::groupBars(const QList<Bar> &bars,
                                                               int maxBarsPerChart)
{
    QList<Group> groups;
    // Rates share one percent axis whatever their unit (% or ‰); every other kind is split by
    // unit, so one axis never counts two different things.
    for (const Bar &bar : bars) {
        if (!isChartable(bar))
            continue;
        const QString unit = groupUnit(bar.kind, bar.unit);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.kind == bar.kind && g.unit == unit;
        });
        if (it == groups.end()) {
            Group g;
            g.kind = bar.kind;
            g.unit = unit;
            groups.append(g);
            it = groups.end() - 1;
        }
        it->bars.append(bar);
    }

    for (Group &g : groups) {
        // Thousands of bars read as nothing: keep the largest, still in document order.
        if (maxBarsPerChart > 0 && g.bars.size() > maxBarsPerChart) {
            QList<int> order(g.bars.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&g](int a, int b) {
                return std::abs(g.bars.at(a).value) > std::abs(g.bars.at(b).value);
            });
            order.resize(maxBarsPerChart);
            std::sort(order.begin(), order.end());
            QList<Bar> kept;
            kept.reserve(maxBarsPerChart);
            for (int i : std::as_const(order))
                kept.append(g.bars.at(i));
            g.omitted = int(g.bars.size()) - maxBarsPerChart;
            g.bars = kept;
        }
    }
    return finishGroups(groups);
}

QList<FigureChartBuilder::Group> FigureChartBuilder::finishGroups(QList<Group> groups)
{
    for (Group &g : groups) {
        g.categories.clear();
        double maxAbs = 0;
        for (const Bar &bar : std::as_const(g.bars))
            maxAbs = qMax(maxAbs, std::abs(bar.value));
        const QString unit = g.unit;
        switch (g.kind) {
        case Figure::Kind::Count:
            g.title = unit.isEmpty() ? tr("Counts") : tr("Counts (%1)").arg(unit);
            break;
        case Figure::Kind::Rate:
            g.title = tr("Rates (%)");
            g.percentAxis = true;
            break;
        case Figure::Kind::Money:
            g.title = unit.isEmpty() ? tr("Amounts") : tr("Amounts (%1)").arg(unit);
            break;
        case Figure::Kind::Change:
            g.title = unit.isEmpty() ? tr("Changes") : tr("Changes (%1)").arg(unit);
            break;
        case Figure::Kind::PercentagePoint:
            g.title = tr("Changes in percentage points");
            break;
        case Figure::Kind::Multiple:
            g.title = tr("Multiples");
            break;
        }
        if (g.omitted > 0) {
            //: Chart title when small bars were left out: 1 title, 2 bars shown, 3 all bars
            g.title = tr("%1: largest %2 of %3")
                          .arg(g.title)
                          .arg(g.bars.size())
                          .arg(g.bars.size() + g.omitted);
        }
        // Large counts and amounts read in 万 and 亿, as the reports write them.
        if (g.percentAxis) {
            g.axisTitle = QStringLiteral("%");
        } else if (maxAbs >= 1e8) {
            g.scale = 1e8;
            //: Axis title for values in units of 100 million (亿); %1 is the unit, e.g. 元
            g.axisTitle = tr("×100 million %1").arg(unit).trimmed();
        } else if (maxAbs >= 1e5) {
            g.scale = 1e4;
            //: Axis title for values in units of 10,000 (万); %1 is the unit, e.g. 人
            g.axisTitle = tr("×10,000 %1").arg(unit).trimmed();
        } else {
            g.axisTitle = unit;
        }

        // Category labels must be unique on a QBarCategoryAxis: repeated labels get their
        // section id, then a number.
        QSet<QString> used;
        for (const Bar &bar : std::as_const(g.bars)) {
            QString name = bar.label.isEmpty() ? bar.text : bar.label;
            QString label = elide(name, qMax(6, MaxCategoryChars - int(bar.text.size()) - 1));
            if (!bar.label.isEmpty())
                label += QLatin1Char(' ') + bar.text;
            if (used.contains(label) && !bar.sectionId.isEmpty())
                label += QStringLiteral(" (%1)").arg(bar.sectionId);
            const QString base = label;
            for (int n = 2; used.contains(label); ++n)
                label = base + QStringLiteral(" #%1").arg(n);
            used.insert(label);
            g.categories.append(label);
        }
    }

    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (kindOrder(a.kind) != kindOrder(b.kind))
            return kindOrder(a.kind) < kindOrder(b.kind);
        return a.bars.size() > b.bars.size();
    });
    return groups;
}

bool FigureChartBuilder::isChartable(const Bar &bar)
{
    if (bar.role == Figure::Role::Duration)
        return false;
    if (bar.kind == Figure::Kind::Count || bar.kind == Figure::Kind::Change) {
        if (isTimeUnit(bar.unit))
            return false;
        // 第3位, 第二批: a place in an order, not a quantity.
        if (bar.text.startsWith(u'第'))
            return false;
    }
    return true;
}

bool FigureChartBuilder::isChartable(const QModelIndex &index)
{
    Bar bar;
    bar.kind = Figure::Kind(index.data(FigureModel::KindRole).toInt());
    bar.unit = index.data(FigureModel::UnitRole).toString();
    bar.text = index.data(FigureModel::TextRole).toString();
    bar.role = roleOf(index);
    return isChartable(bar);
}

FigureChartBuilder::Group FigureChartBuilder::sortedByValue(const Group &group)
{
    QList<int> order(group.bars.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&group](int a, int b) {
        return barValue(group, group.bars.at(a)) > barValue(group, group.bars.at(b));
    });
    Group sorted = group;
    sorted.bars.clear();
    sorted.categories.clear();
    for (int i : std::as_const(order)) {
        sorted.bars.append(group.bars.at(i));
        sorted.categories.append(group.categories.value(i));
    }
    return sorted;
}

bool FigureChartBuilder::spreadNeedsLogAxis(const Group &group)
{
    if (group.percentAxis || group.bars.size() < 2)
        return false;
    double smallest = 0;
    double largest = 0;
    for (const Bar &bar : group.bars) {
        const double v = barValue(group, bar);
        if (!(v > 0))
            return false;
        smallest = smallest == 0 ? v : qMin(smallest, v);
        largest = qMax(largest, v);
    }
    return largest > 100 * smallest;
}

double FigureChartBuilder::barValue(const Group &group, const Bar &bar)
{
    if (group.percentAxis && bar.unit == QStringLiteral("‰"))
        return bar.value / 10.0;
    return bar.value / group.scale;
}

int FigureChartBuilder::preferredHeight(const Group &group) const
{
    const QFontMetrics fm(m_font);
    const int row = qMax(18, fm.height() * 3 / 2);
    const int chrome = fm.height() * 5 + 24; // title, value axis labels and title, margins
    // Qt Charts elides the value axis labels of a very flat chart: at least two rows.
    return chrome + row * qMax(2, int(group.bars.size()));
}

QChart *FigureChartBuilder::createChart(const Group &group) const
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(m_palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 8, 2));
    QFont titleFont = m_font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(m_palette.brush(QPalette::Text));
    chart->setTitle(group.title);

    // Bars are a tint of the highlight colour; the selected bar is the highlight itself, so
    // both stay distinct in light and dark palettes.
    const QColor highlight = m_palette.color(QPalette::Highlight);
    const QColor barColor = mix(highlight, m_palette.color(QPalette::Base), 0.35);

    auto *set = new QBarSet(group.title);
    set->setColor(barColor);
    set->setBorderColor(barColor);
    set->setSelectedColor(highlight);
    set->setLabelColor(m_palette.color(QPalette::Text));
    set->setLabelFont(m_font);
    double minValue = 0;
    double maxValue = 0;
    // Category 0 is drawn at the bottom (QAbstractAxis::setReverse has no effect on a
    // horizontal bar series in Qt 6.4): append bottom-up so the report reads top-down.
    for (int i = int(group.bars.size()) - 1; i >= 0; --i) {
        const double v = barValue(group, group.bars.at(i));
        set->append(v);
        minValue = qMin(minValue, v);
        maxValue = qMax(maxValue, v);
    }

    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    if (m_valueLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(6);
    }
    chart->addSeries(series);

    QFont labelFont = m_font;
    auto *categories = new QBarCategoryAxis;
    QStringList bottomUp = group.categories;
    std::reverse(bottomUp.begin(), bottomUp.end());
    categories->append(bottomUp);
    categories->setLabelsFont(labelFont);
    categories->setLabelsBrush(m_palette.brush(QPalette::Text));
    categories->setLinePenColor(m_palette.color(QPalette::Mid));
    categories->setGridLineVisible(false);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    const bool logarithmic = m_logAxis && spreadNeedsLogAxis(group);
    QFont smallFont = m_font;
    if (smallFont.pointSizeF() > 0)
        smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    const auto style = [&](QAbstractAxis *axis) {
        axis->setLabelsFont(smallFont);
        axis->setLabelsBrush(m_palette.brush(QPalette::Text));
        axis->setTitleFont(smallFont);
        axis->setTitleBrush(m_palette.brush(QPalette::Text));
        axis->setLinePenColor(m_palette.color(QPalette::Mid));
        axis->setGridLineColor(
            mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.15));
        axis->setTruncateLabels(false);
    };
    if (logarithmic) {
        // Powers of ten from below the smallest bar to above the largest.
        auto *log = new QLogValueAxis;
        style(log);
        log->setTitleText(tr("%1 (logarithmic)").arg(group.axisTitle).trimmed());
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        double low = std::numeric_limits<double>::max();
        for (int i = 0; i < set->count(); ++i)
            low = qMin(low, set->at(i));
        log->setRange(std::pow(10.0, std::floor(std::log10(low))),
                      std::pow(10.0, std::ceil(std::log10(maxValue * 1.05))));
        chart->addAxis(log, Qt::AlignBottom);
        series->attachAxis(log);
        return chart;
    }
    auto *values = new QValueAxis;
    style(values);
    values->setTitleText(group.axisTitle);
    if (group.percentAxis) {
        values->setRange(qMin(0.0, minValue), qMax(100.0, maxValue));
        values->setTickCount(6);
        values->setLabelFormat(QStringLiteral("%.0f%%"));
    } else {
        if (maxValue <= minValue)
            maxValue = minValue + 1;
        values->setRange(minValue, maxValue);
        values->applyNiceNumbers();
        values->setLabelFormat(QStringLiteral("%g"));
    }
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

int FigureChartBuilder::barForSetIndex(const Group &group, int setIndex)
{
    const int n = int(group.bars.size());
    return setIndex >= 0 && setIndex < n ? n - 1 - setIndex : -1;
}

int FigureChartBuilder::setIndexForBar(const Group &group, int bar)
{
    return barForSetIndex(group, bar);
}

QList<QChart *> FigureChartBuilder::build(const QAbstractItemModel *model) const
{
    QList<QChart *> charts;
    const QList<Group> groups = groupBars(barsFromModel(model));
    charts.reserve(groups.size());
    for (const Group &g : groups)
        charts.append(createChart(g));
    return charts;
}

QString FigureChartBuilder::toolTip(const Bar &bar)
{
    const QString name = bar.label.isEmpty() ? bar.text : bar.label;
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b> %2</p>")
                       .arg(name.toHtmlEscaped(), bar.text.toHtmlEscaped());
    if (!bar.quote.isEmpty())
        html += QStringLiteral("<p>“%1”</p>").arg(bar.quote.toHtmlEscaped());
    const QString section = bar.sectionHeading.isEmpty()
                                ? bar.sectionId
                                : bar.sectionId + QLatin1Char(' ') + bar.sectionHeading;
    if (!section.isEmpty())
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(tr("Section %1").arg(section).toHtmlEscaped());
    return html;
}
