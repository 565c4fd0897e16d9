#include "core/headingdetector.h"

#include "core/chinesenumerals.h"
#include "core/textclasses.h"
#include "core/textnormalizer.h"

namespace {

using Kind = Section::Kind;

// What follows the numeral of an ordinal: 第一，第二、第三：
constexpr TextClasses::Classes ListPunctuation =
    TextClasses::Comma | TextClasses::EnumerationComma | TextClasses::Colon;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QChar at(QStringView t, qsizetype i)
{
    return i >= 0 && i < t.size() ? t.at(i) : QChar();
}

qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && TextNormalizer::isSpace(t.at(i)))
        ++i;
    return i;
}

HeadingDetector::Match make(Kind kind, int number, qsizetype length, QStringView t)
{
    HeadingDetector::Match m;
    m.matched = true;
    m.kind = kind;
    m.number = number;
    m.length = length;
    m.contentStart = skipSpaces(t, length);
    return m;
}

// Reads 1-3 Arabic digits at pos.
qsizetype arabicRun(QStringView t, qsizetype pos, int *value)
{
    qsizetype end = pos;
    int v = 0;
    while (end < t.size() && isAsciiDigit(t.at(end))) {
        v = v * 10 + (t.at(end).unicode() - u'0');
        ++end;
        if (end - pos > 3)
            return 0;
    }
    *value = v;
    return end - pos;
}

// Reads a heading numeral (一 … 九十九) at pos.
qsizetype chineseRun(QStringView t, qsizetype pos, int *value)
{
    qsizetype len = ChineseNumerals::runLength(t, pos);
    if (len == 0 || len > 3)
        return 0;
    const int v = HeadingDetector::headingNumeral(t.sliced(pos, len));
    if (v <= 0)
        return 0;
    *value = v;
    return len;
}

} // namespace

int HeadingDetector::headingNumeral(QStringView run)
{
    if (run.isEmpty())
        return -1;
    if (run.size() == 1) {
        if (run.at(0) == u'十')
            return 10;
        const int d = ChineseNumerals::digitValue(run.at(0));
        return d > 0 && run.at(0) != u'两' ? d : -1;
    }
    // Several characters only with 十 (十二, 二十, 二十三): 一二 is not a heading number.
    if (!run.contains(u'十'))
        return -1;
    for (QChar c : run) {
        if (c == u'两' || c == u'〇' || c == u'零' || c == u'百' || c == u'千' || c == u'万')
            return -1;
    }
    const qint64 v = ChineseNumerals::parse(run);
    return v > 0 && v < 100 ? int(v) : -1;
}

