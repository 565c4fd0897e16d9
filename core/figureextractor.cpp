#include "core/figureextractor.h"

#include "core/chinesenumerals.h"
#include "core/clausestate.h"
#include "core/figurechars.h"
#include "core/figurevocabulary.h"
#include "core/labelreader.h"
#include "core/numberreader.h"
#include "core/segmenter.h"
#include "core/tablecellreader.h"
#include "core/textnormalizer.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// - numbers without a unit, and 年/月/日/号/届/版/周年 are not units: years, dates, year
//   ranges (2021-2025年), durations in years (三年行动) are not figures; ages (60岁以上) are;
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
//
// The work is shared out: NumberReader reads a number with its multiplier, unit, qualifiers
// and range; TableCellReader gives a bare number in a table its header's unit; LabelReader
// reads the label and what the words before the number say; ClauseState carries the sentence,
// the subject and the 分别 labels from one figure to the next; FigureVocabulary holds the
// words (core/data/*.tsv). This file puts them together.

using namespace FigureChars;

namespace {

using Kind = Figure::Kind;
using UnitClass = FigureVocabulary::UnitClass;
using Reading = NumberReader::Reading;
using LabelParts = LabelReader::Parts;

class Scanner
{
public:
    Scanner(const QString &text, const FigureVocabulary &vocabulary)
        : m_src(text)
        , m_norm(TextNormalizer::normalize(text))
        , m_numbers(m_norm, vocabulary)
        , m_cells(m_norm, m_numbers, vocabulary)
        , m_labels(m_src, m_norm, m_numbers, vocabulary)
        , m_clause(m_src, m_norm)
        , m_changeSuffix(vocabulary.list(FigureVocabulary::List::ChangeSuffix))
        , m_generic(vocabulary.list(FigureVocabulary::List::GenericNoun))
        , m_increments(vocabulary.list(FigureVocabulary::List::Increment))
        , m_targets(vocabulary.list(FigureVocabulary::List::Target))
        , m_durations(vocabulary.list(FigureVocabulary::List::DurationUnit))
    {}

    QList<Figure> run();

private:
    QChar at(qsizetype i) const
    {
        return i >= 0 && i < m_norm.size() ? m_norm.at(i) : QChar(u'\0');
    }
    // Where a 分别 clause ends: the sentence, at most 200 characters on.
    qsizetype clauseEnd(qsizetype from) const
    {
        qsizetype ce = from;
        while (ce < m_norm.size() && !isSentenceEnd(m_norm.at(ce)) && ce < from + 200)
            ++ce;
        return ce;
    }
    // How many values with a unit a list starting at the value ending at after holds
    // (13.1%和17.7% → 2).
    int valuesInList(qsizetype after) const
    {
        int values = 1;
        qsizetype q = after;
        for (int guard = 0; guard < 8; ++guard) {
            if (!oneOf(u"、和及与", at(q)) || !isAsciiDigit(at(q + 1)))
                break;
            Reading next;
            if (!m_numbers.readArabic(q + 1, &next) || !next.unit)
                break;
            ++values;
            q = next.after;
        }
        return values;
    }
    Kind kindOf(UnitClass cls, const LabelParts &lp) const;
    Figure::Role roleOf(const Reading &r, const LabelParts &lp, Kind kind, const QString &unit,
                        const QString &label) const;
    void addFigure(const Reading &r);
    bool thresholdOfNext(const Reading &r) const;
    /** Labels stop reaching back before the 、 or comma that ends the words after from. */
    void skipClause(qsizetype from);
    QString periodBefore(qsizetype pos);

