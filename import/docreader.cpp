#include "import/docreader.h"

#include "core/sourcedocumentbuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

DocumentReader::Result failure(DocumentReader::Error error, const QString &message)
{
    DocumentReader::Result r;
    r.error = error;
    r.errorMessage = message;
    return r;
}

struct ToolRun
{
    QByteArray output;
    bool ok = false;
    bool timedOut = false;
    bool cancelled = false;
};

ToolRun runTool(const QString &program, const QStringList &arguments,
                const std::atomic_bool *cancel)
{
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(5000))
        return run;
    QElapsedTimer timer;
    timer.start();
    // Poll so that Cancel and the time limit are honoured while the tool works.
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        run.output += process.readAllStandardOutput();
        if (cancel && cancel->load()) {
            run.cancelled = true;
            process.kill();
            process.waitForFinished(1000);
            return run;
        }
        if (timer.elapsed() > DocReader::TimeoutMs || run.output.size() > 256 * 1024 * 1024) {
            run.timedOut = true;
            process.kill();
            process.waitForFinished(1000);
            return run;
        }
    }
    run.output += process.readAllStandardOutput();
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

// True when the first directory sector of an OLE compound file names an "EncryptedPackage"
// stream: how Office stores a password-protected .docx/.xlsx (MS-OFFCRYPTO). No tool can
// read it, so the cause is named instead of the tool's failure.
bool isEncryptedPackage(const QByteArray &data)
{
    constexpr qsizetype HeaderSize = 512;
    constexpr qsizetype EntrySize = 128;
    if (data.size() < HeaderSize)
        return false;
    const auto u16 = [&data](qsizetype at) {
        return quint32(quint8(data[at])) | quint32(quint8(data[at + 1])) << 8;
    };
    const auto u32 = [&](qsizetype at) { return u16(at) | u16(at + 2) << 16; };
    const quint32 shift = u16(0x1E);
    if (shift < 7 || shift > 16)
        return false;
    const qsizetype sectorSize = qsizetype(1) << shift;
    const quint32 firstDirectory = u32(0x30);
    if (firstDirectory >= 0xFFFFFFFAu)
        return false;
    const qint64 start = HeaderSize + qint64(firstDirectory) * sectorSize;
    QByteArray name; // UTF-16LE, without the terminator
    for (const char c : QByteArrayView("EncryptedPackage"))
        name.append(c).append('\0');
    for (qint64 at = start; at + EntrySize <= data.size() && at < start + sectorSize;
         at += EntrySize) {
        if (u16(qsizetype(at) + 0x40) == 34 && data.mid(qsizetype(at), 32) == name)
            return true;
    }
    return false;
}

} // namespace

QString DocReader::formatName() const
{
    return QStringLiteral("Word 97–2003 (DOC)");
}

QStringList DocReader::fileNamePatterns() const
{
    return {QStringLiteral("*.doc")};
}

int DocReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") ? 90 : 0;
}

DocumentReader::Result DocReader::read(const QByteArray &data, const QString &fileName,
                                       const ReadOptions &options) const
{
    Q_UNUSED(fileName);
    if (data.isEmpty())
        return failure(Error::Empty, tr("The file is empty."));
    if (isEncryptedPackage(data))
        return failure(Error::Damaged,
                       tr("The document is password-protected (encrypted); save a copy without a "
                          "password."));
    const QString antiword = QStandardPaths::findExecutable(QStringLiteral("antiword"));
    const QString catdoc = QStandardPaths::findExecutable(QStringLiteral("catdoc"));
    if (antiword.isEmpty() && catdoc.isEmpty())
        return failure(Error::Damaged,
                       tr("Reading .doc files needs antiword or catdoc: install the Debian "
                          "package antiword (or catdoc)."));
    // The tools read a file; the copy is private to this user and removed on return.
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/reportscope-XXXXXX.doc"));
    if (!copy.open() || copy.write(data) != data.size() || !copy.flush())
        return failure(Error::Damaged, tr("A temporary copy of the file could not be written."));
    copy.close();

    ToolRun run;
    QString tool;
    if (!antiword.isEmpty()) {
        tool = QStringLiteral("antiword");
        // -m UTF-8.txt: UTF-8 output; -w 0: no wrapping, one paragraph per line.
        run = runTool(antiword,
                      {QStringLiteral("-m"), QStringLiteral("UTF-8.txt"), QStringLiteral("-w"),
                       QStringLiteral("0"), copy.fileName()},
                      options.cancel);
    }
    if (!run.ok && !run.cancelled && !run.timedOut && !catdoc.isEmpty()) {
        tool = QStringLiteral("catdoc");
        run = runTool(
            catdoc,
            {QStringLiteral("-d"), QStringLiteral("utf-8"), QStringLiteral("-w"), copy.fileName()},
            options.cancel);
    }
    if (run.cancelled)
        return failure(Error::Cancelled, tr("Loading was cancelled."));
    if (run.timedOut)
        return failure(Error::Damaged, tr("%1 took longer than %2 s on this file; it was stopped.")
                                           .arg(tool)
                                           .arg(TimeoutMs / 1000));
    if (!run.ok)
        return failure(Error::Damaged,
                       tr("%1 could not read this file: it is damaged, password-protected or "
                          "not a Word document.")
                           .arg(tool));

    const QString text = QString::fromUtf8(run.output);
    SourceDocumentBuilder builder;
    int blocks = 0;
    for (QString line : text.split(u'\n')) {
        // antiword marks table cells with '|' at both ends; they become tab-free cells.
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'|') && line.endsWith(u'|') && line.size() > 1) {
            QStringList cells = line.mid(1, line.size() - 2).split(u'|');
            QList<SourceDocumentBuilder::Cell> row;
            for (const QString &c : std::as_const(cells))
                row.append({c.trimmed(), 1, 1});
            builder.addTable({row});
        } else {
            builder.addParagraph(line);
        }
        ++blocks;
    }
    if (blocks == 0)
        return failure(Error::Empty, tr("The document holds no text."));
    SourceMetadata &m = builder.metadata();
    m.formatName = formatName();
    m.encoding = QStringLiteral("UTF-8");
    m.details.append({QStringLiteral("Read with"), tool});
    Result r;
    r.document = builder.take();
    return r;
}
