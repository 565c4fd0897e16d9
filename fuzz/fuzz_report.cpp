// libFuzzer target: arbitrary bytes through the reading pipeline as a file opened in the
// window goes: the DocumentReader chosen by content (DocumentReaders), its SourceDocument of
// typed blocks, ReportParser (sections, figures, consistency checks), and what views read.

#include "fuzz/readerchecks.h"
#include "import/documentreaders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz-input.txt");
    const DocumentReader *reader = DocumentReaders::forData(bytes, fileName);
    if (!reader || !ReaderChecks::check(*reader, bytes, fileName).isEmpty())
        __builtin_trap();
    return 0;
}
