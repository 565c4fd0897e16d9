#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "core/languagemanager.h"
#include "core/sectionfiltermodel.h"
#include "export/figurechartbuilder.h"
#include "import/reportloader.h"
#include "widgets/darkpalette.h"
#include "widgets/detailpane.h"
#include "widgets/figurechartview.h"
#include "widgets/figuretableview.h"
#include "widgets/findbar.h"
#include "widgets/mainwindow.h"
#include "widgets/sectiontreeview.h"
#include "widgets/startpage.h"
#include "widgets/systemcolorscheme.h"

#include "sanitizerbuild.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLogValueAxis>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString Sample = QStringLiteral(REPORTSCOPE_SAMPLE_REPORT);

/** The first figure of a section with this label, or -1. */
int firstFigureLabelled(const Report &report, int section, const QString &label)
{
    for (int fi : report.figuresInSection(section)) {
        if (report.figures().at(fi).label == label)
            return fi;
    }
    return -1;
}

// Every row of a tree model, depth first.
QModelIndexList allRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        rows.append(idx);
        rows.append(allRows(model, idx));
    }
    return rows;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelTester();
    void selectSection_data();
    void selectSection();
    void treeKeyboardNavigation();
    void clickFigureInDetail();
    void everyFigureHighlighted_data();
    void everyFigureHighlighted();
    void clickBar_data();
    void clickBar();
    void tableFigureOutsideSection();
    void tableFilterDebounced_data();
    void tableFilterDebounced();
    void treeFilter_data();
    void treeFilter();
    void findAcrossSections();
    void findShortcuts();
    void openError();
    void openSeveralAndClose();
    void dropFiles();
    void reloadKeepsSection();
    void cancelLoading();
    void copyWithCitation();
    void findingsFollowLanguage();
    void recentFilesAndLayoutRemembered();
    void screenshot_data();
    void screenshot();
    void screenshotMemory_data();
    void screenshotMemory();
    void chartsInViewFirst();
    void f6CyclesPanes_data();
    void f6CyclesPanes();
    void tabOrder_data();
    void tabOrder();
    void tabWalk();
    void accessibleNames();
    void everyActionReachable();
    void mnemonicsUnique_data();
    void mnemonicsUnique();
    void startPage();
    void startPageLibraryEntry();
    void sessionRestored();
    void chartSaveAndLogAxis();
    void darkPaletteContrast_data();
    void darkPaletteContrast();
    void darkSchemeDetected_data();
    void darkSchemeDetected();

private:
    int sampleRow() const { return 0; }
    ReportPtr report() const { return m_window->documentModel()->report(sampleRow()); }
    int sectionIndex(const QString &id) const { return report()->indexOfSection(id); }
    void selectId(const QString &id);

    QTemporaryDir m_dir;
    QString m_samplePath; ///< a copy, so that reload and recent files have a real file
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings go to the temporary directory, never to the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_qs));
    QCoreApplication::setOrganizationName(u"ReportScope"_qs);
    QCoreApplication::setApplicationName(u"ReportScope"_qs);
    m_samplePath = m_dir.filePath(u"sample-report.txt"_qs);
    QVERIFY(QFile::copy(Sample, m_samplePath));
    QVERIFY2(!ReportLoader::loadFile(Sample).report->figures().isEmpty(),
             "the sample report has no figures: is FigureExtractor in?");
}

void TestMainWindow::init()
{
    MainWindow::Options options;
    options.useSettings = false;
    m_window = std::make_unique<MainWindow>(options);
    QString error;
    QCOMPARE(m_window->openFileNow(m_samplePath, &error), 0);
    QVERIFY(error.isEmpty());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->settle();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::selectId(const QString &id)
{
    QVERIFY(m_window->selectSection(sampleRow(), id));
    m_window->settle();
}

void TestMainWindow::modelTester()
{
    // Every model the window creates, checked while the window is used.
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    QList<QAbstractItemModel *> models{m_window->documentModel(), m_window->figureModel()};
    const auto proxies = m_window->findChildren<QAbstractProxyModel *>();
    QCOMPARE(proxies.size(), 3); // tree filter, chart figures, table figures
    for (QAbstractProxyModel *proxy : proxies)
        models.append(proxy);
    for (QAbstractItemModel *model : std::as_const(models))
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));

    for (const QString &id : {u"1.7"_qs, u"1.7.2"_qs, u"root"_qs, u"2"_qs, u"1"_qs})
        selectId(id);
    m_window->sectionTree()->setFilterText(u"调解"_qs);
    m_window->figureTable()->filterEdit()->setText(u"案件"_qs);
    m_window->figureTable()->setScope(FigureTableView::AllReportsScope);
    m_window->selection()->selectFigure(0, 3);

    const QString second = m_dir.filePath(u"second.txt"_qs);
    QFile::remove(second);
    QVERIFY(QFile::copy(Sample, second));
    QCOMPARE(m_window->openFileNow(second), 1);
    selectId(u"1.7.2"_qs);
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    m_window->reload();
    QVERIFY(finished.wait(10000));
    m_window->sectionTree()->setFilterText(QString());
    m_window->selection()->selectSection(1, sectionIndex(u"1.2"_qs));
    m_window->closeReport();
    m_window->settle();
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    m_window->closeReport();
    m_window->settle();
    QCOMPARE(m_window->documentModel()->reportCount(), 0);
    QCOMPARE(m_window->chartView()->chartCount(), 0);
    QVERIFY(m_window->detailPane()->plainText().contains(u"No report is open"_qs));
}

void TestMainWindow::selectSection_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("alsoShown"); // subsection headings read in the same place
    QTest::addRow("report") << QString() << u"武威市人民政府2021年度法治政府建设情况报告"_qs
                            << QStringList{u"一、主要举措和成效"_qs, u"市司法局"_qs};
    QTest::addRow("1.7") << u"1.7"_qs << u"(七)健全社会矛盾纠纷行政预防调处化解机制"_qs
                         << QStringList{u"一是健全公共法律服务体系"_qs,
                                        u"四是加强和规范行政应诉工作"_qs};
    QTest::addRow("1.7.2") << u"1.7.2"_qs << u"二是加强行政调解工作"_qs << QStringList();
    QTest::addRow("2") << u"2"_qs << u"二、存在的问题和不足"_qs << QStringList();
}

