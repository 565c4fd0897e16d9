// ReportSerializer: corpus reports (text, web page, PDF) stored and read back give the same
// outline, figures and findings as the fresh parse; damaged and foreign bytes give no report.

#include "core/reportjson.h"
#include "core/reportserializer.h"
#include "import/reportloader.h"
#include "tests/corpusdir.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestReportSerializer : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void damaged_data();
    void damaged();
    void truncatedEverywhere();
};

void TestReportSerializer::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    // The stored bytes against the file's for plain text (the other formats wrap their text).
    QTest::addColumn<double>("maxRatio");
    QTest::addRow("深圳市 2023") << QStringLiteral("series/shenzhen-gzbg-2023.txt") << 1.0;
    QTest::addRow("国务院 2024") << QStringLiteral("guowuyuan-gzbg-2024.txt") << 1.0;
    QTest::addRow("武威 法治 2021") << QStringLiteral("wuwei-2021-fazhi.txt") << 1.0;
    QTest::addRow("Word 年报 with tables")
        << QStringLiteral("published/xxgk-nianbao-template.docx") << 0.0;
    QTest::addRow("web page") << QStringLiteral("published/shanxi-gov-news.html") << 0.0;
    QTest::addRow("PDF 年报 2023") << QStringLiteral("published/hongze-xxgk-2023.pdf") << 0.0;
}

void TestReportSerializer::roundTrip()
{
    REPORTSCOPE_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(double, maxRatio);
    const ReportLoader::Result loaded = ReportLoader::loadFile(corpusDir() + u'/' + file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const Report &fresh = *loaded.report;
    const QByteArray bytes = ReportSerializer::serialize(fresh);
    QCOMPARE(ReportSerializer::parserVersionOf(bytes), ReportSerializer::ParserVersion);
    QString error;
    const ReportPtr stored = ReportSerializer::deserialize(bytes, &error);
    QVERIFY2(stored, qPrintable(error));

    QCOMPARE(QJsonDocument(ReportJson::outline(*stored)).toJson(),
             QJsonDocument(ReportJson::outline(fresh)).toJson());
    QCOMPARE(QJsonDocument(ReportJson::figures(*stored)).toJson(),
             QJsonDocument(ReportJson::figures(fresh)).toJson());
    QCOMPARE(QJsonDocument(ReportJson::findings(*stored)).toJson(),
             QJsonDocument(ReportJson::findings(fresh)).toJson());
    QCOMPARE(stored->sourceText(), fresh.sourceText());
    QCOMPARE(stored->warnings(), fresh.warnings());
    QCOMPARE(stored->sourceMetadata().formatName, fresh.sourceMetadata().formatName);
    QCOMPARE(stored->sourceMetadata().pageCount, fresh.sourceMetadata().pageCount);
    QCOMPARE(stored->sectionCount(), fresh.sectionCount());
    QVERIFY(fresh.sectionCount() > 0);
    for (int i = 0; i < fresh.sectionCount(); ++i) {
        const Section &a = fresh.section(i);
        const Section &b = stored->section(i);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.bodySpans.size(), a.bodySpans.size());
        QCOMPARE(b.blocks.size(), a.blocks.size());
        for (int k = 0; k < a.blocks.size(); ++k) {
            QCOMPARE(b.blocks.at(k).range, a.blocks.at(k).range);
            QCOMPARE(b.blocks.at(k).rows.size(), a.blocks.at(k).rows.size());
            QCOMPARE(b.blocks.at(k).position.page, a.blocks.at(k).position.page);
            QCOMPARE(b.blocks.at(k).position.line, a.blocks.at(k).position.line);
        }
        QCOMPARE(b.headingRange, a.headingRange);
        QCOMPARE(b.children, a.children);
    }
    for (int f = 0; f < fresh.figures().size(); ++f) {
        QCOMPARE(stored->figureQuote(f), fresh.figureQuote(f));
        QCOMPARE(stored->figures().at(f).multiplierExponent,
                 fresh.figures().at(f).multiplierExponent);
    }
    // Compact: a text report's whole parse takes fewer bytes than its file.
    const qint64 fileSize = QFileInfo(corpusDir() + u'/' + file).size();
    if (maxRatio > 0)
        QVERIFY2(double(bytes.size()) <= maxRatio * double(fileSize),
                 qPrintable(
                     QStringLiteral("%1 bytes for a file of %2").arg(bytes.size()).arg(fileSize)));
}

