#include "core/consistencychecker.h"

#include "core/report.h"
#include "core/tablefigurereader.h"
#include "core/wordlists.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>

// Both checks are deliberately conservative: a finding accuses the report of an error, so
// figures whose relation is not certain are left alone.
//
// Rates: a rate named X率 is checked when, in the same sentence, a count stated with X
// (调解成功5996件) follows another count of the same unit that is at least as large
// (摸排矛盾纠纷6067件). The stated rate must equal count/total×100 after rounding to the
// decimals it is written with: 98% covers 97.5–98.5, so 5996/6067 = 98.83% is flagged (a
// report that truncates instead of rounding is flagged too). A bounded rate is checked by its
// Figure::bound (不超过6% is broken only above 6.5, 98%以上 only below 97.5; strict bounds
// such as 超过/低于 are given the same rounding, since a report may round 5.96% to 6%),
// 约/左右 allow one percentage point, and counts that are not exact (余, 多, 近, 约) are not
// checked at all.
//
// Parts: figures after 其中 (a part_marker of core/data/checks.tsv; up to the closing bracket,
// or the end of the sentence) with the unit of the figure before 其中 are parts of it; their
// sum must not exceed it. Bounds decide what is certain: the parts add up to at least the sum
// of their lower ends (60余 counts 60, 近60 or 约60 nothing), the total is at most its upper
// end (不超过100 and 100 are at most 100, 3-5万 at most 5万, 100余 or 100以上 has no upper
// end), and only a sum of lower ends above the total's upper end is a finding.

namespace {

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'；' || c == u';' || c == u'！' || c == u'!' || c == u'？' ||
           c == u'?' || c == u'\n';
}

// Related figures stand close together: beyond this distance nothing is compared, which also
// keeps the checks linear in the length of the text.
constexpr qsizetype MaxDistance = 300;

bool sameSentence(const QString &text, qsizetype from, qsizetype to)
{
    if (to - from > MaxDistance)
        return false;
    for (qsizetype i = std::max<qsizetype>(0, from); i < to && i < text.size(); ++i) {
        if (isSentenceEnd(text.at(i)))
            return false;
    }
    return true;
}

bool isAmount(const Figure &f)
{
    return f.kind == Figure::Kind::Count || f.kind == Figure::Kind::Money;
}

// Values that are not exact cannot be checked against each other.
bool isApproximate(const Figure &f)
{
    return f.bound != Figure::Bound::Exact;
}

// The least an amount can be, as stated: 60 for 60, 60余 and 60以上; nothing is certain of
// 近60, 约60 or 不超过60.
double lowerEnd(const Figure &f)
{
    switch (f.bound) {
    case Figure::Bound::Exact:
    case Figure::Bound::AtLeast:
    case Figure::Bound::MoreThan:
        return f.value;
    case Figure::Bound::Range:
        return std::min(f.value, f.upper);
    case Figure::Bound::AtMost:
    case Figure::Bound::LessThan:
    case Figure::Bound::About:
        break;
    }
    return 0;
}

// The most an amount can be, as stated: 100 for 100 and 不超过100; no limit for 100余.
double upperEnd(const Figure &f)
{
    switch (f.bound) {
    case Figure::Bound::Exact:
    case Figure::Bound::AtMost:
    case Figure::Bound::LessThan:
        return f.value;
    case Figure::Bound::Range:
        return std::max(f.value, f.upper);
    case Figure::Bound::AtLeast:
    case Figure::Bound::MoreThan:
    case Figure::Bound::About:
        break;
    }
    return std::numeric_limits<double>::infinity();
}

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

// The fewest decimals of the numbers written in text: 98% → 0, 98.83% → 2, 6.5-7% → 0 (the
// coarser end decides how much rounding a range allows).
int decimals(QStringView text)
{
    int fewest = -1;
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        int n = 0;
        if (i + 1 < text.size() && (text.at(i) == u'.' || text.at(i) == u'．') &&
            isDigit(text.at(i + 1))) {
            ++i;
            while (i < text.size() && isDigit(text.at(i))) {
                ++i;
                ++n;
            }
        }
        fewest = fewest < 0 ? n : std::min(fewest, n);
    }
    return std::max(fewest, 0);
}

// The figure as written, from the section text (or title) it was read from.
QStringView writtenText(const Report &report, const Figure &f)
{
    if (f.section < 0 || f.section >= report.sectionCount())
        return {};
    const Section &s = report.section(f.section);
    const QString &text = f.inTitle ? s.title : s.text;
    if (f.start < 0 || f.end > text.size() || f.start > f.end)
        return {};
    return QStringView(text).sliced(f.start, f.end - f.start);
}

