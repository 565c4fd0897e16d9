#ifndef REPORTSCOPE_COMPARISONCHARTBUILDER_H
#define REPORTSCOPE_COMPARISONCHARTBUILDER_H

#include "core/indicatorcomparison.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

class QChart;

/**
 * The chart of one comparison: one place over the years as a line chart (a line per place
 * when there are several), or many places in one year as a bar chart. Values are shown in
 * the magnitude the reports write most (亿元 for 地区生产总值); a conflict (another report
 * states another value for the place and year) is drawn as an extra, marked point or bar.
 *
 * plan() is the data of the chart without drawing, so that what is drawn can be tested.
 */
class ComparisonChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChartBuilder)

public:
    enum class Kind { Line, Bar };

    struct Point
    {
        QString place;
        int year = 0;
        /// In the chart's magnitude: value / scale. A value the report wrote in another
        /// magnitude is rounded to the decimals the others write in this one (at least three
        /// significant digits), so that its label reads like theirs: 19492.6亿元 on a 万亿元
        /// axis is 1.95, not 1.94926. The table and the exports keep the value as written.
        double value = 0;
        int row = -1; ///< the row of the comparison it comes from
    };

    struct Plan
    {
        Kind kind = Kind::Line;
        QString title;
        QString axisTitle;      ///< 亿元
        double scale = 1;       ///< 1e8 for 亿
        int year = 0;           ///< the year of a bar chart
        QStringList places;     ///< the lines, or the bars in order
        QList<Point> points;    ///< one a place and year: the latest report's value
        QList<Point> conflicts; ///< the other values stated for a place and year
        int omitted = 0;        ///< rows left out: another unit, no year, too many places
    };

    /** At most this many lines in one line chart. */
    static constexpr int MaxLines = 8;

    explicit ComparisonChartBuilder(const QPalette &palette = QPalette(),
                                    const QFont &font = QFont());

    /** The chart of rows. year > 0 asks for the bar chart of that year; 0 chooses: the bars
     *  of the year with the most places when there are more places than years, else a line
     *  chart over the years. */
    static Plan plan(const QList<IndicatorComparison::Row> &rows, int year = 0);
    /** A parentless chart drawing plan. */
    QChart *createChart(const Plan &plan) const;

private:
    QPalette m_palette;
    QFont m_font;
};

#endif // REPORTSCOPE_COMPARISONCHARTBUILDER_H
