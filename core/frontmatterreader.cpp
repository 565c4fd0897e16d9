#include "core/frontmatterreader.h"

#include "core/dateparser.h"
#include "core/headingdetector.h"
#include "core/textclasses.h"
#include "core/textnormalizer.h"

#include <QRegularExpression>

namespace {

// A document title line: names a report and is no sentence.
bool looksLikeTitle(QStringView v)
{
    if (v.size() < 6 || v.size() > 60 || v.contains(u'。') || v.contains(u',') || v.contains(u':'))
        return false;
    return v.contains(u"报告") || v.contains(u"公报") || v.contains(u"总结");
}

// The first half of a title split over two lines: a year or an issuer on its own
// (2026年 / 北京市 / 深圳市人民政府), only ideographs and digits.
bool isTitleHead(QStringView v)
{
    if (v.size() < 2 || v.size() > 24)
        return false;
    for (QChar c : v) {
        if (!TextClasses::is(c, TextClasses::UnifiedIdeograph) && !(c >= u'0' && c <= u'9'))
            return false;
    }
    static const QRegularExpression end(QStringLiteral("(政府|省|市|区|县|州|自治区|年|年度)$"));
    return end.match(v).hasMatch();
}

// The second half names no place of its own, or starts with 关于 (…人民政府 / 关于…的报告):
// a title that names its issuer is whole already.
bool isTitleTail(QStringView v)
{
    if (v.startsWith(u"关于"))
        return true;
    for (QChar c : v) {
        if (c == u'省' || c == u'市' || c == u'区' || c == u'县' || c == u'州')
            return false;
    }
    return true;
}

// The dashes a subtitle opens with: ——, --, ――, and one — as some pages print it.
qsizetype subtitleDash(QStringView v)
{
    qsizetype n = 0;
    while (n < v.size() && n < 2 &&
           (v.at(n) == u'—' || v.at(n) == u'-' || v.at(n) == u'―' || v.at(n) == u'–'))
        ++n;
    return n;
}

bool isNameChar(QChar c)
{
    return TextClasses::is(c, TextClasses::UnifiedIdeograph) || c == u'·' || c == u'•';
}

// A person's name standing alone: two to four ideographs, one space allowed inside
// (韦 韬), or a transcribed name with a middle dot (艾尔肯·吐尼亚孜).
bool isPersonName(QStringView v)
{
    if (v.size() < 2 || v.size() > 16)
        return false;
    int ideographs = 0;
    int spaces = 0;
    bool dot = false;
    for (QChar c : v) {
        if (TextNormalizer::isSpace(c))
            ++spaces;
        else if (c == u'·' || c == u'•')
            dot = true;
        else if (TextClasses::is(c, TextClasses::UnifiedIdeograph))
            ++ideographs;
        else
            return false;
    }
    if (!isNameChar(v.front()) || !isNameChar(v.back()) || spaces > 1)
        return false;
    return dot ? ideographs >= 3 : (ideographs >= 2 && ideographs <= 4);
}

// A cheap first test for the speaker line: every post it may name (总理, 省长, 主席, 主任,
// 书记, …) ends with one of these characters, and most lines hold none of them.
bool mayNamePost(QStringView v)
{
    static constexpr QStringView lastOfPost = u"理长席任记";
    for (QChar c : v) {
        if (TextClasses::oneOf(lastOfPost, c))
            return true;
    }
    return false;
}

QString withoutSpaces(QStringView v)
{
    QString out;
    out.reserve(v.size());
    for (QChar c : v) {
        if (!TextNormalizer::isSpace(c))
            out += c;
    }
    return out;
}

} // namespace

bool FrontMatterReader::isSalutation(QStringView text)
{
    if (text.size() < 3 || text.size() > 12)
        return false;
    const QChar last = text.back();
    if (last != u':' && last != u'：' && last != u'!' && last != u'！')
        return false;
    const QStringView words = text.first(text.size() - 1);
    for (QChar c : words) {
        if (!TextClasses::is(c, TextClasses::UnifiedIdeograph) && c != u'、')
            return false;
    }
    // Those addressed: 各位代表, 各位委员, 同志们, 朋友们 (a list lead 主要做了以下工作： is not).
    return words.startsWith(u"各位") || words.endsWith(u'们');
}

