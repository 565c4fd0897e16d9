#ifndef REPORTSCOPE_PAGEFURNITURE_H
#define REPORTSCOPE_PAGEFURNITURE_H

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * Recognises the furniture of paged documents that is not report text: page numbers
 * (`-1-`, `— 1 —`, `第 1 页 共 5 页`, `2/5`) and running headers and footers (lines that
 * stand at the top or bottom of most pages, their numbers aside).
 *
 * Works on line texts only, so PDF and OCR readers share it; PageChromeFilter does the same
 * for the page breaks left in plain text.
 */
class PageFurniture
{
public:
    /** A line that holds a page number and nothing else. */
    static bool isPageNumber(QStringView line);
    /** The line with digits and white space taken out: what stays the same from page to page. */
    static QString key(QStringView line);
    /** Keys of lines repeated at the top or bottom of most pages: edgeLines holds, per page,
     *  its first and last few lines. Needs three pages; a key must be on 60% of them. */
    static QSet<QString> repeatedKeys(const QList<QStringList> &edgeLines);
};

#endif // REPORTSCOPE_PAGEFURNITURE_H
