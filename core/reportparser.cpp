#include "core/reportparser.h"

#include "core/consistencychecker.h"
#include "core/dateparser.h"
#include "core/figureextractor.h"
#include "core/frontmatterreader.h"
#include "core/headingclassifier.h"
#include "core/headingdetector.h"
#include "core/metadatareader.h"
#include "core/pagechromefilter.h"
#include "core/plaintextsplitter.h"
#include "core/tablefigurereader.h"
#include "core/textclasses.h"
#include "core/textnormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Adds the figures read from table cells that the text scan did not find (a cell whose header
// names no unit), keeping text order; a cell the scan read keeps the scan's figure.
void mergeTableFigures(QList<Figure> *found, QList<Figure> cells)
{
    if (cells.isEmpty())
        return;
    QList<Figure> merged;
    merged.reserve(found->size() + cells.size());
    qsizetype k = 0;
    for (Figure &cell : cells) {
        while (k < found->size() && found->at(k).start < cell.start)
            merged.append(std::move((*found)[k++]));
        // Figures of the scan do not overlap and are in order: only the neighbours can.
        const bool taken = (k > 0 && found->at(k - 1).end > cell.start) ||
                           (k < found->size() && found->at(k).start < cell.end);
        if (!taken)
            merged.append(std::move(cell));
    }
    while (k < found->size())
        merged.append(std::move((*found)[k++]));
    *found = std::move(merged);
}

// The page of the block (or table row) that holds offset of the section's text; 0 when the
// source has no pages.
int pageAt(const Section &section, qsizetype offset)
{
    const QList<SectionBlock> &blocks = section.blocks;
    auto it =
        std::upper_bound(blocks.cbegin(), blocks.cend(), offset,
                         [](qsizetype o, const SectionBlock &b) { return o < b.range.start; });
    if (it == blocks.cbegin())
        return blocks.isEmpty() ? 0 : blocks.first().position.page;
    const SectionBlock &block = *(it - 1);
    for (const TableRow &row : block.rows) {
        if (offset >= row.span.start && offset <= row.span.end)
            return row.position.page > 0 ? row.position.page : block.position.page;
    }
    return block.position.page;
}

using Kind = Section::Kind;
constexpr int KindCount = int(Kind::WholeText) + 1;
using KindNumbers = std::array<int, KindCount>;

enum class LineRole {
    Content,
    Chrome,
    Field,
    Duplicate,
    Title,
    Subtitle,
    Speaker,
    Dateline,
    Signature,
    Closing,
    Consumed, ///< used as the title of the heading on the previous line
};

struct Line
{
    qsizetype start = 0; ///< trimmed span in the source
    qsizetype end = 0;
    int number = 0; ///< 1-based line number in the file
    int block = -1; ///< index of the source block the line belongs to
    int row = -1;   ///< index of the row in a table block
    LineRole role = LineRole::Content;
    bool table = false;  ///< holds tabs: a table row or a wrapped table cell
    bool prose = false;  ///< reads like a sentence
    bool chrome = false; ///< PageChromeFilter::isChrome
    bool lead = false;   ///< a stand-alone lead line among siblings of its pattern
    /** The reader marked the block as a heading: its level (1 for the top), or 0 when the
     *  format gives none; -1 for no hint. */
    int hintLevel = -1;
};

struct OpenSection
{
    int section = -1;
    Kind kind = Kind::Part;
    bool paragraphScoped = false; ///< ends with the paragraph it stands in
    int hintLevel = 0;            ///< rank of a section opened from a heading hint, else 0
    bool lead = false;            ///< opened from an unnumbered lead line
};

// Punctuation that a name, a heading or a signature line does not hold.
constexpr TextClasses::Classes NotInName = TextClasses::ProsePunctuation | TextClasses::Colon;

// The parser has always counted the basic block of ideographs only (TextClasses::Cjk adds
// Extension A). The range test is written out so that it stays inline: the scans ask it of
// every character first, and most characters are ideographs.
constexpr bool isIdeograph(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}
static_assert(isIdeograph(QChar(0x4E00)) && isIdeograph(QChar(0x9FFF)) &&
                  !isIdeograph(QChar(0x4DFF)) && !isIdeograph(QChar(0xA000)) &&
                  TextClasses::is(QChar(0x4E00), TextClasses::UnifiedIdeograph) &&
                  TextClasses::is(QChar(0x9FFF), TextClasses::UnifiedIdeograph) &&
                  !TextClasses::is(QChar(0x4DFF), TextClasses::UnifiedIdeograph) &&
                  !TextClasses::is(QChar(0xA000), TextClasses::UnifiedIdeograph),
              "isIdeograph() is TextClasses::UnifiedIdeograph");

// The first position in [p, to) whose character is not isIdeograph(), to when there is none.
// The scans for punctuation skip the runs of ideographs between their marks with it, eight
// characters a step where SSE2 has them (every x86-64) instead of one test a character.
// Inline always: it is called once per punctuation mark, and the call and the constants'
// set-up cost as much as the scan of a short run (the compiler kept it out of line).
Q_ALWAYS_INLINE qsizetype skipIdeographs(const QChar *text, qsizetype p, qsizetype to)
{
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi16(short(0x4E00));
    const __m128i span = _mm_set1_epi16(short(0x9FFF - 0x4E00));
    for (; to - p >= 8; p += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + p));
        // (u - 0x4E00) <= span, unsigned: the saturating difference is zero.
        const __m128i over = _mm_subs_epu16(_mm_sub_epi16(units, first), span);
        const __m128i ideographs = _mm_cmpeq_epi16(over, _mm_setzero_si128());
        // Two mask bits a unit; a clear one marks a character that is not an ideograph.
        const uint others = ~uint(_mm_movemask_epi8(ideographs)) & 0xFFFFu;
        if (others)
            return p + qCountTrailingZeroBits(others) / 2;
    }
#endif
    while (p < to && isIdeograph(text[p]))
        ++p;
    return p;
}

// Kinds whose numbering is a strong structural signal: tolerate a duplicated or skipped
// number (typos in the source) rather than swallowing the heading into the text.
bool isStrongKind(Kind k)
{
    return k == Kind::ChineseComma || k == Kind::ChineseParen || k == Kind::Chapter;
}

// Kinds that are list items inside a paragraph rather than headings above paragraphs.
bool isListItemKind(Kind k)
{
    return k == Kind::Enumeration || k == Kind::Ordinal || k == Kind::Dash || k == Kind::Circled;
}

// A document title line: names a report and is no sentence.
bool looksLikeTitle(QStringView v)
{
    if (v.size() < 6 || v.size() > 60 || v.contains(u'。') || v.contains(u',') || v.contains(u':'))
        return false;
    return v.contains(u"报告") || v.contains(u"公报") || v.contains(u"总结");
}

bool isArabicKind(Kind k)
{
    return k == Kind::ArabicDot || k == Kind::ArabicComma || k == Kind::ArabicParen;
}

class Parser
{
public:
    Parser(const SourceDocument &document, const ReportParser::Options &options)
        : m_doc(document)
        , m_src(document.text())
        , m_norm(document.normalizedText())
        , m_options(options)
    {}

    ReportParser::Error run(QList<ReportWarning> *warnings);

    ReportMetadata metadata;
    QList<Section> sections;

private:
    QStringView view(const Line &l) const
    {
        return QStringView(m_norm).sliced(l.start, l.end - l.start);
    }
    QStringView normView(qsizetype s, qsizetype e) const
    {
        return QStringView(m_norm).sliced(s, e - s);
    }
    QString sourceText(qsizetype s, qsizetype e) const { return m_src.mid(s, e - s); }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    void progress(int percent) const
    {
        if (m_options.progress)
            m_options.progress(percent);
    }

    bool readBlocks();
    void markChrome();
    void removeDuplicateCopy(QList<ReportWarning> *warnings);
    int readHead();
    int readTail(int bodyStart);
    bool hasStructure(int bodyStart, int bodyEnd) const;
    bool buildSections(int bodyStart, int bodyEnd);
    void finishSections();
    int lineAt(qsizetype offset) const;
    void buildBlocks(Section *section) const;
    void finishMetadata();

    // Section building.
    int currentSection();
    void popParagraphScoped();
    int findInStack(Kind kind) const;
    int parentFor(Kind kind, int *stackPos) const;
    bool acceptsNumber(Kind kind, int number, int parent) const;
    int openSection(Kind kind, int number, int parent, qsizetype markerStart, qsizetype markerEnd,
                    qsizetype titleStart, qsizetype titleEnd, qsizetype headingEnd);
    void addBody(int section, qsizetype start, qsizetype end);
    bool tryHeading(int lineIndex, const HeadingDetector::Match &m, int bodyEnd);
    bool isPartCandidate(const Line &l) const;
    bool isPartHere(int lineIndex, int bodyEnd) const;
    void openAttachment(int lineIndex, const HeadingDetector::Match &m, int bodyEnd);
    qsizetype titleEnd(qsizetype from, qsizetype to, Kind kind, qsizetype *bodyStart) const;
    bool isCommaList(qsizetype from, qsizetype to, int number) const;
    void scanInline(qsizetype from, qsizetype to, int owner, bool listOpen);
    bool inTermList() const;
    bool joinSplitMarker(int lineIndex, int bodyEnd);
    bool closesPart(int lineIndex, int bodyEnd) const;
    bool hasItemAfter(qsizetype from, qsizetype to, int number) const;
    /** Whether the last child of kind under parent began a paragraph (was not found inside
     *  one by scanInline). */
    bool startsParagraphList(int parent, Kind kind) const;
    /** Whether a colon ends the text before pos (spaces aside). */
    bool colonBefore(qsizetype pos) const;
    /** A short title line straight above a table in an appendix: the caption of a part. */
    bool isTableCaption(int lineIndex, int bodyEnd) const;
    void openTableCaption(int lineIndex);
    void markLeadLines(int bodyStart, int bodyEnd);
    void openHinted(int lineIndex);
    void openLead(int lineIndex);
    void openTermList(int lineIndex, Section::Role role);
    bool sameLine(qsizetype a, qsizetype b) const;
    void mergeSpans(QList<TextSpan> *spans) const;
    void removeSections(const QList<int> &into);
    void dissolveMixedItems();
    void splitClosing();
    void assignRoles();

