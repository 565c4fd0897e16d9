// Hostile files of the published formats (issue 12, "Bad input"), each through the command
// line's outline as a user would run it: exit 1 with one line naming the cause, or a correct
// result; within 30 s and 1 GB; no temporary file left behind (a private TMPDIR stays empty);
// the source never written (its time stamp and hash stay). The files are made here.

#include "tests/processrun.h"
#include "tests/sanitizerbuild.h"
#include "tests/zipbuilder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/resource.h>

namespace {

enum class Expect { Report, Error };

const QByteArray W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

QByteArray wordParagraph(const QByteArray &text)
{
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

QByteArray wordDocument(const QByteArray &prolog, const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<w:document " + W +
           "><w:body>" + body + "</w:body></w:document>";
}

QByteArray docx(const QByteArray &documentXml)
{
    return makeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", documentXml}});
}

// A text PDF of one page in Helvetica (ASCII only), with a correct xref table.
QByteArray textPdf(const QList<QByteArray> &lines, const QByteArray &trailerExtra = {},
                   const QList<QByteArray> &extraObjects = {})
{
    QByteArray content = "BT /F1 14 Tf 72 740 Td 18 TL";
    for (const QByteArray &l : lines)
        content += " (" + l + ") Tj T*";
    content += " ET";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R "
        ">> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
    };
    objects += extraObjects;
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " +
           trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// An OLE compound file (version 3, 512-byte sectors) holding the two streams Office writes
// for a password-protected .docx (MS-OFFCRYPTO): EncryptionInfo and EncryptedPackage.
QByteArray encryptedOfficeFile()
{
    const auto put16 = [](QByteArray &b, qsizetype at, quint16 v) {
        b[at] = char(v & 0xFF);
        b[at + 1] = char(v >> 8);
    };
    const auto put32 = [&](QByteArray &b, qsizetype at, quint32 v) {
        put16(b, at, quint16(v & 0xFFFF));
        put16(b, at + 2, quint16(v >> 16));
    };
    constexpr quint32 End = 0xFFFFFFFE, Free = 0xFFFFFFFF, FatSector = 0xFFFFFFFD;
    // Sectors: 0 the FAT, 1 the directory, 2-9 EncryptionInfo, 10-17 EncryptedPackage.
    QByteArray header(512, '\0');
    header.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    put16(header, 0x18, 0x3E);
    put16(header, 0x1A, 3);
    put16(header, 0x1C, 0xFFFE);
    put16(header, 0x1E, 9);
    put16(header, 0x20, 6);
    put32(header, 0x2C, 1); // FAT sectors
    put32(header, 0x30, 1); // first directory sector
    put32(header, 0x38, 4096);
    put32(header, 0x3C, End);
    put32(header, 0x44, End);
    put32(header, 0x4C, 0); // the FAT is sector 0
    for (qsizetype at = 0x50; at < 512; at += 4)
        put32(header, at, Free);
    QByteArray fat(512, '\xFF');
    put32(fat, 0, FatSector);
    put32(fat, 4, End);
    for (quint32 s = 2; s < 18; ++s)
        put32(fat, s * 4, s == 9 || s == 17 ? End : s + 1);
    QByteArray directory(512, '\0');
    const auto entry = [&](int index, const char *name, quint8 type, quint32 right, quint32 child,
                           quint32 start, quint32 size) {
        const qsizetype at = index * 128;
        const QByteArray n(name);
        for (qsizetype i = 0; i < n.size(); ++i)
            put16(directory, at + 2 * i, quint16(n.at(i)));
        put16(directory, at + 0x40, quint16((n.size() + 1) * 2));
        directory[at + 0x42] = char(type);
        directory[at + 0x43] = 1; // black
        put32(directory, at + 0x44, Free);
        put32(directory, at + 0x48, right);
        put32(directory, at + 0x4C, child);
        put32(directory, at + 0x74, start);
        put32(directory, at + 0x78, size);
    };
    entry(0, "Root Entry", 5, Free, 1, End, 0);
    entry(1, "EncryptionInfo", 2, 2, Free, 2, 4096);
    entry(2, "EncryptedPackage", 2, Free, Free, 10, 4096);
    for (int i = 3; i < 4; ++i) {
        put32(directory, i * 128 + 0x44, Free);
        put32(directory, i * 128 + 0x48, Free);
        put32(directory, i * 128 + 0x4C, Free);
    }
    QByteArray streams;
    for (int i = 0; i < 8192; ++i)
        streams.append(char((i * 131 + 7) & 0xFF)); // like ciphertext: no text in it
    return header + fat + directory + streams;
}

QByteArray html(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head +
           "<title>关于2023年工作的报告</title></head><body>" + body + "</body></html>";
}

const QByteArray Article =
    "<h2>一、总体情况</h2><p>2023年，全市共办理政府信息公开申请312件，同比增长"
    "8.1%，答复率100%。</p><h2>二、主要工作</h2><p>全年主动公开政府信息"
    "5996条，其中政策文件147件。</p>";

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestHostileFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outline_data();
    void outline();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_secret; // a file that an external entity would pull in
};

void TestHostileFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secret = write(u"secret.txt"_qs, "SECRET-MARKER-7f3a");
}

