#include "core/regexsubject.h"

#include <QTest>

class TestRegexSubject : public QObject
{
    Q_OBJECT

private slots:
    void isValidUtf16_data();
    void isValidUtf16();
    void match_data();
    void match();
};

void TestRegexSubject::isValidUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString runs = QStringLiteral("我代表市人民政府向大会报告政府工作");
    const QChar high(char16_t(0xD842));
    const QChar low(char16_t(0xDFB7)); // with high: U+20BB7 𠮷
    QTest::addRow("empty") << QString() << true;
    QTest::addRow("ideographs") << runs << true;
    QTest::addRow("pair in the tail") << QString(runs + high + low) << true;
    QTest::addRow("pair across a step") << QString(runs.left(7) + high + low + runs) << true;
    QTest::addRow("lone high at the end") << QString(runs + high) << false;
    QTest::addRow("lone high in a step") << QString(high + runs) << false;
    QTest::addRow("lone low") << QString(runs + low + runs) << false;
    QTest::addRow("low before high") << QString(runs + low + high + runs) << false;
    QTest::addRow("U+D7FF and U+E000")
        << QString(runs + QChar(char16_t(0xD7FF)) + QChar(char16_t(0xE000)) + runs) << true;
}

void TestRegexSubject::isValidUtf16()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(RegexSubject::isValidUtf16(text), valid);
    QCOMPARE(RegexSubject(text).isValidUtf16(), valid);
}

void TestRegexSubject::match_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("captured");
    const QChar high(char16_t(0xD842));
    QTest::addRow("speech") << QStringLiteral("各位代表：\n现在，我代表深圳市人民政府，向大会报告")
                            << QStringLiteral("深圳市人民政府");
    QTest::addRow("no match") << QStringLiteral("各位代表：现在报告政府工作") << QString();
    // Matched with PCRE2's own check, which refuses the subject: no match, as before.
    QTest::addRow("lone surrogate")
        << QString(QStringLiteral("我代表深圳市人民政府，向大会报告") + high) << QString();
}

void TestRegexSubject::match()
{
    QFETCH(QString, text);
    QFETCH(QString, captured);
    static const QRegularExpression re(
        QStringLiteral("我谨?代表([^，,。:：；\\s]{2,30}?)[，,]?(?:向|对)"));
    const QRegularExpressionMatch m = RegexSubject(text).match(re);
    QCOMPARE(m.captured(1), captured);
    QCOMPARE(m.hasMatch(), re.match(text).hasMatch());
}

QTEST_GUILESS_MAIN(TestRegexSubject)
#include "tst_regexsubject.moc"