    const SourceDocument &m_doc;
    const QString &m_src;
    const QString &m_norm;
    const ReportParser::Options &m_options;
    QList<Line> m_lines;
    QList<PageChromeFilter::Field> m_fields;
    QList<OpenSection> m_stack;
    QList<KindNumbers> m_lastChild; ///< per section: last child number per kind
    KindNumbers m_rootLastChild{};
    KindNumbers m_globalLast{};
    QList<bool> m_openedInline; ///< per section: opened by scanInline, inside a paragraph
    bool m_anyHeading = false;
    bool m_anyStructure = false; ///< a heading other than an in-paragraph item was opened
    int m_preamble = -1;
    QString m_signatureIssuer;
    QString m_signatureDate;
    QString m_subtitleDate;
    QString m_dateline;
    QList<int> m_closingLines;
    QString m_closingPhrase;
};

bool Parser::readBlocks()
{
    // Lines are what the parser reads: a paragraph is one, a table one per row (rows with a
    // tab are no headings and no prose). Page breaks carry no text.
    const QList<SourceBlock> &blocks = m_doc.blocks();
    m_lines.reserve(blocks.size());
    const auto add = [this](const TextSpan &span, const SourcePosition &position, int block,
                            int row) {
        // Lines must follow each other in the text (lineAt() searches them): a block out of
        // order or overlapping the one before, which no reader should make, is left out.
        if (span.isEmpty() || span.start < 0 || span.end > m_norm.size() ||
            (!m_lines.isEmpty() && span.start < m_lines.last().end))
            return;
        Line l;
        l.start = span.start;
        l.end = span.end;
        l.number = position.line;
        l.block = block;
        l.row = row;
        l.table = row >= 0;
        m_lines.append(l);
    };
    for (int b = 0; b < blocks.size(); ++b) {
        const SourceBlock &block = blocks.at(b);
        switch (block.type) {
        case SourceBlock::Type::PageBreak:
            break;
        case SourceBlock::Type::Table:
            for (int r = 0; r < block.rows.size(); ++r)
                add(block.rows.at(r).span, block.rows.at(r).position, b, r);
            break;
        case SourceBlock::Type::HeadingHint:
            add(block.span, block.position, b, -1);
            // A line left out for overlapping keeps no hint of the block it would have been.
            if (!m_lines.isEmpty() && m_lines.last().block == b)
                m_lines.last().hintLevel = qMax(0, block.level);
            break;
        case SourceBlock::Type::Paragraph:
        case SourceBlock::Type::ListItem: {
            // A newspaper jump line, (下转第四版), is page chrome inside the text: the text
            // around it goes on as lines of their own.
            const QList<TextSpan> jumps =
                block.span.isEmpty() || block.span.end > m_norm.size()
                    ? QList<TextSpan>()
                    : PageChromeFilter::jumpLines(
                          QStringView(m_norm).sliced(block.span.start, block.span.length()));
            qsizetype from = block.span.start;
            for (int k = 0; k <= jumps.size(); ++k) {
                qsizetype to =
                    k < jumps.size() ? block.span.start + jumps.at(k).start : block.span.end;
                qsizetype start = from;
                while (start < to && TextNormalizer::isSpace(m_norm.at(start)))
                    ++start;
                while (to > start && TextNormalizer::isSpace(m_norm.at(to - 1)))
                    --to;
                add({start, to}, block.position, b, -1);
                if (k < jumps.size())
                    from = block.span.start + jumps.at(k).end;
            }
            break;
        }
        }
        if ((b & 0xFFF) == 0xFFF) {
            if (cancelled())
                return false;
            progress(int(10LL * b / qMax<qsizetype>(blocks.size(), 1)));
        }
    }
    return true;
}

void Parser::markChrome()
{
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        Line &l = m_lines[i];
        const QStringView v = view(l);
        l.chrome = PageChromeFilter::isChrome(v);
        bool terminated = false;
        bool comma = false;
        // Most characters are ideographs: no punctuation.
        for (qsizetype p = skipIdeographs(v.data(), 0, v.size()); p < v.size();
             p = skipIdeographs(v.data(), p + 1, v.size())) {
            const QChar c = v[p];
            if (TextClasses::isSentenceEnd(c)) {
                terminated = true;
                break;
            }
            if (TextClasses::is(c, TextClasses::Comma | TextClasses::Semicolon))
                comma = true;
        }
        l.prose = !l.table && v.size() >= 6 && (terminated || (comma && v.size() >= 20));
        if (l.prose && !l.chrome) {
            if (firstProse < 0)
                firstProse = i;
            lastProse = i;
        }
    }
    // Running text resumes after a page trailer when a file holds several pages one after
    // another (a dump of a year's reports): a prose line or heading followed by more of them.
    const auto resumesText = [this](int i) {
        int found = 0;
        int prose = 0;
        for (int j = i; j < m_lines.size() && found < 3; ++j) {
            const Line &l = m_lines.at(j);
            if (l.chrome)
                continue;
            const bool heading = HeadingDetector::matchParagraphStart(view(l)).matched;
            if (!l.prose && !heading)
                return false;
            prose += l.prose ? 1 : 0;
            ++found;
        }
        return found == 3 && prose >= 2;
    };
    bool trailer = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        Line &l = m_lines[i];
        if (trailer && !l.chrome && resumesText(i))
            trailer = false;
        if (trailer) {
            l.role = LineRole::Chrome;
            continue;
        }
        const QStringView v = view(l);
        if (l.chrome) {
            l.role = LineRole::Chrome;
            if (i > firstProse && firstProse >= 0 && PageChromeFilter::startsTrailer(v))
                trailer = true;
            continue;
        }
        // Field lines stand above or below the report, never inside it.
        if (firstProse < 0 || i < firstProse || i > lastProse) {
            QList<PageChromeFilter::Field> fields = PageChromeFilter::parseFields(v);
            if (!fields.isEmpty()) {
                l.role = LineRole::Field;
                // Values as written (full-width colons and spaces kept); keys as matched.
                for (PageChromeFilter::Field &f : fields)
                    f.value = sourceText(l.start + f.valueStart, l.start + f.valueEnd);
                m_fields.append(fields);
            }
        }
    }
}

void Parser::removeDuplicateCopy(QList<ReportWarning> *warnings)
{
    QList<int> content;
    content.reserve(m_lines.size());
    qsizetype totalChars = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).role == LineRole::Content) {
            content.append(i);
            totalChars += m_lines.at(i).end - m_lines.at(i).start;
        }
    }
    if (content.size() < 6)
        return;
    QHash<QStringView, int> first;
    first.reserve(content.size());
    int bestI = -1;
    int bestJ = -1;
    int bestLen = 0;
    qsizetype bestChars = 0;
    for (int j = 0; j < content.size(); ++j) {
        const QStringView vj = view(m_lines.at(content.at(j)));
        // One lookup (one hash of the line) finds the earlier copy or makes the slot: it
        // holds 1 + the index of the line's first occurrence, 0 when it is new.
        int &slot = first[vj];
        if (slot == 0) {
            slot = j + 1;
            continue;
        }
        const int i = slot - 1;
        int k = 0;
        qsizetype chars = 0;
        while (j + k < content.size() && i + k < j &&
               view(m_lines.at(content.at(i + k))) == view(m_lines.at(content.at(j + k)))) {
            chars += view(m_lines.at(content.at(i + k))).size();
            ++k;
        }
        if (chars > bestChars) {
            bestChars = chars;
            bestI = i;
            bestJ = j;
            bestLen = k;
        }
        if (k > 1)
            j += k - 1;
    }
    // Only a copy of most of the report counts, not a repeated phrase such as 各位代表！
    if (bestLen < 3 || bestChars * 10 < totalChars * 3)
        return;
    for (int k = 0; k < bestLen; ++k)
        m_lines[content.at(bestI + k)].role = LineRole::Duplicate;
    warnings->append(ReportWarning::duplicateCopy(
        m_lines.at(content.at(bestI)).number, m_lines.at(content.at(bestI + bestLen - 1)).number,
        m_lines.at(content.at(bestJ)).number, m_lines.at(content.at(bestJ + bestLen - 1)).number));
}

