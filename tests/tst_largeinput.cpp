// A report of about 10 MB in the window: it loads in the background with a progress bar and
// Cancel, the event loop keeps running meanwhile, and its huge section reads in parts: the
// detail pane shows a bounded amount of text with working previous and next parts, a far
// figure or a find match brings its part up, and the figure table sorts on its worker thread.

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "widgets/detailpane.h"
#include "widgets/figurechartview.h"
#include "widgets/figuretableview.h"
#include "widgets/findbar.h"
#include "widgets/mainwindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {

const QString Marker = QStringLiteral("只在末尾出现一次的标记句");

// About 10 MB: a short first section, a huge second one (numbered paragraphs of 2 000
// characters and a few of 60 000, one sentence with two figures after another) ending with
// Marker, and a short last section.
QByteArray largeReport(int *bigParagraphs)
{
    const QString sentence = QStringLiteral("全市共摸排矛盾纠纷6067件，调解成功5996件。");
    QString paragraph;
    while (paragraph.size() < 2000)
        paragraph += sentence;
    QString longParagraph;
    while (longParagraph.size() < 60000)
        longParagraph += sentence;
    QString out = QStringLiteral("某市矛盾纠纷化解工作报告\n"
                                 "一、总体情况\n全年受理案件1200件，办结1180件。\n"
                                 "二、主要工作\n");
    int paragraphs = 0;
    while (out.size() < 4'400'000) { // about 10 MB as UTF-8
        // Every paragraph different: the parser drops a repeated copy of the text.
        out += QStringLiteral("第%1轮排查中，").arg(paragraphs + 1) +
               (paragraphs % 400 == 7 ? longParagraph : paragraph) + QLatin1Char('\n');
        ++paragraphs;
    }
    out += QStringLiteral("最后，") + Marker + QStringLiteral("，共化解纠纷77件。\n");
    out += QStringLiteral("三、下一步工作\n继续做好调解工作，力争调解成功率达到98%。\n");
    *bigParagraphs = paragraphs;
    return out.toUtf8();
}

} // namespace

class TestLargeInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelLoading();
    void loadInBackground();
    void bigSectionInParts();
    void farFigureMovesPart();
    void findReachesLastPart();
    void tableSortsInBackground();
    void cleanupTestCase();

private:
    int bigSection() const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestLargeInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int paragraphs = 0;
    const QByteArray bytes = largeReport(&paragraphs);
    QVERIFY(bytes.size() > 9'000'000);
    m_path = m_dir.filePath(QStringLiteral("large.txt"));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
    f.close();
    MainWindow::Options options;
    options.useSettings = false;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLargeInput::cleanupTestCase()
{
    m_window.reset();
}

int TestLargeInput::bigSection() const
{
    const ReportPtr report = m_window->documentModel()->report(0);
    return report ? report->indexOfSection(QStringLiteral("2")) : -1;
}

void TestLargeInput::cancelLoading()
{
    // Progress and Cancel while it loads; cancelling leaves nothing open.
    m_window->openFiles({m_path});
    QVERIFY(m_window->isLoading());
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("cancelLoadButton"));
    QVERIFY(progress && cancel);
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 60000);
    QCOMPARE(m_window->documentModel()->reportCount(), 0);
    QVERIFY(!progress->isVisible());
}

void TestLargeInput::loadInBackground()
{
    // The event loop runs while the file is read and parsed: a timer keeps firing.
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start();
    m_window->openFiles({m_path});
    QVERIFY(m_window->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 120000);
    QVERIFY2(ticks > 0, "the GUI thread was blocked while loading");
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    const ReportPtr report = m_window->documentModel()->report(0);
    QVERIFY(bigSection() >= 0);
    QVERIFY(report->figureCountInSubtree(bigSection()) > 200000);
    m_window->settle();
}

void TestLargeInput::bigSectionInParts()
{
    const ReportPtr report = m_window->documentModel()->report(0);
    const int big = bigSection();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_window->selectSection(0, QStringLiteral("2")));
    m_window->settle();
    // Minutes before parts (quadratic highlighting): seconds at most now, even with ASan.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));

    DetailPane *pane = m_window->detailPane();
    QVERIFY2(report->section(big).text.size() > 4'000'000,
             qPrintable(QString::number(report->section(big).text.size())));
    QVERIFY(pane->partCount() > 10);
    QCOMPARE(pane->currentPart(), 0);
    const QString first = pane->plainText();
    QVERIFY(first.size() <= DetailPane::MaxPartChars + DetailPane::MaxPartChars / 10);
    QVERIFY(first.size() > DetailPane::MaxPartChars / 2);
    QVERIFY(first.contains(QStringLiteral("二、主要工作")));
    QVERIFY(pane->partLabel()->isVisible());
    QVERIFY(!pane->previousPartButton()->isEnabled());
    QVERIFY(pane->nextPartButton()->isEnabled());

    pane->nextPartButton()->click();
    QCOMPARE(pane->currentPart(), 1);
    const QString second = pane->plainText();
    QVERIFY(second.size() <= DetailPane::MaxPartChars + DetailPane::MaxPartChars / 10);
    QVERIFY(!second.contains(QStringLiteral("二、主要工作")));
    QVERIFY(pane->previousPartButton()->isEnabled());
    pane->previousPartButton()->click();
    QCOMPARE(pane->currentPart(), 0);
    QCOMPARE(pane->plainText(), first);

    // Still the same section everywhere, and figures in the part are highlighted links.
    QCOMPARE(m_window->selection()->currentSectionIndex(), big);
    QTextCursor c(pane->textBrowser()->document());
    const int at = int(first.indexOf(QStringLiteral("6067件")));
    QVERIFY(at > 0);
    c.setPosition(at + 1);
    QVERIFY(c.charFormat().isAnchor());
}

