#ifndef REPORTSCOPE_REPORTPLACE_H
#define REPORTSCOPE_REPORTPLACE_H

#include <QtGlobal>

#include <tuple>

/**
 * A place in a report's reading order: an offset in a section's heading, as the section tree
 * shows it (DocumentModel::sectionLabel), or in the section's own text (Section::text).
 *
 * Places order as the report reads: by section, a section's heading before its text, then by
 * offset.
 */
struct ReportPlace
{
    int section = -1;
    bool inHeading = false; ///< offset is in the heading, else in the text
    qsizetype offset = 0;

    bool isValid() const { return section >= 0; }

    static ReportPlace heading(int section, qsizetype offset = 0)
    {
        return {section, true, offset};
    }
    static ReportPlace text(int section, qsizetype offset) { return {section, false, offset}; }

    friend bool operator==(const ReportPlace &a, const ReportPlace &b)
    {
        return a.section == b.section && a.inHeading == b.inHeading && a.offset == b.offset;
    }
    friend bool operator!=(const ReportPlace &a, const ReportPlace &b) { return !(a == b); }
    friend bool operator<(const ReportPlace &a, const ReportPlace &b)
    {
        // A heading (true) reads before the text (false).
        return std::make_tuple(a.section, !a.inHeading, a.offset) <
               std::make_tuple(b.section, !b.inHeading, b.offset);
    }
};

#endif // REPORTSCOPE_REPORTPLACE_H
