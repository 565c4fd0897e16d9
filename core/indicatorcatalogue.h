#ifndef REPORTSCOPE_INDICATORCATALOGUE_H
#define REPORTSCOPE_INDICATORCATALOGUE_H

#include "core/reportfacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

/**
 * The catalogue of standard indicators (core/data/indicators.tsv): what a figure can be
 * matched to so that values are compared across reports. Each entry has a stable id, a
 * canonical Chinese name, exact synonyms, word patterns (all required words of one
 * alternative, none of the forbidden words), the unit class and the roles of its values and
 * the report types it belongs to.
 *
 * A duplicate id or name, an unknown unit class, role or report type, a wrong number of
 * columns or an empty field is an error naming the file and the line. Immutable once loaded.
 */
class IndicatorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCatalogue)

public:
    /** The class of unit an indicator's value has; a figure's unit must be of this class. */
    enum class UnitClass { Count, Measure, Money, Percent, Permille, PercentagePoint, Multiple };
    /** What an indicator's value is (mapped from Figure::Role). */
    enum class Role { Level, GrowthRate, Change, Share };

    struct Entry
    {
        QString id;           ///< gdp, admin_review_cases
        QString name;         ///< 地区生产总值
        QStringList synonyms; ///< exact labels besides the name
        /** Alternatives; each is a list of words that must all stand in the label. */
        QList<QStringList> patterns;
        QStringList forbidden; ///< words that rule a pattern match out
        UnitClass unitClass = UnitClass::Count;
        QList<Role> roles;
        QList<ReportFacts::Type> types; ///< empty: every type
        int line = 0;                   ///< line in the file, for messages
    };

    IndicatorCatalogue() = default;

    /** Reads one file; fileName names it in errors. On failure returns false, sets *error to
     *  "file:line: reason" and leaves the catalogue as it was. */
    bool load(QIODevice *device, const QString &fileName, QString *error);
    bool loadFile(const QString &path, QString *error);

    /** The catalogue compiled into core; aborts naming file and line if it is damaged. */
    static const IndicatorCatalogue &builtIn();

    const std::vector<Entry> &entries() const { return m_entries; }
    /** The entry with this id, or nullptr. */
    const Entry *entry(const QString &id) const;

    /** Data names: "count", "money", …; "level", "growth_rate", …; used in files and JSON. */
    static QString unitClassName(UnitClass c);
    static QString roleName(Role r);

private:
    std::vector<Entry> m_entries;
    QHash<QString, int> m_byId;
};

#endif // REPORTSCOPE_INDICATORCATALOGUE_H