void TestMainWindow::selectSection()
{
    QFETCH(QString, id);
    QFETCH(QString, heading);
    QFETCH(QStringList, alsoShown);
    selectId(id);
    const ReportPtr r = report();
    const int section = id.isEmpty() ? -1 : sectionIndex(id);
    QCOMPARE(m_window->selection()->currentSectionIndex(), section);

    // Detail pane: breadcrumb, heading, own text, subsections.
    DetailPane *detail = m_window->detailPane();
    const QString text = detail->plainText();
    QVERIFY2(text.contains(heading), qPrintable(text.left(200)));
    for (const QString &s : std::as_const(alsoShown))
        QVERIFY2(text.contains(s), qPrintable(s));
    QVERIFY(detail->breadcrumbText().startsWith(r->displayName()));
    if (section >= 0) {
        QVERIFY(detail->breadcrumbText().endsWith(DocumentModel::sectionLabel(*r, section)));
        QVERIFY(text.contains(r->section(section).text.left(30)));
    }

    // Tree: the same item current and in view.
    QTreeView *tree = m_window->sectionTree()->treeView();
    const QModelIndex treeCurrent =
        m_window->sectionTree()->filterModel()->mapToSource(tree->currentIndex());
    QCOMPARE(treeCurrent, m_window->selection()->currentSection());
    QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(tree->currentIndex())));

    // Charts and table: the figures of the section and its subsections.
    const QList<int> figures = section < 0 ? QList<int>([&] {
        QList<int> all;
        for (int i = 0; i < r->figures().size(); ++i)
            all.append(i);
        return all;
    }())
                                           : r->figuresInSubtree(section);
    const auto groups =
        FigureChartBuilder::groupBars(FigureChartBuilder::barsFromReport(*r, figures));
    QCOMPARE(m_window->chartView()->chartCount(), int(groups.size()));
    for (int i = 0; i < groups.size(); ++i)
        QCOMPARE(m_window->chartView()->chartTitle(i), groups.at(i).title);
    QCOMPARE(m_window->figureTable()->tableView()->model()->rowCount(), int(figures.size()));
    if (id.isEmpty())
        QVERIFY(groups.size() >= 2); // 市场主体, 会议, … of the whole report
}

void TestMainWindow::treeKeyboardNavigation()
{
    selectId(u"1.7.2"_qs);
    QTreeView *tree = m_window->sectionTree()->treeView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(m_window->selection()->currentSectionIndex(), sectionIndex(u"1.7.3"_qs));
    QTest::keyClick(tree, Qt::Key_Left); // to the parent
    QCOMPARE(m_window->selection()->currentSectionIndex(), sectionIndex(u"1.7"_qs));
    QTest::keyClick(tree, Qt::Key_Home);
    QCOMPARE(m_window->selection()->currentSectionIndex(), -1);
    QCOMPARE(m_window->selection()->currentReportRow(), sampleRow());
}

void TestMainWindow::clickFigureInDetail()
{
    selectId(u"1.5"_qs);
    const ReportPtr r = report();
    // A figure of a subsection: shown in 1.5's text, selected without leaving 1.5; one of the
    // 市场主体 charted together.
    const int child = sectionIndex(u"1.5.4"_qs);
    const int fi = firstFigureLabelled(*r, child, u"市场主体"_qs);
    QVERIFY(fi >= 0);

    QPoint pos;
    QTextBrowser *browser = m_window->detailPane()->textBrowser();
    QVERIFY(m_window->detailPane()->figurePosition(sampleRow(), fi, &pos));
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, pos);

    DocumentSelection *sel = m_window->selection();
    QCOMPARE(sel->currentFigureIndex(), fi);
    QCOMPARE(sel->currentSectionIndex(), sectionIndex(u"1.5"_qs));
    int start = -1;
    int end = -1;
    QVERIFY(m_window->detailPane()->currentFigureRange(&start, &end));
    QTextCursor c(browser->document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    QCOMPARE(c.selectedText(), r->figureText(fi).toString());

    // The table's current row and the chart's selected bar are that figure.
    FigureTableView *table = m_window->figureTable();
    const QModelIndex row = table->filterModel()->mapToSource(table->tableView()->currentIndex());
    QCOMPARE(m_window->figureModel()->figureIndexForIndex(row), fi);
    QChartView *view = nullptr;
    QVERIFY(m_window->chartView()->barPosition(sampleRow(), fi, &view, &pos));
    int selectedBars = 0;
    for (int i = 0; i < m_window->chartView()->chartCount(); ++i) {
        QChart *chart = m_window->chartView()->chartView(i)->chart();
        const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        selectedBars += int(series->barSets().first()->selectedBars().size());
    }
    QCOMPARE(selectedBars, 1);
}

void TestMainWindow::everyFigureHighlighted_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : {u"1"_qs, u"1.5"_qs, u"1.9.1"_qs, u"3"_qs})
        QTest::addRow("%s", qPrintable(id)) << id;
}

void TestMainWindow::everyFigureHighlighted()
{
    // Figure offsets are offsets in Section::text: the highlighted range reads as the figure.
    QFETCH(QString, id);
    selectId(id);
    const ReportPtr r = report();
    QTextDocument *doc = m_window->detailPane()->textBrowser()->document();
    for (int fi : r->figuresInSubtree(sectionIndex(id))) {
        m_window->selection()->selectFigure(sampleRow(), fi);
        QCOMPARE(m_window->selection()->currentSection().data(DocumentModel::SectionIdRole), id);
        int start = -1;
        int end = -1;
        QVERIFY(m_window->detailPane()->currentFigureRange(&start, &end));
        QTextCursor c(doc);
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        QCOMPARE(c.selectedText(), r->figureText(fi).toString());
        QVERIFY(c.charFormat().isAnchor());
        // Its sentence is tinted from its first character, and the text before it is not.
        const Figure &f = r->figures().at(fi);
        const int quoteStart = start - int(f.start - f.quoteStart);
        QTextCursor q(doc);
        q.setPosition(quoteStart + 1);
        QVERIFY2(q.charFormat().background().style() != Qt::NoBrush,
                 qPrintable(r->figureQuote(fi).toString()));
        const QString &text = r->section(f.section).text;
        if (f.quoteStart > 0 && text.at(f.quoteStart - 1) == u'。') {
            q.setPosition(quoteStart);
            QCOMPARE(q.charFormat().background().style(), Qt::NoBrush);
        }
    }
}

void TestMainWindow::clickBar_data()
{
    QTest::addColumn<QString>("id");
    QTest::addRow("1.5") << u"1.5"_qs;
    QTest::addRow("1.5.4") << u"1.5.4"_qs;
    QTest::addRow("report") << u"root"_qs;
}

