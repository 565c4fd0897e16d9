#ifndef REPORTSCOPE_SOURCEDOCUMENTBUILDER_H
#define REPORTSCOPE_SOURCEDOCUMENTBUILDER_H

#include "core/sourcedocument.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Composes a SourceDocument for a format without a text stream of its own (PDF, HTML, Word):
 * the reader adds blocks in reading order, the builder writes their text one block per line
 * (a table one row per line, cells separated by tabs) and sets the spans.
 *
 * The parser reads a composed document exactly as it reads a text file of the same lines.
 * Line breaks and tabs inside a block's text would split it, so they become spaces; a reader
 * that wants CJK lines joined without a space joins them itself before adding the block.
 */
class SourceDocumentBuilder
{
public:
    /** A cell as a reader finds it; spans as in TableCell. */
    struct Cell
    {
        QString text;
        int rowSpan = 1;
        int colSpan = 1;
    };

    void addParagraph(const QString &text, const SourcePosition &position = SourcePosition());
    /** level: 1 for the top, 0 when the format does not say. */
    void addHeadingHint(const QString &text, int level,
                        const SourcePosition &position = SourcePosition());
    void addListItem(const QString &text, int level,
                     const SourcePosition &position = SourcePosition());
    /** Rows of cells, top to bottom; positions per row, or none. Empty rows are left out. */
    void addTable(const QList<QList<Cell>> &rows,
                  const QList<SourcePosition> &rowPositions = QList<SourcePosition>());
    void addPageBreak(const SourcePosition &position = SourcePosition());

    SourceMetadata &metadata() { return m_metadata; }
    void addWarning(const ReportWarning &warning) { m_warnings.append(warning); }

    /** The document built so far; the builder starts empty again. */
    SourceDocument take();

private:
    TextSpan append(const QString &text);
    void addTextBlock(SourceBlock::Type type, const QString &text, int level,
                      const SourcePosition &position);

    QString m_text;
    QList<SourceBlock> m_blocks;
    SourceMetadata m_metadata;
    QList<ReportWarning> m_warnings;
};

#endif // REPORTSCOPE_SOURCEDOCUMENTBUILDER_H
