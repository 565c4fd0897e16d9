#include "core/wordlists.h"

#include <QFile>
#include <QHash>
#include <QIODevice>

WordLists::WordLists(const QStringList &names) : m_names(names), m_lists(size_t(names.size())) {}

bool WordLists::load(QIODevice *device, const QString &fileName, QString *error)
{
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
    const auto fail = [&](int line, const QString &why) {
        *error = QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(why);
        return false;
    };
    std::vector<QStringList> words(size_t(m_names.size()));
    QHash<QString, int> seen; // list + tab + word -> line
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != 2) {
            return fail(
                lineNo,
                tr("expected %1 columns separated by tabs, found %2").arg(2).arg(fields.size()));
        }
        for (QStringView f : fields) {
            if (f.isEmpty() || f.trimmed() != f)
                return fail(lineNo, tr("empty field or field with spaces around it"));
        }
        const QString name = fields.at(0).toString();
        const qsizetype which = m_names.indexOf(name);
        if (which < 0) {
            //: 1 the list named in the file, 2 the lists the file may hold
            return fail(
                lineNo,
                tr("unknown list “%1” (known: %2)").arg(name, m_names.join(QStringLiteral(", "))));
        }
        const QString word = fields.at(1).toString();
        const QString key = name + QLatin1Char('\t') + word;
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            return fail(lineNo,
                        tr("duplicate entry “%1” (first on line %2)").arg(word).arg(it.value()));
        }
        seen.insert(key, lineNo);
        words[size_t(which)].append(word);
    }
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (words[size_t(i)].isEmpty()) {
            *error = tr("%1: list “%2” is missing").arg(fileName, m_names.at(i));
            return false;
        }
    }
    for (size_t i = 0; i < words.size(); ++i)
        m_lists[i] = Lexicon(words[i]);
    return true;
}

bool WordLists::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return load(&file, path, error);
}

WordLists WordLists::builtIn(const QString &resource, const QStringList &names)
{
    WordLists lists(names);
    QString error;
    if (!lists.loadFile(resource, &error))
        qFatal("ReportScope: a word list is damaged: %s", qPrintable(error));
    return lists;
}
