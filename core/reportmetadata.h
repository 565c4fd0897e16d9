#ifndef REPORTSCOPE_REPORTMETADATA_H
#define REPORTSCOPE_REPORTMETADATA_H

#include "core/reportfacts.h"

#include <QList>
#include <QPair>
#include <QString>

/**
 * Facts about a report gathered from its title block, page fields and signature.
 * Dates are ISO 8601 (yyyy-MM-dd) or empty when unknown.
 */
struct ReportMetadata
{
    QString title; ///< e.g. 武威市人民政府2021年度法治政府建设情况报告
    QString subtitle; ///< e.g. ——2026年1月25日在北京市第十六届人民代表大会第五次会议上
    QString issuer;         ///< the government or office that issued the report
    QString date;           ///< date of the document (signature date or date of delivery)
    QString published;      ///< publication date on the website
    QString indexNumber;    ///< 索引号
    QString source;         ///< 信息来源 / 来源
    QString author;         ///< 作者
    QString documentNumber; ///< 文件编号 / 文号
    QString speaker;        ///< e.g. 北京市市长 殷勇
    QString speakerPost;    ///< e.g. 北京市市长 (FrontMatterReader)
    QString speakerName;    ///< e.g. 殷勇
    QString closing;        ///< e.g. 特此报告。
    /** Every page field as found, e.g. {"公开方式", "主动公开"}. */
    QList<QPair<QString, QString>> fields;
    /** Type, place, issuer, years and date inferred after parsing (MetadataReader). */
    ReportFacts facts;
};

#endif // REPORTSCOPE_REPORTMETADATA_H
