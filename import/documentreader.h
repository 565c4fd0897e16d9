#ifndef REPORTSCOPE_DOCUMENTREADER_H
#define REPORTSCOPE_DOCUMENTREADER_H

#include "core/sourcedocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

/**
 * Reads the bytes of one file format into a SourceDocument of typed blocks.
 *
 * One subclass per format (plain text now; PDF, HTML and Word to come). Readers hold no state
 * between calls: read() may run on any thread, several at once. DocumentReaders picks the
 * reader for a file by its content.
 */
class DocumentReader
{
public:
    enum class Error {
        None,
        Empty,     ///< no content at all, or only white space
        NotText,   ///< not this reader's format (binary data for the plain-text reader)
        Damaged,   ///< the format is recognised but the file cannot be read
        Cancelled, ///< ReadOptions::cancel became true
    };

    struct ReadOptions
    {
        /** Checked now and then; reading stops with Error::Cancelled when it becomes true. */
        const std::atomic_bool *cancel = nullptr;
        /** Called with a value from 0 to 100 as reading proceeds (slow formats only). */
        std::function<void(int)> progress;
        /** False: pages without a text layer are not read by OCR and stay empty (the fuzz
         *  targets, where OCR would cost seconds per input). */
        bool ocr = true;
    };

    struct Result
    {
        SourceDocument document; ///< valid when ok()
        Error error = Error::None;
        QString errorMessage; ///< translated, one line, without the file name
        bool ok() const { return error == Error::None; }
    };

    virtual ~DocumentReader() = default;

    /** The format's name, e.g. "Plain text"; also SourceMetadata::formatName. */
    virtual QString formatName() const = 0;
    /** The file-name patterns the format is usually saved under, e.g. "*.pdf", for file
     *  dialogs only: the reader is still chosen by content. */
    virtual QStringList fileNamePatterns() const = 0;
    /** How surely the bytes are this format, judged from their start (magic bytes): 0 not at
     *  all, 100 certain. fileName only breaks ties; it never decides alone. */
    virtual int probe(QByteArrayView head, const QString &fileName) const = 0;
    /** Reads a whole file; fileName is for messages and format details, it is not opened. */
    virtual Result read(const QByteArray &data, const QString &fileName,
                        const ReadOptions &options) const = 0;
};

#endif // REPORTSCOPE_DOCUMENTREADER_H