int Parser::readHead()
{
    // The front matter is its own stage; the parser records what it found.
    QList<FrontMatterReader::Line> in;
    in.reserve(m_lines.size());
    for (const Line &l : std::as_const(m_lines)) {
        FrontMatterReader::Line f;
        f.text = view(l);
        f.source = QStringView(m_src).sliced(l.start, l.end - l.start);
        f.prose = l.prose;
        f.table = l.table;
        f.hintLevel = l.hintLevel;
        f.settled = l.role != LineRole::Content;
        f.notChrome = !l.chrome;
        in.append(f);
    }
    const FrontMatterReader::Result r = FrontMatterReader::read(
        in, !m_lines.isEmpty() && m_lines.first().role == LineRole::Content &&
                isPartHere(0, int(m_lines.size())));
    for (int i = 0; i < r.roles.size(); ++i) {
        LineRole &role = m_lines[i].role;
        switch (r.roles.at(i)) {
        case FrontMatterReader::Role::Body:
        case FrontMatterReader::Role::Settled:
            break;
        case FrontMatterReader::Role::Chrome:
        case FrontMatterReader::Role::Breadcrumb:
        case FrontMatterReader::Role::Caption:
            role = LineRole::Chrome;
            break;
        case FrontMatterReader::Role::Field:
            role = LineRole::Field;
            break;
        case FrontMatterReader::Role::Dateline:
            role = LineRole::Dateline;
            break;
        case FrontMatterReader::Role::Title:
            role = LineRole::Title;
            break;
        case FrontMatterReader::Role::Subtitle:
            role = LineRole::Subtitle;
            break;
        case FrontMatterReader::Role::Speaker:
            role = LineRole::Speaker;
            break;
        }
    }
    metadata.title = r.title;
    metadata.subtitle = r.subtitle;
    m_subtitleDate = r.deliveryDate;
    metadata.speaker = r.speaker;
    metadata.speakerPost = r.speakerPost;
    metadata.speakerName = r.speakerName;
    m_dateline = r.dateline;
    m_fields.append(r.fields);
    return r.bodyStart;
}

int Parser::readTail(int bodyStart)
{
    static const QRegularExpression closingRe(
        QStringLiteral("^(特此|专此|谨此)(报告|汇报)[。.!]?$"));
    auto previousContent = [this, bodyStart](int from) {
        int k = from;
        while (k >= bodyStart && m_lines.at(k).role != LineRole::Content)
            --k;
        return k;
    };
    int k = previousContent(m_lines.size() - 1);
    if (k < bodyStart)
        return k + 1;
    auto isIssuerLine = [this](const Line &l) {
        const QStringView v = view(l);
        if (v.size() < 2 || v.size() > 40 || l.table)
            return false;
        for (QChar c : v) {
            if (TextClasses::is(c, NotInName))
                return false;
        }
        return !HeadingDetector::matchParagraphStart(v).matched && isIdeograph(v.at(0));
    };
    // Signature: an issuer line and a date line, or both on one line.
    const QDate date = DateParser::parseWhole(view(m_lines.at(k)));
    if (date.isValid()) {
        m_signatureDate = date.toString(Qt::ISODate);
        m_lines[k].role = LineRole::Signature;
        m_closingLines.prepend(k);
        k = previousContent(k - 1);
        if (k >= bodyStart && isIssuerLine(m_lines.at(k))) {
            m_signatureIssuer = sourceText(m_lines.at(k).start, m_lines.at(k).end).simplified();
            m_lines[k].role = LineRole::Signature;
            m_closingLines.prepend(k);
            k = previousContent(k - 1);
        }
    } else {
        const QStringView v = view(m_lines.at(k));
        const DateParser::Match d = DateParser::find(v);
        if (d.isValid() && d.end == v.size() && d.start > 0) {
            Line prefix = m_lines.at(k);
            prefix.end = prefix.start + d.start;
            while (prefix.end > prefix.start && TextNormalizer::isSpace(m_norm.at(prefix.end - 1)))
                --prefix.end;
            if (isIssuerLine(prefix)) {
                m_signatureDate = d.date.toString(Qt::ISODate);
                m_signatureIssuer = sourceText(prefix.start, prefix.end).simplified();
                m_lines[k].role = LineRole::Signature;
                m_closingLines.prepend(k);
                k = previousContent(k - 1);
            }
        }
    }
    if (k >= bodyStart && closingRe.match(view(m_lines.at(k))).hasMatch()) {
        m_closingPhrase = sourceText(m_lines.at(k).start, m_lines.at(k).end);
        m_lines[k].role = LineRole::Closing;
        m_closingLines.prepend(k);
        k = previousContent(k - 1);
    }
    return k + 1;
}

bool Parser::hasStructure(int bodyStart, int bodyEnd) const
{
    qsizetype content = 0;
    qsizetype prose = 0;
    for (int i = bodyStart; i < bodyEnd; ++i) {
        const Line &l = m_lines.at(i);
        if (l.role != LineRole::Content)
            continue;
        content += l.end - l.start;
        if (l.prose)
            prose += l.end - l.start;
        // A table a reader found (a Word or PDF table, not tab-separated lines of a text
        // file) is structure: an empty 年报 template is all tables.
        else if (l.table && l.block >= 0 && m_doc.blocks().at(l.block).rows.size() >= 2 &&
                 m_doc.blocks().at(l.block).rows.at(l.row).cells.size() >= 2 &&
                 m_doc.blocks().at(l.block).position.line == 0)
            prose += l.end - l.start;
    }
    return content > 0 && prose * 10 >= content;
}

int Parser::currentSection()
{
    if (!m_stack.isEmpty())
        return m_stack.last().section;
    if (m_preamble < 0) {
        Section s;
        s.kind = Kind::Preamble;
        sections.append(std::move(s));
        m_lastChild.append(KindNumbers{});
        m_openedInline.append(false);
        m_preamble = int(sections.size() - 1);
    }
    return m_preamble;
}

void Parser::popParagraphScoped()
{
    while (!m_stack.isEmpty() && m_stack.last().paragraphScoped)
        m_stack.removeLast();
}

int Parser::findInStack(Kind kind) const
{
    for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
        if (m_stack.at(i).kind == kind)
            return i;
    }
    return -1;
}

int Parser::parentFor(Kind kind, int *stackPos) const
{
    if (kind == Kind::Part || kind == Kind::Attachment) {
        *stackPos = 0;
        return -1;
    }
    const int pos = findInStack(kind);
    *stackPos = pos >= 0 ? pos : int(m_stack.size());
    if (*stackPos == 0)
        return -1;
    return m_stack.at(*stackPos - 1).section;
}

bool Parser::acceptsNumber(Kind kind, int number, int parent) const
{
    if (number <= 0 || number == 1)
        return true;
    const int last = parent < 0 ? m_rootLastChild[int(kind)] : m_lastChild.at(parent)[int(kind)];
    if (number == last + 1)
        return true;
    // Numbering that runs on across parents: 1–7 under (一), 8–17 under (二).
    if (number == m_globalLast[int(kind)] + 1)
        return true;
    if (isStrongKind(kind)) {
        if (last > 0 && (number == last || number == last + 2))
            return true;
        // A file that starts in the middle of a report (items in its opening paragraph do
        // not count: they are no headings).
        if (!m_anyStructure)
            return true;
    }
    return false;
}

int Parser::openSection(Kind kind, int number, int parent, qsizetype markerStart,
                        qsizetype markerEnd, qsizetype titleStart, qsizetype titleEnd,
                        qsizetype headingEnd)
{
    Section s;
    s.kind = kind;
    s.number = number;
    s.parent = parent;
    s.marker = sourceText(markerStart, markerEnd);
    while (titleStart < titleEnd && TextNormalizer::isSpace(m_norm.at(titleStart)))
        ++titleStart;
    while (titleEnd > titleStart && TextNormalizer::isSpace(m_norm.at(titleEnd - 1)))
        --titleEnd;
    s.title = sourceText(titleStart, titleEnd);
    s.headingRange = {markerStart, qMax(headingEnd, markerEnd)};
    const int index = int(sections.size());
    sections.append(std::move(s));
    m_lastChild.append(KindNumbers{});
    m_openedInline.append(false);
    if (parent >= 0) {
        sections[parent].children.append(index);
        m_lastChild[parent][int(kind)] = number;
    } else {
        m_rootLastChild[int(kind)] = number;
    }
    m_globalLast[int(kind)] = number;
    m_anyHeading = true;
    m_anyStructure = m_anyStructure || !isListItemKind(kind);
    return index;
}

void Parser::addBody(int section, qsizetype start, qsizetype end)
{
    while (start < end && TextNormalizer::isSpace(m_norm.at(start)))
        ++start;
    while (end > start && TextNormalizer::isSpace(m_norm.at(end - 1)))
        --end;
    if (end > start)
        sections[section].bodySpans.append({start, end});
}

qsizetype Parser::titleEnd(qsizetype from, qsizetype to, Kind kind, qsizetype *bodyStart) const
{
    const bool semicolonEnds = isListItemKind(kind);
    // Terminators inside quotes or brackets do not end the title ("欢乐暑期?社工"), unless
    // the quotes never close and nothing else would.
    const QChar *text = m_norm.constData();
    for (int pass = 0; pass < 2; ++pass) {
        int depth = 0;
        // Most characters are ideographs: no bracket, terminator or colon.
        for (qsizetype p = skipIdeographs(text, from, to); p < to;
             p = skipIdeographs(text, p + 1, to)) {
            const QChar c = text[p];
            if (pass == 0) {
                if (c == u'“' || c == u'(' || c == u'《' || c == u'[' || c == u'「') {
                    ++depth;
                    continue;
                }
                if (c == u'”' || c == u')' || c == u'》' || c == u']' || c == u'」') {
                    depth = qMax(0, depth - 1);
                    continue;
                }
                if (depth > 0)
                    continue;
            }
            if (TextClasses::isSentenceEnd(c) ||
                (semicolonEnds && TextClasses::is(c, TextClasses::Semicolon))) {
                *bodyStart = p + 1;
                return p;
            }
            // "1.“四上”企业（P2，P15）：指…" – a short title closed by a colon and followed by
            // an explanation ("附件1：一览表.doc" keeps its colon).
            if (c == u':' && p - from <= 40 && (to - p > 40 || inTermList())) {
                *bodyStart = p + 1;
                return p;
            }
        }
    }
    *bodyStart = to;
    return to;
}

