#include "core/labelreader.h"

#include "core/chinesenumerals.h"
#include "core/figurechars.h"

#include <QRegularExpression>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace FigureChars;

namespace {

enum : unsigned { SeenYear = 1, SeenLei = 2, SeenQi = 4 };

// Which of 年, 累 and 期 occur in s, as Seen bits: one pass instead of a search per character.
unsigned charsSeen(QStringView s)
{
    const auto *u = reinterpret_cast<const char16_t *>(s.data());
    const qsizetype n = s.size();
    qsizetype i = 0;
    unsigned seen = 0;
#if defined(__SSE2__)
    const __m128i year = _mm_set1_epi16(short(u'年'));
    const __m128i lei = _mm_set1_epi16(short(u'累'));
    const __m128i qi = _mm_set1_epi16(short(u'期'));
    __m128i y = _mm_setzero_si128();
    __m128i l = _mm_setzero_si128();
    __m128i q = _mm_setzero_si128();
    for (; n - i >= 8; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(u + i));
        y = _mm_or_si128(y, _mm_cmpeq_epi16(v, year));
        l = _mm_or_si128(l, _mm_cmpeq_epi16(v, lei));
        q = _mm_or_si128(q, _mm_cmpeq_epi16(v, qi));
    }
    seen = (_mm_movemask_epi8(y) ? SeenYear : 0u) | (_mm_movemask_epi8(l) ? SeenLei : 0u) |
           (_mm_movemask_epi8(q) ? SeenQi : 0u);
#endif
    for (; i < n; ++i) {
        seen |= u[i] == u'年' ? SeenYear : u[i] == u'累' ? SeenLei : u[i] == u'期' ? SeenQi : 0u;
    }
    return seen;
}

using List = FigureVocabulary::List;
using Trail = FigureVocabulary::Role;
using TrailWord = FigureVocabulary::Word;
using UnitClass = FigureVocabulary::UnitClass;
using Reading = NumberReader::Reading;

// Where the word holding pos starts, given wordStarts() of the span from from.
qsizetype startOfWord(const LabelReader::WordStarts &starts, qsizetype from, qsizetype pos)
{
    const qsizetype i = pos - from;
    return i > 0 && i < qsizetype(starts.size()) ? starts[i] : pos;
}

bool insideWord(const LabelReader::WordStarts &starts, qsizetype from, qsizetype pos)
{
    return startOfWord(starts, from, pos) != pos;
}

// Whether the few characters of s hold one of those of set, or the word: plain scans, since
// Qt's general search costs more to set up than the dozen characters of a label's tail.
bool holdsAny(QStringView s, QStringView set)
{
    return std::any_of(s.begin(), s.end(), [set](QChar c) { return oneOf(set, c); });
}

bool holdsWord(QStringView s, QStringView word)
{
    for (qsizetype i = 0; i + word.size() <= s.size(); ++i) {
        if (s.at(i) == word.front() && std::equal(word.begin() + 1, word.end(), s.begin() + i + 1))
            return true;
    }
    return false;
}

// Characters that make a verb before them into a noun: 增加值, 增长率, 减少量, 收集点, 服务业,
// 安置房.
bool nounSuffix(QChar c)
{
    return c == u'值' || c == u'率' || c == u'量' || c == u'额' || c == u'幅' || c == u'速' ||
           c == u'业' || c == u'房' || c == u'点' || c == u'站' || c == u'员' || c == u'者' ||
           c == u'链';
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
        return oneOf(u"口外象接标照应话", n);
    case u'在':
        return oneOf(u"建线校园岗职册读库押办途网营", n);
    case u'从':
        return oneOf(u"业事教医警严", n);
    case u'为':
        return oneOf(u"民老", n);
    case u'向':
        return oneOf(u"阳", n);
    case u'各':
        return oneOf(u"异", n);
    case u'到':
        return !isAsciiDigit(n) && !oneOf(u"今本", n);
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
        else if (depth == 0 && c == marker.front() &&
                 QStringView(label).sliced(i).startsWith(marker) &&
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
            !(i > 0 && oneOf(u"高中同平对均初次上优特一二三四劣何相", out.at(i - 1)))) {
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

// The items of a list label that 均 or 分别 distributes a value over (参学率、合格率); empty
// when the label is no such list.
QStringList splitList(const QString &label)
{
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
            if (c == u'以' && QStringView(label).sliced(i).startsWith(u"以及"))
                sepLen = 2;
        }
        if (i == label.size() || sepLen > 0) {
            parts.append(label.mid(s, i - s).trimmed());
            s = i + sepLen;
            i += sepLen - (sepLen > 0 ? 1 : 0);
        }
    }
    if (parts.size() < 2)
        return {};
    // 一、二、三产业增加值: ordinals that share the last item's noun.
    static const QStringView ordinals = u"一二三四五六七八九十";
    bool ordinalItems = parts.last().size() > 2 && ordinals.contains(parts.last().front());
    for (qsizetype i = 0; i + 1 < parts.size() && ordinalItems; ++i)
        ordinalItems = parts.at(i).size() == 1 && ordinals.contains(parts.at(i).front());
    if (ordinalItems) {
        const QString head = parts.last().mid(1);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            parts[i] += head;
        return parts;
    }
    for (const QString &p : std::as_const(parts)) {
        if (p.size() < 2)
            return {};
    }
    // 养老、医疗、工伤和失业保险参保人数: the short items share the last one's head noun.
    const qsizetype first = parts.first().size();
    bool shortItems = first <= 3;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i)
        shortItems = shortItems && parts.at(i).size() == first;
    // 城镇居民、农村居民人均可支配收入: items of one length and one last character (居民) too.
    bool alike = first >= 2 && parts.last().size() > first;
    for (qsizetype i = 0; i + 1 < parts.size() && alike; ++i)
        alike = parts.at(i).size() == first && parts.at(i).back() == parts.last().at(first - 1);
    if ((shortItems || alike) && parts.last().size() > first + 1) {
        const QString head = parts.last().mid(first);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            parts[i] += head;
    }
    return parts;
}

