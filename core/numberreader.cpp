#include "core/numberreader.h"

#include "core/chinesenumerals.h"
#include "core/figurechars.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace FigureChars;

namespace {

using Vocab = FigureVocabulary;
using TrailWord = FigureVocabulary::Word;
using List = FigureVocabulary::List;
using UnitDef = FigureVocabulary::Unit;
using UnitClass = FigureVocabulary::UnitClass;

} // namespace

NumberReader::NumberReader(const QString &norm, const FigureVocabulary &vocabulary)
    : m_norm(norm), m_vocab(vocabulary)
{}

// Words that make a unit character part of another word: 元旦, 条例, 名单 ...
bool NumberReader::blockedUnit(QStringView s, qsizetype unitStart, qsizetype unitEnd) const
{
    const qsizetype len = m_vocab.list(List::UnitBlocker).matchAt(s, unitStart, s.size());
    return len > unitEnd - unitStart;
}

// Reads digits, thousands separators and decimals as an integer mantissa and a count of
// decimals, so that 6.31万 is computed as 631 × 10000 / 100 without binary rounding.
qsizetype NumberReader::readNumber(qsizetype pos, double *mantissa, int *decimals) const
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
void NumberReader::readSuffix(qsizetype p, Reading *r) const
{
    const qsizetype n = m_norm.size();
    double factor = 1;
    auto innerQualifier = [&]() {
        const TrailWord *w = m_vocab.qualifierAt(Vocab::Position::Inner, m_norm, p);
        if (w) {
            // Only before a multiplier or a unit: 30余万条, 760余宗, 60多场次.
            const qsizetype q = p + w->text.size();
            if (q < n && (m_norm.at(q) == u'万' || m_norm.at(q) == u'亿' || matchUnit(m_norm, q))) {
                r->innerQualifier = w->shown;
                r->innerBound = w->bound;
                p = q;
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
    r->after = p;
    if (r->unit || r->multiplier) {
        if (const TrailWord *w = m_vocab.qualifierAt(Vocab::Position::After, m_norm, p)) {
            // 多/余 after the unit only when nothing countable follows (3个多月 aside).
            const qsizetype len = w->text.size();
            if (!(len == 1 && p + 1 < n && isCjk(m_norm.at(p + 1)) && m_norm.at(p + 1) != u'的')) {
                r->trailQualifier = w->shown;
                r->trailBound = w->bound;
                r->after = p + len;
            }
        }
    }
}

bool NumberReader::readArabic(qsizetype pos, Reading *r, int depth) const
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

    // 4.5%-5%, 5%—5.5%: a range written with the unit on both ends.
    if (r->unit && depth < 4 && r->after == r->end) {
        const QChar c = at(r->end);
        qsizetype q = r->end + 1;
        if (c == u'—' && at(q) == u'—')
            ++q;
        if ((c == u'-' || c == u'~' || c == u'～' || c == u'至' || c == u'—') &&
            isAsciiDigit(at(q))) {
            Reading next;
            if (readArabic(q, &next, depth + 1) && next.unit == r->unit &&
                next.factor == r->factor) {
                r->rangeUpper = QStringLiteral("至") + m_norm.mid(q, next.numberEnd - q);
                r->upper = next.value;
                r->end = next.end;
                r->after = next.after;
                r->trailQualifier = next.trailQualifier;
                r->trailBound = next.trailBound;
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
                        r->upper = next.value;
                        r->end = next.end;
                        r->after = next.after;
                        r->trailQualifier = next.trailQualifier;
                        r->trailBound = next.trailBound;
                    }
                }
            }
        }
    }
    return true;
}

bool NumberReader::readChinese(qsizetype pos, Reading *r) const
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
    if (oneOf(blockedPrev, prev))
        return false;
    if (pos >= 2 && m_vocab.list(List::NumeralStopBefore).matchBefore(m_norm, pos, pos - 2) > 0)
        return false;
    // A numeral right after a noun sums up a list (基本医疗保险制度、…三项改革): it counts
    // what was just named, it does not report a figure. Counts follow a verb, 等, 和 or 共.
    if (isCjk(prev) && !oneOf(u"等和及与共有了在", prev) &&
        m_vocab.list(List::Verb).matchBefore(m_norm, pos, std::max<qsizetype>(0, pos - 4)) == 0)
        return false;
    const qsizetype m = pos + len;
    if (m >= m_norm.size() ||
        !m_vocab.list(List::NumeralMeasure).contains(QStringView(m_norm).sliced(m, 1)))
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

