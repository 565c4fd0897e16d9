#include "import/pdfreader.h"

#include "import/readermodule.h"

QString PdfReader::formatName() const
{
    return QStringLiteral("PDF");
}

QStringList PdfReader::fileNamePatterns() const
{
    return {QStringLiteral("*.pdf")};
}

int PdfReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    return scoreHead(head);
}

DocumentReader::Result PdfReader::read(const QByteArray &data, const QString &fileName,
                                       const ReadOptions &options) const
{
    QString why;
    const DocumentReader *reader = ReaderModule::reader(QString::fromLatin1(ModuleName), &why);
    if (!reader) {
        Result r;
        r.error = Error::Damaged;
        r.errorMessage = tr("PDF files cannot be read: %1").arg(why);
        return r;
    }
    return reader->read(data, fileName, options);
}