bool Parser::isCommaList(qsizetype from, qsizetype to, int number) const
{
    // "一要稳增长，二要促改革，三要惠民生。": items joined by commas are one sentence.
    for (qsizetype p = from; p < to; ++p) {
        const QChar c = m_norm.at(p);
        if (c != u',' && c != u'、')
            continue;
        qsizetype q = p + 1;
        while (q < to && TextNormalizer::isSpace(m_norm.at(q)))
            ++q;
        const HeadingDetector::Match next = HeadingDetector::matchInline(normView(q, to), 0);
        if (next.matched && next.number == number + 1)
            return true;
    }
    return false;
}

bool Parser::tryHeading(int lineIndex, const HeadingDetector::Match &m, int bodyEnd)
{
    const Line &l = m_lines.at(lineIndex);
    if (m.kind == Kind::Attachment) {
        openAttachment(lineIndex, m, bodyEnd);
        return true;
    }
    qsizetype contentStart = l.start + m.contentStart;
    qsizetype lineEnd = l.end;
    int titleLine = -1;
    if (contentStart >= l.end) {
        // A marker alone on its line ("（二）") takes the next short line as its title.
        if (isListItemKind(m.kind))
            return false;
        for (int j = lineIndex + 1; j < bodyEnd && titleLine < 0; ++j) {
            const Line &next = m_lines.at(j);
            if (next.role != LineRole::Content)
                continue;
            const QStringView nv = view(next);
            if (next.table || nv.size() > 60 || HeadingDetector::matchParagraphStart(nv).matched)
                return false;
            titleLine = j;
        }
        if (titleLine < 0)
            return false;
        contentStart = m_lines.at(titleLine).start;
        lineEnd = m_lines.at(titleLine).end;
    }
    qsizetype bodyStart = 0;
    const qsizetype tEnd = titleEnd(contentStart, lineEnd, m.kind, &bodyStart);
    if (m.kind == Kind::Dash && (tEnd == l.end || tEnd - contentStart > 50))
        return false; // a dash that leads no titled item (quotations, subtitles)
    if (isListItemKind(m.kind) && isCommaList(contentStart, tEnd, m.number))
        return false;

    int stackPos = 0;
    const int parent = parentFor(m.kind, &stackPos);
    if (!acceptsNumber(m.kind, m.number, parent))
        return false;
    // "40.151件民生实事" is item 40 only where item 39 came before; else a decimal number.
    if (m.ambiguous && (m.number < 2 || m.number != m_globalLast[int(m.kind)] + 1))
        return false;
    m_stack.resize(stackPos);

    if (titleLine >= 0)
        m_lines[titleLine].role = LineRole::Consumed;

    qsizetype bodyTrimmed = bodyStart;
    while (bodyTrimmed < lineEnd && TextNormalizer::isSpace(m_norm.at(bodyTrimmed)))
        ++bodyTrimmed;
    const bool runIn = bodyTrimmed < lineEnd;
    const int index = openSection(m.kind, m.number, parent, l.start, l.start + m.length,
                                  contentStart, tEnd, qMin(bodyStart, lineEnd));
    OpenSection open;
    open.section = index;
    open.kind = m.kind;
    // A numbered sentence ("67.保持…态势。") is a list item like a run-in one; only a bare
    // heading line ("1.加强组织领导") owns the paragraphs after it.
    const bool sentence = tEnd < lineEnd && TextClasses::isSentenceEnd(m_norm.at(tEnd));
    open.paragraphScoped = isListItemKind(m.kind) || (isArabicKind(m.kind) && (runIn || sentence));
    m_stack.append(open);
    if (runIn)
        scanInline(bodyStart, lineEnd, index, isListItemKind(m.kind));
    return true;
}

void Parser::scanInline(qsizetype from, qsizetype to, int owner, bool listOpen)
{
    qsizetype segStart = from;
    // A run-in heading's title ends with a terminator just before from, so an item may
    // start right at from: "(一)标题。一是…".
    const bool atSentenceStart =
        from > 0 && from < to && TextClasses::is(m_norm.at(from - 1), TextClasses::SentenceBreaks);
    const QChar *text = m_norm.constData();
    // Most characters are ideographs, skipped; the others need one class lookup.
    for (qsizetype p = skipIdeographs(text, atSentenceStart ? from - 1 : from, to); p < to;
         p = skipIdeographs(text, p + 1, to)) {
        const QChar c = text[p];
        const TextClasses::Classes k = TextClasses::classesOf(c);
        if (!k.testAnyFlags(TextClasses::SentenceEnd | TextClasses::Colon | TextClasses::Semicolon))
            continue;
        const bool colon = k.testAnyFlag(TextClasses::Colon);
        if (!k.testAnyFlag(TextClasses::SentenceEnd) && !colon && !listOpen && p >= from)
            continue;
        qsizetype q = p + 1;
        while (q < to && TextNormalizer::isSpace(m_norm.at(q)))
            ++q;
        if (q >= to)
            break;
        const HeadingDetector::Match m = HeadingDetector::matchInline(normView(q, to), 0);
        if (!m.matched)
            continue;
        // After a colon, only a list that runs on in the paragraph is its items ("差距：一是…；
        // 二是…"); "目标：一是…，二是…" is one sentence (isCommaList below).
        if (colon && (m.number != 1 || !hasItemAfter(q + m.length, to, 2)))
            continue;
        int stackPos = 0;
        const int parent = parentFor(m.kind, &stackPos);
        if (!acceptsNumber(m.kind, m.number, parent))
            continue;
        // Inline lists start at one: "。三是…" with no 一是 before it is prose.
        if (m.number != 1 && (parent < 0 ? m_rootLastChild[int(m.kind)]
                                         : m_lastChild.at(parent)[int(m.kind)]) != m.number - 1)
            continue;
        // A list that starts again after prose, in a part whose items of this form begin
        // paragraphs (一是…六是 each leading its own), is an enumeration inside that prose
        // ("…目标任务全面完成。一是经济持续较快发展。…二是…"), not more items of the part.
        if (m.number == 1 && p >= from && parent >= 0 && startsParagraphList(parent, m.kind))
            continue;
        const qsizetype contentStart = q + m.contentStart;
        qsizetype bodyStart = 0;
        const qsizetype tEnd = titleEnd(contentStart, to, m.kind, &bodyStart);
        if (isCommaList(contentStart, tEnd, m.number))
            continue;
        addBody(owner, segStart, p + 1);
        m_stack.resize(stackPos);
        owner = openSection(m.kind, m.number, parent, q, q + m.length, contentStart, tEnd,
                            qMin(bodyStart, to));
        m_stack.append({owner, m.kind, true});
        m_openedInline[owner] = true;
        listOpen = true;
        segStart = bodyStart;
        // Step onto the title's terminator next, so that an item right after it
        // ("一是抓学习；二是抓落实") is found.
        p = tEnd - 1;
    }
    addBody(owner, segStart, to);
}

bool Parser::joinSplitMarker(int lineIndex, int bodyEnd)
{
    int j = lineIndex + 1;
    while (j < bodyEnd && m_lines.at(j).role != LineRole::Content)
        ++j;
    if (j >= bodyEnd || m_lines.at(j).table)
        return false;
    const QStringView next = view(m_lines.at(j));
    HeadingDetector::Match m =
        HeadingDetector::matchParagraphStart(QString(QLatin1Char('(') + next));
    if (!m.matched || (m.kind != Kind::ChineseParen && m.kind != Kind::ArabicParen) || m.length < 3)
        return false;
    // The match counted the bracket of the line before; offsets are into the next line.
    m.length -= 1;
    m.contentStart -= 1;
    const int before = int(sections.size());
    if (!tryHeading(j, m, bodyEnd) || sections.size() != before + 1)
        return false;
    Section &opened = sections.last();
    opened.marker =
        sourceText(m_lines.at(lineIndex).start, m_lines.at(lineIndex).end) + opened.marker;
    m_lines[lineIndex].role = LineRole::Consumed;
    m_lines[j].role = LineRole::Consumed;
    return true;
}

bool Parser::closesPart(int lineIndex, int bodyEnd) const
{
    // The paragraph stands in the top-level section's last subsection, after that
    // subsection's own first paragraph: no sibling of the subsection follows before the next
    // top-level heading.
    const OpenSection &child = m_stack.at(1);
    if (sections.at(child.section).bodySpans.isEmpty())
        return false;
    const Kind top = m_stack.first().kind;
    for (int j = lineIndex + 1; j < bodyEnd; ++j) {
        const Line &l = m_lines.at(j);
        if (l.role != LineRole::Content || l.table)
            continue;
        const HeadingDetector::Match m = HeadingDetector::matchParagraphStart(view(l));
        if (!m.matched)
            continue;
        if (m.kind == child.kind)
            return false;
        if (m.kind == top)
            return true;
    }
    return true;
}

