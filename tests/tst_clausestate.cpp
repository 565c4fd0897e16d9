// ClauseState on its own: the sentence around a position and its quote offsets, the subject
// carried over within a sentence and forgotten in the next, and the labels that 分别 keeps
// waiting for their values. Expected values are worked out by hand from the input.

#include "core/clausestate.h"
#include "core/textnormalizer.h"

#include <QTest>

using Kind = Figure::Kind;

class TstClauseState : public QObject
{
    Q_OBJECT

private slots:
    void sentence_data();
    void sentence();
    void subjectCarryOver_data();
    void subjectCarryOver();
    void respectTaken();
    void respectFlushedCopiesOneValue();
    void respectExpires();
};

void TstClauseState::sentence_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("quoteStart");
    QTest::addColumn<int>("quoteEnd");
    QTest::addColumn<QString>("quote");

    // 前言。　　办理案件147件，增长５％。\n下一行: the ideographic spaces (3, 4) are trimmed
    // from the quote, the full stop (18) is kept, the line break (19) is not.
    const QString text = u"前言。　　办理案件147件，增长５％。\n下一行"_qs;
    QTest::addRow("first sentence") << text << 1 << 0 << 3 << u"前言。"_qs;
    QTest::addRow("leading spaces trimmed")
        << text << 9 << 5 << 19 << u"办理案件147件，增长５％。"_qs;
    QTest::addRow("after the comma, same sentence")
        << text << 16 << 5 << 19 << u"办理案件147件，增长５％。"_qs;
    QTest::addRow("line after a break") << text << 20 << 20 << 23 << u"下一行"_qs;
    QTest::addRow("semicolon ends it") << u"新增3家；减少2家"_qs << 7 << 5 << 9 << u"减少2家"_qs;
    QTest::addRow("line break is no part of the quote")
        << u"办理5件\n"_qs << 2 << 0 << 4 << u"办理5件"_qs;
}

void TstClauseState::sentence()
{
    QFETCH(QString, src);
    QFETCH(int, pos);
    QFETCH(int, quoteStart);
    QFETCH(int, quoteEnd);
    QFETCH(QString, quote);

    const QString norm = TextNormalizer::normalize(src);
    ClauseState state(src, norm);
    state.enterSentence(pos);
    QCOMPARE(state.quoteStart(), qsizetype(quoteStart));
    QCOMPARE(state.quoteEnd(), qsizetype(quoteEnd));
    QCOMPARE(src.mid(state.quoteStart(), state.quoteEnd() - state.quoteStart()), quote);
}

void TstClauseState::subjectCarryOver_data()
{
    QTest::addColumn<int>("next"); // position entered after the subject was named
    QTest::addColumn<QString>("baseLabel");
    QTest::addColumn<QString>("sentenceLabels"); // joined with |
    QTest::addColumn<QString>("previousLabel");

    // 实现生产总值1665.2亿元，增长14.2%。出口增长5%。: 1665.2 starts at 6, 14.2 at 17, the
    // first 。 is 22 and 出 is 23.
    QTest::addRow("same sentence keeps the subject")
        << 17 << u"生产总值"_qs << u"生产总值"_qs << u"生产总值"_qs;
    QTest::addRow("next sentence forgets it") << 26 << QString() << QString() << QString();
}

void TstClauseState::subjectCarryOver()
{
    QFETCH(int, next);
    QFETCH(QString, baseLabel);
    QFETCH(QString, sentenceLabels);
    QFETCH(QString, previousLabel);

    const QString src = u"实现生产总值1665.2亿元，增长14.2%。出口增长5%。"_qs;
    const QString norm = TextNormalizer::normalize(src);
    ClauseState state(src, norm);
    state.enterSentence(6);
    QCOMPARE(state.baseLabel(), QString());
    state.rememberSubject(u"生产总值"_qs, u"元"_qs, Kind::Money);
    state.rememberFigure(u"生产总值"_qs, ClauseState::Last{Kind::Money, u"元"_qs, 15, false});
    QCOMPARE(state.baseUnit(), u"元"_qs);
    QCOMPARE(state.baseKind(), Kind::Money);

    state.enterSentence(next);
    QCOMPARE(state.baseLabel(), baseLabel);
    const ClauseState::Labels &labels = state.sentenceLabels();
    QCOMPARE(QStringList(labels.begin(), labels.end()).join(u'|'), sentenceLabels);
    QCOMPARE(state.previousLabel(), previousLabel);
    // The figure just emitted is remembered across sentences (elliptical lists aside).
    QCOMPARE(state.last().unit, u"元"_qs);
    QCOMPARE(state.last().after, qsizetype(15));
}

namespace {

Figure figure(const QString &label, double value)
{
    Figure f;
    f.label = label;
    f.value = value;
    f.unit = QStringLiteral("%");
    return f;
}

} // namespace

// Each value takes the next waiting label; then nothing is copied.
void TstClauseState::respectTaken()
{
    const QString src = u"出生率、增长率分别为13%和11%。"_qs;
    ClauseState state(src, src);
    QList<Figure> out;
    state.startRespect({u"出生率"_qs, u"增长率"_qs}, Kind::Rate, false, 18, &out);
    QVERIFY(state.hasWaitingLabel());
    QCOMPARE(state.respectKind(), Kind::Rate);
    QCOMPARE(state.respectDecrease(), false);
    QCOMPARE(state.takeWaitingLabel(), u"出生率"_qs);
    out.append(figure(u"出生率"_qs, 13));
    QCOMPARE(state.takeWaitingLabel(), u"增长率"_qs);
    out.append(figure(u"增长率"_qs, 11));
    QCOMPARE(state.takeWaitingLabel(), QString());
    state.flushRespect(&out);
    QCOMPARE(out.size(), 2);
    QVERIFY(!state.hasWaitingLabel());
}

// 参学率、合格率分别为100%: one value, no label taken: it is copied for every label.
void TstClauseState::respectFlushedCopiesOneValue()
{
    const QString src = u"参学率、合格率分别为100%。"_qs;
    ClauseState state(src, src);
    QList<Figure> out{figure(u"前一个"_qs, 7)};
    state.startRespect({u"参学率"_qs, u"合格率"_qs}, Kind::Rate, false, 15, &out);
    out.append(figure(u"参学率、合格率"_qs, 100));
    state.flushRespect(&out);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.at(0).label, u"前一个"_qs);
    QCOMPARE(out.at(1).label, u"参学率、合格率"_qs);
    QCOMPARE(out.at(2).label, u"参学率"_qs);
    QCOMPARE(out.at(2).value, 100.0);
    QCOMPARE(out.at(3).label, u"合格率"_qs);
    QCOMPARE(out.at(3).value, 100.0);
    QVERIFY(!state.hasWaitingLabel());
}

// The waiting labels end with their clause.
void TstClauseState::respectExpires()
{
    const QString src = u"甲、乙分别增长5%，丙6%。"_qs;
    ClauseState state(src, src);
    QList<Figure> out;
    state.startRespect({u"甲"_qs, u"乙"_qs}, Kind::Change, true, 10, &out);
    out.append(figure(u"甲、乙"_qs, 5));
    state.expireRespect(9, &out);
    QVERIFY(state.hasWaitingLabel());
    QCOMPARE(state.respectDecrease(), true);
    state.expireRespect(10, &out);
    QVERIFY(!state.hasWaitingLabel());
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(2).label, u"乙"_qs);
}

QTEST_GUILESS_MAIN(TstClauseState)
#include "tst_clausestate.moc"
