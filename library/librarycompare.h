#ifndef REPORTSCOPE_LIBRARYCOMPARE_H
#define REPORTSCOPE_LIBRARYCOMPARE_H

#include "core/indicatorcomparison.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class LibraryDatabase;

/**
 * One indicator's values across the library, each with the report, section, page and sentence
 * it comes from.
 *
 * The indicator is a catalogue id, or a name or synonym IndicatorMatcher knows; otherwise the
 * text is taken as a figure label and figures with exactly that label are compared. A value
 * is placed in the year its sentence names (2024年) and otherwise in the report's year
 * (corrected if the user corrected it); a value planned for a year after the report's (到2025年)
 * is left out. Values are in base units (元) with their display in the report's own magnitude
 * (32765亿元); conflicts are marked as IndicatorComparison::markConflicts does.
 */
class LibraryCompare
{
public:
    using Row = IndicatorComparison::Row;

    /** What to compare; empty filters keep everything. */
    struct Query
    {
        QString indicator;
        QString issuer; ///< keeps reports whose issuer or place contains it
        QString place;  ///< keeps reports whose place (corrected, else read) contains it
        QString type;   ///< ReportFacts::typeName: gzbg, fazhi, xxgk, other
    };

    explicit LibraryCompare(const LibraryDatabase *database);

    QList<Row> compare(const Query &query) const;
    /** issuer, when not empty, keeps rows whose issuer or place contains it. */
    QList<Row> compare(const QString &indicator, const QString &issuer = QString()) const;
    /** The figure labels stored most often that no catalogue entry took, with their counts,
     *  most frequent first: what can still be compared by label. */
    QList<QPair<QString, int>> frequentLabels(int limit) const;
    QString errorString() const { return m_error; }

    /** The CLI's columns: indicator, file, report, issuer, year, report_year, value (base
     *  units), unit (base), display (as the report writes it), label, role, quote, section,
     *  page, conflict. */
    static QStringList columns();
    /** The numeric columns of columns(), for XlsxTableWriter. */
    static QSet<int> numericColumns();
    /** A row's fields in the order of columns(). */
    static QStringList fields(const Row &row);
    static QJsonArray toJson(const QList<Row> &rows);
    /** The same columns as CSV, UTF-8 with a byte order mark. */
    static QByteArray toCsv(const QList<Row> &rows);

private:
    const LibraryDatabase *m_db;
    mutable QString m_error;
};

#endif // REPORTSCOPE_LIBRARYCOMPARE_H
