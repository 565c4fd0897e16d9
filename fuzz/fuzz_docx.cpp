// libFuzzer target: DocxReader (ZipArchive over libzip, QXmlStreamReader, WordNumbering),
// then the parser and the figure extractor.
//
// Random bytes seldom make a zip whose checksums hold, so most inputs are the entries of a
// package, zipped by ReaderChecks::docxPackage; inputs starting with "PK" go to the reader as
// they are, so the zip layer is fuzzed too.

#include "fuzz/readerchecks.h"
#include "import/docxreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DocxReader reader;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray package = ReaderChecks::docxPackage(bytes);
    if (!ReaderChecks::check(reader, package, QStringLiteral("fuzz-input.docx")).isEmpty())
        __builtin_trap();
    return 0;
}
