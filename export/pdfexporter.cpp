#include "export/pdfexporter.h"

#include "export/exportselection.h"

#include "core/documentmodel.h"
#include "core/reportdiff.h"
#include "export/figurechartbuilder.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// Device units per inch. High, so that glyph advances need no rounding.
constexpr int Resolution = 1200;
constexpr qreal MillimetresPerInch = 25.4;
constexpr qreal PointsPerInch = 72;

// Page margins in millimetres: roomy, like a printed report, with space for the footer.
constexpr qreal MarginTop = 25;
constexpr qreal MarginBottom = 25;
constexpr qreal MarginLeft = 25;
constexpr qreal MarginRight = 25;

// A chart with more bars than this keeps its largest ones: it must fit a page and stay legible.
constexpr int MaxBarsPerChart = 24;
// Charts with at most this many bars are set two to a row: a lone bar needs no full width.
constexpr int SmallChartBars = 3;

struct Style
{
    qreal size = 11; ///< points
    bool bold = false;
    QColor color = Qt::black;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal spaceBefore = 0;   ///< points
    qreal spaceAfter = 0;    ///< points
    qreal firstIndent = 0;   ///< em
    qreal lineSpacing = 1.5; ///< line advance in multiples of the font size
    // Tables
    QList<qreal> tabs;       ///< tab stops, device units
    qreal hangingIndent = 0; ///< device units: where the second and later lines start
};

// Printed on white: black text, grey for secondary lines.
const QColor SecondaryText(0x55, 0x55, 0x55);

Style titleStyle()
{
    return {19, true, Qt::black, Qt::AlignHCenter, 0, 6, 0, 1.4, {}, 0};
}
Style subtitleStyle()
{
    return {12, false, QColor(0x33, 0x33, 0x33), Qt::AlignHCenter, 0, 4, 0, 1.45, {}, 0};
}
Style metadataStyle()
{
    return {9.5, false, SecondaryText, Qt::AlignHCenter, 0, 0, 0, 1.55, {}, 0};
}
// Body text: justified, first line indented by two characters as Chinese prose is set.
Style bodyStyle()
{
    return {11, false, Qt::black, Qt::AlignJustify, 0, 2, 2, 1.7, {}, 0};
}
// Rows of a table in the report (cells separated by tabs): left-aligned, columns on tab stops.
Style tableStyle()
{
    return {10.5, false, Qt::black, Qt::AlignLeft, 0, 1, 0, 1.5, {}, 0};
}
// A list item the source marks as such: body size, hanging under its first line, deeper
// levels further in.
Style listItemStyle(int level)
{
    Style style = bodyStyle();
    style.alignment = Qt::AlignLeft;
    style.firstIndent = 2 * qMax(1, level);
    return style;
}
Style captionStyle()
{
    return {9.5, true, QColor(0x44, 0x44, 0x44), Qt::AlignLeft, 10, 4, 0, 1.45, {}, 0};
}
constexpr qreal FooterSize = 8.5;

// Headings get smaller with depth; items numbered inside a paragraph in the report
// (一是, 第一, ①, ——) read as bold lead lines at body size, indented like the body.
Style headingStyle(const Section &section)
{
    const bool runIn =
        section.kind == Section::Kind::Enumeration || section.kind == Section::Kind::Ordinal ||
        section.kind == Section::Kind::Circled || section.kind == Section::Kind::Dash;
    if (runIn || section.level >= 4)
        return {11, true, Qt::black, Qt::AlignLeft, 6, 2, 2, 1.6, {}, 0};
    switch (section.level) {
    case 1:
        return {15, true, Qt::black, Qt::AlignLeft, 16, 6, 0, 1.45, {}, 0};
    case 2:
        return {13, true, Qt::black, Qt::AlignLeft, 12, 4, 0, 1.5, {}, 0};
    default:
        return {11.5, true, Qt::black, Qt::AlignLeft, 8, 3, 0, 1.55, {}, 0};
    }
}

QFont pdfFont(qreal pointSize, bool bold)
{
    QFont font(PdfExporter::fontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Outlines at the device resolution: advances must not be rounded to a screen grid.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Charts are printed: white ground, black labels, a muted blue that survives greyscale.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0x88, 0x88, 0x88));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0x8c));
    return palette;
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid())
        return iso;
    //: Date format of the PDF header (QDate::toString pattern); Chinese: yyyy年M月d日
    return QLocale().toString(date, PdfExporter::tr("d MMMM yyyy"));
}

} // namespace

/** The laid-out document: blocks in reading order, then placed on pages. */
struct PdfExporter::Layout
{
    struct ChartCell
    {
        int group = -1;   ///< index into groups
        QSizeF sceneSize; ///< chart size in scene (screen) pixels
        qreal scale = 1;  ///< device units per scene pixel
        qreal x = 0;      ///< offset from the left margin
    };

