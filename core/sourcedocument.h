#ifndef REPORTSCOPE_SOURCEDOCUMENT_H
#define REPORTSCOPE_SOURCEDOCUMENT_H

#include "core/reportwarning.h"
#include "core/sourceblock.h"
#include "core/sourcemetadata.h"
#include "core/textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

/**
 * What a DocumentReader makes of a file: its text, the typed blocks in reading order, facts
 * about the file and warnings. ReportParser builds the Report from it.
 *
 * Blocks point into text() by spans, so the report's section ranges and figure offsets are
 * offsets in this text. A text file's text is the decoded file as it is; readers of other
 * formats compose one: blocks separated by '\n', a table row per line with its cells
 * separated by '\t'.
 */
class SourceDocument
{
public:
    SourceDocument() = default;

    /** Sets the text and its normalised copy (TextNormalizer), which the parser reads. */
    void setText(const QString &text);
    /** Sets the text with the normalised copy a reader made in passing; normalized must be
     *  TextNormalizer::normalize(text). */
    void setText(const QString &text, const QString &normalized);
    const QString &text() const { return m_text; }
    /** text() with full-width ASCII, odd spaces and line separators mapped one to one. */
    const QString &normalizedText() const { return m_normalized; }
    /** The text of a block, row or cell; empty for a span outside the text. */
    QStringView text(const TextSpan &span) const;

    const QList<SourceBlock> &blocks() const { return m_blocks; }
    void setBlocks(QList<SourceBlock> blocks) { m_blocks = std::move(blocks); }
    void appendBlock(const SourceBlock &block) { m_blocks.append(block); }

    const SourceMetadata &metadata() const { return m_metadata; }
    SourceMetadata &metadata() { return m_metadata; }

    const QList<ReportWarning> &warnings() const { return m_warnings; }
    void addWarning(const ReportWarning &warning) { m_warnings.append(warning); }

private:
    QString m_text;
    QString m_normalized;
    QList<SourceBlock> m_blocks;
    SourceMetadata m_metadata;
    QList<ReportWarning> m_warnings;
};

#endif // REPORTSCOPE_SOURCEDOCUMENT_H
