#include "import/htmlcontentextractor.h"

#include <QHash>
#include <QRegularExpression>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>

namespace {

using Cell = SourceDocumentBuilder::Cell;

QString nameOf(const xmlNode *node)
{
    return node && node->name ? QString::fromUtf8(reinterpret_cast<const char *>(node->name))
                              : QString();
}

bool isElement(const xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->name &&
           xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return QString();
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return s;
}

// Elements whose content is never article text.
bool isIgnored(const xmlNode *node)
{
    static const char *const names[] = {
        "script", "style",  "noscript", "template", "iframe", "object", "embed",    "svg",
        "canvas", "select", "option",   "button",   "input",  "nav",    "textarea", "head",
        "aside",  "map",    "audio",    "video",    "link",   "meta",   "title",    "footer",
    };
    if (node->type != XML_ELEMENT_NODE)
        return false;
    for (const char *name : names) {
        if (isElement(node, name))
            return true;
    }
    const QString style = attribute(node, "style");
    if (!style.isEmpty()) {
        QString compact = style.toLower();
        compact.remove(u' ');
        if (compact.contains(u"display:none") || compact.contains(u"visibility:hidden"))
            return true;
    }
    return false;
}

int headingLevel(const xmlNode *node)
{
    if (node->type != XML_ELEMENT_NODE || !node->name)
        return 0;
    const char *n = reinterpret_cast<const char *>(node->name);
    if ((n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && n[2] == 0)
        return n[1] - '0';
    return 0;
}

// Elements that end a line of text: a paragraph break before and after.
bool isBlock(const xmlNode *node)
{
    static const char *const names[] = {
        "p",   "div",     "section", "article",    "main",   "blockquote", "center",   "dl",
        "dt",  "dd",      "tr",      "td",         "th",     "tbody",      "thead",    "tfoot",
        "pre", "address", "figure",  "figcaption", "header", "form",       "ul",       "ol",
        "li",  "table",   "caption", "hr",         "body",   "html",       "fieldset",
    };
    if (node->type != XML_ELEMENT_NODE)
        return false;
    if (headingLevel(node) > 0)
        return true;
    for (const char *name : names) {
        if (isElement(node, name))
            return true;
    }
    return false;
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' ||
           c == QChar(0x00A0) || c == QChar(0x3000) || c == QChar(0x200B) || c == QChar(0xFEFF);
}

// How a block's text is set: characters in bold (strong, b, font-weight bold), in plain type,
// and in links; whether a block element is nested in it.
struct TextWeight
{
    qsizetype bold = 0;
    qsizetype plain = 0;
    qsizetype linked = 0;
    qsizetype links = 0;
    bool nestedBlock = false;
};

bool isBoldElement(const xmlNode *node)
{
    if (isElement(node, "strong") || isElement(node, "b"))
        return true;
    QString style = attribute(node, "style").toLower();
    style.remove(u' ');
    return style.contains(u"font-weight:bold") || style.contains(u"font-weight:700") ||
           style.contains(u"font-weight:800") || style.contains(u"font-weight:900");
}

void weigh(const xmlNode *node, bool bold, bool link, int depth, TextWeight &w)
{
    if (depth > HtmlContentExtractor::MaxDepth)
        return;
    for (const xmlNode *child = node->children; child && !w.nestedBlock; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            qsizetype n = 0;
            for (QChar c : QString::fromUtf8(reinterpret_cast<const char *>(child->content))) {
                if (!isHtmlSpace(c))
                    ++n;
            }
            (bold ? w.bold : w.plain) += n;
            if (link)
                w.linked += n;
        } else if (child->type == XML_ELEMENT_NODE && !isIgnored(child)) {
            if (isBlock(child)) {
                // Not a paragraph of its own: stop, so that nested blocks are not weighed
                // once for every block around them.
                w.nestedBlock = true;
                return;
            }
            const bool isLink = isElement(child, "a");
            if (isLink && !link)
                ++w.links;
            weigh(child, bold || isBoldElement(child), link || isLink, depth + 1, w);
        }
    }
}

// A paragraph set wholly in bold, short and no sentence, is a heading the page did not mark as
// one (《诫子诗》); not a lead-in ending in a colon (点评：), a by-line (——（宋）陆游), a photo
// caption (图为…。（…摄）) or a link.
bool isBoldLead(const QString &text, const TextWeight &w)
{
    if (w.nestedBlock || w.plain > 0 || w.bold == 0 || w.linked > 0 || text.size() > 40)
        return false;
    static const QString notLast = QStringLiteral("：:;；，,");
    static const QString notFirst = QStringLiteral("—-－(（");
    static const QString sentenceEnd = QStringLiteral("。！？!?…");
    for (QChar c : text) {
        if (sentenceEnd.contains(c))
            return false;
    }
    return !notLast.contains(text.back()) && !notFirst.contains(text.front());
}

// Page links (【1】【2】…, 上一页 / 下一页) inside the article are navigation.
bool isPager(const QString &text, const TextWeight &w)
{
    static const QRegularExpression pager(QStringLiteral(
        "^(\\s*[【\\[]?\\s*(\\d{1,3}|上一页|下一页|首页|尾页|末页)\\s*[】\\]]?\\s*)+$"));
    return w.links >= 2 && w.linked == w.plain + w.bold && pager.match(text).hasMatch();
}

// Collects inline text with HTML's white-space rule; a space between two CJK characters (a
// line break in the source) is dropped, as a browser showing Chinese text does.
class InlineText
{
public:
    void add(const QString &text)
    {
        for (QChar c : text) {
            if (isHtmlSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_text.isEmpty() && !isCjk(m_text.back()) && !isCjk(c))
                m_text += u' ';
            m_pendingSpace = false;
            m_text += c;
        }
    }
    void space() { m_pendingSpace = true; }
    bool isEmpty() const { return m_text.isEmpty(); }
    QString take()
    {
        QString t = std::move(m_text);
        m_text.clear();
        m_pendingSpace = false;
        return t;
    }

private:
    QString m_text;
    bool m_pendingSpace = false;
};

struct Stats
{
    qsizetype text = 0; ///< visible non-space characters
    qsizetype link = 0; ///< of which inside <a>
};

qsizetype visibleLength(const xmlChar *content)
{
    if (!content)
        return 0;
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(content));
    qsizetype n = 0;
    for (QChar c : s) {
        if (!isHtmlSpace(c))
            ++n;
    }
    return n;
}

