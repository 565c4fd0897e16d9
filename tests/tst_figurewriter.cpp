// FigureWriter: its JSON is what QJsonDocument writes for ReportJson::figures() (string escapes
// and numbers checked one by one against QJsonDocument), its CSV has every JSON column, and it
// writes in bounded pieces rather than one document.

#include "core/figurewriter.h"
#include "core/reportjson.h"
#include "core/reportparser.h"
#include "import/reportloader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(ReportPtr)

namespace {

ReportPtr sampleReport()
{
    return ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)).report;
}

ReportPtr parsed(const QString &text)
{
    return ReportParser::parse(text).report;
}

/** What QJsonDocument writes for one value, without the array brackets around it. */
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray written(const Report &report, FigureWriter::Format format, int section = -1)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!FigureWriter::write(&buffer, report, format, section))
        return QByteArray("write failed");
    return buffer.data();
}

/** Splits one CSV record (no line breaks inside fields) into its fields. */
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

/** Records the size of every write. */
class RecordingDevice : public QIODevice
{
public:
    QList<qint64> writes;
    qint64 total = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        writes.append(len);
        total += len;
        return len;
    }
};

} // namespace

class TestFigureWriter : public QObject
{
    Q_OBJECT

private slots:
    void jsonString_data();
    void jsonString();
    void jsonNumber_data();
    void jsonNumber();
    void jsonMatchesDocument_data();
    void jsonMatchesDocument();
    void csvHasEveryColumn_data();
    void csvHasEveryColumn();
    void writesInPieces();
    void reportsWriteErrors();
};

void TestFigureWriter::jsonString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("ascii") << QStringLiteral("abc 123");
    QTest::addRow("chinese") << QStringLiteral("调解成功率98%。");
    QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\c/d");
    QTest::addRow("named escapes") << QStringLiteral("\b\f\n\r\t");
    QTest::addRow("other controls") << QString::fromUtf16(u"\u0001\u001f\u0000x");
    QTest::addRow("delete") << QString::fromUtf16(u"\u007f");
    QTest::addRow("line separator") << QString::fromUtf16(u"\u2028\u2029");
    QTest::addRow("bom and replacement") << QString::fromUtf16(u"\ufeff\ufffd");
    QTest::addRow("two-byte utf-8") << QString::fromUtf16(u"\u00e9\u07ff");
    QTest::addRow("surrogate pair") << QString::fromUtf16(u"\U0001F600\U00020000");
    QTest::addRow("lone high surrogate") << QString(QChar(0xD83D)) + QStringLiteral("x");
    QTest::addRow("lone high surrogate at end") << QStringLiteral("x") + QChar(0xD83D);
    QTest::addRow("lone low surrogate") << QString(QChar(0xDE00)) + QStringLiteral("x");
    QTest::addRow("high then high") << QString(QChar(0xD83D)) + QChar(0xD83D) + QChar(0xDE00);
}

void TestFigureWriter::jsonString()
{
    QFETCH(QString, text);
    QByteArray out;
    FigureWriter::appendJsonString(&out, text);
    QCOMPARE(out, qtJson(QJsonValue(text)));
}

void TestFigureWriter::jsonNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addRow("zero") << 0.0;
    QTest::addRow("negative zero") << -0.0;
    QTest::addRow("one") << 1.0;
    QTest::addRow("minus one") << -1.0;
    QTest::addRow("decimal") << 5.4;
    QTest::addRow("negative decimal") << -22.3;
    QTest::addRow("trillions") << 5.2e12;
    QTest::addRow("2^53 - 1") << 9007199254740991.0;
    QTest::addRow("2^53") << 9007199254740992.0;
    QTest::addRow("2^53 + 2") << 9007199254740994.0;
    QTest::addRow("-2^53") << -9007199254740992.0;
    QTest::addRow("1e16") << 1e16;
    QTest::addRow("1e20") << 1e20;
    QTest::addRow("-1e20") << -1e20;
    QTest::addRow("2^63") << 9223372036854775808.0;
    QTest::addRow("tenth") << 0.1;
    QTest::addRow("small") << 1e-7;
    QTest::addRow("many digits") << 123456789.123;
    QTest::addRow("largest") << std::numeric_limits<double>::max();
    QTest::addRow("denormal") << std::numeric_limits<double>::denorm_min();
    QTest::addRow("infinity") << std::numeric_limits<double>::infinity();
    QTest::addRow("minus infinity") << -std::numeric_limits<double>::infinity();
    QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN();
}

