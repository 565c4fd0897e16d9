#include "core/dateparser.h"

#include "core/chinesenumerals.h"
#include "core/textnormalizer.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads a run of Arabic digits (after normalisation) at pos; returns its length.
qsizetype readDigits(QStringView t, qsizetype pos, int *value)
{
    qsizetype end = pos;
    int v = 0;
    while (end < t.size() && isAsciiDigit(TextNormalizer::normalizeChar(t.at(end))) &&
           end - pos < 5) {
        v = v * 10 + (TextNormalizer::normalizeChar(t.at(end)).unicode() - u'0');
        ++end;
    }
    *value = v;
    return end - pos;
}

// Reads a run of Chinese numerals at pos; returns its length.
qsizetype readChinese(QStringView t, qsizetype pos, int *value)
{
    const qsizetype len = ChineseNumerals::runLength(t, pos);
    if (len == 0 || len > 5)
        return 0;
    const qint64 v = ChineseNumerals::parse(t.sliced(pos, len));
    if (v < 0)
        return 0;
    *value = int(v);
    return len;
}

qsizetype readNumber(QStringView t, qsizetype pos, int *value)
{
    const qsizetype n = readDigits(t, pos, value);
    return n > 0 ? n : readChinese(t, pos, value);
}

QChar charAt(QStringView t, qsizetype pos)
{
    return pos < t.size() ? TextNormalizer::normalizeChar(t.at(pos)) : QChar();
}

// Tries to read a date starting exactly at pos.
DateParser::Match matchAt(QStringView t, qsizetype pos)
{
    DateParser::Match m;
    int year = 0;
    qsizetype p = pos;
    const qsizetype yearLen = readNumber(t, p, &year);
    if (yearLen != 4 || year < 1900 || year > 2200)
        return m;
    p += yearLen;
    const QChar sep = charAt(t, p);
    int month = 0;
    int day = 0;
    if (sep == u'年') {
        ++p;
        const qsizetype ml = readNumber(t, p, &month);
        if (ml == 0 || charAt(t, p + ml) != u'月')
            return m;
        p += ml + 1;
        const qsizetype dl = readNumber(t, p, &day);
        if (dl == 0)
            return m;
        p += dl;
        const QChar suffix = charAt(t, p);
        if (suffix != u'日' && suffix != u'号')
            return m;
        ++p;
    } else if (sep == u'-' || sep == u'/' || sep == u'.') {
        ++p;
        const qsizetype ml = readDigits(t, p, &month);
        if (ml == 0 || ml > 2 || charAt(t, p + ml) != sep)
            return m;
        p += ml + 1;
        const qsizetype dl = readDigits(t, p, &day);
        if (dl == 0 || dl > 2)
            return m;
        p += dl;
    } else {
        return m;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return m;
    m.date = date;
    m.start = pos;
    m.end = p;
    return m;
}

} // namespace

DateParser::Match DateParser::find(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i + 4 <= text.size(); ++i) {
        const QChar c = TextNormalizer::normalizeChar(text.at(i));
        if (!isAsciiDigit(c) && !ChineseNumerals::isDigit(c))
            continue;
        // A year starts a number, it does not continue one.
        if (i > 0) {
            const QChar prev = TextNormalizer::normalizeChar(text.at(i - 1));
            if (isAsciiDigit(prev) || ChineseNumerals::isNumeral(prev))
                continue;
        }
        const Match m = matchAt(text, i);
        if (m.isValid())
            return m;
    }
    return Match();
}

QDate DateParser::parseWhole(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype begin = 0;
    while (begin < t.size() && TextNormalizer::isSpace(t.at(begin)))
        ++begin;
    const Match m = matchAt(t, begin);
    if (!m.isValid())
        return QDate();
    // Allow a trailing time such as "14:26" and closing spaces, nothing else.
    for (qsizetype i = m.end; i < t.size(); ++i) {
        const QChar c = TextNormalizer::normalizeChar(t.at(i));
        if (!TextNormalizer::isSpace(c) && !isAsciiDigit(c) && c != u':')
            return QDate();
    }
    return m.date;
}

QString DateParser::toIso(QStringView text)
{
    const Match m = find(text);
    return m.isValid() ? m.date.toString(Qt::ISODate) : QString();
}
