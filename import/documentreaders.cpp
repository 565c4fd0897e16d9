#include "import/documentreaders.h"

#include "import/docreader.h"
#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/pdfreader.h"
#include "import/plaintextreader.h"

const QList<const DocumentReader *> &DocumentReaders::all()
{
    // Function-local statics: built once, thread-safe, never destroyed before use ends.
    static const PlainTextReader plainText;
    static const HtmlReader html;
    static const DocxReader docx;
    static const DocReader doc;
    static const PdfReader pdf;
    static const QList<const DocumentReader *> readers{&plainText, &html, &docx, &doc, &pdf};
    return readers;
}

const DocumentReader *DocumentReaders::forData(QByteArrayView data, const QString &fileName)
{
    const QByteArrayView head = data.first(qMin(data.size(), ProbeLength));
    const DocumentReader *best = nullptr;
    int bestScore = -1;
    for (const DocumentReader *reader : all()) {
        const int score = reader->probe(head, fileName);
        if (score > bestScore) {
            best = reader;
            bestScore = score;
        }
    }
    return best;
}

QString DocumentReaders::fileDialogFilter()
{
    QStringList every;
    QStringList entries;
    for (const DocumentReader *reader : all()) {
        const QStringList patterns = reader->fileNamePatterns();
        every += patterns;
        entries.append(QStringLiteral("%1 (%2)").arg(reader->formatName(), patterns.join(u' ')));
    }
    entries.prepend(tr("Reports (%1)").arg(every.join(u' ')));
    entries.append(tr("All files (*)"));
    return entries.join(QStringLiteral(";;"));
}
