#include "library/librarycompare.h"

#include "core/csvwriter.h"
#include "core/indicatormatcher.h"
#include "core/magnitude.h"
#include "library/librarydatabase.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

LibraryCompare::LibraryCompare(const LibraryDatabase *database) : m_db(database) {}

QList<LibraryCompare::Row> LibraryCompare::compare(const QString &indicator,
                                                   const QString &issuer) const
{
    Query query;
    query.indicator = indicator;
    query.issuer = issuer;
    return compare(query);
}

QList<LibraryCompare::Row> LibraryCompare::compare(const Query &query) const
{
    m_error.clear();
    const IndicatorMatcher &matcher = IndicatorMatcher::instance();
    QString id;
    // One indicator: an id, else the first that find() gives, which is the one so named
    // (地区生产总值 is gdp, not gdp_growth, whose synonym it also is).
    if (!matcher.name(query.indicator).isEmpty())
        id = query.indicator;
    else if (const QStringList found = matcher.find(query.indicator); !found.isEmpty())
        id = found.first();
    const QString indicatorName = id.isEmpty() ? query.indicator : matcher.name(id);

    QString sql = QStringLiteral(
        "SELECT fi.indicator, f.path, r.title, r.issuer, COALESCE(NULLIF(c.place, ''), "
        "r.place), COALESCE(NULLIF(c.year, 0), r.reporting_year), fi.period_year, fi.value, "
        "fi.unit, fi.label, fi.role, substr(CASE WHEN fi.in_title THEN s.title ELSE s.text END, "
        "fi.quote_start + 1, fi.quote_end - fi.quote_start), s.sid, s.idx, s.heading, fi.page, "
        "fi.prefix FROM figures fi JOIN reports r ON r.id = fi.report_id JOIN files f ON "
        "f.id = r.file_id LEFT JOIN sections s ON s.id = fi.section_id LEFT JOIN corrections c "
        "ON c.path = f.path WHERE f.state = 'ok' AND ");
    QVariantList binds;
    if (id.isEmpty()) {
        sql += QStringLiteral("fi.label = ?");
        binds.append(query.indicator);
    } else {
        sql += QStringLiteral("fi.indicator = ?");
        binds.append(id);
    }
    if (!query.issuer.isEmpty()) {
        sql += QStringLiteral(" AND (instr(r.issuer, ?) > 0 OR instr(COALESCE(NULLIF(c.place, "
                              "''), r.place), ?) > 0)");
        binds.append(query.issuer);
        binds.append(query.issuer);
    }
    if (!query.place.isEmpty()) {
        sql += QStringLiteral(" AND instr(COALESCE(NULLIF(c.place, ''), r.place), ?) > 0");
        binds.append(query.place);
    }
    if (!query.type.isEmpty()) {
        sql += QStringLiteral(" AND COALESCE(NULLIF(c.type, ''), r.type) = ?");
        binds.append(query.type);
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
        row.indicatorName = indicatorName;
        row.file = q.value(1).toString();
        row.report = q.value(2).toString();
        row.issuer = q.value(3).toString();
        row.place = q.value(4).toString();
        row.reportYear = q.value(5).toInt();
        row.year = q.value(6).isNull() ? row.reportYear : q.value(6).toInt();
        // A plan (到2025年…) is not a value of its year yet.
        if (row.reportYear > 0 && row.year > row.reportYear)
            continue;
        row.normalizedValue = q.value(7).toDouble();
        row.normalizedUnit = q.value(8).toString();
        const QString prefix = q.value(16).toString();
        const double factor = Magnitude::factorOf(prefix);
        row.value = factor > 0 ? row.normalizedValue / factor : row.normalizedValue;
        row.unit = (factor > 0 ? prefix : QString()) + row.normalizedUnit;
        row.display = Magnitude::format(row.normalizedValue, factor > 0 ? prefix : QString()) +
                      row.normalizedUnit;
        row.label = q.value(9).toString();
        row.role = q.value(10).toString();
        row.quote = q.value(11).toString();
        row.sectionId = q.value(12).toString();
        row.sectionIndex = q.value(13).isNull() ? -1 : q.value(13).toInt();
        if (const QString heading = q.value(14).toString(); !heading.isEmpty())
            row.sectionPath = QStringList{heading};
        row.page = q.value(15).toInt();
        rows.append(row);
    }
    IndicatorComparison::markConflicts(&rows);
    return rows;
}

QList<QPair<QString, int>> LibraryCompare::frequentLabels(int limit) const
{
    m_error.clear();
    QList<QPair<QString, int>> out;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT fi.label, count(*) AS n FROM figures fi JOIN reports r ON r.id = "
            "fi.report_id JOIN files f ON f.id = r.file_id WHERE f.state = 'ok' AND "
            "fi.indicator IS NULL AND fi.label != '' GROUP BY fi.label HAVING n > 1 ORDER BY "
            "n DESC, fi.label LIMIT ?"))) {
        m_error = q.lastError().text();
        return out;
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

QStringList LibraryCompare::columns()
{
    return {QStringLiteral("indicator"), QStringLiteral("file"), QStringLiteral("report"),
            QStringLiteral("issuer"),    QStringLiteral("year"), QStringLiteral("report_year"),
            QStringLiteral("value"),     QStringLiteral("unit"), QStringLiteral("display"),
            QStringLiteral("label"),     QStringLiteral("role"), QStringLiteral("quote"),
            QStringLiteral("section"),   QStringLiteral("page"), QStringLiteral("conflict")};
}

QSet<int> LibraryCompare::numericColumns()
{
    const QStringList c = columns();
    QSet<int> numeric;
    for (const char *name : {"year", "report_year", "value", "page"})
        numeric.insert(int(c.indexOf(QLatin1String(name))));
    return numeric;
}

QStringList LibraryCompare::fields(const Row &r)
{
    const auto number = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    return {r.indicator,
            r.file,
            r.report,
            r.issuer,
            number(r.year),
            number(r.reportYear),
            Magnitude::exact(r.normalizedValue),
            r.normalizedUnit,
            r.display,
            r.label,
            r.role,
            r.quote,
            r.sectionId,
            number(r.page),
            r.conflict ? QStringLiteral("true") : QStringLiteral("false")};
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
        o.insert(QLatin1String("value"), r.normalizedValue);
        o.insert(QLatin1String("unit"), r.normalizedUnit);
        o.insert(QLatin1String("display"), r.display);
        o.insert(QLatin1String("label"), r.label);
        o.insert(QLatin1String("role"), r.role);
        o.insert(QLatin1String("quote"), r.quote);
        o.insert(QLatin1String("section"), r.sectionId);
        o.insert(QLatin1String("page"), r.page > 0 ? QJsonValue(r.page) : QJsonValue());
        o.insert(QLatin1String("conflict"), r.conflict);
        out.append(o);
    }
    return out;
}

QByteArray LibraryCompare::toCsv(const QList<Row> &rows)
{
    QList<QStringList> table;
    table.reserve(rows.size());
    for (const Row &r : rows)
        table.append(fields(r));
    return CsvWriter::table(columns(), table);
}
