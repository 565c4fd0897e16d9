#include "export/figurechartbuilder.h"

#include "core/figuremodel.h"
#include "core/indicatormatcher.h"
#include "core/magnitude.h"
#include "core/segmenter.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHash>
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

// The report and figure behind whatever proxies stand over the FigureModel.
ReportPtr sourceFigure(const QModelIndex &index, int *figureIndex)
{
    QModelIndex idx = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(idx.model()))
        idx = proxy->mapToSource(idx);
    const auto *figures = qobject_cast<const FigureModel *>(idx.model());
    if (!figures)
        return ReportPtr();
    ReportPtr report = figures->reportForIndex(idx);
    const int fi = figures->figureIndexForIndex(idx);
    if (!report || fi < 0 || fi >= report->figures().size())
        return ReportPtr();
    *figureIndex = fi;
    return report;
}

// The figure's role and indicator, read from its report.
void readFromReport(const QModelIndex &index, FigureChartBuilder::Bar *bar)
{
    int fi = -1;
    const ReportPtr report = sourceFigure(index, &fi);
    if (!report)
        return;
    const Figure &f = report->figures().at(fi);
    bar->role = f.role;
    bar->captionPrefix = Magnitude::prefixOfExponent(f.multiplierExponent);
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    bar->indicator = matcher.match(*report, f);
    if (!bar->indicator.isEmpty())
        bar->indicatorName = matcher.name(bar->indicator);
}

// The multiplier a bar is written with: its own (32765亿元 → 亿), else its table caption's.
QString writtenPrefix(const FigureChartBuilder::Bar &bar)
{
    const QString own = Magnitude::writtenPrefix(bar.text);
    return own.isEmpty() ? bar.captionPrefix : own;
}

// The separator TableFigureReader puts between a cell's row and column paths, and between
// the levels of a path.
constexpr QStringView TableSeparator = u" · ";
constexpr QStringView LevelSeparator = u" / ";

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
    // What grouping needs, plus what a drawn bar cites.
    Bar bar = groupingBarFromIndex(idx);
    if (!idx.isValid())
        return bar;
    bar.reportRow = idx.data(FigureModel::ReportRowRole).toInt();
    bar.figureIndex = idx.data(FigureModel::FigureIndexRole).toInt();
    bar.quote = idx.data(FigureModel::QuoteRole).toString();
    bar.sectionId = idx.data(FigureModel::SectionIdRole).toString();
    bar.sectionHeading = idx.data(FigureModel::SectionHeadingRole).toString();
    return bar;
}

FigureChartBuilder::Bar FigureChartBuilder::groupingBarFromIndex(const QModelIndex &idx)
{
    Bar bar;
    if (!idx.isValid())
        return bar;
    bar.label = idx.data(FigureModel::LabelRole).toString();
    bar.text = idx.data(FigureModel::TextRole).toString();
    bar.value = idx.data(FigureModel::ValueRole).toDouble();
    bar.unit = idx.data(FigureModel::UnitRole).toString();
    bar.kind = Figure::Kind(idx.data(FigureModel::KindRole).toInt());
    readFromReport(idx, &bar);
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
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
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
        bar.captionPrefix = Magnitude::prefixOfExponent(f.multiplierExponent);
        bar.quote = report.figureQuote(fi).toString();
        bar.sectionId = report.figureSectionId(fi);
        if (f.section >= 0 && f.section < report.sectionCount())
            bar.sectionHeading = report.headingText(f.section);
        bar.indicator = matcher.match(report, f);
        if (!bar.indicator.isEmpty())
            bar.indicatorName = matcher.name(bar.indicator);
        bars.append(bar);
    }
    return bars;
}

QString FigureChartBuilder::groupUnit(Figure::Kind kind, const QString &unit)
{
    return kind == Figure::Kind::Rate ? QString() : unit;
}

Figure::Role FigureChartBuilder::roleClass(Figure::Role role)
{
    return role == Figure::Role::Baseline ? Figure::Role::Level : role;
}

namespace {

// The column of a table cell ("row · column"), its last level; empty for a figure of the text.
QString tableColumn(const QString &label)
{
    const qsizetype cut = label.indexOf(TableSeparator);
    if (cut < 0)
        return QString();
    const QStringView column = QStringView(label).sliced(cut + TableSeparator.size());
    const qsizetype level = column.lastIndexOf(LevelSeparator);
    return (level >= 0 ? column.sliced(level + LevelSeparator.size()) : column)
        .trimmed()
        .toString();
}

} // namespace