void TestLargeInput::farFigureMovesPart()
{
    const ReportPtr report = m_window->documentModel()->report(0);
    const int big = bigSection();
    DetailPane *pane = m_window->detailPane();
    pane->showPart(0);
    int end = 0;
    const int first = report->figureRangeOfSubtree(big, &end);
    // The last figure of the section, chosen in the table like a click on its row.
    FigureTableView *table = m_window->figureTable();
    QTableView *view = table->tableView();
    QCOMPARE(view->model()->rowCount(), end - first);
    view->setCurrentIndex(view->model()->index(end - first - 1, 1));
    QCOMPARE(m_window->selection()->currentFigureIndex(), end - 1);
    QCOMPARE(m_window->selection()->currentSectionIndex(), big);
    QVERIFY(pane->currentPart() >= pane->partCount() - 2);
    int start = -1;
    int stop = -1;
    QVERIFY(pane->currentFigureRange(&start, &stop));
    QTextCursor c(pane->textBrowser()->document());
    c.setPosition(start);
    c.setPosition(stop, QTextCursor::KeepAnchor);
    QCOMPARE(c.selectedText(), report->figureText(end - 1).toString());

    // A figure in the middle: its part, highlighted.
    const int middle = first + (end - first) / 2;
    m_window->selection()->selectFigure(0, middle);
    QVERIFY(pane->currentPart() > 0 && pane->currentPart() < pane->partCount() - 1);
    QVERIFY(pane->currentFigureRange(&start, &stop));
    QTextCursor m(pane->textBrowser()->document()); // each part is a new document
    m.setPosition(start);
    m.setPosition(stop, QTextCursor::KeepAnchor);
    QCOMPARE(m.selectedText(), report->figureText(middle).toString());
    m_window->selection()->clearFigure();
}

void TestLargeInput::findReachesLastPart()
{
    DetailPane *pane = m_window->detailPane();
    QVERIFY(m_window->selectSection(0, QStringLiteral("2")));
    pane->showPart(0);
    QVERIFY(pane->find(Marker));
    QCOMPARE(pane->currentPart(), pane->partCount() - 1);
    QCOMPARE(pane->textBrowser()->textCursor().selectedText(), Marker);
    QCOMPARE(m_window->selection()->currentSectionIndex(), bigSection());
    // Once in the report: found again, from the top.
    QVERIFY(pane->find(Marker));
    QCOMPARE(pane->findBar()->status(), DetailPane::tr("Continued from the top"));
    // Backwards from the first part wraps around to the same match.
    pane->showPart(0);
    QVERIFY(pane->find(Marker, true));
    QCOMPARE(pane->currentPart(), pane->partCount() - 1);
    QCOMPARE(pane->textBrowser()->textCursor().selectedText(), Marker);
    // Text of the next section, from the big one: that section is selected.
    QVERIFY(pane->find(QStringLiteral("力争调解成功率")));
    QCOMPARE(m_window->selection()->currentSectionIndex(),
             m_window->documentModel()->report(0)->indexOfSection(QStringLiteral("3")));
    QVERIFY(!pane->find(QStringLiteral("报告里没有这句话")));
}

void TestLargeInput::tableSortsInBackground()
{
    QVERIFY(m_window->selectSection(0, QStringLiteral("root")));
    FigureTableView *table = m_window->figureTable();
    table->setScope(FigureTableView::ReportScope);
    FigureFilterModel *filter = table->filterModel();
    const int rows = filter->rowCount();
    QVERIFY(rows > filter->asyncThreshold());
    QVERIFY(!filter->isBusy()); // document order: no work at all
    table->tableView()->sortByColumn(FigureModel::ValueColumn, Qt::DescendingOrder);
    QVERIFY(filter->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!filter->isBusy(), 60000);
    QCOMPARE(filter->rowCount(), rows);
    const double top = filter->index(0, FigureModel::ValueColumn).data(Qt::EditRole).toDouble();
    const double bottom =
        filter->index(rows - 1, FigureModel::ValueColumn).data(Qt::EditRole).toDouble();
    QCOMPARE(top, 6067.0);
    QVERIFY(bottom <= top);
    // Back to document order: immediate again.
    table->tableView()->sortByColumn(FigureModel::SectionColumn, Qt::AscendingOrder);
    QVERIFY(!filter->isBusy());
    QCOMPARE(filter->index(0, 0).data(FigureModel::FigureIndexRole).toInt(), 0);
    table->setScope(FigureTableView::SectionScope);
    m_window->settle();
    QVERIFY(!m_window->chartView()->isBusy());
    QVERIFY(m_window->chartView()->chartCount() > 0);
}

QTEST_MAIN(TestLargeInput)
#include "tst_largeinput.moc"
