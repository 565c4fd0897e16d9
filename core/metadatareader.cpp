#include "core/metadatareader.h"

#include "core/dateparser.h"
#include "core/regexsubject.h"
#include "core/textnormalizer.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <climits>

namespace {

using Facts = ReportFacts;
using Source = ReportFacts::Source;
using Level = MetadataVocabulary::Level;
using YearRole = MetadataVocabulary::YearRole;

// Only the top of a long file is read: the cues are in the title block, the opening and the
// headings, and a 500 MB file must not be scanned once per cue.
constexpr qsizetype HeadChars = 6000;
constexpr qsizetype CountChars = 60000;
// The words that tell the type are in the opening pages.
constexpr qsizetype TypeChars = 8000;
// A place the text names fewer times than this is not taken as the report's own.
constexpr int MinMentions = 3;

QString compact(const QString &s)
{
    QString n = TextNormalizer::normalize(s);
    n.removeIf([](QChar c) { return c.isSpace(); });
    return n;
}

int yearOf(const QString &digits)
{
    bool ok = false;
    const int y = digits.toInt(&ok);
    return ok && y >= 1949 && y <= 2100 ? y : 0;
}

// Where word first occurs in text at or after from, or -1: QStringView::indexOf() of a short
// word rolls a hash over every character, while the first character of a place name is rare
// in a report, and a vectorised search for it leaves few places to compare.
qsizetype indexOfWord(QStringView text, QStringView word, qsizetype from = 0)
{
    if (word.isEmpty())
        return text.indexOf(word, from);
    for (qsizetype at = text.indexOf(word.front(), from); at >= 0;
         at = text.indexOf(word.front(), at + 1)) {
        if (text.sliced(at).startsWith(word))
            return at;
    }
    return -1;
}

bool isGovernmentWord(QStringView rest)
{
    return rest.startsWith(u"人民政府") || rest.startsWith(u"政府");
}

/** A department after a place: 司法局, 发展和改革委员会, 人民政府办公室. */
QString departmentAt(QStringView rest)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:人民政府)?\\p{Han}{0,10}?(?:局|厅|委员会|办公室|办公厅)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(rest);
    return m.hasMatch() ? m.captured(0) : QString();
}

struct PlaceHit
{
    QString place;
    QString issuer;
    bool relative = false;
    Level level = Level::Province;
    QString department; ///< the department of a relative issuer (市司法局 → 司法局)
    bool isValid() const { return !place.isEmpty() || relative; }
};

class Inference
{
public:
    Inference(const MetadataVocabulary &v, QStringView text) : m_v(v), m_text(text) {}

    PlaceHit fromPhrase(const QString &phrase, bool strict) const;
    QString complete(const QString &place) const;
    QString resolveRelative(Level level) const;
    /** Occurrences of each of words in the first within characters, each counted up to limit
     *  (apart, from the left), in one pass over the text: a whole-text search per word costs
     *  as much as the pass. */
    QList<int> countEach(const QList<QStringView> &words, qsizetype within = CountChars,
                         int limit = INT_MAX) const;

private:
    const MetadataVocabulary &m_v;
    QStringView m_text;
};

QList<int> Inference::countEach(const QList<QStringView> &words, qsizetype within, int limit) const
{
    const QStringView head = m_text.left(within);
    QList<int> counts(words.size(), 0);
    QList<qsizetype> next(words.size(), 0); ///< where the word's next occurrence may start
    // The words by first character, in buckets of its low six bits chained through chained:
    // most positions of the text find an empty bucket with one load.
    std::array<int, 64> bucket;
    bucket.fill(-1);
    QList<int> chained(words.size(), -1);
    for (qsizetype k = words.size() - 1; k >= 0; --k) {
        if (words.at(k).isEmpty())
            continue;
        const unsigned b = words.at(k).front().unicode() & 63u;
        chained[k] = bucket[b];
        bucket[b] = int(k);
    }
    const QChar *text = head.data();
    for (qsizetype p = 0; p < head.size(); ++p) {
        for (int k = bucket[text[p].unicode() & 63u]; k >= 0; k = chained.at(k)) {
            const QStringView w = words.at(k);
            if (w.front() != text[p] || p < next.at(k) || counts.at(k) >= limit ||
                !head.sliced(p).startsWith(w))
                continue;
            ++counts[k];
            next[k] = p + w.size();
        }
    }
    return counts;
}

