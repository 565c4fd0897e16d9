// Segmenter: words and tags from the jieba lexicon of python3-jieba, and the errors a missing or
// damaged lexicon gives. Expected splits are those a reader makes of each phrase.

#include "core/segmenter.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TstSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void split_data();
    void split();
    void tags_data();
    void tags();
    void mayCover_data();
    void mayCover();
    void everyWordFound_data();
    void everyWordFound();
    void damaged_data();
    void damaged();
    void checkNamesFileAndPackage();
    void cache_data();
    void cache();
    void cacheNotWritable();
};

namespace {

// A small lexicon in jieba's format: 1,200 filler words of two rare characters, plus extra.
QByteArray smallLexicon(const QByteArray &extra)
{
    QByteArray out;
    for (int i = 0; i < 1200; ++i) {
        out += QString(QChar(0x4e00 + 0x3000 + i / 40)).toUtf8();
        out += QString(QChar(0x4e00 + 0x3100 + i % 40)).toUtf8();
        out += " 10 n\n";
    }
    return out + extra;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString splitTagged(const Segmenter &s, const QString &text)
{
    QStringList words;
    for (const Segmenter::Token &t : s.segment(text, 0, text.size()))
        words.append(text.mid(t.start, t.end - t.start) + u'/' + t.tag);
    return words.join(u'|');
}

} // namespace

void TstSegmenter::initTestCase()
{
    QVERIFY2(Segmenter::loadError().isEmpty(), qPrintable(Segmenter::loadError()));
    QVERIFY(Segmenter::shared().size() > 300000);
}

void TstSegmenter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words"); // joined with |

    QTest::addRow("签约 is one word") << u"招商大会签约"_qs << u"招商|大会|签约"_qs;
    QTest::addRow("再生能源 whole") << u"可再生能源装机"_qs << u"可|再生能源|装机"_qs;
    QTest::addRow("digits are one word") << u"新增1494家"_qs << u"新增|1494|家"_qs;
    QTest::addRow("Latin letters are one word") << u"GDP增长"_qs << u"GDP|增长"_qs;
    QTest::addRow("unknown character alone") << u"㐀"_qs << u"㐀"_qs;
    QTest::addRow("empty") << QString() << QString();
    // Clauses from the corpus, split as python3-jieba's own cut (HMM off) splits them with
    // the same dictionary: the lookups through the pair table find what jieba's prefix
    // dictionary finds.
    QTest::addRow("corpus: 行政复议")
        << u"全年受理行政复议申请"_qs << u"全年|受理|行政复议|申请"_qs;
    QTest::addRow("corpus: 可支配收入")
        << u"城乡居民人均可支配收入分别增长"_qs << u"城乡居民|人均|可|支配|收入|分别|增长"_qs;
    QTest::addRow("corpus: 规上") << u"新增规上工业企业"_qs << u"新增|规|上|工业|企业"_qs;
    QTest::addRow("corpus: 重大项目") << u"签约重大项目总投资"_qs << u"签约|重大项目|总|投资"_qs;
    QTest::addRow("corpus: 共办理")
        << u"全市共办理行政复议案件"_qs << u"全市|共|办理|行政复议|案件"_qs;
    QTest::addRow("corpus: 县级干部")
        << u"对全市县级干部开展专题培训"_qs << u"对|全市|县级|干部|开展|专题|培训"_qs;
    QTest::addRow("corpus: 法治政府")
        << u"深入推进法治政府建设"_qs << u"深入|推进|法治|政府|建设"_qs;
    QTest::addRow("corpus: 公共预算")
        << u"一般公共预算收入增长"_qs << u"一般|公共|预算|收入|增长"_qs;
    QTest::addRow("corpus: 高新技术")
        << u"国家高新技术企业达到"_qs << u"国家|高新技术|企业|达到"_qs;
}

