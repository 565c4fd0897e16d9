#ifndef REPORTSCOPE_TEXTSPAN_H
#define REPORTSCOPE_TEXTSPAN_H

#include <QtGlobal>

/**
 * A half-open range [start, end) of UTF-16 code units in a report's decoded source text.
 */
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    friend bool operator==(const TextSpan &a, const TextSpan &b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

#endif // REPORTSCOPE_TEXTSPAN_H
