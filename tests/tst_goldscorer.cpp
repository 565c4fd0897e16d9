#include "bench/goldscorer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The hand-made report every file row is scored on. The parser reads it as
//   一、工作回顾       (一)经济平稳增长  5.5% 地区生产总值, 120家 规上工业企业, 30个 引进项目
//                      (二)民生持续改善  3所 学校, 2.1万人 城镇新增就业
//                      (三)社会保障更加有力 (run-in)  1.5亿元 补贴, 3万人 群众
//   二、工作安排       (一)抓好重点任务  100亿元 and 8% 固定资产投资
//                      (二)强化保障      5000个 学位, 800张 床位 (翻一番 is not read yet)
// The title line before 一、 is front matter, not a section.
const char *const ReportText = "某某区人民政府工作报告\n"
                               "一、工作回顾\n"
                               "（一）经济平稳增长\n"
                               "全年地区生产总值增长5.5%，新增规上工业企业120家，引进项目30个。\n"
                               "（二）民生持续改善\n"
                               "新建学校3所，城镇新增就业2.1万人。\n"
                               "（三）社会保障更加有力。发放补贴1.5亿元，惠及群众3万人。\n"
                               "二、工作安排\n"
                               "（一）抓好重点任务\n"
                               "完成固定资产投资100亿元，增长8%。\n"
                               "（二）强化保障\n"
                               "全年新增学位5000个，床位800张，科研投入翻一番。\n";

// The whole outline as a reader builds it: written with half-width brackets, a final 。 and a
// space where the file has none, which the comparison must not see.
const char *const RightOutline =
    R"J([{"marker": "一、", "title": "工作回顾", "role": "body", "children": [
          {"marker": "(一)", "title": "经济平稳增长"},
          {"marker": "（二）", "title": "民生持续改善。"},
          {"marker": "（三）", "title": "社会保障 更加有力"}]},
        {"marker": "二、", "title": "工作安排", "role": "body", "children": [
          {"marker": "（一）", "title": "抓好重点任务"},
          {"marker": "（二）", "title": "强化保障"}]}])J";

// One child title wrong (民生改善), the children of 二、 left out: 4 gold headings, 3 right.
const char *const WrongChildOutline =
    R"J([{"marker": "一、", "title": "工作回顾", "role": "body", "children": [
          {"marker": "（一）", "title": "经济平稳增长"},
          {"marker": "（二）", "title": "民生改善"}]},
        {"marker": "二、", "title": "工作安排", "role": "body"}])J";

QByteArray goldFile(const char *outline, const char *paragraphs)
{
    return QByteArray(R"J({"file": "r.txt", "metadata": {"type": null, "place": null,
        "reporting_year": null, "date": null}, "outline": )J") +
           outline + R"J(, "paragraphs": )J" + paragraphs + "}";
}

