#ifndef REPORTSCOPE_REPORT_H
#define REPORTSCOPE_REPORT_H

#include "core/figure.h"
#include "core/finding.h"
#include "core/reportmetadata.h"
#include "core/reportwarning.h"
#include "core/section.h"
#include "core/sourcemetadata.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * A parsed report: source text, metadata, section tree, figures and findings.
 *
 * A Report is built once by ReportParser and never changes afterwards; views share it
 * through std::shared_ptr<const Report>.
 */
class Report
{
public:
    Report() = default;

    /** Path of the file the report was read from; empty for in-memory text. */
    QString filePath() const { return m_filePath; }
    /** The title when known, otherwise the file name. */
    QString displayName() const;
    /** Name of the encoding the file was decoded with, e.g. "UTF-8", "GB18030". */
    QString encoding() const { return m_encoding; }
    /** The decoded text exactly as written; section ranges refer to it. */
    const QString &sourceText() const { return m_sourceText; }
    const ReportMetadata &metadata() const { return m_metadata; }
    /** What the reader knew about the file: format, encoding, pages, its own title. */
    const SourceMetadata &sourceMetadata() const { return m_source; }
    /** Notes about the file, e.g. a duplicated copy that was ignored, as data; format each
     *  with ReportWarning::message() when it is shown. */
    const QList<ReportWarning> &warnings() const { return m_warnings; }
    /** The warnings as sentences in the current language. */
    QStringList warningMessages() const;

    /** All sections in pre-order. */
    const QList<Section> &sections() const { return m_sections; }
    qsizetype sectionCount() const { return m_sections.size(); }
    const Section &section(int index) const { return m_sections.at(index); }
    /** Indexes of the top-level sections in order. */
    const QList<int> &topLevelSections() const { return m_topLevel; }
    /** Index of the section with the given positional id, or -1. */
    int indexOfSection(const QString &id) const { return m_indexById.value(id, -1); }
    /** The section's body as typed blocks (paragraphs, tables, list items), ranges in its
     *  text; the same as section(index).blocks. */
    const QList<SectionBlock> &bodyBlocks(int index) const { return m_sections.at(index).blocks; }
    /** Markers and titles from the top-level section down to index, e.g. "一、… › (七)…". */
    QStringList sectionPath(int index) const;
    /** Marker and title joined as they read in the report, e.g. "(七)健全社会矛盾…". */
    QString headingText(int index) const;
    /** The section's own text followed by its descendants' headings and text. */
    QString subtreeText(int index) const;
    /** The first and last page the blocks of the section and its descendants stand on;
     *  false (and 0, 0) when the source has no pages. */
    bool pageRangeOfSubtree(int index, int *first, int *last) const;

    /** All figures, ordered by section index and then by position. */
    const QList<Figure> &figures() const { return m_figures; }
    /** The text a figure's offsets refer to: its section's title or text. */
    QStringView figureSource(const Figure &figure) const;
    /** The figure as written, e.g. 5.4万余名; a view into the section's text or title. */
    QStringView figureText(int figureIndex) const;
    /** The sentence (or clause, up to 。 or ；) that states the figure, as written. */
    QStringView figureQuote(int figureIndex) const;
    /** Positional id of the figure's section, e.g. "1.7.2"; empty if it has none. */
    QString figureSectionId(int figureIndex) const;
    /** Indexes into figures() of the figures in the section and its subsections. */
    QList<int> figuresInSubtree(int sectionIndex) const;
    /** Indexes into figures() of the figures in the section's own text. */
    QList<int> figuresInSection(int sectionIndex) const;
    /** The figures of the section and its subsections are the index range [first, end) of
     *  figures(); this returns first and sets *end. O(1), for large reports. */
    int figureRangeOfSubtree(int sectionIndex, int *end) const;
    /** The figures of the section's own title and text (not its subsections') are the index
     *  range [first, end) of figures(), the title's first; returns first and sets *end. O(1). */
    int figureRangeOfSection(int sectionIndex, int *end) const;
    /** Number of figures in the section and its subsections, O(1). */
    int figureCountInSubtree(int sectionIndex) const;
    const QList<Finding> &findings() const { return m_findings; }

private:
    friend class ReportParser;
    friend class ReportSerializer; // the stored parse fills the same members

    void rebuildIndexes();
    void setFigures(QList<Figure> figures);

    QString m_filePath;
    QString m_encoding;
    QString m_sourceText;
    ReportMetadata m_metadata;
    SourceMetadata m_source;
    QList<ReportWarning> m_warnings;
    QList<Section> m_sections;
    QList<int> m_topLevel;
    QHash<QString, int> m_indexById;
    QList<Figure> m_figures;
    QList<int> m_firstFigure; ///< per section: index of its first figure; size sectionCount()+1
    QList<Finding> m_findings;
};

using ReportPtr = std::shared_ptr<const Report>;

#endif // REPORTSCOPE_REPORT_H
