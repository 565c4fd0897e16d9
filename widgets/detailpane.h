#ifndef REPORTSCOPE_DETAILPANE_H
#define REPORTSCOPE_DETAILPANE_H

#include "core/report.h"
#include "core/reportplace.h"
#include "core/sectionpager.h"

#include <QList>
#include <QTextCharFormat>
#include <QWidget>

#include <functional>
#include <memory>

class DocumentSelection;
class FindBar;
class KeyIndicatorModel;
class QAction;
class QLabel;
class QTextBrowser;
class QTextCursor;
class QToolButton;
class QUrl;

/**
 * Reads the current section: a breadcrumb of its path, its text and its subsections' text
 * under their headings, with figures highlighted and clickable; for a report row, the
 * report's metadata and contents. Find searches the whole report, moving between sections.
 *
 * A section's subtree is shown in the parts of a SectionPager, at most MaxPartChars
 * characters each, so that a section of 50 MB of text reads as quickly as a short one: a bar
 * above the text tells which part is shown and moves to the previous or next one. Choosing a
 * figure, or a find match, outside the part shown moves to the part that holds it. Paragraphs
 * longer than a few thousand characters are shown as several blocks, split after a sentence.
 *
 * Everything shown comes from the Report in the DocumentModel; colours come from the palette.
 * The pane reads no text itself: ReportSearch finds, SectionPager divides; the pane maps
 * their places to document positions, renders, scrolls and highlights.
 */
class DetailPane : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int partCount READ partCount)
    Q_PROPERTY(int currentPart READ currentPart)

public:
    /** The most characters of a subtree shown at once. */
    static constexpr int MaxPartChars = SectionPager::DefaultMaxChars;
    /** Paragraphs longer than this are shown as several blocks (layout cost of a block). */
    static constexpr int MaxBlockChars = 3000;
    /** Rows of a table set as one QTextTable; longer tables are a stack of them. */
    static constexpr int TableChunkRows = 100;

    explicit DetailPane(DocumentSelection *selection, QWidget *parent = nullptr);
    ~DetailPane() override;

    QTextBrowser *textBrowser() const { return m_browser; }
    QLabel *breadcrumb() const { return m_breadcrumb; }
    FindBar *findBar() const { return m_findBar; }
    QAction *findAction() const { return m_findAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }
    QToolButton *previousPartButton() const { return m_previousPartButton; }
    QToolButton *nextPartButton() const { return m_nextPartButton; }
    QLabel *partLabel() const { return m_partLabel; }
    /** The catalogue indicators of the report whose overview was shown last (its
     *  key-indicator panel). */
    KeyIndicatorModel *keyIndicatorModel() const { return m_keyIndicators; }

    /** The text shown, as plain text. */
    QString plainText() const;
    /** The breadcrumb as plain text, parts joined by " › ". */
    QString breadcrumbText() const;
    /** Where a figure is drawn, in the text browser's viewport coordinates. */
    bool figurePosition(int reportRow, int figureIndex, QPoint *viewportPos) const;
    /** Document range of the figure that is highlighted as current; false if none. */
    bool currentFigureRange(int *start, int *end) const;
    /** Parts the current section's subtree is shown in: 1 for most sections, 0 for a report. */
    int partCount() const { return m_pager.count(); }
    /** The part shown, from 0. */
    int currentPart() const { return m_part; }

public slots:
    void showFindBar();
    /** Finds text after (or before) the current match, continuing into the other sections
     *  of the report and wrapping around; returns false when the report lacks it. */
    bool find(const QString &text, bool backward = false);
    void findNext();
    void findPrevious();
    /** Shows part `part` of the current section's subtree, from its top. */
    void showPart(int part);
    void showNextPart();
    void showPreviousPart();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FigureSpan
    {
        int figureIndex = -1;
        int start = 0; ///< document positions
        int end = 0;
        int quoteStart = -1;
        int quoteEnd = -1;
        int baseFormat = 0; ///< index in m_baseFormats: the text's format without highlights
    };
    struct SectionSpan
    {
        int section = -1;
        int start = 0;         ///< start of its heading (or of its text when the part begins
                               ///< inside the text)
        int ownEnd = 0;        ///< end of its own text, before its subsections
        int headingStart = -1; ///< -1 when the heading is in another part
        int headingLength = 0;
        int firstPiece = 0; ///< its text pieces: m_pieces[firstPiece, endPiece)
        int endPiece = 0;
    };
    /** A run of a section's text shown in one block: text offset ↔ document position. */
    struct TextPiece
    {
        int section = -1;
        int textOffset = 0;
        int docPos = 0;
        int length = 0;
    };

    void retranslate();
    void render();
    void renderReport(QTextCursor &cursor, const Report &report);
    /** The key-indicator panel of the overview: one linked row per indicator. */
    void renderKeyIndicators(QTextCursor &cursor, const QTextBlockFormat &headingBlock,
                             const QTextCharFormat &headingChar);
    void renderPart(QTextCursor &cursor, const Report &report, int part);
    int renderHeading(QTextCursor &cursor, const Report &report, int section, int depth,
                      bool *first);
    /** Rows of a table block in [from, to) as a QTextTable; insertRun fills a cell. */
    void renderTable(QTextCursor &cursor, const SectionBlock &block, int from, int to,
                     const std::function<void(int, int)> &insertRun, bool *first);
    void renderText(QTextCursor &cursor, const Report &report, int section, int from, int to,
                    bool *first);
    void collectFigures(const Report &report);
    int docPositionOfText(const SectionSpan &span, int offset) const;
    void rebuildDocument(const Report *report);
    void updatePartBar();
    void updateBreadcrumb(const Report *report, int section);
    void applyFigureFormat(const FigureSpan &span, bool current);
    void showCurrentFigure();
    void highlightCurrentFigure();
    void scrollToPosition(int position);
    void onAnchorClicked(const QUrl &url);
    void onBreadcrumbLink(const QString &link);
    bool findInDocument(const QString &text, bool backward, int from);
    const FigureSpan *spanForFigure(int figureIndex) const;
    /** Document position ↔ place in the report, for the part shown. */
    ReportPlace placeAt(int docPos) const;
    int docPosition(const ReportPlace &place) const;
    bool showMatch(const ReportPlace &place, int length);

    DocumentSelection *m_selection;
    QLabel *m_breadcrumb;
    QWidget *m_partBar;
    QLabel *m_partLabel;
    QToolButton *m_previousPartButton;
    QToolButton *m_nextPartButton;
    QTextBrowser *m_browser;
    FindBar *m_findBar;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    KeyIndicatorModel *m_keyIndicators;

    // What is shown: ids and document positions only, never report data.
    int m_reportRow = -1;
    int m_section = -1;
    std::weak_ptr<const Report> m_shown; ///< identity of the report shown (a reload differs)
    SectionPager m_pager;                ///< the parts of the section shown; none for a report
    int m_part = 0;
    QList<FigureSpan> m_figures; ///< in document order, which is figure index order
    QList<SectionSpan> m_sections;
    QList<TextPiece> m_pieces;
    int m_currentFigure = -1;   ///< figure index highlighted as current, -1 for none
    ReportPlace m_pendingPlace; ///< a find match that the next render must show
    QTextCharFormat m_bodyFormat;
    QTextCharFormat m_figureFormat;
    QTextCharFormat m_currentFigureFormat;
    QTextCharFormat m_quoteFormat;
    QList<QTextCharFormat> m_baseFormats; ///< body, then headings by depth
};

#endif // REPORTSCOPE_DETAILPANE_H
