#ifndef REPORTSCOPE_FINDING_H
#define REPORTSCOPE_FINDING_H

#include <QList>
#include <QString>
#include <QStringList>

/**
 * A consistency problem between figures of a report.
 */
struct Finding
{
    enum class Type {
        RateMismatch,     ///< a stated rate differs from the one computed from its counts
        PartsExceedTotal, ///< parts add up to more than their stated total
    };

    Type type = Type::RateMismatch;
    QString message;        ///< human-readable explanation naming the figures
    QList<int> figures;     ///< indexes in Report::figures()
    QStringList sectionIds; ///< sections involved
    double expected = 0;    ///< computed value (rate in percent, or sum of parts)
    double stated = 0;      ///< value stated in the report
};

#endif // REPORTSCOPE_FINDING_H
