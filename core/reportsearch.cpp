#include "core/reportsearch.h"

#include "core/documentmodel.h"
#include "core/report.h"

namespace {

/** True when no character of text has case: a case-sensitive search finds the same matches
 *  as a case-insensitive one, several times faster. */
bool caseless(QStringView text)
{
    for (QChar c : text) {
        if (c.isSurrogate() || c.toCaseFolded() != c || c.toUpper() != c)
            return false;
    }
    return true;
}

/** The first match of needle in haystack that starts at or after from; -1 if none. */
qsizetype firstFrom(QStringView haystack, QStringView needle, qsizetype from,
                    Qt::CaseSensitivity cs)
{
    if (from < 0 || from + needle.size() > haystack.size())
        return -1;
    return haystack.indexOf(needle, from, cs);
}

/** The last match of needle in haystack that starts before end; -1 if none. */
qsizetype lastBefore(QStringView haystack, QStringView needle, qsizetype end,
                     Qt::CaseSensitivity cs)
{
    // lastIndexOf takes the last start allowed, which must lie inside the haystack.
    const qsizetype last = qMin(end - 1, haystack.size() - needle.size());
    if (last < 0)
        return -1;
    return haystack.lastIndexOf(needle, last, cs);
}

} // namespace

std::optional<ReportSearch::Match> ReportSearch::find(const Report &report, QStringView text,
                                                      const ReportPlace &from, Direction direction)
{
    const int n = int(report.sectionCount());
    if (text.isEmpty() || n == 0 || from.section < 0 || from.section >= n)
        return std::nullopt;
    const Qt::CaseSensitivity cs = caseless(text) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const bool backward = direction == Direction::Backward;
    // Every section once, from `from` on (or back), then the first section again for the
    // part of it not searched yet: a match there lies before `from` (after it, going back),
    // as step 0 would have found any other.
    for (int step = 0; step <= n; ++step) {
        const int i = backward ? ((from.section - step) % n + n) % n : (from.section + step) % n;
        const QString heading = DocumentModel::sectionLabel(report, i);
        const QString &body = report.section(i).text;
        ReportPlace hit;
        if (!backward) {
            const ReportPlace start = step == 0 ? from : ReportPlace::heading(i);
            if (start.inHeading) {
                if (const qsizetype h = firstFrom(heading, text, start.offset, cs); h >= 0)
                    hit = ReportPlace::heading(i, h);
            }
            if (!hit.isValid()) {
                const qsizetype t = firstFrom(body, text, start.inHeading ? 0 : start.offset, cs);
                if (t >= 0)
                    hit = ReportPlace::text(i, t);
            }
        } else {
            const ReportPlace start = step == 0 ? from : ReportPlace::text(i, body.size());
            if (!start.inHeading) {
                if (const qsizetype t = lastBefore(body, text, start.offset, cs); t >= 0)
                    hit = ReportPlace::text(i, t);
            }
            if (!hit.isValid()) {
                const qsizetype end = start.inHeading ? start.offset : heading.size();
                if (const qsizetype h = lastBefore(heading, text, end, cs); h >= 0)
                    hit = ReportPlace::heading(i, h);
            }
        }
        if (hit.isValid()) {
            Match m;
            m.place = hit;
            m.length = text.size();
            m.wrapped = backward ? from.section - step < 0 : from.section + step >= n;
            return m;
        }
    }
    return std::nullopt;
}

qsizetype ReportSearch::findInText(QStringView haystack, QStringView text, qsizetype from,
                                   Direction direction)
{
    if (text.isEmpty())
        return -1;
    const Qt::CaseSensitivity cs = caseless(text) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return direction == Direction::Forward ? firstFrom(haystack, text, qMax<qsizetype>(from, 0), cs)
                                           : lastBefore(haystack, text, from, cs);
}

ReportPlace ReportSearch::start(const Report &report)
{
    return report.sectionCount() > 0 ? ReportPlace::heading(0) : ReportPlace();
}

ReportPlace ReportSearch::end(const Report &report)
{
    const int n = int(report.sectionCount());
    return n > 0 ? ReportPlace::text(n - 1, report.section(n - 1).text.size()) : ReportPlace();
}
