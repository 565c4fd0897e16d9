#ifndef REPORTSCOPE_READERMODULE_H
#define REPORTSCOPE_READERMODULE_H

#include "import/documentreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Loads a format reader that lives in a module of its own (a shared library opened on first
 * use), so that the libraries of heavy formats are mapped only when such a file is opened.
 *
 * A module exports `extern "C" const DocumentReader *reportscope_reader()`. It is looked for
 * in REPORTSCOPE_MODULE_DIR when that is set (and only there), else in `../lib/reportscope`
 * beside the executable (the build tree and a relocated install), then in the folder it is
 * installed to. A module once loaded stays loaded; a failure is not remembered, so a module
 * installed later is found.
 */
class ReaderModule
{
    Q_DECLARE_TR_FUNCTIONS(ReaderModule)

public:
    /** The reader of module name (e.g. "reportscope_pdf"), or null with why set to one
     *  translated sentence naming the module and the folders searched. Thread-safe. */
    static const DocumentReader *reader(const QString &name, QString *why);
    /** The folders searched, in order. */
    static QStringList searchPath();
};

#endif // REPORTSCOPE_READERMODULE_H