class Extractor
{
public:
    Extractor(SourceDocumentBuilder &builder, const std::atomic_bool *cancel)
        : m_builder(builder), m_cancel(cancel)
    {}

    HtmlContentExtractor::Result run(xmlDoc *doc);

private:
    Stats measure(xmlNode *node, int depth, bool inLink);
    void score(xmlNode *node, int depth);
    double classWeight(const xmlNode *node) const;
    void readMeta(xmlNode *node, int depth);
    void readFieldLine(xmlNode *node, int depth);
    void emitBlocks(xmlNode *node, int depth, int listDepth);
    void flush();
    void collectInline(xmlNode *node, InlineText &text, int depth);
    bool isDataTable(xmlNode *table) const;
    void emitTable(xmlNode *table, int depth);
    void collectRows(xmlNode *node, QList<xmlNode *> &rows, int depth) const;
    bool hasElement(xmlNode *node, const char *name, int depth) const;
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    SourceDocumentBuilder &m_builder;
    const std::atomic_bool *m_cancel;
    QHash<const xmlNode *, Stats> m_stats;
    QHash<const xmlNode *, double> m_scores;
    InlineText m_inline;
    int m_blocks = 0;
    QString m_firstText;
    QString m_pageTitle; // <title>
    QString m_metaTitle; // ArticleTitle and the like
    QString m_firstHeading;
    bool m_stop = false;
    bool m_fieldLineRead = false;
};

Stats Extractor::measure(xmlNode *node, int depth, bool inLink)
{
    Stats s;
    if (depth > HtmlContentExtractor::MaxDepth)
        return s;
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            const qsizetype n = visibleLength(child->content);
            s.text += n;
            if (inLink)
                s.link += n;
        } else if (child->type == XML_ELEMENT_NODE && !isIgnored(child)) {
            const Stats c = measure(child, depth + 1, inLink || isElement(child, "a"));
            s.text += c.text;
            s.link += c.link;
        }
    }
    m_stats.insert(node, s);
    return s;
}

