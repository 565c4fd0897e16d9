// The figure extractor's vocabulary as data: the real files load without a duplicate or an
// unknown class, the compiled-in copy equals them, and damaged files are rejected with an
// error that names the file and the line.

#include "core/figureextractor.h"
#include "core/figurevocabulary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace {

const QString DataDir = QStringLiteral(REPORTSCOPE_SOURCE_DIR "/core/data");
const QStringList FileNames{QStringLiteral("units.tsv"), QStringLiteral("qualifiers.tsv"),
                            QStringLiteral("framing.tsv"), QStringLiteral("words.tsv")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFigureVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void lexicon_data();
    void lexicon();
    void realFilesLoad();
    void builtInEqualsSourceFiles_data();
    void builtInEqualsSourceFiles();
    void lookups_data();
    void lookups();
    void missingFile();
    void builtInOnceAcrossThreads();
    void dataDrivesExtraction_data();
    void dataDrivesExtraction();
};

void TestFigureVocabulary::lexicon_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("at");     // matchAt(text, pos, text.size())
    QTest::addColumn<int>("before"); // matchBefore(text, pos, 0)
    // Words: 超, 超过, 不超过, 过.
    QTest::addRow("longest at") << u"不超过6%"_qs << 0 << 3 << 0;
    QTest::addRow("inside a longer word") << u"不超过6%"_qs << 1 << 2 << 0;
    QTest::addRow("longest before") << u"不超过6%"_qs << 3 << 0 << 3;
    QTest::addRow("shorter before") << u"超过6%"_qs << 2 << 0 << 2;
    QTest::addRow("none") << u"达到6%"_qs << 0 << 0 << 0;
    QTest::addRow("at the end") << u"超"_qs << 1 << 0 << 1;
}

void TestFigureVocabulary::lexicon()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(int, at);
    QFETCH(int, before);
    const Lexicon lex(QStringList{u"超"_qs, u"超过"_qs, u"不超过"_qs, u"过"_qs, u"超过"_qs});
    QCOMPARE(int(lex.matchAt(text, pos, text.size())), at);
    QCOMPARE(int(lex.matchBefore(text, pos, 0)), before);
    // A limit cuts the longer words off.
    QCOMPARE(int(lex.matchAt(u"不超过"_qs, 1, 2)), 1);
    QCOMPARE(int(lex.indexAt(u"不超过"_qs, 1, 2)), 0);
    QVERIFY(lex.contains(u"超过"));
    QVERIFY(!lex.contains(u"不超"));
}

void TestFigureVocabulary::realFilesLoad()
{
    FigureVocabulary v;
    QString error;
    QVERIFY2(v.loadDirectory(DataDir, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    // Every list the rules use is there, and the words of a list are unique.
    for (int i = 0; i < FigureVocabulary::ListCount; ++i) {
        const QStringList words = v.list(FigureVocabulary::List(i)).words();
        QVERIFY2(!words.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(QSet<QString>(words.begin(), words.end()).size(), words.size());
    }
}

void TestFigureVocabulary::builtInEqualsSourceFiles_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : FileNames)
        QTest::addRow("%s", qPrintable(f)) << f;
}

void TestFigureVocabulary::builtInEqualsSourceFiles()
{
    QFETCH(QString, file);
    const QByteArray source = readAll(QDir(DataDir).filePath(file));
    QVERIFY(!source.isEmpty());
    QCOMPARE(readAll(QStringLiteral(":/reportscope/figures/") + file), source);
}

void TestFigureVocabulary::lookups_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");      // unit at 0, as reported
    QTest::addColumn<QString>("unitClass"); // its class
    QTest::addRow("longest unit wins")
        << QStringLiteral("平方公里") << QStringLiteral("平方公里") << QStringLiteral("measure");
    QTest::addRow("spelling mapped")
        << QStringLiteral("平米") << QStringLiteral("平方米") << QStringLiteral("measure");
    QTest::addRow("points") << QStringLiteral("百分点") << QStringLiteral("个百分点")
                            << QStringLiteral("percentage_point");
    QTest::addRow("event") << QStringLiteral("人次") << QStringLiteral("人次")
                           << QStringLiteral("verbal");
    QTest::addRow("money") << QStringLiteral("港币") << QStringLiteral("港元")
                           << QStringLiteral("money");
}