QString sectionIdOf(const Report &report, const Figure &f)
{
    return f.section >= 0 && f.section < report.sectionCount() ? report.section(f.section).id
                                                               : QString();
}

// Whether a rate computed from its counts contradicts the rate as stated.
bool contradicts(const Figure &rate, QStringView written, double computed)
{
    using B = Figure::Bound;
    const double half = 0.5 * std::pow(10.0, -decimals(written)) + 1e-9;
    switch (rate.bound) {
    case B::AtLeast:
    case B::MoreThan:
        return computed < rate.value - half;
    case B::AtMost:
    case B::LessThan:
        return computed > rate.value + half;
    case B::About:
        return std::abs(computed - rate.value) > std::max(half, 1.0);
    case B::Range:
        return computed < std::min(rate.value, rate.upper) - half ||
               computed > std::max(rate.value, rate.upper) + half;
    case B::Exact:
        break;
    }
    return std::abs(computed - rate.value) > half;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

QString figureText(const Report &report, const Figure &f)
{
    const QString text = writtenText(report, f).toString();
    return f.label.isEmpty() ? text : f.label + QLatin1Char(' ') + text;
}

// The clause that leads to a figure: from the previous comma, full stop or figure.
QStringView leadingClause(const QString &text, qsizetype start, qsizetype lowest)
{
    qsizetype s = start;
    while (s > lowest && s > start - 30) {
        const QChar c = text.at(s - 1);
        if (isSentenceEnd(c) || c == u'，' || c == u',' || c == u'、' || c == u'(' || c == u'（')
            break;
        --s;
    }
    return QStringView(text).sliced(s, start - s);
}

void checkRates(const Report &report, const QList<int> &indexes, const QString &text,
                QList<Finding> *out)
{
    const QList<Figure> &figures = report.figures();
    for (int ri = 0; ri < indexes.size(); ++ri) {
        const Figure &rate = figures.at(indexes.at(ri));
        if (rate.kind != Figure::Kind::Rate || rate.unit != u"%" || !rate.label.endsWith(u'率') ||
            rate.label.size() < 3 || rate.value > 100)
            continue;
        // The same figure listed twice for 参学率、合格率均为100% has its label from a list.
        const QStringView stem = QStringView(rate.label).chopped(1).right(4);
        if (stem.size() < 2)
            continue;
        // The count stated with the rate's stem: 调解成功5996件 for 调解成功率.
        int numerator = -1;
        for (int k = ri - 1; k >= 0 && k >= ri - 8; --k) {
            const Figure &f = figures.at(indexes.at(k));
            if (!sameSentence(text, f.end, rate.start))
                break;
            if (f.kind != Figure::Kind::Count)
                continue;
            const qsizetype lowest = k > 0 ? figures.at(indexes.at(k - 1)).end : 0;
            if (leadingClause(text, f.start, lowest).contains(stem) || f.label.contains(stem)) {
                numerator = k;
                break;
            }
        }
        if (numerator < 0)
            continue;
        const Figure &num = figures.at(indexes.at(numerator));
        // The total: the nearest earlier count of the same unit that is not smaller.
        int denominator = -1;
        for (int k = numerator - 1; k >= 0 && k >= numerator - 8; --k) {
            const Figure &f = figures.at(indexes.at(k));
            if (!sameSentence(text, f.end, num.start))
                break;
            if (f.kind == Figure::Kind::Count && f.unit == num.unit) {
                if (f.value >= num.value && !f.label.contains(stem))
                    denominator = k;
                break;
            }
        }
        if (denominator < 0)
            continue;
        const Figure &den = figures.at(indexes.at(denominator));
        if (den.value <= 0 || isApproximate(num) || isApproximate(den))
            continue;
        const double computed = 100.0 * num.value / den.value;
        const QStringView written = QStringView(text).sliced(
            std::clamp<qsizetype>(rate.start, 0, text.size()),
            std::clamp<qsizetype>(rate.end - rate.start, 0, text.size() - rate.start));
        if (!contradicts(rate, written, computed))
            continue;
        Finding finding;
        finding.type = Finding::Type::RateMismatch;
        finding.figures = {indexes.at(denominator), indexes.at(numerator), indexes.at(ri)};
        finding.sectionIds = {sectionIdOf(report, rate)};
        finding.expected = computed;
        finding.stated = rate.value;
        finding.bound = rate.bound;
        finding.statedUpper = rate.upper;
        out->append(finding);
    }
}

// The words of core/data/checks.tsv.
const WordLists &checkWords()
{
    static const WordLists lists = WordLists::builtIn(
        QStringLiteral(":/reportscope/text/checks.tsv"), ConsistencyChecker::wordListNames());
    return lists;
}

const Lexicon &partMarkers()
{
    return checkWords().list(0);
}

const Lexicon &tableTotals()
{
    return checkWords().list(1);
}

// Whether an amount is followed by another of its kind and unit, as a total by its parts:
// most sections have none, and their text need not be searched for 其中. A long list is
// searched without asking (the test is quadratic).
bool mayHoldParts(const QList<Figure> &figures, const QList<int> &indexes)
{
    constexpr qsizetype MaxPairs = 64;
    if (indexes.size() > MaxPairs)
        return true;
    for (qsizetype i = 0; i + 1 < indexes.size(); ++i) {
        const Figure &total = figures.at(indexes.at(i));
        if (!isAmount(total))
            continue;
        for (qsizetype k = i + 1; k < indexes.size(); ++k) {
            const Figure &part = figures.at(indexes.at(k));
            if (part.kind == total.kind && part.unit == total.unit)
                return true;
        }
    }
    return false;
}

void checkParts(const Report &report, const QList<int> &indexes, const QString &text,
                QList<Finding> *out)
{
    const QList<Figure> &figures = report.figures();
    if (!mayHoldParts(figures, indexes))
        return;
    const Lexicon &markers = partMarkers();
    qsizetype from = 0;
    int next = 0;        // first figure not yet passed
    int lastAmount = -1; // the last amount before the current marker
    for (;;) {
        qsizetype markerLength = 0;
        const qsizetype marker = markers.indexIn(text, from, &markerLength);
        if (marker < 0)
            break;
        from = marker + markerLength;
        // The total: the last amount before 其中 in the same sentence.
        while (next < indexes.size() && figures.at(indexes.at(next)).end <= marker) {
            if (isAmount(figures.at(indexes.at(next))))
                lastAmount = next;
            ++next;
        }
        const int total = lastAmount;
        if (total < 0 || !sameSentence(text, figures.at(indexes.at(total)).end, marker))
            continue;
        const Figure &t = figures.at(indexes.at(total));
        // Where the parts end: the closing bracket of （其中…）, else the sentence.
        qsizetype groupEnd = marker;
        const bool bracketed =
            marker > 0 && (text.at(marker - 1) == u'（' || text.at(marker - 1) == u'(');
        const qsizetype groupLimit = std::min<qsizetype>(text.size(), marker + MaxDistance);
        while (groupEnd < groupLimit && !isSentenceEnd(text.at(groupEnd))) {
            if (bracketed && (text.at(groupEnd) == u'）' || text.at(groupEnd) == u')'))
                break;
            ++groupEnd;
        }
        const qsizetype nested =
            markers.indexIn(QStringView(text).first(groupEnd), marker + markerLength);
        if (nested >= 0)
            groupEnd = nested;
        QList<int> parts;
        double sum = 0;
        double certainSum = 0;
        for (int k = total + 1; k < indexes.size(); ++k) {
            const Figure &f = figures.at(indexes.at(k));
            if (f.start < marker)
                continue;
            if (f.start >= groupEnd)
                break;
            if (f.kind != t.kind || f.unit != t.unit)
                continue;
            // Two labels for one value (均): count the value once.
            if (!parts.isEmpty() && figures.at(parts.last()).start == f.start)
                continue;
            parts.append(indexes.at(k));
            sum += f.value;
            certainSum += lowerEnd(f);
        }
        if (parts.isEmpty())
            continue;
        const double epsilon = 1e-9 * std::max(1.0, t.value);
        if (!(certainSum > upperEnd(t) + epsilon))
            continue;
        Finding finding;
        finding.type = Finding::Type::PartsExceedTotal;
        finding.figures = QList<int>{indexes.at(total)} + parts;
        finding.sectionIds = {sectionIdOf(report, t)};
        finding.expected = sum;
        finding.stated = t.value;
        finding.bound = t.bound;
        finding.statedUpper = t.upper;
        out->append(finding);
    }
}

// A table cell as its header paths: the row's levels and the column's.
struct Cell
{
    int figure = -1;
    QStringList row;
    QStringList column;
};

// Whether the figure is a whole, exact number: a table total is compared only with those.
bool isWholeCount(const Report &report, const Figure &f)
{
    if (f.bound != Figure::Bound::Exact || !isAmount(f))
        return false;
    const QStringView written = writtenText(report, f);
    return !written.isEmpty() && !written.contains(u'.');
}

// The totals along one direction: cells that share the key path (their row, for totals
// across a row) and whose own path is prefix + a total word are compared with the cells of
// that key whose path runs on below prefix. Within the parts, a group with a total of its own
// (法人或其他组织 / 小计) counts by that total, not by its cells again.
void checkTotalsAlong(const Report &report, const QList<Cell> &cells, bool acrossRow,
                      QList<Finding> *out)
{
    const QList<Figure> &figures = report.figures();
    const Lexicon &totals = tableTotals();
    const QString level = TableFigureReader::levelSeparator();
    const auto keyOf = [&](const Cell &c) { return (acrossRow ? c.row : c.column).join(level); };
    const auto pathOf = [&](const Cell &c) -> const QStringList & {
        return acrossRow ? c.column : c.row;
    };
    const auto isTotal = [&](const QStringList &path) {
        return !path.isEmpty() && totals.contains(path.last());
    };
    QHash<QString, QList<int>> byKey;     // the cells of one row (or column), in order
    QHash<QString, QSet<QString>> groups; // per key: the groups that have a total cell
    for (int i = 0; i < cells.size(); ++i) {
        const QString key = keyOf(cells.at(i));
        byKey[key].append(i);
        const QStringList &path = pathOf(cells.at(i));
        if (isTotal(path))
            groups[key].insert(path.mid(0, path.size() - 1).join(level));
    }
    for (int i = 0; i < cells.size(); ++i) {
        const QStringList &path = pathOf(cells.at(i));
        if (!isTotal(path))
            continue;
        const QString key = keyOf(cells.at(i));
        const QSet<QString> &totalled = groups[key];
        const QStringList prefix = path.mid(0, path.size() - 1);
        const Figure &total = figures.at(cells.at(i).figure);
        QList<int> parts;
        double sum = 0;
        bool comparable = isWholeCount(report, total);
        for (int k : byKey.value(key)) {
            const QStringList &p = pathOf(cells.at(k));
            if (k == i || p.size() <= prefix.size() || p.mid(0, prefix.size()) != prefix)
                continue;
            if (isTotal(p) && p.size() == prefix.size() + 1)
                continue; // the same group's total written twice
            // A cell inside a group between prefix and itself that has its own total is
            // counted by that total (which is a group's last level + 总计, not inside it).
            const qsizetype ownGroup = isTotal(p) ? p.size() - 1 : p.size();
            bool covered = false;
            for (qsizetype d = prefix.size() + 1; d < ownGroup && !covered; ++d)
                covered = totalled.contains(p.mid(0, d).join(level));
            if (covered)
                continue;
            const Figure &part = figures.at(cells.at(k).figure);
            if (!isWholeCount(report, part) || part.unit != total.unit) {
                comparable = false;
                break;
            }
            parts.append(cells.at(k).figure);
            sum += part.value;
        }
        if (!comparable || parts.size() < 2 || std::abs(sum - total.value) < 0.5)
            continue;
        Finding finding;
        finding.type = Finding::Type::TableTotalMismatch;
        finding.figures = QList<int>{cells.at(i).figure} + parts;
        finding.sectionIds = {sectionIdOf(report, total)};
        finding.expected = sum;
        finding.stated = total.value;
        finding.statedUpper = total.value;
        out->append(finding);
    }
}

// The table totals of one section's figures: those labelled with a row and a column path.
void checkTableTotals(const Report &report, const QList<int> &indexes, QList<Finding> *out)
{
    const QString pathSeparator = TableFigureReader::pathSeparator();
    const QString level = TableFigureReader::levelSeparator();
    const Lexicon &totals = tableTotals();
    QList<Cell> cells;
    bool anyTotal = false;
    for (int fi : indexes) {
        const Figure &f = report.figures().at(fi);
        if (!f.label.contains(level) && !f.label.contains(pathSeparator))
            continue;
        // A label without the path separator is a table without row headers: all column.
        const qsizetype sep = f.label.indexOf(pathSeparator);
        Cell c;
        c.figure = fi;
        if (sep >= 0) {
            c.row = f.label.left(sep).split(level);
            c.column = f.label.mid(sep + pathSeparator.size()).split(level);
        } else {
            c.column = f.label.split(level);
        }
        anyTotal = anyTotal || totals.contains(c.column.last()) ||
                   (!c.row.isEmpty() && totals.contains(c.row.last()));
        cells.append(std::move(c));
    }
    if (!anyTotal)
        return;
    checkTotalsAlong(report, cells, true, out);
    checkTotalsAlong(report, cells, false, out);
}

} // namespace

