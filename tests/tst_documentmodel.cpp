#include "core/documentmodel.h"
#include "core/reportparser.h"
#include "core/sectionfiltermodel.h"
#include "import/reportloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

ReportPtr sample()
{
    return ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)).report;
}

ReportPtr small(const QString &extra = QString())
{
    return ReportParser::parse(u"一、工作情况\n(一)加强领导。一是学习思想。学习10次。二是完善机制。"
                               u"\n(二)健全制度。正文内容，说明情况。\n二、存在问题\n"_qs +
                               extra + u"问题不少，需要改进。"_qs)
        .report;
}

} // namespace

class TestDocumentModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void accessors_data();
    void accessors();
    void roles();
    void checkState();
    void reload();
    void filter_data();
    void filter();
    void largeReportsFreed_data();
    void largeReportsFreed();
};

void TestDocumentModel::largeReportsFreed_data()
{
    QTest::addColumn<int>("reports");
    QTest::addColumn<bool>("destroyAtOnce");
    QTest::addRow("one, model kept") << 1 << false;
    QTest::addRow("three in a row, model kept") << 3 << false;
    QTest::addRow("three in a row, model destroyed at once") << 3 << true;
}

void TestDocumentModel::largeReportsFreed()
{
    // Large reports are freed on the model's worker thread: every closed one is freed (none
    // is skipped for a newer one), at the latest when the model goes.
    QFETCH(int, reports);
    QFETCH(bool, destroyAtOnce);
    QString text = u"一、工作情况\n"_qs;
    for (int i = 0; i < 6000; ++i)
        text += u"全市共摸排矛盾纠纷%1件，调解成功%2件。"_qs.arg(6000 + i).arg(i);
    std::vector<std::weak_ptr<const Report>> closed;
    auto model = std::make_unique<DocumentModel>();
    for (int r = 0; r < reports; ++r) {
        ReportPtr report = ReportParser::parse(text + QString::number(r)).report;
        QVERIFY(report->figures().size() >= 12000); // large: freed off the GUI thread
        closed.push_back(report);
        model->addReport(std::move(report));
    }
    for (int r = 0; r < reports; ++r)
        model->removeReport(0);
    QCOMPARE(model->reportCount(), 0);
    if (destroyAtOnce)
        model.reset();
    const auto allFreed = [&closed] {
        return std::all_of(closed.cbegin(), closed.cend(),
                           [](const std::weak_ptr<const Report> &w) { return w.expired(); });
    };
    if (destroyAtOnce)
        QVERIFY(allFreed());
    else
        QTRY_VERIFY_WITH_TIMEOUT(allFreed(), 10000);
}

void TestDocumentModel::modelTester()
{
    DocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addReport(sample());
    model.addReport(small());
    model.addReport(small(u"补充说明。"_qs));
    model.setSectionChecked(0, 1, true);
    model.replaceReport(1, small(u"重新加载。"_qs));
    model.removeReport(0);
    model.replaceReport(0, sample());
    model.removeReport(1);
    model.removeReport(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestDocumentModel::accessors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addRow("preamble") << u"0"_qs;
    QTest::addRow("top level") << u"1"_qs;
    QTest::addRow("second level") << u"1.7"_qs;
    QTest::addRow("third level") << u"1.7.2"_qs;
    QTest::addRow("last") << u"3.4"_qs;
}

void TestDocumentModel::accessors()
{
    QFETCH(QString, id);
    DocumentModel model;
    model.addReport(small());
    model.addReport(sample());
    const QModelIndex index = model.indexForSectionId(1, id);
    QVERIFY(index.isValid());
    QCOMPARE(model.reportRowForIndex(index), 1);
    QCOMPARE(model.reportForIndex(index), model.report(1));
    const int section = model.sectionForIndex(index);
    QCOMPARE(model.report(1)->section(section).id, id);
    QCOMPARE(model.indexForSection(1, section), index);
    QCOMPARE(index.data(DocumentModel::SectionIdRole).toString(), id);
    // Walking up the parents ends at the report row.
    QModelIndex up = index;
    while (up.parent().isValid())
        up = up.parent();
    QCOMPARE(up, model.indexForReport(1));
    QCOMPARE(model.sectionForIndex(up), -1);
}

void TestDocumentModel::roles()
{
    DocumentModel model;
    model.addReport(sample());
    const QModelIndex report = model.indexForReport(0);
    QVERIFY(report.data(DocumentModel::IsReportRole).toBool());
    QCOMPARE(report.data().toString(), u"武威市人民政府2021年度法治政府建设情况报告"_qs);
    QCOMPARE(model.rowCount(report), 5);
    // Every section has its role; the signature is the closing.
    QCOMPARE(model.indexForSectionId(0, u"0"_qs).data(DocumentModel::SectionRoleRole).toInt(),
             int(Section::Role::Preamble));
    QCOMPARE(model.indexForSectionId(0, u"1.7"_qs).data(DocumentModel::SectionRoleRole).toInt(),
             int(Section::Role::Body));
    QCOMPARE(model.indexForSectionId(0, u"4"_qs).data(DocumentModel::SectionRoleRole).toInt(),
             int(Section::Role::Closing));
    QCOMPARE(report.data(DocumentModel::SectionRoleRole).toInt(), -1);
    const QModelIndex s = model.indexForSectionId(0, u"1.7"_qs);
    QCOMPARE(s.data(DocumentModel::MarkerRole).toString(), u"(七)"_qs);
    QCOMPARE(s.data().toString(),
             u"(七)健全社会矛盾纠纷行政预防调处化解机制,不断促进社会公平正义"_qs);
    QCOMPARE(s.data(DocumentModel::LevelRole).toInt(), 2);
    QCOMPARE(model.rowCount(s), 4);
    QCOMPARE(s.data(DocumentModel::SectionPathRole).toStringList().size(), 2);
    QVERIFY(s.data(DocumentModel::SubtreeTextRole).toString().contains(u"二是加强行政调解工作"_qs));
    QCOMPARE(model.indexForSectionId(0, u"0"_qs).data().toString(), DocumentModel::tr("Preamble"));
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(DocumentModel::SectionIdRole), QByteArray("sectionId"));
    QCOMPARE(names.value(DocumentModel::FigureCountRole), QByteArray("figureCount"));
}