void TestMainWindow::clickBar()
{
    QFETCH(QString, id);
    selectId(id);
    const ReportPtr r = report();
    const int section = m_window->selection()->currentSectionIndex();
    QList<int> scope;
    if (section < 0) {
        for (int i = 0; i < r->figures().size(); ++i)
            scope.append(i);
    } else {
        scope = r->figuresInSubtree(section);
    }
    // The first and the last figure that is charted.
    QList<int> figures;
    for (const auto &g :
         FigureChartBuilder::groupBars(FigureChartBuilder::barsFromReport(*r, scope), 40)) {
        for (const auto &bar : g.bars)
            figures.append(bar.figureIndex);
    }
    std::sort(figures.begin(), figures.end());
    QVERIFY(!figures.isEmpty());
    auto *scroll = m_window->chartView()->findChild<QScrollArea *>(u"chartScrollArea"_qs);
    QVERIFY(scroll);
    for (int fi : {figures.first(), figures.last()}) {
        QChartView *view = nullptr;
        QPoint pos;
        QVERIFY(m_window->chartView()->barPosition(sampleRow(), fi, &view, &pos));
        scroll->ensureWidgetVisible(view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(m_window->selection()->currentFigureIndex(), fi);
        // The section stays; the figure's sentence is highlighted in the detail pane.
        QCOMPARE(m_window->selection()->currentSectionIndex(), section);
        int start = -1;
        int end = -1;
        if (section >= 0) {
            QVERIFY(m_window->detailPane()->currentFigureRange(&start, &end));
            QCOMPARE(end - start, int(r->figureText(fi).size()));
        }
    }
}

void TestMainWindow::tableFigureOutsideSection()
{
    selectId(u"1.7.2"_qs);
    FigureTableView *table = m_window->figureTable();
    table->setScope(FigureTableView::ReportScope);
    const ReportPtr r = report();
    const int target = sectionIndex(u"1.5.4"_qs);
    const int fi = firstFigureLabelled(*r, target, u"市场主体"_qs);
    QVERIFY(fi >= 0);
    const QModelIndex src = m_window->figureModel()->indexForFigure(sampleRow(), fi);
    const QModelIndex proxy = table->filterModel()->mapFromSource(src);
    QVERIFY(proxy.isValid());
    // As a click on the row does.
    table->tableView()->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->settle();
    QCOMPARE(m_window->selection()->currentFigureIndex(), fi);
    QCOMPARE(m_window->selection()->currentSectionIndex(), target);
    QVERIFY(m_window->detailPane()->breadcrumbText().endsWith(r->headingText(target)));
    int start = -1;
    int end = -1;
    QVERIFY(m_window->detailPane()->currentFigureRange(&start, &end));
    QChartView *view = nullptr;
    QPoint pos;
    QVERIFY(m_window->chartView()->barPosition(sampleRow(), fi, &view, &pos));
}

void TestMainWindow::tableFilterDebounced_data()
{
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<bool>("immediate");
    QTest::addRow("typing a word") << QStringList{u"调"_qs, u"调解"_qs, u"调解成"_qs} << false;
    QTest::addRow("one character") << QStringList{u"案"_qs} << false;
    QTest::addRow("typing, then clearing") << QStringList{u"调"_qs, u"调解"_qs, QString()} << true;
}

void TestMainWindow::tableFilterDebounced()
{
    // Keystrokes in the filter box filter once typing pauses; clearing it shows all at once.
    QFETCH(QStringList, typed);
    QFETCH(bool, immediate);
    selectId(u"root"_qs);
    FigureTableView *table = m_window->figureTable();
    FigureFilterModel *filter = table->filterModel();
    const int all = filter->rowCount();
    QVERIFY(all > 0);
    QSignalSpy resets(filter, &QAbstractItemModel::modelReset);
    for (const QString &text : std::as_const(typed))
        table->filterEdit()->setText(text);
    const QString last = typed.last();
    if (immediate) {
        QVERIFY(!table->isBusy());
        QCOMPARE(filter->text(), last);
        QCOMPARE(resets.count(), 0); // it never left "everything"
        QCOMPARE(filter->rowCount(), all);
        return;
    }
    QVERIFY(table->isBusy());
    QCOMPARE(filter->text(), QString());
    QCOMPARE(resets.count(), 0);
    QTRY_COMPARE(filter->text(), last);
    QVERIFY(!table->isBusy());
    QCOMPARE(resets.count(), 1); // one filter pass for the whole word
    QVERIFY(filter->rowCount() < all);
    QVERIFY(filter->rowCount() > 0);
}

void TestMainWindow::treeFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<QStringList>("hidden");
    QTest::addRow("title") << u"行政调解"_qs << QStringList{u"1"_qs, u"1.7"_qs, u"1.7.2"_qs}
                           << QStringList{u"1.2"_qs, u"3"_qs};
    QTest::addRow("text only") << u"人民监督员"_qs << QStringList{u"1"_qs, u"1.7"_qs, u"1.7.2"_qs}
                               << QStringList{u"1.7.1"_qs, u"1.7.3"_qs, u"2"_qs};
    QTest::addRow("nowhere") << u"不存在的词语"_qs << QStringList()
                             << QStringList{u"0"_qs, u"1"_qs, u"2"_qs, u"3"_qs};
    QTest::addRow("empty") << QString() << QStringList{u"1.7.2"_qs, u"3.4"_qs} << QStringList();
}

void TestMainWindow::treeFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, visible);
    QFETCH(QStringList, hidden);
    selectId(u"1.7.2"_qs);
    SectionTreeView *view = m_window->sectionTree();
    view->setFilterText(text);
    const ReportPtr r = report();

    QSet<QString> shown;
    for (const QModelIndex &idx : allRows(view->filterModel()))
        shown.insert(idx.data(DocumentModel::SectionIdRole).toString());
    QVERIFY(shown.contains(QString())); // the report row always stays
    for (const QString &id : std::as_const(visible))
        QVERIFY2(shown.contains(id), qPrintable(id));
    for (const QString &id : std::as_const(hidden))
        QVERIFY2(!shown.contains(id), qPrintable(id));

    // Exactly the matches and their ancestors.
    QSet<QString> expected{QString()};
    for (int i = 0; i < r->sectionCount(); ++i) {
        const QString label = DocumentModel::sectionLabel(*r, i);
        if (text.isEmpty() || label.contains(text) || r->section(i).text.contains(text)) {
            for (int a = i; a >= 0; a = r->section(a).parent)
                expected.insert(r->section(a).id);
        }
    }
    QCOMPARE(shown, expected);

    // Matches are expanded into view; the current section is kept when it matches.
    QTreeView *tree = view->treeView();
    if (!text.isEmpty() && !visible.isEmpty()) {
        const QModelIndex deepest = view->filterModel()->mapFromSource(
            m_window->documentModel()->indexForSectionId(sampleRow(), visible.last()));
        QVERIFY(deepest.isValid());
        QVERIFY(tree->isExpanded(deepest.parent()));
        QCOMPARE(m_window->selection()->currentSectionIndex(), sectionIndex(u"1.7.2"_qs));
        QCOMPARE(tree->currentIndex(), deepest);
    }
    view->setFilterText(QString());
    QCOMPARE(m_window->selection()->currentSectionIndex(), sectionIndex(u"1.7.2"_qs));
}