double Extractor::classWeight(const xmlNode *node) const
{
    // Generic words of class and id names, not the names of any one site.
    static const QRegularExpression strong(
        QStringLiteral("trs_editor|trs_ueditor|ucapcontent|zoom|article[-_]?(body|content)|"
                       "content[-_]?(body|text)|main[-_]?(txt|text)|artibody|"
                       "detail[-_]?content"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression positive(
        QStringLiteral("article|content|main|text|body|zoom|editor|detail|entry|post|con"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negative(
        QStringLiteral("nav|menu|foot|header|crumb|share|sidebar|side|comment|link|banner|"
                       "copyright|bottom|related|recommend|hot|tool|search|login|ad-|advert|"
                       "friend|position|location|list"),
        QRegularExpression::CaseInsensitiveOption);
    const QString names = attribute(node, "class") + u' ' + attribute(node, "id");
    if (names.trimmed().isEmpty())
        return 0;
    double w = 0;
    if (strong.match(names).hasMatch())
        w += 50;
    else if (positive.match(names).hasMatch())
        w += 15;
    if (negative.match(names).hasMatch())
        w -= 25;
    return w;
}

// Every element that holds text of its own (a text node among its children) scores its
// parent and grandparent; link text counts against it.
void Extractor::score(xmlNode *node, int depth)
{
    if (depth > HtmlContentExtractor::MaxDepth)
        return;
    qsizetype own = 0;
    QString sample;
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE) {
            own += visibleLength(child->content);
            if (sample.size() < 2000)
                sample += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
        } else if (child->type == XML_ELEMENT_NODE && !isIgnored(child)) {
            if (!isBlock(child) && !isElement(child, "a")) {
                // Inline markup (span, font, strong) is part of its parent's text.
                own += m_stats.value(child).text - m_stats.value(child).link;
            }
            score(child, depth + 1);
        }
    }
    if (own < 10 || isElement(node, "a"))
        return;
    const Stats s = m_stats.value(node);
    const double linkDensity = s.text > 0 ? double(s.link) / double(s.text) : 0;
    if (linkDensity > 0.5)
        return;
    double points = 1 + qMin(3.0, double(own) / 100.0);
    for (QChar c : std::as_const(sample)) {
        if (c == u'，' || c == u'。' || c == u'；' || c == u',')
            points += 1;
    }
    // The block that holds the text: for text directly inside a div or td that is the
    // element itself, for a p its container.
    xmlNode *target =
        isElement(node, "p") || headingLevel(node) || !isBlock(node) ? node->parent : node;
    // Inline elements pass their points up to the block they sit in.
    while (target && target->type == XML_ELEMENT_NODE && !isBlock(target))
        target = target->parent;
    if (!target || target->type != XML_ELEMENT_NODE)
        return;
    m_scores[target] += points;
    xmlNode *grand = target->parent;
    if (grand && grand->type == XML_ELEMENT_NODE)
        m_scores[grand] += points / 2;
}

void Extractor::readMeta(xmlNode *node, int depth)
{
    if (depth > HtmlContentExtractor::MaxDepth)
        return;
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (isElement(child, "meta")) {
            const QString name = QString(attribute(child, "name") + attribute(child, "property"))
                                     .trimmed()
                                     .toLower();
            const QString content = attribute(child, "content").trimmed();
            if (content.isEmpty())
                continue;
            SourceMetadata &m = m_builder.metadata();
            auto detail = [&m](const QString &key, const QString &value) {
                for (const auto &d : std::as_const(m.details)) {
                    if (d.first == key)
                        return;
                }
                m.details.append({key, value});
            };
            if (name == u"articletitle" || name == u"og:title" || name == u"dc.title")
                m_metaTitle = content;
            else if (name == u"pubdate" || name == u"publishdate" ||
                     name == u"article:published_time" || name == u"dc.date")
                m.created = QString(content).replace(u' ', u'T');
            else if (name == u"contentsource" || name == u"source") {
                QString source = content;
                static const QRegularExpression label(QStringLiteral("^来源[：:]\\s*"));
                source.remove(label);
                detail(QStringLiteral("Source"), source);
            } else if (name == u"sitename")
                detail(QStringLiteral("Publisher"), content);
            else if (name == u"columnname")
                detail(QStringLiteral("Column"), content);
            else if (name == u"author") {
                // CMSs often put an editor's number here, which is no author's name.
                static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
                if (!digits.match(content).hasMatch())
                    m.author = content;
            }
        } else if (isElement(child, "title") && m_pageTitle.isEmpty()) {
            InlineText t;
            collectInline(child, t, depth + 1);
            m_pageTitle = t.take();
        } else if (!isIgnored(child) || isElement(child, "head")) {
            readFieldLine(child, depth);
            if (m_firstHeading.isEmpty() && isElement(child, "h1")) {
                InlineText t;
                collectInline(child, t, depth + 1);
                m_firstHeading = t.take();
            }
            readMeta(child, depth + 1);
        }
    }
}

// The line of fields under a page's title that CMSs print instead of meta tags:
// "时间：2019-09-18 06:23 来源：山西日报", "2019年06月15日08:18 来源：人民网-文化频道". A short
// element without blocks in it, naming 来源 or 发布时间 / 日期, gives the date and the source
// when the meta tags gave none; the first such line counts.
void Extractor::readFieldLine(xmlNode *node, int depth)
{
    if (m_fieldLineRead || !isBlock(node) || isElement(node, "body") || isElement(node, "html"))
        return;
    TextWeight weight;
    weigh(node, false, false, depth + 1, weight);
    if (weight.nestedBlock || weight.plain + weight.bold > 80 || weight.plain + weight.bold == 0)
        return;
    InlineText t;
    collectInline(node, t, depth + 1);
    const QString text = t.take();
    static const QRegularExpression named(
        QStringLiteral("来源[：:]|(发布|发文|成文)?(时间|日期)[：:]"));
    if (!named.match(text).hasMatch())
        return;
    m_fieldLineRead = true;
    SourceMetadata &m = m_builder.metadata();
    static const QRegularExpression date(QStringLiteral(
        "(\\d{4})[-年/.](\\d{1,2})[-月/.](\\d{1,2})日?\\s*(?:(\\d{1,2}):(\\d{2}))?"));
    const QRegularExpressionMatch d = date.match(text);
    if (m.created.isEmpty() && d.hasMatch()) {
        const auto two = [](const QString &n) { return n.rightJustified(2, u'0'); };
        m.created = d.captured(1) + u'-' + two(d.captured(2)) + u'-' + two(d.captured(3));
        if (!d.captured(4).isEmpty())
            m.created += u'T' + two(d.captured(4)) + u':' + d.captured(5);
    }
    static const QRegularExpression source(QStringLiteral("来源[：:]\\s*(\\S+)"));
    const QRegularExpressionMatch src = source.match(text);
    const bool hasSource = std::any_of(m.details.cbegin(), m.details.cend(), [](const auto &d) {
        return d.first == QLatin1String("Source");
    });
    if (src.hasMatch() && !hasSource)
        m.details.append({QStringLiteral("Source"), src.captured(1)});
}

void Extractor::collectInline(xmlNode *node, InlineText &text, int depth)
{
    if (depth > HtmlContentExtractor::MaxDepth)
        return;
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            text.add(QString::fromUtf8(reinterpret_cast<const char *>(child->content)));
        } else if (child->type == XML_ELEMENT_NODE) {
            if (isElement(child, "title")) {
                collectInline(child, text, depth + 1);
                continue;
            }
            if (isIgnored(child))
                continue;
            const bool block = isBlock(child) || isElement(child, "br");
            if (block)
                text.space();
            collectInline(child, text, depth + 1);
            if (block)
                text.space();
        }
    }
}