FrontMatterReader::Result FrontMatterReader::read(const QList<Line> &lines, bool firstLineIsPart)
{
    // The post ends with one of these titles; what follows it is the name.
    static const QRegularExpression speakerRe(QStringLiteral(
        "^(\\S{0,16}?(?:总理|副总理|市长|代市长|省长|代省长|区长|代区长|县长|代县长|州长|主席|"
        "主任|书记|局长))(\\s*)(\\S.{0,16})$"));
    // Shared (a copy costs a reference count, not a new match object) by the lines that
    // cannot name a post.
    static const QRegularExpressionMatch noMatch;
    Result r;
    int i = 0;
    // The next line that is neither settled nor furniture, or -1.
    const auto nextText = [&lines](int from) {
        for (int k = from; k < lines.size(); ++k) {
            const Line &l = lines.at(k);
            if (!l.settled && (l.notChrome || !PageChromeFilter::isChrome(l.text)))
                return k;
        }
        return -1;
    };
    for (; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (l.settled) {
            r.roles.append(Role::Settled);
            continue;
        }
        const QStringView v = l.text;
        if (!l.notChrome && PageChromeFilter::isChrome(v)) {
            r.roles.append(PageChromeFilter::isBreadcrumb(v) ? Role::Breadcrumb
                           : PageChromeFilter::isCaption(v)  ? Role::Caption
                                                             : Role::Chrome);
            continue;
        }
        if (const QList<PageChromeFilter::Field> fields = PageChromeFilter::parseFields(v);
            !fields.isEmpty()) {
            for (PageChromeFilter::Field f : fields) {
                f.value = l.source.sliced(f.valueStart, f.valueEnd - f.valueStart).toString();
                r.fields.append(f);
            }
            r.roles.append(Role::Field);
            continue;
        }
        // The subtitle: the date of delivery and the meeting, after a dash or without one
        // (2026年1月31日在…会议上).
        if (v.size() <= 80 && !v.contains(u'。')) {
            const qsizetype dash = subtitleDash(v);
            const DateParser::Match d = DateParser::find(v);
            if (d.isValid() && ((dash == 2) || (d.start == dash && v.contains(u"会议")))) {
                r.roles.append(Role::Subtitle);
                r.subtitle = l.source.toString();
                r.deliveryDate = d.date.toString(Qt::ISODate);
                continue;
            }
        }
        if (const QString agency = PageChromeFilter::datelineAgency(v); !agency.isEmpty()) {
            r.roles.append(Role::Dateline);
            r.dateline = agency;
            continue;
        }
        const bool heading = HeadingDetector::matchParagraphStart(v).matched;
        if (l.prose || heading || v.endsWith(u':') || v.size() > 60 || l.table) {
            if (isSalutation(v))
                r.salutation = l.source.toString();
            break;
        }
        // A block the reader marked as a heading starts the report unless it is the title.
        const bool title = looksLikeTitle(v);
        if (l.hintLevel >= 0 && !title)
            break;
        if (title) {
            // Sites print the title twice (page heading and document heading): the first
            // is the title, the repeats are furniture. A title split over two lines has
            // its first half on the line before.
            if (r.title.isEmpty()) {
                r.title = l.source.toString();
                if (i > 0 && r.roles.last() == Role::Chrome && isTitleHead(lines.at(i - 1).text) &&
                    isTitleTail(v)) {
                    r.title = lines.at(i - 1).source.toString() + r.title;
                    r.roles.last() = Role::Title;
                }
            }
            r.roles.append(Role::Title);
            continue;
        }
        if (v.size() <= 24) {
            const QRegularExpressionMatch m = mayNamePost(v) ? speakerRe.match(v) : noMatch;
            // A post without a place before it (省长　王予波) is set apart from the name: 市长信箱
            // is a menu.
            if (m.hasMatch() && isPersonName(m.capturedView(3)) &&
                (m.capturedLength(1) > 2 || m.capturedLength(2) > 0)) {
                r.roles.append(Role::Speaker);
                r.speaker = l.source.toString().simplified();
                r.speakerPost = l.source.sliced(m.capturedStart(1), m.capturedLength(1)).toString();
                r.speakerName = withoutSpaces(l.source.sliced(m.capturedStart(3)));
                continue;
            }
            // A name alone under the title block, right before the salutation (毛伟明).
            if (r.speaker.isEmpty() && (!r.title.isEmpty() || !r.subtitle.isEmpty()) &&
                isPersonName(v)) {
                const int next = nextText(i + 1);
                if (next >= 0 && isSalutation(lines.at(next).text)) {
                    r.roles.append(Role::Speaker);
                    r.speaker = l.source.toString().simplified();
                    r.speakerName = withoutSpaces(l.source);
                    continue;
                }
            }
        }
        // A part heading can open a file, but short lines further down the page top are
        // menus ("工作报告") however much they look like parts.
        if (v.size() > 40 || (i == 0 && firstLineIsPart))
            break;
        // Anything else above the report is page furniture: menus, buttons, site names.
        r.roles.append(Role::Chrome);
    }
    r.bodyStart = i;
    return r;
}
