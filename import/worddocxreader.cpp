#include "import/worddocxreader.h"

#include "import/docxreader.h"

#include "core/sourcedocumentbuilder.h"
#include "import/wordnumbering.h"
#include "import/ziparchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

using Cell = SourceDocumentBuilder::Cell;

DocumentReader::Result failure(DocumentReader::Error error, const QString &message)
{
    DocumentReader::Result r;
    r.error = error;
    r.errorMessage = message;
    return r;
}

QString attr(const QXmlStreamReader &xml, const char *name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String(name))
            return a.value().toString();
    }
    return QString();
}

struct Style
{
    QString name;
    QString basedOn;
    int outlineLevel = -1; ///< 0-based, -1 when not set
    int numId = -1;
    int ilvl = -1;
    bool toc = false;
};

// Paragraph properties as read from a w:pPr (of a paragraph or of a style).
struct ParagraphProperties
{
    QString styleId;
    int outlineLevel = -1;
    int numId = -1;
    int ilvl = -1;
};

// Reads the children of a w:pPr; the reader stands on its start element.
void readParagraphProperties(QXmlStreamReader &xml, ParagraphProperties &p)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"pPrChange" || name == u"rPr") {
            xml.skipCurrentElement(); // earlier revisions and run formatting
            continue;
        }
        ++depth;
        if (name == u"pStyle")
            p.styleId = attr(xml, "val");
        else if (name == u"outlineLvl")
            p.outlineLevel = attr(xml, "val").toInt();
        else if (name == u"ilvl")
            p.ilvl = attr(xml, "val").toInt();
        else if (name == u"numId")
            p.numId = attr(xml, "val").toInt();
    }
}

QHash<QString, Style> readStyles(const QByteArray &xmlBytes)
{
    QHash<QString, Style> styles;
    QXmlStreamReader xml(xmlBytes);
    QString id;
    Style style;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return {};
        if (token == QXmlStreamReader::EndElement && xml.name() == u"style" && !id.isEmpty()) {
            styles.insert(id, style);
            id.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"style") {
            id = attr(xml, "styleId");
            style = Style();
        } else if (id.isEmpty()) {
            continue;
        } else if (name == u"name") {
            style.name = attr(xml, "val");
        } else if (name == u"basedOn") {
            style.basedOn = attr(xml, "val");
        } else if (name == u"pPr") {
            ParagraphProperties p;
            readParagraphProperties(xml, p);
            style.outlineLevel = p.outlineLevel;
            style.numId = p.numId;
            style.ilvl = p.ilvl;
        }
    }
    for (auto it = styles.begin(); it != styles.end(); ++it) {
        static const QRegularExpression toc(QStringLiteral("^(toc|目录)\\s*\\d"),
                                            QRegularExpression::CaseInsensitiveOption);
        it->toc = toc.match(it->name).hasMatch();
    }
    return styles;
}

