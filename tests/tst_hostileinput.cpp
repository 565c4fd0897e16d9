// The hostile-input table: every kind of bad file a user may open, through the command line
// (a correct result or one line on stderr with exit status 1) and the window (a message, the
// window stays usable, the reports already open stay).

#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "tests/processrun.h"
#include "tests/sanitizerbuild.h"
#include "widgets/detailpane.h"
#include "widgets/figuretableview.h"
#include "widgets/mainwindow.h"
#include "widgets/sectiontreeview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <unistd.h>

namespace {

enum class Expect { Report, Error };

constexpr qsizetype OneLineBytes = qsizetype(SanitizerBuild ? 10 : 50) << 20;

QByteArray sampleBytes()
{
    QFile f(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void table_data();
    void commandLine_data() { table_data(); }
    void commandLine();
    void window_data() { table_data(); }
    void window();

private:
    QString pathFor(const QString &name) const;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_paths;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray sample = sampleBytes();
    QVERIFY(!sample.isEmpty());
    const QString text = QString::fromUtf8(sample);
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        m_paths.insert(name, f.fileName());
    };
    write(u"empty"_qs, QByteArray());
    write(u"one-byte"_qs, QByteArray("x"));
    QFile elf(QCoreApplication::applicationFilePath());
    QVERIFY(elf.open(QIODevice::ReadOnly));
    write(u"elf"_qs, elf.read(1 << 20));
    {
        // One line of running text, 50 MB (10 MB in the sanitizer build, which reads it through
        // the same code about five times slower).
        const QByteArray sentence =
            QStringLiteral("全市共摸排矛盾纠纷6067件，调解成功5996件。").toUtf8();
        QByteArray line;
        line.reserve(OneLineBytes + sentence.size());
        while (line.size() < OneLineBytes)
            line += sentence;
        write(u"one-line"_qs, line);
    }
    {
        QByteArray lines;
        for (int i = 0; i < 200000; ++i)
            lines += "item " + QByteArray::number(i) + '\n';
        write(u"short-lines-200k"_qs, lines);
    }
    {
        // 100 000 headings: 一、 parts of nine （N） sections each.
        static const char16_t *cn[] = {u"一", u"二", u"三", u"四", u"五",
                                       u"六", u"七", u"八", u"九"};
        QString out = u"各位代表：\n现在，我代表某市人民政府向大会报告工作。\n"_qs;
        int count = 0;
        for (int block = 0; count < 100000; ++block) {
            out += QString::fromUtf16(cn[block % 9]) + u"、第%1部分\n"_qs.arg(block + 1);
            ++count;
            for (int k = 0; k < 9 && count < 100000; ++k, ++count)
                out += u"（"_qs + QString::fromUtf16(cn[k]) +
                       u"）第%1项工作。完成任务%2件。\n"_qs.arg(k + 1).arg(k * 3 + 1);
        }
        write(u"headings-100k"_qs, out.toUtf8());
    }
    {
        QByteArray invalid = sample;
        for (int i = 400; i < invalid.size(); i += 997)
            invalid[i] = char(0xFF);
        write(u"invalid-utf8"_qs, invalid);
    }
    write(u"utf16-no-bom"_qs, encode(text, "UTF-16LE"));
    write(u"gb18030"_qs, encode(text, "GB18030"));
    {
        QString mixed = text;
        mixed.replace(u"\n"_qs, u"\r\n"_qs);
        for (qsizetype i = mixed.indexOf(u"\r\n"_qs), k = 0; i >= 0;
             i = mixed.indexOf(u"\r\n"_qs, i + 1), ++k) {
            if (k % 2)
                mixed.remove(i + 1, 1); // a lone CR
        }
        write(u"mixed-crlf-cr"_qs, mixed.toUtf8());
    }
    QDir(m_dir.path()).mkdir(u"a-directory"_qs);
    m_paths.insert(u"directory"_qs, m_dir.filePath(u"a-directory"_qs));
    write(u"no-permission"_qs, sample);
    QFile::setPermissions(m_paths.value(u"no-permission"_qs), QFileDevice::Permissions());
    m_paths.insert(u"missing"_qs, m_dir.filePath(u"does-not-exist.txt"_qs));
    // nobody must reach the files for the permission row when the tests run as root.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
}

QString TestHostileInput::pathFor(const QString &name) const
{
    return m_paths.value(name);
}

void TestHostileInput::table_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("message"); // in the error, or a section id that must exist
    QTest::addRow("empty file") << u"empty"_qs << Expect::Error << u"empty"_qs;
    QTest::addRow("one byte") << u"one-byte"_qs << Expect::Error << u"No report structure"_qs;
    QTest::addRow("binary (ELF)") << u"elf"_qs << Expect::Error << u"not a text file"_qs;
    QTest::addRow("%d MB in one line", int(OneLineBytes >> 20))
        << u"one-line"_qs << Expect::Report << u"1"_qs;
    QTest::addRow("200 000 short lines")
        << u"short-lines-200k"_qs << Expect::Error << u"No report structure"_qs;
    QTest::addRow("100 000 headings") << u"headings-100k"_qs << Expect::Report << u"10000.9"_qs;
    QTest::addRow("invalid UTF-8") << u"invalid-utf8"_qs << Expect::Report << u"1.7.2"_qs;
    QTest::addRow("UTF-16 without BOM") << u"utf16-no-bom"_qs << Expect::Report << u"1.7.2"_qs;
    QTest::addRow("GB18030") << u"gb18030"_qs << Expect::Report << u"1.7.2"_qs;
    QTest::addRow("mixed CRLF and CR") << u"mixed-crlf-cr"_qs << Expect::Report << u"1.7.2"_qs;
    QTest::addRow("directory") << u"directory"_qs << Expect::Error << u"folder"_qs;
    QTest::addRow("permission denied")
        << u"no-permission"_qs << Expect::Error << u"Permission denied"_qs;
    QTest::addRow("missing file") << u"missing"_qs << Expect::Error << u"does not exist"_qs;
}