void Extractor::flush()
{
    if (m_inline.isEmpty())
        return;
    const QString text = m_inline.take();
    m_builder.addParagraph(text);
    if (m_firstText.isEmpty())
        m_firstText = text;
    ++m_blocks;
}

bool Extractor::hasElement(xmlNode *node, const char *name, int depth) const
{
    if (depth > HtmlContentExtractor::MaxDepth)
        return false;
    for (xmlNode *child = node->children; child; child = child->next) {
        if (isElement(child, name) ||
            (child->type == XML_ELEMENT_NODE && hasElement(child, name, depth + 1)))
            return true;
    }
    return false;
}

void Extractor::collectRows(xmlNode *node, QList<xmlNode *> &rows, int depth) const
{
    for (xmlNode *child = node->children; child; child = child->next) {
        if (isElement(child, "tr"))
            rows.append(child);
        else if (isElement(child, "tbody") || isElement(child, "thead") ||
                 isElement(child, "tfoot"))
            collectRows(child, rows, depth + 1);
    }
}

// A table of data, not of layout: no table inside, at least two rows, some row with two
// cells, and no cell as long as an article.
bool Extractor::isDataTable(xmlNode *table) const
{
    if (hasElement(table, "table", 0))
        return false;
    QList<xmlNode *> rows;
    collectRows(table, rows, 0);
    if (rows.size() < 2)
        return false;
    int widest = 0;
    for (xmlNode *row : std::as_const(rows)) {
        int cells = 0;
        for (xmlNode *c = row->children; c; c = c->next) {
            if (isElement(c, "td") || isElement(c, "th")) {
                ++cells;
                if (m_stats.value(c).text > 400)
                    return false;
            }
        }
        widest = qMax(widest, cells);
    }
    return widest >= 2;
}

