// libFuzzer target: bytes through HtmlReader (saved pages and MHTML archives: charset
// decoding, libxml2's HTML parser, the content extractor), then the parser and the figure
// extractor.

#include "fuzz/readerchecks.h"
#include "import/htmlreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const HtmlReader reader;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ReaderChecks::check(reader, bytes, QStringLiteral("fuzz-input.html")).isEmpty())
        __builtin_trap();
    return 0;
}
