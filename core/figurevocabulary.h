#ifndef REPORTSCOPE_FIGUREVOCABULARY_H
#define REPORTSCOPE_FIGUREVOCABULARY_H

#include "core/figure.h"
#include "core/lexicon.h"
#include "core/tsvtable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <vector>

class QIODevice;

/**
 * The words the figure extractor knows: units and their classes, qualifiers and the bound
 * they give, the framing words read before a number, and the word lists of the label rules.
 *
 * They are data, in tab-separated files under core/data/ compiled into core as resources
 * (:/reportscope/figures/) and read as TsvTables: units.tsv (text, unit, class), qualifiers.tsv
 * (word, position, shown, bound), framing.tsv (word, role) and words.tsv (list, word). Lines
 * starting with # and empty lines are ignored. A duplicate entry, an unknown class, role, position,
 * bound or list, a wrong number of columns or a missing list is an error naming the file and line.
 *
 * builtIn() loads the resources once (thread-safe); after that the vocabulary is immutable.
 */
class FigureVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(FigureVocabulary)

public:
    enum class UnitClass {
        Count,           ///< measure words: 件, 名, 人次
        Verbal,          ///< measure words of events (次, 场次): their noun rarely follows
        Measure,         ///< physical units: 平方米, 吨, 小时
        Money,           ///< 元, 美元 (the 万/亿 multiplier is read apart)
        Percent,         ///< %
        Permille,        ///< ‰
        PercentagePoint, ///< 个百分点
        Multiple,        ///< 倍
    };

    /** What a word read backwards from a number does. */
    enum class Role {
        Qualifier, ///< 近, 约, 超过 (qualifiers.tsv, position before)
        Opener,    ///< 共, 累计, 新增: the counted noun may follow the number
        Change,    ///< 增长, 下降: the figure is a change
        Level,     ///< 增至, 控制在: the figure is a level reached
        Distrib,   ///< 均: one value for several labels
        Respect,   ///< 分别: values paired with labels in order
        Baseline,  ///< 同比, 比上年 (only after a change word)
        Particle,  ///< 了, 的, 为: skipped
    };

    /** Where a qualifier stands relative to the number. */
    enum class Position {
        Before, ///< 不超过6%
        Inner,  ///< 5.4万余名: between the digits and a multiplier or unit
        After,  ///< 50%以上: after the unit
    };

    /** The plain word lists of words.tsv. */
    enum class List {
        UnitBlocker,   ///< unit_blocker: 元旦, 条例, 名单 (a unit character inside a word)
        Lead,          ///< lead: framing words at the start of a label
        Verb,          ///< verb: verbs whose object is the counted noun
        WeakVerb,      ///< weak_verb: verbs that as often stand inside a noun phrase
        Decrease,      ///< decrease: verbs of a change downwards
        NounAfterVerb, ///< noun_after_verb: 时限, 时间 (办理时限 is a noun)
        ForwardStop,   ///< forward_stop: words that end a label read forwards
        ForwardStopInside, ///< forward_stop_inside: the same, only inside the label
        Slogan,            ///< slogan: nouns of fixed expressions (四个意识)
        AmountChangeVerb,  ///< amount_change_verb: 减少证明材料5.9万份 is a change
        PercentChangeVerb, ///< percent_change_verb: 压减时间58% is a change
        Average,           ///< average: 平均, 年均 before a verb of change
        ChangeHeader,      ///< change_header: a table column of changes (增长, 同比)
        ChangeSuffix,      ///< change_suffix: a rate named as a change (增速, 降幅)
        NumeralMeasure,    ///< numeral_measure: one-character measure words after 三, 四 …
        NumeralStopBefore, ///< numeral_stop_before: 以下, 上述 before a numeral: a list follows
        Increment,   ///< increment: 新增, 新培育: kept in the label (新增规上工业企业)
        GenericNoun, ///< generic_noun: 总量, 事项: the clause subject goes before them
        Target,      ///< target: 力争, 目标: the figure is a target
        DurationUnit,   ///< duration_unit: 个月, 天: a count of them is a duration
        LabelTail,      ///< label_tail: 再, 将, 可以, 实现: words that end no noun phrase
        Comparative,    ///< comparative: 高于, 低于: a comparison frame after the label
        BaselineCopula, ///< baseline_copula: 是, 相当于: 是…的2倍 names the baseline
        Conversion,     ///< conversion: 折合, 约合: the figure before in another unit
        KeptVerb,       ///< kept_verb: 主动公开: says which of a stock is counted, kept
    };
    static constexpr int ListCount = int(List::KeptVerb) + 1;

    struct Unit
    {
        QString text; ///< as written: 平米
        QString unit; ///< as reported in Figure::unit: 平方米
        UnitClass cls = UnitClass::Count;
    };

    /** A word read backwards from a number, or a qualifier. */
    struct Word
    {
        QString text;
        Role role = Role::Particle;
        QString shown; ///< a qualifier as reported: 不高于 → 不超过
        Figure::Bound bound = Figure::Bound::Exact; ///< what a qualifier says of the value
    };

    /** The vocabulary compiled into core; aborts with the file and line if it is damaged,
     *  since figures read with a broken vocabulary would be silently wrong. */
    static const FigureVocabulary &builtIn();

    /** Reads units.tsv, qualifiers.tsv, framing.tsv and words.tsv from dir and checks the
     *  result is complete; on failure returns false and sets error to "file:line: reason". */
    bool loadDirectory(const QString &dir, QString *error);
    /** Reads one file; fileName (units.tsv, …) chooses the format and names it in errors. */
    bool loadFile(QIODevice *device, const QString &fileName, QString *error);
    /** Checks that every file was read and every list has words. */
    bool checkComplete(QString *error) const;

    /** The longest unit at pos, or nullptr. */
    const Unit *unitAt(QStringView s, qsizetype pos) const;
    /** The longest framing word or qualifier ending at end and starting at or after lowest. */
    const Word *wordBefore(QStringView s, qsizetype end, qsizetype lowest) const;
    /** The longest qualifier of position at pos (Inner or After), or nullptr. */
    const Word *qualifierAt(Position position, QStringView s, qsizetype pos) const;
    const Lexicon &list(List l) const { return m_lists.at(size_t(l)); }

    /** The data name of a unit class ("percentage_point"); used by the tests. */
    static QString unitClassName(UnitClass c);

private:
    bool loadTable(const TsvTable &table, QString *error);
    bool readUnits(const QList<TsvTable::Row> &rows, QString *why, int *badLine);
    bool readQualifiers(const QList<TsvTable::Row> &rows, QString *why, int *badLine);
    bool readFraming(const QList<TsvTable::Row> &rows, QString *why, int *badLine);
    bool readWords(const QList<TsvTable::Row> &rows, QString *why, int *badLine);

    std::vector<Unit> m_units;
    Lexicon m_unitIndex;
    void indexBefore();

    std::vector<Word> m_qualifiersBefore; // from qualifiers.tsv
    std::vector<Word> m_framing;          // from framing.tsv
    std::vector<Word> m_before;           // both: what is read backwards from a number
    Lexicon m_beforeIndex;
    std::vector<Word> m_inner;
    Lexicon m_innerIndex;
    std::vector<Word> m_after;
    Lexicon m_afterIndex;
    std::array<Lexicon, ListCount> m_lists;
    unsigned m_filesRead = 0;           // a bit per file
    std::array<QString, 4> m_fileNames; // as named when read, for errors found later
};

#endif // REPORTSCOPE_FIGUREVOCABULARY_H
