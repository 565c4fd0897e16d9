#ifndef REPORTSCOPE_CHINESENUMERALS_H
#define REPORTSCOPE_CHINESENUMERALS_H

#include <QStringView>

/**
 * Reads Chinese numerals such as 七, 十二, 二十三, 一百零五, 二〇二二 and 两.
 */
class ChineseNumerals
{
public:
    /** True for 〇零一二两三四五六七八九十百千万. */
    static bool isNumeral(QChar c);
    /** True for 〇零一二两三四五六七八九 (digits without multipliers). */
    static bool isDigit(QChar c);
    /** Value of a single digit character, -1 if none. */
    static int digitValue(QChar c);
    /**
     * Value of a numeral written with multipliers (二十三, 一百零五) or digit by digit
     * (二〇二二). Returns -1 when text is empty or not a numeral.
     */
    static qint64 parse(QStringView text);
    /** Length of the run of numeral characters starting at pos. */
    static qsizetype runLength(QStringView text, qsizetype pos);
};

#endif // REPORTSCOPE_CHINESENUMERALS_H
