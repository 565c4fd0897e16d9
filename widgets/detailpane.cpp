#include "detailpane.h"

#include "documentmodel.h"
#include "documentselection.h"
#include "findbar.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString FigureScheme = QStringLiteral("rs-figure");
const QString SectionScheme = QStringLiteral("rs-section");
const QString ReportLink = QStringLiteral("rs-report");
const QString PathSeparator = QStringLiteral(" › ");

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QUrl figureUrl(int figureIndex)
{
    QUrl url;
    url.setScheme(FigureScheme);
    url.setPath(QString::number(figureIndex));
    return url;
}

QUrl sectionUrl(int section)
{
    QUrl url;
    url.setScheme(SectionScheme);
    url.setPath(QString::number(section));
    return url;
}

} // namespace

DetailPane::DetailPane(DocumentSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_breadcrumb(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_findBar(new FindBar(this))
    , m_findAction(new QAction(this))
    , m_findNextAction(new QAction(this))
    , m_findPreviousAction(new QAction(this))
{
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setContentsMargins(8, 6, 8, 6);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    connect(m_breadcrumb, &QLabel::linkActivated, this, &DetailPane::onBreadcrumbLink);

    m_browser->setObjectName(QStringLiteral("detailText"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTabChangesFocus(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setUndoRedoEnabled(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::onAnchorClicked);

    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->hide();
    connect(m_findBar, &FindBar::findNextRequested, this, &DetailPane::findNext);
    connect(m_findBar, &FindBar::findPreviousRequested, this, &DetailPane::findPrevious);
    connect(m_findBar, &FindBar::textEdited, this, [this](const QString &text) {
        // Typing refines the match where it stands rather than moving past it.
        QTextCursor c = m_browser->textCursor();
        c.setPosition(c.selectionStart());
        m_browser->setTextCursor(c);
        find(text, false);
    });
    connect(m_findBar, &FindBar::closed, m_browser, qOverload<>(&QWidget::setFocus));

    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    connect(m_findAction, &QAction::triggered, this, &DetailPane::showFindBar);
    connect(m_findNextAction, &QAction::triggered, this, &DetailPane::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &DetailPane::findPrevious);
    addActions({m_findAction, m_findNextAction, m_findPreviousAction});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_browser);

    connect(selection, &DocumentSelection::currentSectionChanged, this, &DetailPane::render);
    connect(selection, &DocumentSelection::currentFigureChanged, this,
            &DetailPane::showCurrentFigure);
    retranslate();
    render();
}

void DetailPane::retranslate()
{
    m_findAction->setText(tr("&Find…"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find Pre&vious"));
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        render();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        render();
        break;
    default:
        break;
    }
}

QString DetailPane::plainText() const
{
    return m_browser->document()->toPlainText();
}

QString DetailPane::breadcrumbText() const
{
    const ReportPtr report = m_selection->documentModel()->report(m_reportRow);
    if (!report)
        return QString();
    QStringList parts{report->displayName()};
    for (int i = m_section; i >= 0; i = report->section(i).parent)
        parts.insert(1, DocumentModel::sectionLabel(*report, i));
    return parts.join(PathSeparator);
}

void DetailPane::render()
{
    const DocumentModel *documents = m_selection->documentModel();
    m_reportRow = m_selection->currentReportRow();
    m_section = m_selection->currentSectionIndex();
    const ReportPtr report = documents->report(m_reportRow);
    m_figures.clear();
    m_sections.clear();
    m_currentFigure = -1;

    // Figures are a tint of the highlight colour; the current figure is the highlight itself,
    // its sentence a lighter tint: distinct in light and dark palettes alike.
    // The pane's palette: on a palette change the pane hears of it before its children do.
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    m_bodyFormat = QTextCharFormat();
    m_figureFormat = QTextCharFormat();
    m_figureFormat.setBackground(mix(base, highlight, 0.28));
    m_figureFormat.setAnchor(true);
    m_currentFigureFormat = QTextCharFormat();
    m_currentFigureFormat.setBackground(highlight);
    m_currentFigureFormat.setForeground(pal.color(QPalette::HighlightedText));
    m_quoteFormat = QTextCharFormat();
    m_quoteFormat.setBackground(mix(base, highlight, 0.12));

    QTextDocument *doc = m_browser->document();
    doc->clear();
    doc->setDefaultFont(m_browser->font());
    doc->setDocumentMargin(12);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    if (!report) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignCenter);
        block.setTopMargin(40);
        cursor.setBlockFormat(block);
        QTextCharFormat hint;
        hint.setForeground(pal.brush(QPalette::Disabled, QPalette::Text));
        cursor.insertText(tr("No report is open.\nOpen one with File ▸ Open or drop a file "
                             "on this window."),
                          hint);
    } else if (m_section < 0) {
        renderReport(cursor, *report);
    } else {
        renderSection(cursor, *report, m_section);
    }
    cursor.endEditBlock();

    m_browser->setTextCursor(QTextCursor(doc));
    m_browser->verticalScrollBar()->setValue(0);
    updateBreadcrumb(report.get(), m_section);
    showCurrentFigure();
}

void DetailPane::updateBreadcrumb(const Report *report, int section)
{
    if (!report) {
        m_breadcrumb->clear();
        return;
    }
    const QString linkStyle = QStringLiteral("style='text-decoration:none; color:%1'")
                                  .arg(palette().color(QPalette::Link).name());
    QStringList parts;
    QList<int> chain;
    for (int i = section; i >= 0; i = report->section(i).parent)
        chain.prepend(i);
    const QString title = report->displayName().toHtmlEscaped();
    parts.append(section < 0
                     ? QStringLiteral("<b>%1</b>").arg(title)
                     : QStringLiteral("<a href='%1' %2>%3</a>").arg(ReportLink, linkStyle, title));
    for (int i : std::as_const(chain)) {
        const QString label = DocumentModel::sectionLabel(*report, i).toHtmlEscaped();
        if (i == section)
            parts.append(QStringLiteral("<b>%1</b>").arg(label));
        else
            parts.append(QStringLiteral("<a href='%1' %2>%3</a>")
                             .arg(sectionUrl(i).toString(), linkStyle, label));
    }
    m_breadcrumb->setText(parts.join(PathSeparator.toHtmlEscaped()));
}

void DetailPane::renderReport(QTextCursor &cursor, const Report &report)
{
    const ReportMetadata &m = report.metadata();
    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(size * 0.6);
    titleBlock.setHeadingLevel(1);
    QTextCharFormat titleChar;
    titleChar.setFontWeight(QFont::Bold);
    titleChar.setFontPointSize(size * 1.5);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(report.displayName(), titleChar);
    if (!m.subtitle.isEmpty()) {
        QTextCharFormat sub;
        sub.setFontPointSize(size * 1.1);
        cursor.insertBlock(QTextBlockFormat(), sub);
        cursor.insertText(m.subtitle, sub);
    }

    QList<QPair<QString, QString>> rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({label, value});
    };
    add(tr("Issuer"), m.issuer);
    add(tr("Date"), m.date);
    add(tr("Published"), m.published);
    add(tr("Index number"), m.indexNumber);
    add(tr("Document number"), m.documentNumber);
    add(tr("Source"), m.source);
    add(tr("Author"), m.author);
    add(tr("Speaker"), m.speaker);
    add(tr("Encoding"), report.encoding());
    add(tr("File"), report.filePath());
    add(tr("Sections"), QLocale().toString(report.sectionCount()));
    add(tr("Figures"), QLocale().toString(report.figures().size()));

    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setTopMargin(size * 0.8);
    QTextCharFormat labelChar;
    labelChar.setFontWeight(QFont::Bold);
    QTextTable *table = cursor.insertTable(int(rows.size()), 2, tableFormat);
    for (int r = 0; r < rows.size(); ++r) {
        table->cellAt(r, 0).firstCursorPosition().insertText(rows.at(r).first, labelChar);
        table->cellAt(r, 1).firstCursorPosition().insertText(rows.at(r).second, m_bodyFormat);
    }
    cursor.movePosition(QTextCursor::End);

    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(size * 1.2);
    headingBlock.setBottomMargin(size * 0.3);
    headingBlock.setHeadingLevel(2);
    QTextCharFormat headingChar;
    headingChar.setFontWeight(QFont::Bold);
    headingChar.setFontPointSize(size * 1.2);
    QTextBlockFormat itemBlock;
    itemBlock.setLeftMargin(size);
    itemBlock.setBottomMargin(size * 0.2);

    if (!report.warnings().isEmpty()) {
        cursor.insertBlock(headingBlock, headingChar);
        cursor.insertText(tr("Warnings"), headingChar);
        for (const QString &w : report.warnings()) {
            cursor.insertBlock(itemBlock, m_bodyFormat);
            cursor.insertText(QStringLiteral("• ") + w, m_bodyFormat);
        }
    }

    if (!report.findings().isEmpty()) {
        cursor.insertBlock(headingBlock, headingChar);
        cursor.insertText(tr("Consistency notes"), headingChar);
        for (const Finding &f : report.findings()) {
            cursor.insertBlock(itemBlock, m_bodyFormat);
            cursor.insertText(QStringLiteral("• ") + f.message, m_bodyFormat);
        }
    }

    // The outline: top-level sections link to themselves.
    cursor.insertBlock(headingBlock, headingChar);
    cursor.insertText(tr("Contents"), headingChar);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setForeground(palette().brush(QPalette::Link));
    for (int i : report.topLevelSections()) {
        cursor.insertBlock(itemBlock, m_bodyFormat);
        QTextCharFormat f = link;
        f.setAnchorHref(sectionUrl(i).toString());
        cursor.insertText(DocumentModel::sectionLabel(report, i), f);
        const int figures = report.figureCountInSubtree(i);
        if (figures > 0)
            cursor.insertText(QStringLiteral("  ") +
                                  tr("(figures: %1)").arg(QLocale().toString(figures)),
                              m_bodyFormat);
    }

    if (!m.fields.isEmpty()) {
        cursor.insertBlock(headingBlock, headingChar);
        cursor.insertText(tr("Page fields"), headingChar);
        for (const auto &field : m.fields) {
            if (field.second.isEmpty())
                continue;
            cursor.insertBlock(itemBlock, m_bodyFormat);
            cursor.insertText(field.first + QStringLiteral(": "), labelChar);
            cursor.insertText(field.second, m_bodyFormat);
        }
    }
}

void DetailPane::renderSection(QTextCursor &cursor, const Report &report, int section)
{
    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    const int rootLevel = report.section(section).level;

    QTextBlockFormat body;
    body.setTextIndent(size * 2 * 1.33); // two characters, as Chinese paragraphs are set
    body.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(size * 0.3);

    bool firstBlock = true;
    const auto newBlock = [&](const QTextBlockFormat &b, const QTextCharFormat &c) {
        if (firstBlock) {
            cursor.setBlockFormat(b);
            cursor.setCharFormat(c);
            firstBlock = false;
        } else {
            cursor.insertBlock(b, c);
        }
    };

    const int end = report.section(section).subtreeEnd;
    for (int i = section; i < end; ++i) {
        const Section &s = report.section(i);
        const int depth = s.level - rootLevel;
        SectionSpan span;
        span.section = i;
        span.start = cursor.position() + (firstBlock ? 0 : 1);

        QTextBlockFormat headingBlock;
        headingBlock.setTopMargin(i == section ? 0 : size * (depth <= 1 ? 1.2 : 0.8));
        headingBlock.setBottomMargin(size * 0.4);
        headingBlock.setHeadingLevel(qMin(6, depth + 1));
        QTextCharFormat headingChar;
        headingChar.setFontWeight(QFont::Bold);
        headingChar.setFontPointSize(size * (depth == 0 ? 1.35 : depth == 1 ? 1.15 : 1.0));
        newBlock(headingBlock, headingChar);
        const QString label = DocumentModel::sectionLabel(report, i);
        const int headingStart = cursor.position();
        cursor.insertText(label, headingChar);
        // Figures in a run-in item's title: the title ends the heading label.
        const int titleStart = headingStart + int(label.size() - s.title.size());
        const QList<int> ownFigures = report.figuresInSection(i);
        for (int fi : ownFigures) {
            const Figure &f = report.figures().at(fi);
            if (!f.inTitle || f.start < 0 || f.end <= f.start || f.end > s.title.size() ||
                !label.endsWith(s.title))
                continue;
            FigureSpan fs;
            fs.figureIndex = fi;
            fs.start = titleStart + int(f.start);
            fs.end = titleStart + int(f.end);
            fs.quoteStart = titleStart;
            fs.quoteEnd = titleStart + int(s.title.size());
            m_figures.append(fs);
        }

        if (!s.text.isEmpty()) {
            cursor.insertBlock(body, m_bodyFormat);
            // Each '\n' of Section::text becomes one block separator, so a text offset maps to
            // textStart + offset in the document.
            const int textStart = cursor.position();
            const QStringList paragraphs = s.text.split(QLatin1Char('\n'));
            for (int p = 0; p < paragraphs.size(); ++p) {
                if (p > 0)
                    cursor.insertBlock(body, m_bodyFormat);
                cursor.insertText(paragraphs.at(p), m_bodyFormat);
            }
            for (int fi : ownFigures) {
                const Figure &f = report.figures().at(fi);
                if (f.inTitle || f.start < 0 || f.end <= f.start || f.end > s.text.size())
                    continue;
                FigureSpan fs;
                fs.figureIndex = fi;
                fs.start = textStart + int(f.start);
                fs.end = textStart + int(f.end);
                // The sentence that states the figure, highlighted with it when current.
                if (!f.quote.isEmpty()) {
                    const qsizetype from = qMax<qsizetype>(0, f.end - f.quote.size());
                    const qsizetype q = s.text.indexOf(f.quote, from);
                    if (q >= 0 && q <= f.start && q + f.quote.size() >= f.end) {
                        fs.quoteStart = textStart + int(q);
                        fs.quoteEnd = textStart + int(q + f.quote.size());
                    }
                }
                m_figures.append(fs);
            }
        }
        span.ownEnd = cursor.position();
        m_sections.append(span);
    }
    for (const FigureSpan &fs : std::as_const(m_figures))
        applyFigureFormat(fs, false);
}

const DetailPane::FigureSpan *DetailPane::spanForFigure(int figureIndex) const
{
    for (const FigureSpan &fs : m_figures) {
        if (fs.figureIndex == figureIndex)
            return &fs;
    }
    return nullptr;
}

void DetailPane::applyFigureFormat(const FigureSpan &span, bool current)
{
    QTextDocument *doc = m_browser->document();
    QTextCursor c(doc);
    // The sentence first (plain, or tinted when current), then every figure in it gets its
    // tint again, then the current figure its highlight.
    const int from = span.quoteStart >= 0 ? span.quoteStart : span.start;
    const int to = span.quoteStart >= 0 ? span.quoteEnd : span.end;
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    c.setCharFormat(m_bodyFormat);
    if (current)
        c.mergeCharFormat(m_quoteFormat);
    for (const FigureSpan &other : std::as_const(m_figures)) {
        if (other.end <= from || other.start >= to)
            continue;
        QTextCharFormat f = m_figureFormat;
        f.setAnchorHref(figureUrl(other.figureIndex).toString());
        c.setPosition(other.start);
        c.setPosition(other.end, QTextCursor::KeepAnchor);
        c.mergeCharFormat(f);
    }
    if (current) {
        c.setPosition(span.start);
        c.setPosition(span.end, QTextCursor::KeepAnchor);
        c.mergeCharFormat(m_currentFigureFormat);
    }
}

void DetailPane::showCurrentFigure()
{
    const int figure = m_selection->currentFigureReportRow() == m_reportRow
                           ? m_selection->currentFigureIndex()
                           : -1;
    if (figure == m_currentFigure)
        return;
    if (const FigureSpan *old = spanForFigure(m_currentFigure))
        applyFigureFormat(*old, false);
    m_currentFigure = figure;
    if (const FigureSpan *span = spanForFigure(figure)) {
        applyFigureFormat(*span, true);
        scrollToPosition(span->quoteStart >= 0 ? span->quoteStart : span->start);
    }
}

bool DetailPane::currentFigureRange(int *start, int *end) const
{
    const FigureSpan *span = spanForFigure(m_currentFigure);
    if (!span)
        return false;
    *start = span->start;
    *end = span->end;
    return true;
}

void DetailPane::scrollToPosition(int position)
{
    QTextCursor c(m_browser->document());
    c.setPosition(qBound(0, position, m_browser->document()->characterCount() - 1));
    const QRect r = m_browser->cursorRect(c);
    const QRect view = m_browser->viewport()->rect();
    if (r.top() >= view.top() && r.bottom() <= view.bottom())
        return;
    // A third of the way down, so the sentence reads with some context above it.
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + r.top() - view.height() / 3);
}

bool DetailPane::figurePosition(int reportRow, int figureIndex, QPoint *viewportPos) const
{
    if (reportRow != m_reportRow)
        return false;
    const FigureSpan *span = spanForFigure(figureIndex);
    if (!span)
        return false;
    QTextCursor c(m_browser->document());
    c.setPosition(span->start + (span->end - span->start) / 2);
    const QRect r = m_browser->cursorRect(c);
    *viewportPos = QPoint(r.left() + 1, r.center().y());
    return true;
}

void DetailPane::onAnchorClicked(const QUrl &url)
{
    bool ok = false;
    const int n = url.path().toInt(&ok);
    if (!ok)
        return;
    if (url.scheme() == FigureScheme)
        m_selection->selectFigure(m_reportRow, n);
    else if (url.scheme() == SectionScheme)
        m_selection->selectSection(m_reportRow, n);
}

void DetailPane::onBreadcrumbLink(const QString &link)
{
    if (link == ReportLink)
        m_selection->selectSection(m_reportRow, -1);
    else
        onAnchorClicked(QUrl(link));
}

void DetailPane::showFindBar()
{
    const QString selected = m_browser->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findBar->setText(selected);
    m_findBar->activate();
}

void DetailPane::findNext()
{
    if (m_findBar->text().isEmpty()) {
        showFindBar();
        return;
    }
    m_findBar->show();
    find(m_findBar->text(), false);
}

void DetailPane::findPrevious()
{
    if (m_findBar->text().isEmpty()) {
        showFindBar();
        return;
    }
    m_findBar->show();
    find(m_findBar->text(), true);
}

bool DetailPane::findInDocument(const QString &text, bool backward, int from)
{
    QTextDocument *doc = m_browser->document();
    QTextCursor c(doc);
    c.setPosition(qBound(0, from, doc->characterCount() - 1));
    const QTextCursor found =
        doc->find(text, c, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    if (found.isNull())
        return false;
    m_browser->setTextCursor(found);
    m_browser->ensureCursorVisible();
    return true;
}

bool DetailPane::find(const QString &text, bool backward)
{
    m_findBar->setStatus(QString());
    if (text.isEmpty())
        return false;
    const QTextCursor current = m_browser->textCursor();
    if (findInDocument(text, backward,
                       backward ? current.selectionStart() : current.selectionEnd()))
        return true;

    const ReportPtr report = m_selection->documentModel()->report(m_reportRow);
    if (!report) {
        m_findBar->setStatus(tr("Not found"));
        return false;
    }
    // The other sections in reading order after (or before) the one shown, wrapping around.
    const int n = int(report->sectionCount());
    const int shown = m_section;
    const int shownEnd = shown < 0 ? 0 : report->section(shown).subtreeEnd;
    QList<int> order;
    if (!backward) {
        for (int i = shownEnd; i < n; ++i)
            order.append(i);
        for (int i = 0; i < shown; ++i)
            order.append(i);
    } else {
        for (int i = shown - 1; i >= 0; --i)
            order.append(i);
        for (int i = n - 1; i >= shownEnd; --i)
            order.append(i);
    }
    const int reportRow = m_reportRow;
    for (int i : std::as_const(order)) {
        const Section &s = report->section(i);
        if (!s.text.contains(text, Qt::CaseInsensitive) &&
            !DocumentModel::sectionLabel(*report, i).contains(text, Qt::CaseInsensitive))
            continue;
        m_selection->selectSection(reportRow, i); // renders section i here
        if (m_section != i)
            break;
        int from = 0;
        if (backward) {
            // Before its subsections: those after it were searched already.
            from = m_sections.isEmpty() ? m_browser->document()->characterCount()
                                        : m_sections.first().ownEnd;
        }
        if (findInDocument(text, backward, from)) {
            QString where = DocumentModel::sectionLabel(*report, i);
            if (where.size() > 16)
                where = where.left(15) + QChar(0x2026);
            m_findBar->setStatus(tr("Found in %1").arg(where));
            return true;
        }
    }
    if (findInDocument(text, backward, backward ? m_browser->document()->characterCount() : 0)) {
        m_findBar->setStatus(backward ? tr("Continued from the end")
                                      : tr("Continued from the top"));
        return true;
    }
    m_findBar->setStatus(tr("Not found"));
    return false;
}
