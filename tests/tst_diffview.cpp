// The diff window over a real library in a temporary folder: Library ▸ Compare with Previous
// Year pairs 深圳市 2023 with 2022 and shows the aligned sections, the marked sentences and
// the indicator table; the diff exported to PDF holds the same, in the embedded CJK font.
// Opening a report from the library goes through its stored parse and refreshes it. The two
// reports are read on the view's worker: the window keeps turning its event loop, a newer
// request supersedes an older one, Cancel stops it, and closing or deleting the window
// mid-load is safe.

#include "core/indicatorchangemodel.h"
#include "core/reportdiffmodel.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "tests/corpusdir.h"
#include "tests/processrun.h"
#include "widgets/diffview.h"
#include "widgets/librarypane.h"
#include "widgets/mainwindow.h"

#include "core/documentmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

class TestDiffView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previousYearFromMenu();
    void exportPdf_data();
    void exportPdf();
    void openFromLibraryUsesStore();
    void loadRunsOffTheGuiThread();
    void newestLoadWins();
    void cancelAndCloseDuringLoad_data();
    void cancelAndCloseDuringLoad();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_folder;
};

void TestDiffView::initTestCase()
{
    if (corpusDir().isEmpty())
        return;
    m_dbPath = m_dir.filePath(QStringLiteral("library.sqlite"));
    m_folder = m_dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(m_folder);
    for (const char *name :
         {"shenzhen-gzbg-2022.txt", "shenzhen-gzbg-2023.txt", "longgang-gzbg-2023.txt"})
        QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/series/") + QLatin1String(name),
                            m_folder + u'/' + QLatin1String(name)));
    LibraryDatabase db(m_dbPath);
    QVERIFY(db.open());
    QCOMPARE(LibraryIndexer(&db).add({m_folder}).size(), 3);
}

void TestDiffView::previousYearFromMenu()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    MainWindow::Options options;
    options.useSettings = false;
    options.libraryPath = m_dbPath;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    const QString b = m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt");
    QVERIFY(window.openFileNow(b) >= 0);
    QAction *previous = window.findChild<QAction *>(QStringLiteral("previousYearAction"));
    QVERIFY(previous);
    QVERIFY(!window.exportDiffAction()->isEnabled());
    previous->trigger();
    DiffView *view = window.diffView();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QSignalSpy loaded(view, &DiffView::loaded);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QVERIFY(window.exportDiffAction()->isEnabled());
    QCOMPARE(view->sectionModel()->reportA()->filePath(),
             m_folder + QStringLiteral("/shenzhen-gzbg-2022.txt"));
    QCOMPARE(view->sectionModel()->reportB()->filePath(), b);

    // The tree shows every pair; the first changed one is selected and its text marked.
    QTreeView *tree = view->sectionView();
    QVERIFY(tree->model()->rowCount() > 3);
    const QModelIndex current = tree->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(current.data(ReportDiffModel::ChangeRole).toInt() != int(ReportDiff::Change::Same));
    const QString html = view->textView()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("{+")) || html.contains(QStringLiteral("[-")),
             qPrintable(view->textView()->toPlainText().left(300)));
    // Colour repeats the mark: the change column is coloured, not only worded.
    const QModelIndex changeCell = current.siblingAtColumn(ReportDiffModel::ChangeColumn);
    QVERIFY(changeCell.data(Qt::ForegroundRole).isValid());
    QVERIFY(changeCell.data().toString().contains(u'~') ||
            changeCell.data().toString().contains(u'+') ||
            changeCell.data().toString().contains(u'\u2212'));

    auto *table = view->findChild<QTableView *>(QStringLiteral("diffIndicators"));
    QVERIFY(table);
    bool gdp = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QStringLiteral("地区生产总值")) {
            QCOMPARE(table->model()->index(r, 2).data().toString(),
                     QStringLiteral("3.24万亿元 (2022)"));
            gdp = true;
        }
    }
    QVERIFY(gdp);
    if (qEnvironmentVariableIsSet("REPORTSCOPE_DIFF_SHOT")) {
        view->resize(1280, 800);
        QTest::qWait(50);
        view->grab().save(qEnvironmentVariable("REPORTSCOPE_DIFF_SHOT"));
    }

    // No previous year for the earliest report: nothing opens, the status says so.
    QVERIFY(!window.libraryPane()->diffPreviousYear(m_folder +
                                                    QStringLiteral("/shenzhen-gzbg-2022.txt")));
}

void TestDiffView::exportPdf_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addRow("title") << QStringLiteral("What Changed");
    QTest::addRow("indicator table") << QStringLiteral("地区生产总值");
    QTest::addRow("value in B's magnitude") << QStringLiteral("3.24万亿元");
    QTest::addRow("inserted text marked") << QStringLiteral("{+");
    QTest::addRow("deleted text marked") << QStringLiteral("[-");
    QTest::addRow("section marks") << QStringLiteral("~ ");
}

