#include "import/htmlreader.h"

#include "core/sourcedocumentbuilder.h"
#include "import/encodingdetector.h"
#include "import/htmlcontentextractor.h"
#include "import/mhtmlarchive.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace {

DocumentReader::Result failure(DocumentReader::Error error, const QString &message)
{
    DocumentReader::Result r;
    r.error = error;
    r.errorMessage = message;
    return r;
}

// The decoder's name for a declared label; the GB family reads as its superset GB18030.
QByteArray canonicalCharset(const QByteArray &label)
{
    const QByteArray l = label.trimmed().toLower();
    if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030" || l == "cp936" ||
        l == "x-euc-cn" || l == "euc-cn" || l == "windows-936" || l == "gb_2312-80")
        return "GB18030";
    if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8")
        return "UTF-8";
    return l;
}

bool strictlyDecodes(const QByteArray &charset, QByteArrayView data, QString *text)
{
    QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(data);
    return !decoder.hasError();
}

bool hasNonAscii(QByteArrayView data)
{
    for (char c : data) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Whether data starts with tag (lower case), letters in any case; NUL bytes are skipped, so
// that the ASCII of a UTF-16 page matches too.
bool startsWithTag(QByteArrayView data, const char *tag)
{
    qsizetype at = 0;
    for (const char *t = tag; *t; ++t, ++at) {
        while (at < data.size() && data.at(at) == '\0')
            ++at;
        if (at >= data.size() || asciiLower(data.at(at)) != *t)
            return false;
    }
    return true;
}

} // namespace

QString HtmlReader::formatName() const
{
    return QStringLiteral("HTML");
}

QStringList HtmlReader::fileNamePatterns() const
{
    return {QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.xhtml"),
            QStringLiteral("*.mht"), QStringLiteral("*.mhtml")};
}

int HtmlReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    if (MhtmlArchive::looksLikeMhtml(head))
        return 90;
    // Markup near the start, after a BOM, white space or comments: the page's own opening.
    const QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 1024));
    for (qsizetype at = 0; (at = start.indexOf('<', at)) >= 0; ++at) {
        for (const char *tag : {"!doctype html", "html", "head", "meta ", "title>", "body"}) {
            if (startsWithTag(start.sliced(at + 1), tag))
                return 80;
        }
    }
    return 0;
}

QByteArray HtmlReader::declaredCharset(QByteArrayView html)
{
    // <meta charset="utf-8"> or <meta http-equiv="Content-Type" content="text/html;
    // charset=gb2312">, within the head (the first 8 KB is what browsers look at too).
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(html.first(qMin<qsizetype>(html.size(), 8192)));
    const QRegularExpressionMatch m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

HtmlReader::Decoded HtmlReader::decode(QByteArrayView data, const QByteArray &declaredOutside)
{
    Decoded out;
    const EncodingDetector::Result sniffed = EncodingDetector::detect(data);
    if (sniffed.bomLength > 0 || sniffed.encoding == EncodingDetector::Encoding::Utf16LE ||
        sniffed.encoding == EncodingDetector::Encoding::Utf16BE) {
        // A byte order mark (or UTF-16's NULs) outweighs any declaration.
        const EncodingDetector::Decoded d = EncodingDetector::decode(data);
        out.text = d.text;
        out.encodingName = d.encodingName;
        out.invalidSequences = d.invalidSequences;
        out.binary = d.binary;
        return out;
    }
    if (sniffed.binary) {
        out.binary = true;
        return out;
    }
    const QByteArray declared =
        declaredOutside.isEmpty() ? declaredCharset(data) : declaredOutside.toLower();
    out.declared = QString::fromLatin1(declared);
    const QByteArray charset = canonicalCharset(declared);
    if (!charset.isEmpty()) {
        QString text;
        // Strictly valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page says: GBK text
        // practically never forms valid UTF-8, while UTF-8 text often decodes as GB18030.
        const bool utf8 = hasNonAscii(data) && strictlyDecodes("UTF-8", data, &text);
        if (charset != "UTF-8" && utf8) {
            out.text = text;
            out.encodingName = QStringLiteral("UTF-8");
            out.mislabelled = true;
            return out;
        }
        if (strictlyDecodes(charset, data, &text)) {
            out.text = text;
            out.encodingName = QString::fromLatin1(charset);
            return out;
        }
    }
    const EncodingDetector::Decoded d = EncodingDetector::decode(data);
    out.text = d.text;
    out.encodingName = d.encodingName;
    out.invalidSequences = d.invalidSequences;
    out.binary = d.binary;
    out.mislabelled = !charset.isEmpty() && !d.binary && charset != d.encodingName.toLatin1();
    return out;
}

DocumentReader::Result HtmlReader::read(const QByteArray &data, const QString &fileName,
                                        const ReadOptions &options) const
{
    Q_UNUSED(fileName);
    if (data.isEmpty())
        return failure(Error::Empty, tr("The file is empty."));
    QByteArray page = data;
    QByteArray partCharset;
    const bool archive =
        MhtmlArchive::looksLikeMhtml(data.first(qMin<qsizetype>(data.size(), 4096)));
    if (archive) {
        MhtmlArchive::Page part = MhtmlArchive::htmlPage(data);
        if (!part.found)
            return failure(Error::Damaged, tr("This web archive (MHT) holds no HTML page."));
        page = std::move(part.html);
        partCharset = part.charset;
    }
    Decoded decoded = decode(page, partCharset);
    if (decoded.binary)
        return failure(
            Error::NotText,
            tr("This web page is damaged: its bytes are not text in any known encoding."));
    page = decoded.text.toUtf8();
    decoded.text.clear();

    SourceDocumentBuilder builder;
    const HtmlContentExtractor::Result extracted =
        HtmlContentExtractor::extract(page, builder, options.cancel);
    if (extracted.cancelled)
        return failure(Error::Cancelled, tr("Loading was cancelled."));
    if (extracted.blockCount == 0)
        return failure(Error::Empty, tr("The web page holds no readable text."));

    SourceMetadata &m = builder.metadata();
    m.formatName = archive ? QStringLiteral("MHTML") : formatName();
    m.encoding = decoded.encodingName;
    if (!decoded.declared.isEmpty())
        m.details.append({QStringLiteral("Declared encoding"), decoded.declared});
    if (!extracted.container.isEmpty())
        m.details.append({QStringLiteral("Content block"), extracted.container});
    if (decoded.mislabelled)
        builder.addWarning(
            ReportWarning::declaredEncodingWrong(decoded.declared, decoded.encodingName));
    if (decoded.invalidSequences > 0)
        builder.addWarning(
            ReportWarning::invalidBytesReplaced(decoded.invalidSequences, decoded.encodingName));
    Result r;
    r.document = builder.take();
    return r;
}
