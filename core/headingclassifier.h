#ifndef REPORTSCOPE_HEADINGCLASSIFIER_H
#define REPORTSCOPE_HEADINGCLASSIFIER_H

#include "core/section.h"

#include <QString>
#include <QStringView>

/**
 * Features of single lines that decide, with their context in ReportParser, whether an
 * unnumbered line is a heading and what a section is for. All take normalised text (see
 * TextNormalizer), trimmed.
 *
 * The rules look at the form of a line (length, punctuation, what it ends with), not at
 * lists of titles, so that they hold on reports no rule was written against.
 */
class HeadingClassifier
{
public:
    /** Glossary or Notes for a line that heads a list of terms ("名词解释", "有关名词解释：",
     *  "注释"), Body for any other line. */
    static Section::Role listHeadingRole(QStringView line);
    /** The role of an attachment titled title: Glossary or Notes for a list of terms,
     *  Appendix otherwise. */
    static Section::Role attachmentRole(QStringView title);
    /** Whether the line has the form of a stand-alone lead line ("经济运行持续向好。"): a short
     *  clause closed by 。 with no comma, colon or semicolon and no marker. Whether it is a
     *  heading also depends on its siblings and on what follows (the parser decides). */
    static bool isLeadLine(QStringView line);
    /** Whether a paragraph opens with an address to the audience (各位代表, 同志们): a
     *  report's final exhortation starts so. */
    static bool opensWithAddress(QStringView paragraph);
    /** Whether a paragraph opens with a frame that spans a whole part rather than one of its
     *  subsections: the part's period (一年来，过去五年，) or an addition to all of it (此外，
     *  与此同时，). After the last subsection such a paragraph closes the part. */
    static bool opensPartSummary(QStringView paragraph);
    /** A glossary term's title without its trailing page references: "“四上”企业（P2，P15）"
     *  → "“四上”企业". Works on source text (full- or half-width brackets). */
    static QString withoutPageReferences(const QString &title);
};

#endif // REPORTSCOPE_HEADINGCLASSIFIER_H
