#include "tests/processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ProcessResult;

Run run(const QStringList &arguments)
{
    return runProcess(QStringLiteral(REPORTSCOPE_BINARY), arguments);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outlineText();
    void outlineJson();
    void figuresOutput_data();
    void figuresOutput();
    void figuresWriteError();
    void badInput_data();
    void badInput();
    void badUsage_data();
    void badUsage();
    void permissionDenied();
    void help();
    void checkJsonLanguage_data();
    void checkJsonLanguage();
    void diffJson();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes);
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCommandLine::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

void TestCommandLine::outlineText()
{
    const Run r = run({u"outline"_qs, QStringLiteral(REPORTSCOPE_SAMPLE_REPORT)});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(u"Title: 武威市人民政府2021年度法治政府建设情况报告"_qs));
    QVERIFY(out.contains(u"\n    1.7.2 二是加强行政调解工作\n"_qs));
    QVERIFY(out.contains(u"\n  1.7 (七)健全社会矛盾纠纷"_qs));
    QVERIFY(r.err.isEmpty());
}

void TestCommandLine::outlineJson()
{
    const Run r = run({u"outline"_qs, QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"title"_qs).toString(), u"武威市人民政府2021年度法治政府建设情况报告"_qs);
    QCOMPARE(o.value(u"encoding"_qs).toString(), u"UTF-8"_qs);
    const QJsonObject meta = o.value(u"metadata"_qs).toObject();
    QCOMPARE(meta.value(u"issuer"_qs).toString(), u"武威市人民政府"_qs);
    QCOMPARE(meta.value(u"date"_qs).toString(), u"2022-02-17"_qs);
    QCOMPARE(meta.value(u"published"_qs).toString(), u"2022-03-04"_qs);
    QCOMPARE(meta.value(u"index_number"_qs).toString(), u"11622300013931138G/2022-06008"_qs);
    QCOMPARE(meta.value(u"source"_qs).toString(), u"武威市司法局"_qs);
    const QJsonArray sections = o.value(u"sections"_qs).toArray();
    QCOMPARE(sections.size(), 5);
    QCOMPARE(sections.at(4).toObject().value(u"role"_qs).toString(), u"closing"_qs);
    const QJsonObject first = sections.at(1).toObject();
    QCOMPARE(first.value(u"role"_qs).toString(), u"body"_qs);
    QCOMPARE(first.value(u"id"_qs).toString(), u"1"_qs);
    QCOMPARE(first.value(u"marker"_qs).toString(), u"一、"_qs);
    QCOMPARE(first.value(u"title"_qs).toString(), u"主要举措和成效"_qs);
    const QJsonObject s17 = first.value(u"children"_qs).toArray().at(6).toObject();
    QCOMPARE(s17.value(u"id"_qs).toString(), u"1.7"_qs);
    QCOMPARE(s17.value(u"marker"_qs).toString(), u"(七)"_qs);
    const QJsonObject s172 = s17.value(u"children"_qs).toArray().at(1).toObject();
    QCOMPARE(s172.value(u"title"_qs).toString(), u"加强行政调解工作"_qs);
    QVERIFY(s172.value(u"text"_qs).toString().contains(u"调解成功率98%"_qs));
}

void TestCommandLine::figuresOutput_data()
{
    // The sample's section 1.7.2 has five figures: 6067件, 5996件, 98%, 60名, 50%.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("contains");
    QTest::addColumn<int>("records");
    QTest::addRow("json") << QStringList{u"--json"_qs}
                          << QByteArray("[\n    {\n        \"approximate\": false,\n        "
                                        "\"bound\": \"exact\",\n        \"end\": ")
                          << QByteArray(
                                 "\"in_title\": false,\n        \"kind\": \"rate\",\n        "
                                 "\"label\": \"调解成功率\"")
                          << 5;
    QTest::addRow("csv with every json column")
        << QStringList{u"--csv"_qs}
        << QByteArray(
               "\xEF\xBB\xBFsection,label,value,unit,qualifier,bound,upper,kind,text,quote,start,"
               "end,"
               "in_title,role,period,approximate,page\r\n")
        << QByteArray(
               "1.7.2,调解成功率,98,%,,exact,98,rate,98%,\"全市共摸排矛盾纠纷6067件,调解成功5996件,"
               "调解成功率98%。\",")
        << 5;
    QTest::addRow("text") << QStringList() << QByteArray("1.7.2\t")
                          << QByteArray("1.7.2\t调解成功率\t\t98\t%\trate\t98%\n") << 5;
}

