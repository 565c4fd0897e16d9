#include "core/wordlists.h"

#include "core/tsvtable.h"

WordLists::WordLists(const QStringList &names) : m_names(names), m_lists(size_t(names.size())) {}

bool WordLists::load(QIODevice *device, const QString &fileName, QString *error)
{
    TsvTable table;
    return table.read(device, fileName, 2, error) && fill(table, error);
}

bool WordLists::loadFile(const QString &path, QString *error)
{
    TsvTable table;
    return table.readFile(path, 2, error) && fill(table, error);
}

bool WordLists::fill(const TsvTable &table, QString *error)
{
    std::vector<QStringList> words(size_t(m_names.size()));
    TsvTable::Keys seen; // list + tab + word
    QString why;
    for (const TsvTable::Row &row : table.rows()) {
        const QString &name = row.fields.at(0);
        const qsizetype which = m_names.indexOf(name);
        if (which < 0) {
            *error =
                table.errorAt(row.line, TsvTable::unknownValue(QStringLiteral("list"), name,
                                                               m_names.join(QStringLiteral(", "))));
            return false;
        }
        const QString &word = row.fields.at(1);
        if (!seen.insert(name + QLatin1Char('\t') + word, row.line, word, &why)) {
            *error = table.errorAt(row.line, why);
            return false;
        }
        words[size_t(which)].append(word);
    }
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (words[size_t(i)].isEmpty()) {
            *error = tr("%1: list “%2” is missing").arg(table.fileName(), m_names.at(i));
            return false;
        }
    }
    for (size_t i = 0; i < words.size(); ++i)
        m_lists[i] = Lexicon(words[i]);
    return true;
}

WordLists WordLists::builtIn(const QString &resource, const QStringList &names)
{
    WordLists lists(names);
    QString error;
    if (!lists.loadFile(resource, &error))
        qFatal("ReportScope: a word list is damaged: %s", qPrintable(error));
    return lists;
}
