#ifndef REPORTSCOPE_TABLEEXPORT_H
#define REPORTSCOPE_TABLEEXPORT_H

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * A table (a comparison, a coverage matrix) saved from the window: as XLSX through
 * XlsxTableWriter when the path ends in .xlsx, else as CSV through CsvWriter; both atomic.
 */
class TableExport
{
public:
    /** False on failure with *error saying why; an existing file is then unchanged. */
    static bool write(const QString &path, const QString &sheetName, const QStringList &columns,
                      const QList<QStringList> &rows, const QSet<int> &numericColumns,
                      QString *error);
};

#endif // REPORTSCOPE_TABLEEXPORT_H