QString FigureChartBuilder::subjectOf(const Bar &bar)
{
    const QString label = bar.label.trimmed();
    // A table cell: the cells of one column compare the rows (申请人情况 / 总计 of each
    // outcome), whatever indicators the rows are; the column's last level names them.
    if (const QString column = tableColumn(label); !column.isEmpty())
        return column;
    if (!bar.indicatorName.isEmpty())
        return bar.indicatorName;
    if (label.isEmpty())
        return QString();
    // A Chinese noun phrase ends in its head: 亿元以上重点技改项目 counts 项目.
    const Segmenter &segmenter = Segmenter::shared();
    const QList<Segmenter::Token> words = segmenter.segment(label, 0, label.size());
    for (auto it = words.crbegin(); it != words.crend(); ++it) {
        const QString word = label.sliced(it->start, it->end - it->start).trimmed();
        // Closing quotes and brackets, digits: not a head.
        if (word.isEmpty() || !word.front().isLetter())
            continue;
        // A one-character head (率, 数, 家) says too little: 参学率 and 评查率 are not alike.
        if (word.size() == 1 && it + 1 != words.crend())
            return label.sliced((it + 1)->start, it->end - (it + 1)->start).trimmed();
        // A compound of four or more characters is headed by its last word too: 重点项目 and
        // 建设项目 count 项目, 市场主体 counts 主体 (成功率 stays whole).
        if (word.size() >= 4 && segmenter.contains(QStringView(word).last(2)))
            return word.last(2);
        return word;
    }
    return label;
}

QString FigureChartBuilder::groupKey(const Bar &bar)
{
    // What the subject is goes first: an indicator named 粮食产量 is not a label 粮食产量 that
    // matched none (a target, an average).
    const QChar source = !tableColumn(bar.label).isEmpty() ? u't'
                         : !bar.indicatorName.isEmpty()    ? u'i'
                                                           : u'h';
    return QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
        .arg(source)
        .arg(int(bar.kind))
        .arg(int(roleClass(bar.role)))
        .arg(groupUnit(bar.kind, bar.unit), subjectOf(bar));
}

QString FigureChartBuilder::categoryName(const Bar &bar)
{
    if (bar.label.isEmpty())
        return bar.text;
    const qsizetype cut = bar.label.indexOf(TableSeparator);
    return cut > 0 ? bar.label.left(cut).trimmed() : bar.label;
}

