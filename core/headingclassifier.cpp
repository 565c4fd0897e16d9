#include "core/headingclassifier.h"

#include "core/headingdetector.h"
#include "core/textclasses.h"

#include <QRegularExpression>

namespace {

QStringView withoutFinalColon(QStringView v)
{
    while (!v.isEmpty() && (v.endsWith(u':') || v.endsWith(u'：')))
        v.chop(1);
    return v.trimmed();
}

} // namespace

Section::Role HeadingClassifier::listHeadingRole(QStringView line)
{
    const QStringView v = withoutFinalColon(line);
    // A heading of its own line: the phrase, optionally 有关/相关 before it, nothing after.
    static const QRegularExpression glossary(
        QStringLiteral("^(有关|相关|主要)?(名词|术语|名词术语)(解释|释义|注释|说明)$"));
    static const QRegularExpression notes(QStringLiteral("^(注释|注解|注|备注)$"));
    // Every line is asked: most are ruled out by their length or first character without a
    // match (the phrases are at most eight characters).
    if (v.isEmpty() || v.size() > 8 || !TextClasses::oneOf(u"有相主名术注备", v.front()))
        return Section::Role::Body;
    if (glossary.match(v).hasMatch())
        return Section::Role::Glossary;
    if (notes.match(v).hasMatch())
        return Section::Role::Notes;
    return Section::Role::Body;
}

Section::Role HeadingClassifier::attachmentRole(QStringView title)
{
    // An attachment's title names what it holds: "有关名词解释", "《…》名词、术语注释".
    const QStringView v = withoutFinalColon(title);
    if (v.contains(u"名词") || v.contains(u"术语") || v.endsWith(u"解释"))
        return Section::Role::Glossary;
    if (listHeadingRole(v) == Section::Role::Notes)
        return Section::Role::Notes;
    return Section::Role::Appendix;
}

bool HeadingClassifier::isLeadLine(QStringView line)
{
    if (!line.endsWith(u'。'))
        return false;
    const QStringView body = line.chopped(1);
    if (body.size() < 4 || body.size() > 24 || HeadingDetector::matchParagraphStart(line).matched)
        return false;
    if (!TextClasses::is(body.at(0), TextClasses::UnifiedIdeograph) && body.at(0) != u'“')
        return false;
    for (QChar c : body) {
        if (TextClasses::isSentenceEnd(c) ||
            TextClasses::is(c, TextClasses::Comma | TextClasses::Semicolon | TextClasses::Colon))
            return false;
    }
    return !opensWithAddress(line);
}

bool HeadingClassifier::opensWithAddress(QStringView paragraph)
{
    return paragraph.startsWith(u"各位代表") || paragraph.startsWith(u"同志们") ||
           paragraph.startsWith(u"各位委员");
}

bool HeadingClassifier::opensPartSummary(QStringView paragraph)
{
    // Measured on the corpus: of 22 paragraphs after a part's first subsection opening so,
    // 21 stand in its last subsection and are about the whole part.
    static const QRegularExpression frame(QStringLiteral(
        "^(过去(的)?[一两三四五十]?年|[一两三四五十几]年(来|间)|这[一五]年|此外|与此同时|"
        "总的来看|总体来看|回顾过去)[，,]"));
    // The phrases start with one of these characters: most paragraphs need no match.
    return paragraph.size() < 4000 && !paragraph.isEmpty() &&
           TextClasses::oneOf(u"过一两三四五十几这此与总回", paragraph.front()) &&
           frame.match(paragraph.first(qMin<qsizetype>(paragraph.size(), 16))).hasMatch();
}

QString HeadingClassifier::withoutPageReferences(const QString &title)
{
    static const QRegularExpression pages(QStringLiteral(
        "\\s*[（(]\\s*[PpＰｐ]\\s*\\d+(\\s*[，,、]\\s*[PpＰｐ]?\\s*\\d+)*\\s*[)）]\\s*$"));
    QString t = title;
    t.remove(pages);
    return t.isEmpty() ? title : t;
}
