#ifndef REPORTSCOPE_WORDLATTICE_H
#define REPORTSCOPE_WORDLATTICE_H

#include "core/segmenter.h"

#include <QList>
#include <QStringView>

#include <vector>

/**
 * Segmenter over one text that remembers the lexicon's words at each position it has looked
 * at. The label reader splits many short, overlapping spans of one text (the 32 characters
 * before each number, the 24 after a measure word); the lexicon lookups are most of a split's
 * cost, and here each position is looked up once while the spans move through the text.
 *
 * A split gives exactly what Segmenter::segment() and Segmenter::wordLengths() give for the
 * same text and span: the words found at a position do not depend on the span, only the
 * span's end limits which of them the best path may take, and that limit is applied here as
 * it is there.
 *
 * The positions are kept in a small table indexed by offset (one slot per offset modulo its
 * size; an older position in that slot is looked up again), so memory stays bounded on a
 * long text. Not thread-safe: one lattice per text and thread (the figure extractor keeps one
 * per scan). The segmenter and the text must outlive it.
 */
class WordLattice
{
public:
    WordLattice(const Segmenter &segmenter, QStringView text);

    const Segmenter &segmenter() const { return m_segmenter; }
    QStringView text() const { return m_text; }

    /** Same as segmenter().segment(text(), from, to). */
    QList<Segmenter::Token> segment(qsizetype from, qsizetype to);
    /** Same as segmenter().wordLengths(text(), from, to, lengths). */
    void wordLengths(qsizetype from, qsizetype to, qsizetype *lengths);

    /** Lexicon lookups made so far (for tests and benchmarks: hits cost none). */
    qsizetype lookups() const { return m_lookups; }

private:
    friend class Segmenter;
    // The words of the lexicon that start at pos (shortest first), looked up when the slot
    // holds another position.
    const Segmenter::Match *matchesAt(qsizetype pos, int *count);

    struct Slot
    {
        qsizetype pos = -1;
        int count = 0;
        Segmenter::Match matches[Segmenter::MaxMatches];
    };
    const Segmenter &m_segmenter;
    QStringView m_text;
    std::vector<Slot> m_slots; // allocated on the first split
    qsizetype m_mask = 0;
    qsizetype m_lookups = 0;
};

#endif // REPORTSCOPE_WORDLATTICE_H
