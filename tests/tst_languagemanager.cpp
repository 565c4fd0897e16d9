// Core's catalogue loads and translates without the widgets library: this test links only
// the layers without a GUI, as the command line does.
#include "core/languagemanager.h"
#include "core/reportparser.h"
#include "import/reportloader.h"

#include <QFile>
#include <QTest>

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }
    void coreCatalogueWithoutWidgets_data();
    void coreCatalogueWithoutWidgets();
    void unknownLanguageStaysEnglish();
};

void TestLanguageManager::coreCatalogueWithoutWidgets_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件为空");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("file is empty");
}

void TestLanguageManager::coreCatalogueWithoutWidgets()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    // The GUI catalogue is not linked into this program.
    QVERIFY(!QFile::exists(QStringLiteral(":/i18n/reportscope_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/reportscope_core_zh_CN.qm")));
    QVERIFY(LanguageManager::apply(language));
    QCOMPARE(LanguageManager::current(), language);
    const ReportLoader::Result r = ReportLoader::loadData(QByteArray(), QStringLiteral("x.txt"));
    QCOMPARE(r.error, ReportLoader::Error::Empty);
    QVERIFY2(r.errorMessage.contains(expected, Qt::CaseInsensitive), qPrintable(r.errorMessage));
}

void TestLanguageManager::unknownLanguageStaysEnglish()
{
    QVERIFY(!LanguageManager::apply(QStringLiteral("xx")));
    QCOMPARE(LanguageManager::current(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
