#ifndef REPORTSCOPE_DOCXREADER_H
#define REPORTSCOPE_DOCXREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * The Word format (.docx, also as WPS saves them) in the registry. It recognises the zip
 * itself; reading is done by WordDocxReader in the module reportscope_docx (with libzip),
 * loaded by ReaderModule on the first Word document. Without the module, read() fails with a
 * one-line message naming the module and where it was looked for.
 */
class DocxReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocxReader)

public:
    /** The module that reads Word documents. */
    static constexpr const char *ModuleName = "reportscope_docx";

    /** 95 for a zip whose first entries name word/, 40 for any other zip (so that a zip
     *  gets a message about Word, not about binary text), else 0. */
    static int scoreHead(QByteArrayView head)
    {
        if (!head.startsWith("PK\x03\x04"))
            return 0;
        return head.indexOf("word/") >= 0 ? 95 : 40;
    }

    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    /** scoreHead(head). */
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_DOCXREADER_H
