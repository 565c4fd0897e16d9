#include "core/figurewriter.h"

#include "core/csvwriter.h"
#include "core/reportjson.h"

#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace {

// Output is handed to the device in pieces of about this size.
constexpr qsizetype ChunkSize = 64 * 1024;

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendEscapedUnit(QByteArray *out, char16_t u)
{
    out->append("\\u", 2);
    out->append(hexDigit((u >> 12) & 0xF));
    out->append(hexDigit((u >> 8) & 0xF));
    out->append(hexDigit((u >> 4) & 0xF));
    out->append(hexDigit(u & 0xF));
}

void appendUtf8(QByteArray *out, char32_t c)
{
    if (c < 0x800) {
        out->append(char(0xC0 | (c >> 6)));
    } else if (c < 0x10000) {
        out->append(char(0xE0 | (c >> 12)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
    } else {
        out->append(char(0xF0 | (c >> 18)));
        out->append(char(0x80 | ((c >> 12) & 0x3F)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
    }
    out->append(char(0x80 | (c & 0x3F)));
}

QString sectionIdOf(const Report &report, const Figure &f)
{
    return f.section >= 0 && f.section < report.sectionCount() ? report.section(f.section).id
                                                               : QString();
}

void appendKey(QByteArray *out, const char *key)
{
    out->append("        \"", 9);
    out->append(key);
    out->append("\": ", 3);
}

void appendJsonFigure(QByteArray *out, const Report &report, int index)
{
    const Figure &f = report.figures().at(index);
    // QJsonObject orders its keys; these are in that order.
    out->append("    {\n", 6);
    appendKey(out, "approximate");
    out->append(f.approximate ? "true" : "false");
    out->append(",\n", 2);
    appendKey(out, "bound");
    FigureWriter::appendJsonString(out, QString::fromLatin1(Figure::boundName(f.bound)));
    out->append(",\n", 2);
    appendKey(out, "end");
    out->append(QByteArray::number(qint64(f.end)));
    out->append(",\n", 2);
    appendKey(out, "in_title");
    out->append(f.inTitle ? "true" : "false");
    out->append(",\n", 2);
    appendKey(out, "kind");
    FigureWriter::appendJsonString(out, ReportJson::kindName(f.kind));
    out->append(",\n", 2);
    appendKey(out, "label");
    FigureWriter::appendJsonString(out, f.label);
    out->append(",\n", 2);
    appendKey(out, "page");
    if (f.page > 0)
        out->append(QByteArray::number(f.page));
    else
        out->append("null", 4);
    out->append(",\n", 2);
    appendKey(out, "period");
    FigureWriter::appendJsonString(out, f.period);
    out->append(",\n", 2);
    appendKey(out, "qualifier");
    FigureWriter::appendJsonString(out, f.qualifier);
    out->append(",\n", 2);
    appendKey(out, "quote");
    FigureWriter::appendJsonString(out, report.figureQuote(index));
    out->append(",\n", 2);
    appendKey(out, "role");
    FigureWriter::appendJsonString(out, QString::fromLatin1(Figure::roleName(f.role)));
    out->append(",\n", 2);
    appendKey(out, "section");
    FigureWriter::appendJsonString(out, sectionIdOf(report, f));
    out->append(",\n", 2);
    appendKey(out, "start");
    out->append(QByteArray::number(qint64(f.start)));
    out->append(",\n", 2);
    appendKey(out, "text");
    FigureWriter::appendJsonString(out, report.figureText(index));
    out->append(",\n", 2);
    appendKey(out, "unit");
    FigureWriter::appendJsonString(out, f.unit);
    out->append(",\n", 2);
    appendKey(out, "upper");
    FigureWriter::appendJsonNumber(out, f.upper);
    out->append(",\n", 2);
    appendKey(out, "value");
    FigureWriter::appendJsonNumber(out, f.value);
    out->append("\n    }", 6);
}

void appendCsvFigure(QByteArray *out, const Report &report, int index)
{
    const Figure &f = report.figures().at(index);
    CsvWriter csv(out);
    csv.field(sectionIdOf(report, f));
    csv.field(f.label);
    csv.plainField(QByteArray::number(f.value, 'g', 15));
    csv.field(f.unit);
    csv.field(f.qualifier);
    csv.plainField(Figure::boundName(f.bound));
    csv.plainField(QByteArray::number(f.upper, 'g', 15));
    csv.plainField(ReportJson::kindName(f.kind).toLatin1());
    csv.field(report.figureText(index));
    csv.field(report.figureQuote(index));
    csv.plainField(QByteArray::number(qint64(f.start)));
    csv.plainField(QByteArray::number(qint64(f.end)));
    csv.plainField(f.inTitle ? "true" : "false");
    csv.plainField(Figure::roleName(f.role));
    csv.field(f.period);
    csv.plainField(f.approximate ? "true" : "false");
    csv.plainField(f.page > 0 ? QByteArray::number(f.page) : QByteArray());
    csv.endRow();
}

void appendTextFigure(QByteArray *out, const Report &report, int index)
{
    const Figure &f = report.figures().at(index);
    // -0 reads as 0, as it always has (the value used to pass through a QJsonValue).
    const double value = f.value == 0 ? 0.0 : f.value;
    out->append(sectionIdOf(report, f).toUtf8());
    out->append('\t');
    out->append(f.label.toUtf8());
    out->append('\t');
    out->append(f.qualifier.toUtf8());
    out->append('\t');
    out->append(QByteArray::number(value, 'g', 15));
    out->append('\t');
    out->append(f.unit.toUtf8());
    out->append('\t');
    out->append(ReportJson::kindName(f.kind).toLatin1());
    out->append('\t');
    out->append(report.figureText(index).toUtf8());
    out->append('\n');
}

bool flush(QIODevice *device, QByteArray *buffer)
{
    if (buffer->isEmpty())
        return true;
    const bool ok = device->write(*buffer) == buffer->size();
    buffer->resize(0); // keeps the capacity for the next chunk
    return ok;
}

} // namespace

bool FigureWriter::write(QIODevice *out, const Report &report, Format format, int sectionIndex)
{
    int first = 0;
    int end = int(report.figures().size());
    if (sectionIndex >= 0)
        first = report.figureRangeOfSubtree(sectionIndex, &end);

    QByteArray buffer;
    buffer.reserve(ChunkSize + 16 * 1024);
    switch (format) {
    case Format::Json:
        buffer.append("[\n", 2);
        break;
    case Format::Csv:
        buffer.append(CsvWriter::ByteOrderMark);
        buffer.append("section,label,value,unit,qualifier,bound,upper,kind,text,quote,start,end,in_"
                      "title,role,period,approximate,page\r\n");
        break;
    case Format::Text:
        break;
    }
    for (int i = first; i < end; ++i) {
        switch (format) {
        case Format::Json:
            appendJsonFigure(&buffer, report, i);
            buffer.append(i + 1 < end ? ",\n" : "\n");
            break;
        case Format::Csv:
            appendCsvFigure(&buffer, report, i);
            break;
        case Format::Text:
            appendTextFigure(&buffer, report, i);
            break;
        }
        if (buffer.size() >= ChunkSize && !flush(out, &buffer))
            return false;
    }
    if (format == Format::Json)
        buffer.append("]\n", 2);
    return flush(out, &buffer);
}

void FigureWriter::appendJsonString(QByteArray *out, QStringView s)
{
    out->append('"');
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                out->append("\\\"", 2);
                break;
            case u'\\':
                out->append("\\\\", 2);
                break;
            case u'\b':
                out->append("\\b", 2);
                break;
            case u'\f':
                out->append("\\f", 2);
                break;
            case u'\n':
                out->append("\\n", 2);
                break;
            case u'\r':
                out->append("\\r", 2);
                break;
            case u'\t':
                out->append("\\t", 2);
                break;
            default:
                if (u < 0x20)
                    appendEscapedUnit(out, u);
                else
                    out->append(char(u));
                break;
            }
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            appendUtf8(out, QChar::surrogateToUcs4(u, *p++));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate has no UTF-8 form; JSON can still carry it escaped.
            appendEscapedUnit(out, u);
        } else {
            appendUtf8(out, u);
        }
    }
    out->append('"');
}

void FigureWriter::appendJsonNumber(QByteArray *out, double value)
{
    if (!std::isfinite(value)) {
        out->append("null", 4);
        return;
    }
    // QJsonValue keeps a whole double that an integer holds exactly as that integer.
    constexpr double ExactLimit = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::abs(value) <= ExactLimit) {
        out->append(QByteArray::number(qint64(value)));
        return;
    }
    out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}
