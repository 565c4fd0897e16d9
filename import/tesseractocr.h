#ifndef REPORTSCOPE_TESSERACTOCR_H
#define REPORTSCOPE_TESSERACTOCR_H

#include "import/pageocr.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

/**
 * Recognises the text lines of a rendered page with libtesseract (chi_sim, which reads the Latin
 * letters and digits of Chinese reports too; chi_sim+eng misreads large CJK titles as English).
 *
 * One instance per reading thread; it is not shared. Page segmentation is PSM_SINGLE_BLOCK
 * (`--psm 6`): on 150 dpi report pages it recovers more characters than the automatic mode.
 */
class TesseractOcr : public PageOcr
{
public:
    TesseractOcr();
    ~TesseractOcr() override;
    TesseractOcr(const TesseractOcr &) = delete;
    TesseractOcr &operator=(const TesseractOcr &) = delete;

    /** False when libtesseract or its chi_sim data could not be loaded. */
    bool isReady() const override { return m_ready; }
    QList<LayoutWord> recognize(const unsigned char *grey, int width, int height, int bytesPerLine,
                                int dpi, const std::atomic_bool *cancel) override;

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
};

#endif // REPORTSCOPE_TESSERACTOCR_H
