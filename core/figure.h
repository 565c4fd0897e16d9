#ifndef REPORTSCOPE_FIGURE_H
#define REPORTSCOPE_FIGURE_H

#include <QString>

/**
 * One reported figure: a number with what it counts and where it stands.
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

    int section = -1;  ///< index in Report::sections(); -1 before assignment
    QString sectionId; ///< positional id of that section
    QString label;     ///< what is counted, e.g. 行政复议案件, 调解成功率
    /** Multiplied out: 5.4万 → 54000; 98% → 98. Changes are signed: 下降22.3% → -22.3. */
    double value = 0;
    QString unit;      ///< 件, 名, %, ‰, 元, 美元, 个百分点, 倍 ...
    QString qualifier; ///< 余, 多, 近, 约, 超, 以上, 达, 左右 ... (several joined by a space)
    Kind kind = Kind::Count;
    QString text;  ///< the figure as written, e.g. 5.4万余名
    QString quote; ///< the sentence (or clause) that states the figure
    /** The figure stands in the section's title ("1.地区生产总值达3003亿元…"); start and end
     *  then refer to Section::title instead of Section::text. */
    bool inTitle = false;
    qsizetype start = 0;      ///< start of text in the section's text (or title)
    qsizetype end = 0;        ///< end of text in the section's text (or title)
    qsizetype quoteStart = 0; ///< where quote stands in the section's text (or title)
    qsizetype quoteEnd = 0;
};

#endif // REPORTSCOPE_FIGURE_H
