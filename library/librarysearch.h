#ifndef REPORTSCOPE_LIBRARYSEARCH_H
#define REPORTSCOPE_LIBRARYSEARCH_H

#include <QList>
#include <QString>
#include <QStringList>

class LibraryDatabase;

/**
 * Full-text search over every section of the library.
 *
 * A query is words separated by spaces and "quoted phrases"; a section matches when it holds
 * all of them (title or text, ASCII letters without regard to case). Terms of three or more
 * characters are looked up in the trigram index and then confirmed in the text; shorter ones
 * (复议, 调解) are found with instr() in the text itself, because a trigram index cannot
 * answer them (on SQLite 3.40 LIKE and MATCH return nothing for two CJK characters).
 */
class LibrarySearch
{
public:
    struct Query
    {
        QString text;
        int limit = 20;
        QString type; ///< gzbg, fazhi, xxgk, other; empty for any
        QString place; ///< a part of the place (深圳 finds 深圳市 and 深圳市龙岗区); empty for any
        int year = 0; ///< the reporting year; 0 for any
    };

    struct Hit
    {
        QString file;
        QString report;  ///< the report's title
        QString section; ///< marker and title, as the heading reads
        QString path;    ///< the section's positional id, e.g. "2.3"
        int sectionIndex = -1;
        QString snippet;       ///< a part of the text around the first match, terms in 【】
        qsizetype offset = -1; ///< the first match in the section's text; -1 when in the title
        int length = 0;        ///< its length
    };

    explicit LibrarySearch(const LibraryDatabase *database);

    QList<Hit> search(const Query &query) const;
    QString errorString() const { return m_error; }

    /** The terms of a query: words split at white space, "…" kept whole. */
    static QStringList terms(const QString &text);
    /** About width characters of text around the first term, every term marked with open
     *  and close; *offset and *length get the first match. */
    static QString snippet(const QString &text, const QStringList &terms, qsizetype *offset,
                           int *length, int width = 120, const QString &open = QStringLiteral("【"),
                           const QString &close = QStringLiteral("】"));

private:
    const LibraryDatabase *m_db;
    mutable QString m_error;
};

#endif // REPORTSCOPE_LIBRARYSEARCH_H