// The heading level a style gives, following basedOn: its outline level, or a name such as
// "heading 2" or "标题 2" (WPS names its styles so too, under numeric ids).
int styleHeadingLevel(const QHash<QString, Style> &styles, QString id)
{
    static const QRegularExpression named(QStringLiteral("^(?:heading|标题)\\s*([1-9])$"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (int hops = 0; hops < 20 && !id.isEmpty(); ++hops) {
        const auto it = styles.constFind(id);
        if (it == styles.constEnd())
            return 0;
        if (it->outlineLevel >= 0 && it->outlineLevel < 9)
            return it->outlineLevel + 1;
        if (it->outlineLevel == 9)
            return 0; // "body text" level set explicitly
        const QRegularExpressionMatch m = named.match(it->name.trimmed());
        if (m.hasMatch())
            return m.captured(1).toInt();
        id = it->basedOn;
    }
    return 0;
}

// The numbering a style gives, following basedOn.
void styleNumbering(const QHash<QString, Style> &styles, QString id, int *numId, int *ilvl)
{
    for (int hops = 0; hops < 20 && !id.isEmpty(); ++hops) {
        const auto it = styles.constFind(id);
        if (it == styles.constEnd())
            return;
        if (*ilvl < 0 && it->ilvl >= 0)
            *ilvl = it->ilvl;
        if (*numId < 0 && it->numId >= 0)
            *numId = it->numId;
        id = it->basedOn;
    }
}

bool endsAscii(const QString &s)
{
    return !s.isEmpty() && s.back().unicode() < 0x80 && !s.back().isSpace();
}

class BodyReader
{
public:
    BodyReader(const QByteArray &xml, const QHash<QString, Style> &styles, WordNumbering &numbering,
               SourceDocumentBuilder &builder, const std::atomic_bool *cancel)
        : m_xml(xml), m_styles(styles), m_numbering(numbering), m_builder(builder), m_cancel(cancel)
    {}

    /** Empty on success, else the translated cause. */
    QString run();
    int blocks() const { return m_blocks; }
    bool cancelled() const { return m_cancelled; }

private:
    struct Paragraph
    {
        QString text;
        int headingLevel = 0;
        int listLevel = 0;
    };
    Paragraph readParagraph();
    void readRunContent(QString &text);
    struct WordCell
    {
        QString text;
        QStringList paragraphs; ///< the cell's paragraphs, for a layout table
        int gridSpan = 1;
        bool merged = false;  ///< w:vMerge present
        bool restart = false; ///< w:vMerge val="restart"
    };
    /** paragraphs, when given, receives every listed cell's paragraphs in order. */
    void readTable(QList<QList<Cell>> *rows, int nesting, QStringList *paragraphs = nullptr);
    WordCell readCell(int nesting);
    void addParagraph(const Paragraph &p);
    void skipSdtIfToc();

    QXmlStreamReader m_xml;
    const QHash<QString, Style> &m_styles;
    WordNumbering &m_numbering;
    SourceDocumentBuilder &m_builder;
    const std::atomic_bool *m_cancel;
    int m_blocks = 0;
    bool m_cancelled = false;
    bool m_dtd = false;
    // Fields: a stack of (instruction so far, in result part); text is kept only in the
    // result part of fields whose results are document text.
    struct Field
    {
        QString instruction;
        bool inResult = false;
        bool simple = false; ///< a w:fldSimple element, ended by its end tag
    };
    QList<Field> m_fields;
    bool textSuppressed() const;
};

bool BodyReader::textSuppressed() const
{
    static const QRegularExpression hidden(
        QStringLiteral("^\\s*(TOC|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES|INDEX|TC|XE|SEQ)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Field &f : m_fields) {
        if (!f.inResult)
            return true; // the instruction itself
        if (hidden.match(f.instruction).hasMatch())
            return true; // a table of contents, a page number
    }
    return false;
}

void BodyReader::readRunContent(QString &text)
{
    // The reader stands on a w:r; reads to its end.
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_dtd = true;
            return;
        }
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (name == u"rPr" || name == u"drawing" || name == u"pict" || name == u"object" ||
            name == u"AlternateContent" || name == u"footnoteReference" ||
            name == u"endnoteReference" || name == u"delText") {
            m_xml.skipCurrentElement();
            continue;
        }
        if (name == u"fldChar") {
            const QString type = attr(m_xml, "fldCharType");
            if (type == u"begin")
                m_fields.append(Field());
            else if (type == u"separate" && !m_fields.isEmpty())
                m_fields.last().inResult = true;
            else if (type == u"end" && !m_fields.isEmpty())
                m_fields.removeLast();
            m_xml.skipCurrentElement();
            continue;
        }
        if (name == u"instrText") {
            const QString instruction = m_xml.readElementText();
            if (!m_fields.isEmpty())
                m_fields.last().instruction += instruction;
            continue;
        }
        if (name == u"t") {
            const QString t = m_xml.readElementText();
            if (!textSuppressed())
                text += t;
            continue;
        }
        if ((name == u"tab" || name == u"br" || name == u"cr") && !textSuppressed())
            text += u' ';
        else if (name == u"noBreakHyphen" && !textSuppressed())
            text += u'-';
        ++depth;
    }
}

BodyReader::Paragraph BodyReader::readParagraph()
{
    // The reader stands on a w:p; reads to its end.
    Paragraph p;
    ParagraphProperties props;
    QString text;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_dtd = true;
            return p;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (m_xml.name() == u"fldSimple" && !m_fields.isEmpty() && m_fields.last().simple)
                m_fields.removeLast();
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (name == u"pPr") {
            readParagraphProperties(m_xml, props);
        } else if (name == u"r") {
            readRunContent(text);
        } else if (name == u"fldSimple") {
            // A simple field: its runs are its result.
            Field f;
            f.instruction = attr(m_xml, "instr");
            f.inResult = true;
            f.simple = true;
            m_fields.append(f);
            ++depth;
        } else if (name == u"del" || name == u"moveFrom") {
            m_xml.skipCurrentElement();
        } else {
            ++depth; // hyperlink, ins, smartTag, sdt content: their runs count
        }
    }

    // Style: heading level, numbering, table of contents.
    const auto style = m_styles.constFind(props.styleId);
    if (style != m_styles.constEnd() && style->toc)
        return Paragraph();
    p.headingLevel =
        props.outlineLevel >= 0 && props.outlineLevel < 9
            ? props.outlineLevel + 1
            : (props.outlineLevel == 9 ? 0 : styleHeadingLevel(m_styles, props.styleId));
    int numId = props.numId;
    int ilvl = props.ilvl;
    styleNumbering(m_styles, props.styleId, &numId, &ilvl);
    if (ilvl < 0)
        ilvl = 0;
    QString marker;
    if (numId > 0) {
        marker = m_numbering.next(numId, ilvl);
        p.listLevel = ilvl + 1;
    }
    text = text.trimmed();
    if (!marker.isEmpty() && !text.isEmpty())
        text = marker + (endsAscii(marker) ? QStringLiteral(" ") : QString()) + text;
    p.text = text;
    return p;
}

