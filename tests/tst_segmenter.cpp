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
