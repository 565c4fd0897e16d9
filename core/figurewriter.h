#ifndef REPORTSCOPE_FIGUREWRITER_H
#define REPORTSCOPE_FIGUREWRITER_H

#include "core/report.h"

#include <QByteArray>
#include <QStringView>

class QIODevice;

/**
 * Writes a report's figures to a device figure by figure, as JSON, CSV or tab-separated text,
 * so that a report with millions of figures never has its whole output in memory: at most
 * one buffer of about 64 KiB is held.
 *
 * Every format has the same columns: section, label, value, unit, qualifier, kind, text, quote,
 * start, end, in_title. The JSON is byte for byte what QJsonDocument::toJson() writes for the
 * same array of objects (keys in order, four-space indent), so scripts see no change.
 *
 * Core rather than export: writing rows of text needs neither Gui nor a display, and the JSON
 * and CSV forms share one column list here.
 */
class FigureWriter
{
public:
    enum class Format {
        Json, ///< an indented JSON array of objects
        Csv,  ///< UTF-8 with a byte order mark, CRLF line ends, a header row
        Text, ///< one tab-separated line per figure: section label qualifier value unit kind text
    };

    /**
     * Writes the figures of the section's subtree (the whole report for -1) to out, which must
     * be open for writing. False when a write fails (out's errorString() says why).
     */
    static bool write(QIODevice *out, const Report &report, Format format, int sectionIndex = -1);

    /** Appends s as a JSON string literal, quotes included, escaped as QJsonDocument does. */
    static void appendJsonString(QByteArray *out, QStringView s);
    /** Appends a JSON number as QJsonDocument writes a QJsonValue made from value (whole
     *  numbers up to 2^53 without a fraction, others in the shortest exact form, null for
     *  infinities and NaN). */
    static void appendJsonNumber(QByteArray *out, double value);
};

#endif // REPORTSCOPE_FIGUREWRITER_H
