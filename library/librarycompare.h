#ifndef REPORTSCOPE_LIBRARYCOMPARE_H
#define REPORTSCOPE_LIBRARYCOMPARE_H

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

class LibraryDatabase;

/**
 * One indicator's values across the library, each with the report and sentence it comes from.
 *
 * The indicator is a catalogue id, or a name or synonym IndicatorMatcher knows; otherwise the
 * text is taken as a figure label and figures with exactly that label are compared. A value
 * is placed in the year its sentence names (2024年) and otherwise in the report's year.
 */
class LibraryCompare
{
public:
    struct Row
    {
        QString indicator; ///< the catalogue id, or the label when compared by label
        QString file;
        QString report;
        QString issuer;
        QString place;
        int year = 0;       ///< the year the value describes
        int reportYear = 0; ///< the report's reporting year
        double value = 0;
        QString unit;
        QString label;
        QString role;
        QString quote;
        QString section; ///< positional id of the section
        int sectionIndex = -1;
    };

    explicit LibraryCompare(const LibraryDatabase *database);

    /** issuer, when not empty, keeps rows whose issuer or place contains it. */
    QList<Row> compare(const QString &indicator, const QString &issuer = QString()) const;
    QString errorString() const { return m_error; }

    /** [{indicator, file, report, issuer, year, report_year, value, unit, label, role, quote,
     *  section}] */
    static QJsonArray toJson(const QList<Row> &rows);
    /** The same columns as CSV, UTF-8 with a byte order mark. */
    static QByteArray toCsv(const QList<Row> &rows);

private:
    const LibraryDatabase *m_db;
    mutable QString m_error;
};

#endif // REPORTSCOPE_LIBRARYCOMPARE_H
