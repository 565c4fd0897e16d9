#include "core/clausestate.h"

#include "core/figurechars.h"
#include "core/textnormalizer.h"

#include <algorithm>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace FigureChars;

namespace {

// The characters that end a quoted sentence (isSentenceEnd(): TextClasses::QuoteBreaks), as
// vectors to compare eight characters with at once: the scans for a sentence's ends pass
// over the long runs between them a step of eight at a time.
class SentenceBreaks
{
public:
    SentenceBreaks()
    {
#if defined(__SSE2__)
        int count = 0;
        for (unsigned u = 0; u <= 0xFFFF; ++u) {
            if (!isSentenceEnd(QChar(char16_t(u))))
                continue;
            if (count == Slots) {
                m_blocks = false;
                break;
            }
            m_marks[count++] = _mm_set1_epi16(short(u));
        }
        if (count == 0)
            m_blocks = false;
        for (int k = count; k < Slots && count > 0; ++k)
            m_marks[k] = m_marks[0]; // a repeat changes nothing
#endif
    }
    /** Where the step of eight before end holding a break would start scanning: the lowest
     *  end' >= lowest such that no break lies in [end', end). */
    qsizetype skipBack(const QChar *d, qsizetype lowest, qsizetype end) const
    {
#if defined(__SSE2__)
        if (m_blocks) {
            while (end - 8 >= lowest && !any(load(d + end - 8)))
                end -= 8;
        }
#endif
        return end;
    }
    /** The highest begin' <= highest such that no break lies in [begin, begin'). */
    qsizetype skipForward(const QChar *d, qsizetype begin, qsizetype highest) const
    {
#if defined(__SSE2__)
        if (m_blocks) {
            while (highest - begin >= 8 && !any(load(d + begin)))
                begin += 8;
        }
#endif
        return begin;
    }

private:
#if defined(__SSE2__)
    static constexpr int Slots = 12;
    static __m128i load(const QChar *p)
    {
        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    }
    bool any(__m128i v) const
    {
        return anyOf(v, std::make_index_sequence<Slots>());
    }
    template<size_t... K>
    bool anyOf(__m128i v, std::index_sequence<K...>) const
    {
        __m128i hit = _mm_setzero_si128();
        ((hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, m_marks[K]))), ...);
        return _mm_movemask_epi8(hit) != 0;
    }
    __m128i m_marks[Slots] = {};
    bool m_blocks = true;
#endif
};

} // namespace

ClauseState::ClauseState(const QString &src, const QString &norm) : m_src(src), m_norm(norm) {}

void ClauseState::enterSentence(qsizetype pos)
{
    if (!(pos >= m_sentStart && pos < m_sentEnd)) {
        // Sentences are visited in order, so the start is found from the previous end.
        static const SentenceBreaks breaks;
        const qsizetype lowest = std::max<qsizetype>(m_sentEnd, 0);
        qsizetype start = pos > lowest ? breaks.skipBack(m_norm.constData(), lowest, pos) : pos;
        while (start > lowest && !isSentenceEnd(m_norm.at(start - 1)))
            --start;
        qsizetype end = breaks.skipForward(m_norm.constData(), pos, m_norm.size());
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
