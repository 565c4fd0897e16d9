#ifndef REPORTSCOPE_SECTIONPAGER_H
#define REPORTSCOPE_SECTIONPAGER_H

#include "core/reportplace.h"

#include <QList>
#include <QStringView>

class Report;

/**
 * Divides a section's subtree into parts of at most maxChars() characters, so that a view can
 * show 50 MB of text a part at a time.
 *
 * The subtree reads in pre-order: each section's heading (DocumentModel::sectionLabel), then
 * its own text, each counted with one character for the line break after it. A part ends
 * before a heading that would not fit; a text longer than the room left is cut after its last
 * paragraph break, else after its last sentence (TextClasses::SentenceBreaks), within
 * CutLookBack characters before the limit; else at the limit.
 */
class SectionPager
{
public:
    /** The most characters of a subtree in one part, unless told otherwise. */
    static constexpr int DefaultMaxChars = 100000;
    /** How far back from a part's limit a paragraph or sentence end is looked for. */
    static constexpr int CutLookBack = 4000;

    /** Where a part begins (or ends). */
    struct Part
    {
        int section = -1;
        /** Offset in the section's text where the part begins; -1 when it begins with the
         *  section's heading. */
        qsizetype offset = -1;
        /** Characters of the subtree before the part. */
        qint64 chars = 0;
    };

    /** No parts: for a view that shows no section. */
    SectionPager() = default;
    /** The parts of the subtree of report's section `section`, which must exist. */
    SectionPager(const Report &report, int section, int maxChars = DefaultMaxChars);

    int rootSection() const { return m_root; }
    int maxChars() const { return m_maxChars; }
    /** 1 for most sections; 0 when there is no section. */
    int count() const { return int(m_parts.size()); }
    /** Where part `part` begins; the first begins with the root section's heading. */
    Part start(int part) const { return m_parts.at(part); }
    /** Where part `part` ends: where the next begins, or after the subtree (the section
     *  past it, offset -1, and all the characters). */
    Part end(int part) const;
    /** Characters of the whole subtree. */
    qint64 totalChars() const { return m_totalChars; }
    /** The part that holds the place: the last one beginning at or before it; 0 for a place
     *  before the subtree. */
    int partOf(const ReportPlace &place) const;

    /**
     * Where to cut text that must end by limit: after the last paragraph break, else after
     * the last sentence or clause, among the lookBack characters before limit; else at limit,
     * or one before it rather than between the halves of a surrogate pair. The result lies in
     * (from, limit]; from < limit <= text.size().
     */
    static qsizetype cutPoint(QStringView text, qsizetype from, qsizetype limit,
                              qsizetype lookBack);

private:
    QList<Part> m_parts;
    qint64 m_totalChars = 0;
    int m_root = -1;
    int m_subtreeEnd = 0;
    int m_maxChars = DefaultMaxChars;
};

#endif // REPORTSCOPE_SECTIONPAGER_H