void TestHostileInput::commandLine()
{
    QFETCH(QString, name);
    QFETCH(Expect, expect);
    QFETCH(QString, message);
    const QString path = pathFor(name);
    for (const QString &command : {u"outline"_qs, u"figures"_qs}) {
        QString program = QStringLiteral(REPORTSCOPE_BINARY);
        QStringList args{command, path};
        if (name == u"no-permission"_qs && !unprivileged(&program, &args))
            QSKIP("setpriv is not available to drop root privileges");
        const ProcessResult r = runProcess(program, args);
        QVERIFY2(r.exitCode >= 0, r.err.constData());
        const QString err = QString::fromUtf8(r.err);
        const QByteArray &out = r.out;
        if (expect == Expect::Error) {
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(err.count(QLatin1Char('\n')), 1);
            QVERIFY2(err.contains(path) && err.contains(message), qPrintable(err));
            QVERIFY(out.isEmpty());
        } else {
            QVERIFY2(r.exitCode == 0, qPrintable(err));
            if (command == u"outline"_qs)
                QVERIFY2(out.contains((u"\n"_qs + message + u" "_qs).toUtf8()) ||
                             out.contains((u" "_qs + message + u" "_qs).toUtf8()),
                         qPrintable(message));
        }
    }
}

void TestHostileInput::window()
{
    QFETCH(QString, name);
    QFETCH(Expect, expect);
    QFETCH(QString, message);
    if (name == u"no-permission"_qs && ::geteuid() == 0)
        QSKIP("root reads every file; the command-line row runs as nobody");
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QString error;
    QVERIFY(window.openData(sampleBytes(), u"sample.txt"_qs, &error) >= 0);
    window.selectSection(0, u"1.7.2"_qs);

    const QString title = u"武威市人民政府2021年度法治政府建设情况报告"_qs;
    const QString part7 = u"(七)健全社会矛盾纠纷行政预防调处化解机制,不断促进社会公平正义"_qs;
    const QString item2 = u"二是加强行政调解工作"_qs;
    const QString part1 = title + u" › 一、主要举措和成效 › "_qs + part7;
    const QString path = part1 + u" › "_qs + item2;
    QCOMPARE(window.detailPane()->breadcrumbText(), path);

    window.openFiles({pathFor(name)});
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
    QCoreApplication::processEvents();

    // The sample stays open: the first report in the tree, whole.
    QCOMPARE(window.documentModel()->report(0)->filePath(), u"sample.txt"_qs);
    QTreeView *tree = window.sectionTree()->treeView();
    const QModelIndex sample = tree->model()->index(0, 0);
    QCOMPARE(sample.data().toString(), title);
    QCOMPARE(tree->model()->rowCount(sample), 5); // the preamble, 一、 二、 三、, the closing
    auto *box = window.findChild<QMessageBox *>(u"loadErrorBox"_qs);
    if (expect == Expect::Error) {
        // Nothing added, and the sample's section still shown.
        QCOMPARE(window.documentModel()->reportCount(), 1);
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(window.selection()->currentReportRow(), 0);
        QCOMPARE(window.detailPane()->breadcrumbText(), path);
        QVERIFY(window.detailPane()->plainText().startsWith(item2));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(message), qPrintable(box->informativeText()));
        QVERIFY(!box->isModal() || box->windowModality() != Qt::ApplicationModal);
        box->close();
    } else {
        QVERIFY(!box);
        QCOMPARE(window.documentModel()->reportCount(), 2);
        QVERIFY(window.selectSection(1, message));
    }
    // Still usable: another section of the sample can be chosen, and it is shown with its
    // figures (1.7's subtree has 15).
    QVERIFY(window.selectSection(0, u"1.7"_qs));
    window.settle();
    QCOMPARE(window.detailPane()->breadcrumbText(), part1);
    QVERIFY(window.detailPane()->plainText().startsWith(part7));
    QVERIFY(window.detailPane()->plainText().contains(item2));
    QCOMPARE(window.figureTable()->tableView()->model()->rowCount(), 15);
    QCOMPARE(window.grab().size(), window.size());
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
