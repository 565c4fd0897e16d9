#ifndef REPORTSCOPE_MAGNITUDE_H
#define REPORTSCOPE_MAGNITUDE_H

#include <QString>
#include <QStringView>

struct Figure;

/**
 * Units with a Chinese multiplier (万件, 亿元, 万亿元) against base units (件, 元), and values
 * shown in the magnitude a report writes them in: 3.2765e12 元 written 32765亿元 is shown
 * 32765亿元, never 3.2765e12 元 or 3276500000000 元 (that is the exact value, for tooltips
 * and CSV).
 *
 * Figure::value is already in base units (FigureExtractor multiplies out); the multiplier as
 * written is read back from the figure's text, so nothing is stored twice, except for a table
 * cell whose multiplier only its caption states (Figure::multiplierExponent).
 */
class Magnitude
{
public:
    /** A value in base units with the multiplier it was written with. */
    struct Value
    {
        double value = 0;  ///< in base units: 3.2765e12
        QString unit;      ///< the base unit: 元
        QString prefix;    ///< the multiplier as written: 亿; empty for none
        double factor = 1; ///< 1e8
    };

    /** The factor of a multiplier: 万 1e4, 亿 1e8, 万亿 1e12, 千万 1e7, 百万 1e6, 十万 1e5,
     *  千 1e3, 百 100; 0 when prefix is not one. An empty prefix is 1. */
    static double factorOf(QStringView prefix);
    /** The longest multiplier at the start of text (万亿元 → 万亿); empty if none. */
    static QString prefixAt(QStringView text);
    /** value written in unitWithMultiplier (3.2765, "万亿元") in base units:
     *  {3.2765e12, 元, 万亿, 1e12}. A unit without a multiplier is its own base. */
    static Value normalize(double value, QStringView unitWithMultiplier);
    /** The multiplier a figure is written with, read from the figure as written: 32765亿元 →
     *  亿; 5.4万余名 → 万; 30余万条 → 万; 147件 → empty. A multiplier counts only after a
     *  digit (or 余/多 after one): 百家争鸣 has none. */
    static QString writtenPrefix(QStringView written);
    /** The multiplier figure is written with: the one its text holds, else the one its
     *  table's caption states (Figure::multiplierExponent: 7545 under 单位：万元 → 万). */
    static QString writtenPrefix(const Figure &figure, QStringView written);
    /** The multiplier of factor 10^exponent (4 → 万, 8 → 亿); empty when there is none. */
    static QString prefixOfExponent(int exponent);

    /** baseValue shown in prefix: (3.2765e12, 亿) → "32765亿"; (54000, 万) → "5.4万"; no
     *  exponent, no trailing zeros, no float noise (at most 12 significant digits). */
    static QString format(double baseValue, QStringView prefix);
    /** A figure's value in its report's own magnitude with its unit: (3.2765e12, 元,
     *  "32765亿元") → "32765亿元". */
    static QString display(double baseValue, const QString &unit, QStringView written);
    /** figure's value in its written magnitude with its unit: 7545万元 for a table cell 7545
     *  under 单位：万元, as display() for a figure whose text holds its multiplier. */
    static QString display(const Figure &figure, QStringView written);
    /** The exact value in base units as plain decimal digits: 3276500000000, 98.5. */
    static QString exact(double value);

    /** @name One presentation for every view
     *  The figure table, the key-indicator panel, the compare view and the chart labels show
     *  a value as a number in the magnitude the report writes it in beside its unit with that
     *  magnitude (5.3 | 万亿元), and the exact value in base units in the tooltip
     *  (5300000000000 元); models sort on the base value. */
    ///@{
    /** The number as written, without its multiplier: (3.2765e12, "32765亿元") → "32765";
     *  (5.3e12, "5.3万亿元") → "5.3"; (75450000, "75450000元") → "75450000". */
    static QString writtenNumber(double baseValue, QStringView written);
    /** The unit with the multiplier it is written with: (元, "32765亿元") → "亿元"; (名,
     *  "5.4万名") → "万名"; (元, "75450000元") → "元". */
    static QString writtenUnit(const QString &unit, QStringView written);
    /** The same for a figure, with the multiplier its table states when its text holds none
     *  (a cell 7545 under 单位：万元: "7545" and "万元"). */
    static QString writtenNumber(const Figure &figure, QStringView written);
    static QString writtenUnit(const Figure &figure, QStringView written);
    /** The exact value in base units with its unit, for tooltips: "3276500000000 元"; the
     *  number alone when there is no unit. */
    static QString exactWithUnit(double baseValue, const QString &unit);
    ///@}
};

#endif // REPORTSCOPE_MAGNITUDE_H
