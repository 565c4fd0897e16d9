#include "import/mhtmlarchive.h"

#include <QList>

namespace {

struct Headers
{
    QByteArray contentType; ///< as written, with its parameters
    QByteArray transferEncoding;
    qsizetype bodyStart = -1; ///< offset of the body after the blank line; -1 when none
};

// Header block from `from` to the first blank line; continuation lines are folded in.
Headers readHeaders(QByteArrayView data, qsizetype from)
{
    Headers h;
    QByteArray current;
    auto finish = [&h, &current]() {
        const qsizetype colon = current.indexOf(':');
        if (colon > 0) {
            const QByteArray name = current.left(colon).trimmed().toLower();
            const QByteArray value = current.mid(colon + 1).trimmed();
            if (name == "content-type")
                h.contentType = value; // the boundary parameter is case-sensitive
            else if (name == "content-transfer-encoding")
                h.transferEncoding = value.toLower();
        }
        current.clear();
    };
    qsizetype pos = from;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty()) {
            finish();
            h.bodyStart = qMin(pos, data.size());
            return h;
        }
        if ((line.front() == ' ' || line.front() == '\t') && !current.isEmpty())
            current += ' ' + line.trimmed().toByteArray();
        else {
            finish();
            current = line.toByteArray();
        }
    }
    finish();
    return h;
}

// A parameter of a header value: boundary="----=_NextPart", charset=gb2312.
QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    // Names match in any case; the value is returned as written.
    const QByteArray lower = value.toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf(name, at)) >= 0) {
        const bool startsWord = at == 0 || value.at(at - 1) == ';' || value.at(at - 1) == ' ' ||
                                value.at(at - 1) == '\t';
        qsizetype p = at + name.size();
        while (p < value.size() && value.at(p) == ' ')
            ++p;
        if (!startsWord || p >= value.size() || value.at(p) != '=') {
            at = p;
            continue;
        }
        ++p;
        while (p < value.size() && value.at(p) == ' ')
            ++p;
        if (p < value.size() && value.at(p) == '"') {
            const qsizetype close = value.indexOf('"', p + 1);
            return value.mid(p + 1, (close < 0 ? value.size() : close) - p - 1);
        }
        qsizetype e = p;
        while (e < value.size() && value.at(e) != ';' && value.at(e) != ' ')
            ++e;
        return value.mid(p, e - p);
    }
    return QByteArray();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

MhtmlArchive::Page decodePart(QByteArrayView body, const Headers &h)
{
    MhtmlArchive::Page page;
    page.found = true;
    page.charset = parameter(h.contentType, "charset").toLower();
    if (h.transferEncoding == "base64")
        page.html = QByteArray::fromBase64(body.toByteArray());
    else if (h.transferEncoding == "quoted-printable")
        page.html = MhtmlArchive::decodeQuotedPrintable(body);
    else
        page.html = body.toByteArray();
    return page;
}

// Whether data starts (ends) with word, ASCII letters in any case.
bool startsWithWord(QByteArrayView data, QByteArrayView word)
{
    return data.size() >= word.size() &&
           data.first(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

bool endsWithWord(QByteArrayView data, QByteArrayView word)
{
    return data.size() >= word.size() &&
           data.last(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// Offset of the first blank line ("\n\n" or "\r\n\r\n", whichever comes first), or the size
// of data when there is none.
qsizetype headerBlockEnd(QByteArrayView data)
{
    for (qsizetype at = 0; (at = data.indexOf('\n', at)) >= 0; ++at) {
        if (at + 1 < data.size() && data.at(at + 1) == '\n')
            return at;
        if (at >= 1 && data.at(at - 1) == '\r' && at + 2 < data.size() && data.at(at + 1) == '\r' &&
            data.at(at + 2) == '\n')
            return at - 1;
    }
    return data.size();
}

} // namespace

bool MhtmlArchive::looksLikeMhtml(QByteArrayView head)
{
    const QByteArrayView headers = head.first(headerBlockEnd(head));
    if (headers.startsWith('<'))
        return false;
    // Every marker is found from a byte that text seldom holds ('<' or ':') with memchr, not
    // by searching a lower-case copy of the head once per marker.
    for (qsizetype at = 0; (at = headers.indexOf('<', at)) >= 0; ++at) {
        if (startsWithWord(headers.sliced(at + 1), "html"))
            return false;
    }
    bool mime = false;
    for (qsizetype at = 0; !mime && (at = headers.indexOf(':', at)) >= 0; ++at) {
        const QByteArrayView name = headers.first(at);
        const QByteArrayView value = headers.sliced(at + 1);
        mime =
            endsWithWord(name, "mime-version") ||
            (endsWithWord(name, "content-type") && (startsWithWord(value, "multipart/related") ||
                                                    startsWithWord(value, " multipart/related")));
    }
    return mime;
}

MhtmlArchive::Page MhtmlArchive::htmlPage(QByteArrayView data)
{
    const Headers top = readHeaders(data, 0);
    if (top.bodyStart < 0)
        return Page();
    const QByteArray topType = top.contentType.toLower();
    if (!topType.startsWith("multipart/")) {
        if (topType.startsWith("text/html"))
            return decodePart(data.sliced(top.bodyStart), top);
        return Page();
    }
    const QByteArray boundary = parameter(top.contentType, "boundary");
    if (boundary.isEmpty())
        return Page();
    const QByteArray delimiter = "--" + boundary;
    // The parts, in order; the first text/html one is the page (later ones are frames).
    qsizetype at = data.indexOf(delimiter, top.bodyStart);
    while (at >= 0) {
        qsizetype partStart = at + delimiter.size();
        if (data.sliced(partStart).startsWith("--"))
            break; // closing delimiter
        const qsizetype lineEnd = data.indexOf('\n', partStart);
        if (lineEnd < 0)
            break;
        partStart = lineEnd + 1;
        qsizetype next = data.indexOf(delimiter, partStart);
        const qsizetype partEnd = next < 0 ? data.size() : next;
        const Headers h = readHeaders(data.sliced(0, partEnd), partStart);
        if (h.bodyStart >= 0 && h.contentType.toLower().startsWith("text/html"))
            return decodePart(data.sliced(h.bodyStart, partEnd - h.bodyStart), h);
        at = next;
    }
    return Page();
}

QByteArray MhtmlArchive::decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        // Soft line break: '=' at the end of a line joins it with the next.
        qsizetype j = i + 1;
        while (j < data.size() && (data.at(j) == ' ' || data.at(j) == '\t'))
            ++j;
        if (j < data.size() && (data.at(j) == '\n' || data.at(j) == '\r')) {
            if (data.at(j) == '\r' && j + 1 < data.size() && data.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (i + 2 < data.size()) {
            const int hi = hexValue(data.at(i + 1));
            const int lo = hexValue(data.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}
