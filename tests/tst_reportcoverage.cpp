// ReportCoverage: the framework's parts a 法治政府建设 report covers and the standard indicators
// it reports, on the sample report (武威 2021) and a short report that covers little.

#include "core/reportcoverage.h"
#include "core/reportparser.h"
#include "import/reportloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestReportCoverage : public QObject
{
    Q_OBJECT

private slots:
    void parts();
    void sample();
    void partial_data();
    void partial();
    void matrixCsv();
};

void TestReportCoverage::parts()
{
    QCOMPARE(ReportCoverage::partIds().size(), 9);
    QCOMPARE(ReportCoverage::partName(QStringLiteral("disputes")), QStringLiteral("矛盾纠纷化解"));
    QCOMPARE(ReportCoverage::partName(QStringLiteral("nope")), QString());
}

void TestReportCoverage::sample()
{
    const ReportLoader::Result r =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY(r.ok());
    const ReportCoverage::Result c = ReportCoverage::compute(*r.report);
    QStringList uncovered;
    for (const ReportCoverage::Part &p : c.parts) {
        if (!p.covered)
            uncovered << p.id;
    }
    // The 武威 report has a part on each: 党的领导 (一), 政府职能 (二), 制度 (三), 决策 (四),
    // 执法 (五), 应急 (六), 矛盾纠纷 (七), 监督 (八), and 数字政府 in (二).
    QCOMPARE(uncovered, QStringList());
    // Read in the report: 办理行政复议案件147件, 调解成功率98%, 聘请法律顾问32名.
    for (const char *id : {"admin_review_cases", "mediation_success_rate", "legal_advisers",
                           "admin_litigation_cases", "case_file_reviews"})
        QVERIFY2(c.reported.contains(QLatin1String(id)), id);
    QVERIFY(c.omitted.contains(QStringLiteral("litigation_loss_rate")));
    QVERIFY(!c.reported.contains(QStringLiteral("gdp"))); // not a 法治政府建设 indicator
}

void TestReportCoverage::partial_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("covered");
    QTest::addRow("复议 only")
        << QStringLiteral(
               "某县2022年法治政府建设情况报告\n\n一、行政复议\n\n办理行政复议案件12件。\n")
        << QStringList{"disputes"};
    QTest::addRow("执法 in text twice")
        << QStringLiteral("某县2022年法治政府建设情况报告\n\n一、主要工作\n\n"
                          "规范行政执法行为，开展行政执法案卷评查。\n")
        << QStringList{"enforcement"};
}

void TestReportCoverage::partial()
{
    QFETCH(QString, text);
    QFETCH(QStringList, covered);
    const ReportPtr report = ReportParser::parse(text).report;
    QStringList got;
    for (const ReportCoverage::Part &p : ReportCoverage::compute(*report).parts) {
        if (p.covered)
            got << p.id;
    }
    QCOMPARE(got, covered);
}

void TestReportCoverage::matrixCsv()
{
    const ReportLoader::Result r =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY(r.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coverage.csv"));
    QString error;
    QVERIFY2(ReportCoverage::writeCsvFile(path, {r.report}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QStringLiteral("党的领导,政府机构职能,依法行政制度")));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",1,1,1,1,1,1,1,1,1,")), qPrintable(lines.at(1)));
}

QTEST_GUILESS_MAIN(TestReportCoverage)
#include "tst_reportcoverage.moc"