void TestDiffView::exportPdf()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, expected);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdftotext.isEmpty() || pdffonts.isEmpty())
        QSKIP("poppler-utils (pdftotext, pdffonts) are not installed");
    static QString pdf;
    if (pdf.isEmpty()) {
        DiffView view;
        QString error;
        QSignalSpy loaded(&view, &DiffView::loaded);
        view.load(m_folder + QStringLiteral("/shenzhen-gzbg-2022.txt"),
                  m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"), m_dbPath);
        QVERIFY(loaded.wait(30000));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
        pdf = m_dir.filePath(QStringLiteral("diff.pdf"));
        QVERIFY2(view.exportPdfTo(pdf, &error), qPrintable(error));
        const ProcessResult fonts = runProcess(pdffonts, {pdf});
        QVERIFY(QString::fromUtf8(fonts.out).contains(QStringLiteral("WenQuanYi")));
        // Embedded: the "emb" column of every font line says yes.
        for (const QString &line : QString::fromUtf8(fonts.out).split(u'\n').mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        }
    }
    const ProcessResult text = runProcess(pdftotext, {pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(QString::fromUtf8(text.out).contains(expected), qPrintable(expected));
}

void TestDiffView::openFromLibraryUsesStore()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    // Changed after indexing: opening it from the library reads the file and stores the new
    // parse, which only the library's store does (a plain open leaves the library alone).
    const QString path = m_folder + QStringLiteral("/longgang-gzbg-2023.txt");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n附件：窗口打开测试的一段话。\n");
    }
    MainWindow::Options options;
    options.useSettings = false;
    options.libraryPath = m_dbPath;
    MainWindow window(options);
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    emit window.libraryPane()->openRequested(path, QString(), QString());
    QVERIFY(finished.wait(30000));
    QVERIFY(window.documentModel()->rowOfFile(path) >= 0);
    LibraryDatabase db(m_dbPath);
    QVERIFY(db.open(LibraryDatabase::Check::Header));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sections s JOIN reports r ON r.id = "
                                  "s.report_id JOIN files f ON f.id = r.file_id WHERE f.path = "
                                  "'%1' AND instr(s.heading || s.text, '窗口打开测试') > 0")
                       .arg(path)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDiffView::loadRunsOffTheGuiThread()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    DiffView view;
    view.show();
    QSignalSpy started(&view, &DiffView::loadingStarted);
    QSignalSpy progress(&view, &DiffView::loadProgress);
    QSignalSpy loaded(&view, &DiffView::loaded);
    // A heartbeat on the GUI thread: it beats while the files are parsed (no library, so
    // both are read and parsed from their files) only if that happens elsewhere.
    int beats = 0;
    int beatsAtResult = -1;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, &view, [&beats] { ++beats; });
    connect(&view, &DiffView::loaded, &view, [&] { beatsAtResult = beats; });
    heartbeat.start(1);
    view.load(m_folder + QStringLiteral("/shenzhen-gzbg-2022.txt"),
              m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"), QString());
    // load() returned at once: started, still loading, no result before the event loop runs.
    QCOMPARE(started.size(), 1);
    QVERIFY(view.isLoading());
    QCOMPARE(loaded.size(), 0);
    QVERIFY(!view.hasDiff());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QVERIFY2(beatsAtResult >= 2, qPrintable(QString::number(beatsAtResult)));
    QVERIFY(!view.isLoading());
    QVERIFY(view.hasDiff());
    // Reading A, reading B, the diff: in that order, through the event loop.
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0).at(0).toInt(), 0);
    QCOMPARE(progress.at(1).at(2).toString(), m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"));
    QCOMPARE(progress.at(2).at(0).toInt(), 2);
    QCOMPARE(view.sectionModel()->reportB()->filePath(),
             m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"));
}

void TestDiffView::newestLoadWins()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    DiffView view;
    QSignalSpy loaded(&view, &DiffView::loaded);
    view.load(m_folder + QStringLiteral("/shenzhen-gzbg-2022.txt"),
              m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"), QString());
    view.load(m_folder + QStringLiteral("/longgang-gzbg-2023.txt"),
              m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"), m_dbPath);
    QVERIFY(loaded.wait(30000));
    QTest::qWait(50); // the first request's result, had it been kept, would be here by now
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(view.sectionModel()->reportA()->filePath(),
             m_folder + QStringLiteral("/longgang-gzbg-2023.txt"));
}

void TestDiffView::cancelAndCloseDuringLoad_data()
{
    QTest::addColumn<int>("action");
    QTest::addRow("cancel") << 0;
    QTest::addRow("close the window") << 1;
    QTest::addRow("delete the window") << 2;
    QTest::addRow("delete after a step") << 3;
}

void TestDiffView::cancelAndCloseDuringLoad()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(int, action);
    // Cancelling races the worker: A is made long (the report 60 times, about 3.6 MB, a tenth
    // of a second or more to read), so that the load cannot be over before cancelLoad() on a
    // loaded machine either.
    QString a = m_folder + QStringLiteral("/shenzhen-gzbg-2022.txt");
    if (action == 0) {
        QFile small(a);
        QVERIFY(small.open(QIODevice::ReadOnly));
        const QByteArray text = small.readAll();
        a = m_dir.filePath(QStringLiteral("long-2022.txt"));
        QFile big(a);
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 60; ++i)
            QVERIFY(big.write(text) == text.size());
    }
    auto *view = new DiffView;
    view->show();
    QSignalSpy loaded(view, &DiffView::loaded);
    QSignalSpy progress(view, &DiffView::loadProgress);
    view->load(a, m_folder + QStringLiteral("/shenzhen-gzbg-2023.txt"), QString());
    switch (action) {
    case 0:
        view->cancelLoad();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("cancelled"));
        QVERIFY(!view->hasDiff());
        QVERIFY(!view->isLoading());
        break;
    case 1:
        view->close();
        QVERIFY(loaded.wait(30000)); // a hidden window still finishes its load
        QCOMPARE(loaded.first().at(0).toBool(), true);
        break;
    case 2:
        break;
    case 3:
        QVERIFY(progress.wait(30000));
        break;
    }
    QPointer<DiffView> guard(view);
    delete view; // waits for the worker; a result posted to the deleted view is dropped
    QVERIFY(guard.isNull());
    QTest::qWait(20); // let any posted result find no receiver
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
