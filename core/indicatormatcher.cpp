#include "core/indicatormatcher.h"

#include "core/figurevocabulary.h"
#include "core/wordlists.h"

#include <algorithm>
#include <optional>

namespace {

using UnitClass = IndicatorCatalogue::UnitClass;
using Role = IndicatorCatalogue::Role;

std::optional<Role> roleOf(const Figure &f)
{
    switch (f.role) {
    case Figure::Role::Level:
        return Role::Level;
    case Figure::Role::GrowthRate:
        return Role::GrowthRate;
    case Figure::Role::Change:
        return Role::Change;
    case Figure::Role::Share:
        return Role::Share;
    case Figure::Role::Baseline: // the value of an earlier year
    case Figure::Role::Target:   // a goal, not a value
    case Figure::Role::Duration:
        break;
    }
    return std::nullopt;
}

UnitClass unitClassOf(const Figure &f)
{
    if (f.kind == Figure::Kind::Money)
        return UnitClass::Money;
    if (f.kind == Figure::Kind::PercentagePoint)
        return UnitClass::PercentagePoint;
    if (f.kind == Figure::Kind::Multiple)
        return UnitClass::Multiple;
    const FigureVocabulary &vocabulary = FigureVocabulary::builtIn();
    const FigureVocabulary::Unit *u = vocabulary.unitAt(f.unit, 0);
    if (!u || u->unit.size() != f.unit.size())
        return f.unit == u"%" ? UnitClass::Percent : UnitClass::Count;
    switch (u->cls) {
    case FigureVocabulary::UnitClass::Measure:
        return UnitClass::Measure;
    case FigureVocabulary::UnitClass::Money:
        return UnitClass::Money;
    case FigureVocabulary::UnitClass::Percent:
        return UnitClass::Percent;
    case FigureVocabulary::UnitClass::Permille:
        return UnitClass::Permille;
    case FigureVocabulary::UnitClass::PercentagePoint:
        return UnitClass::PercentagePoint;
    case FigureVocabulary::UnitClass::Multiple:
        return UnitClass::Multiple;
    case FigureVocabulary::UnitClass::Count:
    case FigureVocabulary::UnitClass::Verbal:
        break;
    }
    return UnitClass::Count;
}

// 深圳市 → 深圳市, 深圳; 深圳市龙岗区 → also 龙岗区, 龙岗: the place as a label may name it.
QStringList placeForms(const QString &place)
{
    QStringList forms;
    if (place.isEmpty() || place == u"全国")
        return forms;
    const auto add = [&forms](const QString &p) {
        if (p.size() < 2)
            return;
        forms.append(p);
        static const QString suffixes = QStringLiteral("省市区县州盟旗");
        if (p.size() >= 3 && suffixes.contains(p.back()))
            forms.append(p.left(p.size() - 1));
    };
    add(place);
    // The last administrative part of a nested place: 深圳市龙岗区 → 龙岗区.
    for (qsizetype i = place.size() - 2; i > 0; --i) {
        if (QStringView(u"省市").contains(place.at(i))) {
            add(place.mid(i + 1));
            break;
        }
    }
    // Longest first, so 深圳市 is taken off before 深圳 would leave 市.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

bool typeAllowed(const IndicatorCatalogue::Entry &e, ReportFacts::Type type)
{
    return e.types.isEmpty() || type == ReportFacts::Type::Other || e.types.contains(type);
}

} // namespace

const IndicatorMatcher &IndicatorMatcher::instance()
{
    static const IndicatorMatcher matcher(IndicatorCatalogue::builtIn());
    return matcher;
}

IndicatorMatcher::IndicatorMatcher(const IndicatorCatalogue &catalogue) : m_catalogue(catalogue)
{
    const auto &entries = m_catalogue.entries();
    for (int i = 0; i < int(entries.size()); ++i) {
        const auto &e = entries[size_t(i)];
        m_exact[e.name].append(i);
        for (const QString &s : e.synonyms) {
            QList<int> &list = m_exact[s];
            if (!list.contains(i))
                list.append(i);
        }
        if (!e.patterns.isEmpty())
            m_withPatterns.append(i);
    }
    static const WordLists words =
        WordLists::builtIn(QStringLiteral(":/reportscope/indicators/indicatorwords.tsv"),
                           {QStringLiteral("scope"), QStringLiteral("growth_suffix"),
                            QStringLiteral("verb"), QStringLiteral("change_to"),
                            QStringLiteral("wider_scope"), QStringLiteral("attribute_after"),
                            QStringLiteral("threshold_before"), QStringLiteral("restated_after")});
    m_scope = words.list(0);
    m_growthSuffix = words.list(1);
    m_verbs = words.list(2);
    m_changeTo = words.list(3);
    m_widerScope = words.list(4);
    m_attributeAfter = words.list(5);
    m_thresholdBefore = words.list(6);
    m_restatedAfter = words.list(7);
}

QString IndicatorMatcher::normalizedLabel(const Report &report, const QString &label) const
{
    const QStringList places = placeForms(report.metadata().facts.place);
    QStringView s = QStringView(label).trimmed();
    // Scope and place may come in either order and repeat: 全市…, 深圳市全年….
    for (bool changed = true; changed && !s.isEmpty();) {
        changed = false;
        if (const qsizetype n = m_scope.matchAt(s, 0, s.size()); n > 0 && n < s.size()) {
            s = s.mid(n);
            changed = true;
        }
        for (const QString &p : places) {
            if (s.size() > p.size() && s.startsWith(p)) {
                s = s.mid(p.size());
                changed = true;
                break;
            }
        }
    }
    return s.toString();
}

QString IndicatorMatcher::verbBefore(const Report &report, const Figure &figure) const
{
    const QStringView source = report.figureSource(figure);
    if (figure.label.isEmpty() || figure.start > source.size())
        return QString();
    const qsizetype at = source.first(figure.start).lastIndexOf(figure.label);
    if (at < 0 || at < figure.quoteStart)
        return QString();
    qsizetype end = at;
    if (end > figure.quoteStart && source.at(end - 1) == u'的') // 报备的规范性文件
        --end;
    const qsizetype n = m_verbs.matchBefore(source, end, figure.quoteStart);
    return n > 0 ? source.sliced(end - n, n).toString() : QString();
}

bool IndicatorMatcher::startsChange(const Report &report, const Figure &figure) const
{
    const QStringView source = report.figureSource(figure);
    if (figure.end > source.size() || figure.start > source.size() ||
        m_changeTo.matchAt(source, figure.end, source.size()) == 0)
        return false;
    const qsizetype from = std::clamp<qsizetype>(figure.quoteStart, 0, figure.start);
    const QStringView before = source.sliced(from, figure.start - from);
    return before.contains(u'由') || before.contains(u'从');
}

bool IndicatorMatcher::isThreshold(const Report &report, const Figure &figure) const
{
    const QStringView source = report.figureSource(figure);
    if (figure.end > source.size() || figure.start > figure.end)
        return false;
    // 超500亿元的县域增至12个: the value qualifies the noun after 的.
    if (m_attributeAfter.matchAt(source, figure.end, source.size()) > 0)
        return true;
    // 首次突破200亿元，达204.3亿元: the round figure passed, then the value itself.
    const qsizetype from = std::clamp<qsizetype>(figure.quoteStart, 0, figure.start);
    if (m_thresholdBefore.matchBefore(source, figure.start, from) == 0)
        return false;
    qsizetype at = figure.end;
    if (at < source.size() &&
        (source.at(at) == u'，' || source.at(at) == u'、' || source.at(at) == u','))
        ++at;
    const qsizetype n = m_restatedAfter.matchAt(source, at, source.size());
    return n > 0 && at + n < source.size() && source.at(at + n).isDigit();
}

bool IndicatorMatcher::hasWiderScope(const Report &report, const Figure &figure) const
{
    if (m_widerScope.occursIn(figure.label))
        return true;
    const QStringView source = report.figureSource(figure);
    if (figure.label.isEmpty() || figure.start > source.size())
        return false;
    const qsizetype at = source.first(figure.start).lastIndexOf(figure.label);
    if (at < 0 || at < figure.quoteStart)
        return false;
    // From the start of the label's clause: 来源于深圳辖区的 belongs to it, a word of the
    // clause before does not.
    qsizetype begin = at;
    while (begin > figure.quoteStart && begin > 0) {
        const QChar c = source.at(begin - 1);
        if (c == u'，' || c == u'；' || c == u'：' || c == u'。' || c == u',' || c == u';')
            break;
        --begin;
    }
    return m_widerScope.occursIn(source.sliced(begin, at - begin));
}

bool IndicatorMatcher::isPlanned(const Report &report, const Figure &figure) const
{
    // The extractor looks 40 characters back for 目标, 预期; a long list of targets
    // (今年…主要预期目标是：…，城镇调查失业率控制在5.5%以内) states them further back.
    // 初步预计 is a first estimate of the year reviewed, not a plan.
    const QStringView source = report.figureSource(figure);
    const qsizetype to = std::clamp<qsizetype>(figure.start, 0, source.size());
    const qsizetype from = std::clamp<qsizetype>(figure.quoteStart, 0, to);
    const QStringView before = source.sliced(from, to - from);
    const Lexicon &targets = FigureVocabulary::builtIn().list(FigureVocabulary::List::Target);
    qsizetype length = 0;
    for (qsizetype at = targets.indexIn(before, 0, &length); at >= 0;
         at = targets.indexIn(before, at + std::max<qsizetype>(1, length), &length)) {
        const bool estimate =
            before.sliced(at, length) == u"预计" && at >= 2 && before.sliced(at - 2, 2) == u"初步";
        if (!estimate)
            return true;
    }
    return false;
}

bool IndicatorMatcher::isAverage(const Report &report, const Figure &figure) const
{
    // 年均增长16.3%, 两年平均增长4.9%: a growth over several years, not the year's.
    const QStringView source = report.figureSource(figure);
    const qsizetype to = std::clamp<qsizetype>(figure.start, 0, source.size());
    const qsizetype from = std::clamp<qsizetype>(figure.quoteStart, 0, to);
    return FigureVocabulary::builtIn()
        .list(FigureVocabulary::List::Average)
        .occursIn(source.sliced(from, to - from));
}

int IndicatorMatcher::matchIndex(const Report &report, const Figure &figure) const
{
    if (figure.label.isEmpty() || startsChange(report, figure) || isPlanned(report, figure) ||
        isThreshold(report, figure) || hasWiderScope(report, figure))
        return -1;
    if (figure.role == Figure::Role::Target) {
        // The extractor's target from 初步预计 alone: the year's estimate, read as stated.
        Figure estimate = figure;
        estimate.role = figure.kind != Figure::Kind::Change ? Figure::Role::Level
                        : figure.unit == u"%"               ? Figure::Role::GrowthRate
                                                            : Figure::Role::Change;
        return matchIndex(report, estimate);
    }
    if (figure.role == Figure::Role::GrowthRate && isAverage(report, figure))
        return -1;
    // 受理行政复议案件 is more than 行政复议案件: try the label with its verb first.
    if (const QString verb = verbBefore(report, figure); !verb.isEmpty()) {
        const int i = matchLabel(report, figure, verb + normalizedLabel(report, figure.label));
        if (i >= 0)
            return i;
    }
    return matchLabel(report, figure, normalizedLabel(report, figure.label));
}

int IndicatorMatcher::matchLabel(const Report &report, const Figure &figure, QString label) const
{
    std::optional<Role> role = roleOf(figure);
    if (!role || label.isEmpty())
        return -1;
    const UnitClass cls = unitClassOf(figure);
    const ReportFacts::Type type = report.metadata().facts.type;
    if (*role == Role::Level && cls == UnitClass::Percent) {
        // 地区生产总值增速 6% states a growth, though written as a level.
        const qsizetype n = m_growthSuffix.matchBefore(label, label.size(), 0);
        if (n > 0 && n < label.size()) {
            const QString stem = label.left(label.size() - n);
            if (m_exact.contains(stem)) {
                label = stem;
                role = Role::GrowthRate;
            }
        }
    }
    const auto &entries = m_catalogue.entries();
    const auto fits = [&](const IndicatorCatalogue::Entry &e) {
        return e.unitClass == cls && e.roles.contains(*role) && typeAllowed(e, type);
    };
    if (const auto it = m_exact.constFind(label); it != m_exact.constEnd()) {
        for (int i : it.value()) {
            if (fits(entries[size_t(i)]))
                return i;
        }
    }
    int best = -1;
    qsizetype bestScore = 0;
    for (int i : m_withPatterns) {
        const auto &e = entries[size_t(i)];
        if (!fits(e))
            continue;
        bool ruledOut = false;
        for (const QString &w : e.forbidden) {
            if (label.contains(w)) {
                ruledOut = true;
                break;
            }
        }
        if (ruledOut)
            continue;
        for (const QStringList &alternative : e.patterns) {
            qsizetype score = 0;
            for (const QString &w : alternative) {
                if (!label.contains(w)) {
                    score = 0;
                    break;
                }
                score += w.size();
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
    }
    return best;
}

QString IndicatorMatcher::match(const Report &report, const Figure &figure) const
{
    const int i = matchIndex(report, figure);
    return i < 0 ? QString() : m_catalogue.entries()[size_t(i)].id;
}

QString IndicatorMatcher::name(const QString &id) const
{
    const IndicatorCatalogue::Entry *e = m_catalogue.entry(id);
    return e ? e->name : QString();
}

QStringList IndicatorMatcher::find(const QString &text) const
{
    QStringList ids;
    const QString t = text.trimmed();
    if (const IndicatorCatalogue::Entry *e = m_catalogue.entry(t))
        ids.append(e->id);
    const auto &entries = m_catalogue.entries();
    const QList<int> hits = m_exact.value(t);
    for (int i : hits) {
        if (entries[size_t(i)].name == t && !ids.contains(entries[size_t(i)].id))
            ids.append(entries[size_t(i)].id);
    }
    for (int i : hits) {
        if (!ids.contains(entries[size_t(i)].id))
            ids.append(entries[size_t(i)].id);
    }
    return ids;
}