void BodyReader::addParagraph(const Paragraph &p)
{
    if (p.text.isEmpty())
        return;
    if (p.headingLevel > 0)
        m_builder.addHeadingHint(p.text, p.headingLevel);
    else if (p.listLevel > 0)
        m_builder.addListItem(p.text, p.listLevel);
    else
        m_builder.addParagraph(p.text);
    ++m_blocks;
}

BodyReader::WordCell BodyReader::readCell(int nesting)
{
    // The reader stands on a w:tc; its paragraphs are joined with spaces (a cell is one
    // line of its row); a nested table's text joins them.
    WordCell cell;
    QStringList parts;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_dtd = true;
            break;
        }
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"tc")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (name == u"p") {
            const Paragraph p = readParagraph();
            if (!p.text.isEmpty())
                parts.append(p.text);
        } else if (name == u"tbl" && nesting < 16) {
            QList<QList<Cell>> rows;
            readTable(&rows, nesting + 1);
            for (const auto &row : std::as_const(rows)) {
                for (const Cell &c : row) {
                    if (!c.text.isEmpty())
                        parts.append(c.text);
                }
            }
        } else if (name == u"tbl") {
            m_xml.skipCurrentElement(); // tables nested this deep are an attack, not a report
        } else if (name == u"gridSpan") {
            cell.gridSpan = qBound(1, attr(m_xml, "val").toInt(), 64);
        } else if (name == u"vMerge") {
            cell.merged = true;
            cell.restart = attr(m_xml, "val") == u"restart";
        }
    }
    // Paragraphs of a cell are one line; a break between two CJK characters ("商业" /
    // "企业" in a narrow column) leaves no space.
    for (const QString &part : std::as_const(parts)) {
        if (!cell.text.isEmpty() &&
            !(cell.text.back().unicode() >= 0x2E80 && part.front().unicode() >= 0x2E80))
            cell.text += u' ';
        cell.text += part;
    }
    cell.paragraphs = parts;
    return cell;
}

