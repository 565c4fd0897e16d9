#include "core/figureextractor.h"

#include "core/chinesenumerals.h"
#include "core/textnormalizer.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

// How figures are found.
//
// The text is normalised (full-width digits and punctuation to ASCII, one character for one,
// so offsets stay valid) and scanned once. At each run of Arabic digits, and at each run of
// Chinese numerals followed by a measure word, a number is read together with its 万/亿
// multiplier, inner qualifier (5.4万余名), unit and trailing qualifier (以上, 左右). A number
// without a unit is not a figure: that one rule keeps out years (2021年), dates, document and
// line numbers (2号令, 11号线), phone numbers (12348), versions (2.0版) and ordinals.
// Everything else looks a bounded distance around the number, so the scan is linear.
//
// The label is read backwards from the number to the start of the clause (trimming framing
// words, verbs and qualifiers: 全市共办理行政复议案件147件 → 行政复议案件) or forwards after a
// measure word (对全市818名县级干部 → 县级干部), whichever the sentence supports.
//
// What is not a figure, and the choices made where the reports are ambiguous:
// - numbers without a unit, and 年/月/日/号/届/版/周年/岁 are not units: years, dates, year
//   ranges (2021-2025年), durations in years (三年行动), ages (60岁以上) are not figures;
// - ordinals and denominators: 第4位, 第八个, 每10万人, 前10名;
// - numbers inside 《》 titles and inside quotes (“”, ‘’, 「」): quoted numbers are names or
//   slogans (“12·4”, “7个100%”, “500米为民服务圈”, “7个主题活动+10个专项活动”), even
//   when they look like counts;
// - formulas joined by + (1+6+31+N, 1+N政策体系), codes glued to letters (5G, P2, G20,
//   COVID-19; GDP28.62亿元 is kept), footnote marks [15], times 14:30, ratios 1.0:52.4;
// - a distance that qualifies a noun (50米内换乘比例);
// - Chinese numerals only count before a measure word and a noun, never 一 or 两 (一批,
//   两个确立), never right after a noun (…三项改革 sums up a list), never in fixed expressions
//   (三项制度, 四个意识, 八项规定, 四级, 十大应用);
// - a range (3-5家, 6.5-7%) is one figure: the lower end as value, 至5 as qualifier;
// - a change downwards is negative (下降22.3% → -22.3, 减少5.9万份 → -59000); a rate
//   raised to a level (提高到66.2%) is a rate, not a change;
// - a bare number in a tab-separated table takes its unit from the column header (完成增长 →
//   % change) and its label from the row.

namespace {

using Kind = Figure::Kind;

// mantissa × factor / 10^decimals, exact for the figures reports print.
double scaledValue(double mantissa, int decimals, double factor)
{
    static const double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    return mantissa * factor / powers[std::clamp(decimals, 0, 15)];
}

// Longest line read as a table row.
constexpr qsizetype MaxTableLine = 2000;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// Ends the sentence (or clause) quoted with a figure.
bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'…':
        return true;
    default:
        return false;
    }
}

// Ends the stretch of text a label may be read from.
bool isClauseBoundary(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'\t':
    case u',':
    case u'，':
    case u'(':
    case u'[':
    case u'【':
    case u'—':
    case u'…':
    case u'》':
    case u'《':
    case u':':
        return true;
    default:
        return false;
    }
}

bool isOpenQuote(QChar c)
{
    return c == u'“' || c == u'‘' || c == u'「' || c == u'『';
}

bool isCloseQuote(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』';
}

/** Words looked up by their first or last character; longest match wins. */
class Lexicon
{
public:
    Lexicon(std::initializer_list<QStringView> words)
    {
        for (QStringView w : words) {
            if (w.isEmpty())
                continue;
            m_byFirst[w.front().unicode()].push_back(w);
            m_byLast[w.back().unicode()].push_back(w);
        }
        const auto longestFirst = [](QStringView a, QStringView b) { return a.size() > b.size(); };
        for (auto &list : m_byFirst)
            std::sort(list.begin(), list.end(), longestFirst);
        for (auto &list : m_byLast)
            std::sort(list.begin(), list.end(), longestFirst);
    }

    /** Length of the longest word at pos that ends at or before limit; 0 if none. */
    qsizetype matchAt(QStringView s, qsizetype pos, qsizetype limit) const
    {
        if (pos >= limit)
            return 0;
        const auto it = m_byFirst.constFind(s.at(pos).unicode());
        if (it == m_byFirst.constEnd())
            return 0;
        for (QStringView w : *it) {
            if (pos + w.size() <= limit && s.sliced(pos, w.size()) == w)
                return w.size();
        }
        return 0;
    }

    /** Length of the longest word ending at end that starts at or after lowest; 0 if none. */
    qsizetype matchBefore(QStringView s, qsizetype end, qsizetype lowest) const
    {
        if (end <= lowest)
            return 0;
        const auto it = m_byLast.constFind(s.at(end - 1).unicode());
        if (it == m_byLast.constEnd())
            return 0;
        for (QStringView w : *it) {
            if (end - w.size() >= lowest && s.sliced(end - w.size(), w.size()) == w)
                return w.size();
        }
        return 0;
    }

private:
    QHash<char16_t, std::vector<QStringView>> m_byFirst;
    QHash<char16_t, std::vector<QStringView>> m_byLast;
};

enum class UnitClass {
    Count,   // measure words: 件, 名, 人次 ...
    Verbal,  // measure words of events (次, 场次): their noun rarely follows them
    Measure, // physical units: 平方米, 吨, 小时 ...
    Money,
    Percent,
    Permille,
    PercentagePoint,
    Multiple,
};

struct UnitDef
{
    QStringView text;
    QStringView unit; // as reported in Figure::unit
    UnitClass cls;
};

const std::vector<UnitDef> &unitDefs()
{
    using U = UnitClass;
    static const std::vector<UnitDef> defs = {
        // Money: the multiplier is read separately, so 亿元 is 亿 + 元.
        {u"元", u"元", U::Money},
        {u"美元", u"美元", U::Money},
        {u"港元", u"港元", U::Money},
        {u"港币", u"港元", U::Money},
        {u"欧元", u"欧元", U::Money},
        {u"日元", u"日元", U::Money},
        {u"英镑", u"英镑", U::Money},
        {u"%", u"%", U::Percent},
        {u"‰", u"‰", U::Permille},
        {u"个百分点", u"个百分点", U::PercentagePoint},
        {u"百分点", u"个百分点", U::PercentagePoint},
        {u"倍", u"倍", U::Multiple},
        // Counts.
        {u"件", u"件", U::Count},
        {u"件次", u"件次", U::Verbal},
        {u"名", u"名", U::Count},
        {u"人", u"人", U::Count},
        {u"人次", u"人次", U::Verbal},
        {u"个", u"个", U::Count},
        {u"项", u"项", U::Count},
        {u"份", u"份", U::Count},
        {u"份次", u"份次", U::Verbal},
        {u"条", u"条", U::Count},
        {u"条次", u"条次", U::Verbal},
        {u"宗", u"宗", U::Count},
        {u"次", u"次", U::Verbal},
        {u"场", u"场", U::Verbal},
        {u"场次", u"场次", U::Verbal},
        {u"家", u"家", U::Count},
        {u"家次", u"家次", U::Verbal},
        {u"户", u"户", U::Count},
        {u"户次", u"户次", U::Verbal},
        {u"批", u"批", U::Count},
        {u"批次", u"批次", U::Verbal},
        {u"起", u"起", U::Count},
        {u"种", u"种", U::Count},
        {u"所", u"所", U::Count},
        {u"座", u"座", U::Count},
        {u"支", u"支", U::Count},
        {u"套", u"套", U::Count},
        {u"台", u"台", U::Count},
        {u"台套", u"台套", U::Count},
        {u"辆", u"辆", U::Count},
        {u"篇", u"篇", U::Count},
        {u"部", u"部", U::Count},
        {u"类", u"类", U::Count},
        {u"处", u"处", U::Count},
        {u"栋", u"栋", U::Count},
        {u"幢", u"幢", U::Count},
        {u"间", u"间", U::Count},
        {u"间次", u"间次", U::Verbal},
        {u"张", u"张", U::Count},
        {u"本", u"本", U::Count},
        {u"册", u"册", U::Count},
        {u"盏", u"盏", U::Count},
        {u"棵", u"棵", U::Count},
        {u"株", u"株", U::Count},
        {u"头", u"头", U::Count},
        {u"只", u"只", U::Count},
        {u"艘", u"艘", U::Count},
        {u"架", u"架", U::Count},
        {u"架次", u"架次", U::Verbal},
        {u"通", u"通", U::Verbal},
        {u"例", u"例", U::Count},
        {u"位", u"位", U::Count},
        {u"单", u"单", U::Count},
        {u"笔", u"笔", U::Count},
        {u"幅", u"幅", U::Count},
        {u"块", u"块", U::Count},
        {u"片", u"片", U::Count},
        {u"门", u"门", U::Count},
        {u"组", u"组", U::Count},
        {u"队", u"队", U::Count},
        {u"轮", u"轮", U::Verbal},
        {u"路", u"路", U::Count},
        {u"节", u"节", U::Count},
        {u"课时", u"课时", U::Count},
        {u"学时", u"学时", U::Count},
        {u"剂", u"剂", U::Count},
        {u"剂次", u"剂次", U::Verbal},
        {u"车次", u"车次", U::Verbal},
        {u"班次", u"班次", U::Verbal},
        {u"趟", u"趟", U::Verbal},
        {u"颗", u"颗", U::Count},
        {u"枚", u"枚", U::Count},
        {u"根", u"根", U::Count},
        {u"首", u"首", U::Count},
        {u"集", u"集", U::Count},
        {u"眼", u"眼", U::Count},
        {u"分", u"分", U::Count},
        // Physical units.
        {u"公里", u"公里", U::Measure},
        {u"千米", u"千米", U::Measure},
        {u"米", u"米", U::Measure},
        {u"平方米", u"平方米", U::Measure},
        {u"平米", u"平方米", U::Measure},
        {u"平方公里", u"平方公里", U::Measure},
        {u"平方千米", u"平方公里", U::Measure},
        {u"立方米", u"立方米", U::Measure},
        {u"亩", u"亩", U::Measure},
        {u"公顷", u"公顷", U::Measure},
        {u"吨", u"吨", U::Measure},
        {u"千克", u"千克", U::Measure},
        {u"公斤", u"公斤", U::Measure},
        {u"克", u"克", U::Measure},
        {u"微克/立方米", u"微克/立方米", U::Measure},
        {u"千瓦", u"千瓦", U::Measure},
        {u"千瓦时", u"千瓦时", U::Measure},
        {u"兆瓦", u"兆瓦", U::Measure},
        {u"标箱", u"标箱", U::Measure},
        {u"标准箱", u"标箱", U::Measure},
        {u"小时", u"小时", U::Measure},
        {u"天", u"天", U::Measure},
        {u"个工作日", u"个工作日", U::Measure},
        {u"工作日", u"个工作日", U::Measure},
        {u"个月", u"个月", U::Measure},
        {u"分钟", u"分钟", U::Measure},
        {u"秒", u"秒", U::Measure},
        {u"床", u"床", U::Count},
        {u"斤", u"斤", U::Measure},
        {u"千瓦时", u"千瓦时", U::Measure},
    };
    return defs;
}

// Unit lookup by longest match: a handful of candidates per first character.
const UnitDef *matchUnit(QStringView s, qsizetype pos)
{
    static const QHash<char16_t, std::vector<const UnitDef *>> byFirst = [] {
        QHash<char16_t, std::vector<const UnitDef *>> map;
        for (const UnitDef &d : unitDefs())
            map[d.text.front().unicode()].push_back(&d);
        for (auto &list : map) {
            std::sort(list.begin(), list.end(), [](const UnitDef *a, const UnitDef *b) {
                return a->text.size() > b->text.size();
            });
        }
        return map;
    }();
    if (pos >= s.size())
        return nullptr;
    const auto it = byFirst.constFind(s.at(pos).unicode());
    if (it == byFirst.constEnd())
        return nullptr;
    for (const UnitDef *d : *it) {
        if (pos + d->text.size() <= s.size() && s.sliced(pos, d->text.size()) == d->text)
            return d;
    }
    return nullptr;
}