QString ratio(const GoldScorer::Ratio &r)
{
    return QStringLiteral("%1/%2").arg(r.hit).arg(r.total);
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestGoldScorer : public QObject
{
    Q_OBJECT

private slots:
    void scoreFile_data();
    void scoreFile();
    void paragraphAcrossSections_data();
    void paragraphAcrossSections();
    void refusedReport();
    void outline_data();
    void outline();
    void itemTitles();
    void metadata_data();
    void metadata();
    void labelRight_data();
    void labelRight();
    void normalizeTitle_data();
    void normalizeTitle();
    void totalsAndThresholds();
    void folder();
};

void TestGoldScorer::scoreFile_data()
{
    QTest::addColumn<QByteArray>("gold");
    QTest::addColumn<QString>("headingPrecision");
    QTest::addColumn<QString>("headingRecall");
    QTest::addColumn<QString>("figurePrecision");
    QTest::addColumn<QString>("figureRecall");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<int>("problems");

    // 引进项 is forbidden but stands only inside 引进项目 with the required 项目 blanked out.
    QTest::addRow("all right, run-in heading paragraph") << goldFile(RightOutline, R"J([
            {"anchor": "全年地区生产总值", "figures": [
              {"text": "5.5%", "value": 5.5, "label_has": ["地区生产总值"], "label_not": []},
              {"text": "120家", "value": 120, "label_has": ["规上工业企业"], "label_not": []},
              {"text": "30个", "value": 30, "label_has": ["项目"], "label_not": ["引进项"]}]},
            {"anchor": "（三）社会保障", "figures": [
              {"text": "1.5亿元", "value": 150000000, "label_has": ["补贴"]},
              {"text": "3万人", "value": 30000, "label_has": ["群众"]}]}])J")
                                                         << "7/7"
                                                         << "7/7"
                                                         << "5/5"
                                                         << "5/5"
                                                         << "5/5" << 0;
    // 30个's label 引进项目 holds the forbidden 项目 outside the required 引进.
    QTest::addRow("wrong child title") << goldFile(WrongChildOutline, R"J([
            {"anchor": "全年地区生产总值", "figures": [
              {"text": "5.5%", "value": 5.5, "label_has": ["地区生产总值"], "label_not": []},
              {"text": "120家", "value": 120, "label_has": ["规上工业企业"], "label_not": []},
              {"text": "30个", "value": 30, "label_has": ["引进"], "label_not": ["项目"]}]}])J")
                                       << "3/7"
                                       << "3/4"
                                       << "3/3"
                                       << "3/3"
                                       << "2/3" << 0;
    QTest::addRow("missing figure") << goldFile(RightOutline, R"J([
            {"anchor": "全年新增学位", "figures": [
              {"text": "5000个", "value": 5000, "label_has": ["学位"]},
              {"text": "800张", "value": 800, "label_has": ["床位"]},
              {"text": "翻一番", "value": 2, "label_has": ["科研投入"]},
              {"text": "三成", "value": 3, "label_has": ["学位"]}]}])J")
                                    << "7/7"
                                    << "7/7"
                                    << "3/3"
                                    << "3/4"
                                    << "3/3" << 0;
    QTest::addRow("label with a forbidden word") << goldFile(RightOutline, R"J([
            {"anchor": "完成固定资产投资", "figures": [
              {"text": "100亿元", "value": 10000000000, "label_has": ["固定资产投资"]},
              {"text": "8%", "value": 8, "label_has": ["投资"], "label_not": ["固定资产"]}]}])J")
                                                 << "7/7"
                                                 << "7/7"
                                                 << "2/2"
                                                 << "2/2"
                                                 << "1/2" << 0;
    QTest::addRow("wrong value") << goldFile(RightOutline, R"J([
            {"anchor": "新建学校", "figures": [
              {"text": "3所", "value": 3, "label_has": ["学校"]},
              {"text": "2.1万人", "value": 2100, "label_has": ["就业"]}]}])J")
                                 << "7/7"
                                 << "7/7"
                                 << "1/2"
                                 << "1/2"
                                 << "1/1" << 0;
    // The gold writes 增长5.5% in full and lists only it: the other two extracted are extra.
    QTest::addRow("verb in the gold text, extra figures") << goldFile(RightOutline, R"J([
            {"anchor": "全年地区生产总值", "figures": [
              {"text": "增长5.5%", "value": 5.5, "label_has": ["地区生产总值"]}]}])J")
                                                          << "7/7"
                                                          << "7/7"
                                                          << "1/3"
                                                          << "1/1"
                                                          << "1/1" << 0;
    QTest::addRow("anchor not unique") << goldFile(RightOutline, R"J([
            {"anchor": "全年", "figures": [
              {"text": "5000个", "value": 5000, "label_has": ["学位"]}]}])J")
                                       << "7/7"
                                       << "7/7"
                                       << "0/0"
                                       << "0/0"
                                       << "0/0" << 1;
    // A file holding the text twice names the copy: the first 全年… paragraph here.
    QTest::addRow("anchor twice, occurrence names the first") << goldFile(RightOutline, R"J([
            {"anchor": "全年", "occurrence": 1, "figures": [
              {"text": "5.5%", "value": 5.5, "label_has": ["地区生产总值"]},
              {"text": "120家", "value": 120, "label_has": ["规上工业企业"]},
              {"text": "30个", "value": 30, "label_has": ["项目"]}]}])J")
                                                              << "7/7"
                                                              << "7/7"
                                                              << "3/3"
                                                              << "3/3"
                                                              << "3/3" << 0;
    QTest::addRow("occurrence beyond the places") << goldFile(RightOutline, R"J([
            {"anchor": "全年", "occurrence": 3, "figures": [
              {"text": "5000个", "value": 5000, "label_has": ["学位"]}]}])J")
                                                  << "7/7"
                                                  << "7/7"
                                                  << "0/0"
                                                  << "0/0"
                                                  << "0/0" << 1;
    QTest::addRow("anchor not found") << goldFile(RightOutline, R"J([
            {"anchor": "全年粮食产量", "figures": [
              {"text": "5000个", "value": 5000, "label_has": ["学位"]}]},
            {"anchor": "新建学校", "figures": [
              {"text": "3所", "value": 3, "label_has": ["学校"]}]}])J")
                                      << "7/7"
                                      << "7/7"
                                      << "1/2"
                                      << "1/1"
                                      << "1/1" << 1;
    QTest::addRow("not JSON") << QByteArray("{\"file\": ") << "0/0"
                              << "0/0"
                              << "0/0"
                              << "0/0"
                              << "0/0" << 1;
}

