#ifndef REPORTSCOPE_SECTION_H
#define REPORTSCOPE_SECTION_H

#include "core/sectionblock.h"
#include "core/textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

/**
 * One node of a report's section tree.
 *
 * Sections are stored in pre-order in Report::sections(), so a section's subtree is the
 * contiguous index range [index, subtreeEnd).
 */
struct Section
{
    /** How the heading was numbered in the report; decides nesting and scope. */
    enum class Kind {
        Preamble,     ///< text before the first heading; id "0"
        Part,         ///< unnumbered part heading such as "2016年工作回顾"
        Chapter,      ///< 第一部分 / 第一章
        Attachment,   ///< 附件一
        ChineseComma, ///< 一、
        ChineseParen, ///< （一） or (一)
        ArabicDot,    ///< 1. or 1．
        ArabicComma,  ///< 1、
        ArabicParen,  ///< （1） or (1)
        Circled,      ///< ①
        Enumeration,  ///< 一是 / 二是
        Ordinal,      ///< 第一， / 第二，
        Dash,         ///< —— lead item
        Closing,      ///< 特此报告。 and the signature
        WholeText,    ///< the whole text of a file without recognisable headings
    };

    /** What a section is for in the report, whatever its numbering. */
    enum class Role {
        Preamble, ///< text before the first heading (salutation, opening paragraphs)
        Body,     ///< the report's parts and their subsections
        Closing,  ///< 特此报告 with the signature, or the final exhortation after the last part
        Appendix, ///< 附件 other than a glossary
        Glossary, ///< 名词解释 / 有关名词解释 with their items
        Notes,    ///< 注释 / 注 with their items
    };
    /** Stable lower-case name of a role for JSON and scripts: "preamble", "body", … */
    static QString roleName(Role role);

    QString id;     ///< positional id: "1", "1.7", "1.7.2"; the preamble is "0"
    QString marker; ///< the numbering as written, e.g. "(七)", "二是", "一、"; empty if unnumbered
    QString title; ///< heading text without the marker and the closing "。"
    QString text;  ///< the section's own body text (not its children's), paragraphs joined by '\n'
    Kind kind = Kind::Preamble;
    Role role = Role::Body; ///< children take their top-level section's role
    int level = 1;          ///< 1 for top-level sections
    int number = 0;         ///< the numeric value of the marker (七 → 7), 0 if unnumbered
    int parent = -1;        ///< index of the parent section in Report::sections(), -1 at top level
    int subtreeEnd = 0;     ///< one past the index of the last descendant
    QList<int> children;    ///< indexes of the direct children
    TextSpan range;         ///< the whole section in the source, heading to last descendant
    TextSpan headingRange;  ///< marker and title in the source
    /** Source spans that make up text, in order; text joins them with '\n'. */
    QList<TextSpan> bodySpans;
    /** The body text as blocks in reading order: paragraphs, tables with their cells, list
     *  items. Their ranges cover text except the '\n' between blocks. */
    QList<SectionBlock> blocks;

    /** Maps an offset in text to an offset in the source text; -1 if out of range. */
    qsizetype sourceOffset(qsizetype textOffset) const;
    /** The part of text a block, row or cell range covers; empty when out of range. */
    QStringView textAt(const TextSpan &range) const;
};

#endif // REPORTSCOPE_SECTION_H