bool Parser::inTermList() const
{
    if (m_stack.isEmpty())
        return false;
    const Section::Role role = sections.at(m_stack.first().section).role;
    return role == Section::Role::Glossary || role == Section::Role::Notes;
}

bool Parser::colonBefore(qsizetype pos) const
{
    while (pos > 0 && TextNormalizer::isSpace(m_norm.at(pos - 1)))
        --pos;
    return pos > 0 && TextClasses::is(m_norm.at(pos - 1), TextClasses::Colon);
}

bool Parser::startsParagraphList(int parent, Kind kind) const
{
    const QList<int> &children = sections.at(parent).children;
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        if (sections.at(*it).kind == kind)
            return !m_openedInline.value(*it, false);
    }
    return false;
}

bool Parser::hasItemAfter(qsizetype from, qsizetype to, int number) const
{
    for (qsizetype p = from; p < to; ++p) {
        if (!TextClasses::is(m_norm.at(p), TextClasses::SentenceBreaks))
            continue;
        qsizetype q = p + 1;
        while (q < to && TextNormalizer::isSpace(m_norm.at(q)))
            ++q;
        if (q < to) {
            const HeadingDetector::Match m = HeadingDetector::matchInline(normView(q, to), 0);
            if (m.matched && m.number == number)
                return true;
        }
    }
    return false;
}

void Parser::markLeadLines(int bodyStart, int bodyEnd)
{
    // A stand-alone lead line ("经济运行持续向好。" above its paragraph) is a heading only among
    // siblings of its form in the same part, each followed by running text: one such line
    // alone is a short paragraph.
    QList<int> group;
    const auto close = [this, &group] {
        if (group.size() >= 3) {
            for (int k : std::as_const(group))
                m_lines[k].lead = true;
        }
        group.clear();
    };
    for (int i = bodyStart; i < bodyEnd; ++i) {
        const Line &l = m_lines.at(i);
        if (l.role != LineRole::Content || l.table)
            continue;
        const QStringView v = view(l);
        const HeadingDetector::Match m = HeadingDetector::matchParagraphStart(v);
        if (m.matched && (m.kind == Kind::ChineseComma || m.kind == Kind::Chapter ||
                          m.kind == Kind::Attachment)) {
            close();
            continue;
        }
        if (!HeadingClassifier::isLeadLine(v))
            continue;
        int j = i + 1;
        while (j < bodyEnd && m_lines.at(j).role != LineRole::Content)
            ++j;
        if (j >= bodyEnd)
            continue;
        const Line &next = m_lines.at(j);
        const QStringView nv = view(next);
        if (next.table || !next.prose || nv.size() < 20 || HeadingClassifier::isLeadLine(nv) ||
            HeadingDetector::matchParagraphStart(nv).matched)
            continue;
        group.append(i);
    }
    close();
}

void Parser::openHinted(int lineIndex)
{
    const Line &l = m_lines.at(lineIndex);
    const int level = qMax(1, l.hintLevel);
    // Under the deepest open heading of a higher rank; a hint of the top rank starts a part.
    int pos = -1;
    for (int k = int(m_stack.size()) - 1; k >= 0; --k) {
        const int rank = m_stack.at(k).hintLevel;
        if (rank > 0 && rank < level) {
            pos = k;
            break;
        }
    }
    m_stack.resize(pos + 1);
    const int parent = pos >= 0 ? m_stack.at(pos).section : -1;
    qsizetype bodyStart = 0;
    const qsizetype tEnd = titleEnd(l.start, l.end, Kind::Part, &bodyStart);
    const int index =
        openSection(Kind::Part, 0, parent, l.start, l.start, l.start, tEnd, qMin(bodyStart, l.end));
    OpenSection open;
    open.section = index;
    open.kind = Kind::Part;
    open.hintLevel = level;
    m_stack.append(open);
    if (bodyStart < l.end)
        addBody(index, bodyStart, l.end);
}

void Parser::openLead(int lineIndex)
{
    const Line &l = m_lines.at(lineIndex);
    while (m_stack.size() > 1 && m_stack.last().lead)
        m_stack.removeLast();
    const int parent = m_stack.last().section;
    const qsizetype tEnd = l.end - 1; // without the final 。
    const int index = openSection(Kind::Part, 0, parent, l.start, l.start, l.start, tEnd, l.end);
    OpenSection open;
    open.section = index;
    open.kind = Kind::Part;
    open.lead = true;
    m_stack.append(open);
}

bool Parser::isTableCaption(int lineIndex, int bodyEnd) const
{
    // An annex of tables ("附件二 经济数据和经济指标预期", then "2016年主要经济指标完成情况" over a
    // table, "2017年主要指标预期" over another): each short title line straight above a table
    // is the caption of a part of the annex. Only in an appendix, where the tables are the
    // content; in the body a line above a table is the paragraph that introduces it.
    if (m_stack.isEmpty() || m_stack.first().kind != Kind::Attachment ||
        sections.at(m_stack.first().section).role != Section::Role::Appendix)
        return false;
    const Line &l = m_lines.at(lineIndex);
    const QStringView v = view(l);
    if (v.size() < 4 || v.size() > 40 || l.prose)
        return false;
    for (const QChar c : v) {
        if (TextClasses::is(c, NotInName))
            return false;
    }
    int j = lineIndex + 1;
    while (j < bodyEnd && m_lines.at(j).role != LineRole::Content)
        ++j;
    return j < bodyEnd && m_lines.at(j).table;
}

void Parser::openTableCaption(int lineIndex)
{
    const Line &l = m_lines.at(lineIndex);
    m_stack.resize(1);
    const int index = openSection(Kind::Part, 0, m_stack.first().section, l.start, l.start, l.start,
                                  l.end, l.end);
    m_stack.append({index, Kind::Part, false});
}

void Parser::openTermList(int lineIndex, Section::Role role)
{
    const Line &l = m_lines.at(lineIndex);
    qsizetype tEnd = l.end;
    while (tEnd > l.start && m_norm.at(tEnd - 1) == u':')
        --tEnd;
    m_stack.clear();
    const int index = openSection(Kind::Part, 0, -1, l.start, l.start, l.start, tEnd, l.end);
    sections[index].role = role;
    m_stack.append({index, Kind::Part, false});
}

bool Parser::isPartCandidate(const Line &l) const
{
    const QStringView v = view(l);
    if (l.table || v.size() < 4 || v.size() > 30)
        return false;
    int cjk = 0;
    for (QChar c : v) {
        if (TextClasses::is(c, NotInName))
            return false;
        if (isIdeograph(c))
            ++cjk;
    }
    if (cjk < 2 || DateParser::parseWhole(v).isValid())
        return false;
    if (v.startsWith(u"各位") || v.startsWith(u"同志们"))
        return false;
    return !HeadingDetector::matchParagraphStart(v).matched;
}

bool Parser::isPartHere(int lineIndex, int bodyEnd) const
{
    if (!isPartCandidate(m_lines.at(lineIndex)))
        return false;
    // Parts organise a report from the top: either none has been opened yet, or the report
    // is already divided into parts.
    const bool inParts = !m_stack.isEmpty() && m_stack.first().kind == Kind::Part;
    if (m_anyHeading && !inParts)
        return false;
    const int limit = qMin(bodyEnd, lineIndex + 200);
    // In a report divided into parts, a part may hold only paragraphs: the short line must be
    // followed by running text, not by another short line or a table.
    if (inParts) {
        for (int j = lineIndex + 1; j < limit; ++j) {
            const Line &l = m_lines.at(j);
            if (l.role != LineRole::Content)
                continue;
            if (l.prose && !l.table && !HeadingDetector::matchParagraphStart(view(l)).matched)
                return true;
            break;
        }
    }
    for (int j = lineIndex + 1; j < limit; ++j) {
        const Line &l = m_lines.at(j);
        if (l.role != LineRole::Content || l.table)
            continue;
        if (isPartCandidate(l))
            return false;
        const HeadingDetector::Match m = HeadingDetector::matchParagraphStart(view(l));
        if (!m.matched)
            continue;
        switch (m.kind) {
        case Kind::ChineseComma:
        case Kind::ChineseParen:
        case Kind::Chapter:
        case Kind::ArabicDot:
        case Kind::ArabicComma:
            if (m.number != 1)
                return false;
            // Under existing parts the new part must hold the same kind of heading.
            if (m_stack.size() > 1 && m_stack.at(1).kind != m.kind)
                return false;
            return true;
        case Kind::Attachment:
            return false;
        default:
            continue;
        }
    }
    return false;
}

