#ifndef REPORTSCOPE_FIGURE_H
#define REPORTSCOPE_FIGURE_H

#include <QString>
#include <QStringView>

/**
 * One reported figure: a number with what it counts and where it stands.
 *
 * A compact record: the figure as written and its sentence are offsets into the section's
 * text (millions of figures must not each hold copies of them), the section's id comes from
 * the section index.
 */
struct Figure
{
    enum class Kind {
        Count,           ///< 147件, 818名, 5.4万余名
        Rate,            ///< 98%, 100%, 3‰ (a level, not a change)
        Money,           ///< 1.9亿元, 190万余元, 364亿美元
        Change,          ///< 增长17.1%, 下降22.3%, 减少5.9万份
        PercentagePoint, ///< 提高2个百分点
        Multiple,        ///< 增长近6倍
    };

    /**
     * What the qualifier words say about the true value (core/data/qualifiers.tsv):
     * 不超过6% is AtMost 6, 逾4% MoreThan 4, 3-5家 Range 3 to upper 5. 近 counts as AtMost:
     * "nearly X" approaches X from below, so only the upper side is certain.
     */
    enum class Bound {
        Exact,    ///< no qualifier, or one that does not bound (达, 仅)
        AtLeast,  ///< 不低于, 不少于, 以上, 至少: value is the lowest
        AtMost,   ///< 不超过, 不高于, 以下, 以内, 近: value is the highest
        About,    ///< 约, 左右, 上下
        MoreThan, ///< 超过, 逾, 余, 多, 突破: strictly above value
        LessThan, ///< 低于, 不足, 不到: strictly below value
        Range,    ///< 3-5家, 6.5-7%, 4%至6%: from value to upper
    };

    /** Stable ASCII name of a bound for JSON and CSV: "exact", "at_least", "at_most",
     *  "about", "more_than", "less_than", "range". */
    static const char *boundName(Bound b)
    {
        switch (b) {
        case Bound::Exact:
            break;
        case Bound::AtLeast:
            return "at_least";
        case Bound::AtMost:
            return "at_most";
        case Bound::About:
            return "about";
        case Bound::MoreThan:
            return "more_than";
        case Bound::LessThan:
            return "less_than";
        case Bound::Range:
            return "range";
        }
        return "exact";
    }

    /** What the figure is in its sentence: the frame around the number (较…, 同比, 增至, 力争),
     *  not part of its label. */
    enum class Role {
        Level,      ///< a level or count as it stands (the default)
        Baseline,   ///< the start of 从A增至B, the value compared against
        Change,     ///< a change of an amount or count (增加1800亿元, 提高2个百分点)
        GrowthRate, ///< a change in percent (增长5.4%, 年均增长7.1%)
        Share,      ///< a share of a whole (占比55%, 占全市13.9%)
        Target,     ///< a goal or forecast (力争, 目标, 预期)
        Duration,   ///< a length of time (连续30个月)
    };

    /** Stable ASCII name of a role for JSON and CSV: "level", "baseline", "change",
     *  "growth_rate", "share", "target", "duration". */
    static const char *roleName(Role r)
    {
        switch (r) {
        case Role::Level:
            break;
        case Role::Baseline:
            return "baseline";
        case Role::Change:
            return "change";
        case Role::GrowthRate:
            return "growth_rate";
        case Role::Share:
            return "share";
        case Role::Target:
            return "target";
        case Role::Duration:
            return "duration";
        }
        return "level";
    }

    int section = -1; ///< index in Report::sections(); -1 before assignment
    /** What is counted, e.g. 行政复议案件, 调解成功率. Within a report, equal labels share one
     *  buffer (Report interns them). */
    QString label;
    /** Multiplied out: 5.4万 → 54000; 98% → 98. Changes are signed: 下降22.3% → -22.3. */
    double value = 0;
    QString unit; ///< 件, 名, %, ‰, 元, 美元, 个百分点, 倍 ... (interned like label)
    /** 余, 多, 近, 约, 超, 以上, 达, 左右 ... (several joined by a space); for display only,
     *  bound says what they mean. Interned like label. */
    QString qualifier;
    Kind kind = Kind::Count;
    Bound bound = Bound::Exact;
    /** The upper end of a Range, multiplied out and signed like value; else equal to value. */
    double upper = 0;
    /** The figure stands in the section's title ("1.地区生产总值达3003亿元…"); the offsets
     *  then refer to Section::title instead of Section::text. */
    bool inTitle = false;
    Role role = Role::Level;
    /** A quantity written in words (翻一番, 四成, 逾百家): the value is approximate. */
    bool approximate = false;
    /** The power of ten of the multiplier the figure is written in when its own text does
     *  not hold it: a table cell 7545 under 单位：万元 is 4 (value 75450000, unit 元, shown
     *  7545万元); 0 when the text holds it or there is none (Magnitude::writtenPrefix). */
    qint8 multiplierExponent = 0;
    /** The period the sentence states for the figure (2025年, “十四五”时期, 五年, 累计); empty
     *  when it states none. Interned like label. */
    QString period;
    /** The page of the block that holds the figure (1-based); 0 when the source has no
     *  pages (a text file, a web page). */
    int page = 0;
    // A figure keeps offsets, not copies: Report::figureText() and figureQuote() read them.
    qsizetype start = 0;      ///< start of the figure as written in the section's text (or title)
    qsizetype end = 0;        ///< end of the figure as written
    qsizetype quoteStart = 0; ///< start of the sentence (or clause) that states the figure
    qsizetype quoteEnd = 0;   ///< end of that sentence, e.g. after its 。

    /** The figure as written, e.g. 5.4万余名; source is the text the offsets refer to. */
    QStringView textIn(QStringView source) const { return source.mid(start, end - start); }
    /** The sentence (or clause) that states the figure, as written. */
    QStringView quoteIn(QStringView source) const
    {
        return source.mid(quoteStart, quoteEnd - quoteStart);
    }
};

// Plain values and QStrings only, so a list of millions of figures grows by realloc instead of
// a copy; a member added here must be relocatable too (no pointer into the figure itself).
Q_DECLARE_TYPEINFO(Figure, Q_RELOCATABLE_TYPE);

#endif // REPORTSCOPE_FIGURE_H