void TestCommandLine::figuresOutput()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, contains);
    QFETCH(int, records);
    const Run r = run(QStringList{u"figures"_qs, QStringLiteral(REPORTSCOPE_SAMPLE_REPORT),
                                  u"--section"_qs, u"1.7.2"_qs} +
                      options);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(first), r.out.left(200).constData());
    QVERIFY2(r.out.contains(contains), r.out.constData());
    if (options.contains(u"--json"_qs)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), records);
    } else {
        const int header = options.contains(u"--csv"_qs) ? 1 : 0;
        QCOMPARE(int(r.out.count('\n')), records + header);
    }
}

void TestCommandLine::figuresWriteError()
{
    // A full disk is an error with a message, not a silently cut file.
    QProcess p;
    p.setStandardOutputFile(u"/dev/full"_qs);
    p.start(QStringLiteral(REPORTSCOPE_BINARY),
            {u"figures"_qs, QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), u"--json"_qs});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(p.readAllStandardError().contains("cannot write the figures"), "no message");
}

void TestCommandLine::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing") << m_dir.filePath(u"missing.txt"_qs) << u"does not exist"_qs;
    QTest::addRow("directory") << m_dir.path() << u"folder"_qs;
    QTest::addRow("empty") << write(u"empty.txt"_qs, QByteArray()) << u"empty"_qs;
    QTest::addRow("binary") << QStringLiteral(REPORTSCOPE_BINARY) << u"not a text file"_qs;
    QByteArray nav;
    for (int i = 0; i < 300; ++i)
        nav += QStringLiteral("栏目%1\n通知公告\n").arg(i).toUtf8();
    QTest::addRow("navigation only") << write(u"nav.txt"_qs, nav) << u"No report structure"_qs;
}

void TestCommandLine::badInput()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    for (const QString &command : {u"outline"_qs, u"figures"_qs, u"check"_qs}) {
        const Run r = run({command, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        // One line naming the file and the problem.
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
    }
}

void TestCommandLine::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the one line on stderr
    const QString sample = QStringLiteral(REPORTSCOPE_SAMPLE_REPORT);
    QTest::addRow("no file") << QStringList{u"outline"_qs}
                             << u"reportscope: missing FILE argument"_qs;
    QTest::addRow("two files") << QStringList{u"outline"_qs, sample, sample}
                               << u"reportscope: expected one FILE, got 2"_qs;
    QTest::addRow("unknown option") << QStringList{u"outline"_qs, sample, u"--frobnicate"_qs}
                                    << u"reportscope: Unknown option 'frobnicate'."_qs;
    QTest::addRow("unknown section")
        << QStringList{u"figures"_qs, sample, u"--section"_qs, u"9.9.9"_qs}
        << u"reportscope: no section with id \"9.9.9\" in "_qs + sample;
    QTest::addRow("json and csv") << QStringList{u"figures"_qs, sample, u"--json"_qs, u"--csv"_qs}
                                  << u"reportscope: --json and --csv exclude each other"_qs;
    QTest::addRow("diff of one file") << QStringList{u"diff"_qs, sample}
                                      << u"reportscope: expected two files FILE_A FILE_B, got 1"_qs;
}

void TestCommandLine::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
}

void TestCommandLine::permissionDenied()
{
    const QString path = write(u"secret.txt"_qs, QByteArray("一、标题\n正文内容，说明情况。\n"));
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    QString program = QStringLiteral(REPORTSCOPE_BINARY);
    QStringList arguments{u"outline"_qs, path};
    if (!unprivileged(&program, &arguments))
        QSKIP("setpriv is not available to drop root privileges");
    const Run r = runProcess(program, arguments);
    if (couldNotStart(r))
        QSKIP("nobody cannot run the build's binary here");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"Permission denied"_qs), r.err.constData());
}

