#include "import/tesseractocr.h"

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
    m_ready = m_api->Init(nullptr, "chi_sim+eng", tesseract::OEM_DEFAULT) == 0;
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
                                          int bytesPerLine, int dpi,
                                          const std::atomic_bool *cancel)
{
    QList<LayoutWord> words;
    if (!m_ready || !grey || width <= 0 || height <= 0 || dpi <= 0)
        return words;
    m_api->SetImage(grey, width, height, 1, bytesPerLine);
    m_api->SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = const_cast<std::atomic_bool *>(cancel);
    if (m_api->Recognize(&monitor) != 0 || (cancel && cancel->load())) {
        m_api->Clear();
        return words;
    }
    const double scale = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    // A word takes the height of its text line: single characters such as 一 have boxes far
    // flatter than the line, which would keep LineBuilder from putting them on one line.
    int lineTop = 0, lineBottom = 0;
    if (it) {
        do {
            int l = 0, t = 0, r = 0, b = 0;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &lineTop, &r, &lineBottom);
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!text || !it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b))
                continue;
            if (lineBottom > lineTop) {
                t = lineTop;
                b = lineBottom;
            }
            LayoutWord w;
            w.text = QString::fromUtf8(text.get()).trimmed();
            if (w.text.isEmpty())
                continue;
            w.x = l * scale;
            w.y = t * scale;
            w.width = (r - l) * scale;
            w.height = (b - t) * scale;
            w.confidence = it->Confidence(tesseract::RIL_WORD);
            w.spaceAfter = true;
            words.append(w);
        } while (it->Next(tesseract::RIL_WORD));
    }
    m_api->Clear();
    return words;
}