void TestFigureVocabulary::lookups()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    QFETCH(QString, unitClass);
    const FigureVocabulary &v = FigureVocabulary::builtIn();
    const FigureVocabulary::Unit *u = v.unitAt(text, 0);
    QVERIFY(u);
    QCOMPARE(u->unit, unit);
    QCOMPARE(FigureVocabulary::unitClassName(u->cls), unitClass);
}

void TestFigureVocabulary::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : FileNames.mid(0, 3))
        QVERIFY(QFile::copy(QDir(DataDir).filePath(f), dir.filePath(f)));
    FigureVocabulary v;
    QString message;
    QVERIFY(!v.loadDirectory(dir.path(), &message));
    QVERIFY2(message.startsWith(dir.filePath(QStringLiteral("words.tsv")) +
                                QStringLiteral(": cannot be read")),
             qPrintable(message));
}

void TestFigureVocabulary::builtInOnceAcrossThreads()
{
    // Threads that extract at once share one vocabulary, loaded by whichever comes first.
    std::atomic<const FigureVocabulary *> seen[4] = {};
    std::atomic<int> counts[4] = {};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back(QThread::create([&seen, &counts, i] {
            seen[i] = &FigureVocabulary::builtIn();
            counts[i] =
                int(FigureExtractor::extract(QStringLiteral("办理案件147件，办结率98%。")).size());
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(30000));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(seen[i].load(), &FigureVocabulary::builtIn());
        QCOMPARE(counts[i].load(), 2);
    }
}

void TestFigureVocabulary::dataDrivesExtraction_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from"); // a line of the real file ...
    QTest::addColumn<QString>("to");   // ... replaced by this
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("before"); // label|unit|qualifier|bound with the real files
    QTest::addColumn<QString>("after");  // the same with the changed file
    QTest::addRow("a qualifier's bound")
        << u"qualifiers.tsv"_qs << u"近\tbefore\t近\tat_most"_qs << u"近\tbefore\t近\tabout"_qs
        << u"办结率近98%。"_qs << u"办结率|%|近|at_most"_qs << u"办结率|%|近|about"_qs;
    QTest::addRow("a unit removed")
        << u"units.tsv"_qs << u"宗\t宗\tcount"_qs << u""_qs << u"办理行政复议案件12宗。"_qs
        << u"行政复议案件|宗||exact"_qs << QString();
    QTest::addRow("a unit's spelling")
        << u"units.tsv"_qs << u"平米\t平方米\tmeasure"_qs << u"平米\t平米\tmeasure"_qs
        << u"改造面积300平米。"_qs << u"改造面积|平方米||exact"_qs << u"改造面积|平米||exact"_qs;
}

void TestFigureVocabulary::dataDrivesExtraction()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, text);
    QFETCH(QString, before);
    QFETCH(QString, after);
    auto describe = [](const QList<Figure> &figures) -> QString {
        if (figures.isEmpty())
            return QString();
        const Figure &f = figures.first();
        return f.label + u"|" + f.unit + u"|" + f.qualifier + u"|" +
               QString::fromLatin1(Figure::boundName(f.bound));
    };
    QCOMPARE(describe(FigureExtractor::extract(text)), before);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : FileNames) {
        QString content = QString::fromUtf8(readAll(QDir(DataDir).filePath(f)));
        if (f == file) {
            QVERIFY2(content.contains(from + u'\n'), qPrintable(from));
            content.replace(from + u'\n', to.isEmpty() ? QString() : to + u'\n');
        }
        QFile out(dir.filePath(f));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content.toUtf8());
    }
    FigureVocabulary changed;
    QString error;
    QVERIFY2(changed.loadDirectory(dir.path(), &error), qPrintable(error));
    QCOMPARE(describe(FigureExtractor::extract(text, changed)), after);
}

QTEST_GUILESS_MAIN(TestFigureVocabulary)
#include "tst_figurevocabulary.moc"
