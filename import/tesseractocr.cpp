#include "import/tesseractocr.h"

#include "core/linebuilder.h"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace {

bool cancelRequested(void *flag, int)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(flag);
    return cancel && cancel->load();
}

} // namespace

TesseractOcr::TesseractOcr() : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    // Init prints to stderr when the data is missing; that is reported by isReady().
    m_ready = m_api->Init(nullptr, "chi_sim", tesseract::OEM_DEFAULT) == 0;
    if (m_ready) {
        m_api->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        m_api->SetVariable("debug_file", "/dev/null");
    }
}

TesseractOcr::~TesseractOcr()
{
    if (m_api)
        m_api->End();
}

QList<LayoutWord> TesseractOcr::recognize(const unsigned char *grey, int width, int height,
                                          int bytesPerLine, int dpi, const std::atomic_bool *cancel)
{
    QList<LayoutWord> words;
    if (!m_ready || !grey || width <= 0 || height <= 0 || dpi <= 0)
        return words;
    m_api->SetImage(grey, width, height, 1, bytesPerLine);
    m_api->SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = const_cast<std::atomic_bool *>(cancel);
    const int rc = m_api->Recognize(&monitor);
    if (rc != 0 || (cancel && cancel->load())) {
        m_api->Clear();
        return words;
    }
    // One LayoutWord per text line that Tesseract found: its own line finding is better
    // than regrouping its words, whose boxes vary with the letters (一 is flat). The words of
    // a line are joined the CJK way; the confidence is their mean.
    const double scale = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    double confidenceSum = 0;
    int confidenceCount = 0;
    const auto finishLine = [&] {
        if (!words.isEmpty() && confidenceCount > 0)
            words.last().confidence = confidenceSum / confidenceCount;
        confidenceSum = 0;
        confidenceCount = 0;
    };
    if (it) {
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                int l = 0, t = 0, r = 0, b = 0;
                if (!it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b))
                    continue;
                finishLine();
                LayoutWord line;
                line.x = l * scale;
                line.y = t * scale;
                line.width = (r - l) * scale;
                line.height = (b - t) * scale;
                words.append(line);
            }
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!text || words.isEmpty())
                continue;
            const QString word = QString::fromUtf8(text.get()).trimmed();
            if (word.isEmpty())
                continue;
            words.last().text = LineBuilder::join(words.last().text, word, true);
            confidenceSum += it->Confidence(tesseract::RIL_WORD);
            ++confidenceCount;
        } while (it->Next(tesseract::RIL_WORD));
    }
    finishLine();
    m_api->Clear();
    return words;
}

extern "C" Q_DECL_EXPORT PageOcr *reportscope_ocr()
{
    return new TesseractOcr;
}
