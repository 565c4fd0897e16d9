#ifndef REPORTSCOPE_CLAUSESTATE_H
#define REPORTSCOPE_CLAUSESTATE_H

#include "core/figure.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

/**
 * What the figure extractor remembers while it walks a text: the sentence it is in (for the
 * quote), the subject that an unnamed figure carries over (…1665.2亿元，增长14.2%), the labels
 * that 分别 pairs with the values that follow, and the figure just emitted (for elliptical
 * lists such as 压减时间58%、材料52%).
 */
class ClauseState
{
public:
    /** The figure just emitted. */
    struct Last
    {
        Figure::Kind kind = Figure::Kind::Count;
        QString unit;
        qsizetype after = -1; ///< end of its qualifiers; -1 when its label was read forwards
        bool decrease = false;
    };

    /** src is the text as written, norm its normalised form; both must outlive the state. */
    ClauseState(const QString &src, const QString &norm);

    /** Moves to the sentence around pos; a new sentence forgets the carried subject. */
    void enterSentence(qsizetype pos);
    /** The sentence as written, trimmed, and where it stands in the text. */
    qsizetype quoteStart() const { return m_quoteStart; }
    qsizetype quoteEnd() const { return m_quoteEnd; }

    /** Subject carry-over within the sentence. */
    const QString &baseLabel() const { return m_baseLabel; }
    const QString &baseUnit() const { return m_baseUnit; }
    Figure::Kind baseKind() const { return m_baseKind; }
    /** Labels of the figures that are not changes, in this sentence (a sentence names a few:
     *  kept inline, since a list allocated for each section's first cost as much as the rest). */
    using Labels = QVarLengthArray<QString, 8>;
    const Labels &sentenceLabels() const { return m_sentenceLabels; }
    /** Label of the figure just emitted, in this sentence. */
    const QString &previousLabel() const { return m_previousLabel; }
    const Last &last() const { return m_last; }
    /** A figure that is not a change names the subject for what follows. */
    void rememberSubject(const QString &label, const QString &unit, Figure::Kind kind);
    /** The subject is written in the text, not the figure's label: any later unnamed figure
     *  of the sentence, whatever its unit, carries it; the figure's label is still one of
     *  the sentence's labels. */
    void rememberWrittenSubject(const QString &subject, const QString &label);
    bool subjectWritten() const { return m_baseWritten; }
    void rememberFigure(const QString &label, const Last &last);

    /** 分别: labels wait for the values that follow, up to clauseEnd. Flushes the previous
     *  ones first; the figure at out->size() (about to be appended) is the first value. */
    void startRespect(const QStringList &labels, Figure::Kind kind, bool decrease,
                      qsizetype clauseEnd, QList<Figure> *out);
    bool hasWaitingLabel() const { return m_respectFigure >= 0 && !m_respectLabels.isEmpty(); }
    /** The next waiting label for a value without one. */
    QString takeWaitingLabel();
    Figure::Kind respectKind() const { return m_respectKind; }
    bool respectDecrease() const { return m_respectDecrease; }
    /** Ends the 分别 clause when pos is past it. */
    void expireRespect(qsizetype pos, QList<Figure> *out);
    /** Ends the 分别 clause: if no value took a waiting label, one value is every label's
     *  (参学率、合格率分别为100%), so the first figure is copied for each. */
    void flushRespect(QList<Figure> *out);

private:
    const QString &m_src;
    const QString &m_norm;
    qsizetype m_sentStart = -1;
    qsizetype m_sentEnd = -1;
    qsizetype m_quoteStart = 0;
    qsizetype m_quoteEnd = 0;
    qsizetype m_baseSentence = -1;
    QString m_baseLabel; // label of the last figure that is not a change, in this sentence
    QString m_baseUnit;
    Figure::Kind m_baseKind = Figure::Kind::Count;
    bool m_baseWritten = false;
    Labels m_sentenceLabels;
    QString m_previousLabel;
    Last m_last;
    // 分别: labels still waiting for their values in this clause.
    QStringList m_respectLabels;
    qsizetype m_respectFigure = -1;
    qsizetype m_respectClauseEnd = -1;
    bool m_respectUsed = false;
    Figure::Kind m_respectKind = Figure::Kind::Count;
    bool m_respectDecrease = false;
};

#endif // REPORTSCOPE_CLAUSESTATE_H