void TestGoldScorer::scoreFile()
{
    QFETCH(QByteArray, gold);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile report(dir.filePath(QStringLiteral("r.txt")));
    QVERIFY(report.open(QIODevice::WriteOnly));
    report.write(ReportText);
    report.close();
    QFile goldJson(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(goldJson.open(QIODevice::WriteOnly));
    goldJson.write(gold);
    goldJson.close();

    const GoldScorer::Score s = GoldScorer(dir.path()).scoreFile(goldJson.fileName());
    QCOMPARE(s.goldFile, QStringLiteral("r.json"));
    QCOMPARE(s.loadError, QString());
    QTEST(ratio(s.headingPrecision), "headingPrecision");
    QTEST(ratio(s.headingRecall), "headingRecall");
    QTEST(ratio(s.figurePrecision), "figurePrecision");
    QTEST(ratio(s.figureRecall), "figureRecall");
    QTEST(ratio(s.labels), "labels");
    QTEST(int(s.problems.size()), "problems");
    QCOMPARE(s.broken(), !s.problems.isEmpty());
}

void TestGoldScorer::paragraphAcrossSections_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("figurePrecision");
    QTest::addColumn<QString>("figureRecall");

    // The parser cuts the line into (一) and its items 一是, 二是; the paragraph is the line.
    QTest::addRow("line cut into items")
        << u"（一）健全机构职能"_qs << QStringList{u"66项"_qs, u"2507项"_qs, u"12项"_qs} << "3/3"
        << "3/3";
    // An item inside the line starts a paragraph of the parser: up to its next sibling.
    QTest::addRow("item inside a line")
        << u"一是优化职能"_qs << QStringList{u"66项"_qs, u"2507项"_qs} << "2/2"
        << "2/2";
    // Indented by ideographic spaces in the file; the parser made —— a heading.
    QTest::addRow("indented dash lead line")
        << u"——经济稳中提质。"_qs << QStringList{u"5000个"_qs, u"800张"_qs} << "2/2"
        << "2/2";
    QTest::addRow("order matters")
        << u"——经济稳中提质"_qs << QStringList{u"800张"_qs, u"5000个"_qs} << "1/2"
        << "1/2";
}

