#ifndef REPORTSCOPE_READERCHECKS_H
#define REPORTSCOPE_READERCHECKS_H

#include "import/documentreader.h"

#include <QByteArray>
#include <QString>

class Report;

/**
 * The invariants every reader's output must keep, whatever the bytes: shared by the libFuzzer
 * targets (which trap on a violation) and tst_fuzzregression (which replays the inputs the
 * fuzzers found through the same checks, in the normal and the ASan build).
 *
 * An error is one non-empty line; every block, row and cell lies in the document's text, in
 * order; the parsed report's sections, blocks and figures lie in their texts; everything the
 * views and the command line read can be produced.
 */
class ReaderChecks
{
public:
    /** Reads data with reader, parses it and checks the result; small inputs are also parsed
     *  again as a document composed through SourceDocumentBuilder. Returns the first broken
     *  invariant, or an empty string. OCR is off: it would cost seconds per input. */
    static QString check(const DocumentReader &reader, const QByteArray &data,
                         const QString &fileName);
    /** The bytes fuzz_docx gives DocxReader: input itself when it starts with "PK" (a zip),
     *  else a stored zip of its entries: the text up to the first "\n@@ " is
     *  word/document.xml, and each "\n@@ NAME\n" starts the entry NAME (word/styles.xml,
     *  word/numbering.xml, ...). Random bytes seldom make a zip whose checksums hold. */
    static QByteArray docxPackage(const QByteArray &input);
    /** The report's invariants alone; empty when they hold. */
    static QString checkReport(const Report &report);
};

#endif // REPORTSCOPE_READERCHECKS_H