QList<Finding> ConsistencyChecker::check(const Report &report)
{
    QList<Finding> findings;
    for (int i = 0; i < report.sectionCount(); ++i) {
        const QList<int> indexes = report.figuresInSection(i);
        if (indexes.isEmpty())
            continue;
        // A title's figures and the text's have offsets into different strings.
        QList<int> title;
        QList<int> body;
        for (int fi : indexes)
            (report.figures().at(fi).inTitle ? title : body).append(fi);
        const Section &s = report.section(i);
        for (const auto &[group, text] : {std::pair{&title, &s.title}, std::pair{&body, &s.text}}) {
            if (group->isEmpty())
                continue;
            checkRates(report, *group, *text, &findings);
            checkParts(report, *group, *text, &findings);
        }
        checkTableTotals(report, body, &findings);
    }
    return findings;
}

QString ConsistencyChecker::describe(const Finding &finding, const Report &report)
{
    const QList<Figure> &figures = report.figures();
    QList<const Figure *> involved;
    for (int i : finding.figures) {
        if (i < 0 || i >= figures.size())
            return {};
        involved.append(&figures.at(i));
    }
    switch (finding.type) {
    case Finding::Type::RateMismatch: {
        if (involved.size() < 3)
            return {};
        const Figure &rate = *involved.at(2);
        const QString written = writtenText(report, rate).toString();
        QString stated;
        switch (finding.bound) {
        case Figure::Bound::AtLeast:
            //: a rate stated as a lower bound: 98%以上
            stated = tr("at least %1").arg(written);
            break;
        case Figure::Bound::AtMost:
            //: a rate stated as an upper bound: 不超过6%
            stated = tr("at most %1").arg(written);
            break;
        case Figure::Bound::MoreThan:
            //: a rate stated as a strict lower bound: 超过6%
            stated = tr("more than %1").arg(written);
            break;
        case Figure::Bound::LessThan:
            //: a rate stated as a strict upper bound: 低于6%
            stated = tr("less than %1").arg(written);
            break;
        case Figure::Bound::About:
            //: a rate stated approximately: 约6%
            stated = tr("about %1").arg(written);
            break;
        case Figure::Bound::Exact:
        case Figure::Bound::Range: // written as a range already: 4%至6%
            stated = written;
            break;
        }
        //: 1 rate label, 2 stated rate, 3 part, 4 total, 5 computed rate
        return tr("%1 is stated as %2, but %3 out of %4 is %5%.")
            .arg(rate.label, stated, figureText(report, *involved.at(1)),
                 figureText(report, *involved.at(0)), QString::number(finding.expected, 'f', 2));
    }
    case Finding::Type::PartsExceedTotal: {
        if (involved.size() < 2)
            return {};
        const Figure &total = *involved.first();
        QStringList partTexts;
        for (const Figure *p : involved.mid(1))
            partTexts.append(figureText(report, *p));
        //: 1 the total as written, 2 the parts, 3 their sum
        return tr("The parts of %1 (%2) add up to %3, more than the total.")
            .arg(figureText(report, total), partTexts.join(QStringLiteral(", ")),
                 numberText(finding.expected) + total.unit);
    }
    case Finding::Type::TableTotalMismatch: {
        if (involved.size() < 2)
            return {};
        const Figure &total = *involved.first();
        // The parts by the header level that tells them apart: 结果维持 10, 结果纠正 1.
        const QString level = TableFigureReader::levelSeparator();
        QStringList partTexts;
        for (const Figure *p : involved.mid(1)) {
            const QString name = p->label.section(level, -1);
            partTexts.append(name + QLatin1Char(' ') + writtenText(report, *p).toString());
        }
        //: 1 the total cell's label, 2 its value as written, 3 the cells it totals, 4 their sum
        return tr("%1 is %2 in the table, but the cells it totals (%3) add up to %4.")
            .arg(total.label, writtenText(report, total).toString(),
                 partTexts.join(QStringLiteral(", ")), numberText(finding.expected));
    }
    }
    return {};
}

QStringList ConsistencyChecker::wordListNames()
{
    return {QStringLiteral("part_marker"), QStringLiteral("table_total")};
}
