#ifndef REPORTSCOPE_XLSXTABLEWRITER_H
#define REPORTSCOPE_XLSXTABLEWRITER_H

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * Writes one table as an XLSX workbook through libxlsxwriter: a bold, frozen header row, then
 * the rows; the columns named numeric are written as numbers (so a spreadsheet sums and
 * charts them), the others as text. The file is replaced atomically: the workbook is built in
 * a private temporary folder and committed through QSaveFile.
 */
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    /** False on failure, with *error saying why; an existing file at path is then unchanged.
     *  An empty field of a numeric column stays an empty cell. */
    static bool write(const QString &path, const QString &sheetName, const QStringList &columns,
                      const QList<QStringList> &rows, const QSet<int> &numericColumns,
                      QString *error);
};

#endif // REPORTSCOPE_XLSXTABLEWRITER_H