void Parser::openAttachment(int lineIndex, const HeadingDetector::Match &m, int bodyEnd)
{
    const Line &l = m_lines.at(lineIndex);
    qsizetype titleStart = l.start + m.contentStart;
    qsizetype titleStop = l.end;
    if (titleStart >= l.end) {
        // "附件一" alone on its line: a short line after it is the attachment's title.
        for (int j = lineIndex + 1; j < bodyEnd; ++j) {
            Line &next = m_lines[j];
            if (next.role != LineRole::Content)
                continue;
            const QStringView v = view(next);
            if (!next.table && v.size() <= 40 && !v.contains(u'。') &&
                !HeadingDetector::matchParagraphStart(v).matched) {
                titleStart = next.start;
                titleStop = next.end;
                next.role = LineRole::Consumed;
            }
            break;
        }
    }
    // "附件：《…》名词、术语注释" listed under the text and then "附件" above the annex itself
    // are one attachment: an empty attachment section takes over the heading that follows.
    if (!sections.isEmpty()) {
        Section &last = sections.last();
        if (last.kind == Kind::Attachment && last.number == m.number && last.children.isEmpty() &&
            last.bodySpans.isEmpty() && m_stack.size() == 1 &&
            m_stack.first().section == int(sections.size()) - 1) {
            if (titleStart < titleStop) {
                last.title = sourceText(titleStart, titleStop);
                last.headingRange.end = titleStop;
                last.role = HeadingClassifier::attachmentRole(normView(titleStart, titleStop));
            }
            return;
        }
    }
    m_stack.clear();
    qsizetype markerEnd = l.start + m.length;
    // Keep "附件一" as the marker, without a trailing colon.
    while (markerEnd > l.start &&
           (m_norm.at(markerEnd - 1) == u':' || m_norm.at(markerEnd - 1) == u'、'))
        --markerEnd;
    const int index =
        openSection(Kind::Attachment, m.number, -1, l.start, markerEnd,
                    titleStart < titleStop ? titleStart : titleStop, titleStop, titleStop);
    sections[index].role = HeadingClassifier::attachmentRole(
        normView(titleStart < titleStop ? titleStart : titleStop, titleStop));
    m_stack.append({index, Kind::Attachment, false});
}

bool Parser::buildSections(int bodyStart, int bodyEnd)
{
    // The titles as the lines read (normalised), once rather than per line.
    const QString title =
        metadata.title.isEmpty() ? QString() : TextNormalizer::normalize(metadata.title);
    const QString readerTitle = m_doc.metadata().title.isEmpty()
                                    ? QString()
                                    : TextNormalizer::normalize(m_doc.metadata().title);
    for (int i = bodyStart; i < bodyEnd; ++i) {
        if ((i & 0x3FF) == 0) {
            if (cancelled())
                return false;
            progress(10 + int(60LL * (i - bodyStart) / qMax(1, bodyEnd - bodyStart)));
        }
        const Line &l = m_lines.at(i);
        if (l.role != LineRole::Content)
            continue;
        popParagraphScoped();
        if (l.table) {
            addBody(currentSection(), l.start, l.end);
            continue;
        }
        const QStringView v = view(l);
        // A marker split over two lines ("（" then "三）…", a wrapped PDF or web copy) is one.
        if (v == u"(" && joinSplitMarker(i, bodyEnd))
            continue;
        const HeadingDetector::Match m = HeadingDetector::matchParagraphStart(v);
        if (m.matched && tryHeading(i, m, bodyEnd)) {
            // A marked heading the reader also hinted ranks by the hint for hinted headings
            // that follow without a marker.
            if (l.hintLevel >= 0 && !m_stack.isEmpty() && !m_stack.last().paragraphScoped)
                m_stack.last().hintLevel = qMax(1, l.hintLevel);
            continue;
        }
        // The title repeated above the text, or a variant of it before the first heading, is
        // no part heading; nor is the reader's own title (a web page's article title) that it
        // put first as a heading: that is the report's title, whatever headings follow.
        if ((!metadata.title.isEmpty() && v == QStringView(title)) ||
            (!m_anyHeading && looksLikeTitle(v) && !l.prose) ||
            (l.block == 0 && l.hintLevel >= 0 && !m_doc.metadata().title.isEmpty() &&
             v == QStringView(readerTitle)))
            continue;
        if (const Section::Role role = HeadingClassifier::listHeadingRole(v);
            role != Section::Role::Body) {
            openTermList(i, role);
            continue;
        }
        // The format said this block is a heading (a Word heading style, <h2>, a PDF outline
        // entry): it is one, ranked by its level, even without a marker.
        if (l.hintLevel >= 0) {
            openHinted(i);
            continue;
        }
        if (l.lead && !m_stack.isEmpty()) {
            openLead(i);
            continue;
        }
        if (isTableCaption(i, bodyEnd)) {
            openTableCaption(i);
            continue;
        }
        if (isPartHere(i, bodyEnd)) {
            m_stack.clear();
            const int index =
                openSection(Kind::Part, 0, -1, l.start, l.start, l.start, l.end, l.end);
            m_stack.append({index, Kind::Part, false});
            continue;
        }
        // An address to the delegates returns to the level of the top-level section, and so
        // does a paragraph about the whole part after its last subsection.
        if ((v.startsWith(u"各位代表") || v.startsWith(u"同志们")) && m_stack.size() > 1)
            m_stack.resize(1);
        else if (m_stack.size() > 1 && HeadingClassifier::opensPartSummary(v) &&
                 closesPart(i, bodyEnd))
            m_stack.resize(1);
        scanInline(l.start, l.end, currentSection(), false);
    }
    return true;
}

bool Parser::sameLine(qsizetype a, qsizetype b) const
{
    return lineAt(a) == lineAt(b);
}