    struct Block
    {
        enum class Kind { Text, Chart, Rule };
        Kind kind = Kind::Text;
        std::unique_ptr<QTextLayout> layout;
        QColor color = Qt::black;
        QList<qreal> lineTops; ///< top of each line, then the height: lineCount() + 1 values
        qreal height = 0;
        qreal spaceBefore = 0;
        qreal spaceAfter = 0;
        bool keepWithNext = false; ///< headings: never alone at the bottom of a page
        bool keepTogether = false; ///< headings, title lines, charts: never split
        QList<ChartCell> charts;   ///< one chart, or two small ones side by side

        int lineCount() const { return int(lineTops.size()) - 1; }
    };

    /** Lines [firstLine, endLine) of a block at y on a page. */
    struct Piece
    {
        int block = 0;
        int firstLine = 0;
        int endLine = 0;
        qreal y = 0;
    };

    QPaintDevice *device = nullptr;
    qreal unitsPerPoint = Resolution / PointsPerInch;
    QRectF body; ///< the text area of a page, device units
    qreal pageWidth = 0;
    qreal pageHeight = 0;
    std::vector<Block> blocks;
    QList<FigureChartBuilder::Group> groups;
    QList<QList<Piece>> pages;
    FigureChartBuilder chartBuilder{printPalette(), pdfFont(8.5, false)};

    qreal pt(qreal points) const { return points * unitsPerPoint; }

    void
    addText(const QString &text, const Style &style, bool keepWithNext = false,
            bool keepTogether = false,
            const QList<QTextLayout::FormatRange> &formats = QList<QTextLayout::FormatRange>());
    /** The page geometry of device: units, sheet and text area. */
    void setDevice(QPagedPaintDevice *pagedDevice);
    /** Rows of cells as a table with columns aligned on tab stops. */
    void addTable(const QList<QStringList> &rows);
    void addRule();
    /** One chart across the text width, or two small ones side by side. */
    void addCharts(const QList<FigureChartBuilder::Group> &row);
    /** Device units per scene pixel at which chart labels print at their point size. */
    qreal chartScale() const;
    /** Scene width below which Qt Charts would cut off the group's category labels. */
    qreal minimumChartWidth(const FigureChartBuilder::Group &group) const;
    qreal chartCellWidth(int cells) const;
    /** Height a block needs at the bottom of a page before it may break there. */
    qreal minimumStart(int block) const;
    void paginate();
    void paintChart(QPainter *painter, const ChartCell &cell, const QPointF &topLeft) const;
};

void PdfExporter::Layout::addText(const QString &text, const Style &style, bool keepWithNext,
                                  bool keepTogether, const QList<QTextLayout::FormatRange> &formats)
{
    Block b;
    b.kind = Block::Kind::Text;
    b.color = style.color;
    b.keepWithNext = keepWithNext;
    b.keepTogether = keepTogether || keepWithNext;
    b.spaceBefore = pt(style.spaceBefore);
    b.spaceAfter = pt(style.spaceAfter);
    b.layout = std::make_unique<QTextLayout>(text, pdfFont(style.size, style.bold), device);
    QTextOption option(style.alignment);
    // Qt's line breaker follows UAX #14: breaks between ideographs, never before "，。）".
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (text.contains(QLatin1Char('\t'))) {
        // QTextLayout takes tab positions in screen pixels and scales them to the device.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const qreal screenDpi = screen ? qRound(screen->logicalDotsPerInchY()) : 100;
        const qreal perPixel = device->logicalDpiY() / screenDpi;
        QList<QTextOption::Tab> tabs;
        for (qreal position : style.tabs)
            tabs.append(QTextOption::Tab(position / perPixel, QTextOption::LeftTab));
        option.setTabs(tabs);
        option.setTabStopDistance(pt(style.size * 2) / perPixel);
    }
    b.layout->setTextOption(option);
    b.layout->setCacheEnabled(true);
    if (!formats.isEmpty())
        b.layout->setFormats(formats);

    const qreal size = pt(style.size);
    const qreal advance = size * style.lineSpacing;
    const qreal indent = size * style.firstIndent;
    qreal y = 0;
    b.layout->beginLayout();
    for (QTextLine line = b.layout->createLine(); line.isValid(); line = b.layout->createLine()) {
        const bool first = line.lineNumber() == 0;
        const qreal x = first ? indent : style.hangingIndent;
        line.setLineWidth(body.width() - x);
        // The glyphs sit in the middle of the line advance: equal leading above and below.
        line.setPosition(QPointF(x, y + qMax(0.0, (advance - line.height()) / 2)));
        b.lineTops.append(y);
        y += qMax(advance, line.height());
    }
    b.layout->endLayout();
    b.lineTops.append(y);
    b.height = y;
    blocks.push_back(std::move(b));
}

