// FigureFilterModel's background work: results of work on its worker thread, one thread for a
// burst of requests of which the newest wins, and closing reports or destroying the models
// while a sort runs (run under ASan too).

#include "core/documentmodel.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "core/reportparser.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <memory>

namespace {

/** A report with two figures in every sentence: 6067件 and 5996件 with different labels. */
ReportPtr largeReport(int sentences)
{
    QString text = QStringLiteral("一、主要工作\n");
    text.reserve(sentences * 30);
    for (int s = 0; s < sentences; ++s) {
        if (s % 50 == 0)
            text += QStringLiteral("\n第%1轮排查中，").arg(s / 50 + 1);
        text += QStringLiteral("全市共摸排矛盾纠纷%1件，调解成功%2件。")
                    .arg(6000 + s % 997)
                    .arg(s % 13);
    }
    text += u'\n';
    return ReportParser::parse(text).report;
}

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

/** Thread ids of the threads named after the model (Linux keeps 15 characters of a name). */
QSet<QString> workerThreads()
{
    QSet<QString> ids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        // read(), not readAll(): /proc files have no size.
        if (comm.open(QIODevice::ReadOnly) && comm.read(64).startsWith("FigureFilterMod"))
            ids.insert(tid);
    }
    return ids;
}

QList<double> values(const FigureFilterModel &filter)
{
    QList<double> out;
    for (int i = 0; i < filter.rowCount(); ++i)
        out.append(filter.index(i, 0).data(FigureModel::ValueRole).toDouble());
    return out;
}

} // namespace

class TestFigureFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void filtersByRole_data();
    void filtersByRole();
    void initTestCase();
    void sortsInBackground_data();
    void sortsUnitsAsShown_data();
    void sortsUnitsAsShown();
    void sortsInBackground();
    void burstRunsNewestOnOneThread();
    void closeWhileSorting_data();
    void closeWhileSorting();

private:
    ReportPtr m_large;
};

void TestFigureFilterModel::initTestCase()
{
    m_large = largeReport(30000);
    QVERIFY(m_large);
    QCOMPARE(m_large->figures().size(), 60000);
}

void TestFigureFilterModel::sortsInBackground_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<double>("expectedFirst");
    QTest::addColumn<double>("expectedLast");
    QTest::addRow("value ascending") << int(FigureModel::ValueColumn) << Qt::AscendingOrder
                                     << QString() << 60000 << 0.0 << 6996.0;
    QTest::addRow("value descending") << int(FigureModel::ValueColumn) << Qt::DescendingOrder
                                      << QString() << 60000 << 6996.0 << 0.0;
    // 调解成功 is the label of the second figure of each sentence only... and in every quote.
    QTest::addRow("text in every quote, by value")
        << int(FigureModel::ValueColumn) << Qt::DescendingOrder << QStringLiteral("调解成功")
        << 60000 << 6996.0 << 0.0;
    QTest::addRow("text nowhere") << int(FigureModel::ValueColumn) << Qt::AscendingOrder
                                  << QStringLiteral("不存在的词") << 0 << -1.0 << -1.0;
}

void TestFigureFilterModel::sortsInBackground()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, text);
    QFETCH(int, expectedRows);
    QFETCH(double, expectedFirst);
    QFETCH(double, expectedLast);
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setAsyncThreshold(0);
    filter.setSourceModel(&figures);
    documents.addReport(m_large);
    filter.setText(text);
    filter.sort(column, order);
    QVERIFY(filter.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!filter.isBusy(), 30000);
    QCOMPARE(filter.rowCount(), expectedRows);
    if (expectedRows == 0)
        return;
    const QList<double> v = values(filter);
    QCOMPARE(v.first(), expectedFirst);
    QCOMPARE(v.last(), expectedLast);
    for (int i = 1; i < v.size(); ++i)
        QVERIFY(order == Qt::AscendingOrder ? v.at(i - 1) <= v.at(i) : v.at(i - 1) >= v.at(i));
}

