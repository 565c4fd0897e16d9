#ifndef REPORTSCOPE_DOCUMENTREADERS_H
#define REPORTSCOPE_DOCUMENTREADERS_H

#include "import/documentreader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * The registry of format readers: picks the one for a file by its content.
 *
 * The plain-text reader takes whatever no other reader claims and refuses binary data itself.
 * A new format adds its reader to all() in documentreaders.cpp.
 */
class DocumentReaders
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReaders)

public:
    /** Every reader, each a single instance that lives as long as the program. */
    static const QList<const DocumentReader *> &all();
    /** The reader whose probe() scores the bytes highest; never null. */
    static const DocumentReader *forData(QByteArrayView data, const QString &fileName);
    /** A QFileDialog name filter: every readable format together first, then one entry per
     *  format, then all files. */
    static QString fileDialogFilter();
    /** How many bytes from the start probe() is given. */
    static constexpr qsizetype ProbeLength = 4096;
};

#endif // REPORTSCOPE_DOCUMENTREADERS_H