// Words that make a unit character part of another word: 元旦, 条例, 名单 ...
bool blockedUnit(QStringView s, qsizetype unitStart, qsizetype unitEnd)
{
    static const Lexicon blocked{
        u"元旦", u"元年", u"元素", u"元件", u"元宵", u"条例",   u"名单",     u"名称", u"名录",
        u"名额", u"人民", u"人大", u"人才", u"次会", u"次全会", u"次党代会", u"届",   u"米粮",
        u"分之", u"个人", u"天然", u"天津", u"部门", u"部署",   u"处理",     u"处置", u"台湾",
        u"组织", u"组建", u"路径", u"队伍", u"分别", u"分局",   u"分中心",   u"通过", u"通道",
        u"集团", u"集中", u"单位", u"首都", u"首次", u"类型",   u"头部",     u"门户", u"块数据",
        u"所有", u"首批", u"起步", u"间隔"};
    const qsizetype len = blocked.matchAt(s, unitStart, s.size());
    return len > unitEnd - unitStart;
}

// Qualifiers and framing words read backwards from the number.
enum class Trail {
    Qualifier, // 近, 约, 超过 ...
    Opener,    // 共, 累计, 新增: the counted noun may follow the number
    Change,    // 增长, 下降 ...: the figure is a change
    Level,     // 增至, 提高到, 控制在: the figure is a level reached
    Distrib,   // 均: one value for several labels
    Respect,   // 分别: values paired with labels in order
    Baseline,  // 同比, 比上年 (only after a change word)
    Particle,  // 了, 的, 为, :
};

struct TrailWord
{
    QStringView text;
    Trail type;
    QStringView canonical; // qualifier as reported
};

const std::vector<TrailWord> &trailWords()
{
    using T = Trail;
    static const std::vector<TrailWord> words = {
        {u"近", T::Qualifier, u"近"},
        {u"将近", T::Qualifier, u"近"},
        {u"接近", T::Qualifier, u"近"},
        {u"约", T::Qualifier, u"约"},
        {u"大约", T::Qualifier, u"约"},
        {u"约为", T::Qualifier, u"约"},
        {u"约有", T::Qualifier, u"约"},
        {u"超", T::Qualifier, u"超"},
        {u"超过", T::Qualifier, u"超"},
        {u"逾", T::Qualifier, u"逾"},
        {u"达", T::Qualifier, u"达"},
        {u"达到", T::Qualifier, u"达"},
        {u"达到了", T::Qualifier, u"达"},
        {u"高达", T::Qualifier, u"达"},
        {u"多达", T::Qualifier, u"达"},
        {u"仅", T::Qualifier, u"仅"},
        {u"仅有", T::Qualifier, u"仅"},
        {u"不足", T::Qualifier, u"不足"},
        {u"不到", T::Qualifier, u"不到"},
        {u"不低于", T::Qualifier, u"不低于"},
        {u"不少于", T::Qualifier, u"不少于"},
        {u"不超过", T::Qualifier, u"不超过"},
        {u"不高于", T::Qualifier, u"不超过"},
        {u"突破", T::Qualifier, u"突破"},
        {u"共", T::Opener, {}},
        {u"共计", T::Opener, {}},
        {u"累计", T::Opener, {}},
        {u"合计", T::Opener, {}},
        {u"总计", T::Opener, {}},
        {u"共有", T::Opener, {}},
        {u"现有", T::Opener, {}},
        {u"已有", T::Opener, {}},
        {u"拥有", T::Opener, {}},
        {u"新增", T::Opener, {}},
        {u"增长", T::Change, {}},
        {u"增加", T::Change, {}},
        {u"减少", T::Change, {}},
        {u"下降", T::Change, {}},
        {u"降低", T::Change, {}},
        {u"上升", T::Change, {}},
        {u"提高", T::Change, {}},
        {u"提升", T::Change, {}},
        {u"回落", T::Change, {}},
        {u"增", T::Change, {}},
        {u"降", T::Change, {}},
        {u"减", T::Change, {}},
        {u"净增", T::Change, {}},
        {u"扩大", T::Change, {}},
        {u"缩小", T::Change, {}},
        {u"压缩", T::Change, {}},
        {u"压减", T::Change, {}},
        {u"缩短", T::Change, {}},
        {u"下滑", T::Change, {}},
        {u"攀升", T::Change, {}},
        {u"上涨", T::Change, {}},
        {u"下跌", T::Change, {}},
        {u"涨", T::Change, {}},
        {u"跌", T::Change, {}},
        {u"增长了", T::Change, {}},
        {u"下降了", T::Change, {}},
        {u"提高了", T::Change, {}},
        {u"增至", T::Level, {}},
        {u"增长到", T::Level, {}},
        {u"增长至", T::Level, {}},
        {u"增加到", T::Level, {}},
        {u"增加至", T::Level, {}},
        {u"提高到", T::Level, {}},
        {u"提高至", T::Level, {}},
        {u"提升到", T::Level, {}},
        {u"提升至", T::Level, {}},
        {u"上升到", T::Level, {}},
        {u"上升至", T::Level, {}},
        {u"下降到", T::Level, {}},
        {u"下降至", T::Level, {}},
        {u"降至", T::Level, {}},
        {u"降到", T::Level, {}},
        {u"降低到", T::Level, {}},
        {u"降低至", T::Level, {}},
        {u"减少到", T::Level, {}},
        {u"减少至", T::Level, {}},
        {u"减至", T::Level, {}},
        {u"缩短到", T::Level, {}},
        {u"缩短至", T::Level, {}},
        {u"压缩到", T::Level, {}},
        {u"压缩至", T::Level, {}},
        {u"压减至", T::Level, {}},
        {u"扩大到", T::Level, {}},
        {u"扩大至", T::Level, {}},
        {u"升至", T::Level, {}},
        {u"跃升至", T::Level, {}},
        {u"控制在", T::Level, {}},
        {u"保持在", T::Level, {}},
        {u"稳定在", T::Level, {}},
        {u"维持在", T::Level, {}},
        {u"均", T::Distrib, {}},
        {u"全部", T::Distrib, {}},
        {u"分别", T::Respect, {}},
        {u"同比", T::Baseline, {}},
        {u"环比", T::Baseline, {}},
        {u"比上年", T::Baseline, {}},
        {u"较上年", T::Baseline, {}},
        {u"比去年", T::Baseline, {}},
        {u"较去年", T::Baseline, {}},
        {u"比上年同期", T::Baseline, {}},
        {u"较上年同期", T::Baseline, {}},
        {u"比去年同期", T::Baseline, {}},
        {u"较去年同期", T::Baseline, {}},
        {u"比年初", T::Baseline, {}},
        {u"较年初", T::Baseline, {}},
        {u"比上届", T::Baseline, {}},
        {u"较上届", T::Baseline, {}},
        {u"与上年相比", T::Baseline, {}},
        {u"年均", T::Particle, {}},
        {u"平均", T::Particle, {}},
        {u"拟", T::Particle, {}},
        {u"拟按", T::Particle, {}},
        {u"按", T::Particle, {}},
        {u"拟安排", T::Particle, {}},
        {u"比", T::Baseline, {}},
        {u"较", T::Baseline, {}},
        {u"了", T::Particle, {}},
        {u"的", T::Particle, {}},
        {u"为", T::Particle, {}},
        {u":", T::Particle, {}},
        {u"有", T::Particle, {}},
        {u"是", T::Particle, {}},
        {u"应", T::Particle, {}},
        {u"首次", T::Particle, {}},
        {u"实际", T::Particle, {}},
        {u"名义", T::Particle, {}},
        {u"按现行汇率折算", T::Particle, {}},
        {u"折合", T::Particle, {}},
        {u"折算", T::Particle, {}},
        {u"全年", T::Particle, {}},
        {u"全年平均", T::Particle, {}},
        {u"各", T::Particle, {}},
        {u"争取", T::Particle, {}},
        {u"力争", T::Particle, {}},
        {u"按可比口径计算", T::Particle, {}},
        {u"按可比价格计算", T::Particle, {}},
        {u"按可比口径", T::Particle, {}},
        {u"按可比价格", T::Particle, {}},
        {u"再次", T::Particle, {}},
        {u"连续", T::Particle, {}},
        {u"从", T::Particle, {}},
        {u"由", T::Particle, {}},
        {u"迈上", T::Level, {}},
        {u"稳居", T::Level, {}},
        {u"应当", T::Particle, {}},
        {u"要", T::Particle, {}},
        {u"须", T::Particle, {}},
        {u"必须", T::Particle, {}},
    };
    return words;
}

const TrailWord *matchTrail(QStringView s, qsizetype end, qsizetype lowest)
{
    static const QHash<char16_t, std::vector<const TrailWord *>> byLast = [] {
        QHash<char16_t, std::vector<const TrailWord *>> map;
        for (const TrailWord &w : trailWords())
            map[w.text.back().unicode()].push_back(&w);
        for (auto &list : map) {
            std::sort(list.begin(), list.end(), [](const TrailWord *a, const TrailWord *b) {
                return a->text.size() > b->text.size();
            });
        }
        return map;
    }();
    if (end <= lowest)
        return nullptr;
    const auto it = byLast.constFind(s.at(end - 1).unicode());
    if (it == byLast.constEnd())
        return nullptr;
    for (const TrailWord *w : *it) {
        if (end - w->text.size() >= lowest &&
            s.sliced(end - w->text.size(), w->text.size()) == w->text)
            return w;
    }
    return nullptr;
}

// Framing words at the start of a label: places, time, adverbs, prepositions.
const Lexicon &leadLexicon()
{
    static const Lexicon lex{
        u"方面的",     u"领域的",   u"共有",   u"现有",   u"拥有",     u"已有",     u"全市",
        u"全区",       u"全县",     u"全省",   u"全国",   u"全镇",     u"全街道",   u"全州",
        u"全盟",       u"本市",     u"本区",   u"本县",   u"我市",     u"我区",     u"我县",
        u"我省",       u"我国",     u"省上",   u"市上",   u"各级",     u"各类",     u"各",
        u"共",         u"共计",     u"累计",   u"合计",   u"总计",     u"其中",     u"目前",
        u"现已",       u"已经",     u"已",     u"先后",   u"分别",     u"大力",     u"积极",
        u"认真",       u"全面",     u"深入",   u"依法",   u"严格",     u"主动",     u"持续",
        u"进一步",     u"有效",     u"扎实",   u"高质量", u"一共",     u"总共",     u"同时",
        u"此外",       u"另外",     u"并",     u"还",     u"又",       u"对",       u"向",
        u"在",         u"从",       u"今年",   u"去年",   u"全年",     u"当年",     u"年内",
        u"年底",       u"年初",     u"上半年", u"下半年", u"前三季度", u"一季度",   u"截至目前",
        u"截至",       u"以来",     u"成功",   u"顺利",   u"率先",     u"首次",     u"共同",
        u"和",         u"及",       u"与",     u"以及",   u"、",       u"或",       u"而",
        u"且",         u"为",       u"给",     u"帮助",   u"通过",     u"依托",     u"利用",
        u"按照",       u"根据",     u"围绕",   u"针对",   u"全力",     u"加快",     u"着力",
        u"切实",       u"重点",     u"继续",   u"不断",   u"及时",     u"广泛",     u"集中",
        u"组织",       u"推动",     u"统筹",   u"专项",   u"再",       u"初步核算", u"据初步核算",
        u"经初步核算", u"据统计",   u"经统计", u"可",     u"能",       u"仍",       u"尚",
        u"所有",       u"确保",     u"力争",   u"争取",   u"预计",     u"全社会",   u"去年底",
        u"上年底",     u"年末",     u"到",     u"均",     u"每年",     u"年度",     u"一年来",
        u"五年来",     u"过去一年", u"已累计", u"都",     u"，",       u",",        u":",
        u"的"};
    return lex;
}

