#ifndef REPORTSCOPE_LAYOUTWORD_H
#define REPORTSCOPE_LAYOUTWORD_H

#include <QString>

/**
 * One run of text on a page as a paged format or OCR gives it: its text, its box in points
 * from the page's top left corner, and what is known of its font.
 *
 * Plain numbers only, so core stays free of Gui types. LineBuilder turns words into lines.
 */
struct LayoutWord
{
    QString text;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double fontSize = 0;     ///< in points; 0 when unknown (OCR)
    bool bold = false;       ///< the font's name says bold or black (黑体)
    bool spaceAfter = false; ///< the format puts a space after the word
    double confidence = -1;  ///< OCR confidence 0–100; -1 for a text layer

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    double centerY() const { return y + height / 2; }
};

#endif // REPORTSCOPE_LAYOUTWORD_H
