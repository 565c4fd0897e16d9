#ifndef REPORTSCOPE_FIGUREEXTRACTOR_H
#define REPORTSCOPE_FIGUREEXTRACTOR_H

#include "figure.h"

#include <QList>
#include <QString>

/**
 * Finds the reported figures in a section's text: counts, rates, money, changes,
 * percentage points and multiples, each with its label and qualifier.
 */
class FigureExtractor
{
public:
    /**
     * Figures in text in order of position. Figure::section and Figure::sectionId are left
     * for the caller; start and end are offsets in text.
     */
    static QList<Figure> extract(const QString &text);
};

#endif // REPORTSCOPE_FIGUREEXTRACTOR_H
