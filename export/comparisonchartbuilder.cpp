#include "export/comparisonchartbuilder.h"

#include "core/magnitude.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

template<typename T>
T mostCommon(const QList<T> &values)
{
    QHash<T, int> counts;
    T best{};
    int bestCount = 0;
    for (const T &v : values) {
        const int n = ++counts[v];
        if (n > bestCount) {
            best = v;
            bestCount = n;
        }
    }
    return best;
}

// Digits after the point of the number that opens text (32765.5亿元 → 1).
int decimalsOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && (text.at(i).isDigit() || text.at(i) == u'-' || text.at(i) == u','))
        ++i;
    if (i >= text.size() || text.at(i) != u'.')
        return 0;
    int decimals = 0;
    while (++i < text.size() && text.at(i).isDigit())
        ++decimals;
    return decimals;
}

// value rounded to decimals, or to three significant digits when that keeps more.
double rounded(double value, int decimals)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int digits = std::clamp(std::max(decimals, 2 - magnitude), 0, 12);
    const double f = std::pow(10.0, digits);
    return std::round(value * f) / f;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ComparisonChartBuilder::ComparisonChartBuilder(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_font(font)
{}

ComparisonChartBuilder::Plan
ComparisonChartBuilder::plan(const QList<IndicatorComparison::Row> &rows, int year)
{
    Plan p;
    // One unit on one axis: the base unit most rows have; the magnitude most of those write.
    QList<QString> units;
    for (const IndicatorComparison::Row &r : rows)
        units.append(r.normalizedUnit);
    const QString unit = mostCommon(units);
    // Automatic: bars of the year with the most places when there are more places than
    // years (the provinces in one year), else lines over the years.
    bool bars = year > 0;
    if (!bars) {
        QHash<int, QSet<QString>> placesOfYear;
        QSet<QString> allPlaces;
        for (const IndicatorComparison::Row &r : rows) {
            if (r.normalizedUnit == unit && r.year > 0) {
                placesOfYear[r.year].insert(r.place);
                allPlaces.insert(r.place);
            }
        }
        if (allPlaces.size() > 1 && allPlaces.size() > placesOfYear.size()) {
            bars = true;
            for (auto it = placesOfYear.cbegin(); it != placesOfYear.cend(); ++it) {
                const qsizetype best = placesOfYear.value(year).size();
                if (it.value().size() > best || (it.value().size() == best && it.key() > year))
                    year = it.key();
            }
        }
    }
    QList<int> usable;
    QList<QString> prefixes;
    for (int i = 0; i < rows.size(); ++i) {
        const IndicatorComparison::Row &r = rows.at(i);
        if (r.normalizedUnit != unit || r.year <= 0 || (year > 0 && r.year != year)) {
            ++p.omitted;
            continue;
        }
        usable.append(i);
        prefixes.append(r.unit.left(r.unit.size() - r.normalizedUnit.size()));
    }
    const QString prefix = mostCommon(prefixes);
    p.scale = Magnitude::factorOf(prefix) > 0 ? Magnitude::factorOf(prefix) : 1;
    p.axisTitle = prefix + unit;
    int decimals = 0;
    for (int i : usable) {
        if (rows.at(i).unit == p.axisTitle)
            decimals = std::max(decimals, decimalsOf(rows.at(i).display));
    }
    p.kind = bars ? Kind::Bar : Kind::Line;
    p.year = bars ? year : 0;

    // The value of a place and year is the latest report's (a later report revises); the
    // other values stated for it are the conflicts.
    QMap<QPair<QString, int>, QList<int>> groups;
    for (int i : usable)
        groups[{rows.at(i).place, rows.at(i).year}].append(i);
    QHash<QString, int> perPlace;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<int> &g = it.value();
        int chosen = g.first();
        for (int i : g) {
            if (rows.at(i).reportYear > rows.at(chosen).reportYear)
                chosen = i;
        }
        const auto point = [&](int i) {
            const IndicatorComparison::Row &r = rows.at(i);
            const double v = r.normalizedValue / p.scale;
            return Point{r.place, r.year, r.unit == p.axisTitle ? v : rounded(v, decimals), i};
        };
        p.points.append(point(chosen));
        ++perPlace[it.key().first];
        QList<double> shown = {rows.at(chosen).normalizedValue};
        for (int i : g) {
            const double v = rows.at(i).normalizedValue;
            const bool seen = std::any_of(shown.cbegin(), shown.cend(), [v](double s) {
                return std::abs(s - v) <= 1e-6 * std::max(std::abs(s), std::abs(v));
            });
            if (!seen && rows.at(i).conflict) {
                p.conflicts.append(point(i));
                shown.append(v);
            }
        }
    }
    // Lines: the places with the most years, at most MaxLines; bars: every place, largest
    // first.
    QStringList order = perPlace.keys();
    if (p.kind == Kind::Line) {
        std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
            return perPlace.value(a) != perPlace.value(b) ? perPlace.value(a) > perPlace.value(b)
                                                          : a < b;
        });
        while (order.size() > MaxLines) {
            const QString dropped = order.takeLast();
            const auto drop = [&dropped](const Point &pt) { return pt.place == dropped; };
            p.omitted += int(std::count_if(p.points.cbegin(), p.points.cend(), drop));
            p.points.removeIf(drop);
            p.conflicts.removeIf(drop);
        }
    } else {
        QHash<QString, double> value;
        for (const Point &pt : p.points)
            value.insert(pt.place, pt.value);
        std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
            return value.value(a) != value.value(b) ? value.value(a) > value.value(b) : a < b;
        });
    }
    p.places = order;
    const QString name = rows.isEmpty() ? QString() : rows.first().indicatorName;
    if (p.kind == Kind::Bar)
        //: 1 the indicator (地区生产总值), 2 the year
        p.title = tr("%1 in %2").arg(name).arg(p.year);
    else if (order.size() == 1)
        //: 1 the indicator (地区生产总值), 2 the place (深圳市)
        p.title = tr("%1 of %2").arg(name, order.first());
    else
        p.title = name;
    return p;
}