// Verbs whose object is the counted noun: the label starts after the first of them.
// Words that often stand inside noun phrases (建设, 服务, 管理, 执法, 调解) are left out.
const Lexicon &verbLexicon()
{
    static const Lexicon lex{
        u"开辟",     u"开辟了", u"录入",     u"办理",     u"办结",     u"审结",     u"受理",
        u"审查",     u"审核",   u"审议",     u"召开",     u"举办",     u"举行",     u"开展",
        u"组织开展", u"完成",   u"聘请",     u"配备",     u"公示",     u"公开",     u"发布",
        u"发放",     u"印发",   u"出台",     u"制定",     u"修订",     u"清理",     u"废止",
        u"宣布废止", u"接待",   u"解答",     u"接听",     u"摸排",     u"排查",     u"选任",
        u"新选任",   u"设立",   u"建成",     u"建立",     u"新建",     u"改造",     u"升级改造",
        u"打造",     u"培育",   u"推荐",     u"申报",     u"推荐申报", u"提出",     u"储备",
        u"调研",     u"报备",   u"报送",     u"评查",     u"抽查",     u"检查",     u"查处",
        u"立案查处", u"立案",   u"处理",     u"培训",     u"考核",     u"约谈",     u"整改",
        u"整治",     u"关闭",   u"取缔",     u"拆除",     u"查获",     u"抓获",     u"破获",
        u"侦破",     u"打掉",   u"收缴",     u"没收",     u"挽回",     u"追回",     u"追缴",
        u"引进",     u"吸引",   u"招聘",     u"录用",     u"安置",     u"资助",     u"救助",
        u"慰问",     u"走访",   u"接收",     u"收到",     u"收集",     u"征集",     u"采纳",
        u"回复",     u"答复",   u"提供",     u"开通",     u"实现",     u"上线",     u"推出",
        u"推行",     u"推广",   u"开设",     u"设置",     u"增设",     u"新设",     u"新设立",
        u"新增",     u"增加",   u"减少",     u"削减",     u"压减",     u"精简",     u"取消",
        u"下放",     u"调整",   u"承接",     u"梳理",     u"编制",     u"公布",     u"发现",
        u"签订",     u"签约",   u"签署",     u"实施",     u"启动",     u"投入",     u"投资",
        u"筹集",     u"安排",   u"拨付",     u"下达",     u"争取",     u"获得",     u"获批",
        u"获评",     u"荣获",   u"认定",     u"涉及",     u"共有",     u"现有",     u"拥有",
        u"参加",     u"参与",   u"出动",     u"派出",     u"发展",     u"组建",     u"组成",
        u"成立",     u"聘任",   u"任命",     u"评选",     u"表彰",     u"命名",     u"创建",
        u"建设完成", u"竣工",   u"开工",     u"新开工",   u"筹建",     u"供应",     u"提请",
        u"颁布",     u"发出",   u"制发",     u"送达",     u"作出",     u"做出",     u"主动公开",
        u"明确",     u"标志着", u"形成",     u"化解",     u"解决",     u"帮扶",     u"救治",
        u"接种",     u"检测",   u"核查",     u"排查出",   u"查办",     u"办件",     u"开具",
        u"处罚",     u"罚没",   u"收取",     u"征收",     u"减免",     u"退还",     u"返还",
        u"兑现",     u"落实",   u"建设",     u"配置",     u"购置",     u"购买",     u"采购",
        u"完成了",   u"开展了", u"举办了",   u"召开了",   u"办理了",   u"发放了",   u"建成了",
        u"迁出",     u"吸纳",   u"带动",     u"服务",     u"培养",     u"引育",     u"招引",
        u"签发",     u"核发",   u"颁发",     u"换发",     u"补发",     u"登记",     u"注册",
        u"备案",     u"归集",   u"共享",     u"对接",     u"联系",     u"动员",     u"覆盖",
        u"惠及",     u"受益",   u"转送",     u"移送",     u"转办",     u"交办",     u"督办",
        u"督查",     u"督察",   u"巡查",     u"抽检",     u"清退",     u"追讨",     u"支付",
        u"奖励",     u"扶持",   u"支持",     u"融资",     u"担保",     u"收回",     u"释放",
        u"供应",     u"盘活",   u"腾挪",     u"拓展",     u"出让",     u"征收",     u"拆迁",
        u"投放",     u"完工",   u"更新改造", u"改造提升", u"提升改造", u"新建改建", u"改扩建",
        u"新改扩建", u"引入",   u"打通",     u"增发",     u"发行"};
    return lex;
}

// Verbs that as often stand inside a noun phrase (服务 in 政务服务事项, 建设 in 法治建设工作):
// they are taken as the verb only when they open the span.
bool verbInsideNoun(QStringView s, qsizetype pos, qsizetype len)
{
    static const Lexicon weak{
        u"帮扶", u"服务", u"建设", u"登记", u"注册", u"备案", u"共享", u"对接", u"联系", u"覆盖",
        u"补贴", u"奖励", u"扶持", u"支持", u"贷款", u"融资", u"担保", u"检测", u"培训", u"设置",
        u"创建", u"派出", u"申报", u"推广", u"改造", u"认定", u"引进", u"投资", u"检查", u"考核",
        u"处罚", u"处理", u"整治", u"整改", u"发展", u"公开", u"审查", u"审核", u"立案", u"实施"};
    return weak.matchAt(s, pos, pos + len) == len;
}

// Verbs of a change downwards: 下降5% is reported as -5.
bool isDecrease(QStringView verb)
{
    static const QStringView down[] = {u"减少", u"下降", u"降低", u"回落",  u"降",   u"减",
                                       u"缩小", u"压缩", u"压减", u"缩短",  u"下滑", u"削减",
                                       u"精简", u"下跌", u"跌",   u"下降了"};
    for (QStringView d : down) {
        if (verb == d)
            return true;
    }
    return false;
}

// Characters that make a verb before them into a noun: 增加值, 增长率, 减少量, 收集点.
bool nounSuffix(QChar c)
{
    return c == u'值' || c == u'率' || c == u'量' || c == u'额' || c == u'幅' || c == u'速' ||
           c == u'点' || c == u'站' || c == u'员' || c == u'者' || c == u'链';
}

// A verb followed by one of these is part of a noun: 办理时限, 审批时间.
bool nounAfterVerb(QStringView s, qsizetype pos)
{
    static const QStringView nouns[] = {u"时限", u"时间", u"期限", u"周期", u"成本", u"流程",
                                        u"效率", u"环节", u"人数", u"数量", u"总量", u"规模",
                                        u"能力", u"机构", u"中心", u"平台", u"系统", u"情况",
                                        u"占比", u"比重", u"比例", u"强度"};
    const QStringView rest = s.sliced(std::min(pos, s.size()));
    // 环保投入占GDP的比重: the verb names the subject of a share.
    if (rest.startsWith(u'占'))
        return true;
    for (QStringView n : nouns) {
        if (rest.startsWith(n))
            return true;
    }
    return false;
}

// A one-character preposition that here begins a word: 对口, 在建, 从业, 为民.
bool prepositionInWord(QStringView s, qsizetype pos, qsizetype end)
{
    if (pos + 1 >= end)
        return false;
    const QChar c = s.at(pos);
    const QChar n = s.at(pos + 1);
    switch (c.unicode()) {
    case u'对':
        return QStringView(u"口外象接标照应话").contains(n);
    case u'在':
        return QStringView(u"建线校园岗职册读库押办途网营").contains(n);
    case u'从':
        return QStringView(u"业事教医警严").contains(n);
    case u'为':
        return QStringView(u"民老").contains(n);
    case u'向':
        return QStringView(u"阳").contains(n);
    case u'各':
        return QStringView(u"异").contains(n);
    case u'到':
        return !isAsciiDigit(n) && !QStringView(u"今本").contains(n);
    default:
        return false;
    }
}

// Position just after the last marker outside brackets and quotes, or -1.
qsizetype cutAfter(const QString &label, QStringView marker, qsizetype minRest)
{
    qsizetype best = -1;
    int depth = 0;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c == u'(' || c == u'（' || isOpenQuote(c))
            ++depth;
        else if (c == u')' || c == u'）' || isCloseQuote(c))
            depth = std::max(0, depth - 1);
        else if (depth == 0 && QStringView(label).sliced(i).startsWith(marker) &&
                 label.size() - i - marker.size() >= minRest)
            best = i + marker.size();
    }
    return best;
}

// Keeps what is counted out of a long backward label.
QString shortenLabel(const QString &label)
{
    QString out = label;
    // …等专项应急预案 → 专项应急预案; 等 in 高等, 同等 is a word.
    qsizetype deng = -1;
    for (qsizetype i = out.size() - 3; i >= 0; --i) {
        if (out.at(i) == u'等' &&
            !(i > 0 &&
              QStringView(u"高中同平对均初次上优特一二三四劣何相").contains(out.at(i - 1)))) {
            deng = i;
            break;
        }
    }
    if (deng >= 0 && cutAfter(out, u"等", 2) == deng + 1)
        out = out.mid(deng + 1);
    if (out.size() > 14) {
        // …落实情况重点工作专项督查 → 重点工作专项督查.
        const qsizetype cut = std::max(cutAfter(out, u"的", 3), cutAfter(out, u"情况", 3));
        if (cut > 0)
            out = out.mid(cut);
    }
    return out;
}

// Words that end a label read forwards from the measure word.
const Lexicon &forwardStopLexicon()
{
    static const Lexicon lex{
        u"管理体制", u"体制改革", u"管理改革", u"进行", u"开展", u"参加",   u"参与", u"实现",
        u"得到",     u"获得",     u"完成",     u"免于", u"减轻", u"从轻",   u"分批", u"分批次",
        u"跻身",     u"入选",     u"获评",     u"荣获", u"通过", u"达到",   u"享受", u"入住",
        u"落户",     u"签约",     u"投产",     u"开工", u"竣工", u"上线",   u"纳入", u"列入",
        u"受到",     u"接受",     u"被",       u"因",   u"由",   u"在",     u"于",   u"向",
        u"对",       u"和",       u"及",       u"与",   u"以及", u"或",     u"等",   u"的",
        u"累计",     u"全部",     u"已",       u"将",   u"分别", u"先后",   u"成功", u"顺利",
        u"如期",     u"实施",     u"推动",     u"推进", u"提供", u"发放",   u"办理", u"解决",
        u"化解",     u"联网",     u"挂牌",     u"达标", u"获",   u"占",     u"同比", u"比上年",
        u"较上年",   u"增长",     u"下降",     u"提高", u"年度", u"深入",   u"全面", u"积极",
        u"认真",     u"依法",     u"主动",     u"审议", u"进入", u"实行",   u"开通", u"合格",
        u"涉及",     u"覆盖",     u"共享",     u"达",   u"为",   u"是",     u"让",   u"使",
        u"每",       u"也",       u"还",       u"又",   u"且",   u"而",     u"即",   u"按",
        u"未",       u"正在",     u"已经",     u"首次", u"集中", u"统一",   u"直接", u"免费",
        u"共计",     u"共有",     u"其中",     u"包括", u"新增", u"部署",   u"印发", u"出台",
        u"公布",     u"发布",     u"启动",     u"建成", u"投入", u"签署",   u"现场", u"全年",
        u"当年",     u"今年",     u"目前",     u"基本", u"陆续", u"相继",   u"正式", u"率先",
        u"共同",     u"联合",     u"参照",     u"按照", u"根据", u"围绕",   u"针对", u"组织",
        u"召开",     u"举办",     u"举行",     u"带动", u"吸纳", u"惠及",   u"覆盖", u"服务于",
        u"用于",     u"得以",     u"获批",     u"评为", u"认定", u"被评为", u"并",   u"拟",
        u"参赛",     u"均",       u"均被",     u"受益", u"受惠", u"取得",   u"启用", u"投运",
        u"运行",     u"试运行",   u"引入",     u"显著", u"设置", u"获得",   u"持续", u"不断",
        u"稳步",     u"有效",     u"切实",     u"全力", u"着力", u"加快",   u"及时", u"妥善",
        u"依规",     u"严格",     u"已全部",   u"提升", u"新建", u"改造",   u"升级", u"打造",
        u"建立",     u"设立",     u"成立",     u"次",   u"人次", u"情况",   u"第",   u"仍",
        u"中有",     u"排名",     u"位居",     u"下发", u"中仍", u"中共有"};
    return lex;
}

