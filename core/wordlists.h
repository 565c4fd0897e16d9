#ifndef REPORTSCOPE_WORDLISTS_H
#define REPORTSCOPE_WORDLISTS_H

#include "core/lexicon.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;
class TsvTable;

/**
 * Named word lists read from a tab-separated data file (TsvTable): one "list<TAB>word" entry a
 * line; lines starting with # and empty lines are ignored. The files live under core/data/ and are
 * compiled into core as resources (:/reportscope/text/), so that the words the text rules
 * match (page furniture, the markers of the checks) are data, not C++.
 *
 * A list not named by the reader, a word twice in one list, a wrong number of columns, an
 * empty field or a list left empty is an error naming the file and the line. Immutable once
 * loaded, so one instance can be shared between threads.
 */
class WordLists
{
    Q_DECLARE_TR_FUNCTIONS(WordLists)

public:
    /** names: the lists a file must hold; list(i) is the list named names[i]. */
    explicit WordLists(const QStringList &names);

    /** Reads one file; fileName names it in errors. On failure returns false, sets error to
     *  "file:line: reason" and leaves the lists as they were. */
    bool load(QIODevice *device, const QString &fileName, QString *error);
    /** Opens path and reads it as load() does. */
    bool loadFile(const QString &path, QString *error);

    const QStringList &names() const { return m_names; }
    const Lexicon &list(int index) const { return m_lists.at(size_t(index)); }

    /** The lists of a file compiled into core (":/reportscope/text/pagechrome.tsv"); aborts
     *  naming the file and line if it is damaged, since text rules without their words would
     *  be silently wrong. */
    static WordLists builtIn(const QString &resource, const QStringList &names);

private:
    bool fill(const TsvTable &table, QString *error);

    QStringList m_names;
    std::vector<Lexicon> m_lists;
};

#endif // REPORTSCOPE_WORDLISTS_H
