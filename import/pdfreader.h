#ifndef REPORTSCOPE_PDFREADER_H
#define REPORTSCOPE_PDFREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * Reads PDF files through poppler's C++ binding (poppler-cpp: text boxes with positions and
 * font names and sizes, page rendering, outline; no Qt Gui, so it stays in import).
 *
 * Per page: words → lines (LineBuilder) → running headers, footers and page numbers dropped
 * (PageFurniture) → tables from positions (PositionalTableBuilder) → paragraphs
 * (ParagraphJoiner), joined across a page break when the sentence runs on. Large or bold
 * lines and outline titles become heading hints. A page without a text layer is rendered at
 * OcrDpi and read by Tesseract; its blocks carry the OCR confidence.
 */
class PdfReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    /** Resolution scanned pages are rendered at for OCR (measured: see docs/ARCHITECTURE.md). */
    static constexpr int OcrDpi = 150;

    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    /** 100 for bytes starting with %PDF- (after at most a few bytes of junk), else 0. */
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_PDFREADER_H