void TestGoldScorer::paragraphAcrossSections()
{
    QFETCH(QString, anchor);
    QFETCH(QStringList, texts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile report(dir.filePath(QStringLiteral("r.txt")));
    QVERIFY(report.open(QIODevice::WriteOnly));
    report.write("一、工作回顾\n"
                 "（一）健全机构职能，提高治理效能。一是优化职能。审核事项66项、清单2507项。"
                 "二是深化改革。取消许可12项。\n"
                 "（二）强化保障\n"
                 "\u3000\u3000——经济稳中提质。全年新增学位5000个，床位800张。\n"
                 "二、工作安排\n"
                 "（一）抓好重点任务\n"
                 "完成固定资产投资100亿元。\n");
    report.close();
    QJsonArray figures;
    for (const QString &text : texts) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        figures.append(QJsonObject{{QStringLiteral("text"), text},
                                   {QStringLiteral("value"), digits.toDouble()}});
    }
    QJsonObject gold{{QStringLiteral("file"), QStringLiteral("r.txt")},
                     {QStringLiteral("outline"), QJsonArray()}};
    gold.insert(QStringLiteral("paragraphs"),
                QJsonArray{QJsonObject{{QStringLiteral("anchor"), anchor},
                                       {QStringLiteral("figures"), figures}}});
    QFile goldJson(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(goldJson.open(QIODevice::WriteOnly));
    goldJson.write(QJsonDocument(gold).toJson());
    goldJson.close();

    const GoldScorer::Score s = GoldScorer(dir.path()).scoreFile(goldJson.fileName());
    QCOMPARE(s.problems, QStringList());
    QTEST(ratio(s.figurePrecision), "figurePrecision");
    QTEST(ratio(s.figureRecall), "figureRecall");
}

void TestGoldScorer::refusedReport()
{
    // An empty report is refused by the loader: everything the gold lists is missed, and the
    // gold is not called broken for it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile report(dir.filePath(QStringLiteral("r.txt")));
    QVERIFY(report.open(QIODevice::WriteOnly));
    report.close();
    QFile goldJson(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(goldJson.open(QIODevice::WriteOnly));
    goldJson.write(goldFile(WrongChildOutline, R"J([{"anchor": "新建学校", "figures": [
        {"text": "3所", "value": 3}, {"text": "2.1万人", "value": 21000}]}])J"));
    goldJson.close();

    const GoldScorer::Score s = GoldScorer(dir.path()).scoreFile(goldJson.fileName());
    QVERIFY(!s.loadError.isEmpty());
    QCOMPARE(s.problems, QStringList());
    QCOMPARE(s.outlineExact, false);
    QCOMPARE(ratio(s.headingRecall), QStringLiteral("0/4"));
    QCOMPARE(ratio(s.headingPrecision), QStringLiteral("0/0"));
    QCOMPARE(ratio(s.figureRecall), QStringLiteral("0/2"));
    QCOMPARE(ratio(s.figurePrecision), QStringLiteral("0/0"));

    // A gold file naming a report that is not there is broken.
    goldJson.open(QIODevice::WriteOnly);
    goldJson.write(R"J({"file": "missing.txt", "outline": []})J");
    goldJson.close();
    const GoldScorer::Score missing = GoldScorer(dir.path()).scoreFile(goldJson.fileName());
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.first().contains(QStringLiteral("missing.txt")));
}

