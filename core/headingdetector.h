#ifndef REPORTSCOPE_HEADINGDETECTOR_H
#define REPORTSCOPE_HEADINGDETECTOR_H

#include "core/section.h"

#include <QStringView>

/**
 * Recognises heading and list markers in normalised text (see TextNormalizer):
 * 一、 (一) 1. 1、 (1) ① 一是 第一， 第一部分 —— 附件一.
 */
class HeadingDetector
{
public:
    struct Match
    {
        bool matched = false;
        Section::Kind kind = Section::Kind::Part;
        int number = 0;             ///< 0 for unnumbered markers (dash, bare 附件)
        qsizetype length = 0;       ///< length of the marker including its delimiter
        qsizetype contentStart = 0; ///< offset after the marker and following spaces
        /** "40.151件": the marker could be the start of a decimal number; only a list that
         *  reached 39 makes it an item. */
        bool ambiguous = false;
    };

    /** The marker a paragraph starts with; text starts at the paragraph's first character. */
    static Match matchParagraphStart(QStringView text);
    /** An inline item marker (一是, 第一，) at pos inside a paragraph. */
    static Match matchInline(QStringView text, qsizetype pos);
    /** Numeral value for heading numbers: 七 → 7, 十二 → 12; -1 for 一二 or 〇. */
    static int headingNumeral(QStringView run);
};

#endif // REPORTSCOPE_HEADINGDETECTOR_H
