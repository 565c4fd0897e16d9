#include "core/wordlattice.h"

#include <algorithm>

namespace {

// Slots for a long text: more than the spans of one sentence reach over (a label looks at
// most some 80 characters around its number), few enough to stay in the cache.
constexpr qsizetype MaxSlots = 1024;

} // namespace

WordLattice::WordLattice(const Segmenter &segmenter, QStringView text)
    : m_segmenter(segmenter)
    , m_text(text)
{}

QList<Segmenter::Token> WordLattice::segment(qsizetype from, qsizetype to)
{
    return m_segmenter.segment(m_text, from, to, this);
}

void WordLattice::wordLengths(qsizetype from, qsizetype to, qsizetype *lengths)
{
    m_segmenter.wordLengths(m_text, from, to, lengths, this);
}

const Segmenter::Match *WordLattice::matchesAt(qsizetype pos, int *count)
{
    if (m_slots.empty()) {
        // A power of two no larger than the text needs: short sections get a small table.
        qsizetype size = 16;
        while (size < MaxSlots && size < m_text.size())
            size *= 2;
        m_slots.resize(size_t(size));
        m_mask = size - 1;
    }
    Slot &slot = m_slots[size_t(pos & m_mask)];
    if (slot.pos != pos) {
        const qsizetype limit = std::min(m_text.size() - pos, m_segmenter.m_maxLength);
        slot.count = m_segmenter.matchesAt(m_text, pos, limit, slot.matches);
        slot.pos = pos;
        ++m_lookups;
    }
    *count = slot.count;
    return slot.matches;
}
