#include "core/documentmodel.h"
#include "core/documentselection.h"
#include "export/exportselection.h"
#include "export/pdfexporter.h"
#include "import/reportloader.h"
#include "tests/processrun.h"
#include "widgets/exportdialog.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <unistd.h>

namespace {

using Run = ProcessResult;

Run run(const QString &program, const QStringList &arguments)
{
    return runProcess(program, arguments);
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

/** pdftotext output without page footers and form feeds; lines as extracted. */
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_qs << QString::number(page) << u"-l"_qs << QString::number(page);
    args << pdf << u"-"_qs;
    const Run r = run(tool("pdftotext"), args);
    QString text = QString::fromUtf8(r.out);
    text.remove(QLatin1Char('\f'));
    static const QRegularExpression footer(u"^(Page \\d+ of \\d+|第 ?\\d+ ?页 ?共 ?\\d+ ?页)$"_qs,
                                           QRegularExpression::MultilineOption);
    text.remove(footer);
    return text;
}

/** Text with line breaks removed: how the report's text compares "modulo line breaks". */
QString joined(const QString &text)
{
    QString out = text;
    out.remove(QLatin1Char('\n'));
    return out;
}

QString pdfInfo(const QString &pdf, const QString &field)
{
    const Run r = run(tool("pdfinfo"), {pdf});
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return QString();
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<int> indexes(const Report &report, const QStringList &ids)
{
    QList<int> result;
    for (const QString &id : ids)
        result.append(report.indexOfSection(id));
    return result;
}

/** Stands in for the Chinese catalogue: the exporter must take its labels from tr(). */
class ChineseLabels : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "PdfExporter") != 0)
            return QString();
        const QByteArray source(sourceText);
        if (source == "Page %1 of %2")
            return u"第 %1 页 共 %2 页"_qs;
        if (source == "Date: %1")
            return u"日期：%1"_qs;
        if (source == "d MMMM yyyy")
            return u"yyyy年M月d日"_qs;
        if (source == "Issued by: %1")
            return u"发布机关：%1"_qs;
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chosenSections_data();
    void chosenSections();
    void textIsExact();
    void tableCells_data();
    void tableCells();
    void headingsKeptWithText_data();
    void headingsKeptWithText();
    void chartsAreVector();
    void metadataHeader();
    void chineseLabels();
    void cancelledExportKeepsExistingFile();
    void unwritableDirectory();
    void unwritableDirectoryAsUser();
    void missingDirectoryAndFolderTarget();
    void sourceNotModified();
    void commandLine_data();
    void commandLine();
    void exportDialog();
    void mainWindowExport();
    void mainWindowDialog();
    void printMatchesExport_data();
    void printMatchesExport();

private:
    QString exportSections(const QStringList &ids, const PdfExporter::Options &options,
                           const QString &name, bool includeSubsections = true);

    QTemporaryDir m_dir;
    ReportPtr m_report;
};

void TestPdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed");
    const ReportLoader::Result loaded =
        ReportLoader::loadFile(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    m_report = loaded.report;
    QVERIFY(m_report->indexOfSection(u"1.7.2"_qs) >= 0);
}

QString TestPdfExporter::exportSections(const QStringList &ids, const PdfExporter::Options &options,
                                        const QString &name, bool includeSubsections)
{
    const QString path = m_dir.filePath(name);
    const QList<int> sections =
        ids.isEmpty()
            ? ExportSelection::all(*m_report)
            : ExportSelection::expand(*m_report, indexes(*m_report, ids), includeSubsections);
    PdfExporter exporter(options);
    if (!exporter.exportToFile(*m_report, sections, path)) {
        qWarning("%s", qPrintable(exporter.errorString()));
        return QString();
    }
    return path;
}

