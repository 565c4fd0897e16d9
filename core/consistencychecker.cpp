#include "consistencychecker.h"

#include "report.h"

QList<Finding> ConsistencyChecker::check(const Report &report)
{
    Q_UNUSED(report);
    return {};
}
