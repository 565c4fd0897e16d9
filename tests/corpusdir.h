#ifndef REPORTSCOPE_TESTS_CORPUSDIR_H
#define REPORTSCOPE_TESTS_CORPUSDIR_H

#include <QDir>
#include <QString>

// The shared corpus of real reports lives outside the repository; REPORTSCOPE_CORPUS_DIR names
// it. Empty when unset or missing, so that the tests over it skip cleanly.
inline QString corpusDir()
{
    const QString dir = qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QString();
}

#endif // REPORTSCOPE_TESTS_CORPUSDIR_H
