#include "widgets/detailpane.h"

#include "core/consistencychecker.h"
#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/keyindicatormodel.h"
#include "core/metadatareader.h"
#include "core/reportsearch.h"
#include "widgets/findbar.h"

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString FigureScheme = QStringLiteral("rs-figure");
const QString SectionScheme = QStringLiteral("rs-section");
const QString ReportLink = QStringLiteral("rs-report");
const QString PathSeparator = QStringLiteral(" › ");
// The report's contents list links at most this many top-level sections; the tree has all.
constexpr int MaxContentsEntries = 2000;

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
    , m_partBar(new QWidget(this))
    , m_partLabel(new QLabel(m_partBar))
    , m_previousPartButton(new QToolButton(m_partBar))
    , m_nextPartButton(new QToolButton(m_partBar))
    , m_browser(new QTextBrowser(this))
    , m_findBar(new FindBar(this))
    , m_findAction(new QAction(this))
    , m_findNextAction(new QAction(this))
    , m_findPreviousAction(new QAction(this))
    , m_keyIndicators(new KeyIndicatorModel(selection->documentModel(), this))
{
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setContentsMargins(8, 6, 8, 6);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    connect(m_breadcrumb, &QLabel::linkActivated, this, &DetailPane::onBreadcrumbLink);

    // Above the text of a section shown in parts: which part, and the way to the others.
    m_partBar->setObjectName(QStringLiteral("partBar"));
    m_partLabel->setObjectName(QStringLiteral("partLabel"));
    m_previousPartButton->setObjectName(QStringLiteral("previousPartButton"));
    m_previousPartButton->setArrowType(Qt::LeftArrow);
    m_previousPartButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previousPartButton->setAutoRaise(true);
    m_nextPartButton->setObjectName(QStringLiteral("nextPartButton"));
    m_nextPartButton->setArrowType(Qt::RightArrow);
    m_nextPartButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_nextPartButton->setAutoRaise(true);
    connect(m_previousPartButton, &QToolButton::clicked, this, &DetailPane::showPreviousPart);
    connect(m_nextPartButton, &QToolButton::clicked, this, &DetailPane::showNextPart);
    auto *partLayout = new QHBoxLayout(m_partBar);
    partLayout->setContentsMargins(8, 0, 8, 2);
    partLayout->setSpacing(4);
    partLayout->addWidget(m_previousPartButton);
    partLayout->addWidget(m_partLabel, 1);
    partLayout->addWidget(m_nextPartButton);
    m_partBar->hide();

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
    layout->addWidget(m_partBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_browser);

    connect(selection, &DocumentSelection::currentSectionChanged, this, &DetailPane::render);
    connect(selection, &DocumentSelection::currentFigureChanged, this,
            &DetailPane::showCurrentFigure);
    retranslate();
    render();
}

DetailPane::~DetailPane() = default;

void DetailPane::retranslate()
{
    m_previousPartButton->setText(tr("Previous part"));
    m_nextPartButton->setText(tr("Next part"));
    updatePartBar();
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
    const int reportRow = m_selection->currentReportRow();
    const int section = m_selection->currentSectionIndex();
    const ReportPtr report = documents->report(reportRow);
    // The same section of the same report again (a palette or language change): same part.
    const bool same =
        report && report == m_shown.lock() && reportRow == m_reportRow && section == m_section;
    m_reportRow = reportRow;
    m_section = section;
    m_shown = report;
    const ReportPlace pending = m_pendingPlace;
    m_pendingPlace = ReportPlace();

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
    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    m_baseFormats = {m_bodyFormat};
    for (int depth = 0; depth < 3; ++depth) {
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        heading.setFontPointSize(size * (depth == 0 ? 1.35 : depth == 1 ? 1.15 : 1.0));
        m_baseFormats.append(heading);
    }

    if (!report || m_section < 0) {
        m_pager = SectionPager();
        m_part = 0;
    } else {
        if (!same || m_pager.count() == 0)
            m_pager = SectionPager(*report, m_section, MaxPartChars);
        const int end = report->section(m_section).subtreeEnd;
        const int figure = m_selection->currentFigureReportRow() == m_reportRow
                               ? m_selection->currentFigureIndex()
                               : -1;
        if (pending.section >= m_section && pending.section < end) {
            // A find match: the part that holds it.
            m_part = m_pager.partOf(pending);
        } else if (!same) {
            // The current figure's part, so that its sentence shows; else the first.
            m_part = 0;
            if (figure >= 0 && figure < report->figures().size() &&
                report->figures().at(figure).section >= m_section &&
                report->figures().at(figure).section < end) {
                const Figure &f = report->figures().at(figure);
                m_part = m_pager.partOf({f.section, f.inTitle, f.start});
            }
        }
        m_part = qBound(0, m_part, m_pager.count() - 1);
    }
    rebuildDocument(report.get());
    updateBreadcrumb(report.get(), m_section);
}