// Whether a period may start with c: a quick test before periodAt(), since most characters
// start none (a bit per character's low eight bits).
bool mayStartPeriod(QChar c)
{
    static const std::array<quint64, 4> bits = [] {
        std::array<quint64, 4> b{};
        for (QChar s : QStringView(u"0123456789“累全上前过这近最二三四五六七八九十"))
            b[(s.unicode() & 0xFF) >> 6] |= quint64(1) << (s.unicode() & 63);
        return b;
    }();
    return bits[(c.unicode() & 0xFF) >> 6] & (quint64(1) << (c.unicode() & 63));
}

// The length of the period stated at pos of s, 0 if none. The forms, tried in this order:
// 2021-2025年 (or —, 至), 2025年 with 度, 上半年, 前三季度 or 全年 after it, “十四五” with
// 时期, 期间 or 以来, 五年 (二 to 十) with 过去, 这, 近 or 最近 before and 来, 间 or 以来 after,
// and 累计, 全年, 上半年, 前三季度. Each optional part is taken when it is there. Most
// characters start no period: the first one decides which form to try.
qsizetype periodAt(QStringView s, qsizetype pos)
{
    const qsizetype n = s.size();
    auto chr = [&](qsizetype i) { return i < n ? s.at(i) : QChar(u'\0'); };
    auto digits4 = [&](qsizetype i) {
        return i + 4 <= n && std::all_of(s.begin() + i, s.begin() + i + 4, isAsciiDigit);
    };
    auto literal = [&](qsizetype i, QStringView word) -> qsizetype {
        return i + word.size() <= n && std::equal(word.begin(), word.end(), s.begin() + i)
                   ? word.size()
                   : 0;
    };
    // The first of words at i, its length; 0 if none.
    auto firstOf = [&](qsizetype i, std::initializer_list<QStringView> words) -> qsizetype {
        for (QStringView w : words) {
            if (const qsizetype len = literal(i, w))
                return len;
        }
        return 0;
    };
    // 五年 at numeral, with its suffix: 2 or more, or 0.
    auto years = [&](qsizetype numeral) -> qsizetype {
        if (chr(numeral + 1) != u'年' || !oneOf(u"二三四五六七八九十", chr(numeral)))
            return 0;
        return 2 + firstOf(numeral + 2, {u"来", u"间", u"以来"});
    };
    auto withLead = [&](qsizetype lead) -> qsizetype {
        const qsizetype len = lead > 0 ? years(pos + lead) : 0;
        return len > 0 ? lead + len : 0;
    };
    const QChar c = s.at(pos);
    switch (c.unicode()) {
    case u'“':
        if (chr(pos + 1) == u'十' && oneOf(u"一二三四五六七八九", chr(pos + 2)) &&
            chr(pos + 3) == u'五' && chr(pos + 4) == u'”')
            return 5 + firstOf(pos + 5, {u"时期", u"期间", u"以来"});
        return 0;
    case u'累':
        return literal(pos, u"累计");
    case u'全':
        return literal(pos, u"全年");
    case u'上':
        return literal(pos, u"上半年");
    case u'前':
        return literal(pos, u"前三季度");
    case u'过':
        return withLead(literal(pos, u"过去"));
    case u'这':
    case u'近':
        return withLead(1);
    case u'最':
        return withLead(literal(pos, u"最近"));
    case u'二':
    case u'三':
    case u'四':
    case u'五':
    case u'六':
    case u'七':
    case u'八':
    case u'九':
    case u'十':
        return years(pos);
    default:
        break;
    }
    if (!digits4(pos))
        return 0;
    if (oneOf(u"-—至", chr(pos + 4)) && digits4(pos + 5) && chr(pos + 9) == u'年')
        return 10;
    if (chr(pos + 4) != u'年')
        return 0;
    return 5 + firstOf(pos + 5, {u"度", u"上半年", u"前三季度", u"全年"});
}
} // namespace

LabelReader::LabelReader(const QString &src, const QString &norm, const NumberReader &numbers,
                         const FigureVocabulary &vocabulary, const Segmenter *segmenter)
    : m_src(src)
    , m_norm(norm)
    , m_numbers(numbers)
    , m_vocab(vocabulary)
    , m_segmenter(segmenter ? *segmenter : Segmenter::shared())
{}

LabelReader::WordStarts LabelReader::wordStarts(qsizetype from, qsizetype to) const
{
    WordStarts starts;
    if (to <= from)
        return starts;
    starts.resize(to - from);
    QVarLengthArray<qsizetype, 128> lengths(to - from);
    m_segmenter.wordLengths(m_norm, from, to, lengths.data());
    qsizetype current = from;
    for (qsizetype i = 0; i < to - from; ++i) {
        if (lengths[i] > 0)
            current = from + i;
        starts[i] = current;
    }
    return starts;
}

// Verbs that as often stand inside a noun phrase (服务 in 政务服务事项, 建设 in 法治建设工作):
// they are taken as the verb only when they open the span.
bool LabelReader::verbInsideNoun(QStringView s, qsizetype pos, qsizetype len) const
{
    return wordList(List::WeakVerb).matchAt(s, pos, pos + len) == len;
}

// Verbs of a change downwards: 下降5% is reported as -5.
bool LabelReader::isDecrease(QStringView verb) const
{
    return wordList(List::Decrease).contains(verb);
}

// A verb followed by one of these is part of a noun: 办理时限, 审批时间.
bool LabelReader::nounAfterVerb(QStringView s, qsizetype pos) const
{
    const QStringView rest = s.sliced(std::min(pos, s.size()));
    // 环保投入占GDP的比重: the verb names the subject of a share.
    if (rest.startsWith(u'占'))
        return true;
    return wordList(List::NounAfterVerb).startsAny(rest);
}

// Fixed expressions counted with Chinese numerals that are slogans, not figures.
bool LabelReader::isSloganNoun(QStringView noun) const
{
    return wordList(List::Slogan).startsAny(noun);
}

qsizetype LabelReader::clauseStart(qsizetype from, qsizetype lowest, bool *tabBound) const
{
    // Back to the clause start, never before lowest (text already used).
    qsizetype lo = from;
    *tabBound = false;
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
            *tabBound = c == u'\t';
            break;
        }
        --lo;
    }
    return lo;
}

