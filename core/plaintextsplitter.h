#ifndef REPORTSCOPE_PLAINTEXTSPLITTER_H
#define REPORTSCOPE_PLAINTEXTSPLITTER_H

#include "core/sourcedocument.h"

#include <QString>

/**
 * Splits decoded plain text into blocks: each non-blank line is a paragraph, consecutive
 * lines that hold a tab are the rows of one table (cells between the tabs), and a line with
 * a form feed is preceded by a page break.
 *
 * Used by PlainTextReader after decoding and by ReportParser::parse() for text in memory, so
 * both split alike. "\r\n" counts as one line break, as do a lone '\r', '\n', U+2028, U+2029
 * and U+0085.
 */
class PlainTextSplitter
{
public:
    /** The document's text is text as it is; blocks point into it. Metadata and warnings are
     *  left to the caller. */
    static SourceDocument split(const QString &text);
    /** split(text) for a reader that made the normalised copy already (it must be
     *  TextNormalizer::normalize(text)). */
    static SourceDocument split(const QString &text, const QString &normalized);
};

#endif // REPORTSCOPE_PLAINTEXTSPLITTER_H
