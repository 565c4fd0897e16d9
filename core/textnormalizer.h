#ifndef REPORTSCOPE_TEXTNORMALIZER_H
#define REPORTSCOPE_TEXTNORMALIZER_H

#include <QString>

/**
 * Produces the copy of a text that structure and figure detection read.
 *
 * Every character maps to exactly one character, so offsets in the normalised copy are
 * offsets in the original: full-width ASCII becomes ASCII (（一）→ (一), １６６５．２ → 1665.2),
 * no-break, ideographic and zero-width spaces become spaces, CR and Unicode line/paragraph
 * separators become LF.
 */
class TextNormalizer
{
public:
    static QString normalize(const QString &text);
    static QChar normalizeChar(QChar c);
    /** True for characters that normalize() turns into a space, plus ASCII whitespace. */
    static bool isSpace(QChar c);
};

#endif // REPORTSCOPE_TEXTNORMALIZER_H