void Extractor::emitTable(xmlNode *table, int depth)
{
    QList<xmlNode *> rows;
    collectRows(table, rows, depth);
    QList<QList<Cell>> out;
    for (xmlNode *row : std::as_const(rows)) {
        QList<Cell> cells;
        for (xmlNode *c = row->children; c; c = c->next) {
            if (!isElement(c, "td") && !isElement(c, "th"))
                continue;
            InlineText t;
            collectInline(c, t, depth + 2);
            Cell cell;
            cell.text = t.take();
            // Spans beyond a real table's size are nonsense or an attack; clamp them.
            cell.rowSpan = qBound(1, attribute(c, "rowspan").trimmed().toInt(), 1000);
            cell.colSpan = qBound(1, attribute(c, "colspan").trimmed().toInt(), 1000);
            cells.append(cell);
        }
        out.append(cells);
    }
    m_builder.addTable(out);
    ++m_blocks;
}

void Extractor::emitBlocks(xmlNode *node, int depth, int listDepth)
{
    if (depth > HtmlContentExtractor::MaxDepth || m_stop)
        return;
    if (cancelled()) {
        m_stop = true;
        return;
    }
    for (xmlNode *child = node->children; child && !m_stop; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            m_inline.add(QString::fromUtf8(reinterpret_cast<const char *>(child->content)));
            continue;
        }
        if (child->type != XML_ELEMENT_NODE || isIgnored(child))
            continue;
        if (const int level = headingLevel(child)) {
            flush();
            InlineText t;
            collectInline(child, t, depth + 1);
            const QString text = t.take();
            if (!text.isEmpty()) {
                m_builder.addHeadingHint(text, level);
                if (m_firstText.isEmpty())
                    m_firstText = text;
                ++m_blocks;
            }
        } else if (isElement(child, "br") || isElement(child, "hr")) {
            flush();
        } else if (isElement(child, "li")) {
            flush();
            InlineText t;
            // The item's own text; a list nested in it follows as deeper items.
            for (xmlNode *c = child->children; c; c = c->next) {
                if (isElement(c, "ul") || isElement(c, "ol"))
                    continue;
                if (c->type == XML_TEXT_NODE)
                    t.add(QString::fromUtf8(reinterpret_cast<const char *>(c->content)));
                else if (c->type == XML_ELEMENT_NODE && !isIgnored(c)) {
                    if (isBlock(c))
                        t.space();
                    collectInline(c, t, depth + 2);
                }
            }
            const QString text = t.take();
            if (!text.isEmpty()) {
                m_builder.addListItem(text, qMax(1, listDepth));
                ++m_blocks;
            }
            for (xmlNode *c = child->children; c; c = c->next) {
                if (isElement(c, "ul") || isElement(c, "ol"))
                    emitBlocks(c, depth + 2, listDepth + 1);
            }
        } else if (isElement(child, "ul") || isElement(child, "ol")) {
            flush();
            emitBlocks(child, depth + 1, listDepth + 1);
            flush();
        } else if (isElement(child, "table")) {
            flush();
            if (isDataTable(child))
                emitTable(child, depth + 1);
            else
                emitBlocks(child, depth + 1, listDepth);
            flush();
        } else if (isBlock(child)) {
            flush();
            TextWeight weight;
            weigh(child, isBoldElement(child), false, depth + 1, weight);
            if (!weight.nestedBlock && (weight.bold > 0 || weight.links >= 2)) {
                InlineText t;
                collectInline(child, t, depth + 1);
                const QString text = t.take();
                if (!text.isEmpty() && isPager(text, weight))
                    continue;
                if (!text.isEmpty() && isBoldLead(text, weight)) {
                    m_builder.addHeadingHint(text, 2);
                    if (m_firstText.isEmpty())
                        m_firstText = text;
                    ++m_blocks;
                    continue;
                }
            }
            emitBlocks(child, depth + 1, listDepth);
            flush();
        } else {
            emitBlocks(child, depth + 1, listDepth); // inline: its text joins the paragraph
        }
    }
}

