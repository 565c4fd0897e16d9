// The figure extractor's vocabulary as data: the real files load without a duplicate or an
// unknown class, the compiled-in copy equals them, and damaged files are rejected with an
// error that names the file and the line.

#include "core/figurevocabulary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

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
    void realFilesLoad();
    void builtInEqualsSourceFiles_data();
    void builtInEqualsSourceFiles();
    void lookups_data();
    void lookups();
    void damagedFile_data();
    void damagedFile();
    void missingFile();
};

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

void TestFigureVocabulary::damagedFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error"); // the error starts with file:line and contains this

    QTest::addRow("duplicate unit")
        << QStringLiteral("units.tsv")
        << QByteArray("# units\n件\t件\tcount\n名\t名\tcount\n件\t件\tcount\n")
        << QStringLiteral("units.tsv:4: duplicate entry “件” (first on line 2)");
    QTest::addRow("unknown unit class")
        << QStringLiteral("units.tsv") << QByteArray("件\t件\tcount\n吨\t吨\tweight\n")
        << QStringLiteral("units.tsv:2: unknown class “weight”");
    QTest::addRow("too few columns")
        << QStringLiteral("units.tsv") << QByteArray("件\t件\n")
        << QStringLiteral("units.tsv:1: expected 3 columns separated by tabs, found 2");
    QTest::addRow("spaces instead of a tab")
        << QStringLiteral("framing.tsv") << QByteArray("\n\n共 opener\n")
        << QStringLiteral("framing.tsv:3: expected 2 columns");
    QTest::addRow("too many columns")
        << QStringLiteral("words.tsv") << QByteArray("lead\t全市\textra\n")
        << QStringLiteral("words.tsv:1: expected 2 columns");
    QTest::addRow("unknown bound")
        << QStringLiteral("qualifiers.tsv") << QByteArray("近\tbefore\t近\tnearly\n")
        << QStringLiteral("qualifiers.tsv:1: unknown bound “nearly”");
    QTest::addRow("range is not a word's bound")
        << QStringLiteral("qualifiers.tsv") << QByteArray("至\tbefore\t至\trange\n")
        << QStringLiteral("qualifiers.tsv:1: unknown bound “range”");
    QTest::addRow("unknown position")
        << QStringLiteral("qualifiers.tsv") << QByteArray("近\tahead\t近\tat_most\n")
        << QStringLiteral("qualifiers.tsv:1: unknown position “ahead”");
    QTest::addRow("duplicate qualifier")
        << QStringLiteral("qualifiers.tsv")
        << QByteArray("余\tinner\t余\tmore_than\n余\tafter\t余\tmore_than\n余\tinner\t余\tabout\n")
        << QStringLiteral("qualifiers.tsv:3: duplicate entry “余” (first on line 1)");
    QTest::addRow("unknown role") << QStringLiteral("framing.tsv") << QByteArray("共\tstarter\n")
                                  << QStringLiteral("framing.tsv:1: unknown role “starter”");
    QTest::addRow("duplicate framing word")
        << QStringLiteral("framing.tsv") << QByteArray("共\topener\n增长\tchange\n共\topener\n")
        << QStringLiteral("framing.tsv:3: duplicate entry “共” (first on line 1)");
    QTest::addRow("unknown list") << QStringLiteral("words.tsv") << QByteArray("leads\t全市\n")
                                  << QStringLiteral("words.tsv:1: unknown list “leads”");
    QTest::addRow("duplicate word of a list")
        << QStringLiteral("words.tsv") << QByteArray("verb\t供应\nlead\t供应\nverb\t供应\n")
        << QStringLiteral("words.tsv:3: duplicate entry “供应” (first on line 1)");
    QTest::addRow("measure of a numeral longer than one character")
        << QStringLiteral("words.tsv") << QByteArray("numeral_measure\t个\nnumeral_measure\t场次\n")
        << QStringLiteral("words.tsv:2: “场次” must be one character");
    QTest::addRow("empty field") << QStringLiteral("words.tsv") << QByteArray("lead\t\n")
                                 << QStringLiteral("words.tsv:1: empty field");
    QTest::addRow("not UTF-8") << QStringLiteral("words.tsv") << QByteArray("lead\t\xff\xfe\n")
                               << QStringLiteral("words.tsv: not valid UTF-8");
    QTest::addRow("a list missing") << QStringLiteral("words.tsv") << QByteArray("lead\t全市\n")
                                    << QStringLiteral("words.tsv: list “unit_blocker” is missing");
}

void TestFigureVocabulary::damagedFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    // A copy of the real files with one of them replaced.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : FileNames) {
        QFile out(dir.filePath(f));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f == file ? content : readAll(QDir(DataDir).filePath(f)));
    }
    FigureVocabulary v;
    QString message;
    QVERIFY(!v.loadDirectory(dir.path(), &message));
    const QString expected = QDir(dir.path()).filePath(error);
    QVERIFY2(message.startsWith(expected),
             qPrintable(message + QStringLiteral("\nexpected: ") + expected));

    // The same from a device, named by the file name alone.
    QByteArray bytes = content;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    FigureVocabulary fromDevice;
    QString deviceMessage;
    if (fromDevice.loadFile(&buffer, file, &deviceMessage))
        QVERIFY(!fromDevice.checkComplete(&deviceMessage));
    QVERIFY2(deviceMessage.startsWith(error.section(u':', 0, error.contains(u".tsv:") ? 1 : 0)),
             qPrintable(deviceMessage));
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

QTEST_GUILESS_MAIN(TestFigureVocabulary)
#include "tst_figurevocabulary.moc"