void BodyReader::readTable(QList<QList<Cell>> *rows, int nesting, QStringList *paragraphs)
{
    // The reader stands on a w:tbl. Cells are laid on the grid: gridSpan widens a cell,
    // vMerge="restart" opens a vertical merge that later rows' vMerge cells at the same grid
    // column continue (those are not listed; the opening cell's rowSpan grows).
    struct Open
    {
        int row = -1;
        int index = -1;
    };
    QHash<int, Open> openMerges; // grid column → the cell that opened a merge there
    int gridColumn = 0;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_dtd = true;
            return;
        }
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"tbl")
            return;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"tr") {
            rows->append(QList<Cell>());
            gridColumn = 0;
        } else if (m_xml.name() == u"gridBefore") {
            gridColumn += qBound(0, attr(m_xml, "val").toInt(), 64);
        } else if (m_xml.name() == u"tc" && !rows->isEmpty()) {
            const WordCell wc = readCell(nesting);
            const int rowIndex = int(rows->size()) - 1;
            QList<Cell> &row = (*rows)[rowIndex];
            if (wc.merged && !wc.restart) {
                const auto open = openMerges.constFind(gridColumn);
                if (open != openMerges.constEnd() && open->row < rowIndex) {
                    Cell &opener = (*rows)[open->row][open->index];
                    opener.rowSpan = rowIndex - open->row + 1;
                    gridColumn += wc.gridSpan;
                    continue;
                }
            }
            Cell cell;
            cell.text = wc.text;
            cell.colSpan = wc.gridSpan;
            row.append(cell);
            if (paragraphs)
                *paragraphs += wc.paragraphs;
            if (wc.merged && wc.restart)
                openMerges.insert(gridColumn, {rowIndex, int(row.size()) - 1});
            else
                openMerges.remove(gridColumn);
            gridColumn += wc.gridSpan;
        }
    }
}

QString BodyReader::run()
{
    while (!m_xml.atEnd()) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return QString();
        }
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || m_dtd)
            return DocxReader::tr("Refused: the document declares a DTD, which Word files do "
                                  "not have (an XML entity attack?).");
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (name == u"p") {
            addParagraph(readParagraph());
        } else if (name == u"tbl") {
            QList<QList<Cell>> rows;
            QStringList paragraphs;
            readTable(&rows, 0, &paragraphs);
            int widest = 0;
            for (const auto &row : std::as_const(rows)) {
                int w = 0;
                for (const Cell &c : row)
                    w += c.colSpan;
                widest = qMax(widest, w);
            }
            if (widest <= 1) {
                // A one-column table is layout (a cover page, a framed box): its cells are
                // paragraphs.
                for (const QString &text : std::as_const(paragraphs)) {
                    m_builder.addParagraph(text);
                    ++m_blocks;
                }
            } else if (!rows.isEmpty()) {
                m_builder.addTable(rows);
                ++m_blocks;
            }
        } else if (name == u"sdt") {
            skipSdtIfToc();
        } else if (name == u"sectPr" || name == u"AlternateContent") {
            m_xml.skipCurrentElement();
        }
    }
    if (m_dtd)
        return DocxReader::tr("Refused: the document declares a DTD, which Word files do not "
                              "have (an XML entity attack?).");
    if (m_xml.hasError())
        return DocxReader::tr("The document is damaged: word/document.xml is not well-formed "
                              "XML (line %1: %2).")
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    return QString();
}

