// ReportWarning on its own: each type's stable name and its message in English and in
// Chinese (the language is switched with LanguageManager::apply, as the application does), and
// equality of type and arguments.

#include "core/languagemanager.h"
#include "core/reportwarning.h"

#include <QTest>

Q_DECLARE_METATYPE(ReportWarning)

class TstReportWarning : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }
    void text_data();
    void text();
    void equality_data();
    void equality();
};

void TstReportWarning::text_data()
{
    QTest::addColumn<ReportWarning>("warning");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("message");

    const ReportWarning invalid = ReportWarning::invalidBytesReplaced(3, u"GB18030"_qs);
    const ReportWarning duplicate = ReportWarning::duplicateCopy(1, 40, 41, 80);
    const ReportWarning none = ReportWarning::noHeadings();
    QTest::addRow("invalid bytes, en")
        << invalid << u"en"_qs << u"invalid-bytes-replaced"_qs
        << u"3 invalid byte sequence(s) for GB18030 were replaced by �."_qs;
    QTest::addRow("invalid bytes, zh_CN") << invalid << u"zh_CN"_qs << u"invalid-bytes-replaced"_qs
                                          << u"有 3 处不符合 GB18030 编码的字节已替换为 �。"_qs;
    QTest::addRow("duplicate copy, en")
        << duplicate << u"en"_qs << u"duplicate-copy"_qs
        << u"The report text appears twice in this file (lines 1–40 repeat in lines 41–80); "
           u"the first copy is ignored."_qs;
    QTest::addRow("duplicate copy, zh_CN")
        << duplicate << u"zh_CN"_qs << u"duplicate-copy"_qs
        << u"报告正文在此文件中出现了两次（第 1–40 行与第 41–80 行重复），已忽略第一份。"_qs;
    QTest::addRow("no headings, en")
        << none << u"en"_qs << u"no-headings"_qs
        << u"No headings were recognised; the whole text is shown as one section."_qs;
    QTest::addRow("no headings, zh_CN")
        << none << u"zh_CN"_qs << u"no-headings"_qs << u"未识别到标题，全文作为一个章节显示。"_qs;
    // A hand-made record without its arguments reads them as 0 and empty.
    QTest::addRow("arguments missing, en")
        << ReportWarning(ReportWarning::Type::DuplicateCopy, {}) << u"en"_qs << u"duplicate-copy"_qs
        << u"The report text appears twice in this file (lines 0–0 repeat in lines 0–0); "
           u"the first copy is ignored."_qs;
}

void TstReportWarning::text()
{
    QFETCH(ReportWarning, warning);
    QFETCH(QString, language);
    QFETCH(QString, typeName);
    QFETCH(QString, message);

    QVERIFY(LanguageManager::apply(language));
    QCOMPARE(warning.typeName(), typeName);
    QCOMPARE(warning.message(), message);
}

void TstReportWarning::equality_data()
{
    QTest::addColumn<ReportWarning>("a");
    QTest::addColumn<ReportWarning>("b");
    QTest::addColumn<bool>("equal");

    QTest::addRow("same arguments") << ReportWarning::duplicateCopy(1, 2, 3, 4)
                                    << ReportWarning::duplicateCopy(1, 2, 3, 4) << true;
    QTest::addRow("one argument differs") << ReportWarning::duplicateCopy(1, 2, 3, 4)
                                          << ReportWarning::duplicateCopy(1, 2, 3, 5) << false;
    QTest::addRow("encoding differs")
        << ReportWarning::invalidBytesReplaced(2, u"UTF-8"_qs)
        << ReportWarning::invalidBytesReplaced(2, u"GB18030"_qs) << false;
    QTest::addRow("type differs, no arguments")
        << ReportWarning::noHeadings() << ReportWarning(ReportWarning::Type::DuplicateCopy, {})
        << false;
    QTest::addRow("default is no headings")
        << ReportWarning() << ReportWarning::noHeadings() << true;
}

void TstReportWarning::equality()
{
    QFETCH(ReportWarning, a);
    QFETCH(ReportWarning, b);
    QFETCH(bool, equal);

    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
}

QTEST_GUILESS_MAIN(TstReportWarning)
#include "tst_reportwarning.moc"
