// Segmenter: words and tags from the jieba lexicon of python3-jieba, and the errors a missing or
// damaged lexicon gives. Expected splits are those a reader makes of each phrase.

#include "core/segmenter.h"

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
};

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

QTEST_GUILESS_MAIN(TstSegmenter)
#include "tst_segmenter.moc"
