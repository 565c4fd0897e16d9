#include "core/reportdiff.h"

#include "core/indicatorcomparison.h"
#include "core/indicatormatcher.h"
#include "core/magnitude.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

// Above this many cells a sentence diff is not computed: the texts are shown as replaced.
constexpr qsizetype MaxDiffCells = 4'000'000;
// The same for the character diff of two sentences (a few hundred characters each, as a rule).
constexpr qsizetype MaxCharacterCells = 1'000'000;
// A removed and an added sentence at one place with at least this similarity are one rewrite.
constexpr double RewriteSimilarity = 0.5;

// Digits as one class, so that years and counts in titles do not split a pair.
QString titleKey(const QString &title)
{
    QString key;
    key.reserve(title.size());
    for (QChar c : title) {
        if (c.isDigit())
            c = u'0';
        if (!c.isSpace() && !(key.endsWith(u'0') && c == u'0'))
            key.append(c);
    }
    return key;
}

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'\n';
}

} // namespace

QString ReportDiff::changeName(Change c)
{
    switch (c) {
    case Change::Changed:
        return QStringLiteral("changed");
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Same:
        break;
    }
    return QStringLiteral("same");
}

double ReportDiff::titleSimilarity(const QString &a, const QString &b)
{
    const QString ka = titleKey(a);
    const QString kb = titleKey(b);
    if (ka == kb)
        return 1;
    if (ka.size() < 2 || kb.size() < 2)
        return 0;
    QHash<quint32, int> bigrams;
    for (qsizetype i = 0; i + 1 < ka.size(); ++i)
        ++bigrams[(quint32(ka.at(i).unicode()) << 16) | ka.at(i + 1).unicode()];
    int common = 0;
    for (qsizetype i = 0; i + 1 < kb.size(); ++i) {
        auto it = bigrams.find((quint32(kb.at(i).unicode()) << 16) | kb.at(i + 1).unicode());
        if (it != bigrams.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    return 2.0 * common / double(ka.size() - 1 + kb.size() - 1);
}

QStringList ReportDiff::sentences(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSentenceEnd(text.at(i))) {
            const qsizetype end = i < text.size() && text.at(i) != u'\n' ? i + 1 : i;
            const QString s = text.mid(start, end - start).trimmed();
            if (!s.isEmpty())
                out.append(s);
            start = i + 1;
        }
    }
    return out;
}

QList<ReportDiff::Sentence> ReportDiff::diffSentences(const QStringList &a, const QStringList &b)
{
    QList<Sentence> out;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if ((n + 1) * (m + 1) > MaxDiffCells) {
        for (const QString &s : a)
            out.append({Change::Removed, s, {}, {}});
        for (const QString &s : b)
            out.append({Change::Added, s, {}, {}});
        return out;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out.append({Change::Same, a.at(i), {}, {}});
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            out.append({Change::Added, b.at(j), {}, {}});
            ++j;
        } else {
            out.append({Change::Removed, a.at(i), {}, {}});
            ++i;
        }
    }
    return out;
}

namespace {

// The units of a character diff: a number (digits with their points and commas) or a Latin
// word is one token, so that 19492.6 against 2.24 is one replacement and not scattered digits;
// anything else is one character (a surrogate pair one).
QStringList diffTokens(const QString &text)
{
    QStringList out;
    const auto isWordChar = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    for (qsizetype i = 0; i < text.size();) {
        qsizetype e = i + 1;
        if (isWordChar(text.at(i))) {
            while (e < text.size() &&
                   (isWordChar(text.at(e)) ||
                    ((text.at(e) == u'.' || text.at(e) == u',') && e + 1 < text.size() &&
                     text.at(e + 1).isDigit() && text.at(e - 1).isDigit())))
                ++e;
        } else if (text.at(i).isHighSurrogate() && e < text.size() && text.at(e).isLowSurrogate()) {
            ++e;
        }
        out.append(text.mid(i, e - i));
        i = e;
    }
    return out;
}

} // namespace