void TestMainWindow::findAcrossSections()
{
    selectId(u"1.7.2"_qs);
    const ReportPtr r = report();
    const QString query = u"行政复议"_qs;
    const int from = sectionIndex(u"1.7.2"_qs);
    QList<int> containing;
    for (int i = 0; i < r->sectionCount(); ++i) {
        if (r->section(i).text.contains(query) ||
            DocumentModel::sectionLabel(*r, i).contains(query))
            containing.append(i);
    }
    QVERIFY(containing.size() >= 2);
    const auto next =
        std::find_if(containing.cbegin(), containing.cend(), [&](int i) { return i > from; });
    QVERIFY(next != containing.cend());

    DetailPane *detail = m_window->detailPane();
    QVERIFY(detail->find(query));
    QCOMPARE(m_window->selection()->currentSectionIndex(), *next);
    QCOMPARE(detail->textBrowser()->textCursor().selectedText(), query);
    // The tree follows.
    QTreeView *tree = m_window->sectionTree()->treeView();
    QCOMPARE(m_window->sectionTree()->filterModel()->mapToSource(tree->currentIndex()),
             m_window->documentModel()->indexForSection(sampleRow(), *next));

    // Backwards from the first match of that section: the last section before it.
    QTextCursor c = detail->textBrowser()->textCursor();
    const int firstMatchStart = c.selectionStart();
    QTextCursor back(detail->textBrowser()->document());
    back.setPosition(firstMatchStart);
    detail->textBrowser()->setTextCursor(back);
    if (!detail->textBrowser()->document()->find(query, back, QTextDocument::FindBackward).isNull())
        QSKIP("the section shows the text twice before the first match");
    // The last section before it, or, wrapping around, the last one of the report.
    const auto before =
        std::find_if(containing.crbegin(), containing.crend(), [&](int i) { return i < *next; });
    const int previous = before != containing.crend() ? *before : containing.last();
    QVERIFY(detail->find(query, true));
    QCOMPARE(m_window->selection()->currentSectionIndex(), previous);
    QCOMPARE(detail->textBrowser()->textCursor().selectedText(), query);

    QVERIFY(!detail->find(u"报告里没有这句话"_qs));
    QCOMPARE(detail->findBar()->status(), DetailPane::tr("Not found"));
}

void TestMainWindow::findShortcuts()
{
    selectId(u"1.7.2"_qs);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    DetailPane *detail = m_window->detailPane();
    detail->textBrowser()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Find));
    QVERIFY(detail->findBar()->isVisible());
    QVERIFY(detail->findBar()->lineEdit()->hasFocus());
    // Chinese arrives through the input method.
    QInputMethodEvent typed;
    typed.setCommitString(u"行政复议"_qs);
    QApplication::sendEvent(detail->findBar()->lineEdit(), &typed);
    QCOMPARE(detail->textBrowser()->textCursor().selectedText(), u"行政复议"_qs);
    const int afterTyping = m_window->selection()->currentSectionIndex();
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->selection()->currentSectionIndex(), afterTyping);
    QCOMPARE(detail->textBrowser()->textCursor().selectedText(), u"行政复议"_qs);
    QTest::keyClick(detail->findBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!detail->findBar()->isVisible());
}

void TestMainWindow::openError()
{
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    const QString missing = m_dir.filePath(u"missing-report.txt"_qs);
    const QString empty = m_dir.filePath(u"empty.txt"_qs);
    QFile(empty).open(QIODevice::WriteOnly);
    selectId(u"1.7"_qs);
    m_window->openFiles({missing});
    QVERIFY(finished.wait(10000));
    auto *box = m_window->findChild<QMessageBox *>(u"loadErrorBox"_qs);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(u"missing-report.txt"_qs), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(ReportLoader::tr("The file does not exist.")),
             qPrintable(box->informativeText()));
    // The report already open is untouched, and still shown.
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    QCOMPARE(m_window->selection()->currentSectionIndex(), sectionIndex(u"1.7"_qs));
    box->close();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"loadErrorBox"_qs));

    // Two failures: one box naming both.
    m_window->openFiles({missing, empty});
    QVERIFY(finished.wait(10000));
    box = m_window->findChild<QMessageBox *>(u"loadErrorBox"_qs);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"missing-report.txt"_qs));
    QVERIFY(box->informativeText().contains(u"empty.txt"_qs));
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    box->close();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"loadErrorBox"_qs));

    // A damaged PDF: the reader's cause is shown, the open report stays, and stays shown.
    const QString damaged = m_dir.filePath(u"damaged.pdf"_qs);
    QFile pdf(damaged);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write(QByteArray("%PDF-1.7\n").append(QByteArray(20000, '\x9c')));
    pdf.close();
    m_window->openFiles({damaged});
    QVERIFY(finished.wait(10000));
    box = m_window->findChild<QMessageBox *>(u"loadErrorBox"_qs);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"damaged.pdf"_qs), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"The PDF is damaged"_qs),
             qPrintable(box->informativeText()));
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    QCOMPARE(m_window->selection()->currentSectionIndex(), sectionIndex(u"1.7"_qs));
    box->close();
}

void TestMainWindow::openSeveralAndClose()
{
    QStringList files;
    for (const QString &name : {u"a.txt"_qs, u"b.txt"_qs}) {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QVERIFY(QFile::copy(Sample, path));
        files.append(path);
    }
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    m_window->openFiles(files);
    QVERIFY(m_window->isLoading());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->documentModel()->reportCount(), 3);
    // The last one opened is shown; opening it again only selects it.
    QCOMPARE(m_window->selection()->currentReportRow(), 2);
    m_window->selection()->selectSection(0, -1);
    m_window->openFiles({files.last()});
    QCOMPARE(m_window->documentModel()->reportCount(), 3);
    QCOMPARE(m_window->selection()->currentReportRow(), 2);

    QCOMPARE(m_window->recentFiles().value(0), QFileInfo(files.last()).absoluteFilePath());
    m_window->closeReport();
    m_window->settle();
    QCOMPARE(m_window->documentModel()->reportCount(), 2);
    // The report before the closed one is shown, from its overview.
    QCOMPARE(m_window->selection()->currentReportRow(), 1);
    QCOMPARE(m_window->selection()->currentSectionIndex(), -1);
    QCOMPARE(m_window->figureModel()->rowCount(), 2 * 64);
    const QString title = u"武威市人民政府2021年度法治政府建设情况报告"_qs;
    QCOMPARE(m_window->detailPane()->breadcrumbText(), title);
    QVERIFY(m_window->detailPane()->plainText().startsWith(title));
}

