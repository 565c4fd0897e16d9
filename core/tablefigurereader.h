#ifndef REPORTSCOPE_TABLEFIGUREREADER_H
#define REPORTSCOPE_TABLEFIGUREREADER_H

#include "core/figure.h"

#include <QList>
#include <QString>

class FigureVocabulary;
struct Section;
struct SectionBlock;

/**
 * Reads the numeric cells of a section's table blocks as figures, from the cells and their
 * spans (not from the text): a table of counts such as the 政府信息公开 annual report's, whose
 * column headers name no unit, gives one figure per number.
 *
 * The label joins the row's header path and the column's header path:
 * "本年新收政府信息公开申请数量 · 申请人情况 / 自然人". Within a path the levels are joined
 * by " / ", top to bottom or left to right; a cell spanning several rows or columns labels
 * each of them; leading list markers (一、, （一）, 1.) are left out. Either path may be empty
 * (a table without row headers), not both.
 *
 * Header rows are the rows without a number above a run of rows with numbers; a row without
 * a number below such a run starts a new header (stacked tables). The row headers are the
 * columns left of the first column that holds a number. The unit comes from the column
 * header, then the row header, then a short caption paragraph just before the table:
 * "（单位：万元）", "(亿元)", "单位：件", or a header ending in 件数 (件); else there is none and
 * the figure is a plain count. A cell holding a percentage is a rate.
 */
class TableFigureReader
{
public:
    /** Between the row path and the column path of a label. */
    static QString pathSeparator() { return QStringLiteral(" · "); }
    /** Between the levels of one path. */
    static QString levelSeparator() { return QStringLiteral(" / "); }

    /** Figures of every numeric cell of section's tables, in text order; offsets are in
     *  section.text (start/end the number, the quote its row). Figure::section is left. */
    static QList<Figure> read(const Section &section);
    /** The same with another vocabulary (FigureVocabulary::builtIn() above). */
    static QList<Figure> read(const Section &section, const FigureVocabulary &vocabulary);
};

#endif // REPORTSCOPE_TABLEFIGUREREADER_H
