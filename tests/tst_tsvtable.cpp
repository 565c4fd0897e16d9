// TsvTable, the reader every data file of core/data/ goes through, and the damaged-file table
// of the three vocabularies built on it (FigureVocabulary, MetadataVocabulary, WordLists):
// each damaged file is rejected with an error naming the file and the line.

#include "core/consistencychecker.h"
#include "core/figurevocabulary.h"
#include "core/metadatavocabulary.h"
#include "core/tsvtable.h"
#include "core/wordlists.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString DataDir = QStringLiteral(REPORTSCOPE_SOURCE_DIR "/core/data");

enum class Vocabulary { Figures, Metadata, WordLists };

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The files a vocabulary reads from one directory.
QStringList filesOf(Vocabulary v)
{
    if (v == Vocabulary::Figures)
        return {u"units.tsv"_qs, u"qualifiers.tsv"_qs, u"framing.tsv"_qs, u"words.tsv"_qs};
    return {u"metadata.tsv"_qs, u"places.tsv"_qs};
}

} // namespace

Q_DECLARE_METATYPE(Vocabulary)

class TestTsvTable : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void readErrors_data();
    void readErrors();
    void duplicateKeys();
    void missingFile();
    void damagedFile_data();
    void damagedFile();
};

void TestTsvTable::read_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QStringList>("rows"); // "line:field|field"
    QTest::addRow("comments, blank lines and CR skipped")
        << QByteArray("# head\n\na\tb\r\n#x\tc\nc\td\n") << 2
        << QStringList{u"3:a|b"_qs, u"5:c|d"_qs};
    QTest::addRow("rows of several lengths")
        << QByteArray("k\t1\nk\t1\t2\n") << 0 << QStringList{u"1:k|1"_qs, u"2:k|1|2"_qs};
    QTest::addRow("no final newline") << QByteArray("甲\t乙") << 2 << QStringList{u"1:甲|乙"_qs};
    QTest::addRow("only comments") << QByteArray("# nothing\n") << 3 << QStringList();
}

void TestTsvTable::read()
{
    QFETCH(QByteArray, content);
    QFETCH(int, columns);
    QFETCH(QStringList, rows);
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TsvTable table;
    QString error;
    QVERIFY2(table.read(&buffer, u"t.tsv"_qs, columns, &error), qPrintable(error));
    QStringList got;
    for (const TsvTable::Row &row : table.rows())
        got.append(QString::number(row.line) + u':' + row.fields.join(u'|'));
    QCOMPARE(got, rows);
    QCOMPARE(table.fileName(), u"t.tsv"_qs);
}

void TestTsvTable::readErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("error");
    QTest::addRow("too few columns")
        << QByteArray("a\tb\n\na\n") << 2
        << u"t.tsv:3: expected 2 columns separated by tabs, found 1"_qs;
    QTest::addRow("empty field") << QByteArray("a\t\n") << 0
                                 << u"t.tsv:1: empty field or field with spaces around it"_qs;
    QTest::addRow("space around a field")
        << QByteArray("a\t b\n") << 2 << u"t.tsv:1: empty field or field with spaces around it"_qs;
    QTest::addRow("not UTF-8") << QByteArray("a\t\xff\n") << 2 << u"t.tsv: not valid UTF-8"_qs;
}

void TestTsvTable::readErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, columns);
    QFETCH(QString, error);
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TsvTable table;
    QString message;
    QVERIFY(!table.read(&buffer, u"t.tsv"_qs, columns, &message));
    QCOMPARE(message, error);
    QVERIFY(table.rows().isEmpty()); // nothing kept from a file that fails
}

void TestTsvTable::duplicateKeys()
{
    TsvTable::Keys keys;
    QString why;
    QVERIFY(keys.insert(u"list\t其中"_qs, 2, u"其中"_qs, &why));
    QVERIFY(keys.insert(u"other\t其中"_qs, 3, u"其中"_qs, &why));
    QVERIFY(why.isEmpty());
    QVERIFY(keys.contains(u"other\t其中"_qs));
    QVERIFY(!keys.insert(u"list\t其中"_qs, 7, u"其中"_qs, &why));
    QCOMPARE(why, u"duplicate entry “其中” (first on line 2)"_qs);
}