void PdfExporter::Layout::addTable(const QList<QStringList> &table)
{
    Style style = tableStyle();
    const QFontMetricsF metrics(pdfFont(style.size, style.bold), device);
    const qreal gap = pt(style.size * 1.5);
    QList<qreal> widths;
    for (const QStringList &cells : table) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c >= widths.size())
                widths.append(0);
            widths[c] = qMax(widths.at(c), metrics.horizontalAdvance(cells.at(c)));
        }
    }
    // A stop after each column but the last, which wraps under itself. Columns too wide for
    // the page keep only the first stop; later cells follow at two-character tab stops.
    qreal x = 0;
    for (int c = 0; c + 1 < widths.size(); ++c) {
        x += widths.at(c) + gap;
        style.tabs.append(x);
    }
    if (x > body.width() * 0.7)
        style.tabs = widths.size() > 1 && widths.first() + gap < body.width() * 0.3
                         ? QList<qreal>{widths.first() + gap}
                         : QList<qreal>();
    // A cell that wraps goes on under the last column.
    style.hangingIndent = style.tabs.isEmpty() ? 0 : style.tabs.last();
    for (const QStringList &cells : table)
        addText(cells.join(QLatin1Char('\t')), style);
}

void PdfExporter::Layout::setDevice(QPagedPaintDevice *pagedDevice)
{
    // Painted from the sheet's top-left corner in the device's own units: 1200 dpi for our
    // PDF, whatever the printer driver gives for a printer (set to full-page by the caller).
    device = pagedDevice;
    const qreal resolution =
        pagedDevice->logicalDpiY() > 0 ? pagedDevice->logicalDpiY() : Resolution;
    unitsPerPoint = resolution / PointsPerInch;
    const qreal unitsPerMm = resolution / MillimetresPerInch;
    const QSizeF sheet =
        pagedDevice->pageLayout().fullRect(QPageLayout::Millimeter).size() * unitsPerMm;
    pageWidth = sheet.width();
    pageHeight = sheet.height();
    body = QRectF(MarginLeft * unitsPerMm, MarginTop * unitsPerMm,
                  sheet.width() - (MarginLeft + MarginRight) * unitsPerMm,
                  sheet.height() - (MarginTop + MarginBottom) * unitsPerMm);
}

void PdfExporter::Layout::addRule()
{
    Block b;
    b.kind = Block::Kind::Rule;
    b.keepTogether = true;
    b.spaceBefore = pt(8);
    b.spaceAfter = pt(10);
    b.height = pt(1);
    b.lineTops = {0, b.height};
    blocks.push_back(std::move(b));
}

void PdfExporter::Layout::addCharts(const QList<FigureChartBuilder::Group> &row)
{
    Block b;
    b.kind = Block::Kind::Chart;
    b.keepTogether = true;
    b.spaceBefore = pt(6);
    b.spaceAfter = pt(10);
    const QFont font = chartBuilder.font();
    const qreal gap = pt(14);
    const qreal cellWidth = chartCellWidth(int(row.size()));
    for (int i = 0; i < row.size(); ++i) {
        const FigureChartBuilder::Group &group = row.at(i);
        ChartCell cell;
        cell.group = int(groups.size());
        groups.append(group);
        cell.scale = chartScale();
        cell.x = i * (cellWidth + gap);
        // A value axis in 万 or 亿 keeps its title, which needs a line more than the builder
        // plans for; other units are in the chart title already (see paintChart()).
        qreal height = chartBuilder.preferredHeight(group);
        if (group.scale != 1)
            height += QFontMetricsF(font).height() * 1.5;
        // Long labels: a wider scene, drawn smaller, rather than labels cut off.
        const qreal width = qMax(cellWidth / cell.scale, minimumChartWidth(group));
        cell.scale = qMin(cell.scale, cellWidth / width);
        // Never taller than a page: smaller again rather than clipped.
        const qreal maxHeight = body.height() * 0.9;
        if (height * cell.scale > maxHeight)
            cell.scale = maxHeight / height;
        cell.sceneSize = QSizeF(width, height);
        cell.x += (cellWidth - width * cell.scale) / 2;
        b.height = qMax(b.height, height * cell.scale);
        b.charts.append(cell);
    }
    b.lineTops = {0, b.height};
    blocks.push_back(std::move(b));
}

qreal PdfExporter::Layout::chartScale() const
{
    // Chart items lay out text at the screen's resolution: one scene pixel is as many device
    // units as the chart font is larger on the device, so labels print at their point size.
    const QFont font = chartBuilder.font();
    const qreal screenHeight = QFontMetricsF(font).height();
    return screenHeight > 0 ? QFontMetricsF(font, device).height() / screenHeight
                            : unitsPerPoint * 0.75;
}