void TstSegmenter::split()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QStringList got;
    for (const Segmenter::Token &t : Segmenter::shared().segment(text, 0, text.size()))
        got.append(text.mid(t.start, t.end - t.start));
    QCOMPARE(got.join(u'|'), words);
    // The lengths agree with the tokens.
    QList<qsizetype> lengths(text.size());
    Segmenter::shared().wordLengths(text, 0, text.size(), lengths.data());
    QStringList fromLengths;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (lengths.at(i) > 0)
            fromLengths.append(text.mid(i, lengths.at(i)));
    }
    QCOMPARE(fromLengths.join(u'|'), words);
}

void TstSegmenter::tags_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("tag");

    QTest::addRow("noun") << u"企业"_qs << u"n"_qs;
    QTest::addRow("verb") << u"签约"_qs << u"v"_qs;
    QTest::addRow("prefix of a word is no word") << u"可再生能"_qs << QString();
    QTest::addRow("not in the lexicon") << u"㐀㐀"_qs << QString();
}

void TstSegmenter::tags()
{
    QFETCH(QString, word);
    QFETCH(QString, tag);
    QCOMPARE(Segmenter::shared().tagOf(word), tag);
}

void TstSegmenter::mayCover_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<bool>("expected");

    // 可|再生能源|装机: 再生能源 holds 生 (offset 2) and reaches 能 (offset 3).
    QTest::addRow("inside a word") << u"可再生能源装机"_qs << 2 << 3 << 2 << true;
    QTest::addRow("word too short") << u"可再生能源装机"_qs << 2 << 3 << 5 << false;
    // No word of the lexicon crosses between 源 and 装 (offsets 4 and 5).
    QTest::addRow("word boundary") << u"可再生能源装机"_qs << 5 << 6 << 2 << false;
    QTest::addRow("digits run on") << u"新增1494家"_qs << 3 << 4 << 2 << true;
    QTest::addRow("letters run on") << u"GDP增长"_qs << 1 << 2 << 2 << true;
    QTest::addRow("digit then character") << u"新增1494家"_qs << 6 << 7 << 2 << false;
    QTest::addRow("at the start") << u"可再生能源装机"_qs << 0 << 1 << 1 << false;
    QTest::addRow("end past the text") << u"可再生能源装机"_qs << 6 << 9 << 1 << false;
    QTest::addRow("unknown characters") << u"㐀㐀㐀"_qs << 1 << 2 << 1 << false;
}

// mayCover() never rules out a word the split takes: wherever it says no, the split has a
// word boundary (checked against wordLengths() at every offset of the text).
void TstSegmenter::mayCover()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(int, end);
    QFETCH(int, minLength);
    QFETCH(bool, expected);
    const Segmenter &s = Segmenter::shared();
    QCOMPARE(s.mayCover(text, 0, text.size(), pos, end, minLength), expected);
    QList<qsizetype> lengths(text.size());
    s.wordLengths(text, 0, text.size(), lengths.data());
    qsizetype wordStart = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (lengths.at(i - 1) > 0)
            wordStart = i - 1;
        const bool inside = wordStart + lengths.at(wordStart) > i;
        if (inside)
            QVERIFY2(s.mayCover(text, 0, text.size(), i, i + 1, 2), qPrintable(text.left(i)));
    }
}

void TstSegmenter::everyWordFound_data()
{
    QTest::addColumn<int>("firsts");  // distinct first characters
    QTest::addColumn<int>("seconds"); // second characters per first
    QTest::addColumn<int>("longer");  // words of three and four characters per pair

    // One first character with many seconds (the widest run, as 国 has), many firsts with
    // few (a full pair table with its probes wrapping round), and longer words on each pair.
    QTest::addRow("one first, 1,500 seconds") << 1 << 1500 << 0;
    QTest::addRow("300 firsts, 4 seconds, longer words") << 300 << 4 << 2;
    QTest::addRow("40 firsts, 40 seconds") << 40 << 40 << 1;
}

