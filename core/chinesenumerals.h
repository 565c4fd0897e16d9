#ifndef REPORTSCOPE_CHINESENUMERALS_H
#define REPORTSCOPE_CHINESENUMERALS_H

#include <QStringView>

namespace ChineseNumeralsDetail {

// A bit for each numeral's low ten bits (〇 零 一…九 两 十 百 千 万), so that the other
// characters of a text, which are nearly all, are turned away inline without the lookup.
constexpr char16_t Numerals[] = {0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94,
                                 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07};

struct Filter
{
    quint64 bits[16] = {};
    constexpr Filter()
    {
        for (char16_t u : Numerals)
            bits[(u & 0x3FF) >> 6] |= quint64(1) << (u & 63);
    }
    constexpr bool mayHold(QChar c) const
    {
        const unsigned u = c.unicode();
        return bits[(u & 0x3FF) >> 6] & (quint64(1) << (u & 63));
    }
};

inline constexpr Filter NumeralFilter;

} // namespace ChineseNumeralsDetail

/**
 * Reads Chinese numerals such as 七, 十二, 二十三, 一百零五, 二〇二二 and 两.
 */
class ChineseNumerals
{
public:
    /** True for 〇零一二两三四五六七八九十百千万. */
    static bool isNumeral(QChar c)
    {
        return ChineseNumeralsDetail::NumeralFilter.mayHold(c) && isNumeralChar(c);
    }
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

private:
    static bool isNumeralChar(QChar c);
};

#endif // REPORTSCOPE_CHINESENUMERALS_H
