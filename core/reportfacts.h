#ifndef REPORTSCOPE_REPORTFACTS_H
#define REPORTSCOPE_REPORTFACTS_H

#include <QString>

/**
 * What MetadataReader infers about a report once it is parsed: its type, the issuer and its
 * place, the years and the date, each with where it was read. A library of reports files
 * and compares reports by these.
 */
struct ReportFacts
{
    enum class Type {
        Other, ///< none of the kinds below
        Gzbg,  ///< 政府工作报告
        Fazhi, ///< 法治政府建设年度报告 / 法治政府建设情况的报告
        Xxgk,  ///< 政府信息公开工作年度报告
    };

    /** Where a field was read; FileName is the last resort. */
    enum class Source {
        None,      ///< not known
        Title,     ///< the title block
        Subtitle,  ///< the subtitle (——2026年1月28日在…会议上)
        Signature, ///< the issuer and date that sign the report
        PageField, ///< a field of the web page (发布机构, 发布日期)
        Text,     ///< the running text or its headings (我代表…向大会, 2025年工作回顾)
        FileName, ///< the name of the file
    };

    Type type = Type::Other;
    Source typeSource = Source::None;
    QString place; ///< 安徽省, 深圳市龙岗区, 全国 (for 国务院)
    Source placeSource = Source::None;
    QString issuer; ///< 安徽省人民政府, 国务院, 武威市司法局
    Source issuerSource = Source::None;
    int reportingYear = 0; ///< the year reported on; 0 when unknown
    Source reportingYearSource = Source::None;
    int documentYear = 0; ///< the year the document was written or delivered; 0 when unknown
    Source documentYearSource = Source::None;
    QString date; ///< delivery or signature date, yyyy-MM-dd, or empty
    Source dateSource = Source::None;
    QString published; ///< publication time on the website (yyyy-MM-dd), or empty
    Source publishedSource = Source::None;
    QString speakerPost; ///< 省人民政府省长; empty when the title block names only the person
    QString speakerName;                 ///< 王清宪
    Source speakerSource = Source::None; ///< of both post and name

    /** The stable name of a type in JSON: gzbg, fazhi, xxgk, other. */
    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Gzbg:
            return QStringLiteral("gzbg");
        case Type::Fazhi:
            return QStringLiteral("fazhi");
        case Type::Xxgk:
            return QStringLiteral("xxgk");
        case Type::Other:
            break;
        }
        return QStringLiteral("other");
    }

    /** The stable name of a source in JSON: title, subtitle, signature, page_field, text,
     *  file_name; empty for None. */
    static QString sourceName(Source source)
    {
        switch (source) {
        case Source::Title:
            return QStringLiteral("title");
        case Source::Subtitle:
            return QStringLiteral("subtitle");
        case Source::Signature:
            return QStringLiteral("signature");
        case Source::PageField:
            return QStringLiteral("page_field");
        case Source::Text:
            return QStringLiteral("text");
        case Source::FileName:
            return QStringLiteral("file_name");
        case Source::None:
            break;
        }
        return QString();
    }
};

#endif // REPORTSCOPE_REPORTFACTS_H
