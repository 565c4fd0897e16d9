#ifndef REPORTSCOPE_CONSISTENCYCHECKER_H
#define REPORTSCOPE_CONSISTENCYCHECKER_H

#include "core/finding.h"

#include <QCoreApplication>
#include <QList>

class Report;

/**
 * Checks figures against each other: rates against the counts they are computed from, and
 * parts against their stated total.
 *
 * A rate X率 is checked when, in the same sentence, a count stated with X follows a larger
 * count of the same unit (摸排矛盾纠纷6067件，调解成功5996件，调解成功率98%). The stated rate must
 * equal part/total×100 after rounding to the decimals it is written with (98% covers 97.5 to
 * 98.5, so 98.83% is a finding); 以上/近 are checked as bounds, 约/左右 allow one point.
 * Parts after 其中 (up to the closing bracket or the sentence end) must not add up to more
 * than the figure before 其中. Approximate figures (余, 多, 约 …) are not compared, so that
 * every finding is certain.
 */
class ConsistencyChecker
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyChecker)

public:
    static QList<Finding> check(const Report &report);
};

#endif // REPORTSCOPE_CONSISTENCYCHECKER_H