HeadingDetector::Match HeadingDetector::matchParagraphStart(QStringView t)
{
    if (t.isEmpty())
        return Match();
    const QChar c0 = t.at(0);
    int n = 0;

    // ① … ⑳
    if (c0.unicode() >= 0x2460 && c0.unicode() <= 0x2473)
        return make(Kind::Circled, c0.unicode() - 0x2460 + 1, 1, t);

    // —— lead items (two or more em dashes)
    if (c0 == u'—' && at(t, 1) == u'—') {
        qsizetype len = 2;
        while (at(t, len) == u'—')
            ++len;
        if (len <= 4 && !TextNormalizer::isSpace(at(t, len)) && len < t.size())
            return make(Kind::Dash, 0, len, t);
        return Match();
    }

    // (一) and (1)
    if (c0 == u'(') {
        if (const qsizetype len = chineseRun(t, 1, &n); len > 0 && at(t, 1 + len) == u')')
            return make(Kind::ChineseParen, n, len + 2, t);
        if (const qsizetype len = arabicRun(t, 1, &n);
            len > 0 && len <= 2 && n > 0 && at(t, 1 + len) == u')')
            return make(Kind::ArabicParen, n, len + 2, t);
        return Match();
    }

    // 第一部分, 第一章, 第一，
    if (c0 == u'第') {
        const qsizetype len = chineseRun(t, 1, &n);
        if (len == 0)
            return Match();
        const qsizetype after = 1 + len;
        const QChar d = at(t, after);
        // 第一部分 / 第一章 / 第一篇 as a heading line, not a sentence ("第一篇的正文…。").
        const qsizetype chapterEnd = t.sliced(after).startsWith(u"部分") ? after + 2
                                     : (d == u'章' || d == u'篇')        ? after + 1
                                                                         : 0;
        if (chapterEnd > 0) {
            const QChar next = at(t, chapterEnd);
            const QStringView rest = t.sliced(chapterEnd);
            if (next.isNull() || TextNormalizer::isSpace(next) || next == u':' || next == u'、' ||
                (rest.size() <= 30 && !rest.contains(u'。')))
                return make(Kind::Chapter, n, chapterEnd, t);
            return Match();
        }
        if (TextClasses::is(d, ListPunctuation))
            return make(Kind::Ordinal, n, after + 1, t);
        return Match();
    }

    // 附件, 附件一, 附件1, 附件：
    if (t.startsWith(u"附件")) {
        qsizetype len = 2;
        if (const qsizetype cl = chineseRun(t, 2, &n); cl > 0)
            len += cl;
        else if (const qsizetype al = arabicRun(t, 2, &n); al > 0)
            len += al;
        const bool numbered = len > 2;
        const bool colon = at(t, len) == u':' || at(t, len) == u'、';
        if (colon)
            ++len;
        // Only a line that is an attachment heading, not a sentence about attachments:
        // "附件", "附件一", "附件2：统计表", "附件：名词解释".
        const qsizetype rest = skipSpaces(t, len);
        const QStringView title = t.sliced(rest);
        if (title.isEmpty() ||
            ((numbered || colon) && title.size() <= 40 && !title.contains(u'。')))
            return make(Kind::Attachment, n, len, t);
        return Match();
    }

    // 1. 1、
    if (isAsciiDigit(c0)) {
        const qsizetype len = arabicRun(t, 0, &n);
        if (len == 0 || n == 0)
            return Match();
        const QChar d = at(t, len);
        const QChar next = at(t, len + 1);
        if (d == u'.' && next != u'%' && !next.isNull()) {
            Match m = make(Kind::ArabicDot, n, len + 1, t);
            m.ambiguous = isAsciiDigit(next);
            return m;
        }
        if (d == u'、' && !next.isNull()) {
            // "2、3月份" reads as a list of numbers unless the list already reached 1.
            Match m = make(Kind::ArabicComma, n, len + 1, t);
            m.ambiguous = isAsciiDigit(next);
            return m;
        }
        return Match();
    }

    // 一、 and 一是
    if (const qsizetype len = chineseRun(t, 0, &n); len > 0) {
        const QChar d = at(t, len);
        const QChar next = at(t, len + 1);
        if (d == u'、' && !next.isNull())
            return make(Kind::ChineseComma, n, len + 1, t);
        // 一是…二是… and 一要…二要… enumerate the points of a paragraph.
        if ((d == u'是' || d == u'要') && !next.isNull() && next != u'的' && next != u'求' &&
            !TextClasses::is(next, TextClasses::Comma | TextClasses::EnumerationComma))
            return make(Kind::Enumeration, n, len + 1, t);
    }
    return Match();
}

HeadingDetector::Match HeadingDetector::matchInline(QStringView t, qsizetype pos)
{
    const QStringView rest = t.sliced(pos);
    const Match m = matchParagraphStart(rest);
    if (!m.matched || (m.kind != Kind::Enumeration && m.kind != Kind::Ordinal))
        return Match();
    // Inside a paragraph the numeral must not continue a longer number (十一是 read as 一是).
    if (pos > 0 && ChineseNumerals::isNumeral(t.at(pos - 1)))
        return Match();
    return m;
}
