// The figure table model and its filter proxy over a DocumentModel: model invariants while
// reports are added, removed and replaced, roles, and filtering by report, section subtree,
// kind, unit and text.

#include "core/documentmodel.h"
#include "core/figurefiltermodel.h"
#include "core/figuremodel.h"
#include "core/reportparser.h"
#include "import/reportloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ReportPtr sampleReport()
{
    return ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)).report;
}

// A second, small report with figures in two sections.
ReportPtr smallReport()
{
    const QString text = QStringLiteral(
        "一、主要工作\n办理行政复议案件147件，纠错率8.2%。全年减少证明材料5.9万份。\n"
        "二、下一步工作\n新建3个公共法律服务站，投入资金1.2亿元。\n");
    return ReportParser::parse(text).report;
}

// Figures of every role: level with a period, growth rate, approximate, target, duration.
ReportPtr rolesReport()
{
    return ReportParser::parse(
               QStringLiteral("一、回顾\n2025年引进外资项目30个。城乡居民人均可支配收入增长4.4%。"
                              "培育专精特新企业逾百家。\n二、安排\n力争地区生产总值增长5%左右。"
                              "规上工业增加值连续30个月保持增长。\n"))
        .report;
}

ReportPtr reportWithoutFigures()
{
    return ReportParser::parse(
               QStringLiteral("一、主要工作\n认真贯彻落实各项决策部署，扎实推进各项工作。\n"))
        .report;
}

// Figures of the sample report, counted by hand in resources/sample-report.txt: 54 counts
// (12 of them in 件), 9 rates and one change.
constexpr int SampleFigures = 64;

} // namespace

class TestFigureModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelInvariants();
    void rolesAndColumns();
    void locateFigures();
    void filters_data();
    void filters();
    void sectionSubtree();
    void followsReplacedReport();
    void figureRoles_data();
    void figureRoles();

private:
    ReportPtr m_sample;
    ReportPtr m_small;
};

void TestFigureModel::initTestCase()
{
    m_sample = sampleReport();
    m_small = smallReport();
    QVERIFY(m_sample);
    QVERIFY(m_small);
    QCOMPARE(m_small->figures().size(), 5);
    QCOMPARE(m_sample->figures().size(), SampleFigures);
}