void Parser::mergeSpans(QList<TextSpan> *spans) const
{
    std::sort(spans->begin(), spans->end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    // Pieces of one paragraph that items had split apart read as one paragraph again.
    QList<TextSpan> out;
    for (const TextSpan &span : std::as_const(*spans)) {
        if (!out.isEmpty() && span.start >= out.last().end &&
            sameLine(out.last().start, span.start)) {
            bool gap = false;
            for (qsizetype p = out.last().end; p < span.start && !gap; ++p)
                gap = !TextNormalizer::isSpace(m_norm.at(p));
            if (!gap) {
                out.last().end = qMax(out.last().end, span.end);
                continue;
            }
        }
        out.append(span);
    }
    *spans = std::move(out);
}

void Parser::removeSections(const QList<int> &into)
{
    // into[i]: the kept section that takes over section i's heading and text, or -1 to keep i.
    QList<int> newIndex(sections.size(), -1);
    QList<bool> touched(sections.size(), false);
    int n = 0;
    for (int i = 0; i < sections.size(); ++i) {
        if (into.at(i) < 0) {
            newIndex[i] = n++;
            continue;
        }
        Section &target = sections[into.at(i)];
        const Section &gone = sections.at(i);
        if (!gone.headingRange.isEmpty())
            target.bodySpans.append(gone.headingRange);
        target.bodySpans.append(gone.bodySpans);
        touched[into.at(i)] = true;
    }
    if (n == sections.size())
        return;
    QList<Section> kept;
    kept.reserve(n);
    for (int i = 0; i < sections.size(); ++i) {
        if (into.at(i) >= 0)
            continue;
        Section s = std::move(sections[i]);
        if (touched.at(i))
            mergeSpans(&s.bodySpans);
        int p = s.parent;
        while (p >= 0 && into.at(p) >= 0)
            p = into.at(p);
        s.parent = p >= 0 ? newIndex.at(p) : -1;
        s.children.clear();
        kept.append(std::move(s));
    }
    for (int i = 0; i < kept.size(); ++i) {
        if (kept.at(i).parent >= 0)
            kept[kept.at(i).parent].children.append(i);
    }
    sections = std::move(kept);
    if (m_preamble >= 0)
        m_preamble = newIndex.at(m_preamble);
}

void Parser::dissolveMixedItems()
{
    // In-paragraph items (一是…, ——…) structure a section only where nothing stronger does:
    // the —— highlights above a part's (一)…(六), or the 一是…五是 of its closing paragraph,
    // are the part's text, not siblings of its subsections. Headings outrank numbered items,
    // numbered items outrank dashes.
    const auto rank = [](Kind k) { return k == Kind::Dash ? 0 : isListItemKind(k) ? 1 : 2; };
    const int count = int(sections.size());
    QList<int> end(count, 0);
    for (int i = count - 1; i >= 0; --i)
        end[i] = sections.at(i).children.isEmpty() ? i + 1 : end.at(sections.at(i).children.last());
    QList<int> into(count, -1);
    const auto dissolveUnder = [&](const QList<int> &children, const auto &targetFor) {
        int top = -1;
        for (int c : children)
            top = qMax(top, rank(sections.at(c).kind));
        for (int c : children) {
            if (rank(sections.at(c).kind) >= top || into.at(c) >= 0)
                continue;
            const int target = targetFor(c);
            if (target < 0)
                continue;
            for (int d = c; d < end.at(c); ++d)
                into[d] = target;
        }
    };
    QList<int> roots;
    for (int i = 0; i < count; ++i) {
        if (sections.at(i).parent < 0)
            roots.append(i);
    }
    // Items at the top level go to the top-level section before them.
    QList<int> previousRoot(count, -1);
    for (int k = 0, last = -1; k < roots.size(); ++k) {
        previousRoot[roots.at(k)] = last;
        if (!isListItemKind(sections.at(roots.at(k)).kind))
            last = roots.at(k);
    }
    dissolveUnder(roots, [&](int c) { return previousRoot.at(c); });
    for (int i = 0; i < count; ++i) {
        if (into.at(i) < 0)
            dissolveUnder(sections.at(i).children, [i](int) { return i; });
    }
    // Items that start inside a paragraph are the section's items only when that paragraph
    // is its content ("存在的问题：一是…；二是…"); a list in one of several paragraphs ("注重以下
    // 几点。一是…") is part of the prose. Items that open their own paragraphs always count.
    for (int i = 0; i < count; ++i) {
        if (into.at(i) >= 0)
            continue;
        QList<int> items;
        QSet<int> itemLines;
        bool standAlone = false;
        for (int c : sections.at(i).children) {
            if (into.at(c) >= 0 || !isListItemKind(sections.at(c).kind))
                continue;
            const int li = lineAt(sections.at(c).headingRange.start);
            if (li < 0 || m_lines.at(li).start == sections.at(c).headingRange.start)
                standAlone = true;
            items.append(c);
            itemLines.insert(li);
        }
        if (items.isEmpty() || standAlone)
            continue;
        bool otherParagraph = false;
        bool otherAfter = false;
        const int firstItemLine = *std::min_element(itemLines.cbegin(), itemLines.cend());
        for (const TextSpan &span : sections.at(i).bodySpans) {
            const int li = lineAt(span.start);
            if (!itemLines.contains(li)) {
                otherParagraph = true;
                otherAfter = otherAfter || li > firstItemLine;
            }
        }
        if (!otherParagraph)
            continue;
        // A list announced by a colon in the section's last paragraph is what the section
        // comes to ("…差距。\n针对存在问题，将抓好以下工作：一是…二是…"): its items.
        if (!otherAfter && colonBefore(sections.at(items.first()).headingRange.start))
            continue;
        for (int c : std::as_const(items)) {
            for (int d = c; d < end.at(c); ++d)
                into[d] = i;
        }
    }
    removeSections(into);
}

void Parser::splitClosing()
{
    // The final exhortation ("各位代表！…让我们…") after the last part's last subsection has
    // no heading of its own: it is the report's closing, not the last part's text.
    int last = -1;
    int next = int(sections.size()); ///< the first section after last's subtree
    int closing = -1;
    for (int i = 0; i < sections.size(); ++i) {
        const Section &s = sections.at(i);
        if (s.parent >= 0)
            continue;
        if (last >= 0 && next == int(sections.size()))
            next = i;
        if (s.kind == Kind::Closing) {
            closing = i;
            break;
        }
        if (s.role != Section::Role::Body)
            break;
        if (s.kind != Kind::Preamble && !isListItemKind(s.kind)) {
            last = i;
            next = int(sections.size());
        }
    }
    if (last < 0)
        return;
    qsizetype descendantsEnd = sections.at(last).headingRange.end;
    for (int d = last + 1; d < next; ++d) {
        const Section &s = sections.at(d);
        descendantsEnd = qMax(descendantsEnd, s.headingRange.end);
        if (!s.bodySpans.isEmpty())
            descendantsEnd = qMax(descendantsEnd, s.bodySpans.last().end);
    }
    QList<TextSpan> &own = sections[last].bodySpans;
    int from = -1;
    for (int k = int(own.size()) - 1; k >= 0 && own.at(k).start >= descendantsEnd; --k) {
        if (HeadingClassifier::opensWithAddress(normView(own.at(k).start, own.at(k).end))) {
            from = k;
            break;
        }
    }
    // A part without subsections keeps at least its first paragraph.
    if (from < 0 || (from == 0 && sections.at(last).children.isEmpty()))
        return;
    const QList<TextSpan> moved = own.mid(from);
    own.resize(from);
    if (closing == next) {
        sections[closing].bodySpans = moved + sections.at(closing).bodySpans;
        return;
    }
    for (Section &s : sections) {
        if (s.parent >= next)
            ++s.parent;
        for (int &c : s.children) {
            if (c >= next)
                ++c;
        }
    }
    if (m_preamble >= next)
        ++m_preamble;
    Section s;
    s.kind = Kind::Closing;
    s.role = Section::Role::Closing;
    s.bodySpans = moved;
    sections.insert(next, std::move(s));
}

void Parser::assignRoles()
{
    for (int i = 0; i < sections.size(); ++i) {
        Section &s = sections[i];
        if (s.parent >= 0) {
            s.role = sections.at(s.parent).role;
            // A term's page references ("（P2，P15）") are no part of its name.
            if (s.role == Section::Role::Glossary || s.role == Section::Role::Notes)
                s.title = HeadingClassifier::withoutPageReferences(s.title);
            continue;
        }
        switch (s.kind) {
        case Kind::Preamble:
            s.role = Section::Role::Preamble;
            break;
        case Kind::Closing:
            s.role = Section::Role::Closing;
            break;
        case Kind::WholeText:
            s.role = Section::Role::Body;
            break;
        default:
            break;
        }
    }
}

void Parser::finishSections()
{
    // The closing phrase and signature form the last top-level section. It has no title:
    // the phrase is its text.
    if (!m_closingLines.isEmpty()) {
        Section s;
        s.kind = Kind::Closing;
        for (int k : std::as_const(m_closingLines)) {
            const Line &l = m_lines.at(k);
            s.bodySpans.append({l.start, l.end});
        }
        sections.append(std::move(s));
    }
    dissolveMixedItems();
    splitClosing();
    assignRoles();

    // A web page's title, which its reader put first as a heading, heading the whole text
    // alone is the report's title and no section: the page is shown whole.
    if (sections.size() == 1 && sections.first().marker.isEmpty() &&
        sections.first().children.isEmpty() && !m_doc.metadata().title.isEmpty() &&
        sections.first().title == m_doc.metadata().title && !m_doc.blocks().isEmpty() &&
        m_doc.blocks().first().type == SourceBlock::Type::HeadingHint) {
        Section &only = sections.first();
        only.kind = Kind::Preamble;
        only.title.clear();
        only.headingRange = TextSpan();
    }
    // A text without any heading is shown whole.
    if (sections.size() == 1 && sections.first().kind == Kind::Preamble)
        sections.first().kind = Kind::WholeText;

    int topCounter = 0;
    QList<int> childCounter(sections.size(), 0);
    for (int i = 0; i < sections.size(); ++i) {
        Section &s = sections[i];
        if (s.parent < 0) {
            s.level = 1;
            s.id = s.kind == Kind::Preamble ? QStringLiteral("0") : QString::number(++topCounter);
        } else {
            const Section &p = sections.at(s.parent);
            s.level = p.level + 1;
            // Written in place: a QString::number temporary per section cost an allocation.
            const int n = ++childCounter[s.parent];
            char digits[12];
            int d = 0;
            for (int v = n; v > 0; v /= 10)
                digits[d++] = char('0' + v % 10);
            QString id(p.id.size() + 1 + d, Qt::Uninitialized);
            QChar *out = std::copy(p.id.cbegin(), p.id.cend(), id.data());
            *out++ = u'.';
            while (d > 0)
                *out++ = QLatin1Char(digits[--d]);
            s.id = std::move(id);
        }
        qsizetype length = 0;
        for (const TextSpan &span : std::as_const(s.bodySpans))
            length += span.length() + 1;
        QString text;
        text.reserve(length);
        for (const TextSpan &span : std::as_const(s.bodySpans)) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += QStringView(m_src).sliced(span.start, span.length());
        }
        s.text = std::move(text);
        buildBlocks(&s);
    }
    // Ranges and subtree ends, children before parents.
    for (int i = int(sections.size()) - 1; i >= 0; --i) {
        Section &s = sections[i];
        qsizetype start = s.headingRange.isEmpty() && !s.bodySpans.isEmpty()
                              ? s.bodySpans.first().start
                              : s.headingRange.start;
        qsizetype end =
            qMax(s.headingRange.end, s.bodySpans.isEmpty() ? qsizetype(0) : s.bodySpans.last().end);
        s.subtreeEnd = i + 1;
        if (!s.children.isEmpty()) {
            const Section &lastChild = sections.at(s.children.last());
            end = qMax(end, lastChild.range.end);
            s.subtreeEnd = lastChild.subtreeEnd;
            if (s.headingRange.isEmpty() && s.bodySpans.isEmpty())
                start = sections.at(s.children.first()).range.start;
        }
        s.range = {start, end};
    }
}

int Parser::lineAt(qsizetype offset) const
{
    // Lines are in source order: the last one that starts at or before offset.
    const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), offset,
                                     [](qsizetype o, const Line &l) { return o < l.start; });
    return it == m_lines.cbegin() ? -1 : int(it - m_lines.cbegin()) - 1;
}

void Parser::buildBlocks(Section *section) const
{
    // Each body span lies in one line; the line's source block decides the span's block.
    // Rows of one source table that follow each other in the section form one table.
    const QList<SourceBlock> &sourceBlocks = m_doc.blocks();
    QList<SectionBlock> blocks;
    int lastTable = -1; ///< source block of the table blocks.last() was made from
    qsizetype at = 0;
    for (int k = 0; k < section->bodySpans.size(); ++k) {
        const TextSpan span = section->bodySpans.at(k);
        if (k > 0)
            ++at; // the '\n' between spans
        const TextSpan range{at, at + span.length()};
        at = range.end;
        const int li = lineAt(span.start);
        const Line *line = li >= 0 && span.end <= m_lines.at(li).end ? &m_lines.at(li) : nullptr;
        const SourceBlock *source =
            line && line->block >= 0 ? &sourceBlocks.at(line->block) : nullptr;
        // A row added whole (rows are never split) keeps its cells.
        const TableRow *row = source && source->type == SourceBlock::Type::Table &&
                                      line->row >= 0 && line->row < source->rows.size() &&
                                      source->rows.at(line->row).span == span
                                  ? &source->rows.at(line->row)
                                  : nullptr;
        if (row) {
            if (blocks.isEmpty() || lastTable != line->block) {
                SectionBlock table;
                table.type = SectionBlock::Type::Table;
                table.range = range;
                table.position = row->position;
                blocks.append(std::move(table));
                lastTable = line->block;
            }
            SectionBlock &table = blocks.last();
            TableRow shifted;
            shifted.span = range;
            shifted.position = row->position;
            const qsizetype shift = range.start - span.start;
            shifted.cells.reserve(row->cells.size());
            for (const TableCell &cell : row->cells) {
                TableCell c = cell;
                c.span.start = qBound(range.start, cell.span.start + shift, range.end);
                c.span.end = qBound(c.span.start, cell.span.end + shift, range.end);
                shifted.cells.append(c);
            }
            table.rows.append(std::move(shifted));
            table.range.end = range.end;
            continue;
        }
        SectionBlock block;
        block.range = range;
        if (source) {
            block.position = source->position;
            if (source->type == SourceBlock::Type::ListItem) {
                block.type = SectionBlock::Type::ListItem;
                block.level = qMax(1, source->level);
            }
        }
        blocks.append(std::move(block));
        lastTable = -1;
    }
    section->blocks = std::move(blocks);
}

