#ifndef REPORTSCOPE_FIGUREEXTRACTOR_H
#define REPORTSCOPE_FIGUREEXTRACTOR_H

#include "core/figure.h"

#include <QList>
#include <QString>

class FigureVocabulary;

/**
 * Finds the reported figures in a section's text: counts, rates, money, changes,
 * percentage points and multiples, each with its label and qualifier.
 *
 * Values are multiplied out (5.4万 → 54000; money in 元 or 美元: 1665.2亿元 → 166520000000).
 * A change downwards is negative (下降22.3% → -22.3). A range (3-5家) is reported with its
 * lower end, Figure::Bound::Range and upper 5, and the qualifier "至5"; qualifier words give
 * the other bounds (不超过6% is AtMost 6). Years, dates, ordinals, phone and document numbers,
 * numbers in titles and quoted slogans are not figures.
 *
 * A small facade: NumberReader, TableCellReader, LabelReader and ClauseState do the work,
 * with the words of FigureVocabulary.
 */
class FigureExtractor
{
public:
    /**
     * Figures in text in order of position. Figure::section and Figure::inTitle are left
     * for the caller; start and end are offsets in text, quoteStart and quoteEnd those of the
     * sentence or clause (up to 。 or ；) that states the figure. Linear in the length of text and
     * safe to call from several threads at once.
     */
    static QList<Figure> extract(const QString &text);
    /** The same with another vocabulary (FigureVocabulary::builtIn() above). */
    static QList<Figure> extract(const QString &text, const FigureVocabulary &vocabulary);
};

#endif // REPORTSCOPE_FIGUREEXTRACTOR_H
