#ifndef REPORTSCOPE_METADATAREADER_H
#define REPORTSCOPE_METADATAREADER_H

#include "core/metadatavocabulary.h"
#include "core/reportfacts.h"
#include "core/reportmetadata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Infers a parsed report's type, issuer, place, years and date (ReportFacts) from what the
 * parser found (title, subtitle, signature, page fields), the report's headings and text,
 * and, as the last resort, the file name. Each field records where it was read. The words
 * and patterns are data (MetadataVocabulary: core/data/metadata.tsv, places.tsv).
 *
 * Sources are tried from the most to the least explicit: for the place, the title, the
 * subtitle's meeting (在青海省第十四届人民代表大会…), the signature, the opening
 * (我代表…向大会), the page's 发布机构, then the file name. An issuer that names only its
 * level (我代表省人民政府) takes the place of that level the text names most often. A district
 * is given its city when the text writes them together or the place list knows the city
 * and the text names it (宝安区 → 深圳市宝安区).
 */
class MetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(MetadataReader)

public:
    explicit MetadataReader(const MetadataVocabulary &vocabulary = MetadataVocabulary::builtIn());

    /**
     * The facts of one report. text is the report's text (the whole file as read: only its
     * first part is searched), headings the titles of its sections (level 1 and 2, in
     * order), filePath the file it was read from (may be empty).
     */
    ReportFacts read(const ReportMetadata &metadata, QStringView text, const QStringList &headings,
                     const QString &filePath) const;

    /** The type as a reader names it, in the current language. */
    static QString typeDisplayName(ReportFacts::Type type);
    /** Where a field was read, in the current language (for the overview). */
    static QString sourceDisplayName(ReportFacts::Source source);

private:
    const MetadataVocabulary &m_vocabulary;
};

#endif // REPORTSCOPE_METADATAREADER_H