    const QString &m_src;
    const QString m_norm;
    const NumberReader m_numbers;
    const TableCellReader m_cells;
    const LabelReader m_labels;
    ClauseState m_clause;
    const Lexicon &m_changeSuffix;
    const Lexicon &m_generic;
    const Lexicon &m_increments;
    const Lexicon &m_targets;
    const Lexicon &m_durations;
    QList<Figure> m_out;
    // The periods of the current sentence, read once per sentence.
    qsizetype m_periodSentence = -1;
    QList<LabelReader::Period> m_periods;
    qsizetype m_periodIndex = 0;
    qsizetype m_consumed = 0; // labels never reach back before this offset
    qsizetype m_lastEnd = -1; // where the figure emitted last ends, with its unit
    QString m_lastUnit;
};

// The characters where run() may find a number: ASCII digits, Chinese numerals and 翻 (翻一番).
// Most characters of a text are none of them, and one bit says so; next() passes over them
// eight at a time, comparing each block with the few characters above ASCII in the set and
// with the range of its ASCII ones (a superset: the bit decides).
class NumberStarts
{
public:
    NumberStarts()
    {
        for (char16_t u = u'0'; u <= u'9'; ++u)
            set(u);
        set(u'翻');
        for (unsigned u = 0x4E00; u <= 0xFFFF; ++u) {
            if (ChineseNumerals::isNumeral(QChar(char16_t(u))))
                set(char16_t(u));
        }
#if defined(__SSE2__)
        int wide = 0;
        for (unsigned u = 0; u <= 0xFFFF && m_blocks; ++u) {
            if (!test(QChar(char16_t(u))))
                continue;
            if (u < 0x80) {
                m_asciiLow = std::min(m_asciiLow, char16_t(u));
                m_asciiHigh = std::max(m_asciiHigh, char16_t(u));
            } else if (wide < WideSlots) {
                m_wide[wide++] = _mm_set1_epi16(short(u));
            } else {
                m_blocks = false; // too many for the block test: one character a step
            }
        }
        // Unused slots repeat a character of the set, which changes nothing.
        for (int k = wide; k < WideSlots; ++k)
            m_wide[k] = m_wide[0];
        if (wide == 0 || m_asciiLow > m_asciiHigh)
            m_blocks = false;
#endif
    }
    bool test(QChar c) const
    {
        return m_bits[c.unicode() >> 6] & (quint64(1) << (c.unicode() & 63));
    }
    /** The first position from i on (below n) whose character is in the set; n if none. */
    qsizetype next(const QChar *d, qsizetype i, qsizetype n) const
    {
#if defined(__SSE2__)
        if (m_blocks) {
            const auto *u = reinterpret_cast<const char16_t *>(d);
            // c - low < high - low + 1, unsigned, as a signed comparison after a bias.
            const __m128i bias = _mm_set1_epi16(short(0x8000 - m_asciiLow));
            const __m128i span = _mm_set1_epi16(short(m_asciiHigh - m_asciiLow + 1 - 0x8000));
            for (; n - i >= 8; i += 8) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(u + i));
                const __m128i hit =
                    _mm_or_si128(_mm_cmplt_epi16(_mm_add_epi16(v, bias), span),
                                 wideHits(v, std::make_index_sequence<WideSlots>()));
                if (const int mask = _mm_movemask_epi8(hit))
                    return i + qCountTrailingZeroBits(unsigned(mask)) / 2;
            }
        }
#endif
        while (i < n && !test(d[i]))
            ++i;
        return i;
    }

private:
    void set(char16_t u)
    {
        m_bits[u >> 6] |= quint64(1) << (u & 63);
    }
    std::array<quint64, 1024> m_bits{};
#if defined(__SSE2__)
    // The set holds sixteen characters above ASCII (the numerals and 翻).
    static constexpr int WideSlots = 16;
    template<size_t... K>
    __m128i wideHits(__m128i v, std::index_sequence<K...>) const
    {
        __m128i hit = _mm_setzero_si128();
        ((hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, m_wide[K]))), ...);
        return hit;
    }
    __m128i m_wide[WideSlots] = {};
    char16_t m_asciiLow = 0x7F;
    char16_t m_asciiHigh = 0;
    bool m_blocks = true;
#endif
};