bool NumberReader::readWordQuantity(qsizetype pos, Reading *r) const
{
    const qsizetype n = m_norm.size();
    const QChar c = at(pos);
    auto finish = [&](qsizetype numberEnd, double value) {
        r->start = pos;
        r->numberEnd = numberEnd;
        r->mantissa = value;
        r->decimals = 0;
        r->value = value;
        r->approximate = true;
        return true;
    };
    // 翻一番, 翻了一番, 翻两番, 翻番: doubled (4 times for 两番).
    if (c == u'翻') {
        qsizetype q = pos + 1;
        if (at(q) == u'了')
            ++q;
        double times = 2;
        if (at(q) == u'一' || at(q) == u'两') {
            times = at(q) == u'两' ? 4 : 2;
            ++q;
        }
        if (at(q) != u'番')
            return false;
        const FigureVocabulary::Unit *u = matchUnit(QStringView(u"倍"), 0);
        if (!u)
            return false;
        finish(q + 1, times);
        r->unit = u;
        r->end = q + 1;
        r->after = q + 1;
        return true;
    }
    const qint64 digit =
        ChineseNumerals::isDigit(c) ? ChineseNumerals::parse(QStringView(&c, 1)) : -1;
    // 四成: tenths; 近两倍: a multiple.
    if (digit >= 1 && (at(pos + 1) == u'成' || at(pos + 1) == u'倍') &&
        !ChineseNumerals::isNumeral(at(pos - 1)) && at(pos - 1) != u'第') {
        const FigureVocabulary::Unit *u = matchUnit(m_norm, pos + 1);
        if (!u || blockedUnit(m_norm, pos + 1, pos + 2))
            return false;
        // 一成不变 is an idiom; 一倍 is rare and says "once".
        if (digit == 1)
            return false;
        finish(pos + 1, double(digit));
        r->unit = u;
        r->end = pos + 2;
        r->after = pos + 2;
        return true;
    }
    // 逾百家, 千余家, 近万亿元, 上千家: a round hundred, thousand or ten thousand, only with a
    // qualifier (百家争鸣, 千家万户 are words).
    if (c == u'百' || c == u'千' || c == u'万') {
        if (ChineseNumerals::isNumeral(at(pos - 1)) || isAsciiDigit(at(pos - 1)) ||
            at(pos - 1) == u'.')
            return false;
        const double value = c == u'百' ? 100 : c == u'千' ? 1000 : 10000;
        const bool before =
            m_vocab.wordBefore(m_norm, pos, std::max<qsizetype>(0, pos - 2)) &&
            m_vocab.wordBefore(m_norm, pos, std::max<qsizetype>(0, pos - 2))->role ==
                FigureVocabulary::Role::Qualifier;
        const bool inner = at(pos + 1) == u'余' || at(pos + 1) == u'多';
        const bool up = at(pos - 1) == u'上' || at(pos - 1) == u'数';
        if (!before && !inner && !up)
            return false;
        Reading probe;
        probe.mantissa = value;
        probe.value = value;
        readSuffix(pos + 1, &probe);
        if (!probe.unit || pos + 1 >= n)
            return false;
        *r = probe;
        finish(pos + 1, probe.value);
        r->value = probe.value;
        r->mantissa = value;
        return true;
    }
    return false;
}

bool NumberReader::insideQuoteOrTitle(qsizetype pos) const
{
    const qsizetype lowest = std::max<qsizetype>(0, pos - 60);
    qsizetype open = -1;
    QChar closer;
    qsizetype from = pos - 1;
#if defined(__SSE2__)
    // Most of the 60 characters before a number are none of the marks: passed over eight at
    // a time, from the number back, to the step that holds one.
    {
        const auto *u = reinterpret_cast<const char16_t *>(m_norm.constData());
        const __m128i lf = _mm_set1_epi16(u'\n');
        const __m128i quoteBias = _mm_set1_epi16(short(0x8000 - 0x2018));
        const __m128i titleBias = _mm_set1_epi16(short(0x8000 - 0x300A));
        const __m128i six = _mm_set1_epi16(short(6 - 0x8000));
        while (from - 7 >= lowest) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(u + from - 7));
            const __m128i hit =
                _mm_or_si128(_mm_cmpeq_epi16(v, lf),
                             _mm_or_si128(_mm_cmplt_epi16(_mm_add_epi16(v, quoteBias), six),
                                          _mm_cmplt_epi16(_mm_add_epi16(v, titleBias), six)));
            if (_mm_movemask_epi8(hit))
                break;
            from -= 8;
        }
    }
#endif
    for (qsizetype i = from; i >= lowest; --i) {
        const QChar c = m_norm.at(i);
        // The marks looked for are the line feed, U+2018 to U+201D and U+300A to U+300F: one
        // test passes over the other characters.
        if (c != u'\n' &&
            (c < QChar(0x2018) || c > QChar(0x300F) || (c > QChar(0x201D) && c < QChar(0x300A))))
            continue;
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

bool NumberReader::rejectedContext(const Reading &r) const
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
