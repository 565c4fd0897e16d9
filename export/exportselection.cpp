#include "export/exportselection.h"

#include <algorithm>
#include <vector>

QList<int> ExportSelection::all(const Report &report)
{
    QList<int> result;
    result.reserve(report.sectionCount());
    for (int i = 0; i < report.sectionCount(); ++i)
        result.append(i);
    return result;
}

QList<int> ExportSelection::expand(const Report &report, const QList<int> &chosen,
                                   bool includeSubsections)
{
    const int n = int(report.sectionCount());
    std::vector<bool> marked(size_t(n), false);
    for (int s : chosen) {
        if (s < 0 || s >= n)
            continue;
        const int end = includeSubsections ? report.section(s).subtreeEnd : s + 1;
        for (int i = s; i < end; ++i)
            marked[size_t(i)] = true;
    }
    QList<int> result;
    for (int i = 0; i < n; ++i) {
        if (marked[size_t(i)])
            result.append(i);
    }
    return result;
}

QList<int> ExportSelection::fromChecks(const Report &report, const QList<int> &checked,
                                       bool includeSubsections)
{
    const QList<int> exact = expand(report, checked, false);
    if (includeSubsections)
        return exact;
    QList<int> topmost;
    for (int s : exact) {
        const int parent = report.section(s).parent;
        if (parent < 0 || !std::binary_search(exact.cbegin(), exact.cend(), parent))
            topmost.append(s);
    }
    return topmost;
}

QList<int> ExportSelection::forWindow(const Report &report, const QList<int> &checked,
                                      int currentSection, bool includeSubsections)
{
    if (!checked.isEmpty())
        return fromChecks(report, checked, includeSubsections);
    return expand(report,
                  currentSection >= 0 ? QList<int>{currentSection} : report.topLevelSections(),
                  includeSubsections);
}

bool ExportSelection::fromIds(const Report &report, const QStringList &values, QList<int> *sections,
                              QString *unknownId)
{
    if (values.isEmpty()) {
        *sections = all(report);
        return true;
    }
    QList<int> chosen;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString id = part.trimmed();
            const int index = report.indexOfSection(id);
            if (index < 0) {
                *unknownId = id;
                return false;
            }
            chosen.append(index);
        }
    }
    *sections = expand(report, chosen, true);
    return true;
}
