#ifndef REPORTSCOPE_PAGECHROMEFILTER_H
#define REPORTSCOPE_PAGECHROMEFILTER_H

#include "core/textspan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * Recognises the web-page furniture that scraped reports carry: breadcrumbs, field lines
 * (索引号: … 发布机构: …), share and print links, font-size switches, footers and captions.
 *
 * All functions take one trimmed line of normalised text (see TextNormalizer). The words
 * matched are data: core/data/pagechrome.tsv (see WordLists), loaded once.
 */
class PageChromeFilter
{
public:
    struct Field
    {
        QString key;              ///< e.g. 索引号, 发布机构, 发文日期, 信息来源
        QString value;            ///< trimmed; may be empty
        qsizetype valueStart = 0; ///< the value's offset in the line
        qsizetype valueEnd = 0;
    };

    /** Lines that are page furniture wherever they stand. */
    static bool isChrome(QStringView line);
    /** A breadcrumb line (当前位置：…, >政府信息公开>…); part of isChrome(). */
    static bool isBreadcrumb(QStringView line);
    /** A photo caption (…本报记者 戴冰摄); part of isChrome(). */
    static bool isCaption(QStringView line);
    /**
     * Lines after which the rest of the page is furniture (扫一扫…, 相关报道, Produced By…,
     * 【我要纠错】, 责任编辑).
     */
    static bool startsTrailer(QStringView line);
    /** Short fragments (大 / 中 / 小, 打印, 收藏, site menus) that are furniture at the top or
     *  bottom of a page but could be text elsewhere. */
    static bool isNavigationFragment(QStringView line);
    /** The fields of a field line such as "索引号: X 公开方式: 主动公开"; empty if the line
     *  is not a field line. */
    static QList<Field> parseFields(QStringView line);
    /** A news agency dateline such as 新华社北京3月12日电; returns the agency or empty. */
    static QString datelineAgency(QStringView line);

    /** Newspaper jump lines inside a line: (下转第四版), (紧接第一版), (上接第2版); their
     *  spans in the line, in order (words of the jump_line list). */
    static QList<TextSpan> jumpLines(QStringView line);

    /** The lists core/data/pagechrome.tsv holds (trailer_start, field_key, …). */
    static QStringList wordListNames();
};

#endif // REPORTSCOPE_PAGECHROMEFILTER_H