// The label as written, without the spaces that page scrapes leave inside sentences.
QString LabelReader::clean(qsizetype s, qsizetype e) const
{
    while (s < e && (m_norm.at(s) == u' ' || m_norm.at(s) == u'\t'))
        ++s;
    while (e > s && (m_norm.at(e - 1) == u' ' || m_norm.at(e - 1) == u'\t'))
        --e;
    QString out(e - s, Qt::Uninitialized);
    QChar *written = out.data();
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
            *written++ = m_src.at(i);
    }
    out.truncate(written - out.constData());
    // A conjunction left at the end: 监管清单和(14项32类执法信息).
    while (!out.isEmpty() && (out.back() == u'和' || out.back() == u'及' || out.back() == u'与' ||
                              out.back() == u'、')) {
        if (out.back() == u'及' && out.size() >= 2 &&
            oneOf(u"惠涉普以波危顾企", out.at(out.size() - 2)))
            break;
        out.chop(1);
    }
    // A label wholly in quotes: “秒批” → 秒批.
    if (out.size() > 2 && isOpenQuote(out.front()) && isCloseQuote(out.back()) &&
        out.indexOf(QChar(u'”'), 1) == out.size() - 1)
        out = out.mid(1, out.size() - 2);
    return out;
}

QString LabelReader::subjectBefore(qsizetype s0, qsizetype e) const
{
    // The clause ends with the verb whose object follows the number (jieba tags it v); what
    // stands before the verb and its adverbs names the subject, when it is a plain noun phrase
    // of a few characters without a verb of its own.
    if (e - s0 < 4 || e - s0 > 16)
        return {};
    for (qsizetype i = s0; i < e; ++i) {
        if (!isCjk(m_norm.at(i)))
            return {};
    }
    const QList<Segmenter::Token> words = m_segmenter.segment(m_norm, s0, e);
    if (words.size() < 2 || words.constLast().tag != u"v")
        return {};
    // Times, numbers and adverbs before the verb are no part of the subject (地区生产总值五年跨过).
    qsizetype last = words.size() - 1;
    while (last > 0) {
        const Segmenter::Token &w = words.at(last - 1);
        if (w.tag != u"t" && w.tag != u"m" && w.tag != u"d" &&
            leadLexicon().matchAt(m_norm, w.start, w.end) != w.end - w.start)
            break;
        --last;
    }
    const qsizetype end = words.at(last).start;
    if (end - s0 < 2)
        return {};
    for (const Segmenter::Token &w : words) {
        if (w.start >= end)
            break;
        if (w.end > end || w.tag.startsWith(u'v') || w.tag == u"r" || w.tag == u"p" ||
            w.tag == u"d" || verbLexicon().matchAt(m_norm, w.start, w.end) > 0)
            return {};
    }
    return clean(s0, end);
}

QString LabelReader::forwardLabel(qsizetype from, qsizetype *end, bool percent) const
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
        if (m_numbers.readArabic(p, &next) && next.unit &&
            (next.unit->cls == UnitClass::Count || next.unit->cls == UnitClass::Measure)) {
            qsizetype ignored = 0;
            return forwardLabel(next.after, &ignored, false);
        }
        // 3个30亿元级重大工业项目: the class belongs to the noun counted.
        if (m_numbers.readArabic(p, &next) && next.unit && next.trailQualifier.isEmpty() &&
            at(next.after) == u'级' && isCjk(at(next.after + 1))) {
            const QString noun = forwardLabel(next.after, end, false);
            return noun.isEmpty() ? noun : clean(p, next.after + 1) + noun;
        }
        return {};
    }
    // 25兆瓦级风电主轴轴承: the figure grades the noun after 级.
    if (!percent && at(p) == u'级' && isCjk(at(p + 1))) {
        ++p;
        if ((at(p) == u'以' && (at(p + 1) == u'上' || at(p + 1) == u'下')) && isCjk(at(p + 2)))
            p += 2; // 10亿元级以上项目
    }
    const qsizetype start = p;
    qsizetype limit = std::min(n, start + 14);
    // A stop word or verb ends the noun only where a word starts: 二次供水 is no 次. The
    // span is split when a stop is first met.
    WordStarts words;
    bool split = false;
    // A stop of len characters at pos is read unless a longer word holds it whole (二次 holds
    // 次); a word that only overlaps it (部分 in 干部分批次) is an ambiguity, not a reason.
    auto heldInWord = [&](qsizetype pos, qsizetype len) {
        if (!split) {
            // Most stops are in no longer word at all: the lexicon says so without a split.
            if (!m_segmenter.mayCover(m_norm, start, std::min(n, start + 24), pos, pos + len, 1))
                return false;
            words = wordStarts(start, std::min(n, start + 24));
            split = true;
        }
        if (!insideWord(words, start, pos))
            return false;
        const qsizetype ws = startOfWord(words, start, pos);
        qsizetype we = pos;
        while (we - start < qsizetype(words.size()) && startOfWord(words, start, we) == ws)
            ++we;
        return we >= pos + len;
    };
    const Lexicon &stop = forwardStopLexicon();
    // Verbs that may also open a noun (建设项目): they end the label only inside it.
    const Lexicon &midStop = wordList(List::ForwardStopInside);
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
        if (isAsciiDigit(c) && p > start) {
            // A number inside a name: 世界500强投资项目. A number with a unit is the next figure.
            qsizetype q = p;
            while (q < n && isAsciiDigit(m_norm.at(q)))
                ++q;
            if (q < n && isCjk(m_norm.at(q)) && !m_vocab.unitAt(m_norm, q) &&
                !ChineseNumerals::isNumeral(m_norm.at(q))) {
                limit = std::min(n, limit + (q - p));
                p = q;
                continue;
            }
            break;
        }
        if (!isCjk(c) && !(isAsciiLetter(c) && p > start))
            break;
        if (p > start || !isCjk(c)) {
            // 对象, 在建: a preposition that here begins a word does not end the noun.
            const qsizetype sl = stop.matchAt(m_norm, p, n);
            const qsizetype ml = midStop.matchAt(m_norm, p, n);
            qsizetype endLen = std::max<qsizetype>(1, std::max(sl, ml));
            // 城中村改造项目: a verb before a head noun of its own is part of the noun.
            bool ends = (sl > 0 && !(sl == 1 && prepositionInWord(m_norm, p, n)) &&
                         !nounAfterVerb(m_norm, p + sl)) ||
                        ml > 0;
            // 4个部门共25个单位; 三个保税区要加快: but 公共服务, 重要节点.
            ends = ends ||
                   (c == u'共' && !oneOf(u"公总中", at(p - 1)) &&
                    !oneOf(u"性享建同识产", at(p + 1))) ||
                   (c == u'要' && !oneOf(u"重主需纪摘提概简必", at(p - 1)));
            if (!ends) {
                // A verb with its own object ends the noun: 25个单位推行部门预算改革试点.
                const qsizetype vl = verbLexicon().matchAt(m_norm, p, n);
                ends = vl >= 2 && !verbInsideNoun(m_norm, p, vl) && !nounSuffix(at(p + vl)) &&
                       !nounAfterVerb(m_norm, p + vl);
                endLen = std::max(endLen, vl);
            }
            if (ends && (p == start || !heldInWord(p, endLen)))
                break;
        } else if (const qsizetype sl = stop.matchAt(m_norm, p, n);
                   sl > 0 && !nounAfterVerb(m_norm, p + sl)) {
            // 建成区 is a noun, though 建成 is a stop: a longer word that holds the stop; so
            // is 改造项目, a verb before a head noun of its own.
            if (!m_segmenter.mayCover(m_norm, start, std::min(n, start + 24), start + sl,
                                      start + sl + 1, sl + 1))
                return {};
            if (!split) {
                words = wordStarts(start, std::min(n, start + 24));
                split = true;
            }
            if (!insideWord(words, start, start + sl))
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
    // 16%的税率降至13%, 7%左右的速度可以实现: the noun ends where the next figure's verb
    // or a word that ends no noun phrase begins (p stays the end of what is consumed).
    qsizetype e = p;
    if (isAsciiDigit(at(p)) || oneOf(u"实", at(p))) {
        while (e - start > 2) {
            const FigureVocabulary::Word *w = matchTrail(m_norm, e, start);
            if (!w || w->text.size() < 2 ||
                (w->role != Trail::Level && w->role != Trail::Change &&
                 w->role != Trail::Qualifier))
                break;
            e -= w->text.size();
        }
    }
    bool compared = false;
    if (e - start >= 3) {
        // A comparison after a counted noun is its predicate (36项全国领先): kept.
        const qsizetype cut = nounPhraseEnd(start, e, false, nullptr, nullptr, &compared);
        e = compared ? e : cut;
    }
    if (e <= start)
        return {};
    return clean(start, e);
}

