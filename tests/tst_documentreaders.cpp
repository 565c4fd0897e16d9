// DocumentReaders on its own: the registry picks the plain-text reader for text in every
// encoding a report comes in, and that reader refuses binary data (an executable, a PDF) with
// the documented error, Error::NotText.

#include "import/documentreaders.h"

#include <QStringEncoder>

#include <QTest>
#include <algorithm>

using Error = DocumentReader::Error;

class TstDocumentReaders : public QObject
{
    Q_OBJECT

private slots:
    void registry();
    void forData_data();
    void forData();
    void fileDialogFilter_data();
    void fileDialogFilter();
};

namespace {

const QString sentence = u"一、基本情况\n全市共办理行政复议案件147件，同比增长12.5%。\n"_qs;

QByteArray encoded(const char *encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// An ELF header: magic, 64-bit little-endian, then header fields full of NUL bytes.
QByteArray elf()
{
    QByteArray b("\x7f"
                 "ELF\x02\x01\x01\x00",
                 8);
    b += QByteArray(8, '\0');
    b += QByteArray("\x02\x00\x3e\x00\x01\x00\x00\x00\x40\x10\x40\x00\x00\x00\x00\x00", 16);
    for (int i = 0; i < 512; ++i)
        b += char(i % 7 == 0 ? 0 : i * 37 % 256);
    return b;
}

// A PDF: the %PDF header, the binary comment line, and a compressed stream.
QByteArray pdf()
{
    QByteArray b("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 768 /Filter /FlateDecode >>\n"
                 "stream\n");
    for (int i = 0; i < 768; ++i)
        b += char(i * 131 % 256);
    b += "\nendstream\nendobj\n";
    return b;
}

} // namespace

void TstDocumentReaders::registry()
{
    const QList<const DocumentReader *> &readers = DocumentReaders::all();
    // Plain text first, then one reader per further format, each named once.
    QVERIFY(readers.size() >= 1);
    QVERIFY(readers.at(0));
    QCOMPARE(readers.at(0)->formatName(), u"Plain text"_qs);
    QStringList names;
    for (const DocumentReader *reader : readers) {
        QVERIFY(reader);
        QVERIFY2(!names.contains(reader->formatName()), qPrintable(reader->formatName()));
        names.append(reader->formatName());
    }
    QVERIFY(names.contains(u"PDF"_qs));
    // One instance for the program's lifetime.
    QCOMPARE(DocumentReaders::all().at(0), readers.at(0));
    QCOMPARE(DocumentReaders::ProbeLength, qsizetype(4096));
}

void TstDocumentReaders::forData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("errorMessage");

    QTest::addRow("UTF-8") << sentence.toUtf8() << u"report.txt"_qs << Error::None << u"UTF-8"_qs
                           << QString();
    QTest::addRow("UTF-16LE with BOM") << encoded("UTF-16LE", sentence, true) << u"report.txt"_qs
                                       << Error::None << u"UTF-16LE (BOM)"_qs << QString();
    QTest::addRow("UTF-16BE with BOM") << encoded("UTF-16BE", sentence, true) << u"report.txt"_qs
                                       << Error::None << u"UTF-16BE (BOM)"_qs << QString();
    QTest::addRow("GB18030") << encoded("GB18030", sentence, false) << u"report.txt"_qs
                             << Error::None << u"GB18030"_qs << QString();
    // The name never decides alone: text named .pdf is still text.
    QTest::addRow("text named .pdf")
        << sentence.toUtf8() << u"report.pdf"_qs << Error::None << u"UTF-8"_qs << QString();
    const QString notText = u"This is not a text file (it looks like binary data)."_qs;
    QTest::addRow("ELF executable")
        << elf() << u"reportscope"_qs << Error::NotText << QString() << notText;
    // PDF goes to PdfReader by its magic bytes, whatever the name; this one has no pages.
    const QString damaged = u"The PDF is damaged: its structure cannot be read."_qs;
    QTest::addRow("PDF") << pdf() << u"report.pdf"_qs << Error::Damaged << QString() << damaged;
    QTest::addRow("PDF named .txt")
        << pdf() << u"report.txt"_qs << Error::Damaged << QString() << damaged;
}

void TstDocumentReaders::forData()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(Error, error);
    QFETCH(QString, encoding);
    QFETCH(QString, errorMessage);

    const DocumentReader *reader = DocumentReaders::forData(data, fileName);
    QVERIFY(reader);
    const bool isPdf = data.startsWith("%PDF-");
    QCOMPARE(reader->formatName(), isPdf ? u"PDF"_qs : u"Plain text"_qs);
    const DocumentReader::Result result = reader->read(data, fileName, {});
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorMessage, errorMessage);
    QCOMPARE(result.ok(), error == Error::None);
    if (result.ok()) {
        QCOMPARE(result.document.metadata().formatName, u"Plain text"_qs);
        QCOMPARE(result.document.metadata().encoding, encoding);
        QVERIFY(
            result.document.text().contains(u"全市共办理行政复议案件147件，同比增长12.5%。"_qs));
        QVERIFY(!result.document.text().contains(QChar(0xFEFF)));
    }
}

void TstDocumentReaders::fileDialogFilter_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("format");

    QTest::addRow("text") << u"*.txt"_qs << u"Plain text"_qs;
    QTest::addRow("pdf") << u"*.pdf"_qs << u"PDF"_qs;
    QTest::addRow("web page") << u"*.html"_qs << u"HTML"_qs;
    QTest::addRow("single-file web page") << u"*.mht"_qs << u"HTML"_qs;
    QTest::addRow("docx") << u"*.docx"_qs << u"Word (DOCX)"_qs;
    QTest::addRow("doc") << u"*.doc"_qs << u"Word 97–2003 (DOC)"_qs;
}

void TstDocumentReaders::fileDialogFilter()
{
    QFETCH(QString, pattern);
    QFETCH(QString, format);
    const QStringList entries = DocumentReaders::fileDialogFilter().split(u";;"_qs);
    // Every readable format together first, one entry per reader, all files last.
    QCOMPARE(entries.size(), DocumentReaders::all().size() + 2);
    QVERIFY2(entries.first().startsWith(u"Reports ("_qs), qPrintable(entries.first()));
    QVERIFY2(entries.first().split(u' ').contains(pattern) ||
                 entries.first().contains(u"(" + pattern + u' ') ||
                 entries.first().contains(u' ' + pattern + u')'),
             qPrintable(entries.first()));
    QCOMPARE(entries.last(), u"All files (*)"_qs);
    // The pattern is listed under the reader that the format's files go to.
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const QString &e) { return e.startsWith(format + u" ("_qs); });
    QVERIFY2(it != entries.cend(), qPrintable(format));
    QVERIFY2(it->contains(pattern), qPrintable(*it));
}

QTEST_GUILESS_MAIN(TstDocumentReaders)
#include "tst_documentreaders.moc"
