#ifndef REPORTSCOPE_FRONTMATTERREADER_H
#define REPORTSCOPE_FRONTMATTERREADER_H

#include "core/pagechromefilter.h"

#include <QList>
#include <QString>
#include <QStringView>

/**
 * The front-matter stage of the parser: reads the lines above a report's running text — the
 * title block (also split over two lines), the subtitle with the delivery date
 * (——2026年1月28日在…会议上), the speaker (post and name apart: 省长　王予波, 四川省人民政府省长
 * 施小琳), source and time lines, photo captions, breadcrumbs (当前位置：…), field lines
 * (索引号: …) and other page furniture — and stops at the first line of the report (the
 * salutation 各位代表：, a heading, running text). None of these lines is ever a heading;
 * what they say feeds the metadata.
 */
class FrontMatterReader
{
public:
    enum class Role : quint8 {
        Body,    ///< the report starts here (only the line at bodyStart)
        Settled, ///< classified before this stage (Line::settled); left as it was
        Chrome,  ///< page furniture: menus, buttons, site names
        Breadcrumb,
        Caption,  ///< a photo caption (…本报记者 戴冰摄)
        Field,    ///< a page field line (索引号: …, 来源：…, 时间：…)
        Dateline, ///< a news agency dateline (新华社北京3月5日电)
        Title,
        Subtitle,
        Speaker,
    };

    struct Line
    {
        QStringView text;     ///< normalised (TextNormalizer), trimmed
        QStringView source;   ///< the same span as written
        bool prose = false;   ///< reads like a sentence
        bool table = false;   ///< a row of a table
        int hintLevel = -1;   ///< the reader's heading hint (see SourceBlock), -1 for none
        bool settled = false; ///< an earlier stage classified it (chrome, field, duplicate)
        /** An earlier stage found it no page chrome (PageChromeFilter::isChrome() is false),
         *  so it is not asked again. */
        bool notChrome = false;
    };

    struct Result
    {
        int bodyStart = 0;    ///< index of the first line of the report
        QList<Role> roles;    ///< one per line before bodyStart
        QString title;        ///< as written; two lines of a split title joined
        QString subtitle;     ///< as written
        QString deliveryDate; ///< the subtitle's date, yyyy-MM-dd, or empty
        QString speaker;      ///< the speaker line as written, spaces simplified
        QString speakerPost;  ///< 省人民政府省长; empty when the line names only the person
        QString speakerName;  ///< 王清宪 (spaces inside the name removed: 韦 韬 → 韦韬)
        QString dateline;     ///< the agency of a dateline (新华社)
        QString salutation;   ///< 各位代表： when the report starts with one
        /** Field lines read here (those not settled before), values as written. */
        QList<PageChromeFilter::Field> fields;
    };

    /**
     * Reads the front matter of lines (the whole document in order; reading stops at the
     * report's first line). firstLineIsPart tells that the first line is an unnumbered
     * part title the parser recognised (a file that opens with its first part).
     */
    static Result read(const QList<Line> &lines, bool firstLineIsPart = false);

    /** A salutation that opens a speech: 各位代表：, 同志们： (short, ends with : or ！). */
    static bool isSalutation(QStringView text);
};

#endif // REPORTSCOPE_FRONTMATTERREADER_H