void TstSegmenter::everyWordFound()
{
    QFETCH(int, firsts);
    QFETCH(int, seconds);
    QFETCH(int, longer);
    // Word i of a pair is the pair plus i characters, tagged by its length.
    QByteArray text;
    QStringList words;
    for (int f = 0; f < firsts; ++f) {
        const QChar first(char16_t(0x4e00 + 0x100 + f));
        text += QString(first).toUtf8() + " 5 x\n"; // the one-character word too
        for (int k = 0; k < seconds; ++k) {
            QString w = QString(first) + QChar(char16_t(0x4e00 + 0x2000 + k));
            words.append(w);
            for (int l = 0; l < longer; ++l)
                words.append(w + QString(l + 1, QChar(char16_t(0x4e00 + 0x3000 + l))));
        }
    }
    for (const QString &w : std::as_const(words))
        text += w.toUtf8() + " 10 l" + QByteArray::number(w.size()) + '\n';
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dict.txt"_qs);
    QVERIFY(writeFile(path, smallLexicon(text)));
    Segmenter s;
    QString error;
    QVERIFY2(s.load(path, &error), qPrintable(error));
    for (const QString &w : std::as_const(words)) {
        QCOMPARE(s.tagOf(w), u"l"_qs + QString::number(w.size()));
        // A pair whose second character no word has is no word, nor its extension.
        const QString miss = w.left(1) + QChar(char16_t(0x4e00 + 0x2000 + seconds));
        QCOMPARE(s.tagOf(miss), QString());
        QCOMPARE(s.tagOf(QString(miss + w.mid(2))), QString());
    }
    // Words side by side split into themselves.
    const QString run = QString(words.first() + words.last());
    QCOMPARE(splitTagged(s, run), words.first() + u"/l"_qs + QString::number(words.first().size()) +
                                      u'|' + words.last() + u"/l"_qs +
                                      QString::number(words.last().size()));
}

void TstSegmenter::damaged_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file
    QTest::addColumn<QString>("reason");

    QTest::addRow("missing") << QByteArray() << u"cannot be read"_qs;
    QTest::addRow("not the format") << QByteArray("word-without-fields\n") << u"line 1"_qs;
    QTest::addRow("frequency not a number") << QByteArray("企业 many n\n") << u"line 1"_qs;
    QTest::addRow("too few words") << QByteArray("企业 100 n\n签约 50 v\n") << u"only"_qs;
    QTest::addRow("not UTF-8") << QByteArray("\xff\xfe 3 n\n") << u"UTF-8"_qs;
}

void TstSegmenter::damaged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"dict.txt"_qs);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Segmenter s;
    QString error;
    QVERIFY(!s.load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"python3-jieba"_qs), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(s.size(), 0);
    // An empty segmenter still splits, one character a word.
    QCOMPARE(s.segment(u"签约"_qs, 0, 2).size(), 2);
}

void TstSegmenter::checkNamesFileAndPackage()
{
    QString error;
    QVERIFY2(Segmenter::check(&error), qPrintable(error));
    const QByteArray saved = qgetenv("REPORTSCOPE_LEXICON");
    qputenv("REPORTSCOPE_LEXICON", "/nonexistent/dict.txt");
    const bool ok = Segmenter::check(&error);
    qputenv("REPORTSCOPE_LEXICON", saved);
    if (saved.isEmpty())
        qunsetenv("REPORTSCOPE_LEXICON");
    QVERIFY(!ok);
    QVERIFY2(error.contains(u"/nonexistent/dict.txt"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"python3-jieba"_qs), qPrintable(error));
}

void TstSegmenter::cache_data()
{
    // What happens to the lexicon or its cache between two starts.
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("mapped"); // the second start maps the cache
    QTest::addColumn<QString>("words");

    const QString before = u"甲乙/n|丙/x"_qs;
    QTest::addRow("nothing: the cache is mapped") << u"none"_qs << true << before;
    QTest::addRow("lexicon edited: rebuilt, new words")
        << u"lexicon"_qs << false << u"甲/x|乙丙/v"_qs;
    QTest::addRow("lexicon touched: rebuilt") << u"touch"_qs << false << before;
    QTest::addRow("a byte of the cache flipped: rebuilt") << u"flip"_qs << false << before;
    QTest::addRow("cache truncated: rebuilt") << u"truncate"_qs << false << before;
    QTest::addRow("cache empty: rebuilt") << u"empty"_qs << false << before;
    QTest::addRow("cache is text: rebuilt") << u"text"_qs << false << before;
}

