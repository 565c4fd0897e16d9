#ifndef REPORTSCOPE_COMMANDLINE_H
#define REPORTSCOPE_COMMANDLINE_H

#include <QCoreApplication>
#include <QStringList>

/**
 * The command-line subcommands: outline, figures, check and export.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

    /** True when arguments name a subcommand rather than the window. */
    static bool isSubcommand(const QStringList &arguments);
    /** True when the subcommand needs a QApplication (it draws). */
    static bool needsGui(const QStringList &arguments);
    /** Runs the subcommand in arguments (arguments[0] is the program). */
    static int run(const QStringList &arguments);

private:
    static int outline(const QStringList &arguments);
    static int figures(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static int exportPdf(const QStringList &arguments);
    static int diff(const QStringList &arguments);
};

#endif // REPORTSCOPE_COMMANDLINE_H
