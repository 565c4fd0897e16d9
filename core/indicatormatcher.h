#ifndef REPORTSCOPE_INDICATORMATCHER_H
#define REPORTSCOPE_INDICATORMATCHER_H

#include "core/indicatorcatalogue.h"
#include "core/lexicon.h"
#include "core/report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Matches figures to the indicators of the catalogue (IndicatorCatalogue) by label, role and
 * unit class together, never by a substring alone.
 *
 * The label is first stripped of scope words (全市, 本市, 全年: core/data/indicatorwords.tsv)
 * and of the report's own place (深圳市, 深圳), then compared with each entry whose unit class
 * and role agree with the figure and whose report types include the report's: a label equal
 * to the name or a synonym wins, else the word pattern with the most required characters.
 * A verb just before the label (受理行政复议案件) is tried with the label first.
 * Targets (also a figure after 目标 or 预期 anywhere before it in its sentence), baselines (also
 * 由A增加到B when the extractor did not mark A) and durations are never matched: they are not the
 * value of their year. A percentage level whose label ends in a growth word (地区生产总值增速 6%)
 * is a growth rate.
 */
class IndicatorMatcher
{
public:
    /** The matcher over the built-in catalogue; loaded once, thread-safe. */
    static const IndicatorMatcher &instance();

    explicit IndicatorMatcher(const IndicatorCatalogue &catalogue);

    /** The catalogue id of the figure's indicator, or empty when it matches none. */
    QString match(const Report &report, const Figure &figure) const;
    /** The canonical Chinese name of an id; empty if unknown. */
    QString name(const QString &id) const;
    /** Ids whose id, name or a synonym equals text: those named so first, in catalogue
     *  order (地区生产总值 gives gdp, then gdp_growth whose synonym it is). */
    QStringList find(const QString &text) const;

    const IndicatorCatalogue &catalogue() const { return m_catalogue; }

    /** The label as compared: scope words and the place taken off the front; exposed for
     *  tests and for comparing unmatched figures by label. */
    QString normalizedLabel(const Report &report, const QString &label) const;

private:
    int matchIndex(const Report &report, const Figure &figure) const;
    int matchLabel(const Report &report, const Figure &figure, QString label) const;
    /** 由9581.5亿元增加到…: the value starts a change, the extractor's baseline missed. */
    bool startsChange(const Report &report, const Figure &figure) const;
    /** A target word (目标, 预期, 力争; not 初步预计) stands before the figure in its sentence. */
    bool isPlanned(const Report &report, const Figure &figure) const;
    /** 年均, 平均 before a growth rate: an average over years. */
    bool isAverage(const Report &report, const Figure &figure) const;
    /** 超500亿元的县域, 首次突破200亿元，达204.3亿元: the value is a threshold that describes
     *  other things (a count of units) or a milestone the sentence restates exactly, not the
     *  indicator's level. */
    bool isThreshold(const Report &report, const Figure &figure) const;
    /** 来源于深圳辖区的一般公共预算收入, 全口径…: a scope counting more than the indicator does
     *  (what is collected in the area, central taxes included), in the label or its clause. */
    bool hasWiderScope(const Report &report, const Figure &figure) const;
    /** The verb just before the label in the sentence (受理, 审结), or empty. */
    QString verbBefore(const Report &report, const Figure &figure) const;

    const IndicatorCatalogue &m_catalogue;
    QHash<QString, QList<int>> m_exact; // name or synonym -> entries, catalogue order
    QList<int> m_withPatterns;
    Lexicon m_scope;
    Lexicon m_growthSuffix;
    Lexicon m_verbs;
    Lexicon m_changeTo;
    Lexicon m_widerScope;
    Lexicon m_attributeAfter;
    Lexicon m_thresholdBefore;
    Lexicon m_restatedAfter;
};

#endif // REPORTSCOPE_INDICATORMATCHER_H
