#ifndef REPORTSCOPE_DOCREADER_H
#define REPORTSCOPE_DOCREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * Reads legacy Word (.doc) and WPS (.wps) files, OLE compound documents, through Debian's
 * `antiword` (or `catdoc` when antiword is missing or fails) run as a separate process on a
 * temporary copy, with a time limit: a hostile file can hang or crash the tool, never the
 * program. The tool's UTF-8 output is split like a text file (blank lines end paragraphs).
 */
class DocReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocReader)

public:
    static constexpr int TimeoutMs = 30000;

    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    /** 90 for the OLE compound document signature D0 CF 11 E0 A1 B1 1A E1, else 0. */
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_DOCREADER_H
