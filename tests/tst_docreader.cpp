#include "import/docreader.h"
#include "import/documentreaders.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray oleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

DocumentReader::Result readDoc(const QByteArray &bytes)
{
    return DocReader().read(bytes, u"t.doc"_qs, DocumentReader::ReadOptions());
}

// A stand-in for antiword in a folder of its own: prints the given text, or fails.
QString fakeTool(const QTemporaryDir &dir, const QString &name, const QByteArray &script)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write("#!/bin/sh\n" + script);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

class PathGuard
{
public:
    explicit PathGuard(const QByteArray &path) : m_saved(qgetenv("PATH")) { qputenv("PATH", path); }
    ~PathGuard() { qputenv("PATH", m_saved); }

private:
    QByteArray m_saved;
};

} // namespace

class TestDocReader : public QObject
{
    Q_OBJECT

private slots:
    void probe_data();
    void probe();
    void throughTool_data();
    void throughTool();
    void noTool();
    void damaged();
};

void TestDocReader::probe_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QTest::addRow("ole") << oleSignature + QByteArray(504, '\0') << u"Word 97–2003 (DOC)"_qs;
    QTest::addRow("half a signature") << oleSignature.left(4) + "abcd" << u"Plain text"_qs;
}

void TestDocReader::probe()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(DocumentReaders::forData(head, u"x.doc"_qs)->formatName(), format);
}

void TestDocReader::throughTool_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QString>("tool");
    QTest::addRow("paragraphs and a table row")
        << QByteArray("printf '一、总体情况\\n\\n  2023年，收入增长5%%。\\n|项目|3119|\\n'\n")
        << QStringList{u"一、总体情况"_qs, u"2023年，收入增长5%。"_qs, u"项目\t3119"_qs}
        << u"antiword"_qs;
}

void TestDocReader::throughTool()
{
    QFETCH(QByteArray, script);
    QFETCH(QStringList, paragraphs);
    QFETCH(QString, tool);
    QTemporaryDir dir;
    QVERIFY(!fakeTool(dir, tool, script).isEmpty());
    PathGuard guard(dir.path().toLocal8Bit());
    const DocumentReader::Result r = readDoc(oleSignature + QByteArray(1024, 'x'));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.document.text().split(u'\n'), paragraphs);
    QCOMPARE(r.document.blocks().last().type, SourceBlock::Type::Table);
    QVERIFY(r.document.metadata().details.contains({u"Read with"_qs, tool}));
    // The temporary copy is gone.
    const QStringList left =
        QDir::temp().entryList({u"reportscope-*.doc"_qs}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestDocReader::noTool()
{
    QTemporaryDir empty;
    PathGuard guard(empty.path().toLocal8Bit());
    const DocumentReader::Result r = readDoc(oleSignature + QByteArray(1024, 'x'));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage.contains(u"package antiword"), qPrintable(r.errorMessage));
    QVERIFY(!r.errorMessage.contains(u'\n'));
}

void TestDocReader::damaged()
{
    // The real tools, when installed, on bytes that only start like a Word file.
    if (QStandardPaths::findExecutable(u"antiword"_qs).isEmpty() &&
        QStandardPaths::findExecutable(u"catdoc"_qs).isEmpty())
        QSKIP("neither antiword nor catdoc is installed");
    const DocumentReader::Result r = readDoc(oleSignature + QByteArray(4096, '\x5A'));
    QVERIFY(!r.ok());
    QVERIFY(!r.errorMessage.isEmpty());
    QVERIFY(!r.errorMessage.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestDocReader)
#include "tst_docreader.moc"
