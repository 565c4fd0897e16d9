#include "import/popplerpdfreader.h"

#include "core/cjkcompatibilityfolder.h"
#include "core/linebuilder.h"
#include "core/pagefurniture.h"
#include "core/paragraphjoiner.h"
#include "core/positionaltablebuilder.h"
#include "core/sourcedocumentbuilder.h"
#include "import/pageocr.h"
#include "import/pdfreader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMap>
#include <QMutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <poppler-toc.h>

#include <dlfcn.h>

#include <memory>

namespace {

DocumentReader::Result failure(DocumentReader::Error error, const QString &message)
{
    DocumentReader::Result r;
    r.error = error;
    r.errorMessage = message;
    return r;
}

QString fromUstring(const poppler::ustring &u)
{
    const poppler::byte_array bytes = u.to_utf8();
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// Bold faces say so in their names; 黑体 (SimHei) is the bold face of Chinese documents.
bool isBoldFont(const std::string &name)
{
    const QByteArray n = QByteArray::fromStdString(name);
    return n.contains("Bold") || n.contains("bold") || n.contains("Black") || n.contains("Heavy") ||
           n.contains("SimHei") || n.contains("\xE9\xBB\x91\xE4\xBD\x93") ||
           n.contains("\xBA\xDA\xCC\xE5"); // 黑体 in UTF-8 and in GBK
}

void ignorePopplerMessage(const std::string &, void *) {}

struct Page
{
    int number = 0;
    double height = 0;
    bool ocr = false;
    QList<LayoutLine> lines;
};

void collectOutline(const poppler::toc_item *item, int depth, QHash<QString, int> &titles)
{
    for (const poppler::toc_item *child : item->children()) {
        const QString key =
            PageFurniture::key(CjkCompatibilityFolder::fold(fromUstring(child->title())));
        if (!key.isEmpty() && !titles.contains(key))
            titles.insert(key, depth);
        if (depth < 8)
            collectOutline(child, depth + 1, titles);
    }
}

// A new OCR engine from the module reportscope_ocr beside this one, or null when that module
// is missing or does not load. The module stays loaded once opened.
std::unique_ptr<PageOcr> openOcr()
{
    using Entry = PageOcr *(*)();
    static QMutex mutex;
    static Entry entry = nullptr;
    const QMutexLocker lock(&mutex);
    if (!entry) {
        Dl_info info{};
        if (::dladdr(reinterpret_cast<void *>(&openOcr), &info) == 0 || !info.dli_fname)
            return nullptr;
        const QString file = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath() +
                             QStringLiteral("/reportscope_ocr.so");
        static QLibrary library; // never unloaded: engines may outlive a read
        library.setFileName(file);
        entry = reinterpret_cast<Entry>(library.resolve("reportscope_ocr"));
        if (!entry)
            return nullptr;
    }
    return std::unique_ptr<PageOcr>(entry());
}

double roundedSize(double size)
{
    return qRound(size * 2) / 2.0;
}

} // namespace

QString PopplerPdfReader::formatName() const
{
    return QStringLiteral("PDF");
}

QStringList PopplerPdfReader::fileNamePatterns() const
{
    return {QStringLiteral("*.pdf")};
}

int PopplerPdfReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    return PdfReader::scoreHead(head);
}