void DetailPane::rebuildDocument(const Report *report)
{
    m_figures.clear();
    m_sections.clear();
    m_pieces.clear();
    m_currentFigure = -1;

    // A new document, filled before the browser sees it: about twice as fast as filling the
    // browser's own, which lays the text out again at every change.
    auto *doc = new QTextDocument(m_browser);
    doc->setUndoRedoEnabled(false);
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
        hint.setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        cursor.insertText(tr("No report is open.\nOpen one with File ▸ Open or drop a file "
                             "on this window."),
                          hint);
    } else if (m_section < 0) {
        renderReport(cursor, *report);
    } else {
        renderPart(cursor, *report, m_part);
    }
    cursor.endEditBlock();
    if (report && m_section >= 0)
        collectFigures(*report);

    // The browser deletes only documents it made itself; this one may be in use still, by
    // the link click that got here.
    QTextDocument *previous = m_browser->document();
    const bool ours = previous->parent() == m_browser;
    m_browser->setDocument(doc);
    if (ours)
        previous->deleteLater();
    m_browser->setTextCursor(QTextCursor(doc));
    m_browser->verticalScrollBar()->setValue(0);
    updatePartBar();
    highlightCurrentFigure();
}

void DetailPane::showPart(int part)
{
    const ReportPtr report = m_selection->documentModel()->report(m_reportRow);
    if (!report || m_section < 0 || part < 0 || part >= m_pager.count())
        return;
    m_part = part;
    rebuildDocument(report.get());
}

void DetailPane::showNextPart()
{
    showPart(m_part + 1);
}

void DetailPane::showPreviousPart()
{
    showPart(m_part - 1);
}

