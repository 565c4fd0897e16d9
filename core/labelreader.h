#ifndef REPORTSCOPE_LABELREADER_H
#define REPORTSCOPE_LABELREADER_H

#include "core/figurevocabulary.h"
#include "core/numberreader.h"
#include "core/segmenter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

/**
 * Reads what a number counts. Backwards from the number to the start of the clause, trimming
 * framing words, verbs and qualifiers (全市共办理行政复议案件147件 → 行政复议案件), or forwards
 * after a measure word (对全市818名县级干部 → 县级干部), whichever the sentence supports. The
 * words read backwards also say whether the figure is a change, a level, or one value for
 * several labels (均, 分别), and carry its leading qualifiers.
 */
class LabelReader
{
public:
    struct Parts
    {
        QString label;
        QStringList parts;    ///< for 均 / 分别
        bool distrib = false; ///< 均: every part has the value
        bool respect = false; ///< 分别: parts pair with values in order
        bool change = false;
        bool decrease = false; ///< a change downwards: the value is made negative
        bool level = false;
        QStringList qualifiers;
        QList<Figure::Bound> bounds; ///< of qualifiers, in the same order
        qsizetype consumed = 0;      ///< offset up to which text is used by this figure
        bool forward = false;
        bool increment = false; ///< the label opens with 新增 …: a count of additions
        bool from = false;      ///< 从A增至B: this is A, the start
        bool to = false;        ///< 从A增至B: this is B, the end (the label is the subject's)
        QString period;         ///< 连续9年 read off the label
        /** A label read forwards is the object of a verb; the noun before the verb is the
         *  clause's subject, which later unnamed figures carry (地区生产总值跨越3个千亿元
         *  台阶，达到1.5万亿元: 1.5万亿元 is the 地区生产总值's). Empty when none is written. */
        QString subject;
        /** 增长7.7%，高于全国1.8个百分点: the label was a comparison frame, cut off, or a
         *  conversion (折合); an unnamed figure is then the one named just before. */
        bool compared = false;
    };

    /** Word starts of a span: inline for the spans the readers split (at most 32
     *  characters), so that splitting allocates nothing. */
    using WordStarts = QVarLengthArray<qsizetype, 32>;

    /** src is the text as written, norm its normalised form (same length); both must
     *  outlive the reader, as must segmenter (the shared one when null). */
    LabelReader(const QString &src, const QString &norm, const NumberReader &numbers,
                const FigureVocabulary &vocabulary, const Segmenter *segmenter = nullptr);

    /** The label of the number r; never reaches back before consumed. */
    Parts read(const NumberReader::Reading &r, qsizetype consumed) const;
    /** The noun after a measure word at from ("+" when a formula continues). */
    QString forwardLabel(qsizetype from, qsizetype *end, bool percent) const;
    /** The label as written in [s, e), without the spaces page scrapes leave. */
    QString clean(qsizetype s, qsizetype e) const;
    /** A count in brackets names what it counts before the bracket: 优质教育（17项）. */
    QString bracketedLabel(qsizetype numberStart) const;
    /** A period stated in the text: 2025年, “十四五”时期, 五年, 累计. */
    struct Period
    {
        qsizetype end = 0; ///< where it ends in the text
        QString text;
    };
    /** The periods the text in [from, to) states, in order. A year of comparison (比2020年,
     *  从2020年) or of a date (2025年1月) is no period. */
    QList<Period> periodsIn(qsizetype from, qsizetype to) const;
    /** Whether text is a period and nothing else (五年, 2025年, “十四五”时期, 累计). */
    static bool isPeriod(QStringView text);
    /** Last resort: the verb phrase after the number (为6.5万人次提供培训 → 提供培训). */
    QString phraseAfter(qsizetype after) const;

private:
    QChar at(qsizetype i) const
    {
        return i >= 0 && i < m_norm.size() ? m_norm.at(i) : QChar(u'\0');
    }
    const Lexicon &wordList(FigureVocabulary::List l) const { return m_vocab.list(l); }
    const Lexicon &leadLexicon() const { return wordList(FigureVocabulary::List::Lead); }
    const Lexicon &verbLexicon() const { return wordList(FigureVocabulary::List::Verb); }
    const Lexicon &forwardStopLexicon() const
    {
        return wordList(FigureVocabulary::List::ForwardStop);
    }
    const FigureVocabulary::Word *matchTrail(QStringView s, qsizetype end, qsizetype lowest) const
    {
        return m_vocab.wordBefore(s, end, lowest);
    }
    /** Where the clause before from starts (not before lowest); tabBound when a table cell
     *  ends it. */
    qsizetype clauseStart(qsizetype from, qsizetype lowest, bool *tabBound) const;
    bool verbInsideNoun(QStringView s, qsizetype pos, qsizetype len) const;
    /** The subject written before the clause's last verb in [s0, e), or empty. */
    QString subjectBefore(qsizetype s0, qsizetype e) const;
    bool isDecrease(QStringView verb) const;
    bool nounAfterVerb(QStringView s, qsizetype pos) const;
    bool isSloganNoun(QStringView noun) const;
    /** Where the noun phrase in [s, e) ends once the words that end no noun phrase are cut
     *  off its tail (再, 将, 实现; a comparison 高于上年); open is set when what is left is no
     *  noun phrase either (增至, 全国首个): the counted noun then follows the number;
     *  noNoun when surely none (先发行, 提前三年: no verb alone, which may be a noun). A
     *  comparison is cut when it stands right before the number or when the figure is a
     *  difference (percentage points, a multiple): 优于Ⅲ类水体比例94.8% names a share.
     *  With open and noNoun null only the tail is cut (a noun read forwards). */
    qsizetype nounPhraseEnd(qsizetype s, qsizetype e, bool difference, bool *open, bool *noNoun,
                            bool *compared) const;
    /** Where a unit's frame 每立方米 ending at e starts, or -1. */
    qsizetype unitFrameBefore(qsizetype e, qsizetype lowest) const;
    /** For each offset of text[from, to), where the word that holds it starts, as the
     *  lexicon splits the span; index 0 is from. */
    WordStarts wordStarts(qsizetype from, qsizetype to) const;

    const QString &m_src;
    const QString &m_norm;
    const NumberReader &m_numbers;
    const FigureVocabulary &m_vocab;
    const Segmenter &m_segmenter;
};

#endif // REPORTSCOPE_LABELREADER_H
