#ifndef REPORTSCOPE_CONSISTENCYCHECKER_H
#define REPORTSCOPE_CONSISTENCYCHECKER_H

#include "core/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Report;

/**
 * Checks figures against each other: rates against the counts they are computed from, and
 * parts against their stated total.
 *
 * A rate X率 is checked when, in the same sentence, a count stated with X follows a larger
 * count of the same unit (摸排矛盾纠纷6067件，调解成功5996件，调解成功率98%). The rate is checked
 * by its Figure::bound, at the precision it is written with: an exact 98% covers 97.5 to 98.5
 * (so 98.83% is a finding); 不超过6% (AtMost, also LessThan) holds for anything up to 6.5;
 * 98%以上 (AtLeast, also MoreThan) for anything from 97.5; 约/左右 (About) allow one point; a
 * range 4%至6% covers 3.5 to 6.5. Parts after 其中 (a part_marker of core/data/checks.tsv; up to
 * the closing bracket or the sentence end) must not add up to more than the figure before 其中.
 * Counts that are not exact (余, 多, 约 …) are not compared, so that every finding is certain.
 *
 * In a table (figures of TableFigureReader, labelled by their header paths), a cell whose
 * column header ends in a table_total word (总计, 合计, 小计) must equal the sum of the cells of
 * its row under the same header (申请人情况 / 总计 = 自然人 + 法人或其他组织 / …), and likewise
 * a row header ending so for the cells of its column; a group with a total of its own counts
 * by that total. Only whole numbers of one unit are compared.
 */
class ConsistencyChecker
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyChecker)

public:
    static QList<Finding> check(const Report &report);

    /** The finding in words, in the current language (tr() at the time of the call).
     *  report is the one the finding was made on. */
    static QString describe(const Finding &finding, const Report &report);

    /** The lists core/data/checks.tsv holds (part_marker: 其中, table_total: 总计). */
    static QStringList wordListNames();
};

#endif // REPORTSCOPE_CONSISTENCYCHECKER_H
