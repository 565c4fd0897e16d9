#ifndef REPORTSCOPE_PDFREADER_H
#define REPORTSCOPE_PDFREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * The PDF format in the registry. It recognises PDF by its magic bytes itself; reading is done
 * by PopplerPdfReader (poppler-cpp and libtesseract), which lives in the module reportscope_pdf
 * and is loaded by ReaderModule on the first PDF, so that a window showing a text report does
 * not carry those libraries. Without the module, read() fails with a one-line message naming
 * the module and where it was looked for.
 */
class PdfReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    /** Resolution scanned pages are rendered at for OCR (measured: see docs/ARCHITECTURE.md). */
    static constexpr int OcrDpi = 150;
    /** The module that reads PDF (without the platform's prefix and suffix). */
    static constexpr const char *ModuleName = "reportscope_pdf";

    /** 100 for bytes starting with %PDF- (after at most a few bytes of junk), else 0. */
    static int scoreHead(QByteArrayView head)
    {
        // Readers accept junk before the header within the first kilobyte; so do we.
        const QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 1024));
        // From each '%' (memchr), not a substring search at every byte.
        for (qsizetype at = 0; (at = start.indexOf('%', at)) >= 0; ++at) {
            if (start.sliced(at).startsWith("%PDF-"))
                return 100;
        }
        return 0;
    }

    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    /** scoreHead(head). */
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_PDFREADER_H
