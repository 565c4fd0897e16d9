// XlsxTableWriter: a comparison written as XLSX holds its header, text and numbers (read back
// with the project's own zip reader); a failed write leaves the old file.

#include "core/indicatorcomparison.h"
#include "core/reportparser.h"
#include "export/xlsxtablewriter.h"
#include "import/ziparchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestXlsxTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void comparison();
    void failure();
};

void TestXlsxTableWriter::comparison()
{
    const ReportPtr report =
        ReportParser::parse(
            QStringLiteral("深圳市2017年政府工作报告\n\n一、2016年工作回顾\n\n"
                           "初步核算，2016年本市生产总值19492.6亿元，同比增长9%；\n"))
            .report;
    const auto rows = IndicatorComparison::compare({report}, QStringLiteral("gdp"));
    QCOMPARE(rows.size(), 1);
    QList<QStringList> table;
    for (const auto &r : rows)
        table.append(IndicatorComparison::fields(r));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gdp.xlsx"));
    QString error;
    QVERIFY2(XlsxTableWriter::write(path, QStringLiteral("地区生产总值"),
                                    IndicatorComparison::columns(), table,
                                    IndicatorComparison::numericColumns(), &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll(); // the archive reads from it: keep it alive
    ZipArchive zip(bytes);
    QVERIFY(zip.isOpen());
    const QString strings = QString::fromUtf8(zip.read("xl/sharedStrings.xml"));
    QVERIFY(strings.contains(QStringLiteral("indicator_name")));
    QVERIFY(strings.contains(QStringLiteral("19492.6亿元")));
    QVERIFY(strings.contains(QStringLiteral("初步核算，2016年本市生产总值19492.6亿元")));
    const QString sheet = QString::fromUtf8(zip.read("xl/worksheets/sheet1.xml"));
    // Numbers as numbers: the year and the normalised value, not strings.
    QVERIFY2(sheet.contains(QStringLiteral("<v>2016</v>")), qPrintable(sheet.right(600)));
    QVERIFY(sheet.contains(QStringLiteral("<v>1949260000000</v>")));
    const QString book = QString::fromUtf8(zip.read("xl/workbook.xml"));
    QVERIFY2(book.contains(QStringLiteral("地区生产总值")), qPrintable(book));
}

void TestXlsxTableWriter::failure()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!XlsxTableWriter::write(dir.filePath(QStringLiteral("no/such/x.xlsx")),
                                    QStringLiteral("s"), {QStringLiteral("a")}, {}, {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxTableWriter)
#include "tst_xlsxtablewriter.moc"
