#ifndef REPORTSCOPE_CJKCOMPATIBILITYFOLDER_H
#define REPORTSCOPE_CJKCOMPATIBILITYFOLDER_H

#include <QString>

/**
 * Maps Kangxi radicals (U+2F00–U+2FDF), CJK radicals with a unified form and CJK
 * compatibility ideographs to the unified ideographs they stand for, one character at a time
 * (⾏ → 行). PDF producers emit them from fonts whose glyphs carry the radical's code point.
 *
 * Nothing else changes: NFKC over the whole text would also rewrite full-width markers such as
 * （一） and １．, which the parser reads.
 */
class CjkCompatibilityFolder
{
public:
    /** The unified ideograph for c, or c itself. */
    static char32_t fold(char32_t c);
    /** text with every such character folded; the same string when there is none. */
    static QString fold(const QString &text);
};

#endif // REPORTSCOPE_CJKCOMPATIBILITYFOLDER_H