void TestPdfExporter::chosenSections_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("charts");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QStringList>("present"); // section ids whose headings must be there
    QTest::addColumn<QStringList>("absent");  // section ids that must not be
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");

    QTest::newRow("(七) and 二、")
        << QStringList{u"1.7"_qs, u"2"_qs} << false << u"A4"_qs
        << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.2"_qs, u"1.7.4"_qs, u"2"_qs}
        << QStringList{u"1.6"_qs, u"1.6.3"_qs, u"1.8"_qs, u"1.8.1"_qs, u"3"_qs, u"1"_qs} << 1 << 3;
    QTest::newRow("one item") << QStringList{u"1.7.2"_qs} << false << u"A4"_qs
                              << QStringList{u"1.7.2"_qs}
                              << QStringList{u"1.7"_qs, u"1.7.1"_qs, u"1.7.3"_qs} << 1 << 1;
    QTest::newRow("(七) with charts, Letter")
        << QStringList{u"1.7"_qs} << true << u"Letter"_qs << QStringList{u"1.7"_qs, u"1.7.3"_qs}
        << QStringList{u"1.6"_qs, u"2"_qs} << 1 << 4;
    QTest::newRow("whole report") << QStringList() << false << u"A4"_qs
                                  << QStringList{u"1"_qs, u"1.1.1"_qs, u"1.9.2"_qs, u"3.4"_qs}
                                  << QStringList() << 4 << 12;
    QTest::newRow("whole report with charts")
        << QStringList() << true << u"A4"_qs << QStringList{u"1"_qs, u"2"_qs, u"3.4"_qs}
        << QStringList() << 6 << 20;
}

void TestPdfExporter::chosenSections()
{
    QFETCH(QStringList, ids);
    QFETCH(bool, charts);
    QFETCH(QString, pageSize);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);

    PdfExporter::Options options;
    options.includeCharts = charts;
    options.pageSize = PdfExporter::pageSizeFromName(pageSize);
    const QString pdf = exportSections(
        ids, options,
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), u"_"_qs) +
            u".pdf"_qs);
    QVERIFY(!pdf.isEmpty());
    const QString text = joined(pdfText(pdf));

    // Headings exactly as in the report, markers included, in document order.
    qsizetype last = -1;
    for (const QString &id : std::as_const(present)) {
        const int s = m_report->indexOfSection(id);
        const QString heading = m_report->headingText(s);
        const qsizetype at = text.indexOf(heading, last + 1);
        QVERIFY2(at > last,
                 qPrintable(u"heading of %1 missing or out of order: "_qs.arg(id) + heading));
        last = at;
        QVERIFY2(text.contains(joined(m_report->section(s).text)),
                 qPrintable(u"text of %1 missing"_qs.arg(id)));
    }
    for (const QString &id : std::as_const(absent)) {
        const int s = m_report->indexOfSection(id);
        QVERIFY2(!text.contains(m_report->headingText(s)),
                 qPrintable(u"heading of %1 should not be there"_qs.arg(id)));
        const QString own = m_report->section(s).text;
        if (!own.isEmpty())
            QVERIFY2(!text.contains(own.left(30)),
                     qPrintable(u"text of %1 should not be there"_qs.arg(id)));
    }

    // The report's title heads the document.
    QVERIFY(text.startsWith(m_report->metadata().title));

    const int pages = pdfInfo(pdf, u"Pages"_qs).toInt();
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
    const QString size = pdfInfo(pdf, u"Page size"_qs);
    QVERIFY2(size.contains(pageSize == u"A4"_qs ? u"(A4)"_qs : u"(letter)"_qs), qPrintable(size));

    // Every font embedded, and it is the one named.
    const Run fonts = run(tool("pdffonts"), {pdf});
    const QStringList rows =
        QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows.size() >= 3);
    for (const QString &row : rows.mid(2)) {
        QVERIFY2(row.startsWith(u"WenQuanYiMicroHei"_qs), qPrintable(row));
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name, type (two words), encoding, emb, sub, uni, object id, generation
        QVERIFY2(cols.size() >= 8 && cols.at(cols.size() - 5) == u"yes"_qs, qPrintable(row));
    }

    // Page numbers: "Page N of M" on every page.
    const QString raw = QString::fromUtf8(run(tool("pdftotext"), {pdf, u"-"_qs}).out);
    for (int p = 1; p <= pages; ++p)
        QVERIFY(raw.contains(u"Page %1 of %2"_qs.arg(p).arg(pages)));
}

