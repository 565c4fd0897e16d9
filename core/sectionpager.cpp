#include "core/sectionpager.h"

#include "core/documentmodel.h"
#include "core/report.h"
#include "core/textclasses.h"

#include <algorithm>

SectionPager::SectionPager(const Report &report, int section, int maxChars)
    : m_root(section)
    , m_subtreeEnd(report.section(section).subtreeEnd)
    , m_maxChars(qMax(1, maxChars))
{
    // Parts follow the reading order: each section's heading, then its own text; a text
    // longer than the room left is cut after a paragraph or a sentence.
    m_parts.append({section, -1, 0});
    qint64 chars = 0;
    qsizetype used = 0;
    for (int i = section; i < m_subtreeEnd; ++i) {
        const Section &s = report.section(i);
        const qsizetype heading = DocumentModel::sectionLabel(report, i).size() + 1;
        if (used > 0 && used + heading > m_maxChars) {
            m_parts.append({i, -1, chars});
            used = 0;
        }
        used += heading;
        chars += heading;
        const qsizetype n = s.text.size();
        qsizetype offset = 0;
        while (n - offset > m_maxChars - used) {
            const qsizetype room = m_maxChars - used;
            if (room < m_maxChars / 4) {
                // Little room left after the heading: the text starts the next part.
                m_parts.append({i, offset, chars});
                used = 0;
                continue;
            }
            const qsizetype cut = cutPoint(s.text, offset, offset + room, CutLookBack);
            chars += cut - offset;
            m_parts.append({i, cut, chars});
            used = 0;
            offset = cut;
        }
        used += n - offset + 1;
        chars += n - offset + 1;
    }
    m_totalChars = chars;
}

SectionPager::Part SectionPager::end(int part) const
{
    return part + 1 < m_parts.size() ? m_parts.at(part + 1) : Part{m_subtreeEnd, -1, m_totalChars};
}

int SectionPager::partOf(const ReportPlace &place) const
{
    // The last part that starts at or before the place; a part's start is a heading
    // (offset -1) or a text offset, and headings read before texts.
    const ReportPlace at = place.inHeading ? ReportPlace::heading(place.section, -1) : place;
    const auto after = std::upper_bound(
        m_parts.cbegin(), m_parts.cend(), at, [](const ReportPlace &p, const Part &part) {
            const ReportPlace s = part.offset < 0 ? ReportPlace::heading(part.section, -1)
                                                  : ReportPlace::text(part.section, part.offset);
            return p < s;
        });
    return qMax(0, int(after - m_parts.cbegin()) - 1);
}

qsizetype SectionPager::cutPoint(QStringView text, qsizetype from, qsizetype limit,
                                 qsizetype lookBack)
{
    const qsizetype low = qMax(from + 1, limit - lookBack);
    for (qsizetype i = limit; i >= low; --i) {
        if (text.at(i - 1) == u'\n')
            return i;
    }
    for (qsizetype i = limit; i >= low; --i) {
        if (TextClasses::is(text.at(i - 1), TextClasses::SentenceBreaks))
            return i;
    }
    if (limit > from + 1 && text.at(limit - 1).isHighSurrogate())
        return limit - 1;
    return limit;
}