// Fixed expressions counted with Chinese numerals that are slogans, not figures.
bool isSloganNoun(QStringView noun)
{
    static const QStringView slogans[] = {
        u"意识",   u"自信", u"维护",     u"确立",     u"全面", u"代表", u"务必",     u"最严",
        u"必须",   u"坚持", u"不摘",     u"区分开来", u"制度", u"规定", u"方面",     u"中心",
        u"服务",   u"统筹", u"必由之路", u"现代化",   u"转变", u"结合", u"毫不动摇", u"大局",
        u"一百年", u"倡导", u"机制",     u"原则",     u"目标", u"环节", u"关系",     u"阶段",
        u"步骤",   u"文明", u"优先",     u"聚焦",     u"着力", u"为主", u"同步",     u"建设",
        u"体系",   u"战略", u"理念",     u"要求",     u"任务", u"清单", u"示范",     u"攻坚",
        u"行动",   u"工程", u"导向",     u"作用",     u"抓手", u"支柱", u"定位",     u"功能"};
    for (QStringView s : slogans) {
        if (noun.startsWith(s))
            return true;
    }
    return false;
}

// One number with what surrounds it, before the label is known.
struct Reading
{
    qsizetype start = 0;     // figure text start (sign or first digit)
    qsizetype end = 0;       // end of unit (or of number and multiplier)
    qsizetype after = 0;     // end of trailing qualifiers
    qsizetype numberEnd = 0; // end of the digits
    double value = 0;
    double mantissa = 0; // the digits as an integer: 6.31 → 631
    int decimals = 0;    // digits after the point: 6.31 → 2
    double factor = 1;   // the 万/亿 multiplier, already applied to value
    const UnitDef *unit = nullptr;
    bool multiplier = false;
    bool chinese = false;
    QString innerQualifier; // 余/多 between number and unit
    QString trailQualifier; // 以上, 左右 ...
    QString rangeUpper;     // "至5" for 3-5家
};

struct LabelParts
{
    QString label;
    QStringList parts;    // for 均 / 分别
    bool distrib = false; // 均: every part has the value
    bool respect = false; // 分别: parts pair with values in order
    bool change = false;
    bool decrease = false; // a change downwards: the value is made negative
    bool level = false;
    QStringList qualifiers;
    qsizetype consumed = 0; // offset up to which text is used by this figure
    bool forward = false;
};

class Scanner
{
public:
    Scanner(const QString &text) : m_src(text), m_norm(TextNormalizer::normalize(text)) {}

    QList<Figure> run();

private:
    QStringView norm() const { return m_norm; }
    QChar at(qsizetype i) const
    {
        return i >= 0 && i < m_norm.size() ? m_norm.at(i) : QChar(u'\0');
    }

    bool readArabic(qsizetype pos, Reading *r, int depth = 0) const;
    bool readChinese(qsizetype pos, Reading *r) const;
    qsizetype readNumber(qsizetype pos, double *mantissa, int *decimals) const;
    void readSuffix(qsizetype p, Reading *r) const;
    bool insideQuoteOrTitle(qsizetype pos) const;
    bool rejectedContext(const Reading &r) const;
    bool tableCell(qsizetype pos, qsizetype end, qsizetype *cellStart) const;
    bool readTableCell(const Reading &r, Figure::Kind *kind, QString *unit, double *factor,
                       QString *label, qsizetype *end, QString *upper) const;

    LabelParts readLabel(const Reading &r) const;
    QString forwardLabel(qsizetype from, qsizetype *end, bool percent) const;
    QString cleanLabel(qsizetype s, qsizetype e) const;
    void sentenceAround(qsizetype pos, qsizetype *s, qsizetype *e);
    void addFigure(const Reading &r);
    void flushRespect();

    const QString &m_src;
    const QString m_norm;
    QList<Figure> m_out;
    qsizetype m_consumed = 0; // labels never reach back before this offset
    qsizetype m_sentStart = -1;
    qsizetype m_sentEnd = -1;
    qsizetype m_quoteStart = 0;
    qsizetype m_quoteEnd = 0;
    QString m_baseLabel; // label of the last figure that is not a change, in this sentence
    QString m_baseUnit;
    QString m_prevLabel; // label of the figure just emitted, in this sentence
    Figure::Kind m_baseKind = Figure::Kind::Count;
    QStringList m_sentenceLabels; // labels of the figures that are not changes, in this sentence
    qsizetype m_baseSentence = -1;
    // 分别: labels still waiting for their values in this clause.
    QStringList m_respectLabels;
    qsizetype m_respectFigure = -1;
    qsizetype m_respectClauseEnd = -1;
    bool m_respectUsed = false;
    Figure::Kind m_respectKind = Figure::Kind::Count;
    bool m_respectDecrease = false;
    bool m_lastDecrease = false;
    // The figure just emitted, for elliptical lists.
    Figure::Kind m_lastKind = Figure::Kind::Count;
    QString m_lastUnit;
    qsizetype m_lastAfter = -1;
};

// Reads digits, thousands separators and decimals as an integer mantissa and a count of
// decimals, so that 6.31万 is computed as 631 × 10000 / 100 without binary rounding.
qsizetype Scanner::readNumber(qsizetype pos, double *mantissa, int *decimals) const
{
    const qsizetype n = m_norm.size();
    qsizetype p = pos;
    double v = 0;
    int d = 0;
    qsizetype intDigits = 0;
    while (p < n && isAsciiDigit(m_norm.at(p))) {
        v = v * 10 + (m_norm.at(p).unicode() - u'0');
        ++p;
        ++intDigits;
    }
    // Thousands separators: 1,234 or 12,345,678 (groups of exactly three digits).
    if (intDigits <= 3) {
        while (p + 3 < n && m_norm.at(p) == u',' && isAsciiDigit(m_norm.at(p + 1)) &&
               isAsciiDigit(m_norm.at(p + 2)) && isAsciiDigit(m_norm.at(p + 3)) &&
               (p + 4 >= n || !isAsciiDigit(m_norm.at(p + 4)))) {
            for (int k = 1; k <= 3; ++k)
                v = v * 10 + (m_norm.at(p + k).unicode() - u'0');
            p += 4;
        }
    }
    if (p + 1 < n && m_norm.at(p) == u'.' && isAsciiDigit(m_norm.at(p + 1))) {
        ++p;
        while (p < n && isAsciiDigit(m_norm.at(p))) {
            if (d < 15) {
                v = v * 10 + (m_norm.at(p).unicode() - u'0');
                ++d;
            }
            ++p;
        }
    }
    *mantissa = v;
    *decimals = d;
    return p;
}

// Multipliers, inner qualifier, unit and trailing qualifier after the digits at p.
void Scanner::readSuffix(qsizetype p, Reading *r) const
{
    const qsizetype n = m_norm.size();
    double factor = 1;
    auto innerQualifier = [&]() {
        if (p < n && (m_norm.at(p) == u'余' || m_norm.at(p) == u'多')) {
            // Only before a multiplier or a unit: 30余万条, 760余宗, 60多场次.
            const qsizetype q = p + 1;
            if (q < n && (m_norm.at(q) == u'万' || m_norm.at(q) == u'亿' || matchUnit(m_norm, q))) {
                r->innerQualifier = QString(m_norm.at(p));
                ++p;
            }
        }
    };
    innerQualifier();
    for (;;) {
        if (p >= n)
            break;
        // A unit that starts like a multiplier (千米, 百分点) wins over the multiplier.
        if (const UnitDef *u = matchUnit(m_norm, p)) {
            if (!blockedUnit(m_norm, p, p + u->text.size())) {
                r->unit = u;
                p += u->text.size();
            }
            break;
        }
        const QChar c = m_norm.at(p);
        if (c == u'万' || c == u'亿') {
            factor *= c == u'万' ? 1e4 : 1e8;
            r->multiplier = true;
            ++p;
            innerQualifier();
            continue;
        }
        if ((c == u'十' || c == u'百' || c == u'千') && p + 1 < n) {
            // Only before 万/亿 or a unit: 3千万元, 5百万; 500千伏 is not a figure.
            const QChar next = m_norm.at(p + 1);
            if (next == u'万' || next == u'亿' || (matchUnit(m_norm, p + 1) && c == u'千')) {
                factor *= c == u'十' ? 10 : c == u'百' ? 100 : 1000;
                r->multiplier = true;
                ++p;
                continue;
            }
        }
        break;
    }
    r->value = scaledValue(r->mantissa, r->decimals, factor);
    r->factor = factor;
    r->end = p;
    // Trailing qualifier.
    static const QStringView trailing[] = {u"以上", u"以下", u"以内", u"左右",
                                           u"上下", u"有余", u"多",   u"余"};
    r->after = p;
    if (r->unit || r->multiplier) {
        for (QStringView t : trailing) {
            if (p + t.size() <= n && QStringView(m_norm).sliced(p, t.size()) == t) {
                // 多/余 after the unit only when nothing countable follows (3个多月 aside).
                if (t.size() == 1 && p + 1 < n && isCjk(m_norm.at(p + 1)) &&
                    m_norm.at(p + 1) != u'的')
                    break;
                r->trailQualifier = t == u"有余" ? QStringLiteral("余") : t.toString();
                r->after = p + t.size();
                break;
            }
        }
    }
}

bool Scanner::readArabic(qsizetype pos, Reading *r, int depth) const
{
    const qsizetype n = m_norm.size();
    r->start = pos;
    const qsizetype p = readNumber(pos, &r->mantissa, &r->decimals);
    r->value = scaledValue(r->mantissa, r->decimals, 1);
    r->numberEnd = p;
    // Versions and dotted dates: 2.0.1, 5.10.3.
    if (p + 1 < n && m_norm.at(p) == u'.' && isAsciiDigit(m_norm.at(p + 1)))
        return false;
    // Glued to letters or codes: 5G, P2P, 11622300013931138G/2022, 14:26, 12·4.
    if (p < n) {
        const QChar c = m_norm.at(p);
        if (isAsciiLetter(c) || c == u'/' || c == u'_' || c == u'#' || c == u'·' || c == u'•' ||
            c == u'+' || c == u'×' || c == u'*' || c == u']' || c == u'】')
            return false;
        if (c == u':' && p + 1 < n && isAsciiDigit(m_norm.at(p + 1)))
            return false;
    }
    readSuffix(p, r);

    // 4.5%-5%: a range written with the unit on both ends.
    if (r->unit && depth < 4 && r->after == r->end) {
        const QChar c = at(r->end);
        if ((c == u'-' || c == u'~' || c == u'～' || c == u'至') && isAsciiDigit(at(r->end + 1))) {
            Reading next;
            if (readArabic(r->end + 1, &next, depth + 1) && next.unit == r->unit &&
                next.factor == r->factor) {
                r->rangeUpper =
                    QStringLiteral("至") + m_norm.mid(r->end + 1, next.numberEnd - r->end - 1);
                r->end = next.end;
                r->after = next.after;
                r->trailQualifier = next.trailQualifier;
            }
        }
    }
    // A number without a unit may share the unit of the next one (2.8和0.6个百分点) or open
    // a range (3-5家, 6.5-7%).
    if (!r->unit && depth < 4 && r->end == p) {
        qsizetype q = p;
        const QChar c = at(q);
        const bool range =
            c == u'-' || c == u'~' || c == u'～' || c == u'至' || c == u'到' || c == u'—';
        const bool list = c == u'和' || c == u'、' || c == u'及' || c == u'与' || c == u'或';
        if (range || list) {
            ++q;
            if (c == u'—' && at(q) == u'—')
                ++q;
            if (isAsciiDigit(at(q))) {
                Reading next;
                if (readArabic(q, &next, depth + 1) && next.unit) {
                    r->unit = next.unit;
                    if (next.multiplier && !r->multiplier) {
                        // 3-5万人: the multiplier applies to both ends.
                        r->value = scaledValue(r->mantissa, r->decimals, next.factor);
                        r->factor = next.factor;
                        r->multiplier = true;
                    }
                    if (range) {
                        r->rangeUpper = QStringLiteral("至") +
                                        m_norm.mid(q, next.end - q - next.unit->text.size());
                        r->end = next.end;
                        r->after = next.after;
                        r->trailQualifier = next.trailQualifier;
                    }
                }
            }
        }
    }
    return true;
}