void TestPdfExporter::textIsExact()
{
    // pdftotext gives back each section's text character for character (line breaks aside),
    // in the order of the report, with nothing between a heading and its text.
    const QString pdf = exportSections({}, PdfExporter::Options(), u"exact.pdf"_qs);
    QVERIFY(!pdf.isEmpty());
    const QString text = joined(pdfText(pdf));
    qsizetype at = 0;
    int compared = 0;
    for (int s = 0; s < m_report->sectionCount(); ++s) {
        const QString expected =
            joined(m_report->headingText(s) + m_report->section(s).text.trimmed());
        const qsizetype found = text.indexOf(expected, at);
        QVERIFY2(found >= at, qPrintable(u"section %1 not found verbatim after offset %2"_qs
                                             .arg(m_report->section(s).id)
                                             .arg(at)));
        at = found + expected.size();
        ++compared;
    }
    QCOMPARE(compared, int(m_report->sectionCount()));
}

void TestPdfExporter::tableCells_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addRow("three columns")
        << QList<QStringList>{{u"指标"_qs, u"完成值"_qs, u"增长"_qs},
                              {u"地区生产总值"_qs, u"3003亿元"_qs, u"8.8%"_qs},
                              {u"规上工业增加值"_qs, u"1340亿元"_qs, u"8.3%"_qs},
                              {u"社会消费品零售总额"_qs, u"715亿元"_qs, u"8.1%"_qs}};
    QTest::addRow("padded cells") << QList<QStringList>{
        {u"序号"_qs, u"任务"_qs}, {u"1"_qs, u"扩建学校"_qs}, {u"2"_qs, u"新建公园"_qs}};
}

void TestPdfExporter::tableCells()
{
    // A tab table in the report is a Table block; the PDF sets its cells in order on one line
    // per row, the columns on common stops.
    QFETCH(QList<QStringList>, rows);
    QString text = u"一、主要指标\n全年经济平稳运行，各项指标完成良好，情况如下。\n"_qs;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (const QString &cell : row)
            padded.append(u"\u3000\u3000"_qs + cell);
        text += padded.join(u'\t') + u'\n';
    }
    text += u"二、下一步安排\n继续推进各项工作，确保完成目标任务。\n"_qs;
    const ReportLoader::Result loaded = ReportLoader::loadData(text.toUtf8(), u"table.txt"_qs);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage));
    const int index = loaded.report->indexOfSection(u"1"_qs);
    QVERIFY(index >= 0);
    const QList<SectionBlock> &blocks = loaded.report->bodyBlocks(index);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(1).type, SectionBlock::Type::Table);
    QCOMPARE(blocks.at(1).rows.size(), rows.size());

    const QString pdf = m_dir.filePath(u"table-%1.pdf"_qs.arg(QTest::currentDataTag()));
    PdfExporter exporter;
    QVERIFY2(exporter.exportToFile(*loaded.report, ExportSelection::all(*loaded.report), pdf),
             qPrintable(exporter.errorString()));
    const QStringList lines =
        QString::fromUtf8(run(tool("pdftotext"), {u"-layout"_qs, pdf, u"-"_qs}).out).split(u'\n');
    QList<qsizetype> secondColumn;
    for (const QStringList &row : rows) {
        // The row's line: every cell, in order, with space between.
        QString pattern;
        for (const QString &cell : row)
            pattern +=
                (pattern.isEmpty() ? QString() : u"\\s+"_qs) + QRegularExpression::escape(cell);
        const QRegularExpression re(u"^\\s*"_qs + pattern + u"\\s*$"_qs);
        qsizetype found = -1;
        for (const QString &line : lines) {
            if (re.match(line).hasMatch()) {
                found = line.indexOf(row.at(1));
                break;
            }
        }
        QVERIFY2(found >= 0, qPrintable(u"no line with %1"_qs.arg(row.join(u" "_qs))));
        secondColumn.append(found);
    }
    // pdftotext -layout puts text at the same x in the same column of characters (give or
    // take one for the width of digits).
    for (qsizetype column : std::as_const(secondColumn))
        QVERIFY2(
            qAbs(column - secondColumn.first()) <= 1,
            qPrintable(
                u"second column starts at %1 and %2"_qs.arg(secondColumn.first()).arg(column)));
}