void TestMainWindow::dropFiles()
{
    const QString path = m_dir.filePath(u"dropped.txt"_qs);
    QFile::remove(path);
    QVERIFY(QFile::copy(Sample, path));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at(640, 400);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->documentModel()->reportCount(), 2);
    QCOMPARE(m_window->documentModel()->report(1)->filePath(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::reloadKeepsSection()
{
    selectId(u"1.5.4"_qs);
    const int fi = report()->figuresInSection(sectionIndex(u"1.5.4"_qs)).value(0);
    m_window->selection()->selectFigure(sampleRow(), fi);
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    m_window->reload();
    QVERIFY(finished.wait(10000));
    m_window->settle();
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    QCOMPARE(m_window->selection()->currentSection().data(DocumentModel::SectionIdRole).toString(),
             u"1.5.4"_qs);
    QVERIFY(m_window->detailPane()->plainText().contains(u"四是创新行政执法方式"_qs));
    QVERIFY(m_window->chartView()->chartCount() > 0);
}

void TestMainWindow::cancelLoading()
{
    // A large report: many numbered sections, so that parsing takes a while.
    const QString big = m_dir.filePath(u"big.txt"_qs);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "某市2021年度法治政府建设情况报告\n";
        for (int i = 1; i <= 20000; ++i)
            text += "(" + QByteArray::number(i) + ")加强工作第" + QByteArray::number(i) +
                    "项。全年办理案件" + QByteArray::number(i % 900 + 10) + "件，满意率98%。\n";
        f.write(text);
    }
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    m_window->openFiles({big});
    QVERIFY(m_window->isLoading());
    QVERIFY(m_window->findChild<QWidget *>(u"loadProgress"_qs)->isVisibleTo(m_window.get()));
    m_window->cancelLoading();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->documentModel()->reportCount(), 1);
    QVERIFY(!m_window->findChild<QMessageBox *>(u"loadErrorBox"_qs));
    QVERIFY(!m_window->findChild<QWidget *>(u"loadProgress"_qs)->isVisibleTo(m_window.get()));
    QVERIFY(!m_window->isLoading());
}

void TestMainWindow::copyWithCitation()
{
    selectId(u"1.7.3"_qs);
    const ReportPtr r = report();
    const int fi = r->figuresInSection(sectionIndex(u"1.7.3"_qs)).value(0, -1);
    QVERIFY(fi >= 0);
    m_window->selection()->selectFigure(sampleRow(), fi);
    m_window->figureTable()->copySelection();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(r->figureQuote(fi)), qPrintable(text));
    QVERIFY(text.contains(r->displayName()));
    QVERIFY(text.contains(r->headingText(sectionIndex(u"1.7"_qs))));
    QVERIFY(text.contains(r->figureText(fi)));
}

void TestMainWindow::recentFilesAndLayoutRemembered()
{
    QSettings(u"ReportScope"_qs, u"ReportScope"_qs).clear();
    {
        MainWindow window;
        QCOMPARE(window.openFileNow(m_samplePath), 0);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(u"figuresDock"_qs)->hide();
        window.close();
    }
    QSettings settings(u"ReportScope"_qs, u"ReportScope"_qs);
    QCOMPARE(settings.value(u"recentFiles"_qs).toStringList(),
             QStringList{QFileInfo(m_samplePath).absoluteFilePath()});
    MainWindow again;
    QCOMPARE(again.recentFiles(), QStringList{QFileInfo(m_samplePath).absoluteFilePath()});
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<QDockWidget *>(u"figuresDock"_qs)->isVisible());
    QCOMPARE(again.size(), QSize(1000, 700));
}

void TestMainWindow::findingsFollowLanguage()
{
    // The overview words the sample's finding when it is drawn: a change of language
    // (View ▸ Language) shows at once.
    selectId(QString());
    const QString english = u"调解成功率 is stated as 98%, but 调解成功 5996件 out of 矛盾纠纷 "
                            u"6067件 is 98.83%."_qs;
    const QString chinese = u"调解成功率为 98%，但按 矛盾纠纷 6067件 中 调解成功 5996件 计算应为 "
                            u"98.83%。"_qs;
    QVERIFY2(m_window->detailPane()->plainText().contains(english),
             qPrintable(m_window->detailPane()->plainText().left(600)));
    QVERIFY(LanguageManager::apply(u"zh_CN"_qs));
    m_window->settle();
    const QString inChinese = m_window->detailPane()->plainText();
    QVERIFY(LanguageManager::apply(u"en"_qs));
    m_window->settle();
    QVERIFY2(inChinese.contains(chinese), qPrintable(inChinese.left(600)));
    QVERIFY(!inChinese.contains(english));
    QVERIFY(m_window->detailPane()->plainText().contains(english));
}

void TestMainWindow::screenshot_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error"); // on the last line of stderr, in any language
    QTest::addRow("root") << QStringList() << 0 << QString();
    QTest::addRow("1.7.2 dark") << QStringList{u"--select"_qs, u"1.7.2"_qs, u"--dark"_qs} << 0
                                << QString();
    QTest::addRow("file") << QStringList{u"--select"_qs, u"1.7"_qs, Sample} << 0 << QString();
    QTest::addRow("unknown section")
        << QStringList{u"--select"_qs, u"9.9"_qs} << 2 << u"\"9.9\""_qs;
    QTest::addRow("bad file") << QStringList{m_dir.filePath(u"nope.txt"_qs)} << 1
                              << m_dir.filePath(u"nope.txt"_qs);
}

void TestMainWindow::screenshot()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString out = m_dir.filePath(u"shot.png"_qs);
    QFile::remove(out);
    QProcess p;
    p.setProgram(QStringLiteral(REPORTSCOPE_BINARY));
    p.setArguments(QStringList{u"--screenshot"_qs, out} + arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    p.setProcessEnvironment(env);
    p.start();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), exitCode);
    if (exitCode != 0) {
        QVERIFY(!QFile::exists(out));
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardError()).trimmed().split(u'\n');
        QVERIFY2(lines.last().startsWith(u"reportscope: "_qs) && lines.last().contains(error),
                 qPrintable(lines.last()));
        return;
    }
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1280, 800));
}

void TestMainWindow::screenshotMemory_data()
{
    // The window's memory budget (issue 10): the sample report shown as the user sees it, up
    // to the screenshot's grab and its PNG, at most 60 MB resident at any moment (VmHWM).
    QTest::addColumn<QString>("phase");
    QTest::addColumn<qint64>("budgetKb");
    QTest::addRow("first paint") << u"painted (first)"_qs << qint64(60000);
    QTest::addRow("grab") << u"painted (grab)"_qs << qint64(60000);
    QTest::addRow("PNG written") << u"PNG written"_qs << qint64(60000);
}

