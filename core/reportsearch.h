#ifndef REPORTSCOPE_REPORTSEARCH_H
#define REPORTSCOPE_REPORTSEARCH_H

#include "core/reportplace.h"

#include <QStringView>

#include <optional>

class Report;

/**
 * Finds text across a whole report, as Find in the detail pane does.
 *
 * The report is searched in reading order: each section's heading (as the section tree shows
 * it, DocumentModel::sectionLabel), then its own text, section after section. A match lies
 * within one heading or one text, never across the two. Letters match whatever their case;
 * text without cased letters (Chinese) is compared as it is, which finds the same and is
 * several times faster. The search wraps around the end (or the start) of the report and
 * ends at the place it started from.
 */
class ReportSearch
{
public:
    enum class Direction { Forward, Backward };

    struct Match
    {
        ReportPlace place;    ///< where the match starts
        qsizetype length = 0; ///< of the text searched for
        /** The search passed the end (forward) or the start (backward) of the report. */
        bool wrapped = false;
    };

    /**
     * Forward: the first match that starts at or after from. Backward: the last match that
     * starts before from. Either wraps around to from itself; nothing when the report lacks
     * the text, text is empty or from is no section of the report.
     */
    static std::optional<Match> find(const Report &report, QStringView text,
                                     const ReportPlace &from, Direction direction);

    /**
     * The same search in one text that is not part of a report (the overview page the detail
     * pane composes of metadata, warnings and contents). Forward: the first match that
     * starts at or after from; backward: the last match that starts before from; -1 if none.
     * Does not wrap.
     */
    static qsizetype findInText(QStringView haystack, QStringView text, qsizetype from,
                                Direction direction);

    /** The first place of the report: its first section's heading. */
    static ReportPlace start(const Report &report);
    /** The place after the last character of the report's last section; invalid when the
     *  report has no sections. */
    static ReportPlace end(const Report &report);
};

#endif // REPORTSCOPE_REPORTSEARCH_H