void TestPdfExporter::headingsKeptWithText_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("charts");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("whole report") << QStringList() << false << u"A4"_qs;
    QTest::newRow("whole report, charts") << QStringList() << true << u"A4"_qs;
    QTest::newRow("whole report, charts, Letter") << QStringList() << true << u"Letter"_qs;
    // 二、 comes right after (五)'s charts.
    QTest::newRow("(五) and 二、, charts") << QStringList{u"1.5"_qs, u"2"_qs} << true << u"A4"_qs;
    QTest::newRow("(五) and 二、, charts, Letter")
        << QStringList{u"1.5"_qs, u"2"_qs} << true << u"Letter"_qs;
    QTest::newRow("一、 and 三、, charts") << QStringList{u"1"_qs, u"3"_qs} << true << u"A4"_qs;
}

void TestPdfExporter::headingsKeptWithText()
{
    QFETCH(QStringList, ids);
    QFETCH(bool, charts);
    QFETCH(QString, pageSize);
    PdfExporter::Options options;
    options.includeCharts = charts;
    options.pageSize = PdfExporter::pageSizeFromName(pageSize);
    const QString pdf = exportSections(ids, options, u"keep.pdf"_qs);
    QVERIFY(!pdf.isEmpty());
    QStringList headings;
    for (int s = 0; s < m_report->sectionCount(); ++s)
        headings.append(m_report->headingText(s));
    const int pages = pdfInfo(pdf, u"Pages"_qs).toInt();
    QVERIFY(pages > 1);
    for (int p = 1; p <= pages; ++p) {
        QStringList lines = pdfText(pdf, p).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        // No heading is the last line of a page: its first lines follow it. Only the end of
        // the export may be a heading, of an item that is all title (三是… with no text).
        const int at = int(headings.indexOf(lines.last()));
        const bool textlessEnd = p == pages && at >= 0 && m_report->section(at).text.isEmpty() &&
                                 m_report->section(at).children.isEmpty();
        QVERIFY2((at < 0 || textlessEnd) && !lines.last().startsWith(u"Charts: "_qs),
                 qPrintable(u"page %1 ends with %2"_qs.arg(p).arg(lines.last())));
    }
}

void TestPdfExporter::chartsAreVector()
{
    PdfExporter::Options options;
    options.includeCharts = true;
    const QString pdf = exportSections({u"1.5"_qs}, options, u"charts.pdf"_qs);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    // Chart titles and bar labels are text in the PDF, i.e. the charts were drawn, not pasted.
    QVERIFY(
        text.contains(u"Charts: "_qs + m_report->headingText(m_report->indexOfSection(u"1.5"_qs))));
    QVERIFY(text.contains(u"Counts"_qs));
    QVERIFY(text.contains(u"37户"_qs));
    const QString pdfimages = tool("pdfimages");
    if (!pdfimages.isEmpty()) {
        const Run images = run(pdfimages, {u"-list"_qs, pdf});
        const QStringList rows =
            QString::fromUtf8(images.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2); // the header only: no raster image
    }
    const QString plain = exportSections({u"1.7"_qs}, PdfExporter::Options(), u"nocharts.pdf"_qs);
    QVERIFY(!pdfText(plain).contains(u"Charts: "_qs));
    QVERIFY(QFileInfo(pdf).size() > QFileInfo(plain).size());
}

void TestPdfExporter::metadataHeader()
{
    PdfExporter::Options options;
    const QString with = exportSections({u"2"_qs}, options, u"meta.pdf"_qs);
    options.includeMetadata = false;
    const QString without = exportSections({u"2"_qs}, options, u"nometa.pdf"_qs);
    QVERIFY(!with.isEmpty() && !without.isEmpty());
    const QString a = pdfText(with);
    const QString b = pdfText(without);
    const ReportMetadata &meta = m_report->metadata();
    QVERIFY(a.contains(u"Issued by: "_qs + meta.issuer));
    QVERIFY(a.contains(u"Source: "_qs + meta.source));
    QVERIFY(a.contains(u"Date: "_qs));
    QVERIFY(b.startsWith(meta.title));
    QVERIFY(!b.contains(u"Issued by: "_qs));
    QVERIFY(!b.contains(meta.source));

    // PDF document properties.
    QCOMPARE(pdfInfo(with, u"Title"_qs), meta.title);
    QVERIFY(pdfInfo(with, u"Creator"_qs).startsWith(u"ReportScope"_qs));
}

