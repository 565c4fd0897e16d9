#include "core/indicatormatcher.h"

const IndicatorMatcher &IndicatorMatcher::instance()
{
    static const IndicatorMatcher matcher;
    return matcher;
}

QString IndicatorMatcher::match(const Report &report, const Figure &figure) const
{
    Q_UNUSED(report);
    Q_UNUSED(figure);
    return QString();
}

QString IndicatorMatcher::name(const QString &id) const
{
    Q_UNUSED(id);
    return QString();
}

QStringList IndicatorMatcher::find(const QString &text) const
{
    Q_UNUSED(text);
    return QStringList();
}