HtmlContentExtractor::Result Extractor::run(xmlDoc *doc)
{
    HtmlContentExtractor::Result result;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return result;
    readMeta(root, 0);

    xmlNode *body = root;
    for (xmlNode *c = root->children; c; c = c->next) {
        if (isElement(c, "body"))
            body = c;
    }
    measure(body, 0, false);
    score(body, 0);
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    xmlNode *best = nullptr;
    double bestScore = 0;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        const Stats s = m_stats.value(it.key());
        const double linkDensity = s.text > 0 ? double(s.link) / double(s.text) : 1;
        const double value = (it.value() + classWeight(it.key())) * (1 - linkDensity);
        if (value > bestScore) {
            best = const_cast<xmlNode *>(it.key());
            bestScore = value;
        }
    }
    if (!best)
        best = body;
    result.container = nameOf(best);
    const QString id = attribute(best, "id");
    const QString cls = attribute(best, "class").simplified();
    if (!id.isEmpty())
        result.container += u'#' + id;
    else if (!cls.isEmpty())
        result.container += u'.' + cls.section(u' ', 0, 0);

    // The title: the CMS field, else the page's first h1, else <title> without the site's
    // name ("标题 - 某某网", "标题--频道--某某网", "标题_某某网").
    QString title = m_metaTitle;
    if (title.isEmpty())
        title = m_firstHeading;
    if (title.isEmpty()) {
        static const QRegularExpression separator(QStringLiteral("\\s+[-|–—]\\s+|--|_|｜"));
        title = m_pageTitle.section(separator, 0, 0).trimmed();
    }
    title = title.simplified();
    m_builder.metadata().title = title;

    // The title usually stands above the article's container; put it first unless the
    // container starts with it.
    SourceDocumentBuilder body2;
    Extractor inner(body2, m_cancel);
    inner.m_stats = m_stats;
    inner.emitBlocks(best, 0, 0);
    inner.flush();
    if (inner.m_stop) {
        result.cancelled = true;
        return result;
    }
    SourceDocument content = body2.take();
    const QString firstBlock = content.blocks().isEmpty()
                                   ? QString()
                                   : content.text(content.blocks().first().span).toString();
    if (!title.isEmpty() && firstBlock.simplified() != title && inner.m_blocks > 0) {
        m_builder.addHeadingHint(title, 1);
        ++m_blocks;
    }
    for (const SourceBlock &block : content.blocks()) {
        const QString text = content.text(block.span).toString();
        switch (block.type) {
        case SourceBlock::Type::HeadingHint:
            m_builder.addHeadingHint(text, block.level);
            break;
        case SourceBlock::Type::ListItem:
            m_builder.addListItem(text, block.level);
            break;
        case SourceBlock::Type::Table: {
            QList<QList<Cell>> rows;
            for (const TableRow &row : block.rows) {
                QList<Cell> cells;
                for (const TableCell &c : row.cells)
                    cells.append({content.text(c.span).toString(), c.rowSpan, c.colSpan});
                rows.append(cells);
            }
            m_builder.addTable(rows);
            break;
        }
        case SourceBlock::Type::PageBreak:
            break;
        case SourceBlock::Type::Paragraph:
            m_builder.addParagraph(text);
            break;
        }
        ++m_blocks;
    }
    result.blockCount = inner.m_blocks;
    return result;
}

} // namespace

HtmlContentExtractor::Result HtmlContentExtractor::extract(QByteArrayView html,
                                                           SourceDocumentBuilder &builder,
                                                           const std::atomic_bool *cancel)
{
    // No network, no DTD, no entities beyond HTML's own; the bytes are UTF-8 already, so the
    // page's own charset declaration is ignored.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    std::unique_ptr<xmlDoc, void (*)(xmlDoc *)> doc(
        htmlReadMemory(html.data(), int(qMin<qsizetype>(html.size(), INT_MAX)), nullptr, "UTF-8",
                       options),
        xmlFreeDoc);
    if (!doc)
        return Result();
    Extractor extractor(builder, cancel);
    return extractor.run(doc.get());
}