void TestPdfExporter::chineseLabels()
{
    ChineseLabels translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString pdf = exportSections({u"1.7"_qs}, PdfExporter::Options(), u"zh.pdf"_qs);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!pdf.isEmpty());
    QString raw = QString::fromUtf8(run(tool("pdftotext"), {pdf, u"-"_qs}).out);
    // pdftotext drops the spaces between ideographs and digits: compare without them.
    raw.remove(QLatin1Char(' '));
    const int pages = pdfInfo(pdf, u"Pages"_qs).toInt();
    QVERIFY2(raw.contains(u"第1页共%1页"_qs.arg(pages)), qPrintable(raw.right(300)));
    QVERIFY(!raw.contains(u"Page 1 of"_qs));
    QVERIFY(raw.contains(u"日期：2022年2月17日"_qs));
    QVERIFY(raw.contains(u"发布机关：武威市人民政府"_qs));
}

void TestPdfExporter::cancelledExportKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"briefing.pdf"_qs);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the previous export");
    }
    PdfExporter exporter;
    int seen = 0;
    // Fails half-way: pages were already written to the temporary file.
    exporter.setProgressCallback([&seen](int page, int) {
        seen = page;
        return page < 3;
    });
    QVERIFY(!exporter.exportToFile(*m_report, ExportSelection::all(*m_report), path));
    QCOMPARE(seen, 3);
    QVERIFY(exporter.errorString().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(readAll(path), QByteArray("the previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"briefing.pdf"_qs});
    QCOMPARE(exporter.pageCount(), 0);
}

void TestPdfExporter::unwritableDirectory()
{
    if (::geteuid() == 0)
        QSKIP("root writes anywhere: see unwritableDirectoryAsUser");
    QTemporaryDir dir;
    const QString locked = dir.filePath(u"locked"_qs);
    QVERIFY(QDir().mkdir(locked));
    const QString existing = locked + u"/old.pdf"_qs;
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    PdfExporter exporter;
    const QString fresh = locked + u"/new.pdf"_qs;
    QVERIFY(!exporter.exportToFile(*m_report, {0}, fresh));
    QVERIFY(exporter.errorString().contains(QDir::toNativeSeparators(fresh)));
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!exporter.exportToFile(*m_report, {0}, existing));
    QCOMPARE(readAll(existing), QByteArray("old"));
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPdfExporter::unwritableDirectoryAsUser()
{
    // The command line as an unprivileged user, into a folder it may not write: exit 1, a
    // message naming the file and the reason, no new file and the old one untouched.
    const bool asRoot = ::geteuid() == 0;
    {
        QString program;
        QStringList args;
        if (!unprivileged(&program, &args))
            QSKIP("setpriv is not available to drop root privileges");
    }
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    const QString locked = dir.filePath(u"locked"_qs);
    QVERIFY(QDir().mkdir(locked));
    const QString existing = locked + u"/old.pdf"_qs;
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(locked, asRoot ? readOnly | QFileDevice::WriteOwner : readOnly);
    QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::ReadOther |
                                        QFileDevice::WriteOwner);
    // The sample is copied where the unprivileged user can read it.
    const QString input = dir.filePath(u"report.txt"_qs);
    QVERIFY(QFile::copy(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), input));
    QFile::setPermissions(input, QFileDevice::ReadOwner | QFileDevice::ReadOther);

    for (const QString &target : QStringList{existing, locked + u"/new.pdf"_qs}) {
        QString program = QStringLiteral(REPORTSCOPE_BINARY);
        QStringList args{u"export"_qs, input, u"-o"_qs, target};
        unprivileged(&program, &args);
        const Run r = run(program, args);
        if (couldNotStart(r))
            QSKIP("the unprivileged user cannot run the build's binary here");
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"reportscope: Cannot write “%1”: Permission denied"_qs.arg(target)),
                 qPrintable(err));
    }
    QCOMPARE(readAll(existing), QByteArray("old"));
    QCOMPARE(QDir(locked).entryList(QDir::Files | QDir::Hidden), QStringList{u"old.pdf"_qs});
    QFile::setPermissions(locked, readOnly | QFileDevice::WriteOwner);
}