void TestFigureFilterModel::burstRunsNewestOnOneThread()
{
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setAsyncThreshold(0);
    filter.setSourceModel(&figures);
    documents.addReport(m_large);
    const int before = threadCount();
    // Workers of models destroyed before may still be ending.
    const QSet<QString> earlier = workerThreads();
    QSet<QString> workers;
    // As fast as a user clicks a header or types: every request replaces the last.
    for (int i = 0; i < 40; ++i) {
        filter.sort(FigureModel::ValueColumn, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        filter.setText(i % 3 ? QStringLiteral("调解") : QStringLiteral("矛盾"));
        QVERIFY(threadCount() <= before + 1);
        workers += workerThreads() - earlier;
    }
    filter.setText(QString());
    filter.sort(FigureModel::ValueColumn, Qt::DescendingOrder);
    QVERIFY(filter.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!filter.isBusy(), 30000);
    QVERIFY(threadCount() <= before + 1);
    workers += workerThreads() - earlier;
    QCOMPARE(workers.size(), 1); // one thread served every request, and it is still there
    // The newest request's rows: all figures, largest value first.
    QCOMPARE(filter.rowCount(), 60000);
    const QList<double> v = values(filter);
    QCOMPARE(v.first(), 6996.0);
    QCOMPARE(v.last(), 0.0);
}

void TestFigureFilterModel::closeWhileSorting_data()
{
    QTest::addColumn<QString>("action");
    QTest::addRow("close the report") << QStringLiteral("close");
    QTest::addRow("destroy the proxy") << QStringLiteral("proxy");
    QTest::addRow("destroy the figure model first") << QStringLiteral("figures");
    QTest::addRow("destroy everything") << QStringLiteral("all");
}

void TestFigureFilterModel::closeWhileSorting()
{
    QFETCH(QString, action);
    auto documents = std::make_unique<DocumentModel>();
    auto figures = std::make_unique<FigureModel>(documents.get());
    auto filter = std::make_unique<FigureFilterModel>();
    filter->setAsyncThreshold(0);
    filter->setSourceModel(figures.get());
    documents->addReport(largeReport(30000)); // the only owner: closing frees it
    // Sorting by quote compares text: the slowest sort there is.
    filter->sort(FigureModel::QuoteColumn, Qt::DescendingOrder);
    QVERIFY(filter->isBusy());
    if (action == u"close") {
        documents->removeReport(0);
        QCOMPARE(filter->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!filter->isBusy(), 30000);
        QCOMPARE(filter->rowCount(), 0);
        QCOMPARE(figures->rowCount(), 0);
    } else if (action == u"proxy") {
        filter.reset();
        QCOMPARE(figures->rowCount(), 60000);
    } else if (action == u"figures") {
        figures.reset();
        QCOMPARE(filter->rowCount(), 0);
        filter.reset();
    } else {
        filter.reset();
        figures.reset();
        documents.reset();
    }
    // Whatever the worker still had queued for the GUI thread must find nothing dangling.
    QTest::qWait(50);
    if (filter)
        QVERIFY(!filter->isBusy() || action == u"figures");
}

void TestFigureFilterModel::filtersByRole_data()
{
    QTest::addColumn<QList<int>>("roles");
    QTest::addColumn<int>("sortColumn"); // -1: document order
    QTest::addColumn<QStringList>("labels");
    const QStringList all{u"外资项目"_qs, u"城乡居民人均可支配收入"_qs, u"出口"_qs,
                          u"地区生产总值"_qs, u"规上工业增加值"_qs};
    using R = Figure::Role;
    QTest::addRow("every role") << QList<int>() << -1 << all;
    QTest::addRow("growth rates") << QList<int>{int(R::GrowthRate)} << -1
                                  << QStringList{u"城乡居民人均可支配收入"_qs};
    QTest::addRow("changes and targets") << QList<int>{int(R::Change), int(R::Target)} << -1
                                         << QStringList{u"出口"_qs, u"地区生产总值"_qs};
    QTest::addRow("a role no figure has") << QList<int>{int(R::Share)} << -1 << QStringList();
    // The role column sorts by the role as shown: Change, Duration, Growth rate, Level, Target.
    QTest::addRow("sorted by role")
        << QList<int>() << int(FigureModel::RoleColumn)
        << QStringList{u"出口"_qs, u"规上工业增加值"_qs, u"城乡居民人均可支配收入"_qs,
                       u"外资项目"_qs, u"地区生产总值"_qs};
    QTest::addRow("approximate last")
        << QList<int>() << int(FigureModel::ApproximateColumn)
        << QStringList{u"外资项目"_qs, u"城乡居民人均可支配收入"_qs, u"地区生产总值"_qs,
                       u"规上工业增加值"_qs, u"出口"_qs};
}

void TestFigureFilterModel::filtersByRole()
{
    QFETCH(QList<int>, roles);
    QFETCH(int, sortColumn);
    QFETCH(QStringList, labels);
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    documents.addReport(
        ReportParser::parse(
            QStringLiteral("一、回顾\n2025年引进外资项目30个。城乡居民人均可支配收入增长"
                           "4.4%。出口增长近两倍。\n二、安排\n力争地区生产总值增长5%"
                           "左右。规上工业增加值连续30个月保持增长。\n"))
            .report);
    QSet<Figure::Role> set;
    for (int r : std::as_const(roles))
        set.insert(Figure::Role(r));
    filter.setRoles(set);
    QCOMPARE(filter.roles(), set);
    if (sortColumn >= 0)
        filter.sort(sortColumn);
    QTRY_VERIFY(!filter.isBusy());
    QStringList got;
    for (int i = 0; i < filter.rowCount(); ++i)
        got.append(filter.index(i, FigureModel::LabelColumn).data().toString());
    QCOMPARE(got, labels);
}

void TestFigureFilterModel::sortsUnitsAsShown_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("labels");
    // As the column shows them (万人, 万元, 人, 亿元, 元 in code-point order), not by the
    // base unit (three 元 and two 人).
    QTest::addRow("ascending") << Qt::AscendingOrder
                               << QStringList{u"万人"_qs, u"万元"_qs, u"人"_qs, u"亿元"_qs,
                                              u"元"_qs}
                               << QStringList{u"新增就业"_qs, u"补助资金"_qs, u"培训人员"_qs,
                                              u"财政收入"_qs, u"人均补贴"_qs};
    QTest::addRow("descending") << Qt::DescendingOrder
                                << QStringList{u"元"_qs, u"亿元"_qs, u"人"_qs, u"万元"_qs,
                                               u"万人"_qs}
                                << QStringList{u"人均补贴"_qs, u"财政收入"_qs, u"培训人员"_qs,
                                               u"补助资金"_qs, u"新增就业"_qs};
}

void TestFigureFilterModel::sortsUnitsAsShown()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, units);
    QFETCH(QStringList, labels);
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    documents.addReport(
        ReportParser::parse(
            QStringLiteral("一、回顾\n全年财政收入500亿元。补助资金80万元。人均补贴300"
                           "元。新增就业12万人。培训人员5000人。\n"))
            .report);
    filter.sort(FigureModel::UnitColumn, order);
    QTRY_VERIFY(!filter.isBusy());
    QStringList gotUnits;
    QStringList gotLabels;
    for (int i = 0; i < filter.rowCount(); ++i) {
        gotUnits.append(filter.index(i, FigureModel::UnitColumn).data().toString());
        gotLabels.append(filter.index(i, FigureModel::LabelColumn).data().toString());
    }
    QCOMPARE(gotUnits, units);
    QCOMPARE(gotLabels, labels);
}

QTEST_GUILESS_MAIN(TestFigureFilterModel)
#include "tst_figurefiltermodel.moc"