void TestMainWindow::screenshotMemory()
{
    QFETCH(QString, phase);
    QFETCH(qint64, budgetKb);
    if (SanitizerBuild)
        QSKIP("AddressSanitizer's shadow memory is not the window's");
    // One pair of runs for all rows: the first compiles the lexicon cache if there is none
    // (a first start only), the second is measured.
    static QString timing;
    if (timing.isEmpty()) {
        for (int run = 0; run < 2; ++run) {
            QProcess p;
            p.setProgram(QStringLiteral(REPORTSCOPE_BINARY));
            p.setArguments({u"--screenshot"_qs, m_dir.filePath(u"memory.png"_qs)});
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
            env.insert(u"REPORTSCOPE_TIMING"_qs, u"1"_qs);
            p.setProcessEnvironment(env);
            p.start();
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            timing = QString::fromUtf8(p.readAllStandardError());
        }
    }
    // "timing: painted (grab)  479 ms  cpu  215 ms  peak RSS 54108 kB"
    const QRegularExpression line(QStringLiteral("timing: %1 .* peak RSS (-?\\d+) kB")
                                      .arg(QRegularExpression::escape(phase)));
    const QRegularExpressionMatch m = line.match(timing);
    QVERIFY2(m.hasMatch(), qPrintable(timing));
    const qint64 peakKb = m.captured(1).toLongLong();
    if (peakKb < 0)
        QSKIP("no /proc/self/status here");
    QVERIFY2(peakKb > 10000, qPrintable(m.captured(0)));
    QVERIFY2(peakKb <= budgetKb, qPrintable(m.captured(0)));
}

void TestMainWindow::chartsInViewFirst()
{
    // What --screenshot waits for: the charts in view (and half a view beyond) are drawn,
    // those further down are made only when scrolled to.
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    QCOMPARE(window.openFileNow(m_samplePath), 0);
    // Short enough that the sample's charts do not all fit in one and a half views.
    window.resize(1280, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.settle(true);
    FigureChartView *charts = window.chartView();
    const auto made = [charts](int i) {
        return charts->findChild<QChartView *>(QStringLiteral("chart%1").arg(i)) != nullptr;
    };
    const int count = charts->chartCount();
    QVERIFY2(count >= 4, qPrintable(QString::number(count)));
    QVERIFY(made(0));
    QVERIFY(!made(count - 1));
    auto *scroll = charts->findChild<QScrollArea *>(u"chartScrollArea"_qs);
    QVERIFY(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTRY_VERIFY(made(count - 1));
    // settle() makes every chart, for the tests that read them all.
    window.settle();
    for (int i = 0; i < count; ++i)
        QVERIFY(made(i));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::f6CyclesPanes_data()
{
    QTest::addColumn<bool>("forward");
    QTest::addColumn<QStringList>("visited"); // object names, from the section tree on
    QTest::addRow("F6") << true
                        << QStringList{u"sectionTree"_qs, u"detailText"_qs, u"chartScrollArea"_qs,
                                       u"figureTable"_qs, u"sectionTree"_qs};
    QTest::addRow("Shift+F6") << false
                              << QStringList{u"sectionTree"_qs, u"figureTable"_qs,
                                             u"chartScrollArea"_qs, u"detailText"_qs,
                                             u"sectionTree"_qs};
}

void TestMainWindow::f6CyclesPanes()
{
    QFETCH(bool, forward);
    QFETCH(QStringList, visited);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->sectionTree()->treeView()->setFocus();
    QStringList seen{QApplication::focusWidget()->objectName()};
    for (int i = 1; i < visited.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6,
                        forward ? Qt::NoModifier : Qt::ShiftModifier);
        seen.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                : QString());
    }
    QCOMPARE(seen, visited);
}

void TestMainWindow::tabOrder_data()
{
    // Left to right as the panes stand (0 tree, 1 text, 2 charts, 3 figures): Tab goes on to
    // the next pane, Shift+Tab back.
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<int>("to");
    QTest::addRow("tree filter on to text") << u"sectionFilterEdit"_qs << false << 1;
    QTest::addRow("tree to text") << u"sectionTree"_qs << false << 1;
    QTest::addRow("text to charts") << u"detailText"_qs << false << 2;
    QTest::addRow("charts to figures") << u"chartScrollArea"_qs << false << 3;
    QTest::addRow("figures back to charts") << u"figureFilterEdit"_qs << true << 2;
    QTest::addRow("charts back to text") << u"chartScrollArea"_qs << true << 1;
    QTest::addRow("text back to tree") << u"detailText"_qs << true << 0;
}

void TestMainWindow::tabOrder()
{
    QFETCH(QString, from);
    QFETCH(bool, backward);
    QFETCH(int, to);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QWidgetList panes{m_window->sectionTree(), m_window->detailPane(), m_window->chartView(),
                            m_window->figureTable()};
    const auto paneOf = [&panes](const QWidget *w) {
        for (int i = 0; i < panes.size(); ++i) {
            if (panes.at(i) == w || panes.at(i)->isAncestorOf(w))
                return i;
        }
        return -1;
    };
    auto *start = m_window->findChild<QWidget *>(from);
    QVERIFY2(start, qPrintable(from));
    start->setFocus();
    QCOMPARE(QApplication::focusWidget(), start);
    // Within a pane Tab visits its widgets (the text's links one by one, as in a web page; each
    // chart); the first widget after them is in the next pane.
    const int first = paneOf(start);
    QVERIFY(first >= 0);
    QWidget *focus = start;
    for (int i = 0; i < 200 && paneOf(focus) == first; ++i) {
        QTest::keyClick(focus, backward ? Qt::Key_Backtab : Qt::Key_Tab,
                        backward ? Qt::ShiftModifier : Qt::NoModifier);
        focus = QApplication::focusWidget();
        QVERIFY(focus);
    }
    QVERIFY2(paneOf(focus) == to,
             qPrintable(focus->objectName() + u' ' + focus->metaObject()->className()));
}

void TestMainWindow::tabWalk()
{
    // Tab alone, from the tree's filter, reaches the four panes in their order and comes back
    // round: nothing traps the focus (the table keeps Tab for leaving it, not its cells).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *filter = m_window->sectionTree()->filterEdit();
    filter->setFocus();
    QStringList panes;
    QStringList walk;
    for (int i = 0; i < 400; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (walk.isEmpty() || walk.constLast() != focus->objectName())
            walk.append(focus->objectName());
        if (m_window->panes().contains(focus) && !panes.contains(focus->objectName()))
            panes.append(focus->objectName());
        if (i > 0 && focus == filter)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QVERIFY2(QApplication::focusWidget() == filter, qPrintable(walk.join(u" → "_qs)));
    QCOMPARE(panes, (QStringList{u"sectionTree"_qs, u"detailText"_qs, u"chartScrollArea"_qs,
                                 u"figureTable"_qs}));
}

void TestMainWindow::accessibleNames()
{
    const QWidgetList panes = m_window->panes();
    QCOMPARE(panes.size(), 4);
    for (QWidget *pane : panes) {
        QVERIFY2(!pane->accessibleName().isEmpty(), qPrintable(pane->objectName()));
        QVERIFY2(!pane->accessibleDescription().isEmpty(), qPrintable(pane->objectName()));
    }
    QCOMPARE(m_window->sectionTree()->treeView()->accessibleName(), u"Sections"_qs);
    QVERIFY(!m_window->sectionTree()->filterEdit()->accessibleName().isEmpty());
    QVERIFY(!m_window->figureTable()->filterEdit()->accessibleName().isEmpty());
    // Named in the interface language.
    QVERIFY(LanguageManager::apply(u"zh_CN"_qs));
    m_window->settle();
    const QString chinese = m_window->sectionTree()->treeView()->accessibleName();
    QVERIFY(LanguageManager::apply(u"en"_qs));
    m_window->settle();
    QCOMPARE(chinese, u"章节"_qs);
    QCOMPARE(m_window->sectionTree()->treeView()->accessibleName(), u"Sections"_qs);
}

void TestMainWindow::everyActionReachable()
{
    // Every action of the menus has a mnemonic in its text or a shortcut, so the keyboard
    // reaches it (Alt+letter through the menu, or the key itself).
    const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    QVERIFY(menus.size() >= 4);
    int checked = 0;
    for (const QMenu *menu : menus) {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty())
                continue;
            if (menu->objectName() == u"recentMenu"_qs || menu->objectName() == u"languageMenu"_qs)
                continue; // filled when shown, numbered; languages by their own names
            ++checked;
            QVERIFY2(action->text().contains(u'&') || !action->shortcut().isEmpty(),
                     qPrintable(menu->title() + u" ▸ "_qs + action->text()));
        }
    }
    QVERIFY(checked >= 15);
    for (const char *name : {"printAction", "printPreviewAction", "nextPaneAction",
                             "previousPaneAction", "saveChartAction"}) {
        const auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
    }
}

