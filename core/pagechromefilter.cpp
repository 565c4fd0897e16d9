#include "core/pagechromefilter.h"

#include "core/textclasses.h"
#include "core/textnormalizer.h"

#include <QRegularExpression>

namespace {

// Keys of the field lines government sites print above a document. Longer keys first so
// that 发布机构 is not read as 发布.
const QStringList &fieldKeys()
{
    static const QStringList keys = {
        QStringLiteral("索引号"),   QStringLiteral("公开方式"), QStringLiteral("发布机构"),
        QStringLiteral("组配分类"), QStringLiteral("文件编号"), QStringLiteral("发文日期"),
        QStringLiteral("成文日期"), QStringLiteral("有效性"),   QStringLiteral("信息来源"),
        QStringLiteral("文章来源"), QStringLiteral("来源"),     QStringLiteral("作者"),
        QStringLiteral("发布日期"), QStringLiteral("发布时间"), QStringLiteral("浏览次数"),
        QStringLiteral("更新时间"), QStringLiteral("更新日期"), QStringLiteral("录入时间"),
        QStringLiteral("上传时间"), QStringLiteral("阅读次数"), QStringLiteral("阅读量"),
        QStringLiteral("访问次数"), QStringLiteral("发布人"),   QStringLiteral("访问量"),
        QStringLiteral("点击数"),   QStringLiteral("点击量"),   QStringLiteral("时间"),
        QStringLiteral("日期"),     QStringLiteral("名称"),     QStringLiteral("文号"),
        QStringLiteral("主题词"),   QStringLiteral("主题分类"), QStringLiteral("体裁分类"),
        QStringLiteral("发文机关"), QStringLiteral("发文机构"), QStringLiteral("生效日期"),
        QStringLiteral("废止日期"), QStringLiteral("公开时限"), QStringLiteral("公开范围"),
        QStringLiteral("所属主题"), QStringLiteral("服务对象"), QStringLiteral("发布单位"),
        QStringLiteral("责任编辑"), QStringLiteral("编辑"),     QStringLiteral("审核"),
        QStringLiteral("字号"),     QStringLiteral("分类"),
    };
    return keys;
}

bool startsWithAny(QStringView line, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *p : prefixes) {
        if (line.startsWith(QStringView(p)))
            return true;
    }
    return false;
}

bool containsAny(QStringView line, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *n : needles) {
        if (line.contains(QStringView(n)))
            return true;
    }
    return false;
}

// Length of the key at pos if one of fieldKeys() stands there followed by a colon.
qsizetype keyAt(QStringView line, qsizetype pos, QString *key)
{
    for (const QString &k : fieldKeys()) {
        if (!line.sliced(pos).startsWith(k))
            continue;
        qsizetype p = pos + k.size();
        while (p < line.size() && TextNormalizer::isSpace(line.at(p)))
            ++p;
        if (p < line.size() && line.at(p) == u':') {
            *key = k;
            return p + 1 - pos;
        }
    }
    return 0;
}

} // namespace

QList<PageChromeFilter::Field> PageChromeFilter::parseFields(QStringView line)
{
    QList<Field> fields;
    QString key;
    qsizetype keyLen = keyAt(line, 0, &key);
    if (keyLen == 0)
        return fields;
    // A field line is short and holds values, not sentences.
    if (line.size() > 160 || line.contains(u'。'))
        return fields;
    qsizetype valueStart = keyLen;
    QString currentKey = key;
    for (qsizetype i = keyLen; i <= line.size(); ++i) {
        qsizetype nextLen = 0;
        QString nextKey;
        // Another key only after whitespace: "索引号: X 公开方式: 主动公开".
        if (i < line.size() && i > 0 && TextNormalizer::isSpace(line.at(i - 1)))
            nextLen = keyAt(line, i, &nextKey);
        if (i == line.size() || nextLen > 0) {
            qsizetype vs = valueStart;
            qsizetype ve = i;
            while (vs < ve && TextNormalizer::isSpace(line.at(vs)))
                ++vs;
            while (ve > vs && TextNormalizer::isSpace(line.at(ve - 1)))
                --ve;
            fields.append({currentKey, line.sliced(vs, ve - vs).toString(), vs, ve});
            if (i == line.size())
                break;
            currentKey = nextKey;
            valueStart = i + nextLen;
            i += nextLen - 1;
        }
    }
    // Values such as "2022-03-04 14:26" keep their time; tabs between key and value go.
    for (Field &f : fields) {
        f.value = f.value.simplified();
    }
    return fields;
}

bool PageChromeFilter::startsTrailer(QStringView line)
{
    if (startsWithAny(line, {u"扫一扫", u"Produced By", u"Produced by", u"Powered by",
                             u"【我要纠错】", u"[我要纠错]", u"责任编辑", u"相关报道", u"相关链接",
                             u"相关新闻", u"相关阅读", u"相关文章", u"相关附件", u"上一篇",
                             u"下一篇", u"版权所有", u"主办单位", u"网站地图"}))
        return true;
    return containsAny(line, {u"在手机打开当前页", u"打印本页", u"关闭窗口"});
}

bool PageChromeFilter::isChrome(QStringView line)
{
    if (line.isEmpty())
        return true;
    if (startsTrailer(line))
        return true;
    // Breadcrumbs: ">政府信息公开>法定主动公开内容>…", "首页 > 新闻", "当前位置：…".
    if (line.startsWith(u'>') || line.startsWith(u'›') || line.startsWith(u'»'))
        return true;
    if (startsWithAny(line, {u"当前位置", u"您现在的位置", u"您的位置", u"您所在的位置",
                             u"你的位置", u"你现在的位置", u"所在位置", u"【字号", u"字号:",
                             u"【打印】", u"【关闭】", u"[打印]", u"[关闭]", u"分享到", u"返回顶部",
                             u"浏览次数", u"【大", u"【 大"}))
        return true;
    if (line == u"首页" || line == u"】" || line == u"【")
        return true;
    if (line.count(u'>') >= 2 && !TextClasses::containsAny(line, TextClasses::ProsePunctuation) &&
        line.size() < 120) {
        // Every step of a breadcrumb is a short menu name ("增速>5%且>全国平均" is text).
        bool crumbs = true;
        for (QStringView step : line.split(u'>')) {
            step = step.trimmed();
            if (step.size() > 20 || step.contains(u'%') || step.contains(u'='))
                crumbs = false;
        }
        if (crumbs)
            return true;
    }
    // Photo captions: "…本报记者 戴冰摄", "…新华社记者 姚大伟 摄".
    if (line.size() < 200 && line.endsWith(u'摄') && line.contains(u"记者"))
        return true;
    if (containsAny(line, {u"ICP备", u"公网安备", u"网站标识码"}))
        return true;
    return false;
}

bool PageChromeFilter::isNavigationFragment(QStringView line)
{
    if (line.size() > 16)
        return false;
    if (TextClasses::containsAny(line, TextClasses::SentenceEnd))
        return false;
    return true;
}

QString PageChromeFilter::datelineAgency(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\S{1,6}社)\\S{0,6}?\\d{1,2}月\\d{1,2}日电"));
    if (line.size() > 30)
        return QString();
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}
