// Word lists as data (core/data/pagechrome.tsv, core/data/checks.tsv): the real files load
// with every list their reader names, the compiled-in copies equal them, the data drives the
// rules that read them, and damaged files are rejected with an error naming file and line.

#include "core/consistencychecker.h"
#include "core/pagechromefilter.h"
#include "core/wordlists.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace {

const QString DataDir = QStringLiteral(REPORTSCOPE_SOURCE_DIR "/core/data");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList namesOf(const QString &file)
{
    return file == u"pagechrome.tsv" ? PageChromeFilter::wordListNames()
                                     : ConsistencyChecker::wordListNames();
}

} // namespace

class TestWordLists : public QObject
{
    Q_OBJECT

private slots:
    void realFiles_data();
    void realFiles();
    void lookups_data();
    void lookups();
    void indexIn_data();
    void indexIn();
    void missingFile();
    void builtInOnceAcrossThreads();
};

void TestWordLists::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("pagechrome.tsv") << u"pagechrome.tsv"_qs;
    QTest::addRow("checks.tsv") << u"checks.tsv"_qs;
}

void TestWordLists::realFiles()
{
    QFETCH(QString, file);
    const QString path = QDir(DataDir).filePath(file);
    WordLists lists(namesOf(file));
    QString error;
    QVERIFY2(lists.loadFile(path, &error), qPrintable(error));
    for (int i = 0; i < lists.names().size(); ++i)
        QVERIFY2(!lists.list(i).isEmpty(), qPrintable(lists.names().at(i)));
    const QByteArray source = readAll(path);
    QVERIFY(!source.isEmpty());
    QCOMPARE(readAll(QStringLiteral(":/reportscope/text/") + file), source);
}

void TestWordLists::lookups_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("word");
    // Words the page rules and the part check read, one per list, as the files give them.
    QTest::addRow("trailer") << u"trailer_start"_qs << u"扫一扫"_qs;
    QTest::addRow("trailer inside") << u"trailer_inside"_qs << u"关闭窗口"_qs;
    QTest::addRow("breadcrumb") << u"breadcrumb_start"_qs << u"当前位置"_qs;
    QTest::addRow("whole line") << u"chrome_line"_qs << u"首页"_qs;
    QTest::addRow("registration") << u"chrome_inside"_qs << u"ICP备"_qs;
    QTest::addRow("field key") << u"field_key"_qs << u"发布机构"_qs;
    QTest::addRow("part marker") << u"part_marker"_qs << u"其中"_qs;
}

void TestWordLists::lookups()
{
    QFETCH(QString, list);
    QFETCH(QString, word);
    const QString file = ConsistencyChecker::wordListNames().contains(list) ? u"checks.tsv"_qs
                                                                            : u"pagechrome.tsv"_qs;
    WordLists lists(namesOf(file));
    QString error;
    QVERIFY2(lists.loadFile(QDir(DataDir).filePath(file), &error), qPrintable(error));
    const int index = int(lists.names().indexOf(list));
    QVERIFY(index >= 0);
    QVERIFY(lists.list(index).contains(word));
    QVERIFY(!lists.list(index).contains(QString(word + u"的"_qs)));
}

void TestWordLists::indexIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("length");
    // Words: 打印, 打印本页, 关闭窗口, 页.
    QTest::addRow("longest at the first place") << u"【打印本页】【关闭窗口】"_qs << 0 << 1 << 4;
    QTest::addRow("from inside a word") << u"【打印本页】【关闭窗口】"_qs << 2 << 4 << 1;
    QTest::addRow("the next word") << u"【打印本页】【关闭窗口】"_qs << 5 << 7 << 4;
    QTest::addRow("none") << u"全年办理案件147件。"_qs << 0 << -1 << 0;
    QTest::addRow("at the very end") << u"第一页"_qs << 0 << 2 << 1;
    QTest::addRow("from past the end") << u"打印"_qs << 5 << -1 << 0;
    QTest::addRow("empty text") << QString() << 0 << -1 << 0;
    // A character whose folded bit is a first character's (U+6253 打 and U+7253 share the
    // low 12 bits) is not a match.
    QTest::addRow("same filter bit") << QString(QChar(0x7253)) + u"印"_qs << 0 << -1 << 0;
}

void TestWordLists::indexIn()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, pos);
    QFETCH(int, length);
    const Lexicon lex(QStringList{u"打印"_qs, u"打印本页"_qs, u"关闭窗口"_qs, u"页"_qs});
    qsizetype found = 0;
    QCOMPARE(int(lex.indexIn(text, from, &found)), pos);
    if (pos >= 0)
        QCOMPARE(int(found), length);
    QCOMPARE(lex.occursIn(QStringView(text).sliced(qMin<qsizetype>(from, text.size()))), pos >= 0);
}

void TestWordLists::missingFile()
{
    WordLists lists(ConsistencyChecker::wordListNames());
    QString message;
    const QString path = QDir(DataDir).filePath(u"no-such-list.tsv"_qs);
    QVERIFY(!lists.loadFile(path, &message));
    QVERIFY2(message.startsWith(path + u": cannot be read"_qs), qPrintable(message));
}

void TestWordLists::builtInOnceAcrossThreads()
{
    // Threads that read pages at once share the lists, loaded by whichever comes first.
    std::atomic<int> chrome[4] = {};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back(QThread::create([&chrome, i] {
            int n = 0;
            for (int k = 0; k < 100; ++k) {
                n += PageChromeFilter::isChrome(u"扫一扫在手机打开当前页") ? 1 : 0;
                n += PageChromeFilter::isChrome(u"全年办理案件147件。") ? 1 : 0;
            }
            chrome[i] = n;
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(30000));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(chrome[i].load(), 100);
}

QTEST_GUILESS_MAIN(TestWordLists)
#include "tst_wordlists.moc"
