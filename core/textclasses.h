#ifndef REPORTSCOPE_TEXTCLASSES_H
#define REPORTSCOPE_TEXTCLASSES_H

#include <QChar>
#include <QFlags>
#include <QStringView>

/**
 * The one table of character classes that the readers of report text share: the marks that
 * end a sentence or a clause, the commas and colons that punctuate prose, and the CJK
 * ideographs.
 *
 * Every ASCII mark has its full-width twin in the same class (! and ！, ; and ；), so the
 * table reads the original text (SectionPager) and the normalised copy (see TextNormalizer:
 * the parser, the heading detector, the page chrome filter) alike.
 *
 * The parser, the heading detector and the page chrome filter name the sets below instead of
 * listing characters, so that "what ends a sentence" has one answer in the code base.
 */
class TextClasses
{
public:
    enum Class : quint16 {
        SentenceEnd = 0x0001,         ///< 。 ! ！ ? ？
        Semicolon = 0x0002,           ///< ; ；
        Comma = 0x0004,               ///< , ，
        EnumerationComma = 0x0008,    ///< 、
        Colon = 0x0010,               ///< : ：
        LineBreak = 0x0020,           ///< \\n
        Tab = 0x0040,                 ///< \\t
        Ellipsis = 0x0080,            ///< …
        Dash = 0x0100,                ///< — (U+2014, written in pairs as ——)
        OpenBracket = 0x0200,         ///< ( （ [ ［ 【
        TitleMark = 0x0400,           ///< 《 》
        UnifiedIdeograph = 0x0800,    ///< U+4E00–U+9FFF, the CJK Unified Ideographs block
        ExtensionAIdeograph = 0x1000, ///< U+3400–U+4DBF, CJK Unified Ideographs Extension A
    };
    Q_DECLARE_FLAGS(Classes, Class)

    /** Where a sentence or a clause closes: a long text is cut after one (SectionPager). */
    static constexpr Classes SentenceBreaks{SentenceEnd | Semicolon};
    /** Punctuation that only prose has: a line holding one is no menu, heading or name. */
    static constexpr Classes ProsePunctuation{SentenceEnd | Semicolon | Comma | EnumerationComma};
    /** Where the sentence quoted with a figure ends. */
    static constexpr Classes QuoteBreaks{SentenceEnd | Semicolon | LineBreak | Ellipsis};
    /** Where the stretch of text that a figure's label is read from ends. */
    static constexpr Classes ClauseBoundaries{QuoteBreaks | Tab | Comma | OpenBracket | Dash |
                                              TitleMark | Colon};
    /** The ideographs of the Basic Multilingual Plane. */
    static constexpr Classes Cjk{UnifiedIdeograph | ExtensionAIdeograph};

    /** The classes c belongs to; none for most characters. Always inline: out of line (as
     *  GCC chose for its switch), the call per character tested cost as much as the test. */
    Q_ALWAYS_INLINE static constexpr Classes classesOf(QChar c) noexcept
    {
        const char16_t u = c.unicode();
        if (u >= 0x4E00 && u <= 0x9FFF)
            return UnifiedIdeograph;
        if (u >= 0x3400 && u <= 0x4DBF)
            return ExtensionAIdeograph;
        switch (u) {
        case u'。':
        case u'!':
        case u'！':
        case u'?':
        case u'？':
            return SentenceEnd;
        case u';':
        case u'；':
            return Semicolon;
        case u',':
        case u'，':
            return Comma;
        case u'、':
            return EnumerationComma;
        case u':':
        case u'：':
            return Colon;
        case u'\n':
            return LineBreak;
        case u'\t':
            return Tab;
        case u'…':
            return Ellipsis;
        case u'—':
            return Dash;
        case u'(':
        case u'（':
        case u'[':
        case u'［':
        case u'【':
            return OpenBracket;
        case u'《':
        case u'》':
            return TitleMark;
        default:
            return {};
        }
    }

    /** True when c belongs to any of the classes. */
    static constexpr bool is(QChar c, Classes classes) noexcept
    {
        return classesOf(c).testAnyFlags(classes);
    }
    /** 。 ! ？ and their twins: the marks that end a sentence. */
    static constexpr bool isSentenceEnd(QChar c) noexcept { return is(c, SentenceEnd); }
    /** A CJK ideograph of either block (see Cjk). */
    static constexpr bool isCjk(QChar c) noexcept { return is(c, Cjk); }
    /** True when c is one of the characters of set. A plain loop: QStringView::contains(QChar)
     *  runs Qt's general substring search, a call and its set-up for every character tested
     *  (the readers test several per character of a report). */
    static bool oneOf(QStringView set, QChar c) noexcept
    {
        for (const QChar s : set) {
            if (s == c)
                return true;
        }
        return false;
    }
    /** True when some character of text belongs to any of the classes. */
    static bool containsAny(QStringView text, Classes classes) noexcept
    {
        for (QChar c : text) {
            if (is(c, classes))
                return true;
        }
        return false;
    }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TextClasses::Classes)

#endif // REPORTSCOPE_TEXTCLASSES_H
