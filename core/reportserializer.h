#ifndef REPORTSCOPE_REPORTSERIALIZER_H
#define REPORTSCOPE_REPORTSERIALIZER_H

#include "core/report.h"

#include <QByteArray>
#include <QString>

/**
 * A parsed Report as a compact byte string and back, so that a library can open a report it
 * has indexed without parsing its file again.
 *
 * The bytes hold everything a Report holds: the source text, metadata, source information,
 * warnings, the section tree with its typed blocks, the figures (their labels, units,
 * qualifiers and periods once each, in a string table) and the findings. A header names the
 * format and the parser version; the rest is zlib-compressed. A section's text that is its
 * body spans of the source joined by '\n' (the usual case) is not stored twice.
 *
 * Reading never trusts the bytes: every count is checked against the bytes left, every index
 * and offset against what it points into, and anything amiss gives no report and a reason.
 */
class ReportSerializer
{
public:
    /** The layout of the bytes; raised when it changes. */
    static constexpr quint32 FormatVersion = 1;
    /**
     * The parser's output version: raise it whenever a change to the parser, the figure
     * readers or their data files changes what a report contains, so that stored parses of an
     * older parser are ignored and the files parsed again.
     */
    static constexpr quint32 ParserVersion = 3; // 3: table totals, caption parts, labels

    /** The report as bytes: header, then the compressed body. */
    static QByteArray serialize(const Report &report);
    /** The report the bytes hold, or null with *error set (damaged bytes, another version).
     *  A non-empty filePath replaces the stored one (a file that moved since). */
    static ReportPtr deserialize(const QByteArray &bytes, QString *error = nullptr,
                                 const QString &filePath = QString());
    /** The parser version the bytes' header names, 0 when they have no valid header. */
    static quint32 parserVersionOf(const QByteArray &bytes);

private:
    /** The report of an unpacked body; fills Report's members as its friend. */
    static ReportPtr readBody(const QByteArray &body, QString *error, const QString &filePath);
};

#endif // REPORTSCOPE_REPORTSERIALIZER_H