void DetailPane::updatePartBar()
{
    const int parts = m_pager.count();
    m_partBar->setVisible(parts > 1);
    if (parts <= 1)
        return;
    const QLocale locale;
    const qint64 first = m_pager.start(m_part).chars;
    const qint64 last = m_pager.end(m_part).chars;
    //: Which part of a long section is shown: 1 part, 2 parts, 3-4 character range, 5 all
    m_partLabel->setText(tr("Part %1 of %2 · characters %3–%4 of %5")
                             .arg(locale.toString(m_part + 1), locale.toString(parts),
                                  locale.toString(first + 1), locale.toString(last),
                                  locale.toString(m_pager.totalChars())));
    m_partLabel->setToolTip(tr("This section is long, so it is shown in parts of at most %1 "
                               "characters. Choosing a figure or finding text in another part "
                               "shows that part.")
                                .arg(locale.toString(MaxPartChars)));
    m_previousPartButton->setEnabled(m_part > 0);
    m_nextPartButton->setEnabled(m_part + 1 < parts);
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
    QString text = parts.join(PathSeparator.toHtmlEscaped());
    int firstPage = 0;
    int lastPage = 0;
    if (section >= 0 && report->pageRangeOfSubtree(section, &firstPage, &lastPage)) {
        const QLocale locale;
        QString pages;
        if (firstPage == lastPage) {
            //: Page of a section of a PDF in the detail pane's path: 1 page number
            pages = tr("p. %1").arg(locale.toString(firstPage));
        } else {
            //: Pages of a section of a PDF in the detail pane's path: 1 first, 2 last page
            pages = tr("pp. %1–%2").arg(locale.toString(firstPage), locale.toString(lastPage));
        }
        text += QStringLiteral(" &nbsp;·&nbsp; ") + pages.toHtmlEscaped();
    }
    m_breadcrumb->setText(text);
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
    // What MetadataReader inferred, with where it was read when that was not the title.
    const ReportFacts &facts = m.facts;
    const auto withSource = [](const QString &value, ReportFacts::Source source) {
        if (value.isEmpty() || source == ReportFacts::Source::Title ||
            source == ReportFacts::Source::None)
            return value;
        //: 1 a value (安徽省, 2025), 2 where it was read ("from the text")
        return tr("%1 (%2)").arg(value, MetadataReader::sourceDisplayName(source));
    };
    add(tr("Type"), withSource(MetadataReader::typeDisplayName(facts.type), facts.typeSource));
    add(tr("Place"), withSource(facts.place, facts.placeSource));
    add(tr("Issuer"),
        withSource(facts.issuer.isEmpty() ? m.issuer : facts.issuer,
                   facts.issuer.isEmpty() ? ReportFacts::Source::None : facts.issuerSource));
    const auto yearText = [](int year) { return year > 0 ? QString::number(year) : QString(); };
    add(tr("Year reported on"),
        withSource(yearText(facts.reportingYear), facts.reportingYearSource));
    add(tr("Year of the document"),
        withSource(yearText(facts.documentYear), facts.documentYearSource));
    // Dates read as the interface language writes them: 17 February 2022, 2022年2月17日.
    const auto dateText = [](const QString &iso) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        //: Date format of the report overview (QDate::toString pattern); Chinese: yyyy年M月d日
        return date.isValid() ? QLocale().toString(date, tr("d MMMM yyyy")) : iso;
    };
    add(tr("Date"), dateText(facts.date.isEmpty() ? m.date : facts.date));
    add(tr("Published"), dateText(facts.published.isEmpty() ? m.published : facts.published));
    add(tr("Index number"), m.indexNumber);
    add(tr("Document number"), m.documentNumber);
    add(tr("Source"), m.source);
    add(tr("Author"), m.author);
    add(tr("Speaker"), m.speaker);
    add(tr("Speaker's post"), withSource(facts.speakerPost, facts.speakerSource));
    add(tr("Speaker's name"), withSource(facts.speakerName, facts.speakerSource));
    add(tr("Encoding"), report.encoding());
    const SourceMetadata &source = report.sourceMetadata();
    add(tr("Format"), source.formatName);
    if (source.pageCount > 0)
        add(tr("Pages"), QLocale().toString(source.pageCount));
    if (source.ocrPages > 0)
        add(tr("OCR"), tr("%1 pages read by OCR, mean confidence %2%")
                           .arg(QLocale().toString(source.ocrPages))
                           .arg(qRound(source.ocrConfidence)));
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

    renderKeyIndicators(cursor, headingBlock, headingChar);

    if (!report.warnings().isEmpty()) {
        cursor.insertBlock(headingBlock, headingChar);
        cursor.insertText(tr("Warnings"), headingChar);
        // Put into words now: a language switch renders the pane again.
        for (const QString &w : report.warningMessages()) {
            cursor.insertBlock(itemBlock, m_bodyFormat);
            cursor.insertText(QStringLiteral("• ") + w, m_bodyFormat);
        }
    }

    if (!report.findings().isEmpty()) {
        cursor.insertBlock(headingBlock, headingChar);
        cursor.insertText(tr("Consistency notes"), headingChar);
        for (const Finding &f : report.findings()) {
            cursor.insertBlock(itemBlock, m_bodyFormat);
            // Worded at render time, so a change of language shows at once.
            cursor.insertText(QStringLiteral("• ") + ConsistencyChecker::describe(f, report),
                              m_bodyFormat);
        }
    }

    // The outline: top-level sections link to themselves.
    cursor.insertBlock(headingBlock, headingChar);
    cursor.insertText(tr("Contents"), headingChar);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setForeground(palette().brush(QPalette::Link));
    const QList<int> &top = report.topLevelSections();
    for (int i : top.mid(0, MaxContentsEntries)) {
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
    if (top.size() > MaxContentsEntries) {
        cursor.insertBlock(itemBlock, m_bodyFormat);
        cursor.insertText(tr("… and %1 more sections: the section tree lists them all.")
                              .arg(QLocale().toString(top.size() - MaxContentsEntries)),
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

void DetailPane::renderKeyIndicators(QTextCursor &cursor, const QTextBlockFormat &headingBlock,
                                     const QTextCharFormat &headingChar)
{
    // The model (core) finds and words the indicators; the pane only lays them out, with the
    // name linked to its figure as figures in the text are.
    m_keyIndicators->setReportRow(m_reportRow);
    const int rows = m_keyIndicators->rowCount();
    if (rows == 0)
        return;
    cursor.insertBlock(headingBlock, headingChar);
    cursor.insertText(tr("Key indicators"), headingChar);
    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setTopMargin(size * 0.3);
    tableFormat.setHeaderRowCount(1);
    const int columns = KeyIndicatorModel::ColumnCount;
    QTextTable *table = cursor.insertTable(rows + 1, columns, tableFormat);
    QTextCharFormat headerChar = m_bodyFormat;
    headerChar.setFontWeight(QFont::Bold);
    QTextCharFormat link = m_bodyFormat;
    link.setAnchor(true);
    link.setForeground(palette().brush(QPalette::Link));
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int c = 0; c < columns; ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        if (c == KeyIndicatorModel::ValueColumn)
            cell.setBlockFormat(right);
        cell.insertText(m_keyIndicators->headerData(c, Qt::Horizontal).toString(), headerChar);
    }
    for (int r = 0; r < rows; ++r) {
        const QModelIndex first = m_keyIndicators->index(r, 0);
        const int figure = first.data(KeyIndicatorModel::FigureIndexRole).toInt();
        for (int c = 0; c < columns; ++c) {
            QTextCursor cell = table->cellAt(r + 1, c).firstCursorPosition();
            const QString text = m_keyIndicators->index(r, c).data().toString();
            if (c == KeyIndicatorModel::ValueColumn)
                cell.setBlockFormat(right);
            if (c == KeyIndicatorModel::IndicatorColumn || c == KeyIndicatorModel::ValueColumn) {
                QTextCharFormat f = link;
                f.setAnchorHref(figureUrl(figure).toString());
                f.setToolTip(first.data(Qt::ToolTipRole).toString());
                cell.insertText(text, f);
            } else {
                cell.insertText(text, m_bodyFormat);
            }
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void DetailPane::renderPart(QTextCursor &cursor, const Report &report, int part)
{
    const int end = report.section(m_section).subtreeEnd;
    const int rootLevel = report.section(m_section).level;
    const SectionPager::Part from = m_pager.start(part);
    const SectionPager::Part to = m_pager.end(part);
    bool first = true;
    for (int i = from.section; i < end; ++i) {
        if (i > to.section || (i == to.section && to.offset < 0))
            break;
        const Section &s = report.section(i);
        SectionSpan span;
        span.section = i;
        span.start = cursor.position() + (first ? 0 : 1);
        const bool heading = !(i == from.section && from.offset >= 0);
        if (heading) {
            span.headingStart = renderHeading(cursor, report, i, s.level - rootLevel, &first);
            span.headingLength = int(DocumentModel::sectionLabel(report, i).size());
        }
        const int textFrom = heading ? 0 : from.offset;
        const int textTo = i == to.section ? to.offset : int(s.text.size());
        span.firstPiece = int(m_pieces.size());
        if (textTo > textFrom)
            renderText(cursor, report, i, textFrom, textTo, &first);
        span.endPiece = int(m_pieces.size());
        span.ownEnd = cursor.position();
        m_sections.append(span);
    }
}

int DetailPane::renderHeading(QTextCursor &cursor, const Report &report, int section, int depth,
                              bool *first)
{
    const Section &s = report.section(section);
    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(*first ? 0 : size * (depth <= 1 ? 1.2 : 0.8));
    headingBlock.setBottomMargin(size * 0.4);
    headingBlock.setHeadingLevel(qMin(6, depth + 1));
    const int baseFormat = 1 + qMin(depth, 2);
    const QTextCharFormat headingChar = m_baseFormats.at(baseFormat);
    if (*first) {
        cursor.setBlockFormat(headingBlock);
        cursor.setCharFormat(headingChar);
        *first = false;
    } else {
        cursor.insertBlock(headingBlock, headingChar);
    }
    const int headingStart = cursor.position();
    const QString label = DocumentModel::sectionLabel(report, section);
    // Figures in a run-in item's title: the title ends the heading label.
    int pos = 0;
    if (!s.title.isEmpty() && label.endsWith(s.title)) {
        const int titleStart = int(label.size() - s.title.size());
        int end = 0;
        for (int fi = report.figureRangeOfSection(section, &end); fi < end; ++fi) {
            const Figure &f = report.figures().at(fi);
            if (!f.inTitle)
                break; // a section's title figures come first
            if (f.start < 0 || f.end <= f.start || f.end > s.title.size() ||
                titleStart + f.start < pos)
                continue;
            cursor.insertText(label.mid(pos, titleStart + int(f.start) - pos), headingChar);
            QTextCharFormat format = headingChar;
            format.merge(m_figureFormat);
            format.setAnchorHref(figureUrl(fi).toString());
            cursor.insertText(label.mid(titleStart + f.start, f.end - f.start), format);
            pos = titleStart + int(f.end);
        }
    }
    cursor.insertText(label.mid(pos), headingChar);
    return headingStart;
}

void DetailPane::renderText(QTextCursor &cursor, const Report &report, int section, int from,
                            int to, bool *first)
{
    const Section &s = report.section(section);
    const QString &text = s.text;
    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    QTextBlockFormat body;
    body.setTextIndent(size * 2 * 1.33); // two characters, as Chinese paragraphs are set
    body.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(size * 0.3);
    // A long paragraph goes on in the next block without indent or space in between.
    QTextBlockFormat continued = body;
    continued.setTextIndent(0);
    QTextBlockFormat continuing = body;
    continuing.setBottomMargin(0);
    QTextBlockFormat middle = continued;
    middle.setBottomMargin(0);

    if (to > from && text.at(to - 1) == u'\n')
        --to; // the part was cut after a paragraph
    // The text's figures from `from` on, in order (title figures come first: skipped).
    int figure = 0;
    int figuresEnd = 0;
    figure = report.figureRangeOfSection(section, &figuresEnd);
    const QList<Figure> &figures = report.figures();
    figure = int(std::lower_bound(
                     figures.cbegin() + figure, figures.cbegin() + figuresEnd, from,
                     [](const Figure &f, int offset) { return f.inTitle || f.start < offset; }) -
                 figures.cbegin());

    // Text [b0, b1) at the cursor, its figures as links; recorded as a piece for positions.
    const auto insertRun = [&](int b0, int b1) {
        m_pieces.append({section, b0, cursor.position(), b1 - b0});
        int pos = b0;
        for (; figure < figuresEnd && figures.at(figure).start < b1; ++figure) {
            const Figure &f = figures.at(figure);
            if (f.start < pos || f.end <= f.start || f.end > text.size())
                continue;
            if (f.start > pos)
                cursor.insertText(text.mid(pos, f.start - pos), m_bodyFormat);
            const int end = int(qMin<qsizetype>(f.end, b1));
            QTextCharFormat format = m_figureFormat;
            format.setAnchorHref(figureUrl(figure).toString());
            cursor.insertText(text.mid(f.start, end - f.start), format);
            pos = end;
        }
        if (b1 > pos)
            cursor.insertText(text.mid(pos, b1 - pos), m_bodyFormat);
    };
    // Paragraph text [p0, p1); opens tells whether the paragraph starts here (indented).
    const auto insertParagraph = [&](int p0, int p1, bool opens, const QTextBlockFormat &base) {
        QTextBlockFormat open = body;
        open.merge(base);
        QTextBlockFormat openOnly = continuing;
        openOnly.merge(base);
        int b0 = p0;
        do {
            const int b1 =
                p1 - b0 > MaxBlockChars
                    ? int(SectionPager::cutPoint(text, b0, b0 + MaxBlockChars, MaxBlockChars / 2))
                    : p1;
            const bool opening = b0 == p0 && opens;
            const bool closes = b1 == p1;
            const QTextBlockFormat &block =
                opening ? (closes ? open : openOnly) : (closes ? continued : middle);
            if (*first) {
                cursor.setBlockFormat(block);
                cursor.setCharFormat(m_bodyFormat);
                *first = false;
            } else {
                cursor.insertBlock(block, m_bodyFormat);
            }
            insertRun(b0, b1);
            b0 = b1;
        } while (b0 < p1);
    };

    // The body as the parser kept it: paragraphs, tables with cells, list items (the parser
    // gives every section with text its blocks).
    QTextBlockFormat listItem;
    for (const SectionBlock &block : s.blocks) {
        if (block.range.end <= from)
            continue;
        if (block.range.start >= to)
            break;
        const int p0 = int(qMax<qsizetype>(from, block.range.start));
        const int p1 = int(qMin<qsizetype>(to, block.range.end));
        switch (block.type) {
        case SectionBlock::Type::Table:
            renderTable(cursor, block, from, to, insertRun, first);
            break;
        case SectionBlock::Type::ListItem:
            listItem.setIndent(qMax(1, block.level));
            insertParagraph(p0, p1, p0 == block.range.start, listItem);
            break;
        case SectionBlock::Type::Paragraph:
            insertParagraph(p0, p1, p0 == block.range.start, QTextBlockFormat());
            break;
        }
    }
}

void DetailPane::renderTable(QTextCursor &cursor, const SectionBlock &block, int from, int to,
                             const std::function<void(int, int)> &insertRun, bool *first)
{
    // The rows in [from, to): a part may begin or end inside a table.
    QList<const TableRow *> rows;
    for (const TableRow &row : block.rows) {
        if (row.span.end > from && row.span.start < to)
            rows.append(&row);
    }
    if (rows.isEmpty())
        return;
    // Place cells on a grid, row by row, skipping places a merged cell above covers.
    struct Place
    {
        int row;
        int column;
        const TableCell *cell;
    };
    QList<Place> places;
    QList<QList<bool>> taken(rows.size());
    int columns = 1;
    for (int r = 0; r < rows.size(); ++r) {
        int c = 0;
        for (const TableCell &cell : rows.at(r)->cells) {
            while (c < taken.at(r).size() && taken.at(r).at(c))
                ++c;
            places.append({r, c, &cell});
            const int rowSpan = qBound(1, cell.rowSpan, int(rows.size()) - r);
            const int colSpan = qMax(1, cell.colSpan);
            for (int dr = 0; dr < rowSpan; ++dr) {
                QList<bool> &line = taken[r + dr];
                if (line.size() < c + colSpan)
                    line.resize(c + colSpan, false);
                for (int dc = 0; dc < colSpan; ++dc)
                    line[c + dc] = true;
            }
            c += colSpan;
            columns = qMax(columns, c);
        }
    }
    for (const QList<bool> &line : std::as_const(taken))
        columns = qMax(columns, int(line.size()));

    const QFont font = m_browser->font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(m_browser->palette().color(QPalette::Mid));
    format.setBorderCollapse(true);
    format.setCellPadding(size * 0.3);
    format.setCellSpacing(0);
    // Qt lays a table out whole, at a cost that grows faster than its rows (2 900 rows: 2 s),
    // while a document of many tables is laid out as it scrolls: a long table is set as a
    // stack of tables of TableChunkRows rows, with column widths fixed in common so the
    // columns line up.
    const int rowCount = int(rows.size());
    if (rowCount > TableChunkRows) {
        QList<int> longest(columns, 1);
        for (const Place &place : std::as_const(places)) {
            if (place.cell->colSpan <= 1)
                longest[place.column] = qMax(longest.at(place.column),
                                             int(qMin<qsizetype>(place.cell->span.length(), 40)));
        }
        int total = 0;
        for (int w : std::as_const(longest))
            total += w + 2;
        QList<QTextLength> widths;
        for (int w : std::as_const(longest))
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * (w + 2) / total));
        format.setColumnWidthConstraints(widths);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    }
    if (*first) {
        cursor.setCharFormat(m_bodyFormat);
        *first = false;
    }
    int next = 0; ///< the first place not filled yet
    for (int chunkStart = 0; chunkStart < rowCount; chunkStart += TableChunkRows) {
        // A cell spanning rows is cut at the chunk's end.
        const int chunkRows = qMin(TableChunkRows, rowCount - chunkStart);
        QTextTableFormat chunkFormat = format;
        chunkFormat.setTopMargin(chunkStart == 0 ? size * 0.3 : 0);
        chunkFormat.setBottomMargin(chunkStart + chunkRows >= rowCount ? size * 0.6 : 0);
        QTextTable *table = cursor.insertTable(chunkRows, columns, chunkFormat);
        int end = next;
        while (end < places.size() && places.at(end).row < chunkStart + chunkRows)
            ++end;
        for (int p = next; p < end; ++p) {
            const Place &place = places.at(p);
            const int row = place.row - chunkStart;
            const int rowSpan = qBound(1, place.cell->rowSpan, chunkRows - row);
            const int colSpan = qBound(1, place.cell->colSpan, columns - place.column);
            if (rowSpan > 1 || colSpan > 1)
                table->mergeCells(row, place.column, rowSpan, colSpan);
        }
        // Cells in reading order, so that pieces stay in text order.
        for (int p = next; p < end; ++p) {
            const Place &place = places.at(p);
            const int c0 = int(qMax<qsizetype>(from, place.cell->span.start));
            const int c1 = int(qMin<qsizetype>(to, place.cell->span.end));
            cursor = table->cellAt(place.row - chunkStart, place.column).firstCursorPosition();
            if (c1 > c0)
                insertRun(c0, c1);
        }
        next = end;
        cursor.movePosition(QTextCursor::End);
    }
}

int DetailPane::docPositionOfText(const SectionSpan &span, int offset) const
{
    if (span.firstPiece >= span.endPiece)
        return -1;
    // The last piece that starts at or before offset.
    const auto begin = m_pieces.cbegin() + span.firstPiece;
    const auto end = m_pieces.cbegin() + span.endPiece;
    auto it = std::upper_bound(begin, end, offset,
                               [](int o, const TextPiece &piece) { return o < piece.textOffset; });
    if (it == begin)
        return -1;
    --it;
    if (offset > it->textOffset + it->length)
        return -1;
    return it->docPos + (offset - it->textOffset);
}

void DetailPane::collectFigures(const Report &report)
{
    const QList<Figure> &figures = report.figures();
    for (const SectionSpan &span : std::as_const(m_sections)) {
        const Section &s = report.section(span.section);
        const int depth = s.level - report.section(m_section).level;
        int end = 0;
        int fi = report.figureRangeOfSection(span.section, &end);
        if (span.headingStart >= 0) {
            const QString label = DocumentModel::sectionLabel(report, span.section);
            const bool titled = !s.title.isEmpty() && label.endsWith(s.title);
            const int titleStart = span.headingStart + int(label.size() - s.title.size());
            for (; fi < end && figures.at(fi).inTitle; ++fi) {
                const Figure &f = figures.at(fi);
                if (!titled || f.start < 0 || f.end <= f.start || f.end > s.title.size())
                    continue;
                FigureSpan fs;
                fs.figureIndex = fi;
                fs.start = titleStart + int(f.start);
                fs.end = titleStart + int(f.end);
                fs.quoteStart = titleStart;
                fs.quoteEnd = titleStart + int(s.title.size());
                fs.baseFormat = 1 + qMin(depth, 2);
                m_figures.append(fs);
            }
        }
        if (span.firstPiece >= span.endPiece)
            continue;
        const int textFrom = m_pieces.at(span.firstPiece).textOffset;
        const TextPiece &last = m_pieces.at(span.endPiece - 1);
        const int textTo = last.textOffset + last.length;
        fi = int(std::lower_bound(
                     figures.cbegin() + fi, figures.cbegin() + end, textFrom,
                     [](const Figure &f, int offset) { return f.inTitle || f.start < offset; }) -
                 figures.cbegin());
        for (; fi < end && figures.at(fi).start < textTo; ++fi) {
            const Figure &f = figures.at(fi);
            if (f.start < 0 || f.end <= f.start || f.end > s.text.size())
                continue;
            FigureSpan fs;
            fs.figureIndex = fi;
            fs.start = docPositionOfText(span, int(f.start));
            fs.end = docPositionOfText(span, int(qMin<qsizetype>(f.end, textTo)));
            if (fs.start < 0 || fs.end < fs.start)
                continue;
            // The sentence that states the figure, highlighted with it when current.
            if (f.quoteStart <= f.start && f.quoteEnd >= f.end && f.quoteEnd <= s.text.size()) {
                const int quoteFrom = int(qMax<qsizetype>(textFrom, f.quoteStart));
                const int quoteTo = int(qMin<qsizetype>(textTo, f.quoteEnd));
                fs.quoteStart = docPositionOfText(span, quoteFrom);
                fs.quoteEnd = docPositionOfText(span, quoteTo);
                if (fs.quoteStart < 0 || fs.quoteEnd < 0)
                    fs.quoteStart = fs.quoteEnd = -1;
            }
            m_figures.append(fs);
        }
    }
}

const DetailPane::FigureSpan *DetailPane::spanForFigure(int figureIndex) const
{
    if (figureIndex < 0)
        return nullptr;
    // In document order, which is figure index order.
    const auto it = std::lower_bound(
        m_figures.cbegin(), m_figures.cend(), figureIndex,
        [](const FigureSpan &span, int index) { return span.figureIndex < index; });
    return it != m_figures.cend() && it->figureIndex == figureIndex ? &*it : nullptr;
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
    c.setCharFormat(m_baseFormats.value(span.baseFormat, m_bodyFormat));
    if (current)
        c.mergeCharFormat(m_quoteFormat);
    // The figures in the sentence: spans are in document order (a figure may start a little
    // before the sentence).
    auto it = std::lower_bound(m_figures.cbegin(), m_figures.cend(), from,
                               [](const FigureSpan &s, int pos) { return s.start < pos; });
    for (int back = 0; back < 4 && it != m_figures.cbegin(); ++back)
        --it;
    for (; it != m_figures.cend() && it->start < to; ++it) {
        if (it->end <= from)
            continue;
        QTextCharFormat f = m_figureFormat;
        f.setAnchorHref(figureUrl(it->figureIndex).toString());
        c.setPosition(it->start);
        c.setPosition(it->end, QTextCursor::KeepAnchor);
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
    m_currentFigure = -1;
    const ReportPtr report = m_selection->documentModel()->report(m_reportRow);
    if (report && m_section >= 0 && figure >= 0 && figure < report->figures().size() &&
        !spanForFigure(figure)) {
        // In another part of the section shown: show that part.
        const Figure &f = report->figures().at(figure);
        if (f.section >= m_section && f.section < report->section(m_section).subtreeEnd) {
            const int part = m_pager.partOf({f.section, f.inTitle, f.start});
            if (part != m_part) {
                showPart(part); // highlights the current figure
                return;
            }
        }
    }
    highlightCurrentFigure();
}

void DetailPane::highlightCurrentFigure()
{
    m_currentFigure = m_selection->currentFigureReportRow() == m_reportRow
                          ? m_selection->currentFigureIndex()
                          : -1;
    if (const FigureSpan *span = spanForFigure(m_currentFigure)) {
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
    if (url.scheme() == FigureScheme) {
        // From the overview (its key indicators): the figure's own section shows its sentence.
        if (m_section < 0) {
            const ReportPtr report = m_selection->documentModel()->report(m_reportRow);
            if (report && n >= 0 && n < report->figures().size())
                m_selection->selectSection(m_reportRow, report->figures().at(n).section);
        }
        m_selection->selectFigure(m_reportRow, n);
    } else if (url.scheme() == SectionScheme)
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
    // The overview page is composed here, not kept in a report: core searches its plain text,
    // whose offsets are the document's positions (one character each, blocks and table
    // cells included).
    QTextDocument *doc = m_browser->document();
    const qsizetype at = ReportSearch::findInText(doc->toPlainText(), text, from,
                                                  backward ? ReportSearch::Direction::Backward
                                                           : ReportSearch::Direction::Forward);
    if (at < 0)
        return false;
    QTextCursor found(doc);
    found.setPosition(int(at));
    found.setPosition(int(at + text.size()), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(found);
    m_browser->ensureCursorVisible();
    return true;
}

ReportPlace DetailPane::placeAt(int docPos) const
{
    if (m_sections.isEmpty())
        return ReportPlace();
    // The last section shown that starts at or before the position.
    auto it = std::upper_bound(m_sections.cbegin(), m_sections.cend(), docPos,
                               [](int pos, const SectionSpan &span) { return pos < span.start; });
    if (it != m_sections.cbegin())
        --it;
    const SectionSpan &span = *it;
    if (span.headingStart >= 0 && docPos <= span.headingStart + span.headingLength)
        return ReportPlace::heading(span.section, qMax(0, docPos - span.headingStart));
    // The last piece of its text that starts at or before the position.
    for (int p = span.endPiece - 1; p >= span.firstPiece; --p) {
        const TextPiece &piece = m_pieces.at(p);
        if (piece.docPos <= docPos || p == span.firstPiece) {
            const int into = qBound(0, docPos - piece.docPos, piece.length);
            return ReportPlace::text(span.section, piece.textOffset + into);
        }
    }
    // After a heading without text: the same place, for a search, as the heading's end.
    return ReportPlace::text(span.section, 0);
}

int DetailPane::docPosition(const ReportPlace &place) const
{
    const auto it = std::find_if(m_sections.cbegin(), m_sections.cend(),
                                 [&](const SectionSpan &s) { return s.section == place.section; });
    if (it == m_sections.cend())
        return -1;
    if (place.inHeading)
        return it->headingStart >= 0 ? it->headingStart + int(place.offset) : -1;
    return docPositionOfText(*it, int(place.offset));
}

bool DetailPane::showMatch(const ReportPlace &place, int length)
{
    const int part = m_pager.partOf(place);
    if (part != m_part)
        showPart(part);
    const int start = docPosition(place);
    if (start < 0)
        return false;
    int end = docPosition({place.section, place.inHeading, place.offset + length});
    if (end < start)
        end = start + length;
    QTextDocument *doc = m_browser->document();
    QTextCursor c(doc);
    c.setPosition(qBound(0, start, doc->characterCount() - 1));
    c.setPosition(qBound(0, end, doc->characterCount() - 1), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(c);
    m_browser->ensureCursorVisible();
    return true;
}

bool DetailPane::find(const QString &text, bool backward)
{
    m_findBar->setStatus(QString());
    if (text.isEmpty())
        return false;
    const ReportPtr report = m_selection->documentModel()->report(m_reportRow);
    const QTextCursor current = m_browser->textCursor();
    const int position = backward ? current.selectionStart() : current.selectionEnd();
    const ReportSearch::Direction direction =
        backward ? ReportSearch::Direction::Backward : ReportSearch::Direction::Forward;
    ReportPlace from;
    if (m_section < 0) {
        // The report's overview first, then its sections from the first (or the last).
        if (findInDocument(text, backward, position))
            return true;
        if (report)
            from = backward ? ReportSearch::end(*report) : ReportSearch::start(*report);
    } else if (report) {
        from = placeAt(position);
    }
    const std::optional<ReportSearch::Match> found =
        report && from.isValid() ? ReportSearch::find(*report, text, from, direction)
                                 : std::nullopt;
    if (!found) {
        if (m_section < 0 &&
            findInDocument(text, backward,
                           backward ? m_browser->document()->characterCount() : 0)) {
            m_findBar->setStatus(backward ? tr("Continued from the end")
                                          : tr("Continued from the top"));
            return true;
        }
        m_findBar->setStatus(tr("Not found"));
        return false;
    }
    const int section = found->place.section;
    const bool inSubtree =
        m_section >= 0 && section >= m_section && section < report->section(m_section).subtreeEnd;
    if (!inSubtree) {
        // Another section: show it, at the part with the match.
        const int reportRow = m_reportRow;
        m_pendingPlace = found->place;
        m_selection->selectSection(reportRow, section);
        m_pendingPlace = ReportPlace();
        if (m_section != section)
            return false;
    }
    if (!showMatch(found->place, int(found->length))) {
        m_findBar->setStatus(tr("Not found"));
        return false;
    }
    if (!inSubtree) {
        QString where = DocumentModel::sectionLabel(*report, section);
        if (where.size() > 16)
            where = where.left(15) + QChar(0x2026);
        m_findBar->setStatus(tr("Found in %1").arg(where));
    } else if (found->wrapped) {
        m_findBar->setStatus(backward ? tr("Continued from the end")
                                      : tr("Continued from the top"));
    }
    return true;
}