void TestFigureModel::modelInvariants()
{
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    QAbstractItemModelTester figureTester(&figures,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&figures, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&figures, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&figures, &QAbstractItemModel::modelReset);

    QCOMPARE(figures.rowCount(), 0);
    documents.addReport(m_sample);
    QCOMPARE(figures.rowCount(), SampleFigures);
    QCOMPARE(inserted.size(), 1);
    documents.addReport(reportWithoutFigures());
    documents.addReport(m_small);
    QCOMPARE(figures.rowCount(), SampleFigures + 5);
    QCOMPARE(filter.rowCount(), figures.rowCount());
    QCOMPARE(inserted.size(), 2); // the report without figures adds no rows

    // The small report's rows follow the sample's.
    const QModelIndex first = figures.indexForFigure(2, 0);
    QCOMPARE(first.row(), SampleFigures);
    QCOMPARE(first.data(FigureModel::LabelRole).toString(), QStringLiteral("行政复议案件"));

    filter.setReportRow(2);
    QCOMPARE(filter.rowCount(), 5);
    filter.setKinds({Figure::Kind::Rate});
    QCOMPARE(filter.rowCount(), 1);

    documents.removeReport(0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(figures.rowCount(), 5);
    QCOMPARE(figures.reportRowForIndex(figures.index(0, 0)), 1);

    // Reloading a report resets the table.
    documents.replaceReport(1, m_sample);
    QVERIFY(reset.size() >= 1);
    QCOMPARE(figures.rowCount(), SampleFigures);
    filter.setReportRow(-1);
    filter.setKinds({});
    QCOMPARE(filter.rowCount(), figures.rowCount());

    documents.removeReport(1);
    documents.removeReport(0);
    QCOMPARE(figures.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestFigureModel::rolesAndColumns()
{
    DocumentModel documents;
    FigureModel figures(&documents);
    documents.addReport(m_sample);
    QCOMPARE(figures.columnCount(), int(FigureModel::ColumnCount));

    // 5.4万余名国家机关工作人员 in 1.1.4.
    int row = -1;
    for (int i = 0; i < m_sample->figures().size(); ++i) {
        if (m_sample->figureText(i) == u"5.4万余名")
            row = i;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = figures.index(row, FigureModel::LabelColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("国家机关工作人员"));
    QCOMPARE(index.data(FigureModel::ValueRole).toDouble(), 54000.0);
    QCOMPARE(index.data(FigureModel::UnitRole).toString(), QStringLiteral("名"));
    QCOMPARE(index.data(FigureModel::QualifierRole).toString(), QStringLiteral("余"));
    QCOMPARE(index.data(FigureModel::KindRole).toInt(), int(Figure::Kind::Count));
    QCOMPARE(index.data(FigureModel::TextRole).toString(), QStringLiteral("5.4万余名"));
    QCOMPARE(index.data(FigureModel::SectionIdRole).toString(), QStringLiteral("1.1.4"));
    QCOMPARE(index.data(FigureModel::FigureIndexRole).toInt(), row);
    QCOMPARE(index.data(FigureModel::ReportRowRole).toInt(), 0);
    QVERIFY(index.data(FigureModel::QuoteRole).toString().contains(QStringLiteral("5.4万余名")));
    QVERIFY(index.data(FigureModel::CitationRole).toString().contains(QStringLiteral("四是")));
    QCOMPARE(figures.index(row, FigureModel::ValueColumn).data(Qt::EditRole).toDouble(), 54000.0);
    QCOMPARE(figures.index(row, FigureModel::SectionColumn).data().toString(),
             QStringLiteral("1.1.4 四是全面加强依法行政能力建设"));
    QCOMPARE(figures.headerData(FigureModel::LabelColumn, Qt::Horizontal).toString(),
             QStringLiteral("Indicator"));
    const QHash<int, QByteArray> names = figures.roleNames();
    QCOMPARE(names.value(FigureModel::ValueRole), QByteArray("value"));
    QCOMPARE(names.value(FigureModel::SectionIdRole), QByteArray("sectionId"));
}

void TestFigureModel::locateFigures()
{
    DocumentModel documents;
    FigureModel figures(&documents);
    documents.addReport(m_small);
    documents.addReport(reportWithoutFigures());
    documents.addReport(m_sample);
    const int smallCount = 5;
    // A report without figures shares its offset with the next one.
    QCOMPARE(figures.reportRowForIndex(figures.index(smallCount, 0)), 2);
    QCOMPARE(figures.figureIndexForIndex(figures.index(smallCount, 0)), 0);
    QCOMPARE(figures.indexForFigure(1, 0), QModelIndex());
    QCOMPARE(figures.indexForFigure(2, 3).row(), smallCount + 3);
    QCOMPARE(figures.indexForFigure(0, smallCount), QModelIndex());
    QCOMPARE(figures.reportForIndex(figures.index(0, 0)), m_small);
}

void TestFigureModel::filters_data()
{
    QTest::addColumn<bool>("sample"); // else the small report
    QTest::addColumn<QSet<Figure::Kind>>("kinds");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("labels"); // in document order; empty: not listed here
    using K = Figure::Kind;
    using Kinds = QSet<Figure::Kind>;
    // The small report: 行政复议案件 147件 (count), 纠错率 8.2% (rate), 证明材料 -5.9万份
    // (change) in 一、主要工作; 公共法律服务站 3个 (count), 资金 1.2亿元 (money) in
    // 二、下一步工作.
    QTest::addRow("small: everything")
        << false << Kinds() << QString() << QString() << 5
        << QStringList{u"行政复议案件"_qs, u"纠错率"_qs, u"证明材料"_qs, u"公共法律服务站"_qs,
                       u"资金"_qs};
    QTest::addRow("small: rates") << false << Kinds{K::Rate} << QString() << QString() << 1
                                  << QStringList{u"纠错率"_qs};
    QTest::addRow("small: counts and changes")
        << false << Kinds{K::Count, K::Change} << QString() << QString() << 3
        << QStringList{u"行政复议案件"_qs, u"证明材料"_qs, u"公共法律服务站"_qs};
    QTest::addRow("small: unit 元")
        << false << Kinds() << u"元"_qs << QString() << 1 << QStringList{u"资金"_qs};
    QTest::addRow("small: kind and unit") << false << Kinds{K::Count} << u"个"_qs << QString() << 1
                                          << QStringList{u"公共法律服务站"_qs};
    QTest::addRow("small: kind and another unit")
        << false << Kinds{K::Rate} << u"件"_qs << QString() << 0 << QStringList();
    QTest::addRow("small: text in a label")
        << false << Kinds() << QString() << u"证明"_qs << 1 << QStringList{u"证明材料"_qs};
    QTest::addRow("small: text in a quote") << false << Kinds() << QString() << u"行政复议"_qs << 2
                                            << QStringList{u"行政复议案件"_qs, u"纠错率"_qs};
    QTest::addRow("small: text in a heading") << false << Kinds() << QString() << u"下一步"_qs << 2
                                              << QStringList{u"公共法律服务站"_qs, u"资金"_qs};
    QTest::addRow("small: text nowhere")
        << false << Kinds() << QString() << u"调解"_qs << 0 << QStringList();
    // The sample report.
    QTest::addRow("sample: everything")
        << true << Kinds() << QString() << QString() << SampleFigures << QStringList();
    QTest::addRow("sample: rates")
        << true << Kinds{K::Rate} << QString() << QString() << 9
        << QStringList{u"参学率"_qs,   u"合格率"_qs,     u"评查率"_qs,
                       u"优秀率"_qs,   u"群众满意率"_qs, u"调解成功率"_qs,
                       u"调解组织"_qs, u"出庭应诉率"_qs, u"法院判决裁定履行率"_qs};
    QTest::addRow("sample: counts and changes")
        << true << Kinds{K::Count, K::Change} << QString() << QString() << 55 << QStringList();
    QTest::addRow("sample: unit 件")
        << true << Kinds() << u"件"_qs << QString() << 12 << QStringList();
    // 规范性文件 is in 1.3.3's heading (三是加强行政规范性文件制定监督管理): its five figures.
    QTest::addRow("sample: text in labels, quotes and a heading")
        << true << Kinds() << QString() << u"规范性文件"_qs << 5
        << QStringList{u"规范性文件"_qs, u"审核意见"_qs, u"规范性文件"_qs, u"规范性文件"_qs,
                       u"文件"_qs};
    QTest::addRow("sample: text in a heading")
        << true << Kinds() << QString() << u"加强和规范行政应诉工作"_qs << 3
        << QStringList{u"行政应诉案件"_qs, u"出庭应诉率"_qs, u"法院判决裁定履行率"_qs};
    QTest::addRow("sample: kind and text") << true << Kinds{K::Rate} << QString() << u"调解"_qs << 2
                                           << QStringList{u"调解成功率"_qs, u"调解组织"_qs};
    QTest::addRow("sample: nothing")
        << true << Kinds{K::Multiple} << QString() << QString() << 0 << QStringList();
}

void TestFigureModel::filters()
{
    QFETCH(bool, sample);
    QFETCH(QSet<Figure::Kind>, kinds);
    QFETCH(QString, unit);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QStringList, labels);
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    documents.addReport(m_small);
    documents.addReport(m_sample);
    const int reportRow = sample ? 1 : 0;
    filter.setReportRow(reportRow);
    filter.setKinds(kinds);
    filter.setUnit(unit);
    filter.setText(text);
    QCOMPARE(filter.rowCount(), count);
    QStringList got;
    for (int i = 0; i < filter.rowCount(); ++i) {
        QCOMPARE(filter.index(i, 0).data(FigureModel::ReportRowRole).toInt(), reportRow);
        got.append(filter.index(i, FigureModel::LabelColumn).data().toString());
    }
    if (!labels.isEmpty() || count == 0)
        QCOMPARE(got, labels);
}

void TestFigureModel::sectionSubtree()
{
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    documents.addReport(m_sample);
    documents.addReport(m_small);
    const int section = m_sample->indexOfSection(QStringLiteral("1.7"));
    QVERIFY(section >= 0);
    filter.setReportRow(0);
    filter.setSectionRange(section, m_sample->section(section).subtreeEnd);
    QCOMPARE(filter.rowCount(), 15); // 1.7.1 has 6, 1.7.2 5, 1.7.3 1, 1.7.4 3

    QCOMPARE(filter.index(0, 0).data(FigureModel::SectionIdRole).toString(),
             QStringLiteral("1.7.1"));
    // Sorting by value compares numbers, not text.
    filter.sort(FigureModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, FigureModel::ValueColumn).data(Qt::EditRole).toDouble(), 25100.0);
    filter.setSectionRange(-1, -1);
    QCOMPARE(filter.rowCount(), SampleFigures);
}

void TestFigureModel::followsReplacedReport()
{
    DocumentModel documents;
    FigureModel figures(&documents);
    QAbstractItemModelTester tester(&figures,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    documents.addReport(m_small);
    documents.addReport(m_sample);
    documents.replaceReport(0, reportWithoutFigures());
    QCOMPARE(figures.rowCount(), SampleFigures);
    QCOMPARE(figures.reportRowForIndex(figures.index(0, 0)), 1);
    documents.replaceReport(0, m_small);
    QCOMPARE(figures.rowCount(), SampleFigures + 5);
    QCOMPARE(figures.index(0, FigureModel::LabelColumn).data().toString(),
             QStringLiteral("行政复议案件"));
}

void TestFigureModel::figureRoles_data()
{
    QTest::addColumn<int>("figure");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("roleShown");
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("approximate");
    using R = Figure::Role;
    QTest::addRow("level in a year")
        << 0 << u"外资项目"_qs << int(R::Level) << u"Level"_qs << u"2025年"_qs << false;
    QTest::addRow("growth rate") << 1 << u"城乡居民人均可支配收入"_qs << int(R::GrowthRate)
                                 << u"Growth rate"_qs << QString() << false;
    QTest::addRow("word quantity")
        << 2 << u"专精特新企业"_qs << int(R::Level) << u"Level"_qs << QString() << true;
    QTest::addRow("target") << 3 << u"地区生产总值"_qs << int(R::Target) << u"Target"_qs
                            << QString() << false;
    QTest::addRow("duration") << 4 << u"规上工业增加值"_qs << int(R::Duration) << u"Duration"_qs
                              << QString() << false;
}

void TestFigureModel::figureRoles()
{
    QFETCH(int, figure);
    QFETCH(QString, label);
    QFETCH(int, role);
    QFETCH(QString, roleShown);
    QFETCH(QString, period);
    QFETCH(bool, approximate);
    DocumentModel documents;
    FigureModel figures(&documents);
    documents.addReport(rolesReport());
    QCOMPARE(figures.rowCount(), 5);
    const QModelIndex index = figures.index(figure, FigureModel::LabelColumn);
    QCOMPARE(index.data().toString(), label);
    QCOMPARE(index.data(FigureModel::FigureRoleRole).toInt(), role);
    QCOMPARE(index.data(FigureModel::PeriodRole).toString(), period);
    QCOMPARE(index.data(FigureModel::ApproximateRole).toBool(), approximate);
    QCOMPARE(figures.index(figure, FigureModel::RoleColumn).data().toString(), roleShown);
    QCOMPARE(figures.index(figure, FigureModel::PeriodColumn).data().toString(), period);
    QCOMPARE(figures.index(figure, FigureModel::ApproximateColumn).data().toString(),
             approximate ? u"approximate"_qs : QString());
    QCOMPARE(figures.headerData(FigureModel::RoleColumn, Qt::Horizontal).toString(), u"Role"_qs);
    QCOMPARE(figures.roleNames().value(FigureModel::FigureRoleRole), QByteArray("role"));
}

QTEST_GUILESS_MAIN(TestFigureModel)
#include "tst_figuremodel.moc"
