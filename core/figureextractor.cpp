#include "figureextractor.h"

QList<Figure> FigureExtractor::extract(const QString &text)
{
    Q_UNUSED(text);
    return {};
}
