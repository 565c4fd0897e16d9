// IndicatorCatalogue: the built-in catalogue loads and is big enough for each report type;
// damaged files are rejected naming the file and the line.

#include "core/indicatorcatalogue.h"

#include <QBuffer>
#include <QTest>

class TestIndicatorCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtIn();
    void entry();
    void errors_data();
    void errors();
};

void TestIndicatorCatalogue::builtIn()
{
    const IndicatorCatalogue &c = IndicatorCatalogue::builtIn();
    int gzbg = 0;
    int fazhi = 0;
    int xxgk = 0;
    for (const IndicatorCatalogue::Entry &e : c.entries()) {
        gzbg += e.types.contains(ReportFacts::Type::Gzbg);
        fazhi += e.types.contains(ReportFacts::Type::Fazhi);
        xxgk += e.types.contains(ReportFacts::Type::Xxgk);
        QVERIFY2(!e.roles.isEmpty(), qPrintable(e.id));
    }
    QVERIFY2(gzbg >= 30, qPrintable(QString::number(gzbg)));
    QVERIFY2(fazhi >= 40, qPrintable(QString::number(fazhi)));
    QVERIFY2(xxgk >= 15, qPrintable(QString::number(xxgk)));
}

void TestIndicatorCatalogue::entry()
{
    const IndicatorCatalogue &c = IndicatorCatalogue::builtIn();
    const IndicatorCatalogue::Entry *gdp = c.entry(QStringLiteral("gdp"));
    QVERIFY(gdp);
    QCOMPARE(gdp->name, QStringLiteral("地区生产总值"));
    QCOMPARE(gdp->unitClass, IndicatorCatalogue::UnitClass::Money);
    QCOMPARE(gdp->roles, QList<IndicatorCatalogue::Role>{IndicatorCatalogue::Role::Level});
    QVERIFY(gdp->synonyms.contains(QStringLiteral("生产总值")));
    const IndicatorCatalogue::Entry *rate = c.entry(QStringLiteral("mediation_success_rate"));
    QVERIFY(rate);
    QCOMPARE(rate->unitClass, IndicatorCatalogue::UnitClass::Percent);
    QCOMPARE(rate->patterns.first(), (QStringList{"调解", "成功率"}));
    QVERIFY(!c.entry(QStringLiteral("no_such_indicator")));
}

void TestIndicatorCatalogue::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray good = "# comment\n"
                            "gdp\t地区生产总值\t生产总值\t-\t-\tmoney\tlevel\tgzbg\n";
    QTest::addRow("duplicate id") << good + "gdp\t其他\t-\t-\t-\tmoney\tlevel\tgzbg\n"
                                  << QStringLiteral(
                                         "t.tsv:3: duplicate id “gdp” (first on line 2)");
    QTest::addRow("duplicate name")
        << good + "gdp2\t地区生产总值\t-\t-\t-\tmoney\tlevel\tgzbg\n"
        << QStringLiteral("t.tsv:3: duplicate name “地区生产总值” (first on line 2)");
    QTest::addRow("unknown unit class") << good + "x\t某\t-\t-\t-\tmonies\tlevel\tgzbg\n"
                                        << QStringLiteral("t.tsv:3: unknown unit class “monies”");
    QTest::addRow("unknown role") << good + "x\t某\t-\t-\t-\tmoney\tlevel,growth\tgzbg\n"
                                  << QStringLiteral("t.tsv:3: unknown role “growth”");
    QTest::addRow("unknown type") << good + "x\t某\t-\t-\t-\tmoney\tlevel\tgzbg,nianbao\n"
                                  << QStringLiteral("t.tsv:3: unknown report type “nianbao”");
    QTest::addRow("columns") << good + "x\t某\t-\t-\tmoney\tlevel\tgzbg\n"
                             << QStringLiteral(
                                    "t.tsv:3: expected 8 columns separated by tabs, found 7");
    QTest::addRow("empty field") << good + "x\t某\t\t-\t-\tmoney\tlevel\tgzbg\n"
                                 << QStringLiteral(
                                        "t.tsv:3: empty field or field with spaces around it");
    QTest::addRow("bad id") << good + "X-1\t某\t-\t-\t-\tmoney\tlevel\tgzbg\n"
                            << QStringLiteral("t.tsv:3: invalid id “X-1” (a-z, 0-9 and _ only)");
    QTest::addRow("empty pattern word")
        << good + "x\t某\t-\t复议++申请\t-\tcount\tlevel\tall\n"
        << QStringLiteral("t.tsv:3: empty word in pattern “复议++申请”");
    QTest::addRow("empty file") << QByteArray("# nothing\n")
                                << QStringLiteral("t.tsv: no indicators");
}

void TestIndicatorCatalogue::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    IndicatorCatalogue c;
    QString why;
    QVERIFY(!c.load(&buffer, QStringLiteral("t.tsv"), &why));
    QCOMPARE(why, error);
    QVERIFY(c.entries().empty());
}

QTEST_GUILESS_MAIN(TestIndicatorCatalogue)
#include "tst_indicatorcatalogue.moc"