void TestFigureWriter::jsonNumber()
{
    QFETCH(double, value);
    QByteArray out;
    FigureWriter::appendJsonNumber(&out, value);
    QCOMPARE(out, qtJson(QJsonValue(value)));
}

void TestFigureWriter::jsonMatchesDocument_data()
{
    QTest::addColumn<ReportPtr>("report");
    QTest::addColumn<QString>("section");
    const ReportPtr sample = sampleReport();
    QTest::addRow("sample report") << sample << QString();
    QTest::addRow("sample section 1.7") << sample << QStringLiteral("1.7");
    QTest::addRow("sample section without figures") << sample << QStringLiteral("0");
    QTest::addRow("figures in titles, quotes and tabs")
        << parsed(QStringLiteral("某区工作报告\n"
                                 "一、总体情况\n"
                                 "1.地区生产总值达3003亿元，增长8.8%\n"
                                 "全区“十大工程”完成投资\t120亿元，占比\\45%。\n"
                                 "二、下一步工作\n新建3个服务站。\n"))
        << QString();
    QTest::addRow("no figures") << parsed(
                                       QStringLiteral("一、主要工作\n认真贯彻落实各项决策部署。\n"))
                                << QString();
}

void TestFigureWriter::jsonMatchesDocument()
{
    QFETCH(ReportPtr, report);
    QFETCH(QString, section);
    QVERIFY(report);
    const int index = section.isEmpty() ? -1 : report->indexOfSection(section);
    QVERIFY(section.isEmpty() || index >= 0);
    const QByteArray expected = QJsonDocument(ReportJson::figures(*report, index)).toJson();
    QCOMPARE(written(*report, FigureWriter::Format::Json, index), expected);
}

void TestFigureWriter::csvHasEveryColumn_data()
{
    QTest::addColumn<ReportPtr>("report");
    QTest::addRow("sample report") << sampleReport();
    QTest::addRow("figures in a title") << parsed(
        QStringLiteral("一、总体情况\n1.地区生产总值达3003亿元，增长8.8%\n正文没有数字。\n"));
}

void TestFigureWriter::csvHasEveryColumn()
{
    // Every row holds the JSON object's values under the JSON's names.
    QFETCH(ReportPtr, report);
    QVERIFY(report);
    const QByteArray csv = written(*report, FigureWriter::Format::Csv);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // the last line ends with CRLF too
    const QStringList header = lines.takeFirst().split(u',');
    const QJsonArray json = ReportJson::figures(*report);
    QVERIFY(!json.isEmpty());
    QCOMPARE(lines.size(), json.size());
    QStringList keys = json.at(0).toObject().keys();
    QStringList sortedHeader = header;
    sortedHeader.sort();
    QCOMPARE(sortedHeader, keys);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = csvFields(lines.at(i));
        QCOMPARE(fields.size(), header.size());
        const QJsonObject o = json.at(i).toObject();
        for (int c = 0; c < header.size(); ++c) {
            const QJsonValue v = o.value(header.at(c));
            const QString expected = v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false")
                                     : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                                    : v.toString();
            QCOMPARE(fields.at(c), expected);
        }
    }
}

void TestFigureWriter::writesInPieces()
{
    // 40 000 figures: many writes, each about 64 KiB, none holding the whole output.
    QString text = QStringLiteral("一、主要工作\n");
    for (int p = 0; p < 400; ++p) {
        text += QStringLiteral("第%1轮排查中，").arg(p + 1);
        for (int s = 0; s < 50; ++s)
            text += QStringLiteral("全市共摸排矛盾纠纷6067件，调解成功5996件。");
        text += u'\n';
    }
    const ReportPtr report = ReportParser::parse(text).report;
    QVERIFY(report);
    QCOMPARE(report->figures().size(), 40000);
    for (FigureWriter::Format format :
         {FigureWriter::Format::Json, FigureWriter::Format::Csv, FigureWriter::Format::Text}) {
        RecordingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QVERIFY(FigureWriter::write(&device, *report, format));
        QVERIFY2(device.writes.size() > 20, qPrintable(QString::number(device.writes.size())));
        for (qint64 size : std::as_const(device.writes))
            QVERIFY2(size < 80 * 1024, qPrintable(QString::number(size)));
        QVERIFY(device.total > 40000 * 30);
    }
}

void TestFigureWriter::reportsWriteErrors()
{
    const ReportPtr report = sampleReport();
    QVERIFY(report);
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!FigureWriter::write(&readOnly, *report, FigureWriter::Format::Json));
}

QTEST_GUILESS_MAIN(TestFigureWriter)
#include "tst_figurewriter.moc"
