#ifndef REPORTSCOPE_POPPLERPDFREADER_H
#define REPORTSCOPE_POPPLERPDFREADER_H

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
 * PdfReader::OcrDpi and read by Tesseract; its blocks carry the OCR confidence.
 *
 * It lives in the module reportscope_pdf, with poppler-cpp (OCR: reportscope_ocr), which PdfReader
 * loads on the first PDF: linked into the program they cost every window about 20 MB.
 */
class PopplerPdfReader : public DocumentReader
{
    // The messages keep the context they were translated under.
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;
};

#endif // REPORTSCOPE_POPPLERPDFREADER_H