void BodyReader::skipSdtIfToc()
{
    // A content control; a table of contents (docPartGallery "Table of Contents") is
    // skipped whole, any other one is read through (its w:sdtContent holds paragraphs).
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && m_xml.name() == u"docPartGallery") {
            if (attr(m_xml, "val").contains(u"Contents", Qt::CaseInsensitive)) {
                // Leave the sdtPr, then skip the sdt's content to the sdt's end.
                int depth = 0;
                while (!m_xml.atEnd()) {
                    const auto t = m_xml.readNext();
                    if (t == QXmlStreamReader::StartElement)
                        ++depth;
                    else if (t == QXmlStreamReader::EndElement) {
                        if (m_xml.name() == u"sdt" && depth <= 0)
                            return;
                        --depth;
                    }
                }
                return;
            }
        }
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sdtPr")
            return; // not a table of contents: the main loop reads the content
    }
}

struct CoreProperties
{
    QString title, creator, created, modified, application;
};

CoreProperties readProperties(const QByteArray &core, const QByteArray &app)
{
    CoreProperties p;
    for (const QByteArray *bytes : {&core, &app}) {
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::DTD)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"title")
                p.title = xml.readElementText().trimmed();
            else if (name == u"creator")
                p.creator = xml.readElementText().trimmed();
            else if (name == u"created")
                p.created = xml.readElementText().trimmed();
            else if (name == u"modified")
                p.modified = xml.readElementText().trimmed();
            else if (name == u"Application")
                p.application = xml.readElementText().trimmed();
        }
    }
    return p;
}

} // namespace

QString WordDocxReader::formatName() const
{
    return QStringLiteral("Word (DOCX)");
}

QStringList WordDocxReader::fileNamePatterns() const
{
    return {QStringLiteral("*.docx")};
}

int WordDocxReader::probe(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    return DocxReader::scoreHead(head);
}

DocumentReader::Result WordDocxReader::read(const QByteArray &data, const QString &fileName,
                                            const ReadOptions &options) const
{
    Q_UNUSED(fileName);
    if (data.isEmpty())
        return failure(Error::Empty, tr("The file is empty."));
    ZipArchive zip(data);
    if (!zip.isOpen())
        return failure(Error::Damaged, zip.error());
    if (zip.contains("EncryptedPackage"))
        return failure(Error::Damaged, tr("The document is password-protected."));
    if (!zip.contains("word/document.xml"))
        return failure(Error::NotText, tr("This zip archive is not a Word document (it has no "
                                          "word/document.xml)."));
    const QByteArray document = zip.read("word/document.xml");
    if (!zip.error().isEmpty())
        return failure(Error::Damaged, zip.error());
    const QByteArray stylesXml = zip.read("word/styles.xml", true);
    if (!zip.error().isEmpty())
        return failure(Error::Damaged, zip.error());
    const QByteArray numberingXml = zip.read("word/numbering.xml", true);
    if (!zip.error().isEmpty())
        return failure(Error::Damaged, zip.error());
    const QByteArray coreXml = zip.read("docProps/core.xml", true);
    const QByteArray appXml = zip.read("docProps/app.xml", true);

    const QHash<QString, Style> styles = readStyles(stylesXml);
    WordNumbering numbering(numberingXml);
    SourceDocumentBuilder builder;
    BodyReader body(document, styles, numbering, builder, options.cancel);
    const QString error = body.run();
    if (body.cancelled())
        return failure(Error::Cancelled, tr("Loading was cancelled."));
    if (!error.isEmpty())
        return failure(Error::Damaged, error);
    if (body.blocks() == 0)
        return failure(Error::Empty, tr("The document holds no text."));

    const CoreProperties props = readProperties(coreXml, appXml);
    SourceMetadata &m = builder.metadata();
    m.formatName = formatName();
    m.encoding = QStringLiteral("UTF-8");
    m.title = props.title;
    m.author = props.creator;
    m.created = props.created;
    m.modified = props.modified;
    if (!props.application.isEmpty())
        m.details.append({QStringLiteral("Application"), props.application});
    Result r;
    r.document = builder.take();
    return r;
}

extern "C" Q_DECL_EXPORT const DocumentReader *reportscope_reader()
{
    static const WordDocxReader reader;
    return &reader;
}