QString TestHostileFormats::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

void TestHostileFormats::outline_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("wanted");   // in the error, or in the outline
    QTest::addColumn<QString>("unwanted"); // never in the output
    const QString none;
    const QByteArray secretUrl = QUrl::fromLocalFile(m_secret).toEncoded();

    // Zip bombs: the size the directory claims, and a directory that lies about it.
    const QByteArray bomb =
        docx(wordDocument({}, wordParagraph(QByteArray(80 * 1024 * 1024, ' '))));
    QTest::addRow("docx zip bomb")
        << write(u"bomb.docx"_qs, bomb) << Expect::Error << u"zip bomb"_qs << none;
    {
        // The 80 MB entry's sizes rewritten as 1000 bytes in both headers: caught while
        // unpacking.
        QByteArray lying = bomb;
        const QByteArray name = "word/document.xml";
        for (qsizetype at = lying.indexOf("PK\x03\x04"); at >= 0;
             at = lying.indexOf("PK\x03\x04", at + 4)) {
            if (lying.mid(at + 30, name.size()) == name)
                lying.replace(at + 22, 4, QByteArray("\xE8\x03\0\0", 4));
        }
        for (qsizetype at = lying.indexOf("PK\x01\x02"); at >= 0;
             at = lying.indexOf("PK\x01\x02", at + 4)) {
            if (lying.mid(at + 46, name.size()) == name)
                lying.replace(at + 24, 4, QByteArray("\xE8\x03\0\0", 4));
        }
        QTest::addRow("docx zip bomb, sizes lie")
            << write(u"bomb-lying.docx"_qs, lying) << Expect::Error << u"zip bomb"_qs << none;
    }
    // XML: no DTD, so neither internal nor external entities are ever expanded.
    QTest::addRow("docx entity expansion")
        << write(u"laughs.docx"_qs,
                 docx(wordDocument("<!DOCTYPE d [<!ENTITY a \"哈哈哈哈哈哈哈哈\">"
                                   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
                                   wordParagraph("一、总体情况") + wordParagraph("&c;"))))
        << Expect::Error << u"DTD"_qs << u"哈哈"_qs;
    QTest::addRow("docx external entity")
        << write(u"xxe.docx"_qs,
                 docx(wordDocument("<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secretUrl + "\">]>",
                                   wordParagraph("一、总体情况") + wordParagraph("&x;"))))
        << Expect::Error << u"DTD"_qs << u"SECRET-MARKER"_qs;
    QTest::addRow("html entity expansion")
        << write(u"laughs.html"_qs,
                 "<!DOCTYPE html [<!ENTITY a \"哈哈哈哈哈哈哈哈\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                 "&a;&a;\">]>" +
                     html({}, "<div class=\"content\">" + Article + "<p>&b;&b;&b;</p></div>"))
        << Expect::Report << u"一、总体情况"_qs << u"哈哈"_qs;
    QTest::addRow("html external entity")
        << write(u"xxe.html"_qs,
                 "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secretUrl + "\">]>" +
                     html({}, "<div class=\"content\">" + Article + "<p>&x;</p></div>"))
        << Expect::Report << u"二、主要工作"_qs << u"SECRET-MARKER"_qs;
    // HTML extremes.
    {
        QByteArray deep = Article;
        deep.reserve(deep.size() + 200000 * 11 + 64);
        for (int i = 0; i < 200000; ++i)
            deep += "<div>";
        deep += "深处";
        for (int i = 0; i < 200000; ++i)
            deep += "</div>";
        QTest::addRow("html 200 000 nested elements")
            << write(u"deep.html"_qs, html({}, deep)) << Expect::Report << u"一、总体情况"_qs
            << none;
    }
    {
        QByteArray body = "<div class=\"content\"><h2>一、总体情况</h2>";
        const QByteArray p = "<p>全市共摸排矛盾纠纷6067件，调解成功5996件，调解成功率98.8%。</p>";
        body.reserve(20 * 1024 * 1024 + 1024);
        for (int part = 0; body.size() < 20 * 1024 * 1024; ++part) {
            if (part % 2000 == 1999)
                body += "<h3>（" + QByteArray::number(part / 2000 + 1) + "）分项</h3>";
            body += p;
        }
        QTest::addRow("html 20 MB page") << write(u"big.html"_qs, html({}, body + "</div>"))
                                         << Expect::Report << u"一、总体情况"_qs << none;
    }
    // A declared charset the bytes contradict: read as what the bytes are.
    QTest::addRow("html gb2312 declared, UTF-8 bytes")
        << write(u"mislabelled.html"_qs,
                 "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                 "charset=gb2312\"><title>报告</title></head><body><div class=\"content\">" +
                     Article + "</div></body></html>")
        << Expect::Report << u"二、主要工作"_qs << none;
    {
        QStringEncoder gbk("GB18030");
        const QByteArray body = gbk.encode(QString::fromUtf8(Article));
        QTest::addRow("html utf-8 declared, GBK bytes")
            << write(u"mislabelled-gbk.html"_qs,
                     "<html><head><meta charset=\"utf-8\"><title>report</title></head><body>"
                     "<div class=\"content\">" +
                         body + "</div></body></html>")
            << Expect::Report << u"一、总体情况"_qs << none;
    }
    // Damaged PDFs.
    const QByteArray pdf = textPdf({"1. Overview", "The office answered 312 requests.", "2. Work",
                                    "It published 5996 items."});
    QTest::addRow("pdf garbage behind %%PDF")
        << write(u"garbage.pdf"_qs, QByteArray("%PDF-1.7\n").append(QByteArray(200000, '\x9c')))
        << Expect::Error << u"damaged"_qs << none;
    QTest::addRow("pdf truncated at the first object")
        << write(u"truncated.pdf"_qs, pdf.left(pdf.indexOf("2 0 obj"))) << Expect::Error
        << u"damaged"_qs << none;
    QTest::addRow("pdf password-protected")
        << write(u"password.pdf"_qs,
                 textPdf({"1. Overview"},
                         "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> "
                         "<0123456789abcdef0123456789abcdef>]",
                         {"<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + QByteArray(64, 'a') +
                          "> /U <" + QByteArray(64, 'b') + "> >>"}))
        << Expect::Error << u"password"_qs << none;
    // Password-protected Office files are OLE containers, whatever their extension.
    QTest::addRow("docx password-protected (OLE)")
        << write(u"encrypted.docx"_qs, encryptedOfficeFile()) << Expect::Error
        << u"password-protected"_qs << none;
    QTest::addRow("doc damaged")
        << write(u"damaged.doc"_qs,
                 QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8).append(QByteArray(8192, 'Z')))
        << Expect::Error << u"could not read this file"_qs << none;
    QTest::addRow("doc signature only")
        << write(u"signature.doc"_qs, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        << Expect::Error << u"could not read this file"_qs << none;
}

