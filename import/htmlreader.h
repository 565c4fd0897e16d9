#ifndef REPORTSCOPE_HTMLREADER_H
#define REPORTSCOPE_HTMLREADER_H

#include "import/documentreader.h"

#include <QCoreApplication>

/**
 * Reads saved web pages: HTML ("Web page, HTML only" and "Web page, complete"; the `_files/`
 * folder beside the page is never opened) and single-file archives (.mht/.mhtml, whose
 * text/html part is taken, see MhtmlArchive). The article is found and turned into blocks by
 * HtmlContentExtractor.
 *
 * The encoding comes from the bytes, not from the page's word: a byte order mark, then the
 * declared charset (the MIME part's or the page's meta) if the bytes decode strictly in it
 * and are not plainly UTF-8, then EncodingDetector. gb2312 and gbk labels decode as GB18030.
 * A declaration the bytes contradict is reported as a warning.
 */
class HtmlReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReader)

public:
    struct Decoded
    {
        QString text;
        QString encodingName;     ///< the encoding used, e.g. "UTF-8"
        QString declared;         ///< the declared charset, as written; empty when none
        bool mislabelled = false; ///< declared is not what the bytes are
        qsizetype invalidSequences = 0;
        bool binary = false;
    };

    QString formatName() const override;
    QStringList fileNamePatterns() const override;
    /** 90 for a MIME web archive, 80 for bytes that start like HTML (a doctype, <html>,
     *  <head> or <meta> near the start), else 0. */
    int probe(QByteArrayView head, const QString &fileName) const override;
    Result read(const QByteArray &data, const QString &fileName,
                const ReadOptions &options) const override;

    /** The charset a page declares in its first bytes (meta charset or http-equiv), lower
     *  case; empty when none. */
    static QByteArray declaredCharset(QByteArrayView html);
    /** Decodes page bytes; declared is the charset given outside the page (an MHT part's),
     *  or empty to look in the page. */
    static Decoded decode(QByteArrayView data, const QByteArray &declared);
};

#endif // REPORTSCOPE_HTMLREADER_H