QChart *ComparisonChartBuilder::createChart(const Plan &plan) const
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(m_palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    QFont titleFont = m_font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(m_palette.brush(QPalette::Text));
    chart->setTitle(plan.title);
    chart->legend()->setLabelColor(m_palette.color(QPalette::Text));
    chart->legend()->setFont(m_font);
    const QColor conflictColor(0xd0, 0x30, 0x30);
    const auto style = [&](QAbstractAxis *axis) {
        axis->setLabelsFont(m_font);
        axis->setLabelsBrush(m_palette.brush(QPalette::Text));
        axis->setTitleFont(m_font);
        axis->setTitleBrush(m_palette.brush(QPalette::Text));
        axis->setLinePenColor(m_palette.color(QPalette::Mid));
        axis->setGridLineColor(
            mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.15));
        axis->setTruncateLabels(false); // a short chart elides years to "…" otherwise
    };
    double high = 0;
    double low = 0;
    for (const QList<Point> *list : {&plan.points, &plan.conflicts}) {
        for (const Point &pt : *list) {
            high = std::max(high, pt.value);
            low = std::min(low, pt.value);
        }
    }
    auto *values = new QValueAxis;
    style(values);
    values->setTitleText(plan.axisTitle);
    values->setRange(low, high > low ? high * 1.1 : 1);
    values->setLabelFormat(QStringLiteral("%.6g"));
    values->applyNiceNumbers();

    if (plan.kind == Kind::Bar) {
        auto *series = new QBarSeries;
        auto *set = new QBarSet(plan.axisTitle);
        const QColor barColor =
            mix(m_palette.color(QPalette::Highlight), m_palette.color(QPalette::Base), 0.25);
        set->setColor(barColor);
        set->setBorderColor(barColor);
        set->setLabelColor(m_palette.color(QPalette::Text));
        QHash<QString, double> value;
        for (const Point &pt : plan.points)
            value.insert(pt.place, pt.value);
        for (const QString &place : plan.places)
            set->append(value.value(place));
        series->append(set);
        if (!plan.conflicts.isEmpty()) {
            auto *other = new QBarSet(tr("Conflicting value"));
            other->setColor(conflictColor);
            other->setBorderColor(conflictColor);
            QHash<QString, double> conflict;
            for (const Point &pt : plan.conflicts)
                conflict.insert(pt.place, pt.value);
            for (const QString &place : plan.places)
                other->append(conflict.value(place));
            series->append(other);
        } else {
            chart->legend()->hide();
        }
        series->setLabelsVisible(plan.places.size() <= 20);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(6);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        style(categories);
        categories->append(plan.places);
        categories->setGridLineVisible(false);
        chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        return chart;
    }

    int first = 0;
    int last = 0;
    for (const Point &pt : plan.points) {
        first = first == 0 ? pt.year : std::min(first, pt.year);
        last = std::max(last, pt.year);
    }
    auto *years = new QValueAxis;
    style(years);
    // No title: the labels are years, and a short chart would elide the title to "…".
    years->setLabelFormat(QStringLiteral("%d"));
    years->setRange(first - 0.5, last + 0.5);
    years->setTickType(QValueAxis::TicksDynamic);
    years->setTickAnchor(first);
    years->setTickInterval(last - first > 12 ? 2 : 1);
    years->setGridLineVisible(false);
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (const QString &place : plan.places) {
        auto *line = new QLineSeries;
        line->setName(place);
        for (const Point &pt : plan.points) {
            if (pt.place == place)
                line->append(pt.year, pt.value);
        }
        line->setPointsVisible(true);
        line->setPointLabelsVisible(plan.places.size() == 1);
        line->setPointLabelsFormat(QStringLiteral("@yPoint"));
        line->setPointLabelsColor(m_palette.color(QPalette::Text));
        line->setPointLabelsFont(m_font);
        line->setPointLabelsClipping(false);
        if (plan.places.size() == 1) {
            QPen pen(m_palette.color(QPalette::Highlight));
            pen.setWidthF(2);
            line->setPen(pen);
        }
        chart->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(values);
    }
    if (!plan.conflicts.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(tr("Conflicting value"));
        marks->setColor(conflictColor);
        marks->setBorderColor(conflictColor);
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(10);
        for (const Point &pt : plan.conflicts)
            marks->append(pt.year, pt.value);
        chart->addSeries(marks);
        marks->attachAxis(years);
        marks->attachAxis(values);
    }
    if (plan.places.size() == 1 && plan.conflicts.isEmpty())
        chart->legend()->hide();
    return chart;
}