void TestReportSerializer::damaged_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("reason");
    QTest::addRow("empty") << QStringLiteral("empty") << QStringLiteral("not a stored report");
    QTest::addRow("other magic") << QStringLiteral("magic")
                                 << QStringLiteral("not a stored report");
    QTest::addRow("older parser") << QStringLiteral("parser")
                                  << QStringLiteral("stored by another parser version");
    QTest::addRow("other format") << QStringLiteral("format")
                                  << QStringLiteral("another storage format");
    QTest::addRow("huge size claim")
        << QStringLiteral("claim") << QStringLiteral("damaged: impossible size");
    QTest::addRow("flipped bytes in the body")
        << QStringLiteral("flip") << QStringLiteral("damaged: the compressed data do not unpack");
}

void TestReportSerializer::damaged()
{
    QFETCH(QString, how);
    QFETCH(QString, reason);
    const ReportLoader::Result loaded = ReportLoader::loadData(
        QByteArrayLiteral(
            "一、总体情况\n地区生产总值增长6%，达到3.2万亿元。\n二、下一步\n继续努力。\n"),
        QStringLiteral("t.txt"));
    QVERIFY(loaded.ok());
    QByteArray bytes = ReportSerializer::serialize(*loaded.report);
    QVERIFY(ReportSerializer::deserialize(bytes));
    if (how == QLatin1String("empty"))
        bytes.clear();
    else if (how == QLatin1String("magic"))
        bytes[0] = 'X';
    else if (how == QLatin1String("parser"))
        bytes[8] = char(ReportSerializer::ParserVersion - 1);
    else if (how == QLatin1String("format"))
        bytes[4] = char(ReportSerializer::FormatVersion + 1);
    else if (how == QLatin1String("claim"))
        bytes[12] = char(0x7f);
    else
        for (qsizetype i = 20; i < bytes.size() - 4; i += 7)
            bytes[i] = char(bytes[i] ^ 0x5a);
    QString error;
    QVERIFY(!ReportSerializer::deserialize(bytes, &error));
    QCOMPARE(error, reason);
}

// Every prefix of the uncompressed body fails cleanly: the counts and offsets are checked.
void TestReportSerializer::truncatedEverywhere()
{
    const ReportLoader::Result loaded = ReportLoader::loadData(
        QByteArrayLiteral(
            "一、总体情况\n受理行政复议案件147件，办结率98%。\n序号\t项目\t数量\n1\t申请\t5\n"
            "二、下一步\n继续努力。\n"),
        QStringLiteral("t.txt"));
    QVERIFY(loaded.ok());
    const QByteArray bytes = ReportSerializer::serialize(*loaded.report);
    const QByteArray header = bytes.left(12);
    const QByteArray body = qUncompress(bytes.mid(12));
    QVERIFY(body.size() > 100);
    int failures = 0;
    for (qsizetype n = 0; n < body.size(); n += 3) {
        QString error;
        const ReportPtr r = ReportSerializer::deserialize(header + qCompress(body.left(n)), &error);
        QVERIFY2(!r, qPrintable(QString::number(n)));
        failures += error.startsWith(QLatin1String("damaged")) ? 1 : 0;
    }
    QCOMPARE(failures, int((body.size() + 2) / 3));
    QVERIFY(ReportSerializer::deserialize(header + qCompress(body)));
}

QTEST_GUILESS_MAIN(TestReportSerializer)
#include "tst_reportserializer.moc"