void TestPdfExporter::missingDirectoryAndFolderTarget()
{
    PdfExporter exporter;
    const QString missing = m_dir.filePath(u"no/such/folder/out.pdf"_qs);
    QVERIFY(!exporter.exportToFile(*m_report, {0}, missing));
    QVERIFY(exporter.errorString().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!QFileInfo::exists(missing));

    QVERIFY(!exporter.exportToFile(*m_report, {0}, m_dir.path()));
    QVERIFY(exporter.errorString().contains(QDir::toNativeSeparators(m_dir.path())));
    QVERIFY(QFileInfo(m_dir.path()).isDir());

    QVERIFY(!exporter.exportToFile(*m_report, {}, m_dir.filePath(u"empty.pdf"_qs)));
    QVERIFY2(exporter.errorString().startsWith(u"Nothing to export to “"_qs) &&
                 exporter.errorString().contains(u"empty.pdf”: no section was chosen."_qs),
             qPrintable(exporter.errorString()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"empty.pdf"_qs)));
}

void TestPdfExporter::sourceNotModified()
{
    const QString source = m_dir.filePath(u"source.txt"_qs);
    QFile::remove(source);
    QVERIFY(QFile::copy(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), source));
    const QByteArray before = sha256(source);
    const QDateTime modified = QFileInfo(source).lastModified();
    const Run r =
        run(QStringLiteral(REPORTSCOPE_BINARY),
            {u"export"_qs, source, u"-o"_qs, m_dir.filePath(u"source.pdf"_qs), u"--charts"_qs});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(sha256(source), before);
    QCOMPARE(QFileInfo(source).lastModified(), modified);
}

void TestPdfExporter::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT stands for a fresh output path
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<QStringList>("present"); // headings in the output

    const QString sample = QStringLiteral(REPORTSCOPE_SAMPLE_REPORT);
    QTest::newRow("sections and charts")
        << QStringList{u"export"_qs,     sample,       u"-o"_qs,      u"OUT"_qs,
                       u"--sections"_qs, u"1.7, 2"_qs, u"--charts"_qs}
        << 0 << QString() << QStringList{u"1.7"_qs, u"1.7.3"_qs, u"2"_qs};
    QTest::newRow("whole report, Letter, no metadata")
        << QStringList{u"export"_qs,        sample,
                       u"--output"_qs,      u"OUT"_qs,
                       u"--no-metadata"_qs, u"--page-size"_qs,
                       u"letter"_qs}
        << 0 << QString() << QStringList{u"1"_qs, u"3.4"_qs};
    QTest::newRow("missing -o") << QStringList{u"export"_qs, sample} << 2 << u"-o"_qs
                                << QStringList();
    QTest::newRow("unknown section")
        << QStringList{u"export"_qs, sample, u"-o"_qs, u"OUT"_qs, u"--sections"_qs, u"1.7,9.9"_qs}
        << 2 << u"9.9"_qs << QStringList();
    QTest::newRow("bad page size")
        << QStringList{u"export"_qs, sample, u"-o"_qs, u"OUT"_qs, u"--page-size"_qs, u"A5"_qs} << 2
        << u"A5"_qs << QStringList();
    QTest::newRow("unknown option")
        << QStringList{u"export"_qs, sample, u"-o"_qs, u"OUT"_qs, u"--colour"_qs} << 2
        << u"colour"_qs << QStringList();
    QTest::newRow("missing input")
        << QStringList{u"export"_qs, u"/nonexistent/report.txt"_qs, u"-o"_qs, u"OUT"_qs} << 1
        << u"/nonexistent/report.txt"_qs << QStringList();
    QTest::newRow("unwritable output")
        << QStringList{u"export"_qs, sample, u"-o"_qs, u"/nonexistent/dir/out.pdf"_qs} << 1
        << u"/nonexistent/dir/out.pdf"_qs << QStringList();
}