void TstSegmenter::cache()
{
    QFETCH(QString, change);
    QFETCH(bool, mapped);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lexicon = dir.filePath(u"dict.txt"_qs);
    const QString cachePath = dir.filePath(u"cache/lexicon.bin"_qs);
    QVERIFY(writeFile(lexicon, smallLexicon("甲乙 500 n\n")));
    QString error;
    {
        Segmenter first;
        QVERIFY2(first.loadCached(lexicon, cachePath, &error), qPrintable(error));
        QVERIFY(!first.fromCache());
        QCOMPARE(splitTagged(first, u"甲乙丙"_qs), u"甲乙/n|丙/x"_qs);
        QVERIFY(QFile::exists(cachePath));
    }
    QFile cacheFile(cachePath);
    QByteArray cached;
    QVERIFY(cacheFile.open(QIODevice::ReadOnly));
    cached = cacheFile.readAll();
    cacheFile.close();
    QVERIFY(cached.size() > 100000);
    if (change == u"lexicon") {
        QVERIFY(writeFile(lexicon, smallLexicon("乙丙 900 v\n")));
    } else if (change == u"touch") {
        QFile f(lexicon);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                              QFileDevice::FileModificationTime));
    } else if (change == u"flip") {
        cached[cached.size() / 2] = char(cached.at(cached.size() / 2) ^ 0x10);
        QVERIFY(writeFile(cachePath, cached));
    } else if (change == u"truncate") {
        QVERIFY(writeFile(cachePath, cached.first(cached.size() - 16)));
    } else if (change == u"empty") {
        QVERIFY(writeFile(cachePath, QByteArray()));
    } else if (change == u"text") {
        QVERIFY(writeFile(cachePath, smallLexicon(QByteArray())));
    }
    Segmenter second;
    QVERIFY2(second.loadCached(lexicon, cachePath, &error), qPrintable(error));
    QCOMPARE(second.fromCache(), mapped);
    QCOMPARE(splitTagged(second, u"甲乙丙"_qs), words);
    QCOMPARE(second.size(), 1201);
    // Pages given back (the window does so after a load) are read again on the next lookup.
    second.releaseResidentPages();
    QCOMPARE(splitTagged(second, u"甲乙丙"_qs), words);
    QCOMPARE(second.tagOf(change == u"lexicon" ? u"乙丙" : u"甲乙"),
             change == u"lexicon" ? u"v"_qs : u"n"_qs);
    // A rebuilt cache is whole again: the third start maps it, with the same words.
    Segmenter third;
    QVERIFY2(third.loadCached(lexicon, cachePath, &error), qPrintable(error));
    QVERIFY(third.fromCache());
    QCOMPARE(splitTagged(third, u"甲乙丙"_qs), words);
    QCOMPARE(third.tagOf(change == u"lexicon" ? u"乙丙" : u"甲乙"),
             change == u"lexicon" ? u"v"_qs : u"n"_qs);
}

void TstSegmenter::cacheNotWritable()
{
    // The cache only saves time: a folder that cannot be made costs nothing else.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lexicon = dir.filePath(u"dict.txt"_qs);
    QVERIFY(writeFile(lexicon, smallLexicon("甲乙 500 n\n")));
    QVERIFY(writeFile(dir.filePath(u"file"_qs), "not a folder"));
    Segmenter s;
    QString error;
    QVERIFY2(s.loadCached(lexicon, dir.filePath(u"file/lexicon.bin"_qs), &error),
             qPrintable(error));
    QVERIFY(!s.fromCache());
    QCOMPARE(splitTagged(s, u"甲乙丙"_qs), u"甲乙/n|丙/x"_qs);
    // A missing source is an error even through the cache.
    QVERIFY(!s.loadCached(dir.filePath(u"none.txt"_qs), dir.filePath(u"c.bin"_qs), &error));
    QVERIFY2(error.contains(u"python3-jieba"_qs), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstSegmenter)
#include "tst_segmenter.moc"
