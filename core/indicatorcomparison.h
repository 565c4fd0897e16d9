#ifndef REPORTSCOPE_INDICATORCOMPARISON_H
#define REPORTSCOPE_INDICATORCOMPARISON_H

#include "core/report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class IndicatorMatcher;
class QIODevice;

/**
 * One indicator's values across a list of reports: every figure the matcher gives that id,
 * with its citation, placed in the year it describes, sorted by place and year, and with
 * conflicts flagged (the same place, indicator and year stated with different values).
 *
 * A figure's year is its period's year when the period names exactly one year (2016年), else
 * the report's reporting year. A value placed after the reporting year is a plan, not a
 * value (到2020年…达到2.6万亿元 in a 2015 report), and is left out.
 */
class IndicatorComparison
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorComparison)

public:
    struct Row
    {
        QString indicator;     ///< catalogue id: gdp
        QString indicatorName; ///< 地区生产总值
        QString file;          ///< the report's file path
        QString report;        ///< the report's title (or file name)
        QString issuer;
        QString place;
        int year = 0;               ///< the year the value describes; 0 when unknown
        int reportYear = 0;         ///< the report's reporting year; 0 when unknown
        double value = 0;           ///< in the report's own magnitude: 32765 (亿元)
        QString unit;               ///< with the report's multiplier: 亿元
        double normalizedValue = 0; ///< in base units: 3.2765e12
        QString normalizedUnit;     ///< 元
        QString display;            ///< 32765亿元: value and unit as shown
        QString bound;              ///< Figure::boundName: exact, more_than, …
        QString label;              ///< the figure's own label: 本市生产总值
        QString role;               ///< Figure::roleName: level, growth_rate, …
        QString quote;              ///< the sentence stating it
        QString sectionId;          ///< 1.2
        QStringList sectionPath;    ///< headings from the top section down
        int page = 0;               ///< 1-based page in a paged file; 0 when unknown
        int figureIndex = -1;       ///< index in the report's figures(); -1 from the library
        int sectionIndex = -1;      ///< the section's index in its report; -1 when none
        bool conflict = false;      ///< another report states another value for the place and year
    };

    /** The rows of indicatorId over reports, sorted by place, year, report year and file. */
    static QList<Row> compare(const QList<ReportPtr> &reports, const QString &indicatorId);
    static QList<Row> compare(const QList<ReportPtr> &reports, const QString &indicatorId,
                              const IndicatorMatcher &matcher);

    /** Sorts rows by place, year, report year and file, and marks the conflicts: rows of one
     *  place and year where another report states another value (compared to six
     *  significant digits, so 1.75万亿 and 17500亿 are one value). */
    static void markConflicts(QList<Row> *rows);

    /** The year a figure's sentence names for its value: its period's year when the period
     *  names one year (2016年, 2016年底), else a later year the sentence plans for before it
     *  (到2020年); 0 when it names none. */
    static int namedYear(const Report &report, const Figure &figure);

    /** The year a figure's value describes: its period's year when the period names one
     *  year (2016年, 2016年底), else a later year its sentence plans for before it (到2020年),
     *  else the report's reporting year; 0 when none is known. */
    static int valueYear(const Report &report, const Figure &figure);

    /** The column names of CSV and JSON, in order. */
    static QStringList columns();
    /** The columns holding numbers (year, report_year, value, normalized_value, page), for
     *  XlsxTableWriter. */
    static QSet<int> numericColumns();
    /** One row as JSON with the keys of columns(). */
    static QJsonObject toJson(const Row &row);
    /** The fields of a row as text, in the order of columns() (numbers exact, no exponent). */
    static QStringList fields(const Row &row);
    /** Writes rows as CSV (UTF-8 with a BOM, CRLF, a header) to out; false when a write fails. */
    static bool writeCsv(QIODevice *out, const QList<Row> &rows);
    /** Writes rows as CSV to path atomically (QSaveFile); on failure sets *error. */
    static bool writeCsvFile(const QString &path, const QList<Row> &rows, QString *error);
};

#endif // REPORTSCOPE_INDICATORCOMPARISON_H