qreal PdfExporter::Layout::minimumChartWidth(const FigureChartBuilder::Group &group) const
{
    // Qt Charts gives the category axis at most 40% of the chart's width and lets longer
    // labels run off its left edge; leave room for ticks, margins and rounding.
    const QFontMetricsF metrics(chartBuilder.font());
    qreal widest = 0;
    for (const QString &category : group.categories)
        widest = qMax(widest, metrics.horizontalAdvance(category));
    return (widest + metrics.height() * 2) / 0.36;
}

qreal PdfExporter::Layout::chartCellWidth(int cells) const
{
    const qreal gap = pt(14);
    return (body.width() - gap * qreal(cells - 1)) / qreal(cells);
}

void PdfExporter::Layout::paintChart(QPainter *painter, const ChartCell &cell,
                                     const QPointF &topLeft) const
{
    const FigureChartBuilder::Group &group = groups.at(cell.group);
    // Drawn through a scene straight into the PDF painter: vector, not an image.
    QGraphicsScene scene;
    QChart *chart = chartBuilder.createChart(group);
    scene.addItem(chart); // the scene owns it
    if (group.scale == 1) {
        const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
        for (QAbstractAxis *axis : axes)
            axis->setTitleVisible(false);
    }
    const QRectF sceneRect(QPointF(0, 0), cell.sceneSize);
    chart->setGeometry(sceneRect);
    chart->layout()->activate();
    scene.setSceneRect(sceneRect);
    const QRectF target(topLeft + QPointF(cell.x, 0), cell.sceneSize * cell.scale);
    scene.render(painter, target, sceneRect, Qt::IgnoreAspectRatio);
}

qreal PdfExporter::Layout::minimumStart(int index) const
{
    const Block &b = blocks.at(size_t(index));
    if (b.keepTogether || b.kind != Block::Kind::Text)
        return b.height;
    // Two lines of a paragraph under its heading; all of one with three lines or fewer, which
    // paginate() never splits (it would leave a single line on one of the pages).
    const int lines = b.lineCount();
    return b.lineTops.at(lines <= 3 ? lines : 2);
}

void PdfExporter::Layout::paginate()
{
    pages.clear();
    pages.append(QList<Piece>());
    const qreal top = body.top();
    const qreal bottom = body.bottom();
    qreal y = top;
    const auto newPage = [&] {
        pages.append(QList<Piece>());
        y = top;
    };

    for (int i = 0; i < int(blocks.size()); ++i) {
        const Block &b = blocks.at(size_t(i));
        if (y > top)
            y += b.spaceBefore;
        if (b.keepTogether) {
            qreal need = b.height;
            if (b.keepWithNext && i + 1 < int(blocks.size())) {
                // The heading, any headings right after it, and the start of what follows.
                need += b.spaceAfter;
                int j = i + 1;
                qreal chain = need;
                for (; j < int(blocks.size()) && blocks.at(size_t(j)).keepWithNext; ++j) {
                    const Block &next = blocks.at(size_t(j));
                    chain += next.spaceBefore + next.height + next.spaceAfter;
                }
                if (j < int(blocks.size()))
                    chain += blocks.at(size_t(j)).spaceBefore + minimumStart(j);
                // A run of headings longer than half a page (an outline without text) cannot
                // stay together: then each heading stays with the next block only.
                const Block &next = blocks.at(size_t(i + 1));
                need = chain <= body.height() / 2
                           ? chain
                           : need + next.spaceBefore +
                                 (next.keepWithNext ? next.height : minimumStart(i + 1));
            }
            if (y + need > bottom && y > top)
                newPage();
            pages.last().append({i, 0, b.lineCount(), y});
            y += b.height + b.spaceAfter;
            continue;
        }

        const int lines = b.lineCount();
        int line = 0;
        while (line < lines) {
            int fit = 0;
            while (line + fit < lines &&
                   y + b.lineTops.at(line + fit + 1) - b.lineTops.at(line) <= bottom + 0.5)
                ++fit;
            const int remaining = lines - line;
            if (fit >= remaining) {
                pages.last().append({i, line, lines, y});
                y += b.lineTops.at(lines) - b.lineTops.at(line);
                break;
            }
            // No single last line at the top of the next page (widow) ...
            if (remaining - fit < 2)
                fit = remaining - 2;
            // ... and no single first line at the bottom of this one (orphan).
            if (fit < 2 && y > top) {
                newPage();
                continue;
            }
            fit = qMax(1, fit);
            pages.last().append({i, line, line + fit, y});
            line += fit;
            newPage();
        }
        y += b.spaceAfter;
    }
    if (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();
}

PdfExporter::PdfExporter() = default;

PdfExporter::PdfExporter(const Options &options) : m_options(options) {}

QString PdfExporter::fontFamily()
{
    return QStringLiteral("WenQuanYi Micro Hei");
}

PdfExporter::PageSize PdfExporter::pageSizeFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = n == QLatin1String("a4") || n == QLatin1String("letter");
    return n == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
}