bool Scanner::readChinese(qsizetype pos, Reading *r) const
{
    const qsizetype len = ChineseNumerals::runLength(m_norm, pos);
    if (len == 0 || len > 4)
        return false;
    const QStringView run = QStringView(m_norm).sliced(pos, len);
    // 〇/零 without a multiplier is a year written digit by digit; 百/千/万 alone are words.
    for (QChar c : run) {
        if (c == u'〇' || c == u'零')
            return false;
    }
    const QChar first = run.front();
    if (first == u'百' || first == u'千' || first == u'万')
        return false;
    const qint64 value = ChineseNumerals::parse(run);
    // 一 and 两 almost always mean "a" or open a slogan (一批, 两个确立).
    if (value < 3 || value > 9999)
        return false;
    const QChar prev = at(pos - 1);
    static const QStringView blockedPrev = u"第每这那哪前后头某上下唯单同统逐其之星周初老数几个多";
    if (blockedPrev.contains(prev))
        return false;
    if (pos >= 2) {
        const QStringView before = QStringView(m_norm).sliced(pos - 2, 2);
        if (before == u"以下" || before == u"如下" || before == u"下列" || before == u"上述")
            return false;
    }
    // A numeral right after a noun sums up a list (基本医疗保险制度、…三项改革): it counts
    // what was just named, it does not report a figure. Counts follow a verb, 等, 和 or 共.
    if (isCjk(prev) && !QStringView(u"等和及与共有了在").contains(prev) &&
        verbLexicon().matchBefore(m_norm, pos, std::max<qsizetype>(0, pos - 4)) == 0)
        return false;
    const qsizetype m = pos + len;
    static const QStringView measures = u"个名项家支座所条批类场件位户处种起组";
    if (m >= m_norm.size() || !measures.contains(m_norm.at(m)))
        return false;
    // 四个一, 三个是: slogans.
    const QChar afterMeasure = at(m + 1);
    if (afterMeasure == u'一' || afterMeasure == u'是' || !isCjk(afterMeasure))
        return false;
    r->start = pos;
    r->numberEnd = m;
    r->value = double(value);
    r->mantissa = double(value);
    r->unit = matchUnit(m_norm, m);
    if (!r->unit)
        return false;
    r->end = m + 1;
    r->after = r->end;
    r->chinese = true;
    return true;
}

bool Scanner::insideQuoteOrTitle(qsizetype pos) const
{
    const qsizetype lowest = std::max<qsizetype>(0, pos - 60);
    qsizetype open = -1;
    QChar closer;
    for (qsizetype i = pos - 1; i >= lowest; --i) {
        const QChar c = m_norm.at(i);
        if (c == u'\n' || c == u'》' || isCloseQuote(c))
            return false;
        if (c == u'《') {
            open = i;
            closer = u'》';
            break;
        }
        if (isOpenQuote(c)) {
            open = i;
            closer = c == u'“'    ? QChar(u'”')
                     : c == u'‘'  ? QChar(u'’')
                     : c == u'「' ? QChar(u'」')
                                  : QChar(u'』');
            break;
        }
    }
    if (open < 0)
        return false;
    const qsizetype highest = std::min<qsizetype>(m_norm.size(), pos + 60);
    for (qsizetype i = pos; i < highest; ++i) {
        const QChar c = m_norm.at(i);
        if (c == closer)
            return true;
        if (c == u'\n' || c == u'。' || isOpenQuote(c) || c == u'《')
            return false;
    }
    return false;
}

bool Scanner::rejectedContext(const Reading &r) const
{
    qsizetype b = r.start - 1;
    const QChar prev = at(b);
    // Ordinals and denominators: 第4位, 每10万人; footnote marks [15]; formulas 1+6+N.
    if (prev == u'第' || prev == u'每' || prev == u'[' || prev == u'【' || prev == u'+' ||
        prev == u'×' || prev == u'*' || prev == u'/' || prev == u'#' || prev == u'.' ||
        prev == u'·' || prev == u'•' || prev == u'_' || prev == u'@')
        return true;
    if (prev == u'前' && r.unit && (r.unit->text == u"名" || r.unit->text == u"位"))
        return true;
    // Glued to letters: P2, G20, COVID-19. A figure written after an abbreviation with a
    // unit (GDP28.62亿元) is kept.
    if (isAsciiLetter(prev) || (prev == u'-' && isAsciiLetter(at(b - 1)))) {
        qsizetype letters = 0;
        for (qsizetype i = b; i >= 0 && isAsciiLetter(at(i)); --i)
            ++letters;
        if (letters < 2 || !r.unit || prev == u'-')
            return true;
    }
    // Page references P2 aside, a number glued to a digit-dash (2021-2025年) is a range of
    // years: the first part has no unit and is rejected earlier; here the second part.
    if (prev == u'-' && isAsciiDigit(at(b - 1)))
        return true;
    return false;
}

// True when [pos, end) is the whole of a tab-separated table cell.
bool Scanner::tableCell(qsizetype pos, qsizetype end, qsizetype *cellStart) const
{
    qsizetype s = pos;
    while (s > 0 && (m_norm.at(s - 1) == u' ' || m_norm.at(s - 1) == u'-' ||
                     m_norm.at(s - 1) == QChar(0x2212)))
        --s;
    qsizetype e = end;
    while (e < m_norm.size() && m_norm.at(e) == u' ')
        ++e;
    const bool startOk = s == 0 || m_norm.at(s - 1) == u'\t' || m_norm.at(s - 1) == u'\n';
    const bool endOk = e >= m_norm.size() || m_norm.at(e) == u'\t' || m_norm.at(e) == u'\n';
    if (!startOk || !endOk)
        return false;
    // The line must hold a tab; only lines of a readable length are tables (this also bounds
    // the work per number).
    bool tab = s > 0 && m_norm.at(s - 1) == u'\t';
    const qsizetype limit = std::min<qsizetype>(m_norm.size(), e + MaxTableLine);
    for (qsizetype i = e; !tab && i < limit && m_norm.at(i) != u'\n'; ++i) {
        if (m_norm.at(i) == u'\t')
            tab = true;
    }
    *cellStart = s;
    return tab;
}

// A bare number in a table cell takes its meaning from the column header (增长 → a change
// in percent, (亿元) → money) and its label from the row's first cell.
bool Scanner::readTableCell(const Reading &r, Figure::Kind *kind, QString *unit, double *factor,
                            QString *label, qsizetype *end, QString *upper) const
{
    qsizetype cellStart = 0;
    *end = r.numberEnd;
    // A range cell: 8.5-9.0.
    if ((at(r.numberEnd) == u'-' || at(r.numberEnd) == u'~') && isAsciiDigit(at(r.numberEnd + 1))) {
        double ignored = 0;
        int ignoredDecimals = 0;
        const qsizetype e2 = readNumber(r.numberEnd + 1, &ignored, &ignoredDecimals);
        if (tableCell(r.start, e2, &cellStart)) {
            *upper = QStringLiteral("至") + m_norm.mid(r.numberEnd + 1, e2 - r.numberEnd - 1);
            *end = e2;
        }
    }
    if (!tableCell(r.start, *end, &cellStart))
        return false;
    qsizetype lineStart = cellStart;
    while (lineStart > 0 && m_norm.at(lineStart - 1) != u'\n') {
        if (cellStart - lineStart > MaxTableLine)
            return false;
        --lineStart;
    }
    int column = 0;
    for (qsizetype i = lineStart; i < cellStart; ++i) {
        if (m_norm.at(i) == u'\t')
            ++column;
    }
    if (column == 0)
        return false;
    auto cellsOf = [this](qsizetype ls) {
        qsizetype le = ls;
        while (le < m_norm.size() && m_norm.at(le) != u'\n' && le - ls < MaxTableLine)
            ++le;
        QList<QStringView> cells;
        const QStringView line = QStringView(m_norm).sliced(ls, le - ls);
        for (QStringView cell : line.split(u'\t'))
            cells.append(cell.trimmed());
        return cells;
    };
    auto isNumeric = [](QStringView cell) {
        if (cell.isEmpty())
            return false;
        for (QChar c : cell) {
            if (!isAsciiDigit(c) && c != u'.' && c != u'-' && c != u'~' && c != u'%' &&
                c != QChar(0x2212) && c != u' ')
                return false;
        }
        return true;
    };
    // The header: the nearest earlier tabbed line without numeric cells, within 30 lines.
    QList<QStringView> header;
    qsizetype ls = lineStart;
    for (int k = 0; k < 30 && ls > 0; ++k) {
        qsizetype prevStart = ls - 1;
        while (prevStart > 0 && m_norm.at(prevStart - 1) != u'\n' && ls - prevStart < MaxTableLine)
            --prevStart;
        const QList<QStringView> cells = cellsOf(prevStart);
        ls = prevStart;
        if (cells.size() < 2)
            break;
        bool numeric = false;
        for (QStringView c : cells) {
            if (isNumeric(c))
                numeric = true;
        }
        if (!numeric) {
            header = cells;
            break;
        }
    }
    if (column >= header.size())
        return false;
    const QStringView head = header.at(column);
    const QList<QStringView> row = cellsOf(lineStart);
    QStringView rowLabel = row.value(0);
    for (qsizetype i = 0; i < rowLabel.size(); ++i) {
        if (isAsciiDigit(rowLabel.at(i))) {
            rowLabel = rowLabel.first(i);
            break;
        }
    }
    rowLabel = rowLabel.trimmed();
    if (rowLabel.isEmpty() || isNumeric(rowLabel))
        return false;
    *factor = 1;
    if (head.contains(u"增长") || head.contains(u"增速") || head.contains(u"增幅") ||
        head.contains(u"下降") || head.contains(u"同比")) {
        *kind = Kind::Change;
        *unit = QStringLiteral("%");
    } else if (head.contains(u'%')) {
        *kind = Kind::Rate;
        *unit = QStringLiteral("%");
    } else {
        // A unit in brackets: (亿元), (万人).
        const qsizetype open = head.indexOf(u'(');
        const qsizetype close = head.indexOf(u')');
        if (open < 0 || close <= open + 1)
            return false;
        Reading probe;
        probe.mantissa = 1;
        const qsizetype headStart = head.data() - m_norm.constData();
        readSuffix(headStart + open + 1, &probe);
        if (!probe.unit || probe.end != headStart + close)
            return false;
        *factor = probe.value;
        *unit = probe.unit->unit.toString();
        switch (probe.unit->cls) {
        case UnitClass::Money:
            *kind = Kind::Money;
            break;
        case UnitClass::Percent:
        case UnitClass::Permille:
            *kind = Kind::Rate;
            break;
        default:
            *kind = Kind::Count;
            break;
        }
    }
    *label = rowLabel.toString() + QStringLiteral("（") + head.toString() + QStringLiteral("）");
    return true;
}