void TestMainWindow::mnemonicsUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_qs;
    QTest::addRow("zh_CN") << u"zh_CN"_qs;
}

void TestMainWindow::mnemonicsUnique()
{
    // Alt+letter opens a menu and a letter then triggers its action only when no other entry
    // of the same menu (or menu bar) shares the letter: Qt would cycle between them instead.
    QFETCH(QString, language);
    const auto restore = qScopeGuard([] { LanguageManager::apply(u"en"_qs); });
    QVERIFY(LanguageManager::apply(language));
    m_window->settle();
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QRegularExpression(u"&[^&]"_qs));
        return at < 0 ? QChar() : text.at(at + 1).toLower();
    };
    const auto check = [&](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty() || !action->isVisible())
                continue;
            const QChar key = mnemonic(action->text());
            if (key.isNull())
                continue;
            QVERIFY2(!seen.contains(key),
                     qPrintable(where + u": "_qs + seen.value(key) + u" and "_qs + action->text()));
            seen.insert(key, action->text());
        }
    };
    int menusWithMnemonic = 0;
    for (const QAction *top : m_window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        QVERIFY2(!mnemonic(top->text()).isNull(), qPrintable(top->text()));
        ++menusWithMnemonic;
    }
    QVERIFY(menusWithMnemonic >= 4);
    check(u"menu bar"_qs, m_window->menuBar()->actions());
    if (QTest::currentTestFailed())
        return;
    for (const QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->objectName() == u"recentMenu"_qs || menu->objectName() == u"languageMenu"_qs)
            continue; // numbered when shown; languages by their own names
        check(menu->title(), menu->actions());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMainWindow::startPage()
{
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nothing open: the start page, and no empty docks.
    QVERIFY(window.isStartPageShown());
    QVERIFY(window.startPage()->isVisible());
    QVERIFY(!window.findChild<QDockWidget *>(u"sectionsDock"_qs)->isVisible());
    QVERIFY(!window.findChild<QDockWidget *>(u"figuresDock"_qs)->isVisible());
    QCOMPARE(window.panes(), QWidgetList{window.startPage()->openButton()});
    QVERIFY(!window.printAction()->isEnabled());
    QVERIFY(window.startPage()->addFolderButton()->isVisible()); // the window has a library

    // A recent file opens with Enter from the list.
    window.startPage()->setRecentFiles({m_samplePath});
    QCOMPARE(window.startPage()->recentList()->count(), 1);
    QSignalSpy loaded(&window, &MainWindow::loadingFinished);
    window.startPage()->recentList()->setFocus();
    window.startPage()->recentList()->setCurrentRow(0);
    QTest::keyClick(window.startPage()->recentList(), Qt::Key_Return);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.documentModel()->reportCount(), 1);
    QVERIFY(!window.isStartPageShown());
    QVERIFY(window.detailPane()->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(u"sectionsDock"_qs)->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(u"figuresDock"_qs)->isVisible());

    // Closing the last report brings the start page back.
    window.closeReport();
    QVERIFY(window.isStartPageShown());
    QVERIFY(!window.findChild<QDockWidget *>(u"chartsDock"_qs)->isVisible());
}

void TestMainWindow::startPageLibraryEntry()
{
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPushButton *add = window.startPage()->addFolderButton();
    // The window has a library, so the start page offers to fill it.
    QVERIFY(add->isVisible());
    QSignalSpy requested(&window, &MainWindow::addFolderRequested);
    // The entry opens the Library menu's folder dialog; it is closed as soon as it shows.
    bool dialogShown = false;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, &window, [&dialogShown] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            dialogShown = true;
            dialog->reject();
        }
    });
    closer.start();
    QTest::mouseClick(add, Qt::LeftButton);
    closer.stop();
    QCOMPARE(requested.count(), 1);
    QVERIFY(dialogShown);
    window.setLibraryAvailable(false);
    QVERIFY(!add->isVisible());
}

void TestMainWindow::sessionRestored()
{
    QSettings(u"ReportScope"_qs, u"ReportScope"_qs).clear();
    const QString second = m_dir.filePath(u"second-report.txt"_qs);
    QFile::remove(second);
    QVERIFY(QFile::copy(m_samplePath, second));
    {
        MainWindow window;
        QVERIFY(window.restoresSession());
        QCOMPARE(window.openFileNow(m_samplePath), 0);
        QCOMPARE(window.openFileNow(second), 1);
        const ReportPtr r = window.documentModel()->report(0);
        window.documentModel()->setSectionChecked(0, r->indexOfSection(u"1.2"_qs), true);
        window.documentModel()->setSectionChecked(0, r->indexOfSection(u"2"_qs), true);
        QVERIFY(window.selectSection(0, u"1.7.2"_qs));
        window.close();
    }
    // The second file is gone by the next start: reported, not fatal.
    QVERIFY(QFile::remove(second));
    MainWindow again;
    QSignalSpy loaded(&again, &MainWindow::loadingFinished);
    QCOMPARE(again.restoreSession(), 1);
    QVERIFY2(again.statusBar()->currentMessage().contains(u"second-report.txt"_qs),
             qPrintable(again.statusBar()->currentMessage()));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(again.documentModel()->reportCount(), 1);
    const ReportPtr r = again.documentModel()->report(0);
    QCOMPARE(again.selection()->currentReportRow(), 0);
    QCOMPARE(r->section(again.selection()->currentSectionIndex()).id, u"1.7.2"_qs);
    QStringList checked;
    for (int i : again.documentModel()->checkedSections(0))
        checked.append(r->section(i).id);
    QVERIFY2(checked.contains(u"1.2"_qs) && checked.contains(u"2"_qs),
             qPrintable(checked.join(u' ')));
    QVERIFY(!checked.contains(u"1.7.2"_qs));
    QVERIFY(!again.isStartPageShown());

    // Switched off, nothing is reopened.
    again.findChild<QAction *>(u"restoreSessionAction"_qs)->setChecked(false);
    again.close();
    MainWindow third;
    QVERIFY(!third.restoresSession());
    QSettings(u"ReportScope"_qs, u"ReportScope"_qs).clear();
}

