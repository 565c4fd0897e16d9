// libFuzzer target: bytes through PdfReader (poppler-cpp, lines, page furniture, positional
// tables, paragraphs), then the parser and the figure extractor. OCR is off (ReaderChecks).

#include "fuzz/readerchecks.h"
#include "import/pdfreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PdfReader reader;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ReaderChecks::check(reader, bytes, QStringLiteral("fuzz-input.pdf")).isEmpty())
        __builtin_trap();
    return 0;
}