// The label as written, without the spaces that page scrapes leave inside sentences.
QString Scanner::cleanLabel(qsizetype s, qsizetype e) const
{
    while (s < e && (m_norm.at(s) == u' ' || m_norm.at(s) == u'\t'))
        ++s;
    while (e > s && (m_norm.at(e - 1) == u' ' || m_norm.at(e - 1) == u'\t'))
        --e;
    QString out;
    out.reserve(e - s);
    for (qsizetype i = s; i < e; ++i) {
        const QChar c = m_norm.at(i);
        if (c == u'[' && i + 2 < e && isAsciiDigit(m_norm.at(i + 1))) {
            // Footnote marks: [3].
            qsizetype q = i + 1;
            while (q < e && isAsciiDigit(m_norm.at(q)))
                ++q;
            if (q < e && m_norm.at(q) == u']') {
                i = q;
                continue;
            }
        }
        if (c != u' ')
            out.append(m_src.at(i));
    }
    // A conjunction left at the end: 监管清单和(14项32类执法信息).
    while (!out.isEmpty() && (out.back() == u'和' || out.back() == u'及' || out.back() == u'与' ||
                              out.back() == u'、')) {
        if (out.back() == u'及' && out.size() >= 2 &&
            QStringView(u"惠涉普以波危顾企").contains(out.at(out.size() - 2)))
            break;
        out.chop(1);
    }
    // A label wholly in quotes: “秒批” → 秒批.
    if (out.size() > 2 && isOpenQuote(out.front()) && isCloseQuote(out.back()) &&
        out.indexOf(QChar(u'”'), 1) == out.size() - 1)
        out = out.mid(1, out.size() - 2);
    return out;
}

QString Scanner::forwardLabel(qsizetype from, qsizetype *end, bool percent) const
{
    const qsizetype n = m_norm.size();
    qsizetype p = from;
    if (percent) {
        if (at(p) != u'的')
            return {};
        ++p;
    } else if (at(p) == u'的') {
        return {};
    }
    if (!percent && isAsciiDigit(at(p))) {
        // 14项32类执法信息, 9条6.2公里次支路网: both count the noun after the second.
        Reading next;
        if (readArabic(p, &next) && next.unit &&
            (next.unit->cls == UnitClass::Count || next.unit->cls == UnitClass::Measure)) {
            qsizetype ignored = 0;
            return forwardLabel(next.after, &ignored, false);
        }
        return {};
    }
    const qsizetype start = p;
    qsizetype limit = std::min(n, start + 14);
    const Lexicon &stop = forwardStopLexicon();
    // Verbs that may also open a noun (建设项目): they end the label only inside it.
    static const Lexicon midStop{u"建设", u"服务于", u"支持"};
    while (p < limit) {
        const QChar c = m_norm.at(p);
        if (isOpenQuote(c)) {
            // A short quoted name is part of the noun: 797项“两轻一免”清单.
            qsizetype q = p + 1;
            while (q < n && q < p + 12 && !isCloseQuote(m_norm.at(q)) && m_norm.at(q) != u'\n')
                ++q;
            if (q < n && isCloseQuote(m_norm.at(q))) {
                limit = std::min(n, limit + (q + 1 - p));
                p = q + 1;
                continue;
            }
            break;
        }
        if (c == u'(' && p > start) {
            qsizetype q = p + 1;
            while (q < n && q < p + 6 && m_norm.at(q) != u')' && isCjk(m_norm.at(q)))
                ++q;
            if (q < n && m_norm.at(q) == u')') {
                p = q + 1;
                continue;
            }
            break;
        }
        if ((c == u'•' || c == u'·') && p > start && isCjk(at(p + 1))) {
            ++p; // 悠•图书馆
            continue;
        }
        if (!isCjk(c) && !(isAsciiLetter(c) && p > start))
            break;
        if (p > start || !isCjk(c)) {
            // 对象, 在建: a preposition that here begins a word does not end the noun.
            const qsizetype sl = stop.matchAt(m_norm, p, n);
            if ((sl > 0 && !(sl == 1 && prepositionInWord(m_norm, p, n))) ||
                midStop.matchAt(m_norm, p, n) > 0)
                break;
            // 4个部门共25个单位; 三个保税区要加快: but 公共服务, 重要节点.
            if ((c == u'共' && !QStringView(u"公总中").contains(at(p - 1)) &&
                 !QStringView(u"性享建同识产").contains(at(p + 1))) ||
                (c == u'要' && !QStringView(u"重主需纪摘提概简必").contains(at(p - 1))))
                break;
            // A verb with its own object ends the noun: 25个单位推行部门预算改革试点.
            const qsizetype vl = verbLexicon().matchAt(m_norm, p, n);
            if (vl >= 2 && !verbInsideNoun(m_norm, p, vl) && !nounSuffix(at(p + vl)) &&
                !nounAfterVerb(m_norm, p + vl))
                break;
        } else if (stop.matchAt(m_norm, p, n) > 0) {
            return {};
        }
        ++p;
    }
    // A formula continues: 7个主题活动+10个专项活动.
    if (at(p) == u'+')
        return QStringLiteral("+");
    *end = p;
    if (p == start)
        return {};
    return cleanLabel(start, p);
}

