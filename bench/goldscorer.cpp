#include "bench/goldscorer.h"

#include "core/reportjson.h"
#include "core/textnormalizer.h"
#include "import/reportloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

QString squeeze(const QString &text)
{
    const QString n = TextNormalizer::normalize(text);
    QString out;
    out.reserve(n.size());
    for (QChar c : n) {
        if (!TextNormalizer::isSpace(c))
            out += c;
    }
    return out;
}

// In-paragraph items (一是…, ——…) are titled by their first clause (tests/gold/README.md), on
// both sides, since the parser takes the whole first sentence.
QString headingTitle(const QString &marker, const QString &title)
{
    QString t = GoldScorer::normalizeTitle(title);
    const QString m = squeeze(marker);
    if (m.endsWith(QChar(u'是')) || (!m.isEmpty() && m.count(QChar(u'—')) == m.size())) {
        const qsizetype cut = t.indexOf(QRegularExpression(QStringLiteral("[,;。]")));
        if (cut >= 0)
            t.truncate(cut);
    }
    return t;
}

// What a heading is compared by: level, marker and title, or the role when it has no title
// (preamble, closing), since those are found by where they stand, not by what they say.
QString headingKey(int level, const QString &marker, const QString &title, const QString &role)
{
    const QString t = headingTitle(marker, title);
    if (t.isEmpty() && squeeze(marker).isEmpty())
        return QString::number(level) + QStringLiteral("|role:") + role;
    return QString::number(level) + QLatin1Char('|') + squeeze(marker) + QLatin1Char('|') + t;
}

struct Heading
{
    QString marker;
    QString title;
    QString role;
    QList<Heading> children;
};

QList<Heading> goldOutline(const QJsonArray &array, bool top)
{
    QList<Heading> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Heading h{o.value(QLatin1String("marker")).toString(),
                  o.value(QLatin1String("title")).toString(),
                  o.value(QLatin1String("role")).toString(),
                  {}};
        if (top)
            h.children = goldOutline(o.value(QLatin1String("children")).toArray(), false);
        out.append(h);
    }
    return out;
}

// The gold's children carry no role; the parser's do not count for them either.
bool sameHeadings(const QList<Heading> &a, const QList<Heading> &b, bool top)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (squeeze(a[i].marker) != squeeze(b[i].marker) ||
            headingTitle(a[i].marker, a[i].title) != headingTitle(b[i].marker, b[i].title))
            return false;
        if (top && (a[i].role != b[i].role || !sameHeadings(a[i].children, b[i].children, false)))
            return false;
    }
    return true;
}

QMap<QString, int> headingKeys(const QList<Heading> &top)
{
    QMap<QString, int> keys;
    for (const Heading &h : top) {
        ++keys[headingKey(1, h.marker, h.title, h.role)];
        for (const Heading &c : h.children)
            ++keys[headingKey(2, c.marker, c.title, c.role)];
    }
    return keys;
}

int sumOf(const QMap<QString, int> &m)
{
    int n = 0;
    for (int v : m)
        n += v;
    return n;
}

