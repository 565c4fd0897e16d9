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

ReportPtr reportWithoutFigures()
{
    return ReportParser::parse(
               QStringLiteral("一、主要工作\n认真贯彻落实各项决策部署，扎实推进各项工作。\n"))
        .report;
}

int countIf(const Report &report, const std::function<bool(const Figure &)> &pred)
{
    int n = 0;
    for (const Figure &f : report.figures()) {
        if (pred(f))
            ++n;
    }
    return n;
}

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
    QCOMPARE(figures.rowCount(), int(m_sample->figures().size()));
    QCOMPARE(inserted.size(), 1);
    documents.addReport(reportWithoutFigures());
    documents.addReport(m_small);
    QCOMPARE(figures.rowCount(), int(m_sample->figures().size() + m_small->figures().size()));
    QCOMPARE(filter.rowCount(), figures.rowCount());
    QCOMPARE(inserted.size(), 2); // the report without figures adds no rows

    // The small report's rows follow the sample's.
    const QModelIndex first = figures.indexForFigure(2, 0);
    QCOMPARE(first.row(), int(m_sample->figures().size()));
    QCOMPARE(first.data(FigureModel::LabelRole).toString(), QStringLiteral("行政复议案件"));

    filter.setReportRow(2);
    QCOMPARE(filter.rowCount(), int(m_small->figures().size()));
    filter.setKinds({Figure::Kind::Rate});
    QCOMPARE(filter.rowCount(), 1);

    documents.removeReport(0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(figures.rowCount(), int(m_small->figures().size()));
    QCOMPARE(figures.reportRowForIndex(figures.index(0, 0)), 1);

    // Reloading a report resets the table.
    documents.replaceReport(1, m_sample);
    QVERIFY(reset.size() >= 1);
    QCOMPARE(figures.rowCount(), int(m_sample->figures().size()));
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
    const int smallCount = int(m_small->figures().size());
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
    QTest::addColumn<QSet<Figure::Kind>>("kinds");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    const ReportPtr sample = sampleReport();
    const Report &r = *sample;
    const auto withText = [&r](const QString &text) {
        return countIf(r, [&](const Figure &f) {
            return f.label.contains(text) || f.quoteIn(r.figureSource(f)).contains(text) ||
                   r.headingText(f.section).contains(text);
        });
    };
    QTest::addRow("everything") << QSet<Figure::Kind>() << QString() << QString()
                                << int(r.figures().size());
    QTest::addRow("rates") << QSet<Figure::Kind>{Figure::Kind::Rate} << QString() << QString()
                           << countIf(r,
                                      [](const Figure &f) { return f.kind == Figure::Kind::Rate; });
    QTest::addRow("counts and changes")
        << QSet<Figure::Kind>{Figure::Kind::Count, Figure::Kind::Change} << QString() << QString()
        << countIf(r, [](const Figure &f) {
               return f.kind == Figure::Kind::Count || f.kind == Figure::Kind::Change;
           });
    QTest::addRow("unit 件") << QSet<Figure::Kind>() << QStringLiteral("件") << QString()
                             << countIf(r, [](const Figure &f) { return f.unit == u"件"; });
    QTest::addRow("text in labels and quotes")
        << QSet<Figure::Kind>() << QString() << QStringLiteral("规范性文件")
        << withText(QStringLiteral("规范性文件"));
    QTest::addRow("text in a heading")
        << QSet<Figure::Kind>() << QString() << QStringLiteral("加强和规范行政应诉工作") << 3;
    QTest::addRow("kind and text")
        << QSet<Figure::Kind>{Figure::Kind::Rate} << QString() << QStringLiteral("调解") << 2;
    QTest::addRow("nothing") << QSet<Figure::Kind>{Figure::Kind::Multiple} << QString() << QString()
                             << 0;
}

void TestFigureModel::filters()
{
    QFETCH(QSet<Figure::Kind>, kinds);
    QFETCH(QString, unit);
    QFETCH(QString, text);
    QFETCH(int, expected);
    DocumentModel documents;
    FigureModel figures(&documents);
    FigureFilterModel filter;
    filter.setSourceModel(&figures);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    documents.addReport(m_small);
    documents.addReport(m_sample);
    filter.setReportRow(1);
    filter.setKinds(kinds);
    filter.setUnit(unit);
    filter.setText(text);
    QCOMPARE(filter.rowCount(), expected);
    for (int i = 0; i < filter.rowCount(); ++i)
        QCOMPARE(filter.index(i, 0).data(FigureModel::ReportRowRole).toInt(), 1);
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
    QCOMPARE(filter.rowCount(), int(m_sample->figuresInSubtree(section).size()));
    QCOMPARE(filter.rowCount(), 15);
    QCOMPARE(filter.index(0, 0).data(FigureModel::SectionIdRole).toString(),
             QStringLiteral("1.7.1"));
    // Sorting by value compares numbers, not text.
    filter.sort(FigureModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, FigureModel::ValueColumn).data(Qt::EditRole).toDouble(), 25100.0);
    filter.setSectionRange(-1, -1);
    QCOMPARE(filter.rowCount(), int(m_sample->figures().size()));
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
    QCOMPARE(figures.rowCount(), int(m_sample->figures().size()));
    QCOMPARE(figures.reportRowForIndex(figures.index(0, 0)), 1);
    documents.replaceReport(0, m_small);
    QCOMPARE(figures.rowCount(), int(m_sample->figures().size() + m_small->figures().size()));
    QCOMPARE(figures.index(0, FigureModel::LabelColumn).data().toString(),
             QStringLiteral("行政复议案件"));
}

QTEST_GUILESS_MAIN(TestFigureModel)
#include "tst_figuremodel.moc"
