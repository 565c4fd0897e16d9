#include "core/linebuilder.h"

#include <algorithm>

namespace {

double sizeOf(const LayoutWord &w)
{
    return w.fontSize > 0 ? w.fontSize : w.height;
}

char32_t firstChar(const QString &s)
{
    return s.isEmpty() ? 0 : QStringView(s).toUcs4().constFirst();
}

char32_t lastChar(const QString &s)
{
    if (s.isEmpty())
        return 0;
    const QChar c = s.back();
    if (c.isLowSurrogate() && s.size() > 1)
        return QChar::surrogateToUcs4(s.at(s.size() - 2), c);
    return c.unicode();
}

} // namespace

bool LineBuilder::isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF)      // radicals, punctuation, kana, ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)   // hangul
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0xFE30 && c <= 0xFE4F)   // compatibility forms
           || (c >= 0xFF00 && c <= 0xFFEF)   // full-width forms
           || (c >= 0x20000 && c <= 0x3FFFF) // supplementary ideographs
           || c == 0x2014 || c == 0x2026     // — … as Chinese text uses them
           || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x00B7;
}

QString LineBuilder::join(const QString &left, const QString &right, bool spaced)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    const char32_t a = lastChar(left);
    const char32_t b = firstChar(right);
    const bool space = spaced && !isCjk(a) && !isCjk(b) && a != ' ' && b != ' ';
    return space ? QString(left + QLatin1Char(' ') + right) : QString(left + right);
}

QList<LayoutLine::Segment> LineBuilder::segments(const QList<LayoutWord> &words)
{
    QList<LayoutLine::Segment> result;
    const LayoutWord *previous = nullptr;
    for (const LayoutWord &w : words) {
        const QString text = w.text.trimmed();
        if (text.isEmpty())
            continue;
        const double size = sizeOf(w);
        // A gap wider than a character (of the smaller font) starts a new segment: the
        // columns of a table, or a label and its value.
        if (previous && w.x - previous->right() <= 0.6 * qMin(size, sizeOf(*previous))) {
            const double gap = w.x - previous->right();
            LayoutLine::Segment &s = result.last();
            s.text = join(s.text, text, previous->spaceAfter || gap > 0.2 * size);
            s.right = qMax(s.right, w.right());
        } else {
            result.append({text, w.x, w.right()});
        }
        previous = &w;
    }
    return result;
}

QList<LayoutLine> LineBuilder::build(QList<LayoutWord> words)
{
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const LayoutWord &w) {
                                   return w.text.trimmed().isEmpty() || w.height <= 0;
                               }),
                words.end());
    std::stable_sort(words.begin(), words.end(), [](const LayoutWord &a, const LayoutWord &b) {
        return a.centerY() < b.centerY();
    });
    // A word belongs to the line whose vertical middle is within half a character of its own:
    // digits in a Latin font sit a little higher than the CJK text beside them.
    QList<QList<LayoutWord>> groups;
    double groupCenter = 0;
    double groupHeight = 0;
    for (const LayoutWord &w : std::as_const(words)) {
        if (!groups.isEmpty() &&
            qAbs(w.centerY() - groupCenter) <= 0.5 * qMin(groupHeight, w.height)) {
            groups.last().append(w);
            continue;
        }
        groups.append({w});
        groupCenter = w.centerY();
        groupHeight = w.height;
    }

    QList<LayoutLine> lines;
    lines.reserve(groups.size());
    for (QList<LayoutWord> &group : groups) {
        std::stable_sort(group.begin(), group.end(),
                         [](const LayoutWord &a, const LayoutWord &b) { return a.x < b.x; });
        LayoutLine line;
        double top = group.first().y;
        double bottom = group.first().bottom();
        double left = group.first().x;
        double right = group.first().right();
        qsizetype boldChars = 0;
        qsizetype chars = 0;
        double confidenceSum = 0;
        int confidenceCount = 0;
        for (const LayoutWord &w : std::as_const(group)) {
            const QString text = w.text.trimmed();
            top = qMin(top, w.y);
            bottom = qMax(bottom, w.bottom());
            left = qMin(left, w.x);
            right = qMax(right, w.right());
            line.fontSize = qMax(line.fontSize, sizeOf(w));
            chars += text.size();
            if (w.bold)
                boldChars += text.size();
            if (w.confidence >= 0) {
                confidenceSum += w.confidence;
                ++confidenceCount;
            }
        }
        line.segments = segments(group);
        for (const LayoutLine::Segment &s : std::as_const(line.segments))
            line.text = join(line.text, s.text, true);
        line.x = left;
        line.y = top;
        line.width = right - left;
        line.height = bottom - top;
        line.bold = boldChars * 2 > chars;
        line.confidence = confidenceCount > 0 ? confidenceSum / confidenceCount : -1;
        line.words = std::move(group);
        lines.append(line);
    }
    return lines;
}