PlaceHit Inference::fromPhrase(const QString &input, bool strict) const
{
    static const QRegularExpression yearPrefix(QStringLiteral("^(?:\\d{4}年度?|关于)+"));
    // A run of place names, each ending in its level: 深圳市龙岗区, 广西壮族自治区.
    static const QRegularExpression placeRe(
        QStringLiteral("^(?:\\p{Han}{1,8}?(?:特别行政区|自治区|自治州|自治县|新区|地区|省|市|"
                       "盟|区|县|旗))+"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString s = compact(input);
    s.remove(yearPrefix);
    PlaceHit hit;
    if (s.isEmpty())
        return hit;
    for (const MetadataVocabulary::National &n : m_v.nationalIssuers()) {
        if (s.startsWith(n.issuer)) {
            hit.place = n.place;
            hit.issuer = n.issuer;
            return hit;
        }
    }
    // A place known by its short name alone: 2026年北京政府工作报告.
    QString place;
    const MetadataVocabulary::Place *known = nullptr;
    for (const MetadataVocabulary::Place &p : m_v.places()) {
        if (s.startsWith(p.name) && (!known || p.name.size() > place.size())) {
            known = &p;
            place = p.name;
        } else if (!known && s.startsWith(p.shortName) &&
                   isGovernmentWord(QStringView(s).mid(p.shortName.size()))) {
            known = &p;
            place = p.name;
            s = p.name + s.mid(p.shortName.size());
        }
    }
    if (const QRegularExpressionMatch m = placeRe.match(s);
        m.hasMatch() && m.capturedLength() > place.size()) {
        place = m.captured(0);
    }
    if (place.isEmpty()) {
        // 省人民政府, 市司法局: the level only.
        const MetadataVocabulary::Relative *best = nullptr;
        for (const MetadataVocabulary::Relative &r : m_v.relativeIssuers()) {
            if (s.startsWith(r.word) && (!best || r.word.size() > best->word.size())) {
                const QStringView rest = QStringView(s).mid(r.word.size());
                if (isGovernmentWord(rest) || !departmentAt(rest).isEmpty())
                    best = &r;
            }
        }
        if (best) {
            hit.relative = true;
            hit.level = best->level;
            const QStringView rest = QStringView(s).mid(best->word.size());
            if (!rest.startsWith(u"人民政府") || rest.size() > 4)
                hit.department = departmentAt(rest);
        }
        return hit;
    }
    const QStringView rest = QStringView(s).mid(place.size());
    const QString department = departmentAt(rest);
    const bool government = isGovernmentWord(rest);
    // 关于城市…: a word that only ends like a place is not one.
    if (strict && !known && !government && department.isEmpty() &&
        !(rest.size() > 0 && rest.at(0).isDigit()) && !m_v.place(place)) {
        return hit;
    }
    hit.place = place;
    hit.issuer = place + (department.isEmpty() ? QStringLiteral("人民政府") : department);
    return hit;
}

QString Inference::complete(const QString &place) const
{
    const MetadataVocabulary::Place *p = m_v.place(place);
    const bool county =
        p ? p->level == Level::County
          : (place.endsWith(u'区') || place.endsWith(u'县') || place.endsWith(u'旗'));
    if (!county)
        return place;
    // Already with its city (深圳市龙岗区): a county-level name holds no 市 of its own, except
    // a county-level city, which is not completed either.
    if (place.contains(u'市') || place.contains(u'州') || place.contains(u'盟'))
        return place;
    const QStringView head = m_text.left(CountChars);
    // Only where the text names the district is a city looked for, just before it (the
    // first city of the list that stands there).
    QList<QStringView> cities;
    for (const MetadataVocabulary::Place &c : m_v.places()) {
        if (c.level == Level::City && !c.name.isEmpty())
            cities.append(c.name);
    }
    for (qsizetype at = indexOfWord(head, place); at > 0; at = indexOfWord(head, place, at + 1)) {
        const QStringView before = head.first(at);
        for (QStringView c : std::as_const(cities)) {
            if (c.back() == before.back() && before.endsWith(c))
                return c.toString() + place;
        }
    }
    // 沧州市运河区 with a city the list does not know: two characters and 市 before it.
    static const QRegularExpression cityBefore(QStringLiteral("^\\p{Han}{2}市$"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype at = indexOfWord(head, place); at >= 3; at = indexOfWord(head, place, at + 1)) {
        const QStringView before = head.mid(at - 3, 3);
        if (cityBefore.match(before).hasMatch())
            return before.toString() + place;
    }
    if (p && !p->parent.isEmpty()) {
        const MetadataVocabulary::Place *parent = m_v.place(p->parent);
        if (parent && indexOfWord(head, parent->shortName) >= 0)
            return parent->name + place;
    }
    return place;
}

QString Inference::resolveRelative(Level level) const
{
    QList<const MetadataVocabulary::Place *> ofLevel;
    QList<QStringView> names;
    for (const MetadataVocabulary::Place &p : m_v.places()) {
        if (p.level == level) {
            ofLevel.append(&p);
            names.append(p.shortName);
        }
    }
    const QList<int> counts = countEach(names);
    const MetadataVocabulary::Place *best = nullptr;
    int bestCount = 0;
    int second = 0;
    for (qsizetype k = 0; k < ofLevel.size(); ++k) {
        const int n = counts.at(k);
        if (n > bestCount) {
            second = bestCount;
            bestCount = n;
            best = ofLevel.at(k);
        } else if (n > second) {
            second = n;
        }
    }
    if (!best || bestCount < MinMentions || bestCount < 2 * second)
        return QString();
    return complete(best->name);
}

struct YearHit
{
    int year = 0;
    bool inHeadings = false;
};

YearHit findYear(const MetadataVocabulary &v, YearRole role, const QStringList &headings,
                 QStringView text)
{
    for (const QString &h : headings) {
        const QString c = compact(h);
        for (const MetadataVocabulary::YearCue &cue : v.yearCues()) {
            if (cue.role != role)
                continue;
            if (const QRegularExpressionMatch m = cue.pattern.match(c); m.hasMatch()) {
                if (const int y = yearOf(m.captured(1)))
                    return {y + cue.offset, true};
            }
        }
    }
    // The earliest match in the text, whichever pattern finds it.
    const QStringView head = text.left(CountChars);
    qsizetype bestAt = -1;
    int best = 0;
    for (const MetadataVocabulary::YearCue &cue : v.yearCues()) {
        if (cue.role != role)
            continue;
        const QRegularExpressionMatch m = cue.pattern.match(head);
        if (m.hasMatch() && (bestAt < 0 || m.capturedStart(0) < bestAt)) {
            if (const int y = yearOf(m.captured(1))) {
                bestAt = m.capturedStart(0);
                best = y + cue.offset;
            }
        }
    }
    return {best, false};
}

// The lines of a text one after another, as split(u'\n') gives them (empty ones too), without
// the list of all of them: the readers below look at the first forty lines of the head only.
class LineCursor
{
public:
    explicit LineCursor(QStringView text) : m_text(text) {}
    bool next()
    {
        if (m_from > m_text.size())
            return false;
        const qsizetype end = m_text.indexOf(u'\n', m_from);
        const qsizetype to = end < 0 ? m_text.size() : end;
        m_line = m_text.sliced(m_from, to - m_from);
        m_from = to + 1;
        return true;
    }
    QStringView line() const { return m_line; }

private:
    QStringView m_text;
    QStringView m_line;
    qsizetype m_from = 0;
};

/** A delivery line the parser did not take as the subtitle: 2026年1月31日在…会议上, also
 *  after ―― or without a dash. */
QString findSubtitle(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[—―─－\\-\\s]*\\d{4}年\\d{1,2}月\\d{1,2}日在\\S{2,60}?(?:会议|大会)上\\s*$"));
    const QStringView head = text.left(HeadChars);
    int lines = 0;
    for (LineCursor cursor(head); cursor.next();) {
        const QStringView line = cursor.line();
        if (++lines > 40)
            break;
        // The delivery line says 日在: most lines need no match.
        if (line.size() <= 80 && line.contains(u"日在") && re.match(line).hasMatch())
            return line.trimmed().toString();
    }
    return QString();
}

/** A bare time stamp near the top of a page: 2026-01-31 07:00:44. */
QString findPublished(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$"));
    int lines = 0;
    for (LineCursor cursor(text.left(HeadChars)); cursor.next();) {
        const QStringView line = cursor.line();
        if (++lines > 40)
            break;
        // A cheap first test: the stamp opens the line, so most lines need no match.
        const QStringView stamp = line.trimmed();
        if (stamp.size() < 10 || !stamp.front().isDigit())
            continue;
        if (const QRegularExpressionMatch m = re.match(line); m.hasMatch()) {
            const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
            if (d.isValid())
                return d.toString(Qt::ISODate);
        }
    }
    return QString();
}

QString fieldValue(const ReportMetadata &m, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        for (const auto &f : m.fields) {
            if (f.first == QStringView(key) && !f.second.trimmed().isEmpty())
                return f.second.trimmed();
        }
    }
    return QString();
}

struct FileNameFacts
{
    ReportFacts::Type type = ReportFacts::Type::Other;
    bool hasType = false;
    QString place;
    int year = 0;
};

FileNameFacts readFileName(const MetadataVocabulary &v, const Inference &inference,
                           const QString &filePath)
{
    FileNameFacts out;
    const QString base = QFileInfo(filePath).completeBaseName();
    if (base.isEmpty())
        return out;
    static const QRegularExpression separators(QStringLiteral("[-_.\\s]+"));
    const QStringList tokens = base.split(separators, Qt::SkipEmptyParts);
    const MetadataVocabulary::Place *deepest = nullptr;
    QStringList names;
    for (const QString &t : tokens) {
        ReportFacts::Type type;
        const QString lower = t.toLower();
        if (lower == QLatin1String("gzbg") || lower == QLatin1String("fazhi") ||
            lower == QLatin1String("xxgk")) {
            type = lower == QLatin1String("gzbg")    ? ReportFacts::Type::Gzbg
                   : lower == QLatin1String("fazhi") ? ReportFacts::Type::Fazhi
                                                     : ReportFacts::Type::Xxgk;
            if (!out.hasType) {
                out.type = type;
                out.hasType = true;
            }
            continue;
        }
        if (t.size() == 4 && t.at(0).isDigit()) {
            if (const int y = yearOf(t); y && !out.year)
                out.year = y;
            continue;
        }
        if (const MetadataVocabulary::Place *p = v.placeByPinyin(t)) {
            names.append(p->name);
            if (!deepest || p->level > deepest->level)
                deepest = p;
            continue;
        }
        // A Chinese name: 2026_青海省_政府工作报告, 武威市2021年度法治政府建设报告.
        if (!out.hasType) {
            for (const MetadataVocabulary::TitleCue &cue : v.titleCues()) {
                if (t.contains(cue.words)) {
                    out.type = cue.type;
                    out.hasType = true;
                    break;
                }
            }
        }
        static const QRegularExpression yearRe(QStringLiteral("(\\d{4})年"));
        if (const QRegularExpressionMatch m = yearRe.match(t); m.hasMatch() && !out.year)
            out.year = yearOf(m.captured(1));
        if (out.place.isEmpty()) {
            const PlaceHit hit = inference.fromPhrase(t, false);
            if (!hit.place.isEmpty())
                out.place = inference.complete(hit.place);
        }
    }
    if (out.place.isEmpty() && deepest) {
        // shenzhen-luohu: the city named before the district is its parent.
        if (deepest->level == Level::County && names.contains(deepest->parent))
            out.place = deepest->parent + deepest->name;
        else
            out.place = inference.complete(deepest->name);
    }
    return out;
}

} // namespace

MetadataReader::MetadataReader(const MetadataVocabulary &vocabulary) : m_vocabulary(vocabulary) {}

ReportFacts MetadataReader::read(const ReportMetadata &m, QStringView text,
                                 const QStringList &headings, const QString &filePath) const
{
    ReportFacts f;
    const Inference inference(m_vocabulary, text);
    const QString title = compact(m.title);
    QString subtitle = compact(m.subtitle);
    if (subtitle.isEmpty())
        subtitle = compact(findSubtitle(text));
    FileNameFacts fromName;
    bool nameRead = false;
    auto fileName = [&]() -> const FileNameFacts & {
        if (!nameRead) {
            fromName = readFileName(m_vocabulary, inference, filePath);
            nameRead = true;
        }
        return fromName;
    };

    // Type: the title names it; else the words of the text; else the file name.
    for (const MetadataVocabulary::TitleCue &cue : m_vocabulary.titleCues()) {
        if (!title.isEmpty() && title.contains(cue.words)) {
            f.type = cue.type;
            f.typeSource = Source::Title;
            break;
        }
    }
    if (f.typeSource == Source::None) {
        int scores[4] = {0, 0, 0, 0};
        const QList<MetadataVocabulary::TextCue> &cues = m_vocabulary.textCues();
        QList<QStringView> words;
        words.reserve(cues.size());
        for (const MetadataVocabulary::TextCue &cue : cues)
            words.append(cue.words);
        const QList<int> counts = inference.countEach(words, TypeChars, 3);
        for (qsizetype k = 0; k < cues.size(); ++k)
            scores[int(cues.at(k).type)] += cues.at(k).weight * counts.at(k);
        int best = 0;
        for (int t = 1; t < 4; ++t) {
            if (scores[t] > scores[best])
                best = t;
        }
        if (scores[best] >= 10) {
            f.type = ReportFacts::Type(best);
            f.typeSource = Source::Text;
        } else if (fileName().hasType) {
            f.type = fileName().type;
            f.typeSource = Source::FileName;
        }
    }

    // Date: the parser's (signature, subtitle or page field), else a delivery line it missed.
    if (!m.date.isEmpty()) {
        f.date = m.date;
        const DateParser::Match d = DateParser::find(subtitle);
        if (d.isValid() && d.date.toString(Qt::ISODate) == m.date)
            f.dateSource = Source::Subtitle;
        else if (DateParser::toIso(fieldValue(m, {u"成文日期", u"发文日期"})) == m.date)
            f.dateSource = Source::PageField;
        else
            f.dateSource = Source::Signature;
    } else if (!subtitle.isEmpty()) {
        if (const DateParser::Match d = DateParser::find(subtitle); d.isValid()) {
            f.date = d.date.toString(Qt::ISODate);
            f.dateSource = Source::Subtitle;
        }
    }
    if (!m.published.isEmpty()) {
        f.published = m.published;
        f.publishedSource = Source::PageField;
    } else if (const QString p = findPublished(text); !p.isEmpty()) {
        f.published = p;
        f.publishedSource = Source::PageField;
    }

    // Place and issuer, from the most explicit source to the least.
    struct Candidate
    {
        QString phrase;
        Source source;
        bool strict;
    };
    QList<Candidate> candidates;
    candidates.append({title, Source::Title, true});
    for (const QRegularExpression &re : m_vocabulary.assemblyPatterns()) {
        if (const QRegularExpressionMatch mm = re.match(subtitle); mm.hasMatch()) {
            candidates.append({mm.captured(1), Source::Subtitle, false});
            break;
        }
    }
    QString speech;
    const RegexSubject head(text.left(HeadChars));
    for (const QRegularExpression &re : m_vocabulary.speechPatterns()) {
        if (const QRegularExpressionMatch mm = head.match(re); mm.hasMatch()) {
            speech = mm.captured(1);
            break;
        }
    }
    const QString issuer = m.issuer.simplified();
    if (!issuer.isEmpty() && compact(issuer) != compact(speech) &&
        text.right(600).contains(issuer)) {
        candidates.append({issuer, Source::Signature, false});
    }
    if (!speech.isEmpty())
        candidates.append({speech, Source::Text, false});
    const QString agency = fieldValue(m, {u"发布机构", u"发文机关", u"发文机构", u"发布单位"});
    if (!agency.isEmpty())
        candidates.append({agency, Source::PageField, false});

    QString relativeDepartment;
    bool relativeSeen = false;
    Level relativeLevel = Level::Province;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.phrase.isEmpty())
            continue;
        const PlaceHit hit = inference.fromPhrase(c.phrase, c.strict);
        if (!hit.place.isEmpty()) {
            f.place = inference.complete(hit.place);
            f.placeSource = c.source;
            f.issuer = hit.issuer;
            if (f.place != hit.place && hit.issuer.startsWith(hit.place))
                f.issuer = f.place + hit.issuer.mid(hit.place.size());
            f.issuerSource = c.source;
            break;
        }
        if (hit.relative && !relativeSeen) {
            relativeSeen = true;
            relativeLevel = hit.level;
            relativeDepartment = hit.department;
        }
    }
    if (f.place.isEmpty() && relativeSeen) {
        // 我代表省人民政府: the province the text names most.
        f.place = inference.resolveRelative(relativeLevel);
        if (!f.place.isEmpty()) {
            f.placeSource = Source::Text;
            f.issuer = f.place + (relativeDepartment.isEmpty() ? QStringLiteral("人民政府")
                                                               : relativeDepartment);
            f.issuerSource = Source::Text;
        }
    }
    if (f.place.isEmpty() && !fileName().place.isEmpty()) {
        f.place = fileName().place;
        f.placeSource = Source::FileName;
        // A place named only by the file says where, not who wrote it: a news page saved as
        // shanxi-….html is not by 山西省人民政府. Only a government report kind implies one.
        if (f.type != ReportFacts::Type::Other) {
            f.issuer = f.place + (relativeDepartment.isEmpty() ? QStringLiteral("人民政府")
                                                               : relativeDepartment);
            f.issuerSource = Source::FileName;
        }
    }
    if (f.issuer.isEmpty() && !issuer.isEmpty()) {
        f.issuer = issuer;
        f.issuerSource = Source::Signature;
    }

    // Years. A title year is the document's for a 政府工作报告 (2026年政府工作报告) and the
    // year covered for an annual report (2021年度法治政府建设情况报告); so is a file name's.
    static const QRegularExpression yearRe(QStringLiteral("(\\d{4})年"));
    int titleYear = 0;
    if (const QRegularExpressionMatch mm = yearRe.match(title); mm.hasMatch())
        titleYear = yearOf(mm.captured(1));
    const int dateYear = f.date.isEmpty() ? 0 : yearOf(f.date.left(4));
    const int publishedYear = f.published.isEmpty() ? 0 : yearOf(f.published.left(4));
    auto set = [](int *year, Source *source, int value, Source from) {
        if (*year == 0 && value > 0) {
            *year = value;
            *source = from;
        }
    };
    if (f.type == ReportFacts::Type::Gzbg) {
        // The text is searched only when the title block leaves the year open.
        const bool known = dateYear || titleYear;
        const YearHit reviewed =
            findYear(m_vocabulary, YearRole::Reviewed, headings, known ? QStringView() : text);
        const YearHit planned = known || reviewed.inHeadings
                                    ? YearHit()
                                    : findYear(m_vocabulary, YearRole::Planned, headings, text);
        set(&f.documentYear, &f.documentYearSource, dateYear, f.dateSource);
        set(&f.documentYear, &f.documentYearSource, titleYear, Source::Title);
        if (reviewed.inHeadings)
            set(&f.documentYear, &f.documentYearSource, reviewed.year + 1, Source::Text);
        if (planned.inHeadings)
            set(&f.documentYear, &f.documentYearSource, planned.year, Source::Text);
        if (reviewed.year)
            set(&f.documentYear, &f.documentYearSource, reviewed.year + 1, Source::Text);
        set(&f.documentYear, &f.documentYearSource, planned.year, Source::Text);
        set(&f.documentYear, &f.documentYearSource, publishedYear, f.publishedSource);
        set(&f.documentYear, &f.documentYearSource, fileName().year, Source::FileName);
        // The year reviewed is the one before, whatever the text calls it (过去五年).
        if (reviewed.year && reviewed.year + 1 == f.documentYear)
            set(&f.reportingYear, &f.reportingYearSource, reviewed.year, Source::Text);
        if (f.documentYear)
            set(&f.reportingYear, &f.reportingYearSource, f.documentYear - 1, f.documentYearSource);
    } else {
        const YearHit covered =
            titleYear ? YearHit() : findYear(m_vocabulary, YearRole::Covered, headings, text);
        set(&f.reportingYear, &f.reportingYearSource, titleYear, Source::Title);
        set(&f.reportingYear, &f.reportingYearSource, covered.year, Source::Text);
        set(&f.reportingYear, &f.reportingYearSource, fileName().year, Source::FileName);
        set(&f.documentYear, &f.documentYearSource, dateYear, f.dateSource);
        set(&f.documentYear, &f.documentYearSource, publishedYear, f.publishedSource);
        // An annual report is written early in the next year.
        if (f.reportingYear && f.type != ReportFacts::Type::Other)
            set(&f.documentYear, &f.documentYearSource, f.reportingYear + 1, f.reportingYearSource);
        if (f.documentYear && f.type != ReportFacts::Type::Other)
            set(&f.reportingYear, &f.reportingYearSource, f.documentYear - 1, f.documentYearSource);
    }
    // The speaker is read from the title block only: a caption or the text may name others.
    if (!m.speakerName.isEmpty()) {
        f.speakerName = m.speakerName;
        f.speakerPost = m.speakerPost;
        f.speakerSource = Source::Title;
    }
    return f;
}

QString MetadataReader::typeDisplayName(ReportFacts::Type type)
{
    switch (type) {
    case ReportFacts::Type::Gzbg:
        return tr("Government work report");
    case ReportFacts::Type::Fazhi:
        return tr("Annual report on law-based government");
    case ReportFacts::Type::Xxgk:
        return tr("Annual report on government information disclosure");
    case ReportFacts::Type::Other:
        break;
    }
    return tr("Other report");
}

QString MetadataReader::sourceDisplayName(ReportFacts::Source source)
{
    switch (source) {
    case ReportFacts::Source::Title:
        return tr("from the title");
    case ReportFacts::Source::Subtitle:
        return tr("from the subtitle");
    case ReportFacts::Source::Signature:
        return tr("from the signature");
    case ReportFacts::Source::PageField:
        return tr("from the page fields");
    case ReportFacts::Source::Text:
        return tr("from the text");
    case ReportFacts::Source::FileName:
        return tr("from the file name");
    case ReportFacts::Source::None:
        break;
    }
    return QString();
}
