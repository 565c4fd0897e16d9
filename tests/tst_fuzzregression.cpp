// The inputs the fuzz targets found (tests/data/fuzz/<target>/, scripts/fuzz.sh), replayed
// through the same reader and the same checks (fuzz/readerchecks.cpp) as the fuzzer ran them:
// no crash, no leak, no undefined behaviour (in the ASan build), every invariant kept, and
// each input read within a few seconds.

#include "fuzz/readerchecks.h"
#include "import/documentreaders.h"
#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/pdfreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {

const QString FuzzDataDir = QStringLiteral(REPORTSCOPE_SOURCE_DIR "/tests/data/fuzz");

} // namespace

class TestFuzzRegression : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegression::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &target : {u"report"_qs, u"pdf"_qs, u"html"_qs, u"docx"_qs}) {
        const QDir dir(QDir(FuzzDataDir).filePath(target));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(name))
                << target << dir.filePath(name);
            ++rows;
        }
    }
    QVERIFY2(rows > 0, qPrintable(FuzzDataDir));
}

void TestFuzzRegression::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    static const PdfReader pdf;
    static const HtmlReader html;
    static const DocxReader docx;
    const QString fileName = QFileInfo(path).fileName();
    QElapsedTimer timer;
    timer.start();
    QString problem;
    if (target == u"pdf")
        problem = ReaderChecks::check(pdf, input, fileName);
    else if (target == u"html")
        problem = ReaderChecks::check(html, input, fileName);
    else if (target == u"docx")
        problem = ReaderChecks::check(docx, ReaderChecks::docxPackage(input), fileName);
    else
        problem = ReaderChecks::check(*DocumentReaders::forData(input, fileName), input, fileName);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // libFuzzer's -timeout is 20 s under ASan; a regression input must be far quicker.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "tst_fuzzregression.moc"
