#ifndef REPORTSCOPE_PLAINTEXTREADER_H
#define REPORTSCOPE_PLAINTEXTREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * Reads text files: detects the encoding (EncodingDetector), decodes, and splits the text
 * into line paragraphs and tab-separated tables (PlainTextSplitter). Bytes that are no text
 * in any supported encoding are refused; bytes invalid in the detected encoding are replaced
 * and reported as a warning.
 */
class PlainTextReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextReader)

public:
    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    /** Any bytes may be text: a low score, so that every other format's reader wins. */
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_PLAINTEXTREADER_H
