#include "core/textclasses.h"

#include "core/textnormalizer.h"

#include <QTest>

using Classes = TextClasses::Classes;

class TestTextClasses : public QObject
{
    Q_OBJECT

private slots:
    void classesOf_data();
    void classesOf();
    void sets_data();
    void sets();
    void containsAny_data();
    void containsAny();
    void normalize_data();
    void normalize();
    void isSpace_data();
    void isSpace();
};

void TestTextClasses::classesOf_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<int>("classes");
    const auto row = [](const char *name, char16_t c, Classes classes) {
        QTest::addRow("%s", name) << QChar(c) << int(classes);
    };
    row("ideographic full stop", u'。', TextClasses::SentenceEnd);
    row("exclamation", u'!', TextClasses::SentenceEnd);
    row("full-width exclamation", u'！', TextClasses::SentenceEnd);
    row("question", u'?', TextClasses::SentenceEnd);
    row("full-width question", u'？', TextClasses::SentenceEnd);
    row("semicolon", u';', TextClasses::Semicolon);
    row("full-width semicolon", u'；', TextClasses::Semicolon);
    row("comma", u',', TextClasses::Comma);
    row("full-width comma", u'，', TextClasses::Comma);
    row("enumeration comma", u'、', TextClasses::EnumerationComma);
    row("colon", u':', TextClasses::Colon);
    row("full-width colon", u'：', TextClasses::Colon);
    row("line feed", u'\n', TextClasses::LineBreak);
    row("tab", u'\t', TextClasses::Tab);
    row("ellipsis", u'…', TextClasses::Ellipsis);
    row("em dash", u'—', TextClasses::Dash);
    row("parenthesis", u'(', TextClasses::OpenBracket);
    row("full-width parenthesis", u'（', TextClasses::OpenBracket);
    row("bracket", u'[', TextClasses::OpenBracket);
    row("full-width bracket", u'［', TextClasses::OpenBracket);
    row("black lenticular bracket", u'【', TextClasses::OpenBracket);
    row("opening title mark", u'《', TextClasses::TitleMark);
    row("closing title mark", u'》', TextClasses::TitleMark);
    row("first unified ideograph", 0x4E00, TextClasses::UnifiedIdeograph);
    row("ideograph 国", u'国', TextClasses::UnifiedIdeograph);
    row("last unified ideograph", 0x9FFF, TextClasses::UnifiedIdeograph);
    row("first extension A ideograph", 0x3400, TextClasses::ExtensionAIdeograph);
    row("last extension A ideograph", 0x4DBF, TextClasses::ExtensionAIdeograph);
    // Neighbours and look-alikes that belong to no class.
    row("before extension A", 0x33FF, {});
    row("hexagram after extension A", 0x4DC0, {});
    row("after unified ideographs", 0xA000, {});
    row("full stop", u'.', {});
    row("full-width full stop", u'．', {});
    row("closing parenthesis", u')', {});
    row("quotation mark", u'“', {});
    row("tortoise shell bracket", u'〔', {});
    row("ideographic zero", u'〇', {});
    row("space", u' ', {});
    row("letter", u'a', {});
    row("digit", u'5', {});
    row("high surrogate", 0xD840, {});
}

void TestTextClasses::classesOf()
{
    QFETCH(QChar, c);
    QFETCH(int, classes);
    QCOMPARE(int(TextClasses::classesOf(c)), classes);
}

void TestTextClasses::sets_data()
{
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("others");
    QTest::addColumn<int>("set");
    QTest::addRow("sentence breaks")
        << u"。!！?？;；"_qs << u"，,、:：\n…."_qs << int(TextClasses::SentenceBreaks);
    QTest::addRow("prose punctuation")
        << u"。!！?？;；，,、"_qs << u":：\n…—(《."_qs << int(TextClasses::ProsePunctuation);
    QTest::addRow("quote breaks") << u"。!?;\n…"_qs << u",、:\t(—《"_qs
                                  << int(TextClasses::QuoteBreaks);
    QTest::addRow("clause boundaries") << u"。!?;\n\t,，([【—…》《:"_qs << u"、)]】”.0a国"_qs
                                       << int(TextClasses::ClauseBoundaries);
    QTest::addRow("cjk") << u"\u4E00国\u9FFF\u3400\u4DBF"_qs << u"\u4DC0\uA000〇。a"_qs
                         << int(TextClasses::Cjk);
}