void TestGoldScorer::outline_data()
{
    // The parser's side is written by hand here, with roles, as the JSON will carry them.
    QTest::addColumn<QByteArray>("parsed");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("headingPrecision");
    QTest::addColumn<QString>("headingRecall");

    QTest::addRow("same") << QByteArray(R"J([{"marker": "", "title": "", "role": "preamble"},
            {"marker": "一、", "title": "回顾", "role": "body", "children": [
              {"marker": "(一)", "title": "经济"}, {"marker": "(二)", "title": "民生"}]},
            {"marker": "", "title": "", "role": "closing"}])J")
                          << true << "5/5"
                          << "5/5";
    QTest::addRow("one wrong child title")
        << QByteArray(R"J([{"marker": "", "title": "", "role": "preamble"},
            {"marker": "一、", "title": "回顾", "role": "body", "children": [
              {"marker": "(一)", "title": "经济"}, {"marker": "(二)", "title": "民生工作"}]},
            {"marker": "", "title": "", "role": "closing"}])J")
        << false << "4/5"
        << "4/5";
    QTest::addRow("no roles: preamble and closing not matched")
        << QByteArray(R"J([{"marker": "", "title": ""},
            {"marker": "一、", "title": "回顾", "children": [
              {"marker": "(一)", "title": "经济"}, {"marker": "(二)", "title": "民生"}]},
            {"marker": "", "title": ""}])J")
        << false << "3/5"
        << "3/5";
    QTest::addRow("speaker line as a heading, report one level deeper")
        << QByteArray(R"J([{"marker": "", "title": "省长 某某", "role": "body", "children": [
              {"marker": "一、", "title": "回顾"}]}])J")
        << false << "0/2"
        << "0/5";
    QTest::addRow("level-3 sections are not graded")
        << QByteArray(R"J([{"marker": "", "title": "", "role": "preamble"},
            {"marker": "一、", "title": "回顾", "role": "body", "children": [
              {"marker": "(一)", "title": "经济", "children": [{"marker": "1.", "title": "x"}]},
              {"marker": "(二)", "title": "民生"}]},
            {"marker": "", "title": "", "role": "closing"}])J")
        << true << "5/5"
        << "5/5";
}

void TestGoldScorer::outline()
{
    QFETCH(QByteArray, parsed);
    const QJsonObject gold = object(R"J({"file": "x.txt", "outline": [
        {"marker": "", "title": "", "role": "preamble"},
        {"marker": "一、", "title": "回顾", "role": "body", "children": [
          {"marker": "（一）", "title": "经济"}, {"marker": "（二）", "title": "民生。"}]},
        {"marker": "", "title": "", "role": "closing"}]})J");
    GoldScorer::Parsed p;
    p.outline.insert(QStringLiteral("sections"), QJsonDocument::fromJson(parsed).array());
    const GoldScorer::Score s = GoldScorer::score(gold, p);
    QTEST(s.outlineExact, "exact");
    QTEST(ratio(s.headingPrecision), "headingPrecision");
    QTEST(ratio(s.headingRecall), "headingRecall");
    QCOMPARE(s.problems, QStringList());
}

void TestGoldScorer::itemTitles()
{
    // The gold titles an item (一是, ——) by its first clause; the parser's whole sentence is cut
    // alike. A numbered heading keeps its whole title.
    const QJsonObject gold = object(R"J({"file": "x.txt", "outline": [
        {"marker": "一、", "title": "回顾", "role": "body", "children": [
          {"marker": "一是", "title": "稳增长"}, {"marker": "——", "title": "惠民生"},
          {"marker": "（一）", "title": "经济"}]}]})J");
    GoldScorer::Parsed p;
    p.outline.insert(QStringLiteral("sections"), QJsonDocument::fromJson(R"J([
        {"marker": "一、", "title": "回顾", "role": "body", "children": [
          {"marker": "一是", "title": "稳增长，扩内需"}, {"marker": "——", "title": "惠民生；暖民心"},
          {"marker": "(一)", "title": "经济，民生"}]}])J")
                                                     .array());
    const GoldScorer::Score s = GoldScorer::score(gold, p);
    QCOMPARE(ratio(s.headingRecall), QStringLiteral("3/4"));
    QCOMPARE(s.outlineExact, false);
    QCOMPARE(s.errors.first(), QStringLiteral("heading missed: 2|(一)|经济"));
}

