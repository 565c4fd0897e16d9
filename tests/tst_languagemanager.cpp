// Core's catalogue loads and translates without the widgets library: this test links only
// the layers without a GUI, as the command line does.
#include "core/languagemanager.h"
#include "core/reportjson.h"
#include "core/reportparser.h"
#include "import/reportloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }
    void coreCatalogueWithoutWidgets_data();
    void coreCatalogueWithoutWidgets();
    void warningsInCurrentLanguage_data();
    void warningsInCurrentLanguage();
    void unknownLanguageStaysEnglish();
};

namespace {

// One report with two warnings: a damaged byte (in line 2, so the copies match from line 3)
// and a duplicated copy of the text.
ReportPtr warnedReport()
{
    static const ReportPtr report = [] {
        const QString copy =
            u"各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、回顾\n过去一年成绩显著。\n"
            u"二、任务\n（一）发展产业。推进工作。\n（二）扩大内需。推进工作。\n"_qs;
        QByteArray bytes = (copy + u"政府工作报告\n"_qs + copy).toUtf8();
        bytes.insert(bytes.indexOf("\n") + 1, "\xFF");
        return ReportLoader::loadData(bytes, u"w.txt"_qs).report;
    }();
    return report;
}

} // namespace

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

void TestLanguageManager::warningsInCurrentLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("zh_CN") << u"zh_CN"_qs
                           << QStringList{u"有 1 处不符合 UTF-8 编码的字节已替换为 �。"_qs,
                                          u"出现了两次（第 3–7 行与第 11–15 行重复）"_qs};
    QTest::addRow("en") << u"en"_qs
                        << QStringList{u"1 invalid byte sequence(s) for UTF-8 were replaced"_qs,
                                       u"appears twice in this file (lines 3–7 repeat in "
                                       u"lines 11–15)"_qs};
}

void TestLanguageManager::warningsInCurrentLanguage()
{
    // Warnings are kept as data: the same report gives them in the language of the moment,
    // in outline --json too.
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const ReportPtr report = warnedReport();
    QVERIFY(report);
    QCOMPARE(report->warnings().size(), 2);
    QVERIFY(LanguageManager::apply(language));
    const QJsonArray json = ReportJson::outline(*report).value(u"warnings"_qs).toArray();
    QCOMPARE(json.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QString message = json.at(i).toObject().value(u"message"_qs).toString();
        QVERIFY2(message.contains(expected.at(i)), qPrintable(message));
        QCOMPARE(report->warningMessages().at(i), message);
        // The type does not change with the language.
        QCOMPARE(json.at(i).toObject().value(u"type"_qs).toString(),
                 report->warnings().at(i).typeName());
    }
    QCOMPARE(json.at(0).toObject().value(u"type"_qs).toString(), u"invalid-bytes-replaced"_qs);
}

void TestLanguageManager::unknownLanguageStaysEnglish()
{
    QVERIFY(!LanguageManager::apply(QStringLiteral("xx")));
    QCOMPARE(LanguageManager::current(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
