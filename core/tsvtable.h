#ifndef REPORTSCOPE_TSVTABLE_H
#define REPORTSCOPE_TSVTABLE_H

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

/**
 * One tab-separated data file of core/data/, read and checked as a table of rows: the common
 * part of FigureVocabulary, MetadataVocabulary and WordLists.
 *
 * The file must be UTF-8. Lines are split at tabs; lines starting with # and empty lines are
 * skipped; a trailing CR is dropped. Every field must be non-empty and without spaces around
 * it, and, when a column count is given, every row must have exactly that many fields. Errors
 * name the file and the line ("units.tsv:3: …"); what the columns mean is the caller's to
 * check, with the messages below so that every data file words its errors alike.
 */
class TsvTable
{
    Q_DECLARE_TR_FUNCTIONS(TsvTable)

public:
    struct Row
    {
        QStringList fields;
        int line = 0; ///< 1-based line in the file
    };

    /** Remembers the first line of each key, to report a duplicate with both lines. */
    class Keys
    {
    public:
        /** True when key is new; otherwise false with why naming shown and the first line. */
        bool insert(const QString &key, int line, const QString &shown, QString *why);
        bool contains(const QString &key) const { return m_lines.contains(key); }

    private:
        QHash<QString, int> m_lines;
    };

    /** Reads the whole device; columns 0 lets rows differ in length. On failure returns
     *  false, sets error to "fileName:line: reason" (or "fileName: reason") and keeps no
     *  rows. */
    bool read(QIODevice *device, const QString &fileName, int columns, QString *error);
    /** Opens path and reads it as read() does; path names the file in errors. */
    bool readFile(const QString &path, int columns, QString *error);

    const QList<Row> &rows() const { return m_rows; }
    const QString &fileName() const { return m_fileName; }

    /** "fileName:line: why". */
    QString errorAt(int line, const QString &why) const;

    /** "expected N columns separated by tabs, found M". */
    static QString columnCountError(int expected, qsizetype found);
    /** "unknown COLUMN “VALUE” (known: KNOWN)". */
    static QString unknownValue(const QString &column, const QString &value, const QString &known);

private:
    QList<Row> m_rows;
    QString m_fileName;
};

#endif // REPORTSCOPE_TSVTABLE_H
