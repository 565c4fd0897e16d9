#include "core/headingclassifier.h"
#include "core/textnormalizer.h"

#include <QTest>

using Role = Section::Role;
Q_DECLARE_METATYPE(Section::Role)

class TestHeadingClassifier : public QObject
{
    Q_OBJECT

private slots:
    void listHeadingRole_data();
    void listHeadingRole();
    void attachmentRole_data();
    void attachmentRole();
    void leadLine_data();
    void leadLine();
    void address_data();
    void address();
    void pageReferences_data();
    void pageReferences();
};

void TestHeadingClassifier::listHeadingRole_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Role>("role");
    QTest::addRow("名词解释") << u"名词解释"_qs << Role::Glossary;
    QTest::addRow("with a colon") << u"名词解释："_qs << Role::Glossary;
    QTest::addRow("有关名词解释") << u"有关名词解释"_qs << Role::Glossary;
    QTest::addRow("术语说明") << u"术语说明"_qs << Role::Glossary;
    QTest::addRow("注释") << u"注释："_qs << Role::Notes;
    QTest::addRow("a sentence about terms") << u"对名词解释如下。"_qs << Role::Body;
    QTest::addRow("a part title") << u"2026年重点工作"_qs << Role::Body;
}

void TestHeadingClassifier::listHeadingRole()
{
    QFETCH(QString, line);
    QFETCH(Role, role);
    QCOMPARE(HeadingClassifier::listHeadingRole(TextNormalizer::normalize(line)), role);
}

void TestHeadingClassifier::attachmentRole_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<Role>("role");
    QTest::addRow("有关名词解释") << u"有关名词解释"_qs << Role::Glossary;
    QTest::addRow("名词、术语注释") << u"《政府工作报告》名词、术语注释"_qs << Role::Glossary;
    QTest::addRow("注释") << u"注释"_qs << Role::Notes;
    QTest::addRow("a table") << u"2016年主要经济指标完成情况"_qs << Role::Appendix;
    QTest::addRow("untitled") << QString() << Role::Appendix;
}

void TestHeadingClassifier::attachmentRole()
{
    QFETCH(QString, title);
    QFETCH(Role, role);
    QCOMPARE(HeadingClassifier::attachmentRole(TextNormalizer::normalize(title)), role);
}

void TestHeadingClassifier::leadLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("lead");
    QTest::addRow("short clause") << u"经济运行持续向好。"_qs << true;
    QTest::addRow("with 、") << u"坚定信心、用好优势。"_qs << true;
    QTest::addRow("quoted start") << u"“向新”的动能持续增强。"_qs << true;
    QTest::addRow("no final 。") << u"经济运行持续向好"_qs << false;
    QTest::addRow("a comma: a sentence") << u"经济向好，民生改善。"_qs << false;
    QTest::addRow("too short") << u"向好。"_qs << false;
    QTest::addRow("too long")
        << u"这是一个很长很长的句子用来说明有关情况并不是一个标题行的样子。"_qs << false;
    QTest::addRow("a marker") << u"一是经济运行持续向好。"_qs << false;
    QTest::addRow("an address") << u"各位代表向大会报告。"_qs << false;
}

void TestHeadingClassifier::leadLine()
{
    QFETCH(QString, line);
    QFETCH(bool, lead);
    QCOMPARE(HeadingClassifier::isLeadLine(TextNormalizer::normalize(line)), lead);
}

void TestHeadingClassifier::address_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<bool>("address");
    QTest::addRow("各位代表！") << u"各位代表！"_qs << true;
    QTest::addRow("各位代表，让我们") << u"各位代表，让我们团结奋斗。"_qs << true;
    QTest::addRow("同志们") << u"同志们，新征程已经开启。"_qs << true;
    QTest::addRow("prose") << u"让我们团结奋斗。"_qs << false;
}

void TestHeadingClassifier::address()
{
    QFETCH(QString, paragraph);
    QFETCH(bool, address);
    QCOMPARE(HeadingClassifier::opensWithAddress(TextNormalizer::normalize(paragraph)), address);
}

void TestHeadingClassifier::pageReferences_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::addRow("full-width") << u"“四上”企业（P2，P15）"_qs << u"“四上”企业"_qs;
    QTest::addRow("half-width") << u"四不两直(P5,P31)"_qs << u"四不两直"_qs;
    QTest::addRow("one page") << u"德国工业4.0(P11)"_qs << u"德国工业4.0"_qs;
    QTest::addRow("other brackets stay")
        << u"“十大行动”（2019年）"_qs << u"“十大行动”（2019年）"_qs;
    QTest::addRow("nothing else") << u"(P2)"_qs << u"(P2)"_qs;
}

void TestHeadingClassifier::pageReferences()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(HeadingClassifier::withoutPageReferences(title), expected);
}

QTEST_GUILESS_MAIN(TestHeadingClassifier)
#include "tst_headingclassifier.moc"
