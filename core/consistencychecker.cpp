#include "core/consistencychecker.h"

#include "core/report.h"

#include <QSet>

#include <cmath>

// Both checks are deliberately conservative: a finding accuses the report of an error, so
// figures whose relation is not certain are left alone.
//
// Rates: a rate named X率 is checked when, in the same sentence, a count stated with X
// (调解成功5996件) follows another count of the same unit that is at least as large
// (摸排矛盾纠纷6067件). The stated rate must equal count/total×100 after rounding to the
// decimals it is written with: 98% covers 97.5–98.5, so 5996/6067 = 98.83% is flagged (a
// report that truncates instead of rounding is flagged too). Bounds (以上, 超, 近, 不到)
// are checked as bounds, 约/左右 allow one percentage point, and approximate counts (余,
// 多, 近, 约) are not checked at all.
//
// Parts: figures after 其中 (up to the closing bracket, or the end of the sentence) with the
// unit of the figure before 其中 are parts of it; their sum must not exceed it. Totals and
// parts stated approximately are skipped, except that a single part larger than its total is
// always a finding.

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

// Approximate values cannot be checked against each other.
bool isApproximate(const Figure &f)
{
    static const QStringView approximate[] = {
        u"余",   u"多",   u"近",   u"约",   u"超",     u"逾",     u"以上",   u"以下", u"以内",
        u"左右", u"上下", u"不足", u"不到", u"不低于", u"不少于", u"不超过", u"突破", u"至"};
    for (QStringView q : approximate) {
        if (f.qualifier.contains(q))
            return true;
    }
    return false;
}

int decimals(QStringView text)
{
    // The figure as written: 98%, 98.83%, 98．8％.
    qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        dot = text.indexOf(u'．');
    if (dot < 0)
        return 0;
    int n = 0;
    for (qsizetype i = dot + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'))
            ++n;
        else
            break;
    }
    return n;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

QString figureText(const Report &report, int index)
{
    const Figure &f = report.figures().at(index);
    const QString written = report.figureText(index).toString();
    return f.label.isEmpty() ? written : f.label + QLatin1Char(' ') + written;
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
        const double half =
            0.5 * std::pow(10.0, -decimals(report.figureText(indexes.at(ri)))) + 1e-9;
        const QString &q = rate.qualifier;
        bool mismatch = false;
        if (q.contains(u"以上") || q.contains(u"超") || q.contains(u"逾") ||
            q.contains(u"不低于") || q.contains(u"不少于") || q.contains(u"突破")) {
            mismatch = computed < rate.value - half;
        } else if (q.contains(u"近") || q.contains(u"不足") || q.contains(u"不到") ||
                   q.contains(u"以下") || q.contains(u"以内") || q.contains(u"不超过")) {
            mismatch = computed > rate.value + half;
        } else if (q.contains(u"约") || q.contains(u"左右") || q.contains(u"上下")) {
            mismatch = std::abs(computed - rate.value) > std::max(half, 1.0);
        } else {
            mismatch = std::abs(computed - rate.value) > half;
        }
        if (!mismatch)
            continue;
        Finding finding;
        finding.type = Finding::Type::RateMismatch;
        finding.figures = {indexes.at(denominator), indexes.at(numerator), indexes.at(ri)};
        finding.sectionIds = {report.figureSectionId(indexes.at(ri))};
        finding.expected = computed;
        finding.stated = rate.value;
        //: 1 rate label, 2 stated rate, 3 part, 4 total, 5 computed rate
        finding.message = ConsistencyChecker::tr("%1 is stated as %2, but %3 out of %4 is %5%.")
                              .arg(rate.label, report.figureText(indexes.at(ri)).toString(),
                                   figureText(report, indexes.at(numerator)),
                                   figureText(report, indexes.at(denominator)),
                                   QString::number(computed, 'f', 2));
        out->append(finding);
    }
}

void checkParts(const Report &report, const QList<int> &indexes, const QString &text,
                QList<Finding> *out)
{
    if (indexes.isEmpty())
        return;
    const QList<Figure> &figures = report.figures();
    qsizetype from = 0;
    int next = 0;        // first figure not yet passed
    int lastAmount = -1; // the last amount before the current marker
    for (;;) {
        const qsizetype marker = text.indexOf(u"其中", from);
        if (marker < 0)
            break;
        from = marker + 2;
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
            QStringView(text).sliced(marker + 2, groupEnd - marker - 2).indexOf(u"其中");
        if (nested >= 0)
            groupEnd = marker + 2 + nested;
        QList<int> parts;
        double sum = 0;
        double largest = 0;
        bool approximate = false;
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
            largest = std::max(largest, f.value);
            approximate = approximate || isApproximate(f);
        }
        if (parts.isEmpty())
            continue;
        const double epsilon = 1e-9 * std::max(1.0, t.value);
        const bool certain = !isApproximate(t) && !approximate;
        if (!(largest > t.value + epsilon) && !(certain && sum > t.value + epsilon))
            continue;
        Finding finding;
        finding.type = Finding::Type::PartsExceedTotal;
        finding.figures = QList<int>{indexes.at(total)} + parts;
        finding.sectionIds = {report.figureSectionId(indexes.at(total))};
        finding.expected = sum;
        finding.stated = t.value;
        QStringList partTexts;
        for (int p : std::as_const(parts))
            partTexts.append(figureText(report, p));
        //: 1 the total as written, 2 the parts, 3 their sum
        finding.message =
            ConsistencyChecker::tr("The parts of %1 (%2) add up to %3, more than the total.")
                .arg(figureText(report, indexes.at(total)), partTexts.join(QStringLiteral(", ")),
                     numberText(sum) + t.unit);
        out->append(finding);
    }
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
    }
    return findings;
}
