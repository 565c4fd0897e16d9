#ifndef REPORTSCOPE_EXPORTSELECTION_H
#define REPORTSCOPE_EXPORTSELECTION_H

#include "core/report.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Which sections an export writes: the one policy of the command line (`export --sections`)
 * and the window (tree check boxes, else the current section). Every result is a list of
 * section indexes in document order without duplicates; invalid indexes are dropped.
 */
class ExportSelection
{
public:
    /** Every section of the report. */
    static QList<int> all(const Report &report);
    /** Sections chosen one by one, each with its subtree when includeSubsections. */
    static QList<int> expand(const Report &report, const QList<int> &chosen,
                             bool includeSubsections);
    /** The tree's check boxes: exactly the checked sections (checking a parent checks its
     *  subtree, so an unchecked subsection stays out); without subsections only the topmost
     *  checked sections, each without its subtree. */
    static QList<int> fromChecks(const Report &report, const QList<int> &checked,
                                 bool includeSubsections);
    /** The window: the checked sections if any, else the current section (-1: the whole
     *  report, i.e. the top-level sections), with subsections when includeSubsections. */
    static QList<int> forWindow(const Report &report, const QList<int> &checked, int currentSection,
                                bool includeSubsections);
    /**
     * The command line: values of --sections, each a comma-separated list of ids (the option
     * may be repeated), each id with its subtree; every section when values is empty. False,
     * with unknownId set, when an id names no section.
     */
    static bool fromIds(const Report &report, const QStringList &values, QList<int> *sections,
                        QString *unknownId);
};

#endif // REPORTSCOPE_EXPORTSELECTION_H