void TestGoldScorer::metadata_data()
{
    QTest::addColumn<QByteArray>("parsed");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("date");

    QTest::addRow("all right")
        << QByteArray(R"J({"type": "gzbg", "place": "深圳市龙岗区", "reporting_year": 2025,
                          "date": "2026-01-08"})J")
        << "1/1"
        << "1/1"
        << "1/1"
        << "1/1";
    QTest::addRow("year as text, place too short, no date")
        << QByteArray(R"J({"type": "gzbg", "place": "深圳市", "reporting_year": "2025",
                          "date": ""})J")
        << "1/1"
        << "0/1"
        << "1/1"
        << "0/1";
    QTest::addRow("fields not produced") << QByteArray(R"J({"date": "2026-01-08"})J") << "0/1"
                                         << "0/1"
                                         << "0/1"
                                         << "1/1";
}

void TestGoldScorer::metadata()
{
    QFETCH(QByteArray, parsed);
    const QJsonObject gold = object(R"J({"file": "x.txt", "outline": [], "metadata": {
        "type": "gzbg", "place": "深圳市龙岗区", "issuer": null, "reporting_year": 2025,
        "date": "2026-01-08"}})J");
    GoldScorer::Parsed outline;
    outline.outline.insert(QStringLiteral("metadata"), QJsonDocument::fromJson(parsed).object());
    const GoldScorer::Score s = GoldScorer::score(gold, outline);
    QTEST(ratio(s.metadata.value(QStringLiteral("type"))), "type");
    QTEST(ratio(s.metadata.value(QStringLiteral("place"))), "place");
    QTEST(ratio(s.metadata.value(QStringLiteral("reporting_year"))), "year");
    QTEST(ratio(s.metadata.value(QStringLiteral("date"))), "date");

    // null in the gold is not graded.
    const QJsonObject partial =
        object(R"J({"file": "x.txt", "outline": [], "metadata": {"type": "gzbg", "date": null}})J");
    const GoldScorer::Score p = GoldScorer::score(partial, outline);
    QCOMPARE(p.metadata.keys(), QStringList{QStringLiteral("type")});
}

void TestGoldScorer::labelRight_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("has");
    QTest::addColumn<QStringList>("not_");
    QTest::addColumn<bool>("right");

    QTest::addRow("holds the words")
        << u"新增规上工业企业"_qs << QStringList{u"新增"_qs, u"规上工业企业"_qs}
        << QStringList{u"增至"_qs} << true;
    QTest::addRow("increment dropped")
        << u"规上工业企业"_qs << QStringList{u"新增"_qs, u"规上工业企业"_qs} << QStringList()
        << false;
    QTest::addRow("frame as label")
        << u"增至"_qs << QStringList() << QStringList{u"增至"_qs} << false;
    QTest::addRow("forbidden word inside a required one")
        << u"规上工业企业"_qs << QStringList{u"规上工业企业"_qs} << QStringList{u"企业"_qs} << true;
    QTest::addRow("bare generic head noun")
        << u"企业"_qs << QStringList{u"软件企业"_qs} << QStringList{u"企业"_qs} << false;
    QTest::addRow("whitespace and width ignored")
        << u"世界５００强 投资项目"_qs << QStringList{u"世界500强投资项目"_qs} << QStringList()
        << true;
    QTest::addRow("empty label, no words asked")
        << QString() << QStringList() << QStringList() << true;
}

void TestGoldScorer::labelRight()
{
    QFETCH(QString, label);
    QFETCH(QStringList, has);
    QFETCH(QStringList, not_);
    QTEST(GoldScorer::labelRight(label, has, not_), "right");
}

void TestGoldScorer::normalizeTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::addRow("full-width, spaces, final 。")
        << u"（一） 坚持\u3000依法行政。"_qs << u"(一)坚持依法行政"_qs;
    QTest::addRow("inner 。 kept") << u"回顾。展望"_qs << u"回顾。展望"_qs;
    QTest::addRow("empty") << QString() << QString();
}

