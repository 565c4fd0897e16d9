#ifndef REPORTSCOPE_LIBRARYCOMMANDS_H
#define REPORTSCOPE_LIBRARYCOMMANDS_H

#include <QCoreApplication>
#include <QStringList>

/**
 * The library's subcommands, on a QCoreApplication: `library add|update|list|remove|set`,
 * `search` and `compare`. Each takes --db FILE (default: the application's library).
 */
class LibraryCommands
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)

public:
    /** True for library, search and compare. */
    static bool handles(const QString &command);
    /** Runs the subcommand; arguments[0] is the subcommand's name. */
    static int run(const QStringList &arguments);

private:
    static int library(const QStringList &arguments);
    static int search(const QStringList &arguments);
    static int compare(const QStringList &arguments);
};

#endif // REPORTSCOPE_LIBRARYCOMMANDS_H