QString PdfExporter::pageSizeName(PageSize size)
{
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

bool PdfExporter::exportToFile(const Report &report, const QList<int> &sections,
                               const QString &path)
{
    return writeAtomically(path, [&](QIODevice *device, const QString &name) {
        return renderPdf(report, sections, device, name);
    });
}

bool PdfExporter::writeAtomically(const QString &path,
                                  const std::function<bool(QIODevice *, const QString &)> &write)
{
    m_errorString.clear();
    m_pageCount = 0;
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(path).isDir()) {
        m_errorString = tr("Cannot write “%1”: it is a folder.").arg(name);
        return false;
    }
    // QSaveFile would refuse it with a message that repeats the path.
    if (QFileInfo::exists(path) && !QFileInfo(path).isWritable()) {
        m_errorString =
            tr("Cannot write “%1”: Permission denied (the file is read-only).").arg(name);
        return false;
    }
    // Written to a temporary file beside the target and renamed over it only when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("Cannot write “%1”: %2").arg(name, file.errorString());
        return false;
    }
    if (!write(&file, name)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_errorString = tr("Cannot write “%1”: %2").arg(name, file.errorString());
        m_pageCount = 0;
        return false;
    }
    return true;
}

bool PdfExporter::exportToDevice(const Report &report, const QList<int> &sections,
                                 QIODevice *device)
{
    m_errorString.clear();
    m_pageCount = 0;
    return renderPdf(report, sections, device, tr("the output"));
}

bool PdfExporter::paintTo(const Report &report, const QList<int> &sections,
                          QPagedPaintDevice *device)
{
    m_errorString.clear();
    m_pageCount = 0;
    return render(report, sections, device, tr("the printer"));
}

std::unique_ptr<QPdfWriter> PdfExporter::pdfWriter(QIODevice *device, const QString &title) const
{
    auto writer = std::make_unique<QPdfWriter>(device);
    writer->setResolution(Resolution);
    writer->setCreator(
        QCoreApplication::applicationVersion().isEmpty()
            ? QStringLiteral("ReportScope")
            : QStringLiteral("ReportScope %1").arg(QCoreApplication::applicationVersion()));
    writer->setTitle(title);
    // The page is the whole sheet; margins are ours, so the footer can sit inside the bottom one.
    const QPageSize pageSize(m_options.pageSize == PageSize::Letter ? QPageSize::Letter
                                                                    : QPageSize::A4);
    writer->setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
    return writer;
}

bool PdfExporter::renderPdf(const Report &report, const QList<int> &sections, QIODevice *device,
                            const QString &name)
{
    const std::unique_ptr<QPdfWriter> writer = pdfWriter(device, report.displayName());
    return render(report, sections, writer.get(), name);
}