QList<FigureChartBuilder::Group> FigureChartBuilder::groupBars(const QList<Bar> &bars,
                                                               int maxBarsPerChart)
{
    QList<Group> groups;
    QHash<QString, int> groupOf;
    // One chart per subject, role, kind and unit: a chart compares values of one thing. Rates
    // share one percent axis whatever their unit (% or ‰).
    for (const Bar &bar : bars) {
        // A zero is no bar (the 年报 tables are mostly zeros), and a figure without a label
        // compares with nothing.
        if (!isChartable(bar) || bar.value == 0)
            continue;
        const QString subject = subjectOf(bar);
        if (subject.isEmpty())
            continue;
        const QString key = groupKey(bar);
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            Group g;
            g.kind = bar.kind;
            g.unit = groupUnit(bar.kind, bar.unit);
            g.role = roleClass(bar.role);
            g.subject = subject;
            it = groupOf.insert(key, int(groups.size()));
            groups.append(g);
        }
        groups[it.value()].bars.append(bar);
    }
    // A single bar compares with nothing: left out rather than put with other things.
    groups.removeIf([](const Group &g) { return g.bars.size() < 2; });

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
        if (!g.bars.isEmpty()) {
            const Bar &first = g.bars.first();
            g.kind = first.kind;
            g.unit = groupUnit(first.kind, first.unit);
            g.role = roleClass(first.role);
            g.subject = subjectOf(first);
            g.indicator = tableColumn(first.label).isEmpty() ? first.indicator : QString();
        }
        g.percentAxis = g.kind == Figure::Kind::Rate;
        double maxAbs = 0;
        int largest = -1;
        // The multiplier most bars are written with (32765亿元 → 亿); of equal counts, that of
        // the largest bar.
        QHash<QString, int> prefixes;
        for (int i = 0; i < g.bars.size(); ++i) {
            const Bar &bar = g.bars.at(i);
            if (largest < 0 || std::abs(bar.value) > maxAbs) {
                maxAbs = std::abs(bar.value);
                largest = i;
            }
            ++prefixes[writtenPrefix(bar)];
        }
        g.prefix.clear();
        g.scale = 1;
        if (!g.percentAxis && largest >= 0) {
            QString best = writtenPrefix(g.bars.at(largest));
            for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it) {
                if (it.value() > prefixes.value(best))
                    best = it.key();
            }
            // Large values written without a multiplier read in 万 and 亿, as reports write.
            if (best.isEmpty() && maxAbs >= 1e8)
                best = QStringLiteral("亿");
            else if (best.isEmpty() && maxAbs >= 1e5)
                best = QStringLiteral("万");
            g.prefix = best;
            g.scale = Magnitude::factorOf(best) > 0 ? Magnitude::factorOf(best) : 1;
        }
        const QString unit = g.percentAxis ? QStringLiteral("%") : g.prefix + g.unit;
        g.axisTitle = unit;
        g.valueSuffix = unit;

        QString kindTitle;
        switch (g.kind) {
        case Figure::Kind::Count:
            kindTitle = unit.isEmpty() ? tr("Counts") : tr("Counts (%1)").arg(unit);
            break;
        case Figure::Kind::Rate:
            kindTitle = g.role == Figure::Role::Share ? tr("Shares (%)") : tr("Rates (%)");
            break;
        case Figure::Kind::Money:
            kindTitle = unit.isEmpty() ? tr("Amounts") : tr("Amounts (%1)").arg(unit);
            break;
        case Figure::Kind::Change:
            if (g.role == Figure::Role::GrowthRate && g.unit == u"%")
                kindTitle = tr("Growth rates (%)");
            else
                kindTitle = unit.isEmpty() ? tr("Changes") : tr("Changes (%1)").arg(unit);
            break;
        case Figure::Kind::PercentagePoint:
            kindTitle = tr("Changes in percentage points");
            break;
        case Figure::Kind::Multiple:
            kindTitle = tr("Multiples");
            break;
        }
        if (!g.indicator.isEmpty()) {
            //: Chart of one indicator: 1 its name (地区生产总值), 2 the unit (亿元)
            g.title = unit.isEmpty() ? g.subject : tr("%1 (%2)").arg(g.subject, unit);
        } else {
            //: Chart of comparable figures: 1 what they are (Counts (个)), 2 what they
            //: count (项目)
            g.title = g.subject.isEmpty() ? kindTitle : tr("%1: %2").arg(kindTitle, g.subject);
        }
        if (g.role == Figure::Role::Target) {
            //: Chart title of goals and forecasts (力争, 预期)
            g.title = tr("%1, targets").arg(g.title);
        }
        if (g.omitted > 0) {
            //: Chart title when small bars were left out: 1 title, 2 bars shown, 3 all bars
            g.title = tr("%1: largest %2 of %3")
                          .arg(g.title)
                          .arg(g.bars.size())
                          .arg(g.bars.size() + g.omitted);
        }

        // Category labels must be unique on a QBarCategoryAxis: repeated labels get their
        // section id, then a number.
        QSet<QString> used;
        for (const Bar &bar : std::as_const(g.bars)) {
            const QString name = categoryName(bar);
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
    // A table's total row (总计, 合计) is the sum of the bars beside it, not one of them.
    if (bar.label.contains(TableSeparator)) {
        const QString row = categoryName(bar);
        const qsizetype level = row.lastIndexOf(LevelSeparator);
        const QStringView last =
            level >= 0 ? QStringView(row).sliced(level + LevelSeparator.size()) : QStringView(row);
        if (last == u"总计" || last == u"合计" || last == u"小计")
            return false;
    }
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
    int fi = -1;
    if (const ReportPtr report = sourceFigure(index, &fi))
        bar.role = report->figures().at(fi).role;
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
        // In the chart's magnitude: 32765亿元, 5.3万件.
        series->setLabelsFormat(QStringLiteral("@value") + group.valueSuffix);
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
        // Ticks in the chart's magnitude, the axis title names it (亿元): Qt Charts draws a
        // label format's non-Latin-1 text as "?", so the multiplier cannot follow each tick.
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
    // The exact number, in base units: 32765亿元 = 3276500000000 元.
    if (!bar.unit.isEmpty() || bar.value != 0) {
        html += QStringLiteral("<p>= %1</p>")
                    .arg(Magnitude::exactWithUnit(bar.value, bar.unit).toHtmlEscaped());
    }
    if (!bar.indicatorName.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Indicator: %1").arg(bar.indicatorName).toHtmlEscaped());
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