DocumentReader::Result PopplerPdfReader::read(const QByteArray &data, const QString &fileName,
                                              const ReadOptions &options) const
{
    Q_UNUSED(fileName);
    static const bool silenced = [] {
        // Poppler reports every repaired xref entry on stderr; the reader reports the outcome.
        poppler::set_debug_error_function(&ignorePopplerMessage, nullptr);
        return true;
    }();
    Q_UNUSED(silenced);
    const auto cancelled = [&options] { return options.cancel && options.cancel->load(); };

    if (data.isEmpty())
        return failure(Error::Empty, tr("The file is empty."));
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data.constData(), int(data.size())));
    if (!doc)
        return failure(Error::Damaged, tr("The PDF is damaged: its structure cannot be read."));
    if (doc->is_locked())
        return failure(Error::Damaged,
                       tr("The PDF is password-protected; save a copy without a password."));
    const int pageCount = doc->pages();
    if (pageCount <= 0)
        return failure(Error::Empty, tr("The PDF has no pages."));

    QHash<QString, int> outline;
    if (const std::unique_ptr<poppler::toc> toc(doc->create_toc()); toc && toc->root())
        collectOutline(toc->root(), 1, outline);

    // Read every page into lines first: running headers and the body font are judged over
    // the whole document.
    std::unique_ptr<PageOcr> ocr;
    bool ocrMissing = false;
    double ocrConfidenceSum = 0;
    int ocrPages = 0;
    QList<Page> pages;
    pages.reserve(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        if (cancelled())
            return failure(Error::Cancelled, tr("Loading was cancelled."));
        Page page;
        page.number = p + 1;
        const std::unique_ptr<poppler::page> pdfPage(doc->create_page(p));
        if (!pdfPage) {
            pages.append(page);
            continue;
        }
        page.height = pdfPage->page_rect().height();
        QList<LayoutWord> words;
        qsizetype chars = 0;
        for (const poppler::text_box &box :
             pdfPage->text_list(poppler::page::text_list_include_font)) {
            LayoutWord w;
            w.text = CjkCompatibilityFolder::fold(fromUstring(box.text()));
            const poppler::rectf r = box.bbox();
            w.x = r.x();
            w.y = r.y();
            w.width = r.width();
            w.height = r.height();
            if (box.has_font_info()) {
                w.fontSize = box.get_font_size();
                w.bold = isBoldFont(box.get_font_name());
            }
            w.spaceAfter = box.has_space_after();
            chars += w.text.trimmed().size();
            words.append(w);
        }
        if (chars == 0 && options.ocr) {
            // No text layer: a scan. Render the page grey and read it.
            if (!ocr && !ocrMissing) {
                ocr = openOcr();
                ocrMissing = !ocr || !ocr->isReady();
            }
            if (ocr && ocr->isReady()) {
                poppler::page_renderer renderer;
                renderer.set_image_format(poppler::image::format_gray8);
                renderer.set_render_hints(poppler::page_renderer::antialiasing |
                                          poppler::page_renderer::text_antialiasing);
                const poppler::image image =
                    renderer.render_page(pdfPage.get(), PdfReader::OcrDpi, PdfReader::OcrDpi);
                if (image.is_valid()) {
                    words = ocr->recognize(
                        reinterpret_cast<const unsigned char *>(image.const_data()), image.width(),
                        image.height(), image.bytes_per_row(), PdfReader::OcrDpi, options.cancel);
                    for (LayoutWord &w : words)
                        w.text = CjkCompatibilityFolder::fold(w.text);
                }
                page.ocr = true;
                ++ocrPages;
            }
        }
        page.lines = LineBuilder::build(std::move(words));
        if (page.ocr) {
            double sum = 0;
            qsizetype n = 0;
            for (const LayoutLine &l : std::as_const(page.lines)) {
                if (l.confidence >= 0) {
                    sum += l.confidence * l.text.size();
                    n += l.text.size();
                }
            }
            ocrConfidenceSum += n > 0 ? sum / n : 0;
        }
        pages.append(page);
        if (options.progress)
            options.progress(int(100LL * (p + 1) / pageCount));
    }
    if (cancelled())
        return failure(Error::Cancelled, tr("Loading was cancelled."));

    // Running headers and footers, page numbers: only among the first and last lines of a
    // page, within its top and bottom fifth, so that a table cell "1" stays.
    const auto isEdge = [](const Page &page, qsizetype i) {
        const LayoutLine &l = page.lines.at(i);
        const bool top = i < 2 && (page.height <= 0 || l.y < page.height * 0.2);
        const bool bottom =
            i >= page.lines.size() - 2 && (page.height <= 0 || l.y > page.height * 0.8);
        return top || bottom;
    };
    QList<QStringList> edgeLines;
    for (const Page &page : std::as_const(pages)) {
        QStringList edge;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            if (isEdge(page, i))
                edge.append(page.lines.at(i).text);
        }
        edgeLines.append(edge);
    }
    const QSet<QString> repeated = PageFurniture::repeatedKeys(edgeLines);
    QMap<double, qsizetype> sizeChars; // font size → characters set in it
    for (Page &page : pages) {
        QList<LayoutLine> kept;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const LayoutLine &l = page.lines.at(i);
            if (isEdge(page, i) && (PageFurniture::isPageNumber(l.text) ||
                                    repeated.contains(PageFurniture::key(l.text))))
                continue;
            kept.append(l);
            sizeChars[roundedSize(l.fontSize)] += l.text.size();
        }
        page.lines = kept;
    }
    double bodySize = 0;
    qsizetype most = 0;
    for (auto it = sizeChars.cbegin(); it != sizeChars.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            bodySize = it.key();
        }
    }
    // Heading levels from font sizes above the body's, largest first; bold at body size next.
    QList<double> headingSizes;
    for (auto it = sizeChars.cbegin(); it != sizeChars.cend(); ++it) {
        if (bodySize > 0 && it.key() >= bodySize * 1.15)
            headingSizes.prepend(it.key());
    }

    SourceDocumentBuilder builder;
    QHash<QPair<int, int>, double> confidences; // (page, y in tenths) → OCR confidence
    const auto positionOf = [](int page, double x, double y, double w, double h) {
        SourcePosition pos;
        pos.page = page;
        pos.x = x;
        pos.y = y;
        pos.width = w;
        pos.height = h;
        return pos;
    };
    const auto emitParagraph = [&](const ParagraphJoiner::Paragraph &para, int pageNumber) {
        const SourcePosition pos = positionOf(pageNumber, para.x, para.y, para.width, para.height);
        if (para.confidence >= 0)
            confidences.insert({pageNumber, qRound(para.y * 10)}, para.confidence);
        const QString key = PageFurniture::key(para.text);
        if (outline.contains(key)) {
            builder.addHeadingHint(para.text, outline.value(key), pos);
            return;
        }
        const bool larger = bodySize > 0 && para.fontSize >= bodySize * 1.15;
        if (para.confidence < 0 && (larger || para.bold) && para.text.size() <= 40 &&
            para.lineCount <= 2 && !ParagraphJoiner::endsSentence(para.text)) {
            int level = int(headingSizes.size()) + 1;
            for (int k = 0; k < headingSizes.size(); ++k) {
                if (roundedSize(para.fontSize) >= headingSizes.at(k)) {
                    level = k + 1;
                    break;
                }
            }
            builder.addHeadingHint(para.text, level, pos);
            return;
        }
        builder.addParagraph(para.text, pos);
    };

    // A paragraph is held back until the next block shows whether it runs on over the page.
    std::optional<ParagraphJoiner::Paragraph> pending;
    int pendingPage = 0;
    // A table is held back too: one that opens the next page with as many columns (and no
    // header of its own) continues it, so its rows keep the column headers.
    QList<QList<SourceDocumentBuilder::Cell>> tableRows;
    QList<SourcePosition> tablePositions;
    int tableColumns = 0;
    int tablePage = 0;
    PositionalTableBuilder::Table lastTable; // the last part of it, for its open row headers
    const auto flushTable = [&] {
        if (!tableRows.isEmpty())
            builder.addTable(tableRows, tablePositions);
        tableRows.clear();
        tablePositions.clear();
        tableColumns = 0;
    };
    const auto flushParagraph = [&] {
        if (pending)
            emitParagraph(*pending, pendingPage);
        pending.reset();
    };
    const auto flush = [&] {
        flushTable();
        flushParagraph();
    };
    for (const Page &page : std::as_const(pages)) {
        const QList<PositionalTableBuilder::Table> tables =
            PositionalTableBuilder::find(page.lines);
        qsizetype next = 0;
        const auto emitText = [&](qsizetype from, qsizetype to) {
            if (to <= from)
                return;
            flushTable();
            const QList<ParagraphJoiner::Paragraph> paragraphs =
                ParagraphJoiner::join(page.lines.mid(from, to - from));
            for (const ParagraphJoiner::Paragraph &para : paragraphs) {
                if (pending && pendingPage < page.number && pending->runsOn && para.flushStart &&
                    qAbs(pending->fontSize - para.fontSize) < 0.5 && pending->bold == para.bold) {
                    pending->text = LineBuilder::join(pending->text, para.text, true);
                    pending->runsOn = para.runsOn;
                    pending->lineCount += para.lineCount;
                    continue;
                }
                // A title set in two centred lines of one large size is one title.
                if (pending && pendingPage == page.number && bodySize > 0 &&
                    pending->fontSize >= bodySize * 1.3 &&
                    qAbs(pending->fontSize - para.fontSize) < 0.5 && pending->lineCount == 1 &&
                    para.lineCount == 1 &&
                    para.y - (pending->y + pending->height) < pending->fontSize) {
                    pending->text = LineBuilder::join(pending->text, para.text, true);
                    const double right = qMax(pending->x + pending->width, para.x + para.width);
                    pending->x = qMin(pending->x, para.x);
                    pending->width = right - pending->x;
                    pending->height = para.y + para.height - pending->y;
                    pending->lineCount = 2;
                    continue;
                }
                flush();
                pending = para;
                pendingPage = page.number;
            }
        };
        for (const PositionalTableBuilder::Table &table : tables) {
            emitText(next, table.firstLine);
            flushParagraph();
            QList<SourcePosition> rowPositions;
            for (qsizetype line : table.rowLines) {
                const LayoutLine &l = page.lines.at(line);
                rowPositions.append(positionOf(page.number, l.x, l.y, l.width, l.height));
            }
            const bool continues = !tableRows.isEmpty() && next == 0 && table.firstLine == 0 &&
                                   table.headerLines == 0 && tablePage + 1 == page.number &&
                                   table.columns == tableColumns;
            if (!continues)
                flushTable();
            PositionalTableBuilder::Table joined = table;
            if (continues)
                PositionalTableBuilder::continueTable(&joined, lastTable);
            tableRows.append(joined.rows);
            lastTable = joined;
            tablePositions.append(rowPositions);
            tableColumns = table.columns;
            tablePage = page.number;
            next = table.lastLine + 1;
        }
        emitText(next, page.lines.size());
    }
    flush();

    SourceMetadata &meta = builder.metadata();
    meta.formatName = formatName();
    meta.pageCount = pageCount;
    meta.title = CjkCompatibilityFolder::fold(fromUstring(doc->get_title())).trimmed();
    meta.author = fromUstring(doc->info_key("Author")).trimmed();
    const auto isoDate = [&doc](const char *key) {
        const time_t t = doc->info_date_t(key);
        return t > 0 ? QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC).toString(Qt::ISODate)
                     : QString();
    };
    meta.created = isoDate("CreationDate");
    meta.modified = isoDate("ModDate");
    for (const char *key : {"Creator", "Producer"}) {
        const QString value = fromUstring(doc->info_key(key)).trimmed();
        if (!value.isEmpty())
            meta.details.append({QString::fromLatin1(key), value});
    }
    meta.ocrPages = ocrPages;
    meta.ocrConfidence = ocrPages > 0 ? ocrConfidenceSum / ocrPages : -1;

    Result r;
    r.document = builder.take();
    if (!confidences.isEmpty()) {
        QList<SourceBlock> blocks = r.document.blocks();
        for (SourceBlock &b : blocks) {
            b.ocrConfidence = confidences.value({b.position.page, qRound(b.position.y * 10)}, -1);
        }
        r.document.setBlocks(std::move(blocks));
    }
    if (r.document.blocks().isEmpty()) {
        if (ocrMissing)
            return failure(Error::Empty,
                           tr("The PDF has no text layer and OCR is not available (Tesseract "
                              "with Chinese data is not installed)."));
        return failure(Error::Empty, tr("The PDF holds no text."));
    }
    return r;
}

extern "C" Q_DECL_EXPORT const DocumentReader *reportscope_reader()
{
    static const PopplerPdfReader reader;
    return &reader;
}
