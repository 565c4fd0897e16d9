// Lexicon: the longest word at a position or before an end, with the first- and last-pair bits
// that turn most positions away before the bucket walk. Each row is a lookup a reader makes.

#include "core/lexicon.h"

#include <QTest>

class TstLexicon : public QObject
{
    Q_OBJECT

private slots:
    void matchAt_data();
    void matchAt();
    void matchBefore_data();
    void matchBefore();
    void indexInSkipping_data();
    void indexInSkipping();
    void repeatedWords_data();
    void repeatedWords();
};

namespace {

// One-character words beside longer ones that share their first (or last) character, and
// words whose characters fold onto the same bits (U+4E00 and U+5E00 share the low 12 bits).
const QStringList Words = {u"在"_qs,     u"在建"_qs,         u"共"_qs, u"公共服务"_qs, u"项目"_qs,
                           u"项目库"_qs, u"\u4e00\u4e01"_qs, u"率"_qs, u"增长率"_qs};

} // namespace

void TstLexicon::matchAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("length");

    QTest::addRow("single beside a longer word: longest") << u"在建项目"_qs << 0 << 4 << 2;
    QTest::addRow("single: second character starts no pair") << u"在线"_qs << 0 << 2 << 1;
    QTest::addRow("single at the limit") << u"在建"_qs << 0 << 1 << 1;
    QTest::addRow("longest of a pair run") << u"项目库建设"_qs << 0 << 5 << 3;
    QTest::addRow("pair run cut by the limit") << u"项目库"_qs << 0 << 2 << 2;
    QTest::addRow("first character known, pair not") << u"项款"_qs << 0 << 2 << 0;
    QTest::addRow("first character alone at the text's end") << u"建项"_qs << 1 << 2 << 0;
    QTest::addRow("same low bits, other character") << u"\u5e00\u4e01"_qs << 0 << 2 << 0;
    QTest::addRow("same low bits, the word") << u"\u4e00\u4e01"_qs << 0 << 2 << 2;
    QTest::addRow("four characters") << u"推进公共服务"_qs << 2 << 6 << 4;
    QTest::addRow("position past the limit") << u"在建"_qs << 1 << 1 << 0;
}

void TstLexicon::matchAt()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(int, limit);
    QFETCH(int, length);
    const Lexicon lexicon(Words);
    QCOMPARE(lexicon.matchAt(text, pos, limit), qsizetype(length));
    // indexIn() finds the same first word (the text cut at the limit).
    const qsizetype at = lexicon.indexIn(QStringView(text).first(limit), pos);
    QCOMPARE(at == pos, length > 0);
}

void TstLexicon::matchBefore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<int>("length");

    QTest::addRow("longest ending here") << u"全市增长率"_qs << 5 << 0 << 3;
    QTest::addRow("longer word cut by lowest: the single") << u"增长率"_qs << 3 << 1 << 1;
    QTest::addRow("single: last pair of no word") << u"效率"_qs << 2 << 0 << 1;
    QTest::addRow("last character known, pair not") << u"库房目"_qs << 3 << 0 << 0;
    QTest::addRow("pair ending here") << u"重大项目"_qs << 4 << 0 << 2;
    QTest::addRow("last character, no room for its pair") << u"目"_qs << 1 << 0 << 0;
    QTest::addRow("same low bits, other character") << u"\u4e00\u5e01"_qs << 2 << 0 << 0;
}

void TstLexicon::matchBefore()
{
    QFETCH(QString, text);
    QFETCH(int, end);
    QFETCH(int, lowest);
    QFETCH(int, length);
    QCOMPARE(Lexicon(Words).matchBefore(text, end, lowest), qsizetype(length));
}

void TstLexicon::indexInSkipping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("length");

    // Words of three characters and more: indexIn() reads one character in three where no
    // word's first three characters hold it, so each row puts a word where a skip could miss
    // it.
    QTest::addRow("at the start") << u"ICP备05070218号"_qs << 0 << 0 << 4;
    QTest::addRow("at the very end") << u"京ICP备"_qs << 0 << 1 << 4;
    QTest::addRow("after text of no word") << u"本网站由市政府主办公网安备"_qs << 0 << 9 << 4;
    QTest::addRow("longest of two at one place") << u"网站标识码:1100000088"_qs << 0 << 0 << 5;
    QTest::addRow("shorter word at its place") << u"版权网站标识号"_qs << 0 << 2 << 3;
    QTest::addRow("near miss, then the word") << u"公网安公网安备"_qs << 0 << 3 << 4;
    QTest::addRow("from past the first") << u"ICP备 ICP备"_qs << 1 << 5 << 4;
    QTest::addRow("shorter than the shortest word") << u"IC"_qs << 0 << -1 << 0;
    QTest::addRow("none") << u"全年办理案件147件，同比增长5.2%。"_qs << 0 << -1 << 0;
    // U+5907 备 and U+6907 share the low 12 bits: a smaller skip, no match.
    QTest::addRow("same folded slot") << u"ICP\u6907备案"_qs << 0 << -1 << 0;
}

void TstLexicon::indexInSkipping()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, pos);
    QFETCH(int, length);
    const Lexicon lexicon(QStringList{u"ICP备"_qs, u"公网安备"_qs, u"网站标识码"_qs, u"网站标"_qs});
    qsizetype found = 0;
    QCOMPARE(int(lexicon.indexIn(text, from, &found)), pos);
    if (pos >= 0)
        QCOMPARE(int(found), length);
}

void TstLexicon::repeatedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("at");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("word");
    // A word listed twice (two data rows of one word) is found as its first listing.
    QTest::addRow("repeated pair") << u"重大项目"_qs << 2 << 4 << 1;
    QTest::addRow("repeated single") << u"增长率"_qs << 2 << 3 << 3;
    QTest::addRow("word after a repeat") << u"在建"_qs << 0 << 2 << 4;
}

void TstLexicon::repeatedWords()
{
    QFETCH(QString, text);
    QFETCH(int, at);
    QFETCH(int, end);
    QFETCH(int, word);
    const Lexicon lexicon(
        QStringList{QString(), u"项目"_qs, u"项目"_qs, u"率"_qs, u"在建"_qs, u"率"_qs, QString()});
    QCOMPARE(int(lexicon.indexAt(text, at, text.size())), word);
    QCOMPARE(int(lexicon.indexBefore(text, end, 0)), word);
}

QTEST_GUILESS_MAIN(TstLexicon)
#include "tst_lexicon.moc"