LabelParts Scanner::readLabel(const Reading &r) const
{
    LabelParts out;
    out.consumed = r.after;
    // The span: back to the clause start, never before text already used.
    qsizetype lo = r.start;
    const qsizetype lowest = std::max(m_consumed, r.start - 50);
    bool tabBound = false;
    while (lo > lowest) {
        const QChar c = m_norm.at(lo - 1);
        if (c == u')') {
            // Skip a bracketed aside: 工业总产值(90年不变价)达2575.6亿元.
            qsizetype q = lo - 2;
            while (q >= lowest && m_norm.at(q) != u'(' && m_norm.at(q) != u'\n')
                --q;
            if (q >= lowest && m_norm.at(q) == u'(') {
                lo = q;
                continue;
            }
            break;
        }
        if (c == u']' && lo - 2 > lowest) {
            // A footnote mark inside the label: DPF[3]尾气改造.
            qsizetype q = lo - 2;
            while (q > lowest && isAsciiDigit(m_norm.at(q)))
                --q;
            if (q < lo - 2 && m_norm.at(q) == u'[') {
                lo = q;
                continue;
            }
        }
        if (isClauseBoundary(c)) {
            tabBound = c == u'\t';
            break;
        }
        --lo;
    }
    const QStringView text = m_norm;
    qsizetype e = r.start;
    if (at(e - 1) == u'-' || at(e - 1) == QChar(0x2212))
        --e;
    // Trailing words, nearest first.
    bool changeSeen = false;
    bool firstNonQualifier = true;
    bool opener = false;
    QStringList quals;
    for (;;) {
        while (e > lo && m_norm.at(e - 1) == u' ')
            --e;
        const TrailWord *w = matchTrail(text, e, lo);
        if (!w)
            break;
        const qsizetype ws = e - w->text.size();
        const QChar before = at(ws - 1);
        bool take = true;
        switch (w->type) {
        case Trail::Baseline:
            take = changeSeen && !(w->text.size() == 1 && (before == u'占' || before == u'对' ||
                                                           before == u'相' || before == u'之'));
            break;
        case Trail::Distrib:
            // 人均, 平均, 年均 are words, not "each".
            take = !(w->text == u"均" && QStringView(u"人平年户日月季周亩").contains(before));
            break;
        case Trail::Particle:
            if (w->text == u"为")
                take = !QStringView(u"行作认成因以称视更最较极广大所无有").contains(before);
            else if (w->text == u"有")
                take = !QStringView(u"国所拥具含享没持占").contains(before);
            else if (w->text == u"是")
                take = false;
            break;
        case Trail::Change:
            // 新增 is an opener; 人增 or 净增 handled by the lexicon.
            take = !(w->text.size() == 1 &&
                     (before == u'新' || before == u'递' || before == u'沉' || before == u'倍'));
            break;
        default:
            break;
        }
        if (!take)
            break;
        switch (w->type) {
        case Trail::Qualifier:
            quals.prepend(w->canonical.toString());
            break;
        case Trail::Opener:
            if (firstNonQualifier)
                opener = true;
            firstNonQualifier = false;
            break;
        case Trail::Change:
            if (firstNonQualifier) {
                out.change = true;
                out.decrease = isDecrease(w->text);
            }
            changeSeen = true;
            firstNonQualifier = false;
            break;
        case Trail::Level:
            out.level = true;
            firstNonQualifier = false;
            break;
        case Trail::Distrib:
            out.distrib = true;
            break;
        case Trail::Respect:
            out.respect = true;
            break;
        case Trail::Baseline:
            // 比2015年增长: the year of the baseline goes with it.
            break;
        case Trail::Particle:
            break;
        }
        e = ws;
        if (w->type == Trail::Change || w->type == Trail::Baseline) {
            // 比2015年 / 较2020年同期: strip the year of comparison.
            qsizetype y = e;
            if (at(y - 1) == u'期' && at(y - 2) == u'同')
                y -= 2;
            if (at(y - 1) == u'年') {
                qsizetype d = y - 1;
                while (d > lo && isAsciiDigit(at(d - 1)))
                    --d;
                if (d < y - 1 && (at(d - 1) == u'比' || at(d - 1) == u'较')) {
                    e = d - 1;
                }
            }
        }
    }
    out.qualifiers = quals;
    // 比上年年初预算增加1800亿元: the comparison goes, the change belongs to what came before.
    if (changeSeen) {
        for (qsizetype b = e - 1; b >= lo && b >= e - 10; --b) {
            const QChar c = m_norm.at(b);
            if ((c == u'比' || c == u'较') &&
                !QStringView(u"占对相之类评选好可").contains(at(b - 1))) {
                e = b;
                break;
            }
        }
    }

    // Leading words: places, times, adverbs, verbs.
    const Lexicon &lead = leadLexicon();
    const Lexicon &verbs = verbLexicon();
    auto stripLeading = [&](qsizetype s, bool withVerbs) {
        for (;;) {
            while (s < e && (m_norm.at(s) == u' ' || m_norm.at(s) == u'\t'))
                ++s;
            if (s >= e)
                break;
            // Dates and years: 2021年, 2021年度, 3月, 上半年.
            if (isAsciiDigit(m_norm.at(s))) {
                qsizetype d = s;
                while (d < e && isAsciiDigit(m_norm.at(d)))
                    ++d;
                // 2015-2016学年, 2021—2025年.
                if (d + 1 < e && (m_norm.at(d) == u'-' || m_norm.at(d) == u'—') &&
                    isAsciiDigit(m_norm.at(d + 1))) {
                    ++d;
                    while (d < e && isAsciiDigit(m_norm.at(d)))
                        ++d;
                    if (d < e && m_norm.at(d) == u'学')
                        ++d;
                }
                if (d < e &&
                    (m_norm.at(d) == u'年' || m_norm.at(d) == u'月' || m_norm.at(d) == u'日')) {
                    ++d;
                    while (d < e && QStringView(u"度底初末份以来中上下半").contains(m_norm.at(d)))
                        ++d;
                    s = d;
                    continue;
                }
                break;
            }
            if (isOpenQuote(m_norm.at(s))) {
                // A period named in quotes: “九五”期间, “十四五”时期.
                qsizetype q = s + 1;
                while (q < e && q < s + 8 && !isCloseQuote(m_norm.at(q)))
                    ++q;
                const QStringView rest = text.sliced(std::min(q + 1, e));
                if (q < e && (rest.startsWith(u"期间") || rest.startsWith(u"时期") ||
                              rest.startsWith(u"以来"))) {
                    s = q + 3;
                    continue;
                }
            }
            if (m_norm.at(s) == u'(') {
                // A bracketed aside left over from the previous figure: 950栋(处)、建筑面积.
                qsizetype q = s + 1;
                while (q < e && m_norm.at(q) != u')')
                    ++q;
                if (q < e) {
                    s = q + 1;
                    continue;
                }
                break;
            }
            qsizetype len = lead.matchAt(text, s, e);
            if (len == 1 && prepositionInWord(text, s, e))
                len = 0;
            if (withVerbs) {
                // Only when an object remains: 增加值 is a noun.
                const qsizetype vl = verbs.matchAt(text, s, e);
                if (vl > 0 && e - (s + vl) >= 2 && !nounSuffix(at(s + vl)) &&
                    !nounAfterVerb(text, s + vl) && !verbInsideNoun(text, s, vl))
                    len = std::max(len, vl);
            }
            if (len == 0 || s + len > e)
                break;
            s += len;
        }
        return s;
    };

    const qsizetype s0 = stripLeading(lo, false);
    // The first verb: the label is its object.
    qsizetype labelStart = s0;
    bool verbFound = false;
    QStringView firstVerb;
    // The verb that governs the figure is the last one with an object after it:
    // 提请市人大常委会审议地方性法规9项 → 地方性法规. Verbs followed by 、 are list items
    // (发放责令改正、约谈、建议…告知书), weak verbs count at the start or after an adverb.
    for (qsizetype p = s0; p < e; ++p) {
        if (isOpenQuote(m_norm.at(p))) {
            // Verbs inside a quoted name do not govern the figure: “康复救助”等活动.
            qsizetype q = p + 1;
            while (q < e && !isCloseQuote(m_norm.at(q)))
                ++q;
            p = q;
            continue;
        }
        const qsizetype len = verbs.matchAt(text, p, e);
        if (len == 0)
            continue;
        const qsizetype objectStart = p + len;
        // 城镇新增就业: after a short noun 新增 belongs to the indicator's name.
        if (text.sliced(p, len) == u"新增" && p > s0 && p - s0 <= 2) {
            p += len - 1;
            continue;
        }
        const bool weak = verbInsideNoun(text, p, len);
        const bool accepted =
            e - objectStart >= 2 && !nounSuffix(at(objectStart)) &&
            !nounAfterVerb(text, objectStart) &&
            !QStringView(u"、和及与").contains(at(objectStart)) &&
            (!weak || lead.matchBefore(text, p, s0) > 0 || (p == s0 && e - objectStart >= 3));
        if (accepted) {
            verbFound = true;
            firstVerb = text.sliced(p, len);
            labelStart = stripLeading(objectStart, true);
        }
        p += len - 1;
    }
    // A rate keeps the verb it is named after (评查率) and the subject before a verb inside it
    // (食品、药品抽检合格率); only a verb that opens the clause goes (明确…申办率).
    if (verbFound && e > s0 && m_norm.at(e - 1) == u'率') {
        const qsizetype opening = verbs.matchAt(text, s0, e);
        const qsizetype afterOpening = opening > 0 ? stripLeading(s0 + opening, false) : s0;
        labelStart = opening > 0 && e - afterOpening >= 3 ? afterOpening : s0;
    }
    // 减少证明材料5.9万份: a count or amount reduced (not a rate named after the verb).
    static const QStringView changeVerbs[] = {u"减少", u"增加", u"削减", u"压减", u"精简"};
    const bool rateLabel = e > s0 && m_norm.at(e - 1) == u'率';
    for (QStringView v : changeVerbs) {
        if (firstVerb == v && !rateLabel && r.unit && r.unit->cls != UnitClass::Percent &&
            r.unit->cls != UnitClass::Permille) {
            out.change = true;
            out.decrease = isDecrease(v);
        }
    }
    // 压减时间58%: a percentage after a verb of change is the change.
    static const QStringView percentChangeVerbs[] = {u"压减", u"压缩", u"减少", u"降低",
                                                     u"提高", u"提升", u"增加", u"缩短",
                                                     u"下降", u"增长", u"削减", u"精简"};
    if (r.unit && (r.unit->cls == UnitClass::Percent || r.unit->cls == UnitClass::Permille) &&
        !rateLabel && !out.level) {
        qsizetype vs = s0;
        for (QStringView avg : {QStringView(u"平均"), QStringView(u"年均"), QStringView(u"月均")}) {
            if (text.sliced(vs, e - vs).startsWith(avg))
                vs += avg.size();
        }
        const QStringView span = text.sliced(vs, e - vs);
        for (QStringView v : percentChangeVerbs) {
            if (span.startsWith(v) && e - vs > v.size() && !nounSuffix(at(vs + v.size()))) {
                out.change = true;
                out.decrease = isDecrease(v);
                labelStart = std::max(labelStart, vs + v.size()); // 压减时间58% → 时间
            }
        }
    }
    // Ends with a verb or a framing word: the counted noun follows the number.
    // Or with a place: 建设范围内5.6万平方米土地.
    const bool endsOpen = opener || labelStart >= e || lead.matchBefore(text, e, s0) > 0 ||
                          (verbs.matchBefore(text, e, s0) > 0 &&
                           (!verbInsideNoun(text, e - verbs.matchBefore(text, e, s0),
                                            verbs.matchBefore(text, e, s0)) ||
                            verbs.matchBefore(text, e, s0) == e - s0)) ||
                          (verbFound && labelStart >= e) ||
                          (e - s0 >= 3 && (at(e - 1) == u'内' || at(e - 1) == u'外')) ||
                          (e > s0 && at(e - 1) == u'等');
    QString backward = labelStart < e ? cleanLabel(labelStart, e) : QString();
    const QString unstripped = s0 < e ? cleanLabel(s0, e) : QString();

    const UnitClass cls = r.unit ? r.unit->cls : UnitClass::Count;
    qsizetype fwdEnd = r.after;
    const bool percent = cls == UnitClass::Percent || cls == UnitClass::Permille;
    QString forward;
    if (!r.unit) {
        // 4万亿 is named before it; 6600多万纳税人 after it, like a count; 4万亿、5万亿两个台阶
        // continues the list.
        const bool listed =
            at(r.start - 1) == u'、' || at(r.start - 1) == u'和' ||
            (at(r.start - 1) == u'及' && !QStringView(u"惠涉普以").contains(at(r.start - 2)));
        if ((backward.isEmpty() || endsOpen) && !listed)
            forward = forwardLabel(r.after, &fwdEnd, false);
    } else if (cls == UnitClass::Count || cls == UnitClass::Verbal || cls == UnitClass::Measure ||
               percent || (cls == UnitClass::Money && (backward.isEmpty() || endsOpen))) {
        forward = forwardLabel(r.after, &fwdEnd, percent);
        // 投放50%以上号源: after a verb the noun may follow a percentage directly.
        // 工程完成80%工程量 is named by its subject.
        if (percent && forward.isEmpty() && endsOpen && !text.sliced(s0, e - s0).endsWith(u"完成"))
            forward = forwardLabel(r.after, &fwdEnd, false);
    }
    if (forward == u"+") {
        out.label = QStringLiteral("+");
        return out;
    }
    // A one-character noun is a district or county (六个区), else part of a name (三支渠).
    if (r.chinese && (forward.isEmpty() || isSloganNoun(forward) ||
                      (forward.size() == 1 && !QStringView(u"区县市省镇乡村").contains(forward)))) {
        out.label.clear();
        out.forward = true;
        return out;
    }

    QString label;
    if (cls != UnitClass::Percent && cls != UnitClass::Permille) {
        // 提升20个农贸市场: a count of things upgraded, not a change.
        static const QStringView amountVerbs[] = {u"减少", u"增加", u"削减", u"压减", u"精简"};
        bool amount = false;
        for (QStringView v : amountVerbs)
            amount = amount || text.sliced(lo, r.start - lo).endsWith(v) || firstVerb == v;
        if (!forward.isEmpty() && !amount && (endsOpen || cls == UnitClass::Count))
            out.change = false;
    }
    const bool preferForward =
        !forward.isEmpty() &&
        (r.chinese || (cls == UnitClass::Count && !endsOpen && true) || endsOpen || percent);
    if (preferForward && (cls == UnitClass::Count || endsOpen || percent || r.chinese)) {
        label = forward;
        out.forward = true;
        out.consumed = fwdEnd;
    } else if (!backward.isEmpty()) {
        label = backward;
    } else if (!forward.isEmpty()) {
        label = forward;
        out.forward = true;
        out.consumed = fwdEnd;
    } else if (!unstripped.isEmpty() && unstripped != u"、") {
        label = unstripped;
    } else if (percent && !(forward = forwardLabel(r.after, &fwdEnd, false)).isEmpty() &&
               forward != u"+") {
        // 100%办结投诉举报.
        label = forward;
        out.forward = true;
        out.consumed = fwdEnd;
    } else if (tabBound && lo > 0) {
        // A table row: the previous cell names the figure (地区生产总值\t增长8.5%).
        qsizetype ce = lo - 1;
        qsizetype cs = ce;
        while (cs > 0 && m_norm.at(cs - 1) != u'\t' && m_norm.at(cs - 1) != u'\n')
            --cs;
        qsizetype digit = cs;
        while (digit < ce && !isAsciiDigit(m_norm.at(digit)))
            ++digit;
        label = cleanLabel(cs, digit);
    }

    // Long lists: 重大气象灾害、生态破坏事故…等专项应急预案 → 专项应急预案.
    if (!out.forward)
        label = shortenLabel(label);
    out.label = label;

    // One value for several labels: 参学率、合格率均为100%.
    if ((out.distrib || out.respect) && !label.isEmpty()) {
        QStringList parts;
        qsizetype s = 0;
        int depth = 0;
        for (qsizetype i = 0; i <= label.size(); ++i) {
            const QChar c = i < label.size() ? label.at(i) : QChar(u'\0');
            if (c == u'(' || c == u'（' || isOpenQuote(c))
                ++depth;
            else if (c == u')' || c == u'）' || isCloseQuote(c))
                --depth;
            qsizetype sepLen = 0;
            if (depth == 0 && i < label.size()) {
                if (c == u'、' || c == u'和' || c == u'及' || c == u'与')
                    sepLen = 1;
                if (QStringView(label).sliced(i).startsWith(u"以及"))
                    sepLen = 2;
            }
            if (i == label.size() || sepLen > 0) {
                parts.append(label.mid(s, i - s).trimmed());
                s = i + sepLen;
                i += sepLen - (sepLen > 0 ? 1 : 0);
            }
        }
        bool ok = parts.size() >= 2;
        for (const QString &p : std::as_const(parts)) {
            if (p.size() < 2)
                ok = false;
        }
        // 养老、医疗、工伤和失业保险参保人数: the short items share the last one's head noun.
        if (ok) {
            const qsizetype first = parts.first().size();
            bool shortItems = first <= 3;
            for (qsizetype i = 1; i + 1 < parts.size(); ++i)
                shortItems = shortItems && parts.at(i).size() == first;
            if (shortItems && parts.last().size() > first + 1) {
                const QString head = parts.last().mid(first);
                for (qsizetype i = 0; i + 1 < parts.size(); ++i)
                    parts[i] += head;
            }
            out.parts = parts;
        }
    }
    return out;
}

void Scanner::sentenceAround(qsizetype pos, qsizetype *s, qsizetype *e)
{
    if (pos >= m_sentStart && pos < m_sentEnd) {
        *s = m_sentStart;
        *e = m_sentEnd;
        return;
    }
    // Sentences are visited in order, so the start is found from the previous end.
    qsizetype start = pos;
    const qsizetype lowest = std::max<qsizetype>(m_sentEnd, 0);
    while (start > lowest && !isSentenceEnd(m_norm.at(start - 1)))
        --start;
    qsizetype end = pos;
    while (end < m_norm.size() && !isSentenceEnd(m_norm.at(end)))
        ++end;
    if (end < m_norm.size() && m_norm.at(end) != u'\n')
        ++end; // keep the full stop
    m_sentStart = start;
    m_sentEnd = end;
    qsizetype qs = start;
    qsizetype qe = end;
    while (qs < qe && TextNormalizer::isSpace(m_src.at(qs)))
        ++qs;
    while (qe > qs && TextNormalizer::isSpace(m_src.at(qe - 1)))
        --qe;
    m_quoteStart = qs;
    m_quoteEnd = qe;
    *s = start;
    *e = end;
}