void TestGoldScorer::normalizeTitle()
{
    QFETCH(QString, text);
    QTEST(GoldScorer::normalizeTitle(text), "normalized");
}

void TestGoldScorer::totalsAndThresholds()
{
    GoldScorer::Score a;
    a.outlineExact = true;
    a.headingRecall = {4, 4};
    a.headingPrecision = {4, 5};
    a.figureRecall = {2, 3};
    a.figurePrecision = {2, 2};
    a.labels = {1, 2};
    a.metadata[QStringLiteral("type")] = {1, 1};
    GoldScorer::Score b;
    b.headingRecall = {3, 4};
    b.headingPrecision = {3, 3};
    b.figureRecall = {3, 3};
    b.figurePrecision = {3, 4};
    b.labels = {3, 3};
    b.problems.append(QStringLiteral("anchor"));
    const GoldScorer::Totals t = GoldScorer::total({a, b});
    QCOMPARE(ratio(t.outlineExact), QStringLiteral("1/2"));
    QCOMPARE(ratio(t.headingRecall), QStringLiteral("7/8"));
    QCOMPARE(ratio(t.headingPrecision), QStringLiteral("7/8"));
    QCOMPARE(ratio(t.figureRecall), QStringLiteral("5/6"));
    QCOMPARE(ratio(t.figurePrecision), QStringLiteral("5/6"));
    QCOMPARE(ratio(t.labels), QStringLiteral("4/5"));
    QCOMPARE(ratio(t.metadata.value(QStringLiteral("type"))), QStringLiteral("1/1"));
    QCOMPARE(t.broken, 1);

    const QJsonObject thresholds = object(R"J({"outline_exact": 0.5, "figure_recall": 0.9,
        "label_accuracy": 0.8, "metadata_date": 0.95, "figure_recal": 0})J");
    // metadata_date has no graded field: not checked. The misspelt key is reported.
    QCOMPARE(GoldScorer::belowThresholds(t, thresholds),
             (QStringList{QStringLiteral("figure_recal is not a total"),
                          QStringLiteral("figure_recall 0.8333 < 0.9000")}));
    QCOMPARE(GoldScorer::belowThresholds(t, object("{}")), QStringList());

    const QJsonObject json = GoldScorer::json({a, b}, t);
    QCOMPARE(json.value(QStringLiteral("total"))
                 .toObject()
                 .value(QStringLiteral("label_accuracy"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             0.8);
    const QString table = GoldScorer::table({a, b}, t);
    QVERIFY(table.contains(QStringLiteral("4/5 80.0%")));
    QVERIFY(table.contains(QStringLiteral("BROKEN GOLD: anchor")));
}

void TestGoldScorer::folder()
{
    // Every *.json but thresholds.json, in name order.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile report(dir.filePath(QStringLiteral("r.txt")));
    QVERIFY(report.open(QIODevice::WriteOnly));
    report.write(ReportText);
    report.close();
    for (const QString &name : {QStringLiteral("b.json"), QStringLiteral("a.json")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(goldFile(name == u"a.json" ? RightOutline : WrongChildOutline, "[]"));
    }
    QFile thresholds(dir.filePath(QStringLiteral("thresholds.json")));
    QVERIFY(thresholds.open(QIODevice::WriteOnly));
    thresholds.write("{}");
    thresholds.close();

    const QList<GoldScorer::Score> scores = GoldScorer(dir.path()).scoreFolder(dir.path());
    QCOMPARE(scores.size(), 2);
    QCOMPARE(scores.at(0).goldFile, QStringLiteral("a.json"));
    QCOMPARE(ratio(scores.at(0).headingRecall), QStringLiteral("7/7"));
    QCOMPARE(ratio(scores.at(1).headingRecall), QStringLiteral("3/4"));
    QCOMPARE(ratio(GoldScorer::total(scores).headingRecall), QStringLiteral("10/11"));
}

QTEST_GUILESS_MAIN(TestGoldScorer)
#include "tst_goldscorer.moc"