void TestTsvTable::missingFile()
{
    TsvTable table;
    QString message;
    const QString path = QDir(DataDir).filePath(u"no-such-list.tsv"_qs);
    QVERIFY(!table.readFile(path, 2, &message));
    QVERIFY2(message.startsWith(path + u": cannot be read"_qs), qPrintable(message));
    QCOMPARE(table.fileName(), path);
}

void TestTsvTable::damagedFile_data()
{
    QTest::addColumn<Vocabulary>("vocabulary");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error"); // the start of the message after the directory
    // FigureVocabulary: core/data/{units,qualifiers,framing,words}.tsv.
    QTest::addRow("figures: duplicate unit")
        << Vocabulary::Figures << QStringLiteral("units.tsv")
        << QByteArray("# units\n件\t件\tcount\n名\t名\tcount\n件\t件\tcount\n")
        << QStringLiteral("units.tsv:4: duplicate entry “件” (first on line 2)");
    QTest::addRow("figures: unknown unit class")
        << Vocabulary::Figures << QStringLiteral("units.tsv")
        << QByteArray("件\t件\tcount\n吨\t吨\tweight\n")
        << QStringLiteral("units.tsv:2: unknown class “weight”");
    QTest::addRow("figures: too few columns")
        << Vocabulary::Figures << QStringLiteral("units.tsv") << QByteArray("件\t件\n")
        << QStringLiteral("units.tsv:1: expected 3 columns separated by tabs, found 2");
    QTest::addRow("figures: spaces instead of a tab")
        << Vocabulary::Figures << QStringLiteral("framing.tsv") << QByteArray("\n\n共 opener\n")
        << QStringLiteral("framing.tsv:3: expected 2 columns");
    QTest::addRow("figures: too many columns")
        << Vocabulary::Figures << QStringLiteral("words.tsv") << QByteArray("lead\t全市\textra\n")
        << QStringLiteral("words.tsv:1: expected 2 columns");
    QTest::addRow("figures: unknown bound")
        << Vocabulary::Figures << QStringLiteral("qualifiers.tsv")
        << QByteArray("近\tbefore\t近\tnearly\n")
        << QStringLiteral("qualifiers.tsv:1: unknown bound “nearly”");
    QTest::addRow("figures: range is not a word's bound")
        << Vocabulary::Figures << QStringLiteral("qualifiers.tsv")
        << QByteArray("至\tbefore\t至\trange\n")
        << QStringLiteral("qualifiers.tsv:1: unknown bound “range”");
    QTest::addRow("figures: unknown position")
        << Vocabulary::Figures << QStringLiteral("qualifiers.tsv")
        << QByteArray("近\tahead\t近\tat_most\n")
        << QStringLiteral("qualifiers.tsv:1: unknown position “ahead”");
    QTest::addRow("figures: duplicate qualifier")
        << Vocabulary::Figures << QStringLiteral("qualifiers.tsv")
        << QByteArray("余\tinner\t余\tmore_than\n余\tafter\t余\tmore_than\n余\tinner\t余\tabout\n")
        << QStringLiteral("qualifiers.tsv:3: duplicate entry “余” (first on line 1)");
    QTest::addRow("figures: unknown role")
        << Vocabulary::Figures << QStringLiteral("framing.tsv") << QByteArray("共\tstarter\n")
        << QStringLiteral("framing.tsv:1: unknown role “starter”");
    QTest::addRow("figures: duplicate framing word")
        << Vocabulary::Figures << QStringLiteral("framing.tsv")
        << QByteArray("共\topener\n增长\tchange\n共\topener\n")
        << QStringLiteral("framing.tsv:3: duplicate entry “共” (first on line 1)");
    QTest::addRow("figures: unknown list")
        << Vocabulary::Figures << QStringLiteral("words.tsv") << QByteArray("leads\t全市\n")
        << QStringLiteral("words.tsv:1: unknown list “leads”");
    QTest::addRow("figures: duplicate word of a list")
        << Vocabulary::Figures << QStringLiteral("words.tsv")
        << QByteArray("verb\t供应\nlead\t供应\nverb\t供应\n")
        << QStringLiteral("words.tsv:3: duplicate entry “供应” (first on line 1)");
    QTest::addRow("figures: measure of a numeral longer than one character")
        << Vocabulary::Figures << QStringLiteral("words.tsv")
        << QByteArray("numeral_measure\t个\nnumeral_measure\t场次\n")
        << QStringLiteral("words.tsv:2: “场次” must be one character");
    QTest::addRow("figures: empty field")
        << Vocabulary::Figures << QStringLiteral("words.tsv") << QByteArray("lead\t\n")
        << QStringLiteral("words.tsv:1: empty field");
    QTest::addRow("figures: not UTF-8")
        << Vocabulary::Figures << QStringLiteral("words.tsv") << QByteArray("lead\t\xff\xfe\n")
        << QStringLiteral("words.tsv: not valid UTF-8");
    QTest::addRow("figures: empty units")
        << Vocabulary::Figures << QStringLiteral("units.tsv") << QByteArray("# nothing\n")
        << QStringLiteral("units.tsv: no entry of class “count”");
    QTest::addRow("figures: a unit class missing")
        << Vocabulary::Figures << QStringLiteral("units.tsv")
        << QByteArray("件\t件\tcount\n次\t次\tverbal\n米\t米\tmeasure\n元\t元\tmoney\n"
                      "%\t%\tpercent\n‰\t‰\tpermille\n个百分点\t个百分点\tpercentage_point\n")
        << QStringLiteral("units.tsv: no entry of class “multiple”");
    QTest::addRow("figures: a qualifier position missing")
        << Vocabulary::Figures << QStringLiteral("qualifiers.tsv")
        << QByteArray("近\tbefore\t近\tat_most\n余\tinner\t余\tmore_than\n")
        << QStringLiteral("qualifiers.tsv: no entry of position “after”");
    QTest::addRow("figures: a framing role missing")
        << Vocabulary::Figures << QStringLiteral("framing.tsv") << QByteArray("共\topener\n")
        << QStringLiteral("framing.tsv: no entry of role “change”");
    QTest::addRow("figures: a list missing")
        << Vocabulary::Figures << QStringLiteral("words.tsv") << QByteArray("lead\t全市\n")
        << QStringLiteral("words.tsv: list “unit_blocker” is missing");
    // MetadataVocabulary: core/data/{metadata,places}.tsv.
    QTest::addRow("metadata: unknown kind")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("# c\ntitle\tgzbg\tx\n")
        << u"metadata.tsv:2: unknown kind"_qs;
    QTest::addRow("metadata: unknown type")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("type_title\tgov\tx\n")
        << u"metadata.tsv:1: unknown type"_qs;
    QTest::addRow("metadata: columns")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("type_text\tgzbg\tx\n")
        << u"metadata.tsv:1: expected 4 columns"_qs;
    QTest::addRow("metadata: bad weight")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("type_text\tgzbg\tx\tmany\n")
        << u"metadata.tsv:1: weight"_qs;
    QTest::addRow("metadata: invalid pattern")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("year_reviewed\t0\t(\\d{4}年\n")
        << u"metadata.tsv:1: invalid pattern"_qs;
    QTest::addRow("metadata: pattern without a group")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("speech\t我代表\n")
        << u"metadata.tsv:1: pattern"_qs;
    QTest::addRow("metadata: missing kind")
        << Vocabulary::Metadata << u"metadata.tsv"_qs << QByteArray("type_title\tgzbg\tx\n")
        << u"metadata.tsv: no entry of kind “type_text”"_qs;
    QTest::addRow("metadata: unknown level")
        << Vocabulary::Metadata << u"places.tsv"_qs
        << QByteArray("北京市\t北京\tcapital\t-\tbeijing\n") << u"places.tsv:1: unknown level"_qs;
    QTest::addRow("metadata: unlisted parent")
        << Vocabulary::Metadata << u"places.tsv"_qs
        << QByteArray("深圳市\t深圳\tcity\t广东省\tshenzhen\n") << u"places.tsv:1: parent"_qs;
    QTest::addRow("metadata: duplicate place")
        << Vocabulary::Metadata << u"places.tsv"_qs
        << QByteArray("北京市\t北京\tprovince\t-\tbeijing\n北京市\t京\tprovince\t-\tjing\n")
        << u"places.tsv:2: duplicate"_qs;
    QTest::addRow("metadata: space around a field")
        << Vocabulary::Metadata << u"places.tsv"_qs
        << QByteArray("北京市 \t北京\tprovince\t-\tbeijing\n") << u"places.tsv:1: empty field"_qs;
    QTest::addRow("metadata: empty places")
        << Vocabulary::Metadata << u"places.tsv"_qs << QByteArray("# nothing\n")
        << u"places.tsv: no place"_qs;
    QTest::addRow("metadata: not UTF-8")
        << Vocabulary::Metadata << u"places.tsv"_qs << QByteArray("\xff\xfe\n")
        << u"places.tsv: not valid UTF-8"_qs;
    // WordLists: core/data/checks.tsv (and pagechrome.tsv, read alike).
    QTest::addRow("word lists: duplicate word")
        << Vocabulary::WordLists << u"checks.tsv"_qs
        << QByteArray("part_marker\t其中\n# a comment\npart_marker\t其中\n")
        << u"checks.tsv:3: duplicate entry “其中” (first on line 1)"_qs;
    QTest::addRow("word lists: unknown list")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("part_markers\t其中\n")
        << u"checks.tsv:1: unknown list “part_markers”"_qs;
    QTest::addRow("word lists: too few columns")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("\npart_marker\n")
        << u"checks.tsv:2: expected 2"_qs;
    QTest::addRow("word lists: too many columns")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("part_marker\t其中\tx\n")
        << u"checks.tsv:1: expected 2"_qs;
    QTest::addRow("word lists: spaces instead of a tab")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("part_marker 其中\n")
        << u"checks.tsv:1: expected 2"_qs;
    QTest::addRow("word lists: empty word")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("part_marker\t\n")
        << u"checks.tsv:1: empty field"_qs;
    QTest::addRow("word lists: space around a word")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("part_marker\t 其中\n")
        << u"checks.tsv:1: empty field"_qs;
    QTest::addRow("word lists: list missing")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("# nothing\n")
        << u"checks.tsv: list “part_marker” is missing"_qs;
    QTest::addRow("word lists: not UTF-8")
        << Vocabulary::WordLists << u"checks.tsv"_qs << QByteArray("part_marker\t\xff\xfe\n")
        << u"checks.tsv: not valid UTF-8"_qs;
}

