// ExportSelection: which sections an export writes, for the command line's ids, the tree's
// check boxes and the window's current section, on the sample report.

#include "export/exportselection.h"
#include "import/reportloader.h"

#include <QTest>

namespace {

QList<int> indexes(const Report &report, const QStringList &ids)
{
    QList<int> result;
    for (const QString &id : ids)
        result.append(report.indexOfSection(id));
    return result;
}

QStringList ids(const Report &report, const QList<int> &sections)
{
    QStringList result;
    for (int s : sections)
        result.append(report.section(s).id);
    return result;
}

} // namespace

class TestExportSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chosenAndChecked_data();
    void chosenAndChecked();
    void forWindow_data();
    void forWindow();
    void fromIds_data();
    void fromIds();
    void all();

private:
    ReportPtr m_report;
};

void TestExportSelection::initTestCase()
{
    m_report = ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)).report;
    QVERIFY(m_report);
    QVERIFY(m_report->indexOfSection(QStringLiteral("1.7.4")) >= 0);
}

void TestExportSelection::chosenAndChecked_data()
{
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<bool>("fromChecks");
    QTest::addColumn<bool>("subsections");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("selection with subsections")
        << QStringList{u"1.7"_qs} << false << true
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"1.7.3"_qs, u"1.7.4"_qs};
    QTest::addRow("selection without subsections")
        << QStringList{u"1.7"_qs} << false << false << QStringList{u"1.7"_qs};
    QTest::addRow("selection, document order, no duplicates")
        << QStringList{u"2"_qs, u"1.7.2"_qs, u"1.7.2"_qs} << false << true
        << QStringList{u"1.7.2"_qs, u"2"_qs, u"2.1"_qs, u"2.2"_qs, u"2.3"_qs};
    QTest::addRow("selection of a leaf")
        << QStringList{u"1.7.2"_qs} << false << true << QStringList{u"1.7.2"_qs};
    QTest::addRow("nothing chosen") << QStringList() << false << true << QStringList();
    // Checking (七) checks its subtree; unchecking 1.7.3 afterwards keeps it out.
    QTest::addRow("checks with subsections")
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"1.7.4"_qs} << true << true
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"1.7.4"_qs};
    QTest::addRow("checks without subsections")
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"2"_qs, u"3.2"_qs} << true << false
        << QStringList{u"1.7"_qs, u"2"_qs, u"3.2"_qs};
    QTest::addRow("checked children without their parent, without subsections")
        << QStringList{u"1.7.2"_qs, u"1.7.4"_qs} << true << false
        << QStringList{u"1.7.2"_qs, u"1.7.4"_qs};
}

void TestExportSelection::chosenAndChecked()
{
    QFETCH(QStringList, chosen);
    QFETCH(bool, fromChecks);
    QFETCH(bool, subsections);
    QFETCH(QStringList, expected);
    const QList<int> in = indexes(*m_report, chosen);
    const QList<int> out = fromChecks ? ExportSelection::fromChecks(*m_report, in, subsections)
                                      : ExportSelection::expand(*m_report, in, subsections);
    QCOMPARE(ids(*m_report, out), expected);
}

void TestExportSelection::forWindow_data()
{
    QTest::addColumn<QStringList>("checked");
    QTest::addColumn<QString>("current");
    QTest::addColumn<bool>("subsections");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("current section with subsections")
        << QStringList() << u"1.7"_qs << true
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"1.7.3"_qs, u"1.7.4"_qs};
    QTest::addRow("current section alone")
        << QStringList() << u"1.7"_qs << false << QStringList{u"1.7"_qs};
    QTest::addRow("checks win over the current section")
        << QStringList{u"2"_qs} << u"1.7"_qs << false << QStringList{u"2"_qs};
}

void TestExportSelection::forWindow()
{
    QFETCH(QStringList, checked);
    QFETCH(QString, current);
    QFETCH(bool, subsections);
    QFETCH(QStringList, expected);
    const QList<int> out = ExportSelection::forWindow(
        *m_report, indexes(*m_report, checked), m_report->indexOfSection(current), subsections);
    QCOMPARE(ids(*m_report, out), expected);
}

void TestExportSelection::fromIds_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("unknown");
    QTest::addRow("one id with its subtree")
        << QStringList{u"1.7"_qs} << true
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"1.7.3"_qs, u"1.7.4"_qs} << QString();
    QTest::addRow("a list with spaces, in document order")
        << QStringList{u"2, 1.7.2"_qs} << true
        << QStringList{u"1.7.2"_qs, u"2"_qs, u"2.1"_qs, u"2.2"_qs, u"2.3"_qs} << QString();
    QTest::addRow("the option repeated")
        << QStringList{u"2"_qs, u"1.7.2"_qs} << true
        << QStringList{u"1.7.2"_qs, u"2"_qs, u"2.1"_qs, u"2.2"_qs, u"2.3"_qs} << QString();
    QTest::addRow("an unknown id")
        << QStringList{u"1.7,9.9"_qs} << false << QStringList() << u"9.9"_qs;
    QTest::addRow("an empty id") << QStringList{u"1.7,"_qs} << false << QStringList() << QString();
}

void TestExportSelection::fromIds()
{
    QFETCH(QStringList, values);
    QFETCH(bool, ok);
    QFETCH(QStringList, expected);
    QFETCH(QString, unknown);
    QList<int> sections;
    QString unknownId = u"unset"_qs;
    QCOMPARE(ExportSelection::fromIds(*m_report, values, &sections, &unknownId), ok);
    if (ok) {
        QCOMPARE(ids(*m_report, sections), expected);
        QCOMPARE(unknownId, u"unset"_qs);
    } else {
        QCOMPARE(unknownId, unknown);
    }
}

void TestExportSelection::all()
{
    // Without ids the command line exports every section, in order, once.
    QList<int> sections;
    QString unknown;
    QVERIFY(ExportSelection::fromIds(*m_report, {}, &sections, &unknown));
    QCOMPARE(sections.size(), m_report->sectionCount());
    for (int i = 0; i < sections.size(); ++i)
        QCOMPARE(sections.at(i), i);
    QCOMPARE(ExportSelection::all(*m_report), sections);
    QVERIFY(ExportSelection::expand(*m_report, {-1, 100000}, true).isEmpty());
}

QTEST_GUILESS_MAIN(TestExportSelection)
#include "tst_exportselection.moc"
