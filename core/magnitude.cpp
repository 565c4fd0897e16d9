#include "core/magnitude.h"

#include "core/figure.h"

#include <algorithm>
#include <cmath>

namespace {

struct Multiplier
{
    const char16_t *text;
    double factor;
};

// Longest first: 万亿 before 万.
const Multiplier Multipliers[] = {
    {u"万亿", 1e12}, {u"千万", 1e7}, {u"百万", 1e6}, {u"十万", 1e5},
    {u"亿", 1e8},    {u"万", 1e4},   {u"千", 1e3},   {u"百", 1e2},
};

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

// Plain digits with at most 12 significant digits: binary noise (32765.000000000004) goes,
// and no exponent is ever written.
QString plain(double v)
{
    if (!std::isfinite(v))
        return QString::number(v);
    if (v == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::fabs(v))));
    const int decimals = std::clamp(11 - magnitude, 0, 12);
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    return s;
}

} // namespace

double Magnitude::factorOf(QStringView prefix)
{
    if (prefix.isEmpty())
        return 1;
    for (const Multiplier &m : Multipliers) {
        if (prefix == QStringView(m.text))
            return m.factor;
    }
    return 0;
}

QString Magnitude::prefixAt(QStringView text)
{
    for (const Multiplier &m : Multipliers) {
        if (text.startsWith(QStringView(m.text)))
            return QString::fromUtf16(m.text);
    }
    return QString();
}

Magnitude::Value Magnitude::normalize(double value, QStringView unitWithMultiplier)
{
    Value v;
    v.prefix = prefixAt(unitWithMultiplier);
    v.factor = factorOf(v.prefix);
    v.unit = unitWithMultiplier.mid(v.prefix.size()).toString();
    v.value = value * v.factor;
    return v;
}

QString Magnitude::writtenPrefix(QStringView written)
{
    for (qsizetype i = 1; i < written.size(); ++i) {
        qsizetype before = i - 1;
        // 30余万条, 60多万人: the qualifier stands between the digits and the multiplier.
        if (before > 0 && (written.at(before) == u'余' || written.at(before) == u'多'))
            --before;
        if (!isDigit(written.at(before)))
            continue;
        if (const QString p = prefixAt(written.mid(i)); !p.isEmpty())
            return p;
    }
    // A quantity written without digits (近万亿元, 超千亿元): its first multiplier of 万 or
    // more, so that it reads 1万亿元 and 1000亿元; 逾百家 stays 100家.
    if (std::none_of(written.begin(), written.end(), isDigit)) {
        for (qsizetype i = 0; i < written.size(); ++i) {
            const QString p = prefixAt(written.mid(i));
            if (!p.isEmpty() && factorOf(p) >= 1e4)
                return p;
        }
    }
    return QString();
}

QString Magnitude::writtenPrefix(const Figure &figure, QStringView written)
{
    const QString own = writtenPrefix(written);
    return own.isEmpty() ? prefixOfExponent(figure.multiplierExponent) : own;
}

QString Magnitude::prefixOfExponent(int exponent)
{
    if (exponent <= 0)
        return QString();
    const double factor = std::pow(10.0, exponent);
    for (const Multiplier &m : Multipliers) {
        if (m.factor == factor)
            return QString::fromUtf16(m.text);
    }
    return QString();
}

QString Magnitude::format(double baseValue, QStringView prefix)
{
    const double f = factorOf(prefix);
    if (f <= 0)
        return plain(baseValue);
    return plain(baseValue / f) + prefix.toString();
}

QString Magnitude::display(double baseValue, const QString &unit, QStringView written)
{
    return format(baseValue, writtenPrefix(written)) + unit;
}

QString Magnitude::display(const Figure &figure, QStringView written)
{
    return format(figure.value, writtenPrefix(figure, written)) + figure.unit;
}

QString Magnitude::exact(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    // Up to 15 significant digits: exact for every value a report writes.
    const int magnitude = value == 0 ? 0 : int(std::floor(std::log10(std::fabs(value))));
    QString s = QString::number(value, 'f', std::clamp(14 - magnitude, 0, 15));
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == u"-0" ? QStringLiteral("0") : s;
}

QString Magnitude::writtenNumber(double baseValue, QStringView written)
{
    // writtenPrefix() gives only multipliers that factorOf() knows: the factor is never 0.
    return plain(baseValue / factorOf(writtenPrefix(written)));
}

QString Magnitude::writtenUnit(const QString &unit, QStringView written)
{
    return writtenPrefix(written) + unit;
}

QString Magnitude::writtenNumber(const Figure &figure, QStringView written)
{
    return plain(figure.value / factorOf(writtenPrefix(figure, written)));
}

QString Magnitude::writtenUnit(const Figure &figure, QStringView written)
{
    return writtenPrefix(figure, written) + figure.unit;
}

QString Magnitude::exactWithUnit(double baseValue, const QString &unit)
{
    return unit.isEmpty() ? exact(baseValue) : exact(baseValue) + QLatin1Char(' ') + unit;
}
