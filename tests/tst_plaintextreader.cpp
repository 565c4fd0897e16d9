#include "import/documentreaders.h"
#include "import/plaintextreader.h"
#include "tests/sourcedocumentsummary.h"

#include <QStringEncoder>
#include <QTest>

namespace {

DocumentReader::Result readBytes(const QByteArray &bytes)
{
    return PlainTextReader().read(bytes, u"test.txt"_qs, DocumentReader::ReadOptions());
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestPlainTextReader : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void rowPositions();
    void encodings_data();
    void encodings();
    void hostile_data();
    void hostile();
    void hugeLine();
    void registry_data();
    void registry();
};

void TestPlainTextReader::blocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("paragraphs, blank lines and padding")
        << u"一、总体情况\n\n  正文第一段。  \n第二段"_qs
        << QStringList{u"P@1:一、总体情况"_qs, u"P@3:正文第一段。"_qs, u"P@4:第二段"_qs};
    QTest::addRow("ideographic spaces trimmed")
        << u"\u3000\u3000正文，说明情况。\u3000"_qs << QStringList{u"P@1:正文，说明情况。"_qs};
    QTest::addRow("tab lines are one table")
        << u"表1\n指标\t数值\n生产总值\t3003\n说明。"_qs
        << QStringList{u"P@1:表1"_qs, u"T@2:指标|数值/生产总值|3003"_qs, u"P@4:说明。"_qs};
    QTest::addRow("cells trimmed of padding")
        << u"\u3000\u3000序号\t\u3000\u3000任务\n\u3000\u30001\t\u3000\u3000建设学校"_qs
        << QStringList{u"T@1:序号|任务/1|建设学校"_qs};
    QTest::addRow("a blank line ends a table")
        << u"a\tb\n\nc\td"_qs << QStringList{u"T@1:a|b"_qs, u"T@3:c|d"_qs};
    QTest::addRow("a line without tab ends a table")
        << u"a\tb\n小计\nc\td"_qs << QStringList{u"T@1:a|b"_qs, u"P@2:小计"_qs, u"T@3:c|d"_qs};
    QTest::addRow("leading tab: a wrapped cell of the second column")
        << u"序号\t任务\t情况\n6\t扩建工程\n\t工程已完工。"_qs
        << QStringList{u"T@1:序号|任务|情况/6|扩建工程/|工程已完工。"_qs};
    QTest::addRow("column empty in every row dropped")
        << u"\t项目内容\n\t牵头单位"_qs << QStringList{u"T@1:项目内容/牵头单位"_qs};
    QTest::addRow("trailing tabs add no cells") << u"a\tb\t\t"_qs << QStringList{u"T@1:a|b"_qs};
    QTest::addRow("empty cell in the middle kept")
        << u"a\t\tc\nd\te\tf"_qs << QStringList{u"T@1:a||c/d|e|f"_qs};
    QTest::addRow("CRLF counts one line")
        << u"一、情况\r\n正文。\r\n\r\n第三段\r\n"_qs
        << QStringList{u"P@1:一、情况"_qs, u"P@2:正文。"_qs, u"P@4:第三段"_qs};
    QTest::addRow("CR alone ends a line") << u"a\rb"_qs << QStringList{u"P@1:a"_qs, u"P@2:b"_qs};
    QTest::addRow("Unicode line separators")
        << u"a\u2028b\u2029c"_qs << QStringList{u"P@1:a"_qs, u"P@2:b"_qs, u"P@3:c"_qs};
    QTest::addRow("form feed: page break")
        << u"第一页。\n\f第二页。\n\f\n末页。"_qs
        << QStringList{u"P@1:第一页。"_qs, u"B@2"_qs, u"P@2:第二页。"_qs, u"B@3"_qs,
                       u"P@4:末页。"_qs};
    QTest::addRow("full-width text keeps its characters")
        << u"（一）１６６５．２亿元"_qs << QStringList{u"P@1:（一）１６６５．２亿元"_qs};
}

void TestPlainTextReader::blocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const DocumentReader::Result r = readBytes(text.toUtf8());
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(describeBlocks(r.document), expected);
    QCOMPARE(r.document.text(), text);
    QCOMPARE(r.document.normalizedText().size(), text.size());
    QCOMPARE(r.document.metadata().formatName, u"Plain text"_qs);
}

void TestPlainTextReader::rowPositions()
{
    const QString text = u"标题\n\n甲\t1\n乙\t2\n丙\t3\n"_qs;
    const DocumentReader::Result r = readBytes(text.toUtf8());
    QVERIFY(r.ok());
    QCOMPARE(r.document.blocks().size(), 2);
    const SourceBlock &table = r.document.blocks().at(1);
    QCOMPARE(table.type, SourceBlock::Type::Table);
    QList<int> lines;
    for (const TableRow &row : table.rows)
        lines.append(row.position.line);
    QCOMPARE(lines, QList<int>({3, 4, 5}));
    QCOMPARE(r.document.text(table.span), u"甲\t1\n乙\t2\n丙\t3"_qs);
    QCOMPARE(r.document.text(table.rows.at(1).span), u"乙\t2"_qs);
    QCOMPARE(table.span.start, text.indexOf(u'甲'));
}

void TestPlainTextReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("firstBlock");
    QTest::addColumn<qint64>("replaced");

    const QString text = u"一、总体情况\n全年完成投资3003亿元，增长8.8%。"_qs;
    QTest::addRow("UTF-8") << text.toUtf8() << u"UTF-8"_qs << u"一、总体情况"_qs << qint64(0);
    QTest::addRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                    << u"UTF-8 (BOM)"_qs << u"一、总体情况"_qs << qint64(0);
    QTest::addRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE")
                                       << u"UTF-16LE (BOM)"_qs << u"一、总体情况"_qs << qint64(0);
    QTest::addRow("GB18030") << encode(text, "GB18030") << u"GB18030"_qs << u"一、总体情况"_qs
                             << qint64(0);
    // Few enough damaged bytes among many characters for the file to stay UTF-8.
    QByteArray damaged = text.toUtf8().repeated(10);
    damaged.insert(3 * 6 + 1, "\xFF\xFE"); // after 一、总体情况 and its newline
    QTest::addRow("invalid UTF-8 replaced")
        << damaged << u"UTF-8"_qs << u"一、总体情况"_qs << qint64(2);
}

void TestPlainTextReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, firstBlock);
    QFETCH(qint64, replaced);
    const DocumentReader::Result r = readBytes(bytes);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.metadata().encoding, encoding);
    QVERIFY(!r.document.blocks().isEmpty());
    QCOMPARE(r.document.text(r.document.blocks().first().span).toString(), firstBlock);
    if (replaced == 0) {
        QVERIFY(r.document.warnings().isEmpty());
        return;
    }
    QCOMPARE(r.document.warnings().size(), 1);
    const ReportWarning &w = r.document.warnings().first();
    QCOMPARE(w.type(), ReportWarning::Type::InvalidBytesReplaced);
    QCOMPARE(w.arguments().value(0).toLongLong(), replaced);
    QCOMPARE(w.arguments().value(1).toString(), encoding);
    QVERIFY(w.message().contains(u"replaced"_qs));
    QVERIFY(r.document.text().contains(QChar::ReplacementCharacter));
}

void TestPlainTextReader::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DocumentReader::Error>("error");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << QByteArray() << DocumentReader::Error::Empty << u"empty"_qs;
    QTest::addRow("white space only") << QByteArray(" \n\t\r\n\xE3\x80\x80\n")
                                      << DocumentReader::Error::Empty << u"white space"_qs;
    QByteArray elf("\x7F"
                   "ELF\x02\x01\x01",
                   7);
    elf += QByteArray(4000, '\0');
    QTest::addRow("binary (ELF)") << elf << DocumentReader::Error::NotText << u"binary"_qs;
    QByteArray control;
    for (int i = 0; i < 4000; ++i)
        control += char(1 + i % 7);
    QTest::addRow("control bytes") << control << DocumentReader::Error::NotText << u"binary"_qs;
    QByteArray pdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nstream\n");
    for (int i = 0; i < 2000; ++i)
        pdf += char(i % 32 == 10 ? 'x' : i % 9);
    QTest::addRow("PDF (no reader yet)") << pdf << DocumentReader::Error::NotText << u"binary"_qs;
}

void TestPlainTextReader::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DocumentReader::Error, error);
    QFETCH(QString, message);
    const DocumentReader::Result r = readBytes(bytes);
    QCOMPARE(r.error, error);
    QVERIFY2(r.errorMessage.contains(message), qPrintable(r.errorMessage));
    QVERIFY(!r.errorMessage.contains(u'\n'));
    QVERIFY(r.document.blocks().isEmpty());
}

void TestPlainTextReader::hugeLine()
{
    // One 8 MB line with a few invalid bytes: one paragraph over all of it.
    QByteArray bytes = u"全年完成投资3003亿元，增长8.8%"_qs.toUtf8().repeated(200000);
    bytes[1000] = '\xFF';
    const DocumentReader::Result r = readBytes(bytes);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.blocks().size(), 1);
    const SourceBlock &b = r.document.blocks().first();
    QCOMPARE(b.type, SourceBlock::Type::Paragraph);
    QCOMPARE(b.position.line, 1);
    QCOMPARE(b.span.start, 0);
    QCOMPARE(b.span.end, r.document.text().size());
    QVERIFY(r.document.text().size() > 3'000'000);
    QCOMPARE(r.document.warnings().size(), 1);
}

void TestPlainTextReader::registry_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("text") << u"一、情况\n正文。"_qs.toUtf8() << u"report.txt"_qs;
    QTest::addRow("text named .pdf") << u"一、情况\n正文。"_qs.toUtf8() << u"report.pdf"_qs;
    QTest::addRow("empty") << QByteArray() << u"empty.txt"_qs;
}

void TestPlainTextReader::registry()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    // The plain-text reader takes every file no other reader claims, whatever its name.
    const DocumentReader *reader = DocumentReaders::forData(bytes, fileName);
    QVERIFY(reader);
    QCOMPARE(reader->formatName(), u"Plain text"_qs);
    QCOMPARE(DocumentReaders::all().at(0), reader);
}

QTEST_GUILESS_MAIN(TestPlainTextReader)
#include "tst_plaintextreader.moc"
