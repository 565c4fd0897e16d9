#ifndef REPORTSCOPE_REPORTPARSER_H
#define REPORTSCOPE_REPORTPARSER_H

#include "core/report.h"
#include "core/sourcedocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

/**
 * Builds a Report from the typed blocks of a SourceDocument: strips page chrome, reads
 * metadata, builds the section tree with each section's body blocks, extracts figures and
 * runs the consistency checks. The document's warnings become the report's, with the
 * parser's own added.
 */
class ReportParser
{
    Q_DECLARE_TR_FUNCTIONS(ReportParser)

public:
    enum class Error {
        None,
        NoStructure, ///< nothing that reads like a report (e.g. a page of site navigation)
        Cancelled,
    };

    struct Options
    {
        /** Checked now and then; parsing stops with Error::Cancelled when it becomes true. */
        const std::atomic_bool *cancel = nullptr;
        /** Called with a value from 0 to 100 as parsing proceeds. */
        std::function<void(int)> progress;
        /** Skip figure extraction and checks (outline only). */
        bool extractFigures = true;
    };

    struct Result
    {
        std::shared_ptr<Report> report; ///< null on error
        Error error = Error::None;
        QString errorMessage; ///< translated, one sentence
    };

    /** The report of a document a DocumentReader made; section ranges and figure offsets
     *  refer to document.text(). Taken by value: pass it with std::move and its normalised
     *  copy and blocks are freed before figures are extracted. */
    static Result parse(SourceDocument document, const QString &filePath, const Options &options);
    static Result parse(const SourceDocument &document, const QString &filePath = QString());
    /** Decoded text in memory, split as a text file is (PlainTextSplitter); encoding is
     *  only recorded. */
    static Result parse(const QString &text, const QString &encoding, const QString &filePath,
                        const Options &options);
    static Result parse(const QString &text, const QString &encoding = QString(),
                        const QString &filePath = QString());
};

#endif // REPORTSCOPE_REPORTPARSER_H
