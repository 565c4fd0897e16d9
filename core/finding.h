#ifndef REPORTSCOPE_FINDING_H
#define REPORTSCOPE_FINDING_H

#include "core/figure.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * A consistency problem between figures of a report, as data: what kind, which figures and
 * sections, and the numbers. ConsistencyChecker::describe() words it in the current language
 * when it is shown, so a change of language applies at once.
 */
struct Finding
{
    enum class Type {
        RateMismatch,       ///< a stated rate differs from the one computed from its counts
        PartsExceedTotal,   ///< parts add up to more than their stated total
        TableTotalMismatch, ///< a table's 总计/合计 cell differs from the sum of its cells
    };

    Type type = Type::RateMismatch;
    /** Indexes in Report::figures(). RateMismatch: total, part, rate; PartsExceedTotal and
     *  TableTotalMismatch: the total, then the parts. */
    QList<int> figures;
    QStringList sectionIds; ///< sections involved
    double expected = 0;    ///< computed value (rate in percent, or sum of parts)
    double stated = 0;      ///< value stated in the report (a range's lower end)
    /** How the stated value is bounded (不超过6% is AtMost); Range has statedUpper. */
    Figure::Bound bound = Figure::Bound::Exact;
    double statedUpper = 0; ///< the stated upper end; equal to stated unless bound is Range
};

#endif // REPORTSCOPE_FINDING_H
