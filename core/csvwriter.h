#ifndef REPORTSCOPE_CSVWRITER_H
#define REPORTSCOPE_CSVWRITER_H

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * The one CSV writer of the program (figures, comparisons, coverage, library compare): UTF-8,
 * records ended by CRLF, a field quoted (quotes doubled) only when it holds a comma, a quote
 * or a line break, and files that start with a byte order mark so that spreadsheets read the
 * Chinese text as UTF-8.
 *
 * It appends to a caller's buffer, so that a long output can be flushed in pieces.
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    /** UTF-8's byte order mark, which every CSV file of the program starts with. */
    static constexpr QByteArrayView ByteOrderMark{"\xEF\xBB\xBF"};

    /** Appends to out, which must outlive the writer. */
    explicit CsvWriter(QByteArray *out) : m_out(out) {}

    /** Appends the byte order mark (at the start of a file). */
    void byteOrderMark() { m_out->append(ByteOrderMark); }
    /** Appends one field, quoted when needed. */
    void field(QStringView s);
    /** Appends one field that needs no quoting (a number, an ASCII name), as it is. */
    void plainField(QByteArrayView s);
    /** Ends the record (CRLF); the next field starts a new one. */
    void endRow();
    /** Appends the fields as one record. */
    void row(const QStringList &fields);

    /** Appends s as a CSV field: quoted (with doubled quotes) when it holds a comma, a quote
     *  or a line break. */
    static void appendField(QByteArray *out, QStringView s);
    /** A whole file: byte order mark, the header, then the rows. */
    static QByteArray table(const QStringList &header, const QList<QStringList> &rows);
    /** Writes data to path atomically (QSaveFile); on failure sets *error and leaves an
     *  existing file unchanged. */
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

private:
    void separate();

    QByteArray *m_out;
    bool m_rowStarted = false;
};

#endif // REPORTSCOPE_CSVWRITER_H
