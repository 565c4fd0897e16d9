#include "core/clausestate.h"

#include "core/figurechars.h"
#include "core/textnormalizer.h"

#include <algorithm>

using namespace FigureChars;

ClauseState::ClauseState(const QString &src, const QString &norm) : m_src(src), m_norm(norm) {}

void ClauseState::enterSentence(qsizetype pos)
{
    if (!(pos >= m_sentStart && pos < m_sentEnd)) {
        // Sentences are visited in order, so the start is found from the previous end.
        qsizetype start = pos;
        const qsizetype lowest = std::max<qsizetype>(m_sentEnd, 0);
        while (start > lowest && !isSentenceEnd(m_norm.at(start - 1)))
            --start;
        qsizetype end = pos;
        while (end < m_norm.size() && !isSentenceEnd(m_norm.at(end)))
            ++end;
        if (end < m_norm.size() && m_norm.at(end) != u'\n')
            ++end; // keep the full stop
        m_sentStart = start;
        m_sentEnd = end;
        qsizetype qs = start;
        qsizetype qe = end;
        while (qs < qe && TextNormalizer::isSpace(m_src.at(qs)))
            ++qs;
        while (qe > qs && TextNormalizer::isSpace(m_src.at(qe - 1)))
            --qe;
        m_quoteStart = qs;
        m_quoteEnd = qe;
    }
    if (m_baseSentence != m_sentStart) {
        m_baseSentence = m_sentStart;
        m_baseLabel.clear();
        m_baseWritten = false;
        m_sentenceLabels.clear();
        m_previousLabel.clear();
    }
}

void ClauseState::rememberSubject(const QString &label, const QString &unit, Figure::Kind kind)
{
    m_baseLabel = label;
    m_baseUnit = unit;
    m_baseKind = kind;
    m_baseWritten = false;
    m_sentenceLabels.append(label);
}

void ClauseState::rememberWrittenSubject(const QString &subject, const QString &label)
{
    m_baseLabel = subject;
    m_baseUnit.clear();
    m_baseWritten = true;
    m_sentenceLabels.append(label);
}

void ClauseState::rememberFigure(const QString &label, const Last &last)
{
    m_previousLabel = label;
    m_last = last;
}

void ClauseState::startRespect(const QStringList &labels, Figure::Kind kind, bool decrease,
                               qsizetype clauseEnd, QList<Figure> *out)
{
    flushRespect(out);
    m_respectLabels = labels;
    m_respectFigure = out->size();
    m_respectUsed = false;
    m_respectKind = kind;
    m_respectDecrease = decrease;
    m_respectClauseEnd = clauseEnd;
}

QString ClauseState::takeWaitingLabel()
{
    if (m_respectLabels.isEmpty())
        return {};
    m_respectUsed = true;
    return m_respectLabels.takeFirst();
}

void ClauseState::expireRespect(qsizetype pos, QList<Figure> *out)
{
    if (m_respectFigure >= 0 && pos >= m_respectClauseEnd)
        flushRespect(out);
}

void ClauseState::flushRespect(QList<Figure> *out)
{
    // 分别 with one value and several labels: every label has that value.
    if (m_respectFigure >= 0 && !m_respectUsed && !m_respectLabels.isEmpty() &&
        m_respectFigure < out->size()) {
        const Figure base = out->at(m_respectFigure);
        qsizetype insertAt = m_respectFigure + 1;
        for (const QString &l : std::as_const(m_respectLabels)) {
            Figure f = base;
            f.label = l;
            out->insert(insertAt++, f);
        }
    }
    m_respectLabels.clear();
    m_respectFigure = -1;
    m_respectUsed = false;
}
