#include "core/csvwriter.h"

#include <QFileInfo>
#include <QSaveFile>

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_out->append(',');
    m_rowStarted = true;
}

void CsvWriter::field(QStringView s)
{
    separate();
    appendField(m_out, s);
}

void CsvWriter::plainField(QByteArrayView s)
{
    separate();
    m_out->append(s);
}

void CsvWriter::endRow()
{
    m_out->append("\r\n", 2);
    m_rowStarted = false;
}

void CsvWriter::row(const QStringList &fields)
{
    for (const QString &f : fields)
        field(f);
    endRow();
}

void CsvWriter::appendField(QByteArray *out, QStringView s)
{
    bool quote = false;
    for (QChar c : s) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out->append(s.toUtf8());
        return;
    }
    out->append('"');
    out->append(s.toString().replace(u'"', QLatin1String("\"\"")).toUtf8());
    out->append('"');
}

QByteArray CsvWriter::table(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out;
    CsvWriter csv(&out);
    csv.byteOrderMark();
    csv.row(header);
    for (const QStringList &r : rows)
        csv.row(r);
    return out;
}

bool CsvWriter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