void Parser::finishMetadata()
{
    auto field = [this](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            for (const PageChromeFilter::Field &f : std::as_const(m_fields)) {
                if (f.key == QStringView(key) && !f.value.isEmpty())
                    return f.value;
            }
        }
        return QString();
    };
    for (const PageChromeFilter::Field &f : std::as_const(m_fields))
        metadata.fields.append({f.key, f.value});

    if (metadata.title.isEmpty())
        metadata.title = field({u"名称", u"标题"});
    // A reader's own title that it also put first as a heading (a web page's article title).
    if (metadata.title.isEmpty() && !m_doc.blocks().isEmpty() &&
        m_doc.blocks().first().type == SourceBlock::Type::HeadingHint &&
        !m_doc.metadata().title.isEmpty() &&
        m_doc.text(m_doc.blocks().first().span) == m_doc.metadata().title)
        metadata.title = m_doc.metadata().title;
    metadata.indexNumber = field({u"索引号"});
    metadata.source = field({u"信息来源", u"来源", u"文章来源"});
    if (metadata.source.isEmpty())
        metadata.source = m_dateline;
    metadata.author = field({u"作者"});
    metadata.documentNumber = field({u"文件编号", u"文号"});
    metadata.closing = m_closingPhrase;

    // The issuer: the signature, else "我代表…向大会报告" in the opening, else the page field.
    metadata.issuer = m_signatureIssuer;
    if (metadata.issuer.isEmpty()) {
        static const QRegularExpression onBehalf(
            QStringLiteral("我代表([^，,。:：]{2,24}?)[，,]?向"));
        const int limit = qMin<int>(int(sections.size()), 3);
        for (int i = 0; i < limit && metadata.issuer.isEmpty(); ++i) {
            const QRegularExpressionMatch m = onBehalf.match(sections.at(i).text.left(400));
            if (m.hasMatch())
                metadata.issuer = m.captured(1).trimmed();
        }
    }
    // "我代表省人民政府" names no place: not an issuer anyone could file the report under.
    static const QRegularExpression relative(
        QStringLiteral("^(省|市|区|县|州|自治区|本市|本区|本县)人民政府$"));
    if (relative.match(metadata.issuer).hasMatch())
        metadata.issuer.clear();
    if (metadata.issuer.isEmpty())
        metadata.issuer = field({u"发布机构", u"发文机关", u"发文机构", u"发布单位"});

    metadata.date = m_signatureDate;
    if (metadata.date.isEmpty())
        metadata.date = m_subtitleDate;
    if (metadata.date.isEmpty())
        metadata.date = DateParser::toIso(field({u"成文日期", u"发文日期"}));

    metadata.published = DateParser::toIso(
        field({u"发布日期", u"发布时间", u"发文日期", u"时间", u"日期", u"更新时间", u"更新日期"}));
}

ReportParser::Error Parser::run(QList<ReportWarning> *warnings)
{
    if (!readBlocks())
        return ReportParser::Error::Cancelled;
    markChrome();
    removeDuplicateCopy(warnings);
    const int bodyStart = readHead();
    const int bodyEnd = readTail(bodyStart);
    if (!hasStructure(bodyStart, bodyEnd))
        return ReportParser::Error::NoStructure;
    markLeadLines(bodyStart, bodyEnd);
    if (!buildSections(bodyStart, bodyEnd))
        return ReportParser::Error::Cancelled;
    finishSections();
    finishMetadata();
    if (sections.size() == 1 && sections.first().kind == Kind::WholeText) {
        warnings->append(ReportWarning::noHeadings());
    }
    return ReportParser::Error::None;
}

} // namespace

ReportParser::Result ReportParser::parse(const QString &text, const QString &encoding,
                                         const QString &filePath)
{
    return parse(text, encoding, filePath, Options());
}

ReportParser::Result ReportParser::parse(const QString &text, const QString &encoding,
                                         const QString &filePath, const Options &options)
{
    SourceDocument document = PlainTextSplitter::split(text);
    document.metadata().formatName = QStringLiteral("Plain text");
    document.metadata().encoding = encoding;
    return parse(std::move(document), filePath, options);
}

ReportParser::Result ReportParser::parse(const SourceDocument &document, const QString &filePath)
{
    return parse(document, filePath, Options());
}

ReportParser::Result ReportParser::parse(SourceDocument document, const QString &filePath,
                                         const Options &options)
{
    Result result;
    auto report = std::make_shared<Report>();
    report->m_filePath = filePath;
    report->m_encoding = document.metadata().encoding;
    report->m_source = document.metadata();
    report->m_sourceText = document.text();

    // The parser's lines and working copies go before figures are extracted.
    auto parser = std::make_unique<Parser>(document, options);
    QList<ReportWarning> warnings = document.warnings();
    result.error = parser->run(&warnings);
    switch (result.error) {
    case Error::None:
        break;
    case Error::NoStructure:
        result.errorMessage =
            tr("No report structure found: the file holds no running text, only short lines "
               "such as site navigation.");
        return result;
    case Error::Cancelled:
        result.errorMessage = tr("Loading was cancelled.");
        return result;
    }

    report->m_metadata = parser->metadata;
    report->m_sections = std::move(parser->sections);
    parser.reset();
    // The report keeps the text (shared, not copied); the normalised copy and the blocks go.
    document = SourceDocument();
    report->m_warnings = warnings;
    report->rebuildIndexes();
    {
        QStringList headings;
        for (const Section &s : std::as_const(report->m_sections)) {
            if (s.level <= 2 && !s.title.isEmpty())
                headings.append(s.marker + s.title);
        }
        report->m_metadata.facts =
            MetadataReader().read(report->m_metadata, report->m_sourceText, headings, filePath);
    }

    if (options.extractFigures) {
        // Per section, the title's figures and then the text's.
        std::vector<QList<Figure>> parts;
        parts.reserve(size_t(2 * report->m_sections.size()));
        size_t largest = 0;
        for (int i = 0; i < report->m_sections.size(); ++i) {
            if ((i & 0x3F) == 0) {
                if (options.cancel && options.cancel->load()) {
                    result.error = Error::Cancelled;
                    result.errorMessage = tr("Loading was cancelled.");
                    return result;
                }
                if (options.progress)
                    options.progress(70 +
                                     int(25LL * i / qMax<qsizetype>(1, report->sectionCount())));
            }
            const Section &s = report->m_sections.at(i);
            // A run-in item's title is its first sentence and often states figures:
            // "1.地区生产总值突破三千亿大关，达3003亿元，增长8.8%".
            // Most titles and many texts state no figure: their lists stay null, since the
            // mutable iteration of an empty list would detach it, which allocates.
            QList<Figure> inTitle = FigureExtractor::extract(s.title);
            if (!inTitle.isEmpty()) {
                for (Figure &f : inTitle) {
                    f.section = i;
                    f.inTitle = true;
                    f.page = pageAt(s, 0);
                }
            }
            parts.push_back(std::move(inTitle));
            QList<Figure> found = FigureExtractor::extract(s.text);
            mergeTableFigures(&found, TableFigureReader::read(s));
            if (!found.isEmpty()) {
                for (Figure &f : found) {
                    f.section = i;
                    f.page = pageAt(s, f.start);
                }
            }
            parts.push_back(std::move(found));
            if (parts.back().size() > parts.at(largest).size())
                largest = parts.size() - 1;
        }
        // One list in that order, built around the largest part so that a huge section is
        // never copied: it grows at its end (in place, Figure being relocatable), the figures
        // before it rotate to the front.
        QList<Figure> figures;
        if (!parts.empty()) {
            qsizetype before = 0;
            for (size_t k = 0; k < largest; ++k)
                before += parts.at(k).size();
            qsizetype after = 0;
            for (size_t k = largest + 1; k < parts.size(); ++k)
                after += parts.at(k).size();
            figures = std::move(parts[largest]);
            // Grown once to the whole, not step by step by the appends below.
            figures.reserve(figures.size() + before + after);
            figures.resize(figures.size() + before);
            std::rotate(figures.begin(), figures.end() - before, figures.end());
            qsizetype at = 0;
            for (size_t k = 0; k < largest; ++k) {
                for (Figure &f : parts[k])
                    figures[at++] = std::move(f);
                parts[k] = QList<Figure>();
            }
            for (size_t k = largest + 1; k < parts.size(); ++k) {
                figures.append(std::move(parts[k]));
                parts[k] = QList<Figure>();
            }
        }
        report->setFigures(std::move(figures));
        report->m_findings = ConsistencyChecker::check(*report);
    } else {
        report->setFigures({});
    }
    if (options.progress)
        options.progress(100);
    result.report = std::move(report);
    return result;
}
