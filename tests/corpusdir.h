#ifndef REPORTSCOPE_TESTS_CORPUSDIR_H
#define REPORTSCOPE_TESTS_CORPUSDIR_H

#include <QDir>
#include <QString>
#include <QTest>

// The shared corpus of real reports lives outside the repository; REPORTSCOPE_CORPUS_DIR names
// it. Unset, the tests over it skip (a checkout without the corpus); set to a folder that is
// missing, they fail, so that a CI run told about a corpus never passes without reading it.

/** The folder REPORTSCOPE_CORPUS_DIR names; empty when it is unset. */
inline QString corpusDir()
{
    return qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
}

/** In a test function: skips when REPORTSCOPE_CORPUS_DIR is unset, fails when the folder it
 *  names does not exist. */
#define REPORTSCOPE_REQUIRE_CORPUS()                                                               \
    do {                                                                                           \
        const QString corpus_ = corpusDir();                                                       \
        if (corpus_.isEmpty())                                                                     \
            QSKIP("REPORTSCOPE_CORPUS_DIR is not set: the corpus tests are skipped");              \
        if (!QDir(corpus_).exists())                                                               \
            QFAIL(qPrintable(QStringLiteral("REPORTSCOPE_CORPUS_DIR is set to \"%1\", which is "   \
                                            "not a folder: the corpus is missing")                 \
                                 .arg(corpus_)));                                                  \
    } while (false)

#endif // REPORTSCOPE_TESTS_CORPUSDIR_H
