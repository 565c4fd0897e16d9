#ifndef REPORTSCOPE_WORDDOCXREADER_H
#define REPORTSCOPE_WORDDOCXREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * Reads Word documents (.docx, also as WPS saves them): the zip through ZipArchive (with its
 * zip-bomb limits), the XML through QXmlStreamReader, which expands no external entity; a
 * part with a DTD is refused.
 *
 * Paragraphs become blocks; a paragraph whose style (through the basedOn chain) or own
 * properties give an outline level, or whose style is named "heading N" / "标题 N", is a
 * heading hint of that level. Word's automatic numbering is written into the text
 * (WordNumbering), so a heading reads "一、总体情况" as it does on screen. Tables keep their
 * merged cells (gridSpan, vMerge); a one-column table is layout and gives paragraphs. Field
 * instructions, tables of contents, page references, deleted text, headers, footers and
 * drawings are left out.
 *
 * It lives in the module reportscope_docx with libzip (and the libcrypto, libbz2 … that libzip
 * needs), which DocxReader loads on the first Word document.
 */
class WordDocxReader : public DocumentReader
{
    // The messages keep the context they were translated under.
    Q_DECLARE_TR_FUNCTIONS(DocxReader)

public:
    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_WORDDOCXREADER_H
