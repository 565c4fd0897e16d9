#ifndef REPORTSCOPE_PAGEOCR_H
#define REPORTSCOPE_PAGEOCR_H

#include "core/layoutword.h"

#include <QList>

#include <atomic>

/**
 * Reads the text lines of a rendered page. TesseractOcr implements it in the module
 * reportscope_ocr, which PopplerPdfReader opens only when a page has no text layer: libtesseract
 * and what it links (libcurl, libarchive, leptonica…) cost a text PDF about half of its reading
 * time in the dynamic linker alone.
 *
 * The module exports `extern "C" PageOcr *reportscope_ocr()`, a new instance the caller owns.
 */
class PageOcr
{
public:
    virtual ~PageOcr() = default;
    /** False when the engine or its language data could not be loaded. */
    virtual bool isReady() const = 0;
    /** Words of an 8-bit grey image at dpi, with boxes in points (1/72 inch) and confidences.
     *  Returns early with what it has when cancel becomes true. */
    virtual QList<LayoutWord> recognize(const unsigned char *grey, int width, int height,
                                        int bytesPerLine, int dpi,
                                        const std::atomic_bool *cancel) = 0;
};

#endif // REPORTSCOPE_PAGEOCR_H
