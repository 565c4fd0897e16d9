#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isSubcommand(arguments) && !CommandLine::needsGui(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("ReportScope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(REPORTSCOPE_VERSION));
        return CommandLine::run(QCoreApplication::arguments());
    }
    return 0;
}