// The first bound that says something, in the order the qualifiers are written: those
// before the number, then the inner and the trailing one.
Figure::Bound firstBound(const QList<Figure::Bound> &leading, Figure::Bound inner,
                         Figure::Bound trailing)
{
    for (Figure::Bound b : leading) {
        if (b != Figure::Bound::Exact)
            return b;
    }
    return inner != Figure::Bound::Exact ? inner : trailing;
}

// What a number with a unit of class cls is, given what its label says.
Kind Scanner::kindOf(UnitClass cls, const LabelParts &lp) const
{
    switch (cls) {
    case UnitClass::Money:
        return lp.change ? Kind::Change : Kind::Money;
    case UnitClass::Percent:
    case UnitClass::Permille:
        // 增速, 降幅: a rate named as a change.
        return lp.change || m_changeSuffix.matchBefore(lp.label, lp.label.size(), 0) > 0
                   ? Kind::Change
                   : Kind::Rate;
    case UnitClass::PercentagePoint:
        return Kind::PercentagePoint;
    case UnitClass::Multiple:
        return Kind::Multiple;
    case UnitClass::Count:
    case UnitClass::Verbal:
    case UnitClass::Measure:
        break;
    }
    return lp.change ? Kind::Change : Kind::Count;
}

// The figure's part in its sentence, from the frame around the number.
Figure::Role Scanner::roleOf(const Reading &r, const LabelParts &lp, Kind kind, const QString &unit,
                             const QString &label) const
{
    if (lp.from)
        return Figure::Role::Baseline;
    if (m_durations.contains(unit))
        return Figure::Role::Duration;
    // 力争, 目标: a goal, whatever its kind.
    const qsizetype qs = m_clause.quoteStart();
    // One pass over the 40 characters before the number (a word must end before it).
    if (m_targets.indexIn(QStringView(m_norm).first(std::max<qsizetype>(r.start, 0)),
                          std::max(qs, r.start - 40)) >= 0)
        return Figure::Role::Target;
    switch (kind) {
    case Kind::Change:
        return unit == u"%" || unit == u"‰" ? Figure::Role::GrowthRate : Figure::Role::Change;
    case Kind::PercentagePoint:
    case Kind::Multiple:
        return Figure::Role::Change;
    case Kind::Rate:
        if (label.contains(u'占') || label.contains(u"比重") || label.contains(u"占比") ||
            label.contains(u"份额"))
            return Figure::Role::Share;
        break;
    case Kind::Count:
    case Kind::Money:
        break;
    }
    return Figure::Role::Level;
}

// The last period the sentence states before pos.
QString Scanner::periodBefore(qsizetype pos)
{
    if (m_periodSentence != m_clause.quoteStart()) {
        m_periodSentence = m_clause.quoteStart();
        m_periods = m_labels.periodsIn(m_clause.quoteStart(), m_clause.quoteEnd());
        m_periodIndex = 0;
    }
    // Figures come in text order: the cursor only moves on, so a long sentence stays linear.
    while (m_periodIndex < m_periods.size() && m_periods.at(m_periodIndex).end <= pos)
        ++m_periodIndex;
    return m_periodIndex > 0 ? m_periods.at(m_periodIndex - 1).text : QString();
}

void Scanner::skipClause(qsizetype from)
{
    // Up to the 、 or comma that ends the words after from, if one does within 30 characters.
    qsizetype c = std::max(from, m_consumed);
    const qsizetype limit = std::min<qsizetype>(m_norm.size(), c + 30);
    while (c < limit && isCjk(m_norm.at(c)) && m_norm.at(c) != u'、')
        ++c;
    if (c < limit && (m_norm.at(c) == u'、' || m_norm.at(c) == u',' || m_norm.at(c) == u'，'))
        m_consumed = c;
}