QString metadataText(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return GoldScorer::normalizeTitle(v.toString());
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

// The gold writes 增长5.5% as 5.5%; the extractor may keep the verb. Either text holding the
// other, with the same value, is the same figure.
bool sameFigure(const QJsonObject &extracted, const QJsonObject &gold)
{
    if (!sameValue(extracted.value(QLatin1String("value")).toDouble(),
                   gold.value(QLatin1String("value")).toDouble()))
        return false;
    const QString a = squeeze(extracted.value(QLatin1String("text")).toString());
    const QString b = squeeze(gold.value(QLatin1String("text")).toString());
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
}

// Longest common subsequence of the two lists in order; returns the matched index pairs.
QList<QPair<int, int>> alignFigures(const QList<QJsonObject> &extracted,
                                    const QList<QJsonObject> &gold)
{
    const int n = int(extracted.size());
    const int m = int(gold.size());
    QList<int> table((n + 1) * (m + 1), 0);
    auto at = [&](int i, int j) -> int & { return table[i * (m + 1) + j]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            at(i, j) = sameFigure(extracted[i], gold[j]) ? at(i + 1, j + 1) + 1
                                                         : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    QList<QPair<int, int>> pairs;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        if (sameFigure(extracted[i], gold[j]) && at(i, j) == at(i + 1, j + 1) + 1) {
            pairs.append({i, j});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

// A paragraph a gold anchor may start: its first non-space character, its end, and the
// squeezed start of its text (anchors are at most 16 characters).
struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString prefix;
};

QList<Candidate> candidates(const QString &source, const QList<TextSpan> &paragraphs)
{
    QList<TextSpan> spans = paragraphs;
    qsizetype pos = 0;
    while (pos < source.size()) {
        qsizetype end = source.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = source.size();
        spans.append({pos, end});
        pos = end + 1;
    }
    QList<Candidate> out;
    for (const TextSpan &span : spans) {
        qsizetype start = std::max<qsizetype>(0, span.start);
        const qsizetype end = std::min(span.end, source.size());
        while (start < end && TextNormalizer::isSpace(source.at(start)))
            ++start;
        if (start < end)
            out.append(
                {start, end, squeeze(source.mid(start, std::min<qsizetype>(end - start, 200)))});
    }
    return out;
}

QString ratioText(const GoldScorer::Ratio &r)
{
    if (r.total == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1/%2").arg(r.hit).arg(r.total);
}

QString totalText(const GoldScorer::Ratio &r)
{
    if (r.total == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1/%2 %3%").arg(r.hit).arg(r.total).arg(100.0 * r.value(), 0, 'f', 1);
}

QJsonValue ratioJson(const GoldScorer::Ratio &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("hit"), r.hit);
    o.insert(QStringLiteral("total"), r.total);
    if (r.total > 0)
        o.insert(QStringLiteral("value"), r.value());
    else
        o.insert(QStringLiteral("value"), QJsonValue::Null);
    return o;
}

struct Column
{
    QString name;
    std::function<GoldScorer::Ratio(const GoldScorer::Score &)> perReport;
    std::function<GoldScorer::Ratio(const GoldScorer::Totals &)> inTotal;
};

QList<Column> columns()
{
    using S = GoldScorer::Score;
    using T = GoldScorer::Totals;
    QList<Column> c;
    c.append({QStringLiteral("outline_exact"),
              [](const S &s) {
                  return GoldScorer::Ratio{s.outlineExact ? 1 : 0, 1};
              },
              [](const T &t) { return t.outlineExact; }});
    c.append({QStringLiteral("heading_precision"), [](const S &s) { return s.headingPrecision; },
              [](const T &t) { return t.headingPrecision; }});
    c.append({QStringLiteral("heading_recall"), [](const S &s) { return s.headingRecall; },
              [](const T &t) { return t.headingRecall; }});
    for (const QString &field : GoldScorer::metadataFields()) {
        c.append({QStringLiteral("metadata_") + field,
                  [field](const S &s) { return s.metadata.value(field); },
                  [field](const T &t) { return t.metadata.value(field); }});
    }
    c.append({QStringLiteral("figure_precision"), [](const S &s) { return s.figurePrecision; },
              [](const T &t) { return t.figurePrecision; }});
    c.append({QStringLiteral("figure_recall"), [](const S &s) { return s.figureRecall; },
              [](const T &t) { return t.figureRecall; }});
    c.append({QStringLiteral("label_accuracy"), [](const S &s) { return s.labels; },
              [](const T &t) { return t.labels; }});
    return c;
}

} // namespace

const QStringList &GoldScorer::metadataFields()
{
    static const QStringList fields{QStringLiteral("type"), QStringLiteral("place"),
                                    QStringLiteral("reporting_year"), QStringLiteral("date")};
    return fields;
}

GoldScorer::GoldScorer(const QString &corpusDir) : m_corpusDir(corpusDir) {}

QString GoldScorer::normalizeTitle(const QString &text)
{
    QString s = squeeze(text);
    if (s.endsWith(QChar(u'。')))
        s.chop(1);
    return s;
}

bool GoldScorer::labelRight(const QString &label, const QStringList &has, const QStringList &not_)
{
    QString rest = squeeze(label);
    for (const QString &word : has) {
        const QString w = squeeze(word);
        if (w.isEmpty())
            continue;
        if (!rest.contains(w))
            return false;
        // Blanked out so that a forbidden word inside a required one is not seen.
        rest.replace(w, QStringLiteral("\x1f"));
    }
    for (const QString &word : not_) {
        const QString w = squeeze(word);
        if (!w.isEmpty() && rest.contains(w))
            return false;
    }
    return true;
}

QList<GoldScorer::Score> GoldScorer::scoreFolder(const QString &goldDir) const
{
    QList<Score> scores;
    const QDir dir(goldDir);
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        if (name == QLatin1String("thresholds.json"))
            continue;
        scores.append(scoreFile(dir.filePath(name)));
    }
    return scores;
}

GoldScorer::Score GoldScorer::scoreFile(const QString &goldPath) const
{
    Score broken;
    broken.goldFile = QFileInfo(goldPath).fileName();
    QFile file(goldPath);
    if (!file.open(QIODevice::ReadOnly)) {
        broken.problems.append(QStringLiteral("cannot read the gold file"));
        return broken;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        broken.problems.append(QStringLiteral("not a JSON object: ") + error.errorString());
        return broken;
    }
    const QJsonObject gold = doc.object();
    const QString corpusFile = gold.value(QLatin1String("file")).toString();
    broken.corpusFile = corpusFile;
    if (corpusFile.isEmpty()) {
        broken.problems.append(QStringLiteral("no \"file\""));
        return broken;
    }
    const QString path = QDir(m_corpusDir).filePath(corpusFile);
    if (!QFileInfo(path).isFile()) {
        broken.problems.append(QStringLiteral("corpus file not found: ") + path);
        return broken;
    }

    const ReportLoader::Result result = ReportLoader::loadFile(path);
    Score s;
    if (result.ok()) {
        s = score(gold, parsed(*result.report));
    } else {
        // A refused report is the parser's failure: graded as if it found nothing.
        s = score(gold, Parsed());
        s.loadError = result.errorMessage;
    }
    s.goldFile = broken.goldFile;
    return s;
}

GoldScorer::Parsed GoldScorer::parsed(const Report &report)
{
    Parsed p;
    p.outline = ReportJson::outline(report);
    p.figures = ReportJson::figures(report);
    p.source = report.sourceText();
    for (const Section &s : report.sections()) {
        if (!s.headingRange.isEmpty()) {
            TextSpan heading = s.headingRange;
            // A run-in heading and the body after it on its line are one paragraph.
            if (!s.bodySpans.isEmpty() && s.bodySpans.first().start >= heading.end &&
                !QStringView(p.source)
                     .sliced(heading.end, s.bodySpans.first().start - heading.end)
                     .contains(QLatin1Char('\n')))
                heading.end = s.bodySpans.first().end;
            p.paragraphs.append(heading);
        }
        p.paragraphs.append(s.bodySpans);
    }
    for (const Figure &f : report.figures()) {
        if (f.section < 0 || f.section >= report.sectionCount()) {
            p.figureOffsets.append(-1);
            continue;
        }
        const Section &s = report.section(f.section);
        if (!f.inTitle) {
            p.figureOffsets.append(s.sourceOffset(f.start));
            continue;
        }
        // The title stands in the heading after the marker; found in the source, since the
        // parser may have trimmed it.
        const QString heading =
            TextNormalizer::normalize(p.source.mid(s.headingRange.start, s.headingRange.length()));
        const qsizetype at = heading.indexOf(TextNormalizer::normalize(s.title));
        p.figureOffsets.append(s.headingRange.start + std::max<qsizetype>(0, at) + f.start);
    }
    return p;
}

GoldScorer::Score GoldScorer::score(const QJsonObject &gold, const Parsed &parsed)
{
    const QJsonObject &outline = parsed.outline;
    Score s;
    s.corpusFile = gold.value(QLatin1String("file")).toString();

    // Outline and headings.
    const QList<Heading> goldTop =
        goldOutline(gold.value(QLatin1String("outline")).toArray(), true);
    const QJsonArray sections = outline.value(QLatin1String("sections")).toArray();
    const QList<Heading> parsedTop = goldOutline(sections, true);
    if (gold.contains(QLatin1String("outline"))) {
        s.outlineExact = sameHeadings(goldTop, parsedTop, true);
        const QMap<QString, int> g = headingKeys(goldTop);
        const QMap<QString, int> p = headingKeys(parsedTop);
        int matched = 0;
        for (auto it = g.cbegin(); it != g.cend(); ++it) {
            matched += std::min(it.value(), p.value(it.key()));
            if (it.value() > p.value(it.key()))
                s.errors.append(QStringLiteral("heading missed: ") + it.key());
        }
        for (auto it = p.cbegin(); it != p.cend(); ++it) {
            if (it.value() > g.value(it.key()))
                s.errors.append(QStringLiteral("heading extra: ") + it.key());
        }
        s.headingPrecision = {matched, sumOf(p)};
        s.headingRecall = {matched, sumOf(g)};
    } else {
        s.problems.append(QStringLiteral("no \"outline\""));
    }

    // Metadata: null or absent in the gold is not graded.
    const QJsonObject goldMeta = gold.value(QLatin1String("metadata")).toObject();
    const QJsonObject parsedMeta = outline.value(QLatin1String("metadata")).toObject();
    for (const QString &field : metadataFields()) {
        const QJsonValue g = goldMeta.value(field);
        if (g.isNull() || g.isUndefined())
            continue;
        const QString want = metadataText(g);
        const QString got = metadataText(parsedMeta.value(field));
        s.metadata[field] = {!got.isEmpty() && got == want ? 1 : 0, 1};
        if (got.isEmpty() || got != want)
            s.errors.append(
                QStringLiteral("metadata %1: \"%2\", gold \"%3\"").arg(field, got, want));
    }

    // Figures of the gold paragraphs.
    const QList<Candidate> places = candidates(parsed.source, parsed.paragraphs);
    const QJsonArray paragraphs = gold.value(QLatin1String("paragraphs")).toArray();
    const bool wasParsed = !sections.isEmpty();
    for (const QJsonValue &pv : paragraphs) {
        const QJsonObject p = pv.toObject();
        const QString anchorText = p.value(QLatin1String("anchor")).toString();
        const QString anchor = squeeze(anchorText);
        QList<QJsonObject> goldFigures;
        for (const QJsonValue &f : p.value(QLatin1String("figures")).toArray())
            goldFigures.append(f.toObject());
        if (anchor.isEmpty()) {
            s.problems.append(QStringLiteral("a paragraph without an anchor"));
            continue;
        }
        // Where the paragraph starts → where it ends (the longest span starting there: a
        // source line that the parser cut into a heading and its items).
        QMap<qsizetype, qsizetype> hits;
        for (const Candidate &c : places) {
            if (c.prefix.startsWith(anchor))
                hits[c.start] = std::max(hits.value(c.start), c.end);
        }
        // A file that holds the same text twice (a report pasted twice) names the copy with
        // "occurrence": the n-th place, in source order, where the anchor starts a paragraph.
        const int occurrence = p.value(QLatin1String("occurrence")).toInt(0);
        if (occurrence > 0 && hits.size() > 1) {
            if (occurrence > hits.size()) {
                s.problems.append(QStringLiteral("anchor \"%1\" has no occurrence %2")
                                      .arg(anchorText)
                                      .arg(occurrence));
                continue;
            }
            const auto chosen = std::next(hits.cbegin(), occurrence - 1);
            const qsizetype chosenStart = chosen.key();
            const qsizetype chosenEnd = chosen.value();
            hits.clear();
            hits.insert(chosenStart, chosenEnd);
        }
        if (hits.size() != 1) {
            // A report the parser refused has no paragraphs: its figures are all missed, the
            // gold is not to blame.
            if (!wasParsed) {
                s.figureRecall.total += int(goldFigures.size());
                continue;
            }
            s.problems.append(
                QStringLiteral("anchor \"%1\" found %2 times").arg(anchorText).arg(hits.size()));
            continue;
        }
        const qsizetype start = hits.firstKey();
        const qsizetype end = hits.first();
        QList<QPair<qsizetype, int>> inside;
        for (int i = 0; i < parsed.figures.size() && i < parsed.figureOffsets.size(); ++i) {
            const qsizetype at = parsed.figureOffsets.at(i);
            if (at >= start && at < end)
                inside.append({at, i});
        }
        std::stable_sort(inside.begin(), inside.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<QJsonObject> extracted;
        for (const auto &in : inside)
            extracted.append(parsed.figures.at(in.second).toObject());
        const QList<QPair<int, int>> pairs = alignFigures(extracted, goldFigures);
        s.figurePrecision.add({int(pairs.size()), int(extracted.size())});
        s.figureRecall.add({int(pairs.size()), int(goldFigures.size())});
        QList<bool> goldMatched(goldFigures.size(), false);
        QList<bool> extractedMatched(extracted.size(), false);
        for (const auto &pair : pairs) {
            extractedMatched[pair.first] = true;
            goldMatched[pair.second] = true;
            const QJsonObject &g = goldFigures[pair.second];
            const QString label = extracted[pair.first].value(QLatin1String("label")).toString();
            const QStringList has = stringList(g.value(QLatin1String("label_has")));
            const QStringList no = stringList(g.value(QLatin1String("label_not")));
            const bool right = labelRight(label, has, no);
            s.labels.add({right ? 1 : 0, 1});
            if (!right) {
                s.errors.append(QStringLiteral("label wrong: %1 \"%2\", gold has [%3] not [%4]")
                                    .arg(g.value(QLatin1String("text")).toString(), label,
                                         has.join(QLatin1Char(' ')), no.join(QLatin1Char(' '))));
            }
        }
        for (qsizetype i = 0; i < goldFigures.size(); ++i) {
            if (!goldMatched[i]) {
                s.errors.append(
                    QStringLiteral("figure missed: %1 (%2) in %3")
                        .arg(goldFigures[i].value(QLatin1String("text")).toString())
                        .arg(goldFigures[i].value(QLatin1String("value")).toDouble(), 0, 'g', 15)
                        .arg(anchorText));
            }
        }
        for (qsizetype i = 0; i < extracted.size(); ++i) {
            if (!extractedMatched[i]) {
                s.errors.append(
                    QStringLiteral("figure extra: %1 (%2) in %3")
                        .arg(extracted[i].value(QLatin1String("text")).toString())
                        .arg(extracted[i].value(QLatin1String("value")).toDouble(), 0, 'g', 15)
                        .arg(anchorText));
            }
        }
    }
    return s;
}

GoldScorer::Totals GoldScorer::total(const QList<Score> &scores)
{
    Totals t;
    for (const Score &s : scores) {
        if (s.broken())
            ++t.broken;
        if (s.headingRecall.total > 0)
            t.outlineExact.add({s.outlineExact ? 1 : 0, 1});
        t.headingPrecision.add(s.headingPrecision);
        t.headingRecall.add(s.headingRecall);
        for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
            t.metadata[it.key()].add(it.value());
        t.figurePrecision.add(s.figurePrecision);
        t.figureRecall.add(s.figureRecall);
        t.labels.add(s.labels);
    }
    return t;
}

QStringList GoldScorer::belowThresholds(const Totals &totals, const QJsonObject &thresholds)
{
    QStringList below;
    const QList<Column> cols = columns();
    for (auto it = thresholds.constBegin(); it != thresholds.constEnd(); ++it) {
        const auto col = std::find_if(cols.cbegin(), cols.cend(),
                                      [&](const Column &c) { return c.name == it.key(); });
        if (col == cols.cend()) {
            below.append(it.key() + QStringLiteral(" is not a total"));
            continue;
        }
        const Ratio r = col->inTotal(totals);
        const double minimum = it.value().toDouble();
        if (r.total > 0 && r.value() < minimum) {
            below.append(QStringLiteral("%1 %2 < %3")
                             .arg(it.key())
                             .arg(r.value(), 0, 'f', 4)
                             .arg(minimum, 0, 'f', 4));
        }
    }
    return below;
}

QString GoldScorer::table(const QList<Score> &scores, const Totals &totals, bool details)
{
    const QList<Column> cols = columns();
    QList<QStringList> rows;
    QStringList header{QStringLiteral("report")};
    for (const Column &c : cols)
        header.append(c.name);
    rows.append(header);
    for (const Score &s : scores) {
        QStringList row{s.goldFile};
        for (const Column &c : cols)
            row.append(ratioText(c.perReport(s)));
        rows.append(row);
    }
    QStringList totalRow{QStringLiteral("TOTAL (%1 reports)").arg(scores.size())};
    for (const Column &c : cols)
        totalRow.append(totalText(c.inTotal(totals)));
    rows.append(totalRow);

    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(i == 0 ? row[i].leftJustified(widths[i])
                                : row[i].rightJustified(widths[i]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    for (const Score &s : scores) {
        if (!s.loadError.isEmpty())
            out +=
                s.goldFile + QStringLiteral(": report refused: ") + s.loadError + QLatin1Char('\n');
        for (const QString &p : s.problems)
            out += s.goldFile + QStringLiteral(": BROKEN GOLD: ") + p + QLatin1Char('\n');
        if (details) {
            for (const QString &e : s.errors)
                out += s.goldFile + QStringLiteral(": ") + e + QLatin1Char('\n');
        }
    }
    return out;
}

QJsonObject GoldScorer::json(const QList<Score> &scores, const Totals &totals)
{
    const QList<Column> cols = columns();
    QJsonArray reports;
    for (const Score &s : scores) {
        QJsonObject o;
        o.insert(QStringLiteral("gold"), s.goldFile);
        o.insert(QStringLiteral("file"), s.corpusFile);
        o.insert(QStringLiteral("broken"), s.broken());
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(s.problems));
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(s.errors));
        if (!s.loadError.isEmpty())
            o.insert(QStringLiteral("load_error"), s.loadError);
        for (const Column &c : cols)
            o.insert(c.name, ratioJson(c.perReport(s)));
        reports.append(o);
    }
    QJsonObject t;
    for (const Column &c : cols)
        t.insert(c.name, ratioJson(c.inTotal(totals)));
    t.insert(QStringLiteral("reports"), int(scores.size()));
    t.insert(QStringLiteral("broken"), totals.broken);
    QJsonObject o;
    o.insert(QStringLiteral("reports"), reports);
    o.insert(QStringLiteral("total"), t);
    return o;
}
