#ifndef REPORTSCOPE_PDFEXPORTER_H
#define REPORTSCOPE_PDFEXPORTER_H

#include "core/report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;
class ReportDiff;

/**
 * Writes chosen sections of a report to a PDF that reads like the report: a title block,
 * every section under its heading with the report's markers, body paragraphs with CJK line
 * breaking, optionally the sections' figures as vector charts, and page numbers.
 *
 * Text is real text in WenQuanYi Micro Hei (embedded), so it can be searched and copied.
 * The file is written through QSaveFile: a failed or cancelled export leaves an existing file
 * as it was and no partial file. Labels (page numbers, header fields) come from tr() and the
 * default QLocale, i.e. from the active translation.
 */
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    enum class PageSize { A4, Letter };

    struct Options
    {
        bool includeCharts = false;  ///< charts of the exported sections' figures
        bool includeMetadata = true; ///< issuer, date and source under the title
        PageSize pageSize = PageSize::A4;
    };

    /** Called before each page is drawn with the page (from 1) and the page count; return
     *  false to cancel the export. */
    using ProgressCallback = std::function<bool(int page, int pageCount)>;

    PdfExporter();
    explicit PdfExporter(const Options &options);

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    /** Writes the sections (indexes into report.sections(), any order; each exactly, without
     *  its subsections unless they are listed too) to path. On failure returns false, leaves
     *  path as it was and sets errorString(). */
    bool exportToFile(const Report &report, const QList<int> &sections, const QString &path);
    /** The same into an open device (no atomic replace); for benchmarks and tests. */
    bool exportToDevice(const Report &report, const QList<int> &sections, QIODevice *device);

    /** The same layout painted on any paged device, e.g. a QPrinter (set it to full page:
     *  the margins are the layout's). The device's page layout gives the sheet size and its
     *  resolution the units; Options::pageSize is not used. */
    bool paintTo(const Report &report, const QList<int> &sections, QPagedPaintDevice *device);

    /** Writes what changed from report a to report b (diff computed from them): the aligned
     *  sections with their marks, the changed sentences with inserted and deleted text
     *  marked, and the table of indicator changes. Atomic like exportToFile. */
    bool exportDiffToFile(const Report &a, const Report &b, const ReportDiff &diff,
                          const QString &path);
    /** The same into an open device. */
    bool exportDiffToDevice(const Report &a, const Report &b, const ReportDiff &diff,
                            QIODevice *device);

    /** Why the last export failed, naming the file; empty after a success. */
    QString errorString() const { return m_errorString; }
    /** Pages written by the last successful export. */
    int pageCount() const { return m_pageCount; }

    /** The font family of the PDF: it covers the reports' characters and embeds cleanly,
     *  so that text extraction gives back the same characters. */
    static QString fontFamily();
    /** "A4" or "Letter" (case-insensitive); ok is false for anything else. */
    static PageSize pageSizeFromName(const QString &name, bool *ok = nullptr);
    static QString pageSizeName(PageSize size);

private:
    struct Layout;

    bool renderPdf(const Report &report, const QList<int> &sections, QIODevice *device,
                   const QString &name);
    bool render(const Report &report, const QList<int> &sections, QPagedPaintDevice *device,
                const QString &name);
    bool renderDiff(const Report &a, const Report &b, const ReportDiff &diff,
                    QPagedPaintDevice *device, const QString &name);
    bool paintLayout(Layout &layout, QPagedPaintDevice *device, const QString &name);
    /** Opens path through QSaveFile, has write() fill it (device, name for messages) and
     *  commits; errors name the file. */
    bool writeAtomically(const QString &path,
                         const std::function<bool(QIODevice *, const QString &)> &write);
    /** A QPdfWriter on device with the page size, creator and title set. */
    std::unique_ptr<QPdfWriter> pdfWriter(QIODevice *device, const QString &title) const;

    Options m_options;
    ProgressCallback m_progress;
    QString m_errorString;
    int m_pageCount = 0;
};

#endif // REPORTSCOPE_PDFEXPORTER_H
