#include "export/xlsxtablewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

bool XlsxTableWriter::write(const QString &path, const QString &sheetName,
                            const QStringList &columns, const QList<QStringList> &rows,
                            const QSet<int> &numericColumns, QString *error)
{
    const QString shownName = QFileInfo(path).fileName();
    QTemporaryDir temp;
    if (!temp.isValid()) {
        *error = tr("Cannot write %1: no temporary folder").arg(shownName);
        return false;
    }
    const QByteArray tempPath = QFile::encodeName(temp.filePath(QStringLiteral("table.xlsx")));
    lxw_workbook *workbook = workbook_new(tempPath.constData());
    if (!workbook) {
        *error = tr("Cannot write %1: the workbook cannot be created").arg(shownName);
        return false;
    }
    // Sheet names are at most 31 characters and may not hold []:*?/\.
    QString name = sheetName.left(31);
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString &v = row.at(c);
            if (v.isEmpty())
                continue;
            bool isNumber = false;
            const double number = numericColumns.contains(c) ? v.toDouble(&isNumber) : 0;
            if (isNumber)
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), number, nullptr);
            else
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                       v.toUtf8().constData(), nullptr);
        }
    }
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        *error = tr("Cannot write %1: %2").arg(shownName, QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    QFile built(QFile::decodeName(tempPath));
    if (!built.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot write %1: %2").arg(shownName, built.errorString());
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(built.readAll()) != built.size() ||
        !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(shownName, out.errorString());
        out.cancelWriting();
        return false;
    }
    return true;
}