void TestTsvTable::damagedFile()
{
    QFETCH(Vocabulary, vocabulary);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    if (vocabulary == Vocabulary::WordLists) {
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        WordLists lists(ConsistencyChecker::wordListNames());
        QString message;
        QVERIFY(!lists.load(&buffer, file, &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));
        // A file that fails leaves the lists as they were: empty.
        QVERIFY(lists.list(0).isEmpty());
        return;
    }
    // A copy of the real files with one of them replaced, read as the program reads them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : filesOf(vocabulary)) {
        QFile out(dir.filePath(f));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f == file ? content : readAll(QDir(DataDir).filePath(f)));
    }
    QString message;
    if (vocabulary == Vocabulary::Figures)
        QVERIFY(!FigureVocabulary().loadDirectory(dir.path(), &message));
    else
        QVERIFY(!MetadataVocabulary().loadDirectory(dir.path(), &message));
    const QString expected = QDir(dir.path()).filePath(error);
    QVERIFY2(message.startsWith(expected),
             qPrintable(message + QStringLiteral("\nexpected: ") + expected));

    // The same from a device, named by the file name alone.
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString deviceMessage;
    if (vocabulary == Vocabulary::Figures) {
        FigureVocabulary v;
        if (v.loadFile(&buffer, file, &deviceMessage))
            QVERIFY(!v.checkComplete(&deviceMessage));
    } else {
        MetadataVocabulary v;
        if (v.loadFile(&buffer, file, &deviceMessage))
            QVERIFY(!v.checkComplete(&deviceMessage));
    }
    QVERIFY2(deviceMessage.startsWith(error.section(u':', 0, error.contains(u".tsv:") ? 1 : 0)),
             qPrintable(deviceMessage));
}

QTEST_GUILESS_MAIN(TestTsvTable)
#include "tst_tsvtable.moc"
