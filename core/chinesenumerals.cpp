#include "core/chinesenumerals.h"

int ChineseNumerals::digitValue(QChar c)
{
    if (!ChineseNumeralsDetail::NumeralFilter.mayHold(c))
        return -1;
    switch (c.unicode()) {
    case 0x3007: // 〇
    case 0x96F6: // 零
        return 0;
    case 0x4E00: // 一
        return 1;
    case 0x4E8C: // 二
    case 0x4E24: // 两
        return 2;
    case 0x4E09: // 三
        return 3;
    case 0x56DB: // 四
        return 4;
    case 0x4E94: // 五
        return 5;
    case 0x516D: // 六
        return 6;
    case 0x4E03: // 七
        return 7;
    case 0x516B: // 八
        return 8;
    case 0x4E5D: // 九
        return 9;
    default:
        return -1;
    }
}

static int multiplierValue(QChar c)
{
    switch (c.unicode()) {
    case 0x5341: // 十
        return 10;
    case 0x767E: // 百
        return 100;
    case 0x5343: // 千
        return 1000;
    case 0x4E07: // 万
        return 10000;
    default:
        return 0;
    }
}

bool ChineseNumerals::isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

bool ChineseNumerals::isNumeralChar(QChar c)
{
    return isDigit(c) || multiplierValue(c) > 0;
}

qsizetype ChineseNumerals::runLength(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && isNumeral(text.at(end)))
        ++end;
    return end - pos;
}

qint64 ChineseNumerals::parse(QStringView text)
{
    if (text.isEmpty())
        return -1;
    bool hasMultiplier = false;
    for (QChar c : text) {
        if (!isNumeral(c))
            return -1;
        if (multiplierValue(c) > 0)
            hasMultiplier = true;
    }
    if (!hasMultiplier) {
        // Digit by digit, as in years: 二〇二二.
        qint64 value = 0;
        for (QChar c : text)
            value = value * 10 + digitValue(c);
        return value;
    }
    qint64 total = 0;   // completed 万 groups
    qint64 section = 0; // value below 万
    qint64 digit = -1;  // pending digit
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            digit = d;
            continue;
        }
        const int m = multiplierValue(c);
        if (m == 10000) {
            section += digit > 0 ? digit : 0;
            total += (section == 0 ? 1 : section) * 10000;
            section = 0;
        } else {
            // 十 alone means ten: 十二 = 12.
            section += (digit < 0 ? 1 : digit) * m;
        }
        digit = -1;
    }
    if (digit > 0)
        section += digit;
    return total + section;
}
