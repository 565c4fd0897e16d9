// CsvWriter, the one CSV writer: quoting, line breaks inside fields, the byte order mark, and
// atomic files.

#include "core/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesFields_data();
    void quotesFields();
    void table_data();
    void table();
    void writesAtomically();
};

void TestCsvWriter::quotesFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QStringLiteral("调解成功率") << QByteArray("调解成功率");
    QTest::addRow("empty") << QString() << QByteArray();
    QTest::addRow("comma") << QStringLiteral("6067件,调解") << QByteArray("\"6067件,调解\"");
    QTest::addRow("quote") << QStringLiteral("称\"十大\"工程")
                           << QByteArray("\"称\"\"十大\"\"工程\"");
    QTest::addRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::addRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::addRow("full-width comma")
        << QStringLiteral("6067件，调解") << QByteArray("6067件，调解");
}

void TestCsvWriter::quotesFields()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);
    QByteArray out;
    CsvWriter::appendField(&out, field);
    QCOMPARE(out, expected);
}

void TestCsvWriter::table_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("header only") << QStringList{"year", "value"} << QList<QStringList>{}
                                 << QByteArray("\xEF\xBB\xBFyear,value\r\n");
    QTest::addRow("empty fields") << QStringList{"a", "b", "c"} << QList<QStringList>{{"", "x", ""}}
                                  << QByteArray("\xEF\xBB\xBF"
                                                "a,b,c\r\n,x,\r\n");
    QTest::addRow("quote spanning lines")
        << QStringList{"year", "quote"}
        << QList<QStringList>{{"2024", "全市生产总值\n达到\"36802亿元\""}, {"2023", "x"}}
        << QByteArray("\xEF\xBB\xBFyear,quote\r\n2024,\"全市生产总值\n达到\"\"36802亿元\"\"\"\r\n"
                      "2023,x\r\n");
}

void TestCsvWriter::table()
{
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::table(header, rows), expected);
}

void TestCsvWriter::writesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(CsvWriter::writeFile(path, QByteArray("a\r\n"), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a\r\n"));
    file.close();
    // A folder that does not exist: an error naming the file, and nothing written.
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    QVERIFY(!CsvWriter::writeFile(bad, QByteArray("b"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write out.csv: ")), qPrintable(error));
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
