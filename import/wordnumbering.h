#ifndef REPORTSCOPE_WORDNUMBERING_H
#define REPORTSCOPE_WORDNUMBERING_H

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/**
 * Word's automatic numbering (word/numbering.xml), rendered into text: the `一、` or `（1）`
 * that Word shows before a numbered paragraph but that is not in the paragraph's runs.
 *
 * A list definition (abstractNum) has up to nine levels, each with a start value, a number
 * format (decimal, chineseCounting, …) and a level text such as `%1、` or `（%2）`. A w:num
 * names a definition and may override start values. Counters belong to the definition, so
 * that two w:num of one definition continue one list (as Word shows it) unless an override
 * restarts it; numbering a level resets the levels below it.
 */
class WordNumbering
{
public:
    /** Parses numbering.xml; unreadable or missing XML leaves the numbering empty. */
    explicit WordNumbering(const QByteArray &numberingXml = QByteArray());

    /** Counts one paragraph of list numId at level ilvl and returns its marker, e.g. "二、";
     *  empty for numId 0, unknown lists, bullets and levels without text. */
    QString next(int numId, int ilvl);
    /** A number in a Word numFmt: decimal 3 → "3", chineseCounting 12 → "十二", … */
    static QString format(int value, const QString &numFmt);
    bool isEmpty() const { return m_nums.isEmpty(); }

private:
    struct Level
    {
        int start = 1;
        QString numFmt = QStringLiteral("decimal");
        QString text;
        bool hasText = false;
        int restart = -1; ///< lvlRestart's value; -1 when absent
        QString suffix = QStringLiteral("tab");
    };
    struct Num
    {
        int abstractId = -1;
        QHash<int, int> startOverrides; ///< ilvl → start
        bool overridesApplied = false;
    };
    static constexpr int Unset = -0x7fffffff; ///< a level not counted since its reset
    struct Counters
    {
        QList<int> values; ///< per level, or Unset
    };

    QHash<int, QList<Level>> m_abstracts; ///< abstractNumId → levels
    QHash<int, Num> m_nums;               ///< numId → num
    QHash<int, Counters> m_counters;      ///< abstractNumId → counters
};

#endif // REPORTSCOPE_WORDNUMBERING_H
