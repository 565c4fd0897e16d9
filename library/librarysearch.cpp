#include "library/librarysearch.h"

#include "library/librarydatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// An FTS5 string: double quotes doubled, the whole in quotes, so nothing in it is syntax.
QString ftsString(QStringView s)
{
    QString out = s.toString();
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// A term as trigrams joined by AND: the index has no positions (detail=none), so a longer
// string is narrowed by its trigrams and confirmed by instr() afterwards.
QString trigramExpression(const QString &term)
{
    QStringList parts;
    for (qsizetype i = 0; i + 3 <= term.size(); ++i)
        parts.append(ftsString(QStringView(term).mid(i, 3)));
    return parts.join(QLatin1String(" AND "));
}

} // namespace

LibrarySearch::LibrarySearch(const LibraryDatabase *database) : m_db(database) {}

QStringList LibrarySearch::terms(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    auto flush = [&] {
        const QString t = current.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            flush();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            flush();
        } else {
            current.append(c);
        }
    }
    flush();
    return out;
}

QString LibrarySearch::snippet(const QString &text, const QStringList &terms, qsizetype *offset,
                               int *length, int width, const QString &open, const QString &close)
{
    qsizetype first = -1;
    int firstLength = 0;
    for (const QString &t : terms) {
        const qsizetype at = text.indexOf(t, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
            firstLength = int(t.size());
        }
    }
    if (offset)
        *offset = first;
    if (length)
        *length = first >= 0 ? firstLength : 0;
    const qsizetype begin = first < 0 ? 0 : qMax<qsizetype>(0, first - width / 3);
    const qsizetype end = qMin(text.size(), begin + width);
    QString window = text.mid(begin, end - begin);
    window.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Mark every occurrence of every term, longest first so a term inside another is not
    // marked twice.
    QStringList byLength = terms;
    std::sort(byLength.begin(), byLength.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<bool> marked(window.size(), false);
    QList<QPair<qsizetype, qsizetype>> spans;
    for (const QString &t : byLength) {
        for (qsizetype at = window.indexOf(t, 0, Qt::CaseInsensitive); at >= 0;
             at = window.indexOf(t, at + t.size(), Qt::CaseInsensitive)) {
            bool free = true;
            for (qsizetype i = at; i < at + t.size(); ++i)
                free = free && !marked.at(i);
            if (!free)
                continue;
            for (qsizetype i = at; i < at + t.size(); ++i)
                marked[i] = true;
            spans.append({at, t.size()});
        }
    }
    std::sort(spans.begin(), spans.end());
    QString out;
    qsizetype pos = 0;
    for (const auto &span : spans) {
        out += QStringView(window).mid(pos, span.first - pos) + open +
               QStringView(window).mid(span.first, span.second) + close;
        pos = span.first + span.second;
    }
    out += QStringView(window).mid(pos);
    if (begin > 0)
        out.prepend(QStringLiteral("…"));
    if (end < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

QList<LibrarySearch::Hit> LibrarySearch::search(const Query &query) const
{
    m_error.clear();
    const QStringList words = terms(query.text);
    QList<Hit> hits;
    if (words.isEmpty() || query.limit <= 0)
        return hits;
    QStringList longTerms;
    for (const QString &w : words) {
        if (w.size() >= 3)
            longTerms.append(trigramExpression(w));
    }
    QString sql = QStringLiteral(
        "SELECT f.path, r.title, s.heading, s.sid, s.idx, s.title, s.text FROM sections s JOIN "
        "reports r ON r.id = s.report_id JOIN files f ON f.id = r.file_id LEFT JOIN "
        "corrections c ON c.path = f.path WHERE f.state = 'ok'");
    QVariantList binds;
    if (!longTerms.isEmpty()) {
        sql += QStringLiteral(
            " AND s.id IN (SELECT rowid FROM section_fts WHERE section_fts MATCH ?)");
        binds.append(longTerms.join(QLatin1String(" AND ")));
    }
    for (const QString &w : words) {
        const bool ascii =
            std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x80; });
        // lower() folds ASCII only, which is all the index folds too; Chinese needs none.
        sql += ascii ? QStringLiteral(" AND (instr(lower(s.text), lower(?)) > 0 OR "
                                      "instr(lower(s.title), lower(?)) > 0)")
                     : QStringLiteral(" AND (instr(s.text, ?) > 0 OR instr(s.title, ?) > 0)");
        binds.append(w);
        binds.append(w);
    }
    if (!query.type.isEmpty()) {
        sql += QStringLiteral(" AND COALESCE(NULLIF(c.type, ''), r.type) = ?");
        binds.append(query.type);
    }
    if (!query.place.isEmpty()) {
        sql += QStringLiteral(" AND instr(COALESCE(NULLIF(c.place, ''), r.place), ?) > 0");
        binds.append(query.place);
    }
    if (query.year > 0) {
        sql += QStringLiteral(" AND COALESCE(NULLIF(c.year, 0), r.reporting_year) = ?");
        binds.append(query.year);
    }
    // Rowid order lets SQLite stop at the limit instead of sorting every match.
    sql += QStringLiteral(" ORDER BY s.id LIMIT ?");
    binds.append(query.limit);

    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return hits;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return hits;
    }
    while (q.next()) {
        Hit h;
        h.file = q.value(0).toString();
        h.report = q.value(1).toString();
        h.section = q.value(2).toString();
        h.path = q.value(3).toString();
        h.sectionIndex = q.value(4).toInt();
        const QString title = q.value(5).toString();
        const QString text = q.value(6).toString();
        h.snippet = snippet(text, words, &h.offset, &h.length);
        if (h.offset < 0)
            h.snippet = snippet(title, words, nullptr, nullptr);
        hits.append(h);
    }
    return hits;
}
