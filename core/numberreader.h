#ifndef REPORTSCOPE_NUMBERREADER_H
#define REPORTSCOPE_NUMBERREADER_H

#include "core/figure.h"
#include "core/figurevocabulary.h"

#include <QString>

/**
 * Reads one number of normalised text with what is written around it: Arabic digits with
 * thousands separators and decimals, Chinese numerals before a measure word, the 万/亿
 * multiplier, the inner qualifier (5.4万余名), the unit, the trailing qualifier (以上, 左右) and
 * ranges (3-5家, 6.5-7%, 4%至6%). Also decides the contexts in which a number is no figure
 * (ordinals, codes, numbers in quotes and titles).
 */
class NumberReader
{
public:
    /** One number with what surrounds it, before the label is known. */
    struct Reading
    {
        qsizetype start = 0;     ///< figure text start (sign or first digit)
        qsizetype end = 0;       ///< end of unit (or of number and multiplier)
        qsizetype after = 0;     ///< end of trailing qualifiers
        qsizetype numberEnd = 0; ///< end of the digits
        double value = 0;
        double mantissa = 0; ///< the digits as an integer: 6.31 → 631
        int decimals = 0;    ///< digits after the point: 6.31 → 2
        double factor = 1;   ///< the 万/亿 multiplier, already applied to value
        const FigureVocabulary::Unit *unit = nullptr;
        bool multiplier = false;
        bool chinese = false;
        bool approximate = false; ///< a quantity in words: 翻一番, 四成, 逾百家
        QString innerQualifier;   ///< 余/多 between number and unit
        QString trailQualifier;   ///< 以上, 左右 ...
        QString rangeUpper;       ///< "至5" for 3-5家
        Figure::Bound innerBound = Figure::Bound::Exact;
        Figure::Bound trailBound = Figure::Bound::Exact;
        double upper = 0; ///< the upper end of a range, multiplied out
        /** A table cell's range (8.5-9.0) is multiplied out once the column header is known. */
        double upperMantissa = 0;
        int upperDecimals = 0;
    };

    /** norm is normalised text (TextNormalizer) and must outlive the reader. */
    NumberReader(const QString &norm, const FigureVocabulary &vocabulary);

    /** Reads the Arabic number at pos; false if it is no candidate (a version, a code). */
    bool readArabic(qsizetype pos, Reading *r, int depth = 0) const;
    /** Reads a Chinese numeral before a measure word and a noun (三个督察组). */
    bool readChinese(qsizetype pos, Reading *r) const;
    /** Reads a quantity written in words (翻一番, 四成, 近两倍, 逾百家, 千余家, 近万亿元);
     *  marks it approximate. */
    bool readWordQuantity(qsizetype pos, Reading *r) const;
    /** Reads digits as an integer mantissa and decimals; returns the end. */
    qsizetype readNumber(qsizetype pos, double *mantissa, int *decimals) const;
    /** Multipliers, inner qualifier, unit and trailing qualifier after the digits at p; the
     *  value is r->mantissa multiplied out. */
    void readSuffix(qsizetype p, Reading *r) const;
    /** True inside 《》 or quotes that close nearby: names and slogans. */
    bool insideQuoteOrTitle(qsizetype pos) const;
    /** True for ordinals, denominators, footnote marks, codes and year ranges. */
    bool rejectedContext(const Reading &r) const;

private:
    QChar at(qsizetype i) const
    {
        return i >= 0 && i < m_norm.size() ? m_norm.at(i) : QChar(u'\0');
    }
    const FigureVocabulary::Unit *matchUnit(QStringView s, qsizetype pos) const
    {
        return m_vocab.unitAt(s, pos);
    }
    bool blockedUnit(QStringView s, qsizetype unitStart, qsizetype unitEnd) const;

    const QString &m_norm;
    const FigureVocabulary &m_vocab;
};

#endif // REPORTSCOPE_NUMBERREADER_H
