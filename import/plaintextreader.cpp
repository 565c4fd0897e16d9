#include "import/plaintextreader.h"

#include "core/plaintextsplitter.h"
#include "core/textnormalizer.h"
#include "import/encodingdetector.h"

namespace {

DocumentReader::Result failure(DocumentReader::Error error, const QString &message)
{
    DocumentReader::Result r;
    r.error = error;
    r.errorMessage = message;
    return r;
}

} // namespace

QString PlainTextReader::formatName() const
{
    return QStringLiteral("Plain text");
}

QStringList PlainTextReader::fileNamePatterns() const
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.text")};
}

int PlainTextReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(head);
    Q_UNUSED(fileName);
    return 1;
}

DocumentReader::Result PlainTextReader::read(const QByteArray &data, const QString &fileName,
                                             const ReadOptions &options) const
{
    Q_UNUSED(fileName);
    if (data.isEmpty())
        return failure(Error::Empty, tr("The file is empty."));
    QString normalized;
    EncodingDetector::Decoded decoded = EncodingDetector::decode(data, &normalized);
    if (decoded.binary)
        return failure(Error::NotText, tr("This is not a text file (it looks like binary data)."));
    bool blank = true;
    for (QChar c : std::as_const(decoded.text)) {
        if (!TextNormalizer::isSpace(c)) {
            blank = false;
            break;
        }
    }
    if (blank)
        return failure(Error::Empty, tr("The file holds no text, only white space."));
    if (options.cancel && options.cancel->load())
        return failure(Error::Cancelled, tr("Loading was cancelled."));

    Result r;
    r.document = PlainTextSplitter::split(decoded.text, normalized);
    decoded.text.clear(); // the document holds them now
    normalized.clear();
    r.document.metadata().formatName = formatName();
    r.document.metadata().encoding = decoded.encodingName;
    if (decoded.invalidSequences > 0)
        r.document.addWarning(
            ReportWarning::invalidBytesReplaced(decoded.invalidSequences, decoded.encodingName));
    return r;
}
