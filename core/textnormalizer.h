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
    /** The normalised copy of text; text itself (shared, not copied) when nothing changes. */
    static QString normalize(const QString &text);
    static QChar normalizeChar(QChar c)
    {
        const char16_t u = c.unicode();
        // Inline, since every character of a report passes here: the CJK blocks (U+3001 to
        // U+FEFE) and ASCII take one or two tests; the rest is looked up out of line.
        if (char16_t(u - 0x3001) < 0xFEFF - 0x3001)
            return c;
        if (u < 0x80)
            return u == u'\r' ? QChar(u'\n') : c;
        return normalizeOther(c);
    }
    /** True for characters that normalize() turns into a space, plus ASCII whitespace. */
    static bool isSpace(QChar c)
    {
        const char16_t u = c.unicode();
        if (u <= u' ')
            return u == u' ' || (u >= u'\t' && u <= u'\r');
        // The CJK blocks (U+3001 to U+FEFE), most characters of a report, hold none of the
        // other spaces: one test answers them without the call.
        if (char16_t(u - 0x3001) < 0xFEFF - 0x3001)
            return false;
        return u >= 0xA0 && isOtherSpace(u);
    }

private:
    static QChar normalizeOther(QChar c);
    static bool changes(char16_t u) { return normalizeChar(u).unicode() != u; }
    static bool isOtherSpace(char16_t u);
};

#endif // REPORTSCOPE_TEXTNORMALIZER_H
