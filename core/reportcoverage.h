#ifndef REPORTSCOPE_REPORTCOVERAGE_H
#define REPORTSCOPE_REPORTCOVERAGE_H

#include "core/report.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class IndicatorMatcher;

/**
 * Which parts of the national framework (《法治政府建设实施纲要（2021—2025年）》: 党的领导,
 * 政府机构职能, 依法行政制度, 行政决策, 行政执法, 突发事件应对, 矛盾纠纷化解, 权力制约监督,
 * 科技保障; cue words in core/data/coverage.tsv) a 法治政府建设 report covers, and which of the
 * catalogue's 法治政府建设 indicators it reports and omits; and the matrix of many reports.
 *
 * A part is covered when one of its cues stands in a section heading or twice in the text.
 */
class ReportCoverage
{
    Q_DECLARE_TR_FUNCTIONS(ReportCoverage)

public:
    struct Part
    {
        QString id;   ///< leadership, functions, …
        QString name; ///< 党的领导
        int headingMentions = 0;
        int textMentions = 0;
        int firstSection = -1;  ///< the first section that mentions it; -1 if none
        QString firstSectionId; ///< that section's positional id (2.1); empty if none
        bool covered = false;
    };

    struct Result
    {
        QList<Part> parts;    ///< in the framework's order
        QStringList reported; ///< catalogue ids of 法治政府建设 indicators the report states
        QStringList omitted;  ///< those it does not
    };

    /** One report's row of the matrix. */
    struct Entry
    {
        QString file;
        QString report; ///< title or file name
        QString place;
        int year = 0; ///< reporting year; 0 when unknown
        Result result;
    };

    /** The built-in parts: ids and names in order (loaded once; aborts if the file is damaged). */
    static QStringList partIds();
    static QString partName(const QString &id);

    static Result compute(const Report &report);
    static Result compute(const Report &report, const IndicatorMatcher &matcher);

    /** The matrix: one row per report (file, title, place, year, then 1/0 for each part,
     *  then the count of reported and omitted indicators and the reported ids). */
    static QStringList matrixColumns();
    /** A report's coverage with its file, title, place and reporting year. */
    static Entry entry(const Report &report);
    /** The fields of one row of matrix(), in the order of matrixColumns(). */
    static QStringList matrixRow(const Entry &entry);
    /** The numeric columns of matrixColumns() (year, the parts, the counts), for XLSX. */
    static QSet<int> numericColumns();
    static QList<QStringList> matrix(const QList<ReportPtr> &reports);
    /** The matrix as CSV (UTF-8 with BOM, CRLF), written atomically. */
    static bool writeCsvFile(const QString &path, const QList<ReportPtr> &reports, QString *error);
};

#endif // REPORTSCOPE_REPORTCOVERAGE_H