LabelReader::Parts LabelReader::read(const Reading &r, qsizetype consumed) const
{
    Parts out;
    out.consumed = r.after;
    bool tabBound = false;
    qsizetype lo = clauseStart(r.start, std::max(consumed, r.start - 50), &tabBound);
    // 由2030元/月提高至2130元/月: the rest of the figure before's unit opens no label.
    if (at(lo) == u'/' && lo + 1 < r.start && isCjk(at(lo + 1)) &&
        !ChineseNumerals::isNumeral(at(lo + 1)))
        lo += 2;
    const QStringView text = m_norm;
    qsizetype e = r.start;
    if (at(e - 1) == u'-' || at(e - 1) == QChar(0x2212))
        --e;
    // The span as the lexicon splits it: no word read here may start inside one of its words.
    // Labels are short, so only the last 32 characters are split.
    const qsizetype wlo = std::max(lo, e - 32);
    // Split when first asked, over the span as it is now: most figures never ask.
    const qsizetype wordsEnd = e;
    WordStarts wordStore;
    bool wordsSplit = false;
    auto words = [&]() -> const WordStarts & {
        if (!wordsSplit) {
            wordStore = wordStarts(wlo, wordsEnd);
            wordsSplit = true;
        }
        return wordStore;
    };
    // Whether pos is inside a word of the split (of at least minLength characters): the
    // lexicon rules most positions out without splitting.
    auto inWord = [&](qsizetype pos, qsizetype minLength) {
        return (wordsSplit ||
                m_segmenter.mayCover(m_norm, wlo, wordsEnd, pos, pos + 1, minLength)) &&
               insideWord(words(), wlo, pos);
    };
    // Trailing words, nearest first.
    bool changeSeen = false;
    bool firstNonQualifier = true;
    bool opener = false;
    QStringList quals;
    QList<Figure::Bound> bounds;
    // 从0.94万家增加到: the 从 of a change from one level to another, read as a particle.
    bool fromParticle = false;
    // 折合1148亿元: the figure before in another unit.
    bool converted = false;
    for (;;) {
        while (e > lo && m_norm.at(e - 1) == u' ')
            --e;
        // 从每立方米30微克: the unit's frame belongs to the unit, not to the label.
        if (const qsizetype u = unitFrameBefore(e, lo); u >= 0) {
            e = u;
            continue;
        }
        const TrailWord *w = matchTrail(text, e, lo);
        if (!w)
            break;
        const qsizetype ws = e - w->text.size();
        // 签约1236亿元: a one-character word that ends a longer word (签约) is not read alone.
        if (w->text.size() == 1 && ws > lo && inWord(ws, 2))
            break;
        const QChar before = at(ws - 1);
        bool take = true;
        switch (w->role) {
        case Trail::Baseline:
            take = changeSeen && !(w->text.size() == 1 && (before == u'占' || before == u'对' ||
                                                           before == u'相' || before == u'之'));
            break;
        case Trail::Distrib:
            // 人均, 平均, 年均 are words, not "each".
            take = !(w->text == u"均" && oneOf(u"人平年户日月季周亩", before));
            break;
        case Trail::Particle:
            if (w->text == u"为")
                take = !oneOf(u"行作认成因以称视更最较极广大所无有", before);
            else if (w->text == u"有")
                take = !oneOf(u"国所拥具含享没持占", before);
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
        switch (w->role) {
        case Trail::Qualifier:
            quals.prepend(w->shown);
            bounds.prepend(w->bound);
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
            fromParticle = fromParticle || w->text == u"从" || w->text == u"由";
            converted = converted || wordList(List::Conversion).contains(w->text);
            break;
        }
        e = ws;
        if (w->role == Trail::Change || w->role == Trail::Baseline) {
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
    out.bounds = bounds;
    const qsizetype trailEnd = e;
    // 实际使用外资160.6亿美元、折合1148亿元人民币: the figure before, in another unit.
    if (converted || wordList(List::Conversion).matchBefore(text, e, lo) > 0) {
        out.compared = true;
        out.label.clear();
        return out;
    }
    const Lexicon &verbs = verbLexicon();
    {
        // 粮食总产量连续9年稳定在…: the run of years is the period, not part of the label.
        static const QRegularExpression run(QStringLiteral(
            "连续(\\d+|[一二三四五六七八九十]+)个?(年|月|季度|天)(保持|稳定在|位居|实现|居)?$"));
        const qsizetype tail = std::max(lo, e - 12);
        if (e - lo > 4 && holdsWord(text.sliced(tail, e - tail), u"连续")) {
            const QRegularExpressionMatch m = run.match(text.sliced(tail, e - tail));
            if (m.hasMatch()) {
                out.period = m.captured(0);
                if (!m.captured(3).isEmpty())
                    out.period.chop(m.captured(3).size());
                e = tail + m.capturedStart();
            }
        }
    }
    if (!out.respect && !out.distrib && e - lo > 3) {
        // 教育、卫生分别投入44.1、21.6亿元: 分别 or 均 before the verb.
        const qsizetype vl = verbs.matchBefore(text, e, lo);
        if (vl > 0 && text.sliced(lo, e - vl - lo).endsWith(u"分别")) {
            out.respect = true;
            e -= vl + 2;
        } else if (vl > 0 && at(e - vl - 1) == u'均' &&
                   !oneOf(u"人平年户日月季周亩", at(e - vl - 2))) {
            out.distrib = true;
            e -= vl + 1;
        }
    }
    // 从2020年的3.68万亿元增长到…: the start of a change from one level to another; the
    // subject is its label, the frame goes.
    {
        static const QRegularExpression fromFrame(QStringLiteral(
            "(从|由)(\\d{4}年(底|末|初)?|“[^”]{2,4}”(末|初)|上半年|年初|上年|去年)?的?$"));
        static const QRegularExpression toAhead(QStringLiteral(
            "^(增长|增加|提高|提升|上升|下降|减少|降低|扩大|跃升|增|降|升|达)?(至|到)"));
        const qsizetype tail = std::max(lo, e - 12);
        const QStringView tailText = text.sliced(tail, e - tail);
        if (e - lo >= 3 && holdsAny(tailText, u"从由")) {
            const QRegularExpressionMatch m = fromFrame.match(text.sliced(tail, e - tail));
            const qsizetype at0 = m.hasMatch() ? tail + m.capturedStart() : -1;
            if (at0 > lo && !inWord(at0, 2) &&
                toAhead.match(text.sliced(r.after, std::min<qsizetype>(6, m_norm.size() - r.after)))
                    .hasMatch()) {
                out.from = true;
                e = at0;
            }
        }
        // 企业从0.94万家增加到1.55万家: the 从 was read with the trailing words.
        if (!out.from && fromParticle && e - lo >= 2 &&
            toAhead.match(text.sliced(r.after, std::min<qsizetype>(6, m_norm.size() - r.after)))
                .hasMatch())
            out.from = true;
        // …增长到2025年的4.93万亿元: the end; the label is the start's.
        const QStringView before = text.sliced(lo, r.start - lo);
        if (!out.from && e - lo <= 12 && e > lo && holdsAny(before, u"至到")) {
            static const QRegularExpression toFrame(
                QStringLiteral("^(增长|增加|提高|提升|上升|下降|减少|降低|扩大|跃升|增|降|升)?(至|"
                               "到)(\\d{4}年(底|末)?)?的?$"));
            if (toFrame.match(before).hasMatch()) {
                out.to = true;
                out.label.clear();
                return out;
            }
        }
    }
    // 比上年年初预算增加1800亿元: the comparison goes, the change belongs to what came before;
    // 比重, 比例 and 比率 (清洁能源消费比重提高1.7个百分点) are what changed.
    if (changeSeen) {
        for (qsizetype b = e - 1; b >= lo && b >= e - 10; --b) {
            const QChar c = m_norm.at(b);
            if ((c == u'较' || (c == u'比' && !oneOf(u"重例率", at(b + 1)))) &&
                !oneOf(u"占对相之类评选好可", at(b - 1))) {
                e = b;
                break;
            }
        }
    }

    // Leading words: places, times, adverbs, verbs.
    const Lexicon &lead = leadLexicon();
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
                    while (d < e && oneOf(u"度底初末份以来中上下半", m_norm.at(d)))
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
            // A framing word that opens a longer word is part of it: 均衡性, 重点项目.
            if (len > 0 && s >= wlo && s + len < e && inWord(s + len, len + 1) &&
                startOfWord(words(), wlo, s + len) == s)
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
    qsizetype verbEnd = -1;
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
            !nounAfterVerb(text, objectStart) && !oneOf(u"、和及与", at(objectStart)) &&
            (!weak || lead.matchBefore(text, p, s0) > 0 || (p == s0 && e - objectStart >= 3));
        if (accepted) {
            verbFound = true;
            firstVerb = text.sliced(p, len);
            verbEnd = objectStart;
            labelStart = stripLeading(objectStart, true);
        }
        p += len - 1;
    }
    // A rate keeps the verb it is named after (评查率) and the subject before a verb inside it
    // (食品、药品抽检合格率); only a verb that opens the clause goes (明确…申办率).
    // A label never starts inside a word: 可再生能源装机占比 is not 生能源装机占比.
    // Only a long word is trusted (各县 in 各县区 is an ambiguity), and never a verb (引进外资).
    if (labelStart > lo && labelStart < e && inWord(labelStart, 3)) {
        const qsizetype ws = startOfWord(words(), wlo, labelStart);
        qsizetype we = labelStart;
        while (we < e && startOfWord(words(), wlo, we) == ws)
            ++we;
        // A verb with a one-character noun suffix is a noun (服务业, 安置房, 制造业).
        const qsizetype verbAtWord = verbs.matchAt(text, ws, e);
        if (ws < labelStart && we - ws >= 3 &&
            (verbAtWord == 0 || (ws + verbAtWord == labelStart && we - labelStart == 1)) &&
            lead.matchAt(text, ws, e) == 0)
            labelStart = ws;
    }
    // 全省生产总值, 全社会研发投入: the whole of a place names the indicator, not where it is.
    {
        static const QStringView wholes[] = {u"全社会", u"全省", u"全市", u"全国",
                                             u"全区",   u"全县", u"全州"};
        for (QStringView w : wholes) {
            const qsizetype ws = labelStart - w.size();
            if (ws >= lo && labelStart < e && text.sliced(ws, w.size()) == w &&
                !isAsciiDigit(at(labelStart))) {
                labelStart = ws;
                break;
            }
        }
    }
    if (verbFound && e > s0 && m_norm.at(e - 1) == u'率') {
        const qsizetype opening = verbs.matchAt(text, s0, e);
        const qsizetype afterOpening = opening > 0 ? stripLeading(s0 + opening, false) : s0;
        labelStart = opening > 0 && e - afterOpening >= 3 ? afterOpening : s0;
    }
    // 减少证明材料5.9万份: a count or amount reduced (not a rate named after the verb).
    const Lexicon &amountVerbs = wordList(List::AmountChangeVerb);
    const bool rateLabel = e > s0 && m_norm.at(e - 1) == u'率';
    if (amountVerbs.contains(firstVerb) && !rateLabel && r.unit &&
        r.unit->cls != UnitClass::Percent && r.unit->cls != UnitClass::Permille) {
        out.change = true;
        out.decrease = isDecrease(firstVerb);
    }
    // 压减时间58%: a percentage after a verb of change is the change.
    if (r.unit && (r.unit->cls == UnitClass::Percent || r.unit->cls == UnitClass::Permille) &&
        !rateLabel && !out.level) {
        qsizetype vs = s0;
        for (const QString &avg : wordList(List::Average).words()) {
            if (text.sliced(vs, e - vs).startsWith(avg))
                vs += avg.size();
        }
        const qsizetype vl = wordList(List::PercentChangeVerb).matchAt(text, vs, e);
        if (vl > 0 && e - vs > vl && !nounSuffix(at(vs + vl))) {
            out.change = true;
            out.decrease = isDecrease(text.sliced(vs, vl));
            labelStart = std::max(labelStart, vs + vl); // 压减时间58% → 时间
        }
    }
    // A label is a noun phrase: 增速高于上年 → 增速, 将 → nothing; 先发行 is none at all.
    bool notNoun = false;
    bool noNoun = false;
    if (labelStart < e) {
        const bool difference = r.unit && (r.unit->cls == UnitClass::PercentagePoint ||
                                           r.unit->cls == UnitClass::Multiple);
        e = nounPhraseEnd(labelStart, e, difference, &notNoun, &noNoun, &out.compared);
        // 标准分别再提高, 游客、经营收入均保持: 分别 or 均 before the words just cut.
        if (!out.respect && !out.distrib && e - labelStart > 2) {
            if (text.sliced(labelStart, e - labelStart).endsWith(u"分别")) {
                out.respect = true;
                e -= 2;
            } else if (at(e - 1) == u'均' && !oneOf(u"人平年户日月季周亩", at(e - 2))) {
                out.distrib = true;
                e -= 1;
            } else if (at(e - 2) == u'均' && oneOf(u"达为超", at(e - 1)) &&
                       !oneOf(u"人平年户日月季周亩", at(e - 3))) {
                // 满意率均达100%: 均达 is one word of the split.
                out.distrib = true;
                e -= 2;
            }
        }
    }
    // Ends with a verb or a framing word: the counted noun follows the number.
    // Or with a place: 建设范围内5.6万平方米土地.
    const bool endsOpen = opener || notNoun || labelStart >= e ||
                          lead.matchBefore(text, e, s0) > 0 ||
                          (verbs.matchBefore(text, e, s0) > 0 &&
                           (!verbInsideNoun(text, e - verbs.matchBefore(text, e, s0),
                                            verbs.matchBefore(text, e, s0)) ||
                            verbs.matchBefore(text, e, s0) == e - s0)) ||
                          (verbFound && labelStart >= e) ||
                          (e - s0 >= 3 && (at(e - 1) == u'内' || at(e - 1) == u'外')) ||
                          (e > s0 && at(e - 1) == u'等');
    QString backward = labelStart < e ? clean(labelStart, e) : QString();
    // 是“十二五”期间总量的2倍, 相当于全国平均水平的1.5倍: what follows the copula is the
    // baseline; the figure is the clause subject's.
    if (r.unit && (r.unit->cls == UnitClass::Multiple || r.unit->cls == UnitClass::Percent) &&
        QStringView(m_norm).sliced(trailEnd, r.start - trailEnd).contains(u'的')) {
        const Lexicon &copulas = wordList(List::BaselineCopula);
        for (const qsizetype at0 : {lo, s0}) {
            const qsizetype len = copulas.matchAt(text, at0, e);
            if (len > 0 && e - (at0 + len) >= 2 && !inWord(at0 + len, 2)) {
                out.label.clear();
                return out;
            }
        }
    }

    const UnitClass cls = r.unit ? r.unit->cls : UnitClass::Count;
    qsizetype fwdEnd = r.after;
    const bool percent = cls == UnitClass::Percent || cls == UnitClass::Permille;
    QString forward;
    if (!r.unit) {
        // 4万亿 is named before it; 6600多万纳税人 after it, like a count; 4万亿、5万亿两个台阶
        // continues the list.
        const bool listed = at(r.start - 1) == u'、' || at(r.start - 1) == u'和' ||
                            (at(r.start - 1) == u'及' && !oneOf(u"惠涉普以", at(r.start - 2)));
        if ((backward.isEmpty() || endsOpen) && !listed)
            forward = forwardLabel(r.after, &fwdEnd, false);
        // 输出345亿度: one character after a bare number is its unit more often than a noun.
        if (forward.size() == 1 && !backward.isEmpty())
            forward.clear();
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
        const bool amount =
            amountVerbs.matchBefore(text, r.start, lo) > 0 || amountVerbs.contains(firstVerb);
        if (!forward.isEmpty() && !amount && (endsOpen || cls == UnitClass::Count))
            out.change = false;
    }
    // 提前三年实现翻一番: a rate or multiple whose words name no noun is the clause
    // subject's.
    const bool subjects =
        noNoun && forward.isEmpty() &&
        (cls == UnitClass::Multiple || cls == UnitClass::PercentagePoint || percent);
    if (subjects)
        backward.clear();
    // 从0.94万家增加到1.55万家: what follows the start is the verb of the change, not a noun.
    if (out.from && !backward.isEmpty())
        forward.clear();
    const bool preferForward =
        !forward.isEmpty() &&
        (r.chinese || (cls == UnitClass::Count && !endsOpen && true) || endsOpen || percent);
    if (preferForward && (cls == UnitClass::Count || endsOpen || percent || r.chinese)) {
        label = forward;
        out.forward = true;
        out.consumed = fwdEnd;
        out.subject = subjectBefore(s0, e);
    } else if (!backward.isEmpty()) {
        label = backward;
    } else if (!forward.isEmpty()) {
        label = forward;
        out.forward = true;
        out.consumed = fwdEnd;
    } else if (QString unstripped = s0 < e && !subjects ? clean(s0, e) : QString();
               !unstripped.isEmpty() && unstripped != u"、") {
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
        label = clean(cs, digit);
    }

    // Long lists: 重大气象灾害、生态破坏事故…等专项应急预案 → 专项应急预案; 分别 or 均 after
    // such a list (严重暴力、入室盗窃、诈骗等主要警情分别下降…) goes over its items.
    const QString unshortened = label;
    if (!out.forward)
        label = shortenLabel(label);
    // 重点项目完成投资2125亿元: a head noun that says nothing alone, as the verb's object, is
    // the subject's.
    if (!out.forward && verbFound && wordList(List::GenericNoun).contains(label)) {
        const QString subject = subjectBefore(s0, verbEnd);
        if (!subject.isEmpty())
            label = subject + label;
    }
    // 新增规上工业企业1494家, 新增20家企业: the increment is what is counted, not the stock;
    // so is what 主动公开 picks out of it (主动公开政府信息1136条).
    for (const List kept : {List::Increment, List::KeptVerb}) {
        if (label.isEmpty())
            break;
        const Lexicon &words = wordList(kept);
        const QStringView head = text.first(r.start);
        qsizetype len = 0;
        bool found = false;
        for (qsizetype q = words.indexIn(head, lo, &len); q >= 0 && !found;
             q = words.indexIn(head, q + 1, &len)) {
            if (!inWord(q, 2)) {
                found = true;
                out.increment = out.increment || kept == List::Increment;
                const QStringView word = text.sliced(q, len);
                if (!label.contains(word)) {
                    // 新建成城市应急备用水源: the label may start inside the word (成城市…).
                    qsizetype overlap = 0;
                    for (qsizetype k = std::min(len - 1, label.size()); k > 0 && !overlap; --k) {
                        if (word.last(k) == QStringView(label).first(k) &&
                            text.sliced(q + len).startsWith(QStringView(label).sliced(k)))
                            overlap = k;
                    }
                    label = m_src.mid(q, len) + label.mid(overlap);
                }
            }
        }
        if (found)
            break;
    }
    out.label = label;

    // One value for several labels: 参学率、合格率均为100%.
    if ((out.distrib || out.respect) && !label.isEmpty()) {
        out.parts = splitList(label);
        const qsizetype etc = unshortened.lastIndexOf(u'等');
        if (out.parts.isEmpty() && !out.forward && etc > 0 && unshortened.left(etc).contains(u'、'))
            out.parts = splitList(unshortened.left(etc));
    }
    return out;
}

QString LabelReader::bracketedLabel(qsizetype numberStart) const
{
    qsizetype p = numberStart;
    while (p > 0 && (at(p - 1) == u'共' || at(p - 1) == u'计' || at(p - 1) == u' '))
        --p;
    if (p <= 0 || at(p - 1) != u'(')
        return {};
    const qsizetype open = p - 1;
    qsizetype from = open;
    while (from > 0 && open - from < 24 && (isCjk(at(from - 1)) || isAsciiDigit(at(from - 1))))
        --from;
    // A year in front names no indicator: 2017年宝安区民生实事项目 → 宝安区民生实事项目.
    qsizetype year = from;
    while (year < open && isAsciiDigit(at(year)))
        ++year;
    if (year > from && year < open && at(year) == u'年')
        from = year + 1;
    while (from < open && isAsciiDigit(at(from)))
        ++from;
    return open - from >= 2 ? clean(from, open) : QString();
}

bool LabelReader::isPeriod(QStringView text)
{
    return !text.isEmpty() && mayStartPeriod(text.front()) && periodAt(text, 0) == text.size();
}

QList<LabelReader::Period> LabelReader::periodsIn(qsizetype from, qsizetype to) const
{
    from = std::max<qsizetype>(0, from);
    to = std::min(to, m_norm.size());
    if (to <= from)
        return {};
    const QStringView span = QStringView(m_norm).sliced(from, to - from);
    // Only a span that holds 年, 累计, 期间 or 时期 states periods. The words are looked for by
    // a character of theirs first, all three in one pass (SSE2, eight a step).
    const unsigned seen = charsSeen(span);
    const bool marked = (seen & SeenYear) || ((seen & SeenLei) && span.contains(u"累计")) ||
                        ((seen & SeenQi) && (span.contains(u"期间") || span.contains(u"时期")));
    if (!marked)
        return {};
    QList<Period> found;
    // One pass; a period is read from where the last one ended, the first that starts
    // earliest.
    for (qsizetype p = 0; p < span.size();) {
        const qsizetype len = mayStartPeriod(span.at(p)) ? periodAt(span, p) : 0;
        if (len == 0) {
            ++p;
            continue;
        }
        const qsizetype s = from + p;
        p += len;
        // A year of comparison or of a start is no period: 比2020年, 从2020年的, 较上年.
        const QChar before = at(s - 1);
        if (before == u'比' || before == u'较' || before == u'从' || before == u'由' ||
            before == u'到' || before == u'至' || before == u'第')
            continue;
        // A year that opens a heading or a date (2025年1月) says when, not how long.
        if (span.at(p - 1) == u'年' && at(from + p) == u'月')
            continue;
        found.append({from + p, span.sliced(p - len, len).toString()});
    }
    return found;
}

QString LabelReader::phraseAfter(qsizetype after) const
{
    qsizetype p = after;
    qsizetype run = after;
    while (run < m_norm.size() && run < after + 12 && isCjk(m_norm.at(run)))
        ++run;
    p = std::min(run, after + 8);
    // Never end inside a word (避免伤亡, not 避免伤): take the word whole if it fits in the
    // run, else leave it out.
    if (p < run) {
        const WordStarts words = wordStarts(after, run);
        if (insideWord(words, after, p)) {
            qsizetype we = p;
            while (we < run && startOfWord(words, after, we) == startOfWord(words, after, p))
                ++we;
            p = we <= after + 10 ? we : startOfWord(words, after, p);
        }
    }
    return p - after >= 2 ? clean(after, p) : QString();
}

qsizetype LabelReader::unitFrameBefore(qsizetype e, qsizetype lowest) const
{
    // 每立方米, 每平方公里: 每 and a unit of up to four characters.
    for (qsizetype k = 1; k <= 4; ++k) {
        const qsizetype pos = e - k - 1;
        if (pos < lowest)
            break;
        if (m_norm.at(pos) != u'每')
            continue;
        // 每人每月620元: a rate per person or per month is the value's frame too.
        const FigureVocabulary::Unit *unit = m_vocab.unitAt(m_norm, pos + 1);
        if ((unit && unit->text.size() == k && unit->cls == UnitClass::Measure) ||
            (k == 1 && oneOf(u"人户年月日天周", m_norm.at(pos + 1))))
            return pos;
    }
    return -1;
}

qsizetype LabelReader::nounPhraseEnd(qsizetype s, qsizetype e, bool difference, bool *open,
                                     bool *noNoun, bool *compared) const
{
    // Without open only the tail is cut (a noun read forwards).
    bool openStore = false;
    bool noNounStore = false;
    const bool tailOnly = !open;
    if (tailOnly) {
        open = &openStore;
        noNoun = &noNounStore;
    }
    *open = false;
    *noNoun = false;
    if (e - s > 32)
        return e;
    const Lexicon &tail = wordList(List::LabelTail);
    const Lexicon &comparative = wordList(List::Comparative);
    // Most labels end in a noun and in none of these words: the lexicons say so without a
    // split (the split of a label is a tenth of the figure's time).
    bool candidate = tail.matchBefore(m_norm, e, s) > 0 ||
                     (e - s >= 2 && (ChineseNumerals::isNumeral(m_norm.at(e - 2)) ||
                                     oneOf(u"首第", m_norm.at(e - 2)))) ||
                     (e - s >= 3 && ChineseNumerals::isNumeral(m_norm.at(e - 3)));
    for (qsizetype p = std::max(s, e - (difference ? 8 : 3)); p < e && !candidate; ++p)
        candidate = comparative.matchAt(m_norm, p, e) > 0;
    if (!candidate) {
        // A long label is no verb phrase; nor is a short one that ends in a noun of the
        // lexicon (行政复议案件, 地区生产总值).
        if (e - s > 8 || tailOnly)
            return e;
        if (oneOf(u"等、”", m_norm.at(e - 1)))
            return e;
        for (qsizetype len = std::min<qsizetype>(4, e - s); len >= 2; --len) {
            const QString tag = m_segmenter.tagOf(QStringView(m_norm).sliced(e - len, len));
            if (tag.startsWith(u'n') || tag == u"vn" || tag == u"j")
                return e;
            // One verb of the lexicon (完成, 推进): a verb phrase, though maybe a noun.
            if (len == e - s && tag == u"v") {
                *open = !nounSuffix(m_norm.at(e - 1));
                return e;
            }
        }
    }
    QList<Segmenter::Token> words = m_segmenter.segment(m_norm, s, e);
    auto whole = [&](const Lexicon &l, const Segmenter::Token &w) {
        return l.matchAt(m_norm, w.start, w.end) == w.end - w.start;
    };
    // A word of a numeral and a measure word or time: 首个, 一批, 三年 (not 架次 or 人次).
    auto numeralWord = [&](const Segmenter::Token &w) {
        return w.end - w.start >= 2 && (w.tag == u"m" || w.tag == u"mq") &&
               (ChineseNumerals::isNumeral(m_norm.at(w.start)) || m_norm.at(w.start) == u'首' ||
                m_norm.at(w.start) == u'第');
    };
    bool period = false;
    while (!words.isEmpty()) {
        const Segmenter::Token &last = words.constLast();
        if (whole(tail, last)) {
            // 增速再, 将: an adverb, modal or copula left before the number.
            e = last.start;
            words.removeLast();
            continue;
        }
        // 万元GDP水耗三年累计下降: a span of years after a noun is the period's.
        if (words.size() >= 2 && numeralWord(last) && oneOf(u"年月天", m_norm.at(last.end - 1))) {
            e = last.start;
            words.removeLast();
            period = true;
            continue;
        }
        // 增速高于上年, 浓度低于每立方米: a comparison with a short baseline after it.
        qsizetype cut = -1;
        for (qsizetype i = words.size() - 1; i >= 0 && e - words.at(i).end <= (difference ? 6 : 0);
             --i) {
            if (whole(comparative, words.at(i))) {
                cut = i;
                break;
            }
        }
        if (cut < 0)
            break;
        e = words.at(cut).start;
        words.resize(cut);
        *compared = true;
    }
    if (words.isEmpty())
        return e;
    // 全国首个, 提前三年: a label that ends in a numeral word counts nothing.
    if (numeralWord(words.constLast())) {
        *open = *noNoun = true;
        return e;
    }
    // 占比, 总量: a noun that says nothing alone is still a noun.
    if (wordList(List::GenericNoun).contains(QStringView(m_norm).sliced(s, e - s)))
        return e;
    // 先发行, 增至: only verbs and adverbs, no noun (not 增速 or 投资额: a noun suffix). Two
    // verbs alone are as often a noun (调解组织, 减税降费), and one verb is now and then (简报,
    // 投入): only verbs with an adverb or preposition are surely no noun phrase.
    int verbs = 0;
    bool particle = false;
    for (const Segmenter::Token &w : std::as_const(words)) {
        const QString &t = w.tag;
        if (t == u"v" && !nounSuffix(m_norm.at(w.end - 1)))
            ++verbs;
        else if (t == u"d" || t == u"p" || t == u"c" || t == u"ad" || t == u"vd")
            particle = true;
        else
            return e;
    }
    // A verb before a period (提前三年) is an adverbial too.
    *open = verbs == 1 || (verbs > 0 && (particle || period));
    *noNoun = verbs > 0 && (particle || period);
    return e;
}