void TestCommandLine::help()
{
    const Run r = run({u"outline"_qs, u"--help"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--json"));
}

void TestCommandLine::checkJsonLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::addRow("en") << u"en"_qs
                        << QStringLiteral("调解成功率 is stated as 98%, but 调解成功 5996件 out of "
                                          "矛盾纠纷 6067件 is 98.83%.");
    QTest::addRow("zh_CN") << u"zh_CN"_qs
                           << QStringLiteral("调解成功率为 98%，但按 矛盾纠纷 6067件 中 调解成功 "
                                             "5996件 计算应为 98.83%。");
}

void TestCommandLine::checkJsonLanguage()
{
    // Findings are data worded when written: the type stays, the message follows --lang.
    QFETCH(QString, language);
    QFETCH(QString, message);
    const Run r = run({u"--lang"_qs, language, u"check"_qs,
                       QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    QCOMPARE(f.value(u"type"_qs).toString(), u"rate_mismatch"_qs);
    QCOMPARE(f.value(u"bound"_qs).toString(), u"exact"_qs);
    QCOMPARE(f.value(u"message"_qs).toString(), message);
}

void TestCommandLine::diffJson()
{
    const QString a =
        write(u"sz-2017.txt"_qs, "深圳市2017年政府工作报告\n\n一、2016年工作回顾\n\n"
                                 "初步核算，2016年本市生产总值19492.6亿元，同比增长9%。\n"
                                 "二、依法行政\n\n坚持依法行政。\n");
    const QString b = write(u"sz-2018.txt"_qs,
                            "深圳市2018年政府工作报告\n\n一、2017年工作回顾\n\n"
                            "初步核算，2017年本市生产总值2.24万亿元、同比增长8.8%。\n"
                            "二、依法行政\n\n坚持依法行政。\n三、新的任务\n\n开展新的试点。\n");
    const Run r = run({u"diff"_qs, a, b, u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject summary = root.value(u"summary"_qs).toObject();
    QCOMPARE(summary.value(u"added"_qs).toInt(), 1);
    QCOMPARE(summary.value(u"same"_qs).toInt(), 1);
    const QJsonArray indicators = root.value(u"indicators"_qs).toArray();
    QVERIFY(!indicators.isEmpty());
    const QJsonObject gdp = indicators.first().toObject();
    QCOMPARE(gdp.value(u"indicator"_qs).toString(), u"gdp"_qs);
    QCOMPARE(gdp.value(u"display_a"_qs).toString(), u"19492.6亿元"_qs);
    QCOMPARE(gdp.value(u"display_b"_qs).toString(), u"2.24万亿元"_qs);
    // The text form marks the added section and shows the change in B's magnitude.
    const Run text = run({u"diff"_qs, a, b});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"+ 三、新的任务"_qs), text.out.constData());
    QVERIFY2(out.contains(u"地区生产总值\t19492.6亿元 → 2.24万亿元\t+0.29074万亿元"_qs),
             text.out.constData());
    // The rewritten sentence is one changed sentence with its character diff.
    const QJsonObject first = root.value(u"sections"_qs).toArray().first().toObject();
    const QJsonArray changed = first.value(u"changed"_qs).toArray();
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first()
                .toObject()
                .value(u"fragments"_qs)
                .toArray()
                .contains(QJsonArray{u"+"_qs, u"2.24万"_qs}));
    QCOMPARE(gdp.value(u"display_change"_qs).toString(), u"+0.29074万亿元"_qs);

    // --pdf writes the diff as a PDF (on a QApplication, offscreen).
    const QString pdf = m_dir.filePath(u"diff.pdf"_qs);
    const Run written = run({u"diff"_qs, a, b, u"--pdf"_qs, pdf});
    QCOMPARE(written.exitCode, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
    if (!pdftotext.isEmpty()) {
        const Run extracted = runProcess(pdftotext, {pdf, u"-"_qs});
        QVERIFY2(QString::fromUtf8(extracted.out).contains(u"新的任务"_qs),
                 extracted.out.constData());
        QVERIFY(QString::fromUtf8(extracted.out).contains(u"{+2.24万"_qs));
    }
    // An unwritable target fails with a message and status 1.
    const Run refused = run({u"diff"_qs, a, b, u"--pdf"_qs, m_dir.path()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
