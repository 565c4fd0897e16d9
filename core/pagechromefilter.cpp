#include "core/pagechromefilter.h"

#include "core/textclasses.h"
#include "core/textnormalizer.h"
#include "core/wordlists.h"

#include <QRegularExpression>

namespace {

// The lists of core/data/pagechrome.tsv, in the order wordListNames() names them.
enum List {
    TrailerStart,
    TrailerInside,
    BreadcrumbStart,
    ChromeLine,
    ChromeInside,
    CaptionEnd,
    CaptionCredit,
    FieldKey,
    JumpLine,
};

const WordLists &words()
{
    static const WordLists lists = WordLists::builtIn(
        QStringLiteral(":/reportscope/text/pagechrome.tsv"), PageChromeFilter::wordListNames());
    return lists;
}

// trailer_inside and chrome_inside in one: isChrome() passes over a line once for both.
const Lexicon &anywhere()
{
    static const Lexicon lexicon(words().list(TrailerInside).words() +
                                 words().list(ChromeInside).words());
    return lexicon;
}

// Length of the key at pos if one of the field keys stands there followed by a colon. No key
// is followed by a colon inside a longer key, so the longest key at pos is the one to try.
qsizetype keyAt(QStringView line, qsizetype pos, QString *key)
{
    const Lexicon &keys = words().list(FieldKey);
    const qsizetype k = keys.indexAt(line, pos, line.size());
    if (k < 0)
        return 0;
    const QString &word = keys.words().at(k);
    qsizetype p = pos + word.size();
    while (p < line.size() && TextNormalizer::isSpace(line.at(p)))
        ++p;
    if (p < line.size() && line.at(p) == u':') {
        *key = word;
        return p + 1 - pos;
    }
    return 0;
}

} // namespace

QList<PageChromeFilter::Field> PageChromeFilter::parseFields(QStringView line)
{
    QList<Field> fields;
    QString key;
    qsizetype keyLen = keyAt(line, 0, &key);
    if (keyLen == 0)
        return fields;
    // A field line is short and holds values, not sentences.
    if (line.size() > 160 || line.contains(u'。'))
        return fields;
    qsizetype valueStart = keyLen;
    QString currentKey = key;
    for (qsizetype i = keyLen; i <= line.size(); ++i) {
        qsizetype nextLen = 0;
        QString nextKey;
        // Another key only after whitespace: "索引号: X 公开方式: 主动公开".
        if (i < line.size() && i > 0 && TextNormalizer::isSpace(line.at(i - 1)))
            nextLen = keyAt(line, i, &nextKey);
        if (i == line.size() || nextLen > 0) {
            qsizetype vs = valueStart;
            qsizetype ve = i;
            while (vs < ve && TextNormalizer::isSpace(line.at(vs)))
                ++vs;
            while (ve > vs && TextNormalizer::isSpace(line.at(ve - 1)))
                --ve;
            fields.append({currentKey, line.sliced(vs, ve - vs).toString(), vs, ve});
            if (i == line.size())
                break;
            currentKey = nextKey;
            valueStart = i + nextLen;
            i += nextLen - 1;
        }
    }
    // Values such as "2022-03-04 14:26" keep their time; tabs between key and value go.
    for (Field &f : fields) {
        f.value = f.value.simplified();
    }
    return fields;
}

bool PageChromeFilter::startsTrailer(QStringView line)
{
    const WordLists &w = words();
    return w.list(TrailerStart).startsAny(line) || w.list(TrailerInside).occursIn(line);
}

