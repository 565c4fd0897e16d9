#ifndef REPORTSCOPE_GOLDSCORER_H
#define REPORTSCOPE_GOLDSCORER_H

#include "core/report.h"
#include "core/textspan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Grades the parser against hand-written gold files (format: tests/gold/README.md).
 *
 * Each gold file names a corpus report; the report is parsed in-process and read through the
 * JSON objects of ReportJson, so keys the parser does not produce yet (metadata.type, section
 * role, ...) simply score as wrong rather than failing to build.
 */
class GoldScorer
{
public:
    /** hit of total; a total of 0 means "not graded" and is left out of every check. */
    struct Ratio
    {
        int hit = 0;
        int total = 0;
        double value() const { return total > 0 ? double(hit) / total : 1.0; }
        void add(const Ratio &o)
        {
            hit += o.hit;
            total += o.total;
        }
    };

    /** The metadata fields graded, in table order. */
    static const QStringList &metadataFields();

    struct Score
    {
        QString goldFile;   ///< file name of the gold file
        QString corpusFile; ///< its "file", relative to the corpus folder
        /** Why the gold file cannot be graded (bad JSON, an anchor found 0 or 2+ times ...).
         *  A broken gold file still grades what it can. */
        QStringList problems;
        QString loadError; ///< the loader's message when the report was refused
        bool outlineExact = false;
        Ratio headingPrecision; ///< matched of extracted level-1/2 headings
        Ratio headingRecall;    ///< matched of gold headings
        QMap<QString, Ratio> metadata;
        Ratio figurePrecision; ///< matched of extracted figures in the gold paragraphs
        Ratio figureRecall;    ///< matched of gold figures
        Ratio labels;          ///< right labels of matched figures
        /** Every error, one line each ("heading missed: 1 一、回顾"), for --details. */
        QStringList errors;
        bool broken() const { return !problems.isEmpty(); }
    };

    struct Totals
    {
        Ratio outlineExact; ///< exact reports of graded reports
        Ratio headingPrecision;
        Ratio headingRecall;
        QMap<QString, Ratio> metadata;
        Ratio figurePrecision;
        Ratio figureRecall;
        Ratio labels;
        int broken = 0;
    };

    /** What is graded of a parsed report. */
    struct Parsed
    {
        QJsonObject outline; ///< ReportJson::outline
        QJsonArray figures;  ///< ReportJson::figures
        QString source;      ///< Report::sourceText
        /** Where each figure of figures starts in source; -1 when unknown. */
        QList<qsizetype> figureOffsets;
        /** Source spans the parser read as headings or paragraphs; source lines count too. */
        QList<TextSpan> paragraphs;
    };

    explicit GoldScorer(const QString &corpusDir);

    static Parsed parsed(const Report &report);

    /** Scores every *.json of goldDir in file-name order. */
    QList<Score> scoreFolder(const QString &goldDir) const;
    /** Loads the gold file and the corpus report it names and scores them. */
    Score scoreFile(const QString &goldPath) const;
    /** Scores a parsed report against a gold object. A gold paragraph is the source line or
     *  parser paragraph that starts with its anchor; its figures are those whose source
     *  offset falls inside it, whatever sections they were put in. */
    static Score score(const QJsonObject &gold, const Parsed &parsed);

    static Totals total(const QList<Score> &scores);

    /** TextNormalizer's copy without any whitespace and without a final 。 */
    static QString normalizeTitle(const QString &text);
    /** The label holds every word of has and none of not; a forbidden word inside a required
     *  word (企业 in 规上工业企业) does not count. */
    static bool labelRight(const QString &label, const QStringList &has, const QStringList &not_);

    /** Names of totals below their minimum in thresholds ({"figure_recall": 0.97, ...}), each
     *  as "name value < minimum". Unknown keys are reported too, so a typo cannot pass. */
    static QStringList belowThresholds(const Totals &totals, const QJsonObject &thresholds);

    /** The aligned table; with details, each report's errors below it. */
    static QString table(const QList<Score> &scores, const Totals &totals, bool details = false);
    static QJsonObject json(const QList<Score> &scores, const Totals &totals);

private:
    QString m_corpusDir;
};

#endif // REPORTSCOPE_GOLDSCORER_H