void Scanner::flushRespect()
{
    // 分别 with one value and several labels: every label has that value.
    if (m_respectFigure >= 0 && !m_respectUsed && !m_respectLabels.isEmpty()) {
        const Figure base = m_out.at(m_respectFigure);
        qsizetype insertAt = m_respectFigure + 1;
        for (const QString &l : std::as_const(m_respectLabels)) {
            Figure f = base;
            f.label = l;
            m_out.insert(insertAt++, f);
        }
    }
    m_respectLabels.clear();
    m_respectFigure = -1;
    m_respectUsed = false;
}

void Scanner::addFigure(const Reading &r)
{
    if (rejectedContext(r))
        return;
    Figure::Kind kind = Kind::Count;
    QString unit;
    double factor = 1;
    QString tableLabel;
    Reading cell = r;
    if (!r.unit) {
        // Bare numbers are figures only in a table under a header that gives their unit, or
        // with a multiplier after a label (参保人数达到120万).
        if (!r.multiplier &&
            !readTableCell(r, &kind, &unit, &factor, &tableLabel, &cell.end, &cell.rangeUpper))
            return;
    }
    // 50米内换乘比例: a distance that qualifies what follows is not a reported figure.
    if (r.unit && r.unit->cls == UnitClass::Measure && r.trailQualifier.isEmpty() &&
        (at(r.after) == u'内' || at(r.after) == u'外') && isCjk(at(r.after + 1)))
        return;
    qsizetype sentStart = 0;
    qsizetype sentEnd = 0;
    sentenceAround(r.start, &sentStart, &sentEnd);
    if (m_baseSentence != sentStart) {
        m_baseSentence = sentStart;
        m_baseLabel.clear();
        m_sentenceLabels.clear();
        m_prevLabel.clear();
    }
    if (m_respectFigure >= 0 && r.start >= m_respectClauseEnd)
        flushRespect();

    LabelParts lp;
    if (tableLabel.isEmpty()) {
        lp = readLabel(r);
        if (lp.label == u"+")
            return;
        if (r.chinese && lp.label.isEmpty())
            return;
    } else {
        lp.label = tableLabel;
        lp.consumed = r.after;
    }
    if (r.unit) {
        unit = r.unit->unit.toString();
        switch (r.unit->cls) {
        case UnitClass::Money:
            kind = lp.change ? Kind::Change : Kind::Money;
            break;
        case UnitClass::Percent:
        case UnitClass::Permille:
            kind = lp.change || lp.label.endsWith(u"增速") || lp.label.endsWith(u"增幅") ||
                           lp.label.endsWith(u"降幅") || lp.label.endsWith(u"涨幅")
                       ? Kind::Change
                       : Kind::Rate;
            break;
        case UnitClass::PercentagePoint:
            kind = Kind::PercentagePoint;
            break;
        case UnitClass::Multiple:
            kind = Kind::Multiple;
            break;
        default:
            kind = lp.change ? Kind::Change : Kind::Count;
            break;
        }
    } else if (tableLabel.isEmpty()) {
        kind = Kind::Count; // 120万 after a label
    }

    QString label = lp.label;
    bool decrease = kind == Kind::Change && lp.decrease;
    // 分别: a later value of the same clause takes the next waiting label.
    if (label.isEmpty() && m_respectFigure >= 0 && !m_respectLabels.isEmpty()) {
        label = m_respectLabels.takeFirst();
        m_respectUsed = true;
        // 分别下降6.5%、3.9%和4.6%: every value is a change.
        if (m_respectKind == Kind::Change &&
            (kind == Kind::Rate || kind == Kind::Count || kind == Kind::Money)) {
            kind = Kind::Change;
            decrease = m_respectDecrease;
        }
    }
    // 占全市13.9%: the share of the figure just named.
    if (label.startsWith(u'占') && !label.startsWith(u"占比") && label.size() > 2 &&
        !m_prevLabel.isEmpty() && kind == Kind::Rate)
        label = m_prevLabel + label;
    // 压减时间58%、材料52%, 增长23.9%和28.2%: a list item continues the kind before it.
    if ((kind == Kind::Rate || kind == Kind::Count || kind == Kind::Money) &&
        m_lastKind == Kind::Change && m_lastUnit == unit && lp.label.size() <= 6 &&
        m_lastAfter >= 0 && m_lastAfter < r.start &&
        QStringView(u"、和及与").contains(at(m_lastAfter))) {
        bool plain = true;
        for (qsizetype i = m_lastAfter + 1; i < r.start && plain; ++i)
            plain = isCjk(m_norm.at(i));
        if (plain) {
            kind = Kind::Change;
            decrease = m_lastDecrease;
        }
    }
    // 总资产1720.3亿元，净资产390.4亿元，分别增长8.32%和7.22%: the changes pair with the
    // amounts named before them.
    QStringList pairedLabels;
    if (lp.respect && lp.parts.isEmpty() && lp.label.isEmpty()) {
        int values = 1;
        qsizetype q = r.after;
        for (int guard = 0; guard < 8; ++guard) {
            if (!QStringView(u"、和及与").contains(at(q)) || !isAsciiDigit(at(q + 1)))
                break;
            Reading next;
            if (!readArabic(q + 1, &next) || !next.unit)
                break;
            ++values;
            q = next.after;
        }
        if (values >= 2 && m_sentenceLabels.size() >= values)
            pairedLabels = m_sentenceLabels.mid(m_sentenceLabels.size() - values);
    }
    if (!pairedLabels.isEmpty()) {
        label = pairedLabels.takeFirst();
        lp.parts.clear();
    }
    // An unnamed change or rate belongs to the figure named before it (…1665.2亿元，增长
    // 14.2%); an unnamed count or amount only to one of the same unit.
    if (label.isEmpty() && ((kind != Kind::Count && kind != Kind::Money) || m_baseUnit == unit ||
                            (kind == Kind::Money && m_baseKind == Kind::Money)))
        label = m_baseLabel;
    // A count in brackets after what it counts: 优质教育（17项）, 民生实事项目（共178项）.
    if (label.isEmpty() && r.unit) {
        qsizetype p = r.start;
        while (p > 0 && (at(p - 1) == u'共' || at(p - 1) == u'计' || at(p - 1) == u' '))
            --p;
        if (p > 0 && at(p - 1) == u'(') {
            const qsizetype open = p - 1;
            qsizetype from = open;
            while (from > 0 && open - from < 24 &&
                   (isCjk(at(from - 1)) || isAsciiDigit(at(from - 1))))
                --from;
            // A year in front names no indicator: 2017年宝安区民生实事项目 → 宝安区民生实事项目.
            qsizetype year = from;
            while (year < open && isAsciiDigit(at(year)))
                ++year;
            if (year > from && year < open && at(year) == u'年')
                from = year + 1;
            while (from < open && isAsciiDigit(at(from)))
                ++from;
            if (open - from >= 2)
                label = cleanLabel(from, open);
        }
    }
    // Last resort: the verb phrase after the number (为6.5万人次提供培训).
    if (label.isEmpty() && r.unit) {
        qsizetype p = r.after;
        while (p < m_norm.size() && p < r.after + 8 && isCjk(m_norm.at(p)))
            ++p;
        if (p - r.after >= 2)
            label = cleanLabel(r.after, p);
    }

    QStringList qualifiers = lp.qualifiers;
    if (!r.innerQualifier.isEmpty())
        qualifiers.append(r.innerQualifier);
    if (!cell.rangeUpper.isEmpty())
        qualifiers.append(cell.rangeUpper);
    if (!r.trailQualifier.isEmpty())
        qualifiers.append(r.trailQualifier);

    Figure f;
    f.value = factor == 1 ? r.value : scaledValue(r.mantissa, r.decimals, factor);
    bool signedCell = false;
    if (r.start > 0 && (at(r.start - 1) == u'-' || at(r.start - 1) == QChar(0x2212))) {
        qsizetype cs = 0;
        signedCell = tableCell(r.start, r.numberEnd, &cs);
        if (signedCell)
            f.value = -f.value;
    }
    if (decrease && !signedCell)
        f.value = -f.value;
    f.unit = unit;
    f.kind = kind;
    f.qualifier = qualifiers.join(QLatin1Char(' '));
    qsizetype textStart = r.start;
    if (signedCell)
        --textStart;
    f.start = textStart;
    f.end = cell.end;
    f.quoteStart = m_quoteStart;
    f.quoteEnd = m_quoteEnd;

    QStringList labels;
    if (!pairedLabels.isEmpty()) {
        flushRespect();
        labels = {label};
        m_respectLabels = pairedLabels;
        m_respectFigure = m_out.size();
        m_respectUsed = false;
        m_respectKind = kind;
        m_respectDecrease = decrease;
        qsizetype ce = r.after;
        while (ce < m_norm.size() && !isSentenceEnd(m_norm.at(ce)) && ce < r.after + 200)
            ++ce;
        m_respectClauseEnd = ce;
    } else if (!lp.parts.isEmpty() && lp.distrib && !lp.respect) {
        labels = lp.parts;
    } else if (!lp.parts.isEmpty() && lp.respect) {
        flushRespect();
        labels = {lp.parts.first()};
        m_respectLabels = lp.parts.mid(1);
        m_respectFigure = m_out.size();
        m_respectUsed = false;
        m_respectKind = kind;
        m_respectDecrease = decrease;
        qsizetype ce = r.after;
        while (ce < m_norm.size() && !isSentenceEnd(m_norm.at(ce)) && ce < r.after + 200)
            ++ce;
        m_respectClauseEnd = ce;
    } else {
        labels = {label};
    }
    for (const QString &l : std::as_const(labels)) {
        f.label = l;
        m_out.append(f);
    }
    if (kind != Kind::Change && kind != Kind::PercentagePoint && kind != Kind::Multiple &&
        !label.isEmpty() && lp.parts.isEmpty() && pairedLabels.isEmpty()) {
        m_baseLabel = label;
        m_baseUnit = unit;
        m_baseKind = kind;
        m_sentenceLabels.append(label);
    }
    m_prevLabel = label;
    m_lastKind = kind;
    m_lastDecrease = decrease;
    m_lastUnit = unit;
    m_lastAfter = lp.forward ? -1 : r.after;
    m_consumed = std::max(m_consumed, lp.consumed);
    if (lp.forward) {
        // The rest of the clause after a counted noun says what happened to it (1000处信号灯
        // 联网、累计达8000处): it is no label for the next figure.
        qsizetype c = m_consumed;
        const qsizetype limit = std::min<qsizetype>(m_norm.size(), c + 30);
        while (c < limit && isCjk(m_norm.at(c)) && m_norm.at(c) != u'、')
            ++c;
        if (c < limit && (m_norm.at(c) == u'、' || m_norm.at(c) == u',' || m_norm.at(c) == u'，'))
            m_consumed = c;
    }
}

QList<Figure> Scanner::run()
{
    const qsizetype n = m_norm.size();
    const QChar *d = m_norm.constData();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = d[i];
        if (isAsciiDigit(c)) {
            if (i > 0 && (isAsciiDigit(d[i - 1]) || d[i - 1] == u'.')) {
                ++i;
                continue;
            }
            Reading r;
            if (readArabic(i, &r) && !insideQuoteOrTitle(i)) {
                addFigure(r);
                // Past the unit; a range's upper end is part of this figure.
                i = std::max(r.rangeUpper.isEmpty() ? r.numberEnd : r.end, i + 1);
                continue;
            }
            // Skip the rest of the digit run.
            while (i < n && (isAsciiDigit(d[i]) || d[i] == u'.' || d[i] == u','))
                ++i;
            continue;
        }
        if (c.unicode() >= 0x4E00 && ChineseNumerals::isNumeral(c) &&
            !(i > 0 && ChineseNumerals::isNumeral(d[i - 1]))) {
            Reading r;
            if (readChinese(i, &r) && !insideQuoteOrTitle(i)) {
                addFigure(r);
                i = r.end;
                continue;
            }
        }
        ++i;
    }
    flushRespect();
    return m_out;
}

} // namespace

QList<Figure> FigureExtractor::extract(const QString &text)
{
    if (text.isEmpty())
        return {};
    Scanner scanner(text);
    return scanner.run();
}
