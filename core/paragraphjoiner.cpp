#include "core/paragraphjoiner.h"

#include "core/linebuilder.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

bool ParagraphJoiner::startsWithHeadingMarker(QStringView text)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:第[一二三四五六七八九十百零〇\\d]+[章节部分篇条]"
                       "|[一二三四五六七八九十]+[、．.]"
                       "|[（(][一二三四五六七八九十\\d]+[）)]"
                       "|\\d{1,2}[、．.](?!\\d)"
                       "|[\\x{2460}-\\x{2473}])"));
    return marker.match(text.toString()).hasMatch();
}

bool ParagraphJoiner::endsSentence(QStringView text)
{
    QStringView t = text.trimmed();
    while (!t.isEmpty() && QStringView(u"”’」』）)\"").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringView(u"。！？；!?;").contains(t.back());
}

QList<ParagraphJoiner::Paragraph> ParagraphJoiner::join(const QList<LayoutLine> &lines)
{
    QList<Paragraph> paragraphs;
    if (lines.isEmpty())
        return paragraphs;

    // The text column: the left edge lines start at, the right edge full lines reach, the
    // usual distance from one line to the next. A line alone further left (a centred title
    // wider than the column) is no edge of it: the column's lines would all look indented.
    QList<QPair<double, double>> starts; // x, font size
    starts.reserve(lines.size());
    for (const LayoutLine &l : lines)
        starts.append({l.x, qMax(1.0, l.fontSize)});
    std::sort(starts.begin(), starts.end());
    double left = starts.first().first;
    for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
        if (starts.at(i + 1).first - starts.at(i).first <= 0.5 * starts.at(i).second) {
            left = starts.at(i).first; // the leftmost edge two lines share
            break;
        }
    }
    double right = 0;
    QList<double> pitches;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LayoutLine &l = lines.at(i);
        if (l.x >= left - 0.8 * qMax(1.0, l.fontSize))
            right = qMax(right, l.right());
        if (i > 0)
            pitches.append(l.y - lines.at(i - 1).y);
    }
    if (right <= 0)
        right = lines.first().right();
    const double pitch = median(pitches);

    const auto startNew = [&](const LayoutLine &prev, const LayoutLine &next) {
        const double size = qMax(1.0, qMax(prev.fontSize, next.fontSize));
        // OCR knows no fonts: its line heights vary with the letters, so fonts are compared
        // for a text layer only.
        const bool fonts = prev.confidence < 0 && next.confidence < 0;
        if (fonts && (qAbs(prev.fontSize - next.fontSize) > 0.15 * size || prev.bold != next.bold))
            return true;
        const double step = next.y - prev.y;
        if (step < 0 || next.y - prev.bottom() > qMax(size, pitch > 0 ? pitch * 0.9 : size))
            return true;
        if (pitch > 0 && step > pitch * 1.5 && lines.size() > 2)
            return true;
        if (next.x > left + 0.8 * size)
            return true; // indented, or centred
        if (startsWithHeadingMarker(next.text))
            return true;
        const bool reachesRight = prev.right() >= right - 1.5 * size;
        if (!reachesRight)
            return true; // a short line ends its paragraph
        if (prev.x > left + 0.8 * size && prev.right() < right - 0.8 * size)
            return true; // a centred line stands alone
        return false;
    };

    Paragraph current;
    double confidenceSum = 0;
    int confidenceLines = 0;
    const LayoutLine *lastLine = nullptr;
    const auto finish = [&] {
        if (current.lineCount > 0) {
            const double size = qMax(1.0, lastLine->fontSize);
            current.runsOn =
                lastLine->right() >= right - 1.5 * size && !endsSentence(lastLine->text);
            current.confidence = confidenceLines > 0 ? confidenceSum / confidenceLines : -1;
            paragraphs.append(current);
        }
        current = Paragraph();
        confidenceSum = 0;
        confidenceLines = 0;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LayoutLine &line = lines.at(i);
        if (i > 0 && startNew(lines.at(i - 1), line))
            finish();
        if (current.lineCount == 0) {
            current.x = line.x;
            current.y = line.y;
            current.width = line.width;
            current.height = line.height;
            current.fontSize = line.fontSize;
            current.bold = line.bold;
            current.text = line.text;
            current.flushStart = line.x <= left + 0.8 * qMax(1.0, line.fontSize) &&
                                 !startsWithHeadingMarker(line.text);
        } else {
            const double r = qMax(current.x + current.width, line.right());
            current.x = qMin(current.x, line.x);
            current.width = r - current.x;
            current.height = line.bottom() - current.y;
            current.fontSize = qMax(current.fontSize, line.fontSize);
            current.text = LineBuilder::join(current.text, line.text, true);
        }
        if (line.confidence >= 0) {
            confidenceSum += line.confidence;
            ++confidenceLines;
        }
        ++current.lineCount;
        lastLine = &line;
    }
    finish();
    return paragraphs;
}