void TestHostileFormats::outline()
{
    QFETCH(QString, path);
    QFETCH(Expect, expect);
    QFETCH(QString, wanted);
    QFETCH(QString, unwanted);
    const QFileInfo before(path);
    QVERIFY(before.exists());
    const QDateTime modified = before.lastModified();
    const QByteArray hash = sha256(path);

    QTemporaryDir tmp; // the program's TMPDIR, to see that nothing is left in it
    QVERIFY(tmp.isValid());
    QProcessEnvironment env;
    env.insert(u"TMPDIR"_qs, tmp.path());
    QElapsedTimer timer;
    timer.start();
    const ProcessResult r =
        runProcess(QStringLiteral(REPORTSCOPE_BINARY), {u"outline"_qs, path}, 120000, env);
    const qint64 ms = timer.elapsed();
    const QString err = QString::fromUtf8(r.err);
    const QString out = QString::fromUtf8(r.out);
    if (expect == Expect::Error) {
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + u' ' + err));
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(path) && err.contains(wanted), qPrintable(err));
        QVERIFY(out.isEmpty());
    } else {
        QVERIFY2(r.exitCode == 0, qPrintable(err));
        QVERIFY2(out.contains(wanted), qPrintable(out.left(2000)));
    }
    if (!unwanted.isEmpty())
        QVERIFY2(!out.contains(unwanted) && !err.contains(unwanted), qPrintable(out.left(2000)));
    // 30 s on this machine in a release build; the sanitizers make it about three times slower.
    QVERIFY2(ms < (SanitizerBuild ? 90000 : 30000), qPrintable(QString::number(ms)));
    if (!SanitizerBuild) {
        // The largest child so far, in kB: every row's program stayed under 1 GB.
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        QVERIFY2(usage.ru_maxrss < 1024 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
    }
    QCOMPARE(QDir(tmp.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());
    const QFileInfo after(path);
    QCOMPARE(after.lastModified(), modified);
    QCOMPARE(sha256(path), hash);
    qInfo("%s: %lld ms", qPrintable(QFileInfo(path).fileName()), ms);
}

QTEST_GUILESS_MAIN(TestHostileFormats)
#include "tst_hostileformats.moc"
