#ifndef REPORTSCOPE_CONSISTENCYCHECKER_H
#define REPORTSCOPE_CONSISTENCYCHECKER_H

#include "finding.h"

#include <QCoreApplication>
#include <QList>

class Report;

/**
 * Checks figures against each other: rates against the counts they are computed from, and
 * parts against their stated total.
 */
class ConsistencyChecker
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyChecker)

public:
    static QList<Finding> check(const Report &report);
};

#endif // REPORTSCOPE_CONSISTENCYCHECKER_H
