#ifndef REPORTSCOPE_FIGURECHARTBUILDER_H
#define REPORTSCOPE_FIGURECHARTBUILDER_H

#include "core/figure.h"
#include "core/report.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>

class QAbstractItemModel;
class QModelIndex;
class QChart;

/**
 * Builds Qt Charts from figures: one horizontal bar chart per subject, role, kind and unit, so
 * that a chart compares like with like. The subject is the table column a figure
 * stands in when it is a table cell (label "row · column"), else the catalogue indicator it
 * matches (IndicatorMatcher), else the head word of its label (the last word: 重点技改项目 and
 * 民间投资项目 are both 项目). Levels, changes, growth rates, shares and targets never share a
 * chart; no axis mixes 人 with 件; a subject with one bar, zeros and durations are not charted.
 * Values are drawn in the magnitude the report writes them (亿元, 万件).
 *
 * Independent of any window: it reads a FigureModel (or a proxy of it, e.g. a
 * FigureFilterModel narrowed to a section subtree) or a report's figures, and returns
 * parentless QChart objects that a QChartView shows or a QGraphicsScene renders (PDF).
 */
class FigureChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FigureChartBuilder)

public:
    /** One figure as a bar; reportRow and figureIndex identify it in the FigureModel. */
    struct Bar
    {
        int reportRow = -1;
        int figureIndex = -1;
        QString label; ///< what is counted
        QString text;  ///< the figure as written, e.g. 5.4万余名
        /** The multiplier a table caption gives (单位：万元 → 万) when text holds none. */
        QString captionPrefix;
        double value = 0;
        QString unit;
        Figure::Kind kind = Figure::Kind::Count;
        Figure::Role role = Figure::Role::Level;
        QString quote;
        QString sectionId;
        QString sectionHeading;
        QString indicator;     ///< catalogue id the figure matches, empty for none
        QString indicatorName; ///< its canonical name: 地区生产总值
    };

    /** The bars of one chart: one subject, role, kind and unit. */
    struct Group
    {
        Figure::Kind kind = Figure::Kind::Count;
        QString unit;
        Figure::Role role = Figure::Role::Level; ///< roleClass() of every bar
        QString subject;                         ///< subjectOf() every bar
        QString indicator;   ///< the catalogue id when the subject is one (not for table columns)
        QString prefix;      ///< the multiplier values are drawn in: 亿 (scale 1e8), 万, none
        QString valueSuffix; ///< after each value label: 亿元, 万件, %
        QString title;       ///< chart title, translated
        QString axisTitle;   ///< value axis title, e.g. 件, ×10,000 元, %
        double scale = 1;    ///< bars show value / scale (万, 亿 for large numbers)
        bool percentAxis = false; ///< a fixed 0–100% axis (rates)
        QList<Bar> bars;          ///< in document order, drawn top to bottom
        QStringList categories;   ///< one unique axis label per bar
        int omitted = 0;          ///< smaller bars left out to keep the chart readable
    };

    explicit FigureChartBuilder(const QPalette &palette = QPalette(),
                                const QFont &font = defaultFont());

    void setPalette(const QPalette &palette) { m_palette = palette; }
    QPalette palette() const { return m_palette; }
    void setFont(const QFont &font) { m_font = font; }
    QFont font() const { return m_font; }

    /** A bar for one row of a FigureModel or a proxy of one. */
    static Bar barFromIndex(const QModelIndex &index);
    /** The part of a bar that groupKey() and isChartable() read, without its quote. */
    static Bar groupingBarFromIndex(const QModelIndex &index);
    /** Bars for every row of a FigureModel or a proxy of one (reads FigureModel roles). */
    static QList<Bar> barsFromModel(const QAbstractItemModel *model);
    /** Bars for some of a report's figures (indexes into Report::figures()). */
    static QList<Bar> barsFromReport(const Report &report, const QList<int> &figureIndexes,
                                     int reportRow = -1);
    /** False for what a bar of counts would misstate: durations (连续30个月, role or a time
     *  unit: 年, 个月, 天…), ordinals (第3位) and years; and a table's total row (总计, 合计,
     *  小计), the sum of the others. groupBars() leaves them out. */
    static bool isChartable(const Bar &bar);
    /** The same for a row of a FigureModel or a proxy of one, reading only what it needs. */
    static bool isChartable(const QModelIndex &index);
    /** The group with its bars (and categories) largest first, so that a dominant value
     *  heads the chart and the small ones line up under it. */
    static Group sortedByValue(const Group &group);
    /** True when the group's values are all positive and the largest is over 100 times the
     *  smallest: a linear axis would flatten the small bars, so a log axis is offered. */
    static bool spreadNeedsLogAxis(const Group &group);

    /** Charts show each bar's value at its end (the window; the PDF has the axis). */
    void setValueLabels(bool on) { m_valueLabels = on; }
    bool valueLabels() const { return m_valueLabels; }
    /** A logarithmic value axis for groups that spreadNeedsLogAxis(); others stay linear. */
    void setLogAxis(bool on) { m_logAxis = on; }
    bool logAxis() const { return m_logAxis; }

    /** Splits bars into charts by subject, role, kind and unit, in a stable, readable order;
     *  bars that are not isChartable(), zeros and subjects with a single bar are left out.
     *  With maxBarsPerChart > 0, a larger group keeps only its largest bars (in document
     *  order). */
    static QList<Group> groupBars(const QList<Bar> &bars, int maxBarsPerChart = 0);
    /** The unit a bar is grouped by: rates share one percent axis whatever their unit. */
    static QString groupUnit(Figure::Kind kind, const QString &unit);
    /** The role a bar is grouped by: a baseline (从A增至B) is a level of the same quantity;
     *  every other role is its own. */
    static Figure::Role roleClass(Figure::Role role);
    /** What a bar is compared by: for a table cell ("row · column") the column's last level;
     *  else its indicator's name; else the head of its label (its last word, or the last two
     *  characters of a last word of four or more when they are a word); empty for no label. */
    static QString subjectOf(const Bar &bar);
    /** The key groupBars() splits by: subject, role class, kind and unit in one string. */
    static QString groupKey(const Bar &bar);
    /** The name of a bar on its chart's axis: a table cell's row, else its label. */
    static QString categoryName(const Bar &bar);
    /** Completes groups whose bars (in document order) and omitted count are set, kind,
     *  unit, role and subject taken from the first bar: titles, the magnitude (the multiplier
     *  most bars are written with; 万 or 亿 for large values written without one), axis scale
     *  and categories; and orders them as
     *  groupBars() does. For callers that choose the bars themselves, e.g. incrementally. */
    static QList<Group> finishGroups(QList<Group> groups);

    /** A new chart for one group; the caller owns it. Its only QBarSet holds the bars
     *  bottom-up: see barForSetIndex(). */
    QChart *createChart(const Group &group) const;
    /** Charts for every figure in model, one per group; the caller owns them. */
    QList<QChart *> build(const QAbstractItemModel *model) const;

    /** Index in group.bars of the bar at setIndex in the chart's QBarSet, or -1. */
    static int barForSetIndex(const Group &group, int setIndex);
    /** Index in the chart's QBarSet (and category) of group.bars[bar], or -1. */
    static int setIndexForBar(const Group &group, int bar);
    /** A height in pixels at which every bar of the group stays readable. */
    int preferredHeight(const Group &group) const;

    /** Rich-text tooltip: figure, exact value, quote and section. */
    static QString toolTip(const Bar &bar);
    /** The value a bar is drawn at (rates in per mille become percent). */
    static double barValue(const Group &group, const Bar &bar);
    /** WenQuanYi Micro Hei when installed (readable Chinese labels), else the UI font. */
    static QFont defaultFont();

private:
    QPalette m_palette;
    QFont m_font;
    bool m_valueLabels = false;
    bool m_logAxis = false;
};

#endif // REPORTSCOPE_FIGURECHARTBUILDER_H
