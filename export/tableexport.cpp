#include "export/tableexport.h"

#include "core/csvwriter.h"
#include "export/xlsxtablewriter.h"

bool TableExport::write(const QString &path, const QString &sheetName, const QStringList &columns,
                        const QList<QStringList> &rows, const QSet<int> &numericColumns,
                        QString *error)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return XlsxTableWriter::write(path, sheetName, columns, rows, numericColumns, error);
    return CsvWriter::writeFile(path, CsvWriter::table(columns, rows), error);
}