void TestMainWindow::chartSaveAndLogAxis()
{
    selectId(QString());
    FigureChartView *charts = m_window->chartView();
    QVERIFY(charts->chartCount() > 0);
    // Bars are largest first in every chart.
    for (int i = 0; i < charts->chartCount(); ++i) {
        const FigureChartBuilder::Group g = charts->chartGroup(i);
        for (int b = 1; b < g.bars.size(); ++b)
            QVERIFY(FigureChartBuilder::barValue(g, g.bars.at(b - 1)) >=
                    FigureChartBuilder::barValue(g, g.bars.at(b)));
        // No duration is charted.
        for (const auto &bar : g.bars)
            QVERIFY2(FigureChartBuilder::isChartable(bar), qPrintable(bar.text));
    }
    const QString png = m_dir.filePath(u"chart0.png"_qs);
    const QString svg = m_dir.filePath(u"chart0.svg"_qs);
    QString error;
    QVERIFY2(charts->saveChart(0, png, &error), qPrintable(error));
    QVERIFY2(charts->saveChart(0, svg, &error), qPrintable(error));
    // The whole chart is drawn: its bars (the highlight's tint, bluer than grey text) cover a
    // good part of the picture.
    const QImage image(png);
    QVERIFY(image.width() >= 400);
    int bars = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            bars += c.blue() > c.red() + 40;
        }
    QVERIFY2(bars * 4 * 50 > image.width() * image.height(), qPrintable(QString::number(bars)));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(charts->chartTitle(0).toUtf8()));
    QApplication::clipboard()->clear();
    QVERIFY(charts->copyChart(0));
    QVERIFY(!QApplication::clipboard()->image().isNull());

    // A log axis only where one value is over 100 times another.
    int wide = -1;
    for (int i = 0; i < charts->chartCount() && wide < 0; ++i) {
        if (FigureChartBuilder::spreadNeedsLogAxis(charts->chartGroup(i)))
            wide = i;
    }
    if (wide < 0)
        QSKIP("no chart of the sample spreads over 100×");
    charts->setLogAxis(wide, true);
    QVERIFY(charts->isLogAxis(wide));
    const QString logPng = m_dir.filePath(u"log.png"_qs);
    QVERIFY(charts->saveChart(wide, logPng, &error));
    int logBars = 0;
    const QImage logImage(logPng);
    for (int y = 0; y < logImage.height(); y += 2)
        for (int x = 0; x < logImage.width(); x += 2) {
            const QColor c = logImage.pixelColor(x, y);
            logBars += c.blue() > c.red() + 40;
        }
    QVERIFY2(logBars * 4 * 50 > logImage.width() * logImage.height(),
             qPrintable(QString::number(logBars)));
    QVERIFY(qobject_cast<QLogValueAxis *>(
        charts->chartView(wide)->chart()->axes(Qt::Horizontal).value(0)));
    charts->setLogAxis(wide, false);
    QVERIFY(qobject_cast<QValueAxis *>(
        charts->chartView(wide)->chart()->axes(Qt::Horizontal).value(0)));
}

void TestMainWindow::darkPaletteContrast_data()
{
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    QTest::addRow("text") << QPalette::Text << QPalette::Base;
    QTest::addRow("window text") << QPalette::WindowText << QPalette::Window;
    QTest::addRow("button text") << QPalette::ButtonText << QPalette::Button;
    QTest::addRow("selected text") << QPalette::HighlightedText << QPalette::Highlight;
    QTest::addRow("links") << QPalette::Link << QPalette::Base;
    QTest::addRow("start page sentences") << QPalette::PlaceholderText << QPalette::Base;
    QTest::addRow("tooltips") << QPalette::ToolTipText << QPalette::ToolTipBase;
}

void TestMainWindow::darkPaletteContrast()
{
    // WCAG 2's contrast ratio of the relative luminances; 4.5:1 is its minimum for body text.
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const QPalette dark = DarkPalette::palette();
    const double a = luminance(dark.color(QPalette::Active, foreground));
    const double b = luminance(dark.color(QPalette::Active, background));
    const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio, 'f', 2)));
}

void TestMainWindow::darkSchemeDetected_data()
{
    QTest::addColumn<QString>("gtkTheme");
    QTest::addColumn<QString>("file"); // relative to the config folder
    QTest::addColumn<QString>("contents");
    QTest::addColumn<bool>("dark");
    QTest::addRow("GTK_THEME dark") << u"Adwaita:dark"_qs << QString() << QString() << true;
    QTest::addRow("GTK_THEME light wins over a file")
        << u"Adwaita"_qs << u"gtk-3.0/settings.ini"_qs
        << u"[Settings]\ngtk-application-prefer-dark-theme=1\n"_qs << false;
    QTest::addRow("GTK prefers dark")
        << QString() << u"gtk-3.0/settings.ini"_qs
        << u"[Settings]\ngtk-application-prefer-dark-theme=1\n"_qs << true;
    QTest::addRow("GTK 4 dark theme name")
        << QString() << u"gtk-4.0/settings.ini"_qs
        << u"[Settings]\ngtk-theme-name=Adwaita-dark\n"_qs << true;
    QTest::addRow("GTK light") << QString() << u"gtk-3.0/settings.ini"_qs
                               << u"[Settings]\ngtk-theme-name=Adwaita\n"_qs << false;
    QTest::addRow("KDE Breeze Dark")
        << QString() << u"kdeglobals"_qs << u"[General]\nColorScheme=BreezeDark\n"_qs << true;
    QTest::addRow("nothing set") << QString() << QString() << QString() << false;
}

void TestMainWindow::darkSchemeDetected()
{
    QFETCH(QString, gtkTheme);
    QFETCH(QString, file);
    QFETCH(QString, contents);
    QFETCH(bool, dark);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    if (!file.isEmpty()) {
        QVERIFY(QDir(config.path()).mkpath(QFileInfo(config.filePath(file)).path()));
        QFile f(config.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents.toUtf8());
    }
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    QCOMPARE(SystemColorScheme::prefersDark(gtkTheme, config.path(), light), dark);
    // A platform palette that is dark already counts as a dark desktop.
    QPalette darkPalette;
    darkPalette.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    if (gtkTheme.isEmpty())
        QVERIFY(SystemColorScheme::prefersDark(gtkTheme, config.path(), darkPalette));
}