QList<ReportDiff::Fragment> ReportDiff::diffCharacters(const QString &a, const QString &b)
{
    QList<Fragment> out;
    const QStringList ta = diffTokens(a);
    const QStringList tb = diffTokens(b);
    const qsizetype n = ta.size();
    const qsizetype m = tb.size();
    if ((n + 1) * (m + 1) > MaxCharacterCells) {
        if (n > 0)
            out.append({Change::Removed, a});
        if (m > 0)
            out.append({Change::Added, b});
        return out;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                ta.at(i) == tb.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    // One operation per token: '=' kept (a and b), '-' deleted (a), '+' inserted (b).
    QString ops;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && ta.at(i) == tb.at(j)) {
            ops += u'=';
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            ops += u'-';
            ++i;
        } else {
            ops += u'+';
            ++j;
        }
    }
    // A lone kept character between two edits (a 的 common by chance) reads as noise: it
    // becomes part of the edit, deleted and inserted again.
    for (qsizetype k = 1; k + 1 < ops.size(); ++k) {
        if (ops.at(k) == u'=' && ops.at(k - 1) != u'=' && ops.at(k + 1) != u'=')
            ops[k] = u'*';
    }
    // Each run of edits as its deleted text, then its inserted text.
    i = 0;
    j = 0;
    for (qsizetype k = 0; k < ops.size();) {
        if (ops.at(k) == u'=') {
            QString kept;
            for (; k < ops.size() && ops.at(k) == u'='; ++k) {
                kept += ta.at(i++);
                ++j;
            }
            out.append({Change::Same, kept});
            continue;
        }
        QString removed;
        QString added;
        for (; k < ops.size() && ops.at(k) != u'='; ++k) {
            if (ops.at(k) != u'+')
                removed += ta.at(i++);
            if (ops.at(k) != u'-')
                added += tb.at(j++);
        }
        if (!removed.isEmpty())
            out.append({Change::Removed, removed});
        if (!added.isEmpty())
            out.append({Change::Added, added});
    }
    return out;
}

QList<ReportDiff::Sentence> ReportDiff::pairChangedSentences(const QList<Sentence> &diff)
{
    QList<Sentence> out;
    for (qsizetype k = 0; k < diff.size();) {
        if (diff.at(k).change == Change::Same || diff.at(k).change == Change::Changed) {
            out.append(diff.at(k++));
            continue;
        }
        // A run of added and removed sentences between two kept ones.
        const qsizetype runStart = k;
        QList<qsizetype> removed;
        QList<qsizetype> added;
        for (; k < diff.size() &&
               (diff.at(k).change == Change::Added || diff.at(k).change == Change::Removed);
             ++k)
            (diff.at(k).change == Change::Removed ? removed : added).append(k);
        // Pairs in order on both sides: each removed sentence with the first later added one
        // it resembles enough.
        QList<QPair<qsizetype, qsizetype>> pairs; // positions in removed, added
        qsizetype nextAdded = 0;
        for (qsizetype r = 0; r < removed.size(); ++r) {
            for (qsizetype c = nextAdded; c < added.size(); ++c) {
                if (titleSimilarity(diff.at(removed.at(r)).text, diff.at(added.at(c)).text) >=
                    RewriteSimilarity) {
                    pairs.append({r, c});
                    nextAdded = c + 1;
                    break;
                }
            }
        }
        // The run in its order, each pair as one changed sentence where B has it.
        QHash<qsizetype, qsizetype> removedOfAdded; // diff positions
        QSet<qsizetype> pairedRemoved;
        for (const auto &p : std::as_const(pairs)) {
            removedOfAdded.insert(added.at(p.second), removed.at(p.first));
            pairedRemoved.insert(removed.at(p.first));
        }
        for (qsizetype at = runStart; at < k; ++at) {
            if (pairedRemoved.contains(at))
                continue;
            const auto paired = removedOfAdded.constFind(at);
            if (paired == removedOfAdded.constEnd()) {
                out.append(diff.at(at));
                continue;
            }
            Sentence s;
            s.change = Change::Changed;
            s.before = diff.at(*paired).text;
            s.text = diff.at(at).text;
            s.fragments = diffCharacters(s.before, s.text);
            out.append(s);
        }
    }
    return out;
}

void ReportDiff::addAlone(const Report &r, int index, bool inA)
{
    const Section &root = r.section(index);
    for (int k = index; k < root.subtreeEnd; ++k) {
        SectionPair p;
        (inA ? p.a : p.b) = k;
        p.level = r.section(k).level;
        p.change = inA ? Change::Removed : Change::Added;
        (inA ? p.headingA : p.headingB) = r.headingText(k);
        m_sections.append(p);
    }
}

