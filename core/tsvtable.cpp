#include "core/tsvtable.h"

#include <QFile>
#include <QIODevice>

bool TsvTable::Keys::insert(const QString &key, int line, const QString &shown, QString *why)
{
    if (const auto it = m_lines.constFind(key); it != m_lines.constEnd()) {
        *why = tr("duplicate entry “%1” (first on line %2)").arg(shown).arg(it.value());
        return false;
    }
    m_lines.insert(key, line);
    return true;
}

bool TsvTable::read(QIODevice *device, const QString &fileName, int columns, QString *error)
{
    m_rows.clear();
    m_fileName = fileName;
    if (!device || !device->isReadable()) {
        *error = tr("%1: cannot be read: %2")
                     .arg(fileName, device ? device->errorString() : QStringLiteral("no device"));
        return false;
    }
    const QString text = QString::fromUtf8(device->readAll());
    if (text.contains(QChar::ReplacementCharacter)) {
        *error = tr("%1: not valid UTF-8").arg(fileName);
        return false;
    }
    QList<Row> rows;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (columns > 0 && fields.size() != columns) {
            *error = errorAt(lineNo, columnCountError(columns, fields.size()));
            return false;
        }
        Row row;
        row.line = lineNo;
        for (QStringView f : fields) {
            if (f.isEmpty() || f.trimmed() != f) {
                *error = errorAt(lineNo, tr("empty field or field with spaces around it"));
                return false;
            }
            row.fields.append(f.toString());
        }
        rows.append(std::move(row));
    }
    m_rows = std::move(rows);
    return true;
}

bool TsvTable::readFile(const QString &path, int columns, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_rows.clear();
        m_fileName = path;
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return read(&file, path, columns, error);
}

QString TsvTable::errorAt(int line, const QString &why) const
{
    return QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(why);
}

QString TsvTable::columnCountError(int expected, qsizetype found)
{
    return tr("expected %1 columns separated by tabs, found %2").arg(expected).arg(found);
}

QString TsvTable::unknownValue(const QString &column, const QString &value, const QString &known)
{
    //: 1 the column of the data file (class, role, list …), 2 the value, 3 the known values
    return tr("unknown %1 “%2” (known: %3)").arg(column, value, known);
}
