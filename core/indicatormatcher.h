#ifndef REPORTSCOPE_INDICATORMATCHER_H
#define REPORTSCOPE_INDICATORMATCHER_H

#include "core/figure.h"
#include "core/report.h"

#include <QString>
#include <QStringList>

/**
 * Matches figures to the entries of the indicator catalogue.
 *
 * STUB: the library codes against this API; the catalogue and the real matching come with the
 * indicator work, which replaces these two files. Until then no figure matches an entry, so
 * the library compares figures by their label.
 */
class IndicatorMatcher
{
public:
    /** The one matcher, loaded once; thread-safe. */
    static const IndicatorMatcher &instance();
    /** The catalogue id of the figure's indicator, or empty when none matches. */
    QString match(const Report &report, const Figure &figure) const;
    /** The canonical Chinese name of an id; empty if the id is unknown. */
    QString name(const QString &id) const;
    /** The ids whose name or a synonym equals text. */
    QStringList find(const QString &text) const;
};

#endif // REPORTSCOPE_INDICATORMATCHER_H
