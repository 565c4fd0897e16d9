#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "core/figuremodel.h"
#include "core/keyindicatormodel.h"
#include "core/languagemanager.h"
#include "import/reportloader.h"
#include "widgets/detailpane.h"

#include <QApplication>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// A report whose first section holds a paragraph and a tab table with a figure in a cell.
const QString TableReport =
    u"一、主要指标\n全年经济平稳运行，各项指标完成良好，情况如下。\n"
    u"指标\t完成值\t增长\n地区生产总值\t3003亿元\t8.8%\n规上工业增加值\t1340亿元\t8.3%\n"
    u"二、下一步安排\n继续推进各项工作，确保完成目标任务。\n"_qs;

QList<QTextTable *> tablesOf(QTextDocument *doc)
{
    QList<QTextTable *> tables;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables.append(table);
    }
    return tables;
}

QString cellText(QTextTable *table, int row, int column)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    c.setPosition(table->cellAt(row, column).lastCursorPosition().position(),
                  QTextCursor::KeepAnchor);
    return c.selectedText();
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableBlock_data();
    void tableBlock();
    void figureInCell();
    void longTableInChunks();
    void warningsFollowLanguage();
    void keyIndicatorPanel();

private:
    ReportPtr m_report;
    std::unique_ptr<DocumentModel> m_documents;
    std::unique_ptr<FigureModel> m_figures;
    std::unique_ptr<DocumentSelection> m_selection;
    std::unique_ptr<DetailPane> m_pane;
};

void TestDetailPane::init()
{
    const ReportLoader::Result loaded = ReportLoader::loadData(TableReport.toUtf8(), u"t.txt"_qs);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    m_report = loaded.report;
    m_documents = std::make_unique<DocumentModel>();
    m_figures = std::make_unique<FigureModel>(m_documents.get());
    m_selection = std::make_unique<DocumentSelection>(m_documents.get(), m_figures.get());
    m_pane = std::make_unique<DetailPane>(m_selection.get());
    m_pane->resize(900, 700);
    QCOMPARE(m_documents->addReport(m_report), 0);
}

void TestDetailPane::cleanup()
{
    m_pane.reset();
    m_selection.reset();
    m_figures.reset();
    m_documents.reset();
    m_report.reset();
}

void TestDetailPane::tableBlock_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addRow("header") << 0 << 1 << u"完成值"_qs;
    QTest::addRow("first cell") << 1 << 0 << u"地区生产总值"_qs;
    QTest::addRow("figure cell") << 1 << 1 << u"3003亿元"_qs;
    QTest::addRow("last cell") << 2 << 2 << u"8.3%"_qs;
}

void TestDetailPane::tableBlock()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    m_selection->selectSection(0, m_report->indexOfSection(u"1"_qs));
    const QList<QTextTable *> tables = tablesOf(m_pane->textBrowser()->document());
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first()->rows(), 3);
    QCOMPARE(tables.first()->columns(), 3);
    QCOMPARE(cellText(tables.first(), row, column), text);
    // The paragraph before the table is running text, not a row.
    QVERIFY(m_pane->plainText().contains(u"全年经济平稳运行，各项指标完成良好，情况如下。"_qs));
}

