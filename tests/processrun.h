#ifndef REPORTSCOPE_TESTS_PROCESSRUN_H
#define REPORTSCOPE_TESTS_PROCESSRUN_H

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStringList>

#include <unistd.h>

struct ProcessResult
{
    int exitCode = -1; ///< -1 when the program crashed or did not finish
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end with English messages whatever the machine's locale: the tests
// read the messages. extra holds variables to set on top (e.g. a private TMPDIR).
inline ProcessResult runProcess(const QString &program, const QStringList &arguments,
                                int timeoutMs = 300000,
                                const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    p.waitForFinished(timeoutMs);
    ProcessResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Root reads and writes every file, so permission tests run the command as the unprivileged
// user "nobody" through setpriv when the tests run as root. Returns false (skip the test)
// when that is needed and setpriv is missing.
inline bool unprivileged(QString *program, QStringList *arguments)
{
    if (::geteuid() != 0)
        return true;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return false;
    *arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                             QStringLiteral("--clear-groups"), *program} +
                 *arguments;
    *program = setpriv;
    return true;
}

// True when nobody could not start the build's binary at all (e.g. a build under /root).
inline bool couldNotStart(const ProcessResult &r)
{
    return r.exitCode != 1 &&
           (r.err.contains("cannot execute") || r.err.contains("Permission denied: /"));
}

#endif // REPORTSCOPE_TESTS_PROCESSRUN_H