bool PageChromeFilter::isChrome(QStringView line)
{
    if (line.isEmpty())
        return true;
    const WordLists &w = words();
    // A trailer (startsTrailer()), a breadcrumb, a whole-line word, a word that is furniture
    // anywhere, or a photo caption.
    if (w.list(TrailerStart).startsAny(line) || isBreadcrumb(line) ||
        w.list(ChromeLine).contains(line) || anywhere().occursIn(line) || isCaption(line))
        return true;
    // Several page buttons on one line: "下载、打印", "打印 | 关闭".
    if (line.size() > 40)
        return false;
    int buttons = 0;
    qsizetype s = 0;
    static constexpr QStringView separators = u"、|/ ·";
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && !TextClasses::oneOf(separators, line.at(i)))
            continue;
        if (i > s) {
            if (!w.list(ChromeLine).contains(line.sliced(s, i - s)))
                return false;
            ++buttons;
        }
        s = i + 1;
    }
    return buttons >= 2;
}

bool PageChromeFilter::isBreadcrumb(QStringView line)
{
    // ">政府信息公开>法定主动公开内容>…", "首页 > 新闻", "当前位置：…".
    if (words().list(BreadcrumbStart).startsAny(line))
        return true;
    const qsizetype step = line.size() < 120 ? line.indexOf(u'>') : -1;
    if (step >= 0 && line.indexOf(u'>', step + 1) >= 0 &&
        !TextClasses::containsAny(line, TextClasses::ProsePunctuation)) {
        // Every step of a breadcrumb is a short menu name ("增速>5%且>全国平均" is text).
        for (QStringView step : line.split(u'>')) {
            step = step.trimmed();
            if (step.size() > 20 || step.contains(u'%') || step.contains(u'='))
                return false;
        }
        return true;
    }
    return false;
}

bool PageChromeFilter::isCaption(QStringView line)
{
    // Photo captions: "…本报记者 戴冰摄", "…新华社记者 姚大伟 摄".
    const WordLists &w = words();
    return line.size() < 200 && w.list(CaptionEnd).matchBefore(line, line.size(), 0) > 0 &&
           w.list(CaptionCredit).occursIn(line);
}

bool PageChromeFilter::isNavigationFragment(QStringView line)
{
    if (line.size() > 16)
        return false;
    if (TextClasses::containsAny(line, TextClasses::SentenceEnd))
        return false;
    return true;
}

QString PageChromeFilter::datelineAgency(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\S{1,6}社)\\S{0,6}?\\d{1,2}月\\d{1,2}日电"));
    // The agency's 社 stands within the first seven characters and 日电 follows: most lines
    // need no match.
    if (line.size() > 30 || !line.first(qMin<qsizetype>(line.size(), 7)).contains(u'社') ||
        !line.contains(u"日电"))
        return QString();
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<TextSpan> PageChromeFilter::jumpLines(QStringView line)
{
    // "(" word page-number 版 ")": (下转第四版), (紧接第1版). Normalised text has ASCII
    // brackets; the page number is at most a few numerals.
    QList<TextSpan> spans;
    const Lexicon &jumps = words().list(JumpLine);
    for (qsizetype open = line.indexOf(u'('); open >= 0; open = line.indexOf(u'(', open + 1)) {
        const qsizetype word = jumps.matchAt(line, open + 1, line.size());
        if (word <= 0)
            continue;
        qsizetype p = open + 1 + word;
        const qsizetype digits = p;
        while (p < line.size() && p - digits < 4 &&
               ((line.at(p) >= u'0' && line.at(p) <= u'9') ||
                TextClasses::oneOf(u"一二三四五六七八九十", line.at(p))))
            ++p;
        if (p == digits || p + 1 >= line.size() || line.at(p) != u'版' || line.at(p + 1) != u')')
            continue;
        spans.append({open, p + 2});
        open = p + 1;
    }
    return spans;
}

QStringList PageChromeFilter::wordListNames()
{
    return {QStringLiteral("trailer_start"),    QStringLiteral("trailer_inside"),
            QStringLiteral("breadcrumb_start"), QStringLiteral("chrome_line"),
            QStringLiteral("chrome_inside"),    QStringLiteral("caption_end"),
            QStringLiteral("caption_credit"),   QStringLiteral("field_key"),
            QStringLiteral("jump_line")};
}