void TestPdfExporter::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorContains);
    QFETCH(QStringList, present);
    const QString out = m_dir.filePath(u"cli-%1.pdf"_qs.arg(QTest::currentDataTag())
                                           .replace(QRegularExpression(u"[^\\w.-]+"_qs), u"_"_qs));
    QFile::remove(out);
    arguments.replaceInStrings(QRegularExpression(u"^OUT$"_qs), out);

    const Run r = run(QStringLiteral(REPORTSCOPE_BINARY), arguments);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString text = joined(pdfText(out));
        for (const QString &id : std::as_const(present))
            QVERIFY(text.contains(m_report->headingText(m_report->indexOfSection(id))));
        return;
    }
    // One line on stderr, naming the problem; no output file.
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(u"reportscope: "_qs) && err.contains(errorContains), qPrintable(err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestPdfExporter::exportDialog()
{
    ExportDialog dialog(false);
    QVERIFY(dialog.includeSubsections());
    QVERIFY(dialog.options().includeMetadata);
    QCOMPARE(dialog.options().pageSize, PdfExporter::PageSize::A4);

    auto *pageSize = dialog.findChild<QComboBox *>(u"exportPageSizeCombo"_qs);
    QVERIFY(pageSize);
    pageSize->setCurrentIndex(1);
    QCOMPARE(dialog.options().pageSize, PdfExporter::PageSize::Letter);
    dialog.findChild<QCheckBox *>(u"exportChartsCheck"_qs)->setChecked(false);
    QVERIFY(!dialog.options().includeCharts);
    dialog.findChild<QCheckBox *>(u"exportSubsectionsCheck"_qs)->setChecked(false);
    QVERIFY(!dialog.includeSubsections());

    // Export is disabled without a path; a path without suffix gets ".pdf".
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    dialog.pathEdit()->clear();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setOutputPath(m_dir.filePath(u"briefing"_qs));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.outputPath(), QDir::toNativeSeparators(m_dir.filePath(u"briefing.pdf"_qs)));
}

void TestPdfExporter::mainWindowExport()
{
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    QString error;
    const int row = window.openFileNow(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), &error);
    QVERIFY2(row >= 0, qPrintable(error));

    QAction *action = window.exportAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(window.fileMenu()->actions().contains(action));
    QVERIFY(action->isEnabled());

    // Checked sections win over the selection: (七) without its item 三是, and 二、.
    DocumentModel *model = window.documentModel();
    const Report &report = *model->report(row);
    model->setSectionChecked(row, report.indexOfSection(u"1.7"_qs), true);
    model->setSectionChecked(row, report.indexOfSection(u"1.7.3"_qs), false);
    model->setSectionChecked(row, report.indexOfSection(u"2"_qs), true);
    QVERIFY(window.selectSection(row, u"3.1"_qs));
    const QString checkedPdf = m_dir.filePath(u"window-checked.pdf"_qs);
    QVERIFY2(window.exportSections(checkedPdf, PdfExporter::Options(), true, &error),
             qPrintable(error));
    QString text = joined(pdfText(checkedPdf));
    QVERIFY(text.contains(report.headingText(report.indexOfSection(u"1.7.2"_qs))));
    QVERIFY(text.contains(report.headingText(report.indexOfSection(u"2"_qs))));
    QVERIFY(!text.contains(report.headingText(report.indexOfSection(u"1.7.3"_qs))));
    QVERIFY(!text.contains(report.headingText(report.indexOfSection(u"3.1"_qs))));

    // Nothing checked: the tree's current section and its subsections.
    model->clearChecks(row);
    QVERIFY(window.selectSection(row, u"1.9"_qs));
    const QString selectedPdf = m_dir.filePath(u"window-selected.pdf"_qs);
    QVERIFY2(window.exportSections(selectedPdf, PdfExporter::Options(), true, &error),
             qPrintable(error));
    text = joined(pdfText(selectedPdf));
    QVERIFY(text.contains(report.headingText(report.indexOfSection(u"1.9.2"_qs))));
    QVERIFY(!text.contains(report.headingText(report.indexOfSection(u"1.8"_qs))));

    // A failure reports the path and writes nothing.
    QVERIFY(!window.exportSections(m_dir.filePath(u"missing/x.pdf"_qs), PdfExporter::Options(),
                                   true, &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(m_dir.filePath(u"missing/x.pdf"_qs))));
}