void TestDocumentModel::checkState()
{
    DocumentModel model;
    model.addReport(sample());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex s = model.indexForSectionId(0, u"1.7"_qs);
    QVERIFY(model.setData(s, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!changed.isEmpty());
    // The subtree is checked; parent and report are partial.
    QCOMPARE(model.checkedSections(0).size(), 5);
    QCOMPARE(model.indexForSectionId(0, u"1.7.3"_qs).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(model.indexForSectionId(0, u"1"_qs).data(Qt::CheckStateRole).toInt(),
             int(Qt::PartiallyChecked));
    QCOMPARE(model.indexForReport(0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(model.flags(s) & Qt::ItemIsUserCheckable);
    // Unchecking one child leaves the parent partial.
    model.setData(model.indexForSectionId(0, u"1.7.1"_qs), Qt::Unchecked, Qt::CheckStateRole);
    QCOMPARE(s.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    model.setData(model.indexForReport(0), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(model.checkedSections(0).size(), int(model.report(0)->sectionCount()));
    model.clearChecks(0);
    QVERIFY(model.checkedSections(0).isEmpty());
}

void TestDocumentModel::reload()
{
    DocumentModel model;
    model.addReport(small());
    model.addReport(sample());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.replaceReport(0, small(u"更多内容。"_qs));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.reportCount(), 2);
    QVERIFY(model.report(0)
                ->section(model.report(0)->sectionCount() - 1)
                .text.contains(u"更多内容"_qs));
    // Report rows keep their place.
    QCOMPARE(model.indexForReport(1).data().toString(),
             u"武威市人民政府2021年度法治政府建设情况报告"_qs);
}

void TestDocumentModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("visible");
    QTest::addRow("title substring keeps ancestors")
        << u"调解"_qs << QStringList{u"1"_qs, u"1.7"_qs, u"1.7.2"_qs};
    QTest::addRow("text substring") << u"12348"_qs << QStringList{u"1"_qs, u"1.7"_qs, u"1.7.1"_qs};
    QTest::addRow("no match keeps only the report") << u"不存在的词语"_qs << QStringList();
}

void TestDocumentModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, visible);
    DocumentModel model;
    model.addReport(sample());
    SectionFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setText(text);
    QCOMPARE(filter.rowCount(), 1);
    QStringList ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < filter.rowCount(parent); ++r) {
            const QModelIndex idx = filter.index(r, 0, parent);
            ids.append(idx.data(DocumentModel::SectionIdRole).toString());
            walk(idx);
        }
    };
    walk(filter.index(0, 0));
    QCOMPARE(ids, visible);
    filter.setText(QString());
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 5);
}

QTEST_GUILESS_MAIN(TestDocumentModel)
#include "tst_documentmodel.moc"
