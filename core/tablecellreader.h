#ifndef REPORTSCOPE_TABLECELLREADER_H
#define REPORTSCOPE_TABLECELLREADER_H

#include "core/figure.h"
#include "core/numberreader.h"

#include <QString>

/**
 * Reads a bare number that fills a cell of a tab-separated table: its meaning comes from the
 * column header (完成增长 → a change in percent, (亿元) → money) and its label from the row's
 * first cell.
 */
class TableCellReader
{
public:
    struct Cell
    {
        Figure::Kind kind = Figure::Kind::Count;
        QString unit;
        double factor = 1;  ///< the header's multiplier: (亿元) → 1e8
        QString label;      ///< row label and header: 地区生产总值（增长）
        QString header;     ///< the column header alone: 全年目标增长
        qsizetype end = 0;  ///< end of the cell's number (or range)
        QString rangeUpper; ///< "至9.0" for 8.5-9.0
        double upperMantissa = 0;
        int upperDecimals = 0;
    };

    /** norm is normalised text and must outlive the reader. */
    TableCellReader(const QString &norm, const NumberReader &numbers,
                    const FigureVocabulary &vocabulary);

    /** True when [pos, end) is the whole of a tab-separated table cell. */
    bool isCell(qsizetype pos, qsizetype end, qsizetype *cellStart) const;
    /** Reads the number r as a table cell; false when it is none or has no header. */
    bool read(const NumberReader::Reading &r, Cell *cell) const;

private:
    QChar at(qsizetype i) const
    {
        return i >= 0 && i < m_norm.size() ? m_norm.at(i) : QChar(u'\0');
    }

    const QString &m_norm;
    const NumberReader &m_numbers;
    const FigureVocabulary &m_vocab;
};

#endif // REPORTSCOPE_TABLECELLREADER_H
