#ifndef REPORTSCOPE_SOURCEMETADATA_H
#define REPORTSCOPE_SOURCEMETADATA_H

#include <QList>
#include <QPair>
#include <QString>

/**
 * What the reader knows about the file itself, as opposed to what the parser reads from the
 * report's text (ReportMetadata). Fields a format does not have stay empty or 0.
 */
struct SourceMetadata
{
    QString formatName;        ///< e.g. "Plain text"; not translated: a format's name
    QString encoding;          ///< the text encoding the bytes were decoded with, e.g. "GB18030"
    int pageCount = 0;         ///< paged formats only
    int ocrPages = 0;          ///< pages read by OCR (no text layer)
    double ocrConfidence = -1; ///< mean OCR confidence 0–100 over those pages; -1 without OCR
    QString title;             ///< the format's own title field (PDF Info, <title>, Word core.xml)
    QString author;            ///< the format's author field
    QString created;           ///< creation date, ISO 8601, when the format records one
    QString modified;          ///< last modification date, ISO 8601
    /** Further reader details worth showing, e.g. {"Producer", "WPS Office"}. */
    QList<QPair<QString, QString>> details;
};

#endif // REPORTSCOPE_SOURCEMETADATA_H