bool Scanner::thresholdOfNext(const Reading &r) const
{
    qsizetype q = r.after;
    const qsizetype limit = std::min<qsizetype>(m_norm.size(), q + 8);
    while (q < limit && isCjk(m_norm.at(q)))
        ++q;
    if (q == r.after || q >= limit || !isAsciiDigit(m_norm.at(q)))
        return false;
    Reading next;
    if (!m_numbers.readArabic(q, &next) || !next.unit ||
        next.unit->cls != FigureVocabulary::UnitClass::Count)
        return false;
    // Only nouns between: 项目, not 投资.
    for (const Segmenter::Token &t : Segmenter::shared().segment(m_norm, r.after, q)) {
        if (!t.tag.startsWith(u'n'))
            return false;
    }
    return true;
}

void Scanner::addFigure(const Reading &r)
{
    if (m_numbers.rejectedContext(r))
        return;
    Figure::Kind kind = Kind::Count;
    QString unit;
    double factor = 1;
    QString tableLabel;
    QString tableHeader;
    Reading cell = r;
    if (!r.unit) {
        // Bare numbers are figures only in a table under a header that gives their unit, or
        // with a multiplier after a label (参保人数达到120万).
        if (!r.multiplier) {
            TableCellReader::Cell table;
            if (!m_cells.read(r, &table))
                return;
            kind = table.kind;
            unit = table.unit;
            factor = table.factor;
            tableLabel = table.label;
            tableHeader = table.header;
            cell.end = table.end;
            cell.rangeUpper = table.rangeUpper;
            cell.upperMantissa = table.upperMantissa;
            cell.upperDecimals = table.upperDecimals;
        }
    }
    // 50米内换乘比例: a distance that qualifies what follows is not a reported figure.
    if (r.unit && r.unit->cls == UnitClass::Measure && r.trailQualifier.isEmpty() &&
        (at(r.after) == u'内' || at(r.after) == u'外') && isCjk(at(r.after + 1)))
        return;
    // 20万吨级泊位, 10个30亿元级重大工业项目: a class of things by their size, not a quantity.
    // The class and the noun it grades are no label for a figure after them either.
    if (r.unit && r.trailQualifier.isEmpty() && at(r.after) == u'级' && isCjk(at(r.after + 1))) {
        skipClause(r.after);
        return;
    }
    // 每立方米27.3微克: a concentration; 0.1微克攻坚行动 names a campaign.
    bool perCubicMetre = false;
    if (r.unit && r.unit->text == u"微克") {
        perCubicMetre =
            QStringView(m_norm)
                .sliced(std::max<qsizetype>(0, r.start - 30), std::min<qsizetype>(30, r.start))
                .contains(u"每立方米");
        if (!perCubicMetre)
            return;
    }
    // 30亿元以上项目6个, 10-30亿元项目11个: a bound that names a class of things counted
    // next is part of that count's label, not a figure.
    if (r.unit && (!r.trailQualifier.isEmpty() || !r.rangeUpper.isEmpty()) && thresholdOfNext(r))
        return;
    m_clause.enterSentence(r.start);
    m_clause.expireRespect(r.start, &m_out);

    LabelParts lp;
    if (tableLabel.isEmpty()) {
        lp = m_labels.read(r, m_consumed);
        if (lp.label == u"+")
            return;
        // 五年年均增长7.1%: a period alone names nothing measured; the subject before does.
        if (LabelReader::isPeriod(lp.label)) {
            if (lp.period.isEmpty())
                lp.period = lp.label;
            lp.label.clear();
        }
        if (r.chinese && lp.label.isEmpty())
            return;
    } else {
        lp.label = tableLabel;
        lp.consumed = r.after;
    }
    if (r.unit) {
        unit = perCubicMetre ? QStringLiteral("微克/立方米") : r.unit->unit;
        kind = kindOf(r.unit->cls, lp);
    } else if (tableLabel.isEmpty()) {
        kind = Kind::Count; // 120万 after a label
    }

    QString label = lp.label;
    bool decrease = (kind == Kind::Change || kind == Kind::PercentagePoint) && lp.decrease;
    // 分别: a later value of the same clause takes the next waiting label.
    if (label.isEmpty() && m_clause.hasWaitingLabel()) {
        label = m_clause.takeWaitingLabel();
        // 分别下降6.5%、3.9%和4.6%: every value is a change.
        if (m_clause.respectKind() == Kind::Change &&
            (kind == Kind::Rate || kind == Kind::Count || kind == Kind::Money)) {
            kind = Kind::Change;
            decrease = m_clause.respectDecrease();
        }
    }
    // 占全市13.9%: the share of the figure just named.
    if (label.startsWith(u'占') && !label.startsWith(u"占比") && label.size() > 2 &&
        !m_clause.previousLabel().isEmpty() && kind == Kind::Rate)
        label = m_clause.previousLabel() + label;
    // 压减时间58%、材料52%, 增长23.9%和28.2%: a list item continues the kind before it.
    const ClauseState::Last &last = m_clause.last();
    // 达到25个, 增至: a level reached, not an item of a list of changes.
    const bool reached = lp.level || lp.qualifiers.contains(QStringLiteral("达"));
    if ((kind == Kind::Rate || kind == Kind::Count || kind == Kind::Money) && !reached &&
        last.kind == Kind::Change && last.unit == unit && lp.label.size() <= 6 && last.after >= 0 &&
        last.after < r.start && oneOf(u"、和及与", at(last.after))) {
        bool plain = true;
        for (qsizetype i = last.after + 1; i < r.start && plain; ++i)
            plain = isCjk(m_norm.at(i));
        if (plain) {
            kind = Kind::Change;
            decrease = last.decrease;
        }
    }
    // 总资产1720.3亿元，净资产390.4亿元，分别增长8.32%和7.22%: the changes pair with the
    // amounts named before them.
    QStringList pairedLabels;
    if (lp.respect && lp.parts.isEmpty() && lp.label.isEmpty()) {
        const int values = valuesInList(r.after);
        const ClauseState::Labels &named = m_clause.sentenceLabels();
        if (values >= 2 && named.size() >= values)
            pairedLabels = QStringList(named.end() - values, named.end());
    }
    if (!pairedLabels.isEmpty()) {
        label = pairedLabels.takeFirst();
        lp.parts.clear();
    }
    // 土地出让55宗、301公顷, 低保对象261户、640人: a second measure of the same things, right
    // after the first and joined by 、, is the first's (the same unit would be a list of values
    // of different things, which 分别 pairs).
    if (label.isEmpty() && r.unit && m_lastEnd >= 0 && r.start == m_lastEnd + 1 &&
        at(m_lastEnd) == u'、' && !m_lastUnit.isEmpty() && m_lastUnit != unit)
        label = m_clause.previousLabel();
    // An unnamed change or rate belongs to the figure named before it (…1665.2亿元，增长
    // 14.2%); an unnamed count or amount only to one of the same unit.
    if (label.isEmpty() && ((kind != Kind::Count && kind != Kind::Money) ||
                            m_clause.subjectWritten() || m_clause.baseUnit() == unit ||
                            (kind == Kind::Money && m_clause.baseKind() == Kind::Money)))
        label = m_clause.baseLabel();
    // 增长7.7%，高于全国1.8个百分点: the comparison is of the figure just named.
    if (lp.compared && label.isEmpty())
        label = m_clause.previousLabel();
    // …增长到2025年的4.93万亿元: the end of 从A增至B is the start's subject.
    if (lp.to && label.isEmpty())
        label = m_clause.previousLabel();
    // 通用机场增加11个、达到25个: an unnamed level right after a change of its unit is the
    // level of what changed.
    if (label.isEmpty() && reached && last.kind == Kind::Change && last.unit == unit)
        label = m_clause.previousLabel();
    // 总量3612家: a head noun that says nothing alone takes the clause subject before it
    // (without its 新增: the total is of the stock), else the figure just named (外贸进出口
    // 增长8.4%，总额突破8000亿元).
    const QString &namedBefore = !m_clause.baseLabel().isEmpty() ? m_clause.baseLabel()
                                 : lp.forward                    ? m_clause.baseLabel()
                                                                 : m_clause.previousLabel();
    if (!label.isEmpty() && m_generic.contains(label) && !namedBefore.isEmpty() &&
        namedBefore != label) {
        QString subject = namedBefore;
        const qsizetype inc = m_increments.matchAt(subject, 0, subject.size());
        if (inc > 0 && subject.size() - inc >= 2)
            subject.remove(0, inc);
        if (!subject.endsWith(label))
            label = subject + label;
    }
    // A count in brackets after what it counts: 优质教育（17项）, 民生实事项目（共178项）.
    if (label.isEmpty() && r.unit)
        label = m_labels.bracketedLabel(r.start);
    // Last resort: the verb phrase after the number (为6.5万人次提供培训).
    if (label.isEmpty() && r.unit)
        label = m_labels.phraseAfter(r.after);

    QStringList qualifiers = lp.qualifiers;
    if (!r.innerQualifier.isEmpty())
        qualifiers.append(r.innerQualifier);
    if (!cell.rangeUpper.isEmpty())
        qualifiers.append(cell.rangeUpper);
    if (!r.trailQualifier.isEmpty())
        qualifiers.append(r.trailQualifier);

    // The bound: a range has its upper end; else the first qualifier as written that bounds
    // the value (达50%以上 is at least 50).
    Figure::Bound bound = firstBound(lp.bounds, r.innerBound, r.trailBound);
    double upper = 0;
    if (!cell.rangeUpper.isEmpty()) {
        bound = Figure::Bound::Range;
        upper = tableLabel.isEmpty() ? r.upper
                                     : scaledValue(cell.upperMantissa, cell.upperDecimals, factor);
    }

    Figure f;
    f.value = factor == 1 ? r.value : scaledValue(r.mantissa, r.decimals, factor);
    if (bound != Figure::Bound::Range)
        upper = f.value;
    bool signedCell = false;
    if (r.start > 0 && (at(r.start - 1) == u'-' || at(r.start - 1) == QChar(0x2212))) {
        qsizetype cs = 0;
        signedCell = m_cells.isCell(r.start, r.numberEnd, &cs);
        if (signedCell) {
            f.value = -f.value;
            upper = -upper;
        }
    }
    if (decrease && !signedCell) {
        f.value = -f.value;
        upper = -upper;
    }
    f.unit = unit;
    f.kind = kind;
    // A single qualifier (the usual case) keeps its buffer; join would copy it.
    f.qualifier =
        qualifiers.size() == 1 ? qualifiers.constFirst() : qualifiers.join(QLatin1Char(' '));
    f.bound = bound;
    f.upper = upper;
    qsizetype textStart = r.start;
    if (signedCell)
        --textStart;
    f.start = textStart;
    f.end = cell.end;
    f.quoteStart = m_clause.quoteStart();
    f.quoteEnd = m_clause.quoteEnd();
    f.approximate = r.approximate;
    f.role = roleOf(r, lp, kind, unit, label);
    // A column of goals (全年目标增长, 预期) holds targets, whatever the cells say.
    if (!tableHeader.isEmpty() && m_targets.indexIn(tableHeader) >= 0)
        f.role = Figure::Role::Target;
    f.period = lp.period.isEmpty() ? periodBefore(r.start) : lp.period;

    // One figure per label: most have one, 均 gives each part the value.
    const bool eachPart =
        !lp.parts.isEmpty() && lp.distrib && !lp.respect && pairedLabels.isEmpty();
    f.label = label;
    if (!pairedLabels.isEmpty()) {
        m_clause.startRespect(pairedLabels, kind, decrease, clauseEnd(r.after), &m_out);
    } else if (!lp.parts.isEmpty() && lp.respect) {
        f.label = lp.parts.first();
        m_clause.startRespect(lp.parts.mid(1), kind, decrease, clauseEnd(r.after), &m_out);
    } else if (lp.respect && lp.parts.isEmpty() && !label.isEmpty()) {
        // 城乡低保标准分别提高13.1%和17.7%: one name for each of the values that follow.
        const int values = valuesInList(r.after);
        if (values >= 2)
            m_clause.startRespect(QStringList(values - 1, label), kind, decrease,
                                  clauseEnd(r.after), &m_out);
    }
    if (eachPart) {
        for (const QString &part : std::as_const(lp.parts)) {
            f.label = part;
            m_out.append(f);
        }
    } else {
        m_out.append(std::move(f));
    }
    if (kind != Kind::Change && kind != Kind::PercentagePoint && kind != Kind::Multiple &&
        !label.isEmpty() && lp.parts.isEmpty() && pairedLabels.isEmpty()) {
        if (lp.forward && !lp.subject.isEmpty())
            m_clause.rememberWrittenSubject(lp.subject, label);
        else
            m_clause.rememberSubject(label, unit, kind);
    }
    ClauseState::Last emitted;
    emitted.kind = kind;
    emitted.unit = unit;
    emitted.after = lp.forward ? -1 : r.after;
    emitted.decrease = decrease;
    m_clause.rememberFigure(label, emitted);
    m_lastEnd = cell.end;
    m_lastUnit = unit;
    m_consumed = std::max(m_consumed, lp.consumed);
    if (lp.forward) {
        // The rest of the clause after a counted noun says what happened to it (1000处信号灯
        // 联网、累计达8000处): it is no label for the next figure.
        skipClause(m_consumed);
    }
}

