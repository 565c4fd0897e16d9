#include "library/librarycompare.h"

#include "core/indicatormatcher.h"
#include "library/librarydatabase.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

const char *const Columns[] = {"indicator", "file", "report", "issuer", "year",  "report_year",
                               "value",     "unit", "label",  "role",   "quote", "section"};

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString out = s;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

LibraryCompare::LibraryCompare(const LibraryDatabase *database) : m_db(database) {}

QList<LibraryCompare::Row> LibraryCompare::compare(const QString &indicator,
                                                   const QString &issuer) const
{
    m_error.clear();
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    QStringList ids;
    // One indicator: an id, else the first that find() gives, which is the one so named
    // (地区生产总值 is gdp, not gdp_growth, whose synonym it also is).
    if (!matcher.name(indicator).isEmpty())
        ids.append(indicator);
    else if (const QStringList found = matcher.find(indicator); !found.isEmpty())
        ids.append(found.first());

    QString sql = QStringLiteral(
        "SELECT fi.indicator, f.path, r.title, r.issuer, COALESCE(NULLIF(c.place, ''), "
        "r.place), COALESCE(NULLIF(c.year, 0), r.reporting_year), fi.period_year, fi.value, "
        "fi.unit, fi.label, fi.role, substr(CASE WHEN fi.in_title THEN s.title ELSE s.text END, "
        "fi.quote_start + 1, fi.quote_end - fi.quote_start), s.sid, s.idx FROM figures fi JOIN "
        "reports r ON r.id = fi.report_id JOIN files f ON "
        "f.id = r.file_id LEFT JOIN sections s ON s.id = fi.section_id LEFT JOIN corrections c "
        "ON c.path = f.path WHERE f.state = 'ok' AND ");
    QVariantList binds;
    if (ids.isEmpty()) {
        sql += QStringLiteral("fi.label = ?");
        binds.append(indicator);
    } else {
        QStringList marks;
        for (const QString &id : ids) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        sql +=
            QStringLiteral("fi.indicator IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!issuer.isEmpty()) {
        sql += QStringLiteral(" AND (instr(r.issuer, ?) > 0 OR instr(COALESCE(NULLIF(c.place, "
                              "''), r.place), ?) > 0)");
        binds.append(issuer);
        binds.append(issuer);
    }
    sql += QStringLiteral(" ORDER BY f.path, fi.id");

    QList<Row> rows;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return rows;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        Row row;
        row.indicator = q.value(0).isNull() ? q.value(9).toString() : q.value(0).toString();
        row.file = q.value(1).toString();
        row.report = q.value(2).toString();
        row.issuer = q.value(3).toString();
        row.place = q.value(4).toString();
        row.reportYear = q.value(5).toInt();
        row.year = q.value(6).isNull() ? row.reportYear : q.value(6).toInt();
        row.value = q.value(7).toDouble();
        row.unit = q.value(8).toString();
        row.label = q.value(9).toString();
        row.role = q.value(10).toString();
        row.quote = q.value(11).toString();
        row.section = q.value(12).toString();
        row.sectionIndex = q.value(13).isNull() ? -1 : q.value(13).toInt();
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.year < b.year; });
    return rows;
}

QJsonArray LibraryCompare::toJson(const QList<Row> &rows)
{
    QJsonArray out;
    for (const Row &r : rows) {
        QJsonObject o;
        o.insert(QLatin1String("indicator"), r.indicator);
        o.insert(QLatin1String("file"), r.file);
        o.insert(QLatin1String("report"), r.report);
        o.insert(QLatin1String("issuer"), r.issuer);
        o.insert(QLatin1String("year"), r.year);
        o.insert(QLatin1String("report_year"), r.reportYear);
        o.insert(QLatin1String("value"), r.value);
        o.insert(QLatin1String("unit"), r.unit);
        o.insert(QLatin1String("label"), r.label);
        o.insert(QLatin1String("role"), r.role);
        o.insert(QLatin1String("quote"), r.quote);
        o.insert(QLatin1String("section"), r.section);
        out.append(o);
    }
    return out;
}

QByteArray LibraryCompare::toCsv(const QList<Row> &rows)
{
    QStringList header;
    for (const char *c : Columns)
        header.append(QString::fromLatin1(c));
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Row &r : rows) {
        const QStringList fields = {r.indicator,
                                    r.file,
                                    r.report,
                                    r.issuer,
                                    QString::number(r.year),
                                    QString::number(r.reportYear),
                                    QString::number(r.value, 'g', 15),
                                    r.unit,
                                    r.label,
                                    r.role,
                                    r.quote,
                                    r.section};
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(csvField(f));
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}
