#ifndef REPORTSCOPE_DATEPARSER_H
#define REPORTSCOPE_DATEPARSER_H

#include <QDate>
#include <QStringView>

/**
 * Reads the date forms government pages use: 2022年2月17日, 二〇二六年一月二十七日,
 * 2022-03-04, 2022-03-04 14:26, 2022/3/4 and 2022.03.04 (full-width digits too).
 */
class DateParser
{
public:
    struct Match
    {
        QDate date;
        qsizetype start = -1;
        qsizetype end = -1;
        bool isValid() const { return date.isValid(); }
    };

    /** The first complete date (year, month and day) in text. */
    static Match find(QStringView text, qsizetype from = 0);
    /** The date when text holds nothing but a date (and an optional time), else invalid. */
    static QDate parseWhole(QStringView text);
    /** ISO 8601 form of the first date in text, or an empty string. */
    static QString toIso(QStringView text);
};

#endif // REPORTSCOPE_DATEPARSER_H