QList<Figure> Scanner::run()
{
    static const NumberStarts starts;
    const qsizetype n = m_norm.size();
    const QChar *d = m_norm.constData();
    // Reports state about one figure per 100 to 150 characters: most sections are short, and
    // growing their lists from nothing costs a reallocation for nearly every figure.
    // A short text that holds a digit or numeral at all often states two figures (a value
    // and its change): room for two saves the second allocation; a text that holds none
    // states none and allocates nothing. (Room for four saved little more, for 1 MB more
    // at the peak of a 50 MB corpus.)
    qsizetype i = starts.next(d, 0, n);
    if (i < n)
        m_out.reserve(std::max<qsizetype>(n / 128, 2));
    while (i < n) {
        i = starts.next(d, i, n);
        if (i >= n)
            break;
        const QChar c = d[i];
        if (isAsciiDigit(c)) {
            if (i > 0 && (isAsciiDigit(d[i - 1]) || d[i - 1] == u'.')) {
                ++i;
                continue;
            }
            Reading r;
            if (m_numbers.readArabic(i, &r) && !m_numbers.insideQuoteOrTitle(i)) {
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
        const bool numeral = c.unicode() >= 0x4E00 && ChineseNumerals::isNumeral(c);
        if (numeral && !(i > 0 && ChineseNumerals::isNumeral(d[i - 1]))) {
            Reading r;
            if (m_numbers.readChinese(i, &r) && !m_numbers.insideQuoteOrTitle(i)) {
                addFigure(r);
                i = r.end;
                continue;
            }
        }
        if (numeral || c == u'翻') {
            Reading r;
            if (m_numbers.readWordQuantity(i, &r) && !m_numbers.insideQuoteOrTitle(i)) {
                addFigure(r);
                i = std::max(r.end, i + 1);
                continue;
            }
        }
        ++i;
    }
    m_clause.flushRespect(&m_out);
    return m_out;
}

} // namespace

QList<Figure> FigureExtractor::extract(const QString &text)
{
    return extract(text, FigureVocabulary::builtIn());
}

QList<Figure> FigureExtractor::extract(const QString &text, const FigureVocabulary &vocabulary)
{
    if (text.isEmpty())
        return {};
    Scanner scanner(text, vocabulary);
    return scanner.run();
}