void TestDetailPane::figureInCell()
{
    // A figure in a cell is found and highlighted where the cell shows it.
    int figure = -1;
    for (int i = 0; i < m_report->figures().size(); ++i) {
        if (m_report->figureText(i) == u"3003亿元"_qs)
            figure = i;
    }
    QVERIFY(figure >= 0);
    m_selection->selectFigure(0, figure);
    int start = -1;
    int end = -1;
    QVERIFY(m_pane->currentFigureRange(&start, &end));
    QTextCursor c(m_pane->textBrowser()->document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    QCOMPARE(c.selectedText(), u"3003亿元"_qs);
    QVERIFY(c.currentTable());
}

void TestDetailPane::longTableInChunks()
{
    // A long table is a stack of tables of TableChunkRows rows (Qt lays a table out whole),
    // and a figure in a later chunk is still found where its cell shows it.
    QString text = u"一、主要指标\n全年经济平稳运行，各项指标完成良好，情况如下。"_qs.repeated(30);
    const int rows = 2 * DetailPane::TableChunkRows + 50;
    for (int r = 0; r < rows; ++r)
        text += u"\n指标第%1项\t%2亿元"_qs.arg(r).arg(1000 + r);
    text += u"\n二、下一步安排\n继续推进各项工作，确保完成目标任务。\n"_qs;
    const ReportLoader::Result loaded = ReportLoader::loadData(text.toUtf8(), u"long.txt"_qs);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const int row = m_documents->addReport(loaded.report);
    m_selection->selectSection(row, loaded.report->indexOfSection(u"1"_qs));
    const QList<QTextTable *> tables = tablesOf(m_pane->textBrowser()->document());
    QList<int> sizes;
    for (QTextTable *table : tables)
        sizes.append(table->rows());
    QCOMPARE(sizes, QList<int>({DetailPane::TableChunkRows, DetailPane::TableChunkRows, 50}));
    QCOMPARE(cellText(tables.at(2), 49, 0), u"指标第%1项"_qs.arg(rows - 1));
    const QString wanted = u"%1亿元"_qs.arg(1000 + rows - 10);
    int figure = -1;
    for (int i = 0; i < loaded.report->figures().size(); ++i) {
        if (loaded.report->figureText(i) == wanted)
            figure = i;
    }
    QVERIFY(figure >= 0);
    m_selection->selectFigure(row, figure);
    int start = -1;
    int end = -1;
    QVERIFY(m_pane->currentFigureRange(&start, &end));
    QTextCursor c(m_pane->textBrowser()->document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    QCOMPARE(c.selectedText(), wanted);
    QCOMPARE(c.currentTable(), tables.at(2));
}

void TestDetailPane::warningsFollowLanguage()
{
    // A text without headings carries a NoHeadings warning; the overview words it in the
    // language of the moment.
    const ReportLoader::Result loaded = ReportLoader::loadData(
        u"这是一段没有标题的文字，说明有关情况。\n第二段文字，继续说明。"_qs.toUtf8(), u"w.txt"_qs);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.report->warnings().size(), 1);
    const int row = m_documents->addReport(loaded.report);
    m_selection->selectSection(m_documents->indexForReport(row));
    QVERIFY(LanguageManager::apply(u"en"_qs));
    const QString english = loaded.report->warnings().first().message();
    QVERIFY(m_pane->plainText().contains(english));
    QVERIFY(LanguageManager::apply(u"zh_CN"_qs));
    const QString chinese = loaded.report->warnings().first().message();
    QCOMPARE(chinese, u"未识别到标题，全文作为一个章节显示。"_qs);
    QTRY_VERIFY(m_pane->plainText().contains(chinese));
    QVERIFY(!m_pane->plainText().contains(english));
    QVERIFY(LanguageManager::apply(u"en"_qs));
}

void TestDetailPane::keyIndicatorPanel()
{
    // The overview lists the catalogue indicators the report states, in its own magnitude; a
    // click on one shows its sentence in its section, highlighted, as a figure's link does.
    m_selection->selectSection(m_documents->indexForReport(0));
    const KeyIndicatorModel *model = m_pane->keyIndicatorModel();
    const int row = model->rowOfIndicator(u"gdp"_qs);
    QVERIFY2(row >= 0, qPrintable(m_pane->plainText()));
    const QString text = m_pane->plainText();
    QVERIFY(text.contains(u"Key indicators"_qs));
    // The panel's table: a header, then one row per indicator, name, value, unit, role.
    QTextTable *panel = nullptr;
    for (QTextTable *table : tablesOf(m_pane->textBrowser()->document())) {
        if (cellText(table, 0, 0) == u"Indicator"_qs)
            panel = table;
    }
    QVERIFY(panel);
    QCOMPARE(panel->rows(), model->rowCount() + 1);
    QCOMPARE(cellText(panel, row + 1, KeyIndicatorModel::IndicatorColumn), u"地区生产总值"_qs);
    QCOMPARE(cellText(panel, row + 1, KeyIndicatorModel::ValueColumn), u"3003"_qs);
    QCOMPARE(cellText(panel, row + 1, KeyIndicatorModel::UnitColumn), u"亿元"_qs);
    QCOMPARE(cellText(panel, row + 1, KeyIndicatorModel::RoleColumn), u"Level"_qs);

    // Click the name.
    QTextCursor c =
        panel->cellAt(row + 1, KeyIndicatorModel::IndicatorColumn).firstCursorPosition();
    c.movePosition(QTextCursor::NextCharacter);
    QTextBrowser *browser = m_pane->textBrowser();
    const QRect rect = browser->cursorRect(c);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, rect.center());
    const int fi = model->index(row, 0).data(KeyIndicatorModel::FigureIndexRole).toInt();
    QCOMPARE(m_selection->currentFigureIndex(), fi);
    QCOMPARE(m_selection->currentSectionIndex(), m_report->figures().at(fi).section);
    int start = -1;
    int end = -1;
    QVERIFY(m_pane->currentFigureRange(&start, &end));
    QTextCursor shown(browser->document());
    shown.setPosition(start);
    shown.setPosition(end, QTextCursor::KeepAnchor);
    QCOMPARE(shown.selectedText(), u"3003亿元"_qs);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