void TestPdfExporter::mainWindowDialog()
{
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    const int row = window.openFileNow(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT));
    QVERIFY(row >= 0);
    QVERIFY(window.selectSection(row, u"1.7.2"_qs));
    const QString path = m_dir.filePath(u"from-dialog.pdf"_qs);
    QFile::remove(path);
    bool seen = false;
    // Ctrl+E opens the dialog (modal); fill it in and press Export.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->setOutputPath(path);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.exportAction()->trigger();
    QVERIFY(seen);
    QVERIFY(QFileInfo::exists(path));
    const Report &report = *window.documentModel()->report(row);
    const QString text = joined(pdfText(path));
    QVERIFY(text.contains(joined(report.section(report.indexOfSection(u"1.7.2"_qs)).text)));
    QVERIFY(!text.contains(report.headingText(report.indexOfSection(u"1.7.1"_qs))));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"

void TestPdfExporter::printMatchesExport_data()
{
    QTest::addColumn<QStringList>("checked"); // section ids checked in the tree
    QTest::addColumn<QString>("selected");    // the tree's current section ("" the report)
    QTest::addColumn<int>("minimumPages");
    QTest::addRow("checked sections") << QStringList{u"1.7"_qs, u"2"_qs} << u"3.1"_qs << 1;
    QTest::addRow("the selected section") << QStringList() << u"1.9"_qs << 1;
    QTest::addRow("the whole report") << QStringList() << QString() << 4;
}

void TestPdfExporter::printMatchesExport()
{
    // File ▸ Print paints PdfExporter's layout on the printer: printed to a PDF file, it has
    // the pages and the text of File ▸ Export of the same sections.
    QFETCH(QStringList, checked);
    QFETCH(QString, selected);
    QFETCH(int, minimumPages);
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    QString error;
    const int row = window.openFileNow(QStringLiteral(REPORTSCOPE_SAMPLE_REPORT), &error);
    QVERIFY2(row >= 0, qPrintable(error));
    QCOMPARE(window.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(window.fileMenu()->actions().contains(window.printAction()));
    QVERIFY(window.fileMenu()->actions().contains(window.printPreviewAction()));
    QVERIFY(window.printAction()->isEnabled());
    const Report &report = *window.documentModel()->report(row);
    for (const QString &id : checked)
        window.documentModel()->setSectionChecked(row, report.indexOfSection(id), true);
    QVERIFY(window.selectSection(row, selected));

    const QString exported = m_dir.filePath(u"export-%1.pdf"_qs.arg(QTest::currentDataTag()));
    QVERIFY2(window.exportSections(exported, PdfExporter::Options(), true, &error),
             qPrintable(error));
    const QString printed = m_dir.filePath(u"print-%1.pdf"_qs.arg(QTest::currentDataTag()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QVERIFY2(window.printSections(&printer, &error), qPrintable(error));

    const int pages = pdfInfo(exported, u"Pages"_qs).toInt();
    QVERIFY2(pages >= minimumPages, qPrintable(QString::number(pages)));
    QCOMPARE(pdfInfo(printed, u"Pages"_qs).toInt(), pages);
    QCOMPARE(pdfInfo(printed, u"Page size"_qs), pdfInfo(exported, u"Page size"_qs));
    const QString text = pdfText(exported);
    QVERIFY(text.size() > 200);
    QCOMPARE(pdfText(printed), text);
    // Page by page, so that the same text is not merely broken at other places.
    for (int p = 1; p <= pages; ++p)
        QCOMPARE(pdfText(printed, p), pdfText(exported, p));
}