void TestTextClasses::sets()
{
    QFETCH(QString, members);
    QFETCH(QString, others);
    QFETCH(int, set);
    const Classes classes = Classes::fromInt(set);
    for (QChar c : std::as_const(members))
        QVERIFY2(TextClasses::is(c, classes), qPrintable(QString(c)));
    for (QChar c : std::as_const(others))
        QVERIFY2(!TextClasses::is(c, classes), qPrintable(QString(c)));
}

void TestTextClasses::containsAny_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("classes");
    QTest::addColumn<bool>("contains");
    QTest::addRow("sentence") << u"经济平稳增长。"_qs << int(TextClasses::SentenceEnd) << true;
    QTest::addRow("menu") << u"首页>政务公开>工作报告"_qs << int(TextClasses::ProsePunctuation)
                          << false;
    QTest::addRow("list") << u"教育、卫生"_qs << int(TextClasses::ProsePunctuation) << true;
    QTest::addRow("colon only") << u"来源:市政府"_qs << int(TextClasses::ProsePunctuation) << false;
    QTest::addRow("empty") << QString() << int(TextClasses::ClauseBoundaries) << false;
    QTest::addRow("ideographs") << u"GDP增长"_qs << int(TextClasses::Cjk) << true;
    QTest::addRow("no ideographs") << u"GDP 5%"_qs << int(TextClasses::Cjk) << false;
}

void TestTextClasses::containsAny()
{
    QFETCH(QString, text);
    QFETCH(int, classes);
    QFETCH(bool, contains);
    QCOMPARE(TextClasses::containsAny(text, Classes::fromInt(classes)), contains);
}

void TestTextClasses::normalize_data()
{
    // TextNormalizer::normalize() reads eight units at a time where it can: each character
    // at each place of a block of eight, and past the last whole block, must come out as
    // normalizeChar() gives it.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::addRow("kept") << u"年度报告2023，"_qs << u"年度报告2023,"_qs;
    QTest::addRow("all kept, long") << u"法治政府建设年度报告2023年\n"_qs.repeated(3)
                                    << u"法治政府建设年度报告2023年\n"_qs.repeated(3);
    const char16_t probes[] = {u'\r',  0x3000, 0x3001, 0xFEFE, 0xFEFF, 0xFF01, 0xFF0C, 0xFF5E,
                               0xFF5F, 0x00A0, 0x007F, 0x0080, 0x2028, 0x200B, 0x0085, 0x2FFF};
    for (const char16_t probe : probes) {
        for (int at : {0, 3, 7, 8, 15, 17}) {
            QString text = u"年度报告（一）政府信息公开"_qs.left(at);
            while (text.size() < at)
                text += u'a';
            text += QChar(probe) + u"年度报告（一）政府信息公开"_qs;
            QString expected;
            for (const QChar c : std::as_const(text))
                expected += TextNormalizer::normalizeChar(c);
            QTest::addRow("U+%04X at %d", unsigned(probe), at) << text << expected;
        }
    }
}

void TestTextClasses::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(TextNormalizer::normalize(text), normalized);
}

void TestTextClasses::isSpace_data()
{
    // TextNormalizer::isSpace() answers the CJK blocks by one range test: its ends and the
    // spaces just outside it.
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("space");
    const auto row = [](char16_t c, bool space) {
        QTest::addRow("U+%04X", unsigned(c)) << QChar(c) << space;
    };
    row(u' ', true);
    row(u'\t', true);
    row(u'a', false);
    row(0x00A0, true);
    row(0x2009, true);
    row(0x200B, true);
    row(0x2028, false);
    row(0x3000, true);
    row(0x3001, false);
    row(0x4E00, false);
    row(0xFEFE, false);
    row(0xFEFF, true);
    row(0xFF0C, false);
}

void TestTextClasses::isSpace()
{
    QFETCH(QChar, c);
    QFETCH(bool, space);
    QCOMPARE(TextNormalizer::isSpace(c), space);
}

QTEST_GUILESS_MAIN(TestTextClasses)
#include "tst_textclasses.moc"
