#include "import/docxreader.h"

#include "import/readermodule.h"

QString DocxReader::formatName() const
{
    return QStringLiteral("Word (DOCX)");
}

QStringList DocxReader::fileNamePatterns() const
{
    return {QStringLiteral("*.docx")};
}

int DocxReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    return scoreHead(head);
}

DocumentReader::Result DocxReader::read(const QByteArray &data, const QString &fileName,
                                        const ReadOptions &options) const
{
    QString why;
    const DocumentReader *reader = ReaderModule::reader(QString::fromLatin1(ModuleName), &why);
    if (!reader) {
        Result r;
        r.error = Error::Damaged;
        r.errorMessage = tr("Word documents cannot be read: %1").arg(why);
        return r;
    }
    return reader->read(data, fileName, options);
}