void ReportDiff::alignChildren(const Report &a, const Report &b, const QList<int> &ca,
                               const QList<int> &cb)
{
    const qsizetype n = ca.size();
    const qsizetype m = cb.size();
    // score[i][j] of pairing ca[i] with cb[j]; 0 when they may not pair.
    std::vector<double> score(size_t(n * m), 0);
    for (qsizetype i = 0; i < n; ++i) {
        const Section &sa = a.section(ca.at(i));
        for (qsizetype j = 0; j < m; ++j) {
            const Section &sb = b.section(cb.at(j));
            if (sa.role != sb.role)
                continue;
            double sim = sa.title.isEmpty() && sb.title.isEmpty()
                             ? 1.0
                             : titleSimilarity(sa.title, sb.title);
            const bool sameNumber = sa.number > 0 && sa.number == sb.number && sa.kind == sb.kind;
            if (sim < 0.3)
                continue;
            score[size_t(i * m + j)] =
                sim + (sameNumber ? 0.15 : 0) + (sa.kind == sb.kind ? 0.05 : 0);
        }
    }
    // best[i][j]: the highest total score aligning ca[i..] with cb[j..] in order.
    std::vector<double> best(size_t((n + 1) * (m + 1)), 0);
    const auto B = [&](qsizetype i, qsizetype j) -> double & {
        return best[size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            double v = std::max(B(i + 1, j), B(i, j + 1));
            const double s = score[size_t(i * m + j)];
            if (s > 0)
                v = std::max(v, B(i + 1, j + 1) + s);
            B(i, j) = v;
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        const double s = i < n && j < m ? score[size_t(i * m + j)] : 0;
        if (s > 0 && B(i, j) == B(i + 1, j + 1) + s) {
            const int ia = ca.at(i);
            const int ib = cb.at(j);
            const Section &sa = a.section(ia);
            const Section &sb = b.section(ib);
            SectionPair p;
            p.a = ia;
            p.b = ib;
            p.level = sb.level;
            p.similarity = titleSimilarity(sa.title, sb.title);
            p.headingA = a.headingText(ia);
            p.headingB = b.headingText(ib);
            const bool sameText = sa.text == sb.text;
            p.change = sameText && sa.title == sb.title ? Change::Same : Change::Changed;
            if (!sameText)
                p.sentences =
                    pairChangedSentences(diffSentences(sentences(sa.text), sentences(sb.text)));
            m_sections.append(p);
            alignChildren(a, b, sa.children, sb.children);
            ++i;
            ++j;
        } else if (i < n && (j == m || B(i + 1, j) >= B(i, j + 1))) {
            addAlone(a, ca.at(i), true);
            ++i;
        } else {
            addAlone(b, cb.at(j), false);
            ++j;
        }
    }
}

ReportDiff ReportDiff::compute(const Report &a, const Report &b)
{
    return compute(a, b, IndicatorMatcher::instance());
}

namespace {

struct Stated
{
    int figure = -1;
    int year = 0;
};

// Per indicator the figure that states the report's own year: the first in reading order
// whose year is the reporting year, else the first of any earlier year.
QHash<QString, Stated> statedIndicators(const Report &r, const IndicatorMatcher &matcher)
{
    QHash<QString, Stated> out;
    const int reportingYear = r.metadata().facts.reportingYear;
    const QList<Figure> &figures = r.figures();
    for (int fi = 0; fi < figures.size(); ++fi) {
        const QString id = matcher.match(r, figures.at(fi));
        if (id.isEmpty())
            continue;
        const int year = IndicatorComparison::valueYear(r, figures.at(fi));
        if (reportingYear > 0 && year > reportingYear)
            continue;
        auto it = out.find(id);
        if (it == out.end()) {
            out.insert(id, {fi, year});
        } else if (it->year != reportingYear && year == reportingYear) {
            *it = {fi, year};
        }
    }
    return out;
}

QString shown(const Report &r, int fi)
{
    const Figure &f = r.figures().at(fi);
    return Magnitude::display(f, r.figureText(fi));
}

} // namespace

ReportDiff ReportDiff::compute(const Report &a, const Report &b, const IndicatorMatcher &matcher)
{
    ReportDiff d;
    d.alignChildren(a, b, a.topLevelSections(), b.topLevelSections());

    const QHash<QString, Stated> inA = statedIndicators(a, matcher);
    const QHash<QString, Stated> inB = statedIndicators(b, matcher);
    // In catalogue order, so that a table reads the same for every pair of reports.
    for (const IndicatorCatalogue::Entry &e : matcher.catalogue().entries()) {
        const auto ia = inA.constFind(e.id);
        const auto ib = inB.constFind(e.id);
        if (ia == inA.constEnd() && ib == inB.constEnd())
            continue;
        IndicatorChange c;
        c.indicator = e.id;
        c.name = e.name;
        if (ia != inA.constEnd()) {
            const Figure &f = a.figures().at(ia->figure);
            c.inA = true;
            c.valueA = f.value;
            c.unit = f.unit;
            c.displayA = shown(a, ia->figure);
            c.yearA = ia->year;
            c.quoteA = a.figureQuote(ia->figure).toString();
        }
        if (ib != inB.constEnd()) {
            const Figure &f = b.figures().at(ib->figure);
            c.inB = true;
            c.valueB = f.value;
            if (c.unit.isEmpty())
                c.unit = f.unit;
            c.displayB = shown(b, ib->figure);
            c.yearB = ib->year;
            c.quoteB = b.figureQuote(ib->figure).toString();
        }
        if (c.inA && c.inB) {
            c.change = c.valueB - c.valueA;
            if (c.valueA != 0)
                c.changePercent = 100.0 * c.change / std::abs(c.valueA);
            const QString sign = c.change > 0 ? QStringLiteral("+") : QString();
            // A rate changes by percentage points; anything else in B's magnitude and unit.
            if (c.unit == QLatin1String("%"))
                c.displayChange =
                    sign + Magnitude::format(c.change, QString()) + QStringLiteral("个百分点");
            else
                c.displayChange =
                    sign +
                    Magnitude::format(c.change,
                                      Magnitude::writtenPrefix(b.figures().at(ib->figure),
                                                               b.figureText(ib->figure))) +
                    c.unit;
        }
        d.m_indicators.append(c);
    }
    return d;
}

int ReportDiff::count(Change c) const
{
    return int(std::count_if(m_sections.cbegin(), m_sections.cend(),
                             [c](const SectionPair &p) { return p.change == c; }));
}

QJsonObject ReportDiff::toJson(const Report &a, const Report &b) const
{
    const auto reportJson = [](const Report &r) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), r.filePath());
        o.insert(QStringLiteral("title"), r.displayName());
        o.insert(QStringLiteral("year"), r.metadata().facts.reportingYear);
        return o;
    };
    QJsonObject summary;
    for (Change c : {Change::Same, Change::Changed, Change::Added, Change::Removed})
        summary.insert(changeName(c), count(c));
    QJsonArray sections;
    for (const SectionPair &p : m_sections) {
        QJsonObject o;
        o.insert(QStringLiteral("change"), changeName(p.change));
        o.insert(QStringLiteral("level"), p.level);
        o.insert(QStringLiteral("a"), p.a >= 0 ? QJsonValue(a.section(p.a).id) : QJsonValue());
        o.insert(QStringLiteral("b"), p.b >= 0 ? QJsonValue(b.section(p.b).id) : QJsonValue());
        o.insert(QStringLiteral("heading_a"), p.headingA);
        o.insert(QStringLiteral("heading_b"), p.headingB);
        if (p.a >= 0 && p.b >= 0)
            o.insert(QStringLiteral("similarity"), qRound(p.similarity * 100) / 100.0);
        if (!p.sentences.isEmpty()) {
            QJsonArray added;
            QJsonArray removed;
            QJsonArray changed;
            int same = 0;
            for (const Sentence &s : p.sentences) {
                if (s.change == Change::Added) {
                    added.append(s.text);
                } else if (s.change == Change::Removed) {
                    removed.append(s.text);
                } else if (s.change == Change::Changed) {
                    added.append(s.text);
                    removed.append(s.before);
                    QJsonArray fragments;
                    for (const Fragment &f : s.fragments)
                        fragments.append(QJsonArray{f.change == Change::Same ? QStringLiteral("=")
                                                    : f.change == Change::Added
                                                        ? QStringLiteral("+")
                                                        : QStringLiteral("-"),
                                                    f.text});
                    changed.append(QJsonObject{{QStringLiteral("a"), s.before},
                                               {QStringLiteral("b"), s.text},
                                               {QStringLiteral("fragments"), fragments}});
                } else {
                    ++same;
                }
            }
            o.insert(QStringLiteral("sentences_same"), same);
            o.insert(QStringLiteral("added"), added);
            o.insert(QStringLiteral("removed"), removed);
            o.insert(QStringLiteral("changed"), changed);
        }
        sections.append(o);
    }
    QJsonArray indicators;
    for (const IndicatorChange &c : m_indicators) {
        QJsonObject o;
        o.insert(QStringLiteral("indicator"), c.indicator);
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("unit"), c.unit);
        o.insert(QStringLiteral("value_a"), c.inA ? QJsonValue(c.valueA) : QJsonValue());
        o.insert(QStringLiteral("value_b"), c.inB ? QJsonValue(c.valueB) : QJsonValue());
        o.insert(QStringLiteral("display_a"), c.displayA);
        o.insert(QStringLiteral("display_b"), c.displayB);
        o.insert(QStringLiteral("year_a"), c.yearA);
        o.insert(QStringLiteral("year_b"), c.yearB);
        if (c.inA && c.inB) {
            o.insert(QStringLiteral("change"), c.change);
            if (c.valueA != 0)
                o.insert(QStringLiteral("change_percent"), qRound(c.changePercent * 100) / 100.0);
            o.insert(QStringLiteral("display_change"), c.displayChange);
        }
        o.insert(QStringLiteral("quote_a"), c.quoteA);
        o.insert(QStringLiteral("quote_b"), c.quoteB);
        indicators.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("a"), reportJson(a));
    root.insert(QStringLiteral("b"), reportJson(b));
    root.insert(QStringLiteral("summary"), summary);
    root.insert(QStringLiteral("sections"), sections);
    root.insert(QStringLiteral("indicators"), indicators);
    return root;
}