bool PdfExporter::render(const Report &report, const QList<int> &chosen, QPagedPaintDevice *device,
                         const QString &name)
{
    const QList<int> sections = ExportSelection::expand(report, chosen, false);
    if (sections.isEmpty()) {
        m_errorString = tr("Nothing to export to “%1”: no section was chosen.").arg(name);
        return false;
    }

    const ReportMetadata &meta = report.metadata();
    const QString title = report.displayName();

    Layout layout;
    layout.setDevice(device);

    // Title block: title, subtitle and speaker as the report prints them, then the page fields.
    layout.addText(title, titleStyle(), false, true);
    if (!meta.subtitle.isEmpty())
        layout.addText(meta.subtitle, subtitleStyle(), false, true);
    if (!meta.speaker.isEmpty())
        layout.addText(meta.speaker, subtitleStyle(), false, true);
    if (m_options.includeMetadata) {
        QStringList lines;
        if (!meta.issuer.isEmpty())
            lines.append(tr("Issued by: %1").arg(meta.issuer));
        if (!meta.date.isEmpty())
            lines.append(tr("Date: %1").arg(dateText(meta.date)));
        if (!meta.documentNumber.isEmpty())
            lines.append(tr("Document number: %1").arg(meta.documentNumber));
        if (!meta.source.isEmpty())
            lines.append(tr("Source: %1").arg(meta.source));
        for (const QString &line : std::as_const(lines))
            layout.addText(line, metadataStyle(), false, true);
    }
    layout.addRule();

    // Charts follow the text they come from: each exported section's figures are charted at
    // the end of its level-2 ancestor (e.g. after all of "(七)…"), or of its export root
    // when that is deeper, so a chart never sits far from its sentences.
    QHash<int, int> anchorOf;
    QHash<int, int> lastOfAnchor;
    if (m_options.includeCharts) {
        for (int s : sections) {
            int anchor = s;
            for (;;) {
                const int parent = report.section(anchor).parent;
                if (report.section(anchor).level <= 2 || parent < 0 ||
                    !std::binary_search(sections.cbegin(), sections.cend(), parent))
                    break;
                anchor = parent;
            }
            anchorOf.insert(s, anchor);
            lastOfAnchor.insert(anchor, s);
        }
    }
    QHash<int, QList<int>> figuresOf;

    for (int s : sections) {
        const Section &section = report.section(s);
        const QString heading = report.headingText(s);
        // A numbered item without text or subsections is a paragraph of a list in the report
        // ("1.地区生产总值突破三千亿大关，…"): set as body text, not as a heading.
        const bool listItem =
            section.level >= 3 && section.children.isEmpty() && section.text.trimmed().isEmpty();
        if (listItem)
            layout.addText(heading, bodyStyle());
        else if (!heading.isEmpty())
            layout.addText(heading, headingStyle(section), true);
        // The body as the reader found it: paragraphs, tables with their cells, list items.
        for (const SectionBlock &block : section.blocks) {
            switch (block.type) {
            case SectionBlock::Type::Table: {
                QList<QStringList> rows;
                for (const TableRow &row : block.rows) {
                    QStringList cells;
                    for (const TableCell &cell : row.cells)
                        cells.append(section.textAt(cell.span).toString());
                    rows.append(cells);
                }
                layout.addTable(rows);
                break;
            }
            case SectionBlock::Type::ListItem:
                layout.addText(section.textAt(block.range).toString(), listItemStyle(block.level));
                break;
            case SectionBlock::Type::Paragraph:
                layout.addText(section.textAt(block.range).toString(), bodyStyle());
                break;
            }
        }
        if (!m_options.includeCharts)
            continue;
        const int anchor = anchorOf.value(s);
        figuresOf[anchor].append(report.figuresInSection(s));
        if (lastOfAnchor.value(anchor) != s || figuresOf.value(anchor).isEmpty())
            continue;
        const QList<FigureChartBuilder::Group> groups = FigureChartBuilder::groupBars(
            FigureChartBuilder::barsFromReport(report, figuresOf.value(anchor)), MaxBarsPerChart);
        if (groups.isEmpty())
            continue;
        const QString anchorHeading = report.headingText(anchor).isEmpty()
                                          ? DocumentModel::sectionLabel(report, anchor)
                                          : report.headingText(anchor);
        //: Caption above the charts of a section in the PDF; %1 is the section heading
        layout.addText(tr("Charts: %1").arg(anchorHeading), captionStyle(), true);
        for (int g = 0; g < groups.size(); ++g) {
            // Small charts share a row when their labels fit half the width as they are.
            const qreal half = layout.chartCellWidth(2) / layout.chartScale();
            const auto small = [&](const FigureChartBuilder::Group &group) {
                return group.bars.size() <= SmallChartBars &&
                       layout.minimumChartWidth(group) <= half;
            };
            const bool pair =
                g + 1 < groups.size() && small(groups.at(g)) && small(groups.at(g + 1));
            layout.addCharts(pair ? groups.mid(g, 2) : groups.mid(g, 1));
            if (pair)
                ++g;
        }
    }

    return paintLayout(layout, device, name);
}

