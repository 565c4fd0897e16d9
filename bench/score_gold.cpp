// Grades the parser against the gold files: score_gold [--gold DIR] [--corpus DIR] [--json]
// [--details]
// [--thresholds FILE]. Prints per report and in total: outline exact rate, heading precision
// and recall, metadata accuracy per field, figure precision and recall, label accuracy
// (definitions: tests/gold/README.md). Exit codes: 0 scored (and every total at or above its
// minimum), 1 a total below its minimum or a broken gold file, 2 bad usage, 77 no corpus
// folder given (the ctest skips).

#include "bench/goldscorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#ifndef REPORTSCOPE_GOLD_DIR
#define REPORTSCOPE_GOLD_DIR "tests/gold"
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores the parser against gold files."));
    parser.addHelpOption();
    const QCommandLineOption goldOption(QStringLiteral("gold"), QStringLiteral("Gold folder."),
                                        QStringLiteral("DIR"),
                                        QStringLiteral(REPORTSCOPE_GOLD_DIR));
    const QCommandLineOption corpusOption(
        QStringLiteral("corpus"),
        QStringLiteral("Corpus folder (default: $REPORTSCOPE_CORPUS_DIR)."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption detailsOption(QStringLiteral("details"),
                                           QStringLiteral("List every error below the table."));
    const QCommandLineOption thresholdsOption(QStringLiteral("thresholds"),
                                              QStringLiteral("JSON object of minimum totals."),
                                              QStringLiteral("FILE"));
    parser.addOptions({goldOption, corpusOption, jsonOption, detailsOption, thresholdsOption});
    parser.process(app);

    const QString corpus = parser.isSet(corpusOption)
                               ? parser.value(corpusOption)
                               : qEnvironmentVariable("REPORTSCOPE_CORPUS_DIR");
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "score_gold: no corpus folder (--corpus or REPORTSCOPE_CORPUS_DIR); "
                             "skipped\n");
        return 77;
    }
    const QString goldDir = parser.value(goldOption);
    if (!QDir(goldDir).exists()) {
        std::fprintf(stderr, "score_gold: no gold folder %s\n", qPrintable(goldDir));
        return 2;
    }
    QJsonObject thresholds;
    if (parser.isSet(thresholdsOption)) {
        QFile file(parser.value(thresholdsOption));
        QJsonParseError error;
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(file.readAll(), &error)
                                      : QJsonDocument();
        if (!doc.isObject()) {
            std::fprintf(stderr, "score_gold: %s is not a JSON object of minimums\n",
                         qPrintable(file.fileName()));
            return 2;
        }
        thresholds = doc.object();
    }

    const GoldScorer scorer(corpus);
    const QList<GoldScorer::Score> scores = scorer.scoreFolder(goldDir);
    const GoldScorer::Totals totals = GoldScorer::total(scores);
    if (parser.isSet(jsonOption)) {
        std::fputs(QJsonDocument(GoldScorer::json(scores, totals)).toJson().constData(), stdout);
    } else {
        std::fputs(
            GoldScorer::table(scores, totals, parser.isSet(detailsOption)).toUtf8().constData(),
            stdout);
    }

    int rc = 0;
    if (totals.broken > 0) {
        std::fprintf(stderr, "score_gold: %d broken gold file(s)\n", totals.broken);
        rc = 1;
    }
    for (const QString &below : GoldScorer::belowThresholds(totals, thresholds)) {
        std::fprintf(stderr, "score_gold: below minimum: %s\n", qPrintable(below));
        rc = 1;
    }
    return rc;
}
