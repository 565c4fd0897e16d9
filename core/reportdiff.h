#ifndef REPORTSCOPE_REPORTDIFF_H
#define REPORTSCOPE_REPORTDIFF_H

#include "core/report.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class IndicatorMatcher;

/**
 * What changed from one report to another (last year's and this year's, as a rule): the two
 * section trees aligned, the sentences added and removed inside changed sections, and the
 * standard indicators both state with their values and the change.
 *
 * Sections are aligned level by level, each list of children in order (a longest common
 * subsequence), a pair scored by the similarity of the titles with digits ignored (2015年工作
 * 回顾 and 2016年工作回顾 are one), the section role and the marker's number; a section
 * without a partner good enough is added or removed with its subtree. Inside a pair the
 * sentences (split at 。！？； and line ends) are diffed by longest common subsequence.
 */
class ReportDiff
{
public:
    enum class Change {
        Same,    ///< the same title and text
        Changed, ///< aligned, with another title or text
        Added,   ///< only in B
        Removed, ///< only in A
    };
    /** Stable names for JSON: same, changed, added, removed. */
    static QString changeName(Change c);

    /** A piece of a changed sentence: kept, inserted in B or deleted from A. */
    struct Fragment
    {
        Change change = Change::Same; ///< Same, Added or Removed
        QString text;
    };

    /** One sentence of a diff: kept, added in B, removed from A, or changed (a sentence of A
     *  rewritten in B, with the inserted and deleted text marked). */
    struct Sentence
    {
        Change change = Change::Same; ///< Same, Added, Removed or Changed
        QString text;                 ///< as in B; as in A when removed
        QString before;               ///< Changed: as in A
        QList<Fragment> fragments;    ///< Changed: the character diff from before to text
    };

    /** An aligned pair of sections (or one alone), in the reading order of B then A. */
    struct SectionPair
    {
        int a = -1; ///< index in A's sections(); -1 when added
        int b = -1; ///< index in B's sections(); -1 when removed
        int level = 1;
        Change change = Change::Same;
        double similarity = 0; ///< of the titles, 0…1
        QString headingA;      ///< marker and title in A
        QString headingB;
        QList<Sentence> sentences; ///< Changed only: the text diff
    };

    /** An indicator both reports state, or one only. */
    struct IndicatorChange
    {
        QString indicator; ///< catalogue id
        QString name;
        bool inA = false;
        bool inB = false;
        double valueA = 0; ///< base units
        double valueB = 0;
        QString unit;     ///< base unit
        QString displayA; ///< in A's own magnitude: 1.75万亿元
        QString displayB;
        int yearA = 0;
        int yearB = 0;
        double change = 0;        ///< valueB - valueA, when both
        double changePercent = 0; ///< 100 × change / |valueA|, when both and valueA ≠ 0
        /** The change in B's own magnitude with its sign (+2907.4亿元); percentages in
         *  percentage points (-0.2个百分点); empty unless both. */
        QString displayChange;
        QString quoteA;
        QString quoteB;
    };

    /** Diffs a against b with the built-in indicator catalogue. */
    static ReportDiff compute(const Report &a, const Report &b);
    static ReportDiff compute(const Report &a, const Report &b, const IndicatorMatcher &matcher);

    const QList<SectionPair> &sections() const { return m_sections; }
    const QList<IndicatorChange> &indicators() const { return m_indicators; }
    /** How many pairs have each change. */
    int count(Change c) const;

    /** {a, b, summary, sections: [...], indicators: [...]} with stable keys. */
    QJsonObject toJson(const Report &a, const Report &b) const;

    /** The similarity of two titles: Dice coefficient of character bigrams, digits counted as
     *  one character class; 1 for equal titles, 0 for nothing in common. */
    static double titleSimilarity(const QString &a, const QString &b);
    /** Splits text into sentences, each with its final punctuation. */
    static QStringList sentences(const QString &text);
    /** The longest-common-subsequence diff of two lists of sentences. */
    static QList<Sentence> diffSentences(const QStringList &a, const QStringList &b);
    /** A sentence diff with each removed sentence that an added one at the same place
     *  rewrites (half their character pairs or more in common) merged into one Changed
     *  sentence with its character diff; the order of B kept. */
    static QList<Sentence> pairChangedSentences(const QList<Sentence> &diff);
    /** The character diff of two texts: kept, deleted and inserted runs, a deletion before
     *  the insertion that replaces it. A number (19492.6) or a Latin word is one unit, so it
     *  is replaced whole; a lone kept character between edits is part of them. */
    static QList<Fragment> diffCharacters(const QString &a, const QString &b);

private:
    void alignChildren(const Report &a, const Report &b, const QList<int> &childrenA,
                       const QList<int> &childrenB);
    void addAlone(const Report &r, int index, bool inA);

    QList<SectionPair> m_sections;
    QList<IndicatorChange> m_indicators;
};

#endif // REPORTSCOPE_REPORTDIFF_H
