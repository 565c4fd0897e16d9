#ifndef REPORTSCOPE_MHTMLARCHIVE_H
#define REPORTSCOPE_MHTMLARCHIVE_H

#include <QByteArray>
#include <QByteArrayView>

/**
 * The HTML page inside a single-file web archive (.mht/.mhtml, MIME multipart/related, as
 * browsers save "Web page, single file"): finds the first text/html part and decodes its
 * quoted-printable or base64 transfer encoding. Images and style sheets are left alone.
 */
class MhtmlArchive
{
public:
    struct Page
    {
        QByteArray html;    ///< the page's bytes, transfer encoding undone, charset not
        QByteArray charset; ///< the part's charset parameter, lower case; may be empty
        bool found = false; ///< false when no text/html part was found
    };

    /** Whether the bytes start like a MIME message (headers with MIME-Version or a
     *  multipart Content-Type before the first blank line). */
    static bool looksLikeMhtml(QByteArrayView head);
    static Page htmlPage(QByteArrayView data);
    /** Undoes quoted-printable (soft line breaks and =XX escapes); bad escapes stay. */
    static QByteArray decodeQuotedPrintable(QByteArrayView data);
};

#endif // REPORTSCOPE_MHTMLARCHIVE_H
