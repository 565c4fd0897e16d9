#ifndef REPORTSCOPE_REPORTJSON_H
#define REPORTSCOPE_REPORTJSON_H

#include "core/report.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/**
 * Machine-readable and plain-text forms of a report for the command line.
 */
class ReportJson
{
public:
    /** {"title", "metadata", "encoding", "warnings", "sections": [{"id", "marker", "title",
     *  "text", "children": [...]}]} */
    static QJsonObject outline(const Report &report);
    /** An indented outline: one line per section, "id marker title". */
    static QString outlineText(const Report &report);

    /** Figures of the section's subtree (the whole report for -1) as [{"section", "label",
     *  "value", "unit", "qualifier", "kind", "text", "quote", "start", "end", "in_title"}].
     *  FigureWriter writes the same figure by figure (the command line uses it); a key added
     *  here must be added there too, which tst_figurewriter checks. */
    static QJsonArray figures(const Report &report, int sectionIndex = -1);
    /** The same columns as CSV, UTF-8 with a byte order mark (FigureWriter's CSV). */
    static QByteArray figuresCsv(const Report &report, int sectionIndex = -1);
    static QJsonArray findings(const Report &report);

    static QString kindName(Figure::Kind kind);
    static QString findingTypeName(Finding::Type type);
};

#endif // REPORTSCOPE_REPORTJSON_H