bool PdfExporter::paintLayout(Layout &layout, QPagedPaintDevice *device, const QString &name)
{
    layout.paginate();
    const int pageCount = int(layout.pages.size());

    QPainter painter;
    if (!painter.begin(device)) {
        m_errorString = tr("Cannot write “%1”: the PDF could not be started.").arg(name);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont footerFont = pdfFont(FooterSize, false);
    for (int p = 0; p < pageCount; ++p) {
        if (m_progress && !m_progress(p + 1, pageCount)) {
            painter.end();
            m_errorString = tr("Export to “%1” cancelled.").arg(name);
            return false;
        }
        if (p > 0 && !device->newPage()) {
            painter.end();
            m_errorString = tr("Cannot write “%1”: a new page could not be added.").arg(name);
            return false;
        }
        for (const Layout::Piece &piece : std::as_const(layout.pages.at(p))) {
            const Layout::Block &b = layout.blocks.at(size_t(piece.block));
            const qreal x = layout.body.left();
            switch (b.kind) {
            case Layout::Block::Kind::Text: {
                painter.setPen(b.color);
                const QPointF origin(x, piece.y - b.lineTops.at(piece.firstLine));
                for (int l = piece.firstLine; l < piece.endLine; ++l)
                    b.layout->lineAt(l).draw(&painter, origin);
                break;
            }
            case Layout::Block::Kind::Rule:
                painter.setPen(QPen(QColor(0x99, 0x99, 0x99), layout.pt(0.6)));
                painter.drawLine(QPointF(x, piece.y + b.height / 2),
                                 QPointF(x + layout.body.width(), piece.y + b.height / 2));
                break;
            case Layout::Block::Kind::Chart:
                for (const Layout::ChartCell &cell : b.charts)
                    layout.paintChart(&painter, cell, QPointF(x, piece.y));
                break;
            }
        }
        // Footer: "Page N of M", inside the bottom margin.
        painter.setPen(SecondaryText);
        painter.setFont(footerFont);
        //: PDF page footer: %1 this page, %2 page count; Chinese: 第 %1 页 共 %2 页
        const QString footer =
            tr("Page %1 of %2").arg(QLocale().toString(p + 1), QLocale().toString(pageCount));
        const qreal footerTop = layout.body.bottom() + layout.pt(FooterSize * 2.2);
        painter.drawText(QRectF(0, footerTop, layout.pageWidth, layout.pt(FooterSize * 2)),
                         Qt::AlignHCenter | Qt::AlignTop, footer);
    }
    if (!painter.end()) {
        m_errorString = tr("Cannot write “%1”: the PDF could not be finished.").arg(name);
        return false;
    }
    m_pageCount = pageCount;
    return true;
}

namespace {

// Marks of a diff that read without colour: the section's change, and inserted and deleted
// text inside sentences (as wdiff writes them). Colours repeat them for the eye.
const QColor AddedColor(0x1b, 0x6e, 0x1b);
const QColor RemovedColor(0xa3, 0x1f, 0x1f);
const QColor ChangedColor(0x8a, 0x5a, 0x00);

QString changeMark(ReportDiff::Change c)
{
    switch (c) {
    case ReportDiff::Change::Changed:
        return QStringLiteral("~");
    case ReportDiff::Change::Added:
        return QStringLiteral("+");
    case ReportDiff::Change::Removed:
        return QStringLiteral("\u2212");
    case ReportDiff::Change::Same:
        break;
    }
    return QStringLiteral("=");
}

QTextCharFormat editFormat(bool inserted)
{
    QTextCharFormat f;
    f.setForeground(inserted ? AddedColor : RemovedColor);
    if (inserted)
        f.setFontUnderline(true);
    else
        f.setFontStrikeOut(true);
    return f;
}

QString reportLine(const Report &r)
{
    const int year = r.metadata().facts.reportingYear;
    return year > 0 ? QStringLiteral("%1 (%2)").arg(r.displayName()).arg(year) : r.displayName();
}

} // namespace

bool PdfExporter::exportDiffToFile(const Report &a, const Report &b, const ReportDiff &diff,
                                   const QString &path)
{
    return writeAtomically(path, [&](QIODevice *device, const QString &name) {
        const std::unique_ptr<QPdfWriter> writer =
            pdfWriter(device, tr("%1 compared with %2").arg(b.displayName(), a.displayName()));
        return renderDiff(a, b, diff, writer.get(), name);
    });
}

bool PdfExporter::exportDiffToDevice(const Report &a, const Report &b, const ReportDiff &diff,
                                     QIODevice *device)
{
    m_errorString.clear();
    m_pageCount = 0;
    const std::unique_ptr<QPdfWriter> writer =
        pdfWriter(device, tr("%1 compared with %2").arg(b.displayName(), a.displayName()));
    return renderDiff(a, b, diff, writer.get(), tr("the output"));
}

bool PdfExporter::renderDiff(const Report &a, const Report &b, const ReportDiff &diff,
                             QPagedPaintDevice *device, const QString &name)
{
    using Change = ReportDiff::Change;
    Layout layout;
    layout.setDevice(device);

    layout.addText(tr("What Changed"), titleStyle(), false, true);
    layout.addText(tr("A: %1").arg(reportLine(a)), subtitleStyle(), false, true);
    layout.addText(tr("B: %1").arg(reportLine(b)), subtitleStyle(), false, true);
    //: 1 sections the same, 2 changed, 3 added, 4 removed
    layout.addText(tr("Sections: %1 same, %2 changed, %3 added, %4 removed")
                       .arg(diff.count(Change::Same))
                       .arg(diff.count(Change::Changed))
                       .arg(diff.count(Change::Added))
                       .arg(diff.count(Change::Removed)),
                   metadataStyle(), false, true);
    layout.addText(tr("Marks: + added in B, \u2212 removed from A, ~ changed; in sentences "
                      "{+inserted+} and [-deleted-]."),
                   metadataStyle(), false, true);
    layout.addRule();

    // The aligned section trees: one line per pair, indented by level, with its mark.
    Style heading1 = headingStyle(Section());
    heading1.spaceBefore = 8;
    layout.addText(tr("Sections"), heading1, true);
    Style line = tableStyle();
    line.spaceAfter = 0;
    for (const ReportDiff::SectionPair &p : diff.sections()) {
        QString text = p.b >= 0 ? p.headingB : p.headingA;
        if (text.isEmpty())
            text = DocumentModel::sectionLabel(p.b >= 0 ? b : a, p.b >= 0 ? p.b : p.a);
        if (p.change == Change::Changed && p.a >= 0 && p.headingA != p.headingB)
            text += QStringLiteral("  (A: %1)").arg(p.headingA);
        Style style = line;
        style.color = p.change == Change::Added     ? AddedColor
                      : p.change == Change::Removed ? RemovedColor
                      : p.change == Change::Changed ? ChangedColor
                                                    : SecondaryText;
        style.hangingIndent = layout.pt(style.size * (p.level + 1));
        style.firstIndent = p.level - 1;
        layout.addText(changeMark(p.change) + QLatin1Char(' ') + text, style);
    }

    // The changed sentences of each changed section.
    bool anyText = false;
    for (const ReportDiff::SectionPair &p : diff.sections()) {
        if (p.change != Change::Changed || p.sentences.isEmpty())
            continue;
        if (!anyText) {
            layout.addText(tr("Changed Text"), heading1, true);
            anyText = true;
        }
        Style sectionHeading = headingStyle(Section());
        sectionHeading.size = 12;
        sectionHeading.spaceBefore = 10;
        layout.addText(QStringLiteral("~ ") + (p.headingB.isEmpty()
                                                   ? DocumentModel::sectionLabel(b, p.b)
                                                   : p.headingB),
                       sectionHeading, true);
        Style body = bodyStyle();
        body.firstIndent = 0;
        body.alignment = Qt::AlignLeft;
        int same = 0;
        const auto flushSame = [&] {
            if (same == 0)
                return;
            Style quiet = metadataStyle();
            quiet.alignment = Qt::AlignLeft;
            quiet.spaceAfter = 2;
            layout.addText(tr("… %n sentence(s) unchanged …", nullptr, same), quiet);
            same = 0;
        };
        for (const ReportDiff::Sentence &sentence : p.sentences) {
            if (sentence.change == Change::Same) {
                ++same;
                continue;
            }
            flushSame();
            QString text;
            QList<QTextLayout::FormatRange> formats;
            const auto append = [&](const QString &piece, int kind) { // 0 kept, 1 in, 2 out
                const QString open = kind == 1 ? QStringLiteral("{+") : QStringLiteral("[-");
                const QString close = kind == 1 ? QStringLiteral("+}") : QStringLiteral("-]");
                const QString shown = kind == 0 ? piece : open + piece + close;
                if (kind != 0)
                    formats.append({int(text.size()), int(shown.size()), editFormat(kind == 1)});
                text += shown;
            };
            if (sentence.change == Change::Added) {
                append(sentence.text, 1);
            } else if (sentence.change == Change::Removed) {
                append(sentence.text, 2);
            } else {
                for (const ReportDiff::Fragment &f : sentence.fragments)
                    append(f.text, f.change == Change::Same    ? 0
                                   : f.change == Change::Added ? 1
                                                               : 2);
            }
            layout.addText(text, body, false, false, formats);
        }
        flushSame();
    }

    // The indicators both reports state (or one), in each report's own magnitude.
    if (!diff.indicators().isEmpty()) {
        layout.addText(tr("Indicators"), heading1, true);
        // The year each report reports on heads its column; a value of another year says so.
        const int yearA = a.metadata().facts.reportingYear;
        const int yearB = b.metadata().facts.reportingYear;
        const auto column = [this](const QString &name, int year) {
            return year > 0 ? tr("%1 (%2)").arg(name).arg(year) : name;
        };
        QList<QStringList> rows;
        rows.append(
            {tr("Indicator"), column(tr("A"), yearA), column(tr("B"), yearB), tr("Change")});
        const QString none = QStringLiteral("—");
        for (const ReportDiff::IndicatorChange &c : diff.indicators()) {
            const auto value = [&](bool in, const QString &shown, int year, int columnYear) {
                return !in ? none
                       : year > 0 && year != columnYear
                           ? QStringLiteral("%1 (%2)").arg(shown).arg(year)
                           : shown;
            };
            QString change = c.inA && c.inB ? c.displayChange : none;
            if (c.inA && c.inB && c.valueA != 0 && c.unit != QLatin1String("%"))
                change += QStringLiteral(" (%1%2%)")
                              .arg(c.changePercent > 0 ? QStringLiteral("+") : QString())
                              .arg(QLocale::c().toString(c.changePercent, 'f', 1));
            rows.append({c.name, value(c.inA, c.displayA, c.yearA, yearA),
                         value(c.inB, c.displayB, c.yearB, yearB), change});
        }
        layout.addTable(rows);
    }
    return paintLayout(layout, device, name);
}
