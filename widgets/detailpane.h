#ifndef REPORTSCOPE_DETAILPANE_H
#define REPORTSCOPE_DETAILPANE_H

#include "report.h"

#include <QList>
#include <QTextCharFormat>
#include <QWidget>

class DocumentSelection;
class FindBar;
class QAction;
class QLabel;
class QTextBrowser;
class QTextCursor;
class QUrl;

/**
 * Reads the current section: a breadcrumb of its path, its text and its subsections' text
 * under their headings, with figures highlighted and clickable; for a report row, the
 * report's metadata and contents. Find searches the whole report, moving between sections.
 *
 * Everything shown comes from the Report in the DocumentModel; colours come from the palette.
 */
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(DocumentSelection *selection, QWidget *parent = nullptr);

    QTextBrowser *textBrowser() const { return m_browser; }
    QLabel *breadcrumb() const { return m_breadcrumb; }
    FindBar *findBar() const { return m_findBar; }
    QAction *findAction() const { return m_findAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    /** The text shown, as plain text. */
    QString plainText() const;
    /** The breadcrumb as plain text, parts joined by " › ". */
    QString breadcrumbText() const;
    /** Where a figure is drawn, in the text browser's viewport coordinates. */
    bool figurePosition(int reportRow, int figureIndex, QPoint *viewportPos) const;
    /** Document range of the figure that is highlighted as current; false if none. */
    bool currentFigureRange(int *start, int *end) const;

public slots:
    void showFindBar();
    /** Finds text after (or before) the current match, continuing into the other sections
     *  of the report and wrapping around; returns false when the report lacks it. */
    bool find(const QString &text, bool backward = false);
    void findNext();
    void findPrevious();

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
    };
    struct SectionSpan
    {
        int section = -1;
        int start = 0;  ///< start of its heading
        int ownEnd = 0; ///< end of its own text, before its subsections
    };

    void retranslate();
    void render();
    void renderReport(QTextCursor &cursor, const Report &report);
    void renderSection(QTextCursor &cursor, const Report &report, int section);
    void updateBreadcrumb(const Report *report, int section);
    void applyFigureFormat(const FigureSpan &span, bool current);
    void showCurrentFigure();
    void scrollToPosition(int position);
    void onAnchorClicked(const QUrl &url);
    void onBreadcrumbLink(const QString &link);
    bool findInDocument(const QString &text, bool backward, int from);
    const FigureSpan *spanForFigure(int figureIndex) const;

    DocumentSelection *m_selection;
    QLabel *m_breadcrumb;
    QTextBrowser *m_browser;
    FindBar *m_findBar;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;

    // What is shown: ids and document positions only, never report data.
    int m_reportRow = -1;
    int m_section = -1;
    QList<FigureSpan> m_figures;
    QList<SectionSpan> m_sections;
    int m_currentFigure = -1; ///< figure index highlighted as current, -1 for none
    QTextCharFormat m_bodyFormat;
    QTextCharFormat m_figureFormat;
    QTextCharFormat m_currentFigureFormat;
    QTextCharFormat m_quoteFormat;
};

#endif // REPORTSCOPE_DETAILPANE_H
