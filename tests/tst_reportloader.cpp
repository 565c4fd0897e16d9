#include "core/processmemory.h"
#include "import/reportloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QStringList outlineOf(const Report &report)
{
    QStringList out;
    for (const Section &s : report.sections())
        out.append(s.id + QLatin1Char(' ') + s.marker + QLatin1Char('|') + s.title +
                   QLatin1Char('|') + s.text);
    return out;
}

QString sampleText()
{
    QFile f(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestReportLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAtFileSize();
    void encodings_data();
    void encodings();
    void badInput_data();
    void badInput();
    void directory();
    void missing();
    void permissionDenied();
    void hugeSingleLine();
    void sourceUntouched();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes);
};

void TestReportLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!sampleText().isEmpty());
}

QString TestReportLoader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(bytes);
    return path;
}

void TestReportLoader::readsAtFileSize()
{
    // Read at the size the file has, not into a buffer of the 512 MB limit: that reserved
    // a gigabyte of address space at every open (the window's start paid for its mapping).
    const qint64 before = ProcessMemory::statusKb("VmPeak");
    if (before < 0)
        QSKIP("no /proc/self/status here");
    const ReportLoader::Result r =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.report->sourceText().isEmpty(), false);
    const qint64 grown = ProcessMemory::statusKb("VmPeak") - before;
    QVERIFY2(grown < 128 * 1024, qPrintable(QStringLiteral("VmPeak grew by %1 kB").arg(grown)));
}

void TestReportLoader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = sampleText();
    QTest::addRow("UTF-8") << text.toUtf8() << u"UTF-8"_qs;
    QTest::addRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"UTF-8 (BOM)"_qs;
    QTest::addRow("GB18030") << encode(text, "GB18030") << u"GB18030"_qs;
    QTest::addRow("UTF-16LE with BOM")
        << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE") << u"UTF-16LE (BOM)"_qs;
    QTest::addRow("UTF-16BE with BOM")
        << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE") << u"UTF-16BE (BOM)"_qs;
    QTest::addRow("UTF-16LE without BOM") << encode(text, "UTF-16LE") << u"UTF-16LE"_qs;
    QString crlf = text;
    crlf.replace(u"\n"_qs, u"\r\n"_qs);
    QTest::addRow("CRLF") << crlf.toUtf8() << u"UTF-8"_qs;
    QString mixed = text;
    for (qsizetype i = mixed.indexOf(QLatin1Char('\n')), k = 0; i >= 0;
         i = mixed.indexOf(QLatin1Char('\n'), i + 2), ++k) {
        if (k % 2)
            mixed.replace(i, 1, u"\r"_qs);
    }
    QTest::addRow("mixed CR and LF") << mixed.toUtf8() << u"UTF-8"_qs;
}

void TestReportLoader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const ReportLoader::Result reference =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY(reference.ok());
    const QString path = write(u"copy.txt"_qs, bytes);
    const ReportLoader::Result r = ReportLoader::loadFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.report->encoding(), encoding);
    QStringList expected = outlineOf(*reference.report);
    QStringList actual = outlineOf(*r.report);
    // Line breaks inside a section's text are the file's own; compare them normalised.
    for (QString &s : actual)
        s.replace(u"\r"_qs, QString());
    QCOMPARE(actual, expected);
    QCOMPARE(r.report->metadata().title, reference.report->metadata().title);
    QCOMPARE(r.report->metadata().date, reference.report->metadata().date);
    QCOMPARE(r.report->metadata().issuer, reference.report->metadata().issuer);
    QCOMPARE(r.report->figures().size(), reference.report->figures().size());
}

void TestReportLoader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ReportLoader::Error>("error");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty") << QByteArray() << ReportLoader::Error::Empty << u"empty"_qs;
    QTest::addRow("white space only")
        << QByteArray(" \n\t\r\n  \n") << ReportLoader::Error::Empty << u"white space"_qs;
    QTest::addRow("one byte") << QByteArray("a") << ReportLoader::Error::NoStructure
                              << u"No report structure"_qs;
    QFile self(QCoreApplication::applicationFilePath());
    QByteArray elf;
    if (self.open(QIODevice::ReadOnly))
        elf = self.read(256 * 1024);
    QTest::addRow("binary (ELF)") << elf << ReportLoader::Error::Binary << u"not a text file"_qs;
    QByteArray lines;
    for (int i = 0; i < 200000; ++i)
        lines += "line " + QByteArray::number(i) + '\n';
    QTest::addRow("200 000 short lines")
        << lines << ReportLoader::Error::NoStructure << u"No report structure"_qs;
    QByteArray nav;
    for (int i = 0; i < 300; ++i)
        nav += QStringLiteral("栏目%1\n+\n通知公告\n政策解读\n").arg(i).toUtf8();
    QTest::addRow("site navigation only")
        << nav << ReportLoader::Error::NoStructure << u"No report structure"_qs;
}

void TestReportLoader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ReportLoader::Error, error);
    QFETCH(QString, message);
    const QString path = write(u"bad.txt"_qs, bytes);
    const ReportLoader::Result r = ReportLoader::loadFile(path);
    QVERIFY(!r.report);
    QCOMPARE(r.error, error);
    QVERIFY2(r.errorMessage.contains(message), qPrintable(r.errorMessage));
}

void TestReportLoader::directory()
{
    const ReportLoader::Result r = ReportLoader::loadFile(m_dir.path());
    QCOMPARE(r.error, ReportLoader::Error::IsDirectory);
    QVERIFY(r.errorMessage.contains(u"folder"_qs));
}

void TestReportLoader::missing()
{
    const ReportLoader::Result r = ReportLoader::loadFile(m_dir.filePath(u"nope.txt"_qs));
    QCOMPARE(r.error, ReportLoader::Error::NotFound);
    QVERIFY(r.errorMessage.contains(u"does not exist"_qs));
}

void TestReportLoader::permissionDenied()
{
    if (::geteuid() == 0)
        QSKIP("root reads any file; tst_commandline covers this row by running as nobody");
    const QString path = write(u"secret.txt"_qs, sampleText().toUtf8());
    QFile::setPermissions(path, QFileDevice::Permissions());
    const ReportLoader::Result r = ReportLoader::loadFile(path);
    QCOMPARE(r.error, ReportLoader::Error::PermissionDenied);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestReportLoader::hugeSingleLine()
{
    // 50 MB in one line without any heading: shown whole, with a warning.
    const QByteArray sentence = QStringLiteral("武威市坚持依法行政，完成各项工作任务。").toUtf8();
    QByteArray bytes;
    bytes.reserve(50 * 1024 * 1024 + sentence.size());
    while (bytes.size() < 50 * 1024 * 1024)
        bytes += sentence;
    const QString path = write(u"huge.txt"_qs, bytes);
    bytes.clear();
    ReportParser::Options options;
    options.extractFigures = false;
    const ReportLoader::Result r = ReportLoader::loadFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.report->sectionCount(), 1);
    QCOMPARE(r.report->section(0).kind, Section::Kind::WholeText);
    QVERIFY(r.report->section(0).text.size() > 16 * 1024 * 1024);
    QVERIFY(!r.report->warnings().isEmpty());
}

void TestReportLoader::sourceUntouched()
{
    const QString path = write(u"untouched.txt"_qs, sampleText().toUtf8());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QDateTime before = QFileInfo(path).lastModified();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();
    QVERIFY(ReportLoader::loadFile(path).ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), hash);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

QTEST_GUILESS_MAIN(TestReportLoader)
#include "tst_reportloader.moc"
