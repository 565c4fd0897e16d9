#include "core/reportserializer.h"

#include <QHash>
#include <QVariant>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

namespace {

constexpr char Magic[4] = {'R', 'S', 'R', 'P'};
constexpr int HeaderSize = 12; // magic, format version, parser version
// qUncompress allocates the size the stream claims: a damaged claim must not ask for more.
constexpr qint64 MaxBodySize = qint64(1) << 30;

// Integers are written as LEB128 varints (signed ones zigzag-coded): most counts, offsets and
// indexes of a report fit in one to three bytes.
class Writer
{
public:
    QByteArray out;

    void byte(quint8 v) { out.append(char(v)); }
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            out.append(char(quint8(v) | 0x80));
            v >>= 7;
        }
        out.append(char(quint8(v)));
    }
    void i64(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void i32(int v) { i64(v); }
    void f64(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        bits = qToLittleEndian(bits);
        out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
    }
    void str(const QString &s)
    {
        // Null and empty are one: the parser does not tell them apart.
        varint(quint64(s.size()));
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        out.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
#else
        for (QChar c : s) {
            const quint16 u = qToLittleEndian(c.unicode());
            out.append(reinterpret_cast<const char *>(&u), 2);
        }
#endif
    }
    void span(const TextSpan &s)
    {
        i64(s.start);
        i64(s.end - s.start);
    }
    // Most blocks of a text file have only a line; a box is written only when there is one.
    void position(const SourcePosition &p)
    {
        const bool box = p.x != 0 || p.y != 0 || p.width != 0 || p.height != 0;
        byte(box ? 1 : 0);
        i32(p.line);
        i32(p.page);
        if (box) {
            f64(p.x);
            f64(p.y);
            f64(p.width);
            f64(p.height);
        }
    }
    void count(qsizetype n)
    {
        varint(quint64(n));
    }
};

class Reader
{
public:
    Reader(const char *data, qsizetype size) : m_p(data), m_end(data + size) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    void fail() { m_ok = false; }

    template<typename T>
    T num()
    {
        T v{};
        if (!m_ok || m_end - m_p < qsizetype(sizeof v)) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_p, sizeof v);
        m_p += sizeof v;
        return qFromLittleEndian(v);
    }
    quint8 byte() { return num<quint8>(); }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; m_ok && shift < 64; shift += 7) {
            if (m_p == m_end)
                break;
            const quint8 b = quint8(*m_p++);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 i64()
    {
        const quint64 z = varint();
        return qint64(z >> 1) ^ -qint64(z & 1);
    }
    int i32()
    {
        const qint64 v = i64();
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            m_ok = false;
        return m_ok ? int(v) : 0;
    }
    double f64()
    {
        const quint64 bits = num<quint64>();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    bool flag() { return byte() != 0; }
    QString str()
    {
        const quint64 n = varint();
        if (!m_ok || quint64(m_end - m_p) / 2 < n) {
            m_ok = false;
            return QString();
        }
        if (n == 0)
            return QString();
        QString s(qsizetype(n), Qt::Uninitialized);
        std::memcpy(s.data(), m_p, size_t(n) * 2);
#if Q_BYTE_ORDER != Q_LITTLE_ENDIAN
        for (QChar &c : s)
            c = QChar(qFromLittleEndian(c.unicode()));
#endif
        m_p += 2 * qsizetype(n);
        return s;
    }
    // A count of items each at least minBytes long: more than the bytes left is damage.
    qsizetype count(qsizetype minBytes)
    {
        const quint64 n = varint();
        if (!m_ok || n > quint64(m_end - m_p) / quint64(minBytes)) {
            m_ok = false;
            return 0;
        }
        return qsizetype(n);
    }
    TextSpan span()
    {
        TextSpan s;
        s.start = qsizetype(i64());
        const qint64 length = i64();
        if (length < 0)
            m_ok = false;
        s.end = s.start + qsizetype(length);
        return s;
    }
    SourcePosition position()
    {
        SourcePosition p;
        const bool box = flag();
        p.line = i32();
        p.page = i32();
        if (box) {
            p.x = f64();
            p.y = f64();
            p.width = f64();
            p.height = f64();
        }
        return p;
    }
    // An enum stored as its integer, checked against the last valid value.
    template<typename E>
    E enumeration(E last)
    {
        const int v = i32();
        if (v < 0 || v > int(last))
            m_ok = false;
        return m_ok ? E(v) : E(0);
    }

private:
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

bool spanWithin(const TextSpan &s, qsizetype size)
{
    return s.start >= 0 && s.start <= s.end && s.end <= size;
}

// The section's text as the parser joins it: its body spans of the source, one '\n' apart.
QString joinedBody(const QString &source, const Section &s)
{
    QString out;
    for (qsizetype i = 0; i < s.bodySpans.size(); ++i) {
        const TextSpan &span = s.bodySpans.at(i);
        if (!spanWithin(span, source.size()))
            return QString();
        if (i > 0)
            out += QLatin1Char('\n');
        out += QStringView(source).mid(span.start, span.length());
    }
    return out;
}

void writeVariant(Writer &w, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
        w.byte(0);
        w.i64(v.toInt());
        break;
    case QMetaType::LongLong:
        w.byte(1);
        w.i64(v.toLongLong());
        break;
    case QMetaType::Double:
        w.byte(2);
        w.f64(v.toDouble());
        break;
    case QMetaType::Bool:
        w.byte(3);
        w.i64(v.toBool() ? 1 : 0);
        break;
    default:
        w.byte(4);
        w.str(v.toString());
        break;
    }
}

QVariant readVariant(Reader &r)
{
    switch (r.byte()) {
    case 0:
        return QVariant(int(r.i64()));
    case 1:
        return QVariant(qint64(r.i64()));
    case 2:
        return QVariant(r.f64());
    case 3:
        return QVariant(r.i64() != 0);
    case 4:
        return QVariant(r.str());
    default:
        r.fail();
        return QVariant();
    }
}

void writePairs(Writer &w, const QList<QPair<QString, QString>> &pairs)
{
    w.count(pairs.size());
    for (const auto &p : pairs) {
        w.str(p.first);
        w.str(p.second);
    }
}

QList<QPair<QString, QString>> readPairs(Reader &r)
{
    QList<QPair<QString, QString>> out;
    const qsizetype n = r.count(2);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        QString key = r.str();
        QString value = r.str();
        out.append({key, value});
    }
    return out;
}

QByteArray writeReport(const Report &report);

} // namespace

QByteArray ReportSerializer::serialize(const Report &report)
{
    QByteArray out(Magic, sizeof Magic);
    for (quint32 v : {FormatVersion, ParserVersion}) {
        const quint32 le = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    out += qCompress(writeReport(report));
    return out;
}

quint32 ReportSerializer::parserVersionOf(const QByteArray &bytes)
{
    if (bytes.size() < HeaderSize || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return 0;
    Reader r(bytes.constData() + 4, 8);
    const quint32 format = r.num<quint32>();
    const quint32 parser = r.num<quint32>();
    return format == FormatVersion ? parser : 0;
}

ReportPtr ReportSerializer::deserialize(const QByteArray &bytes, QString *error,
                                        const QString &filePath)
{
    const auto failed = [error](const char *why) {
        if (error)
            *error = QString::fromLatin1(why);
        return ReportPtr();
    };
    if (bytes.size() < HeaderSize + 4 || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return failed("not a stored report");
    Reader h(bytes.constData() + 4, 8);
    if (h.num<quint32>() != FormatVersion)
        return failed("another storage format");
    if (h.num<quint32>() != ParserVersion)
        return failed("stored by another parser version");
    const QByteArray compressed = bytes.mid(HeaderSize);
    const quint32 claimed = qFromBigEndian<quint32>(compressed.constData());
    if (claimed == 0 || qint64(claimed) > MaxBodySize ||
        qint64(claimed) > qint64(compressed.size()) * 1100)
        return failed("damaged: impossible size");
    const QByteArray body = qUncompress(compressed);
    if (body.size() != qsizetype(claimed))
        return failed("damaged: the compressed data do not unpack");
    QString why;
    ReportPtr report = readBody(body, &why, filePath);
    if (!report && error)
        *error = why;
    return report;
}

namespace {

QByteArray writeReport(const Report &report)
{
    Writer w;
    w.out.reserve(report.sourceText().size() * 2 + report.figures().size() * 64 + 4096);
    w.str(report.filePath());
    w.str(report.encoding());
    w.str(report.sourceText());

    const ReportMetadata &m = report.metadata();
    for (const QString *s :
         {&m.title, &m.subtitle, &m.issuer, &m.date, &m.published, &m.indexNumber, &m.source,
          &m.author, &m.documentNumber, &m.speaker, &m.speakerPost, &m.speakerName, &m.closing})
        w.str(*s);
    writePairs(w, m.fields);
    const ReportFacts &f = m.facts;
    w.i32(int(f.type));
    w.i32(int(f.typeSource));
    w.str(f.place);
    w.i32(int(f.placeSource));
    w.str(f.issuer);
    w.i32(int(f.issuerSource));
    w.i32(f.reportingYear);
    w.i32(int(f.reportingYearSource));
    w.i32(f.documentYear);
    w.i32(int(f.documentYearSource));
    w.str(f.date);
    w.i32(int(f.dateSource));
    w.str(f.published);
    w.i32(int(f.publishedSource));
    w.str(f.speakerPost);
    w.str(f.speakerName);
    w.i32(int(f.speakerSource));

    const SourceMetadata &src = report.sourceMetadata();
    w.str(src.formatName);
    w.str(src.encoding);
    w.i32(src.pageCount);
    w.i32(src.ocrPages);
    w.f64(src.ocrConfidence);
    w.str(src.title);
    w.str(src.author);
    w.str(src.created);
    w.str(src.modified);
    writePairs(w, src.details);

    w.count(report.warnings().size());
    for (const ReportWarning &warning : report.warnings()) {
        w.i32(int(warning.type()));
        w.count(warning.arguments().size());
        for (const QVariant &v : warning.arguments())
            writeVariant(w, v);
    }

    w.count(report.sections().size());
    for (const Section &s : report.sections()) {
        w.str(s.id);
        w.str(s.marker);
        w.str(s.title);
        const bool joined = joinedBody(report.sourceText(), s) == s.text;
        w.byte(joined ? 1 : 0);
        if (!joined)
            w.str(s.text);
        w.i32(int(s.kind));
        w.i32(int(s.role));
        w.i32(s.level);
        w.i32(s.number);
        w.i32(s.parent);
        w.i32(s.subtreeEnd);
        w.count(s.children.size());
        for (int c : s.children)
            w.i32(c);
        w.span(s.range);
        w.span(s.headingRange);
        w.count(s.bodySpans.size());
        for (const TextSpan &span : s.bodySpans)
            w.span(span);
        w.count(s.blocks.size());
        for (const SectionBlock &b : s.blocks) {
            w.i32(int(b.type));
            w.i32(b.level);
            w.span(b.range);
            w.position(b.position);
            w.count(b.rows.size());
            for (const TableRow &row : b.rows) {
                w.span(row.span);
                w.position(row.position);
                w.count(row.cells.size());
                for (const TableCell &cell : row.cells) {
                    w.span(cell.span);
                    w.i32(cell.rowSpan);
                    w.i32(cell.colSpan);
                }
            }
        }
    }

    // Labels, units, qualifiers and periods repeat across figures: a table of them, once each.
    QHash<QString, int> index;
    QStringList strings;
    const auto idOf = [&](const QString &s) {
        auto it = index.constFind(s);
        if (it == index.constEnd()) {
            it = index.insert(s, int(strings.size()));
            strings.append(s);
        }
        return *it;
    };
    Writer figures;
    for (const Figure &fig : report.figures()) {
        figures.i32(fig.section);
        figures.i32(idOf(fig.label));
        figures.f64(fig.value);
        figures.i32(idOf(fig.unit));
        figures.i32(idOf(fig.qualifier));
        figures.i32(int(fig.kind));
        figures.i32(int(fig.bound));
        figures.f64(fig.upper);
        // Bits 2–6: the caption's multiplier (Figure::multiplierExponent, at most 16).
        figures.byte(quint8((fig.inTitle ? 1 : 0) | (fig.approximate ? 2 : 0) |
                            ((quint8(fig.multiplierExponent) & 0x1f) << 2)));
        figures.i32(int(fig.role));
        figures.i32(idOf(fig.period));
        figures.i32(fig.page);
        figures.i64(fig.start);
        figures.i64(fig.end);
        figures.i64(fig.quoteStart);
        figures.i64(fig.quoteEnd);
    }
    w.count(strings.size());
    for (const QString &s : strings)
        w.str(s);
    w.count(report.figures().size());
    w.out += figures.out;

    w.count(report.findings().size());
    for (const Finding &finding : report.findings()) {
        w.i32(int(finding.type));
        w.count(finding.figures.size());
        for (int i : finding.figures)
            w.i32(i);
        w.count(finding.sectionIds.size());
        for (const QString &id : finding.sectionIds)
            w.str(id);
        w.f64(finding.expected);
        w.f64(finding.stated);
        w.i32(int(finding.bound));
        w.f64(finding.statedUpper);
    }
    return w.out;
}

} // namespace

// A member of the serializer, Report's friend, so that it fills the members a parse fills.
ReportPtr ReportSerializer::readBody(const QByteArray &body, QString *error,
                                     const QString &filePath)
{
    Reader r(body.constData(), body.size());
    auto report = std::make_shared<Report>();
    QString &sourceText = report->m_sourceText;
    QList<Section> &sections = report->m_sections;
    const auto damaged = [error](const char *what) {
        *error = QStringLiteral("damaged: ") + QString::fromLatin1(what);
        return ReportPtr();
    };
    report->m_filePath = r.str();
    if (!filePath.isEmpty())
        report->m_filePath = filePath;
    report->m_encoding = r.str();
    sourceText = r.str();
    const qsizetype sourceSize = sourceText.size();

    ReportMetadata &m = report->m_metadata;
    for (QString *s :
         {&m.title, &m.subtitle, &m.issuer, &m.date, &m.published, &m.indexNumber, &m.source,
          &m.author, &m.documentNumber, &m.speaker, &m.speakerPost, &m.speakerName, &m.closing})
        *s = r.str();
    m.fields = readPairs(r);
    ReportFacts &f = m.facts;
    using Src = ReportFacts::Source;
    f.type = r.enumeration(ReportFacts::Type::Xxgk);
    f.typeSource = r.enumeration(Src::FileName);
    f.place = r.str();
    f.placeSource = r.enumeration(Src::FileName);
    f.issuer = r.str();
    f.issuerSource = r.enumeration(Src::FileName);
    f.reportingYear = r.i32();
    f.reportingYearSource = r.enumeration(Src::FileName);
    f.documentYear = r.i32();
    f.documentYearSource = r.enumeration(Src::FileName);
    f.date = r.str();
    f.dateSource = r.enumeration(Src::FileName);
    f.published = r.str();
    f.publishedSource = r.enumeration(Src::FileName);
    f.speakerPost = r.str();
    f.speakerName = r.str();
    f.speakerSource = r.enumeration(Src::FileName);

    SourceMetadata &src = report->m_source;
    src.formatName = r.str();
    src.encoding = r.str();
    src.pageCount = r.i32();
    src.ocrPages = r.i32();
    src.ocrConfidence = r.f64();
    src.title = r.str();
    src.author = r.str();
    src.created = r.str();
    src.modified = r.str();
    src.details = readPairs(r);
    if (!r.ok())
        return damaged("metadata");

    const qsizetype warnings = r.count(2);
    for (qsizetype i = 0; i < warnings && r.ok(); ++i) {
        const auto type = r.enumeration(ReportWarning::Type::DeclaredEncodingWrong);
        QVariantList arguments;
        const qsizetype n = r.count(2);
        for (qsizetype k = 0; k < n && r.ok(); ++k)
            arguments.append(readVariant(r));
        report->m_warnings.append(ReportWarning(type, arguments));
    }
    if (!r.ok())
        return damaged("warnings");

    // The least bytes each item takes (its fixed fields), so that a damaged count is caught
    // before anything is allocated for it.
    const qsizetype sectionCount = r.count(17);
    sections.reserve(sectionCount);
    for (qsizetype i = 0; i < sectionCount && r.ok(); ++i) {
        Section s;
        s.id = r.str();
        s.marker = r.str();
        s.title = r.str();
        const bool joined = r.flag();
        if (!joined)
            s.text = r.str();
        s.kind = r.enumeration(Section::Kind::WholeText);
        s.role = r.enumeration(Section::Role::Notes);
        s.level = r.i32();
        s.number = r.i32();
        s.parent = r.i32();
        s.subtreeEnd = r.i32();
        const qsizetype children = r.count(1);
        for (qsizetype k = 0; k < children && r.ok(); ++k) {
            const int c = r.i32();
            if (c <= i || c >= sectionCount)
                r.fail();
            s.children.append(c);
        }
        s.range = r.span();
        s.headingRange = r.span();
        const qsizetype spans = r.count(2);
        for (qsizetype k = 0; k < spans && r.ok(); ++k)
            s.bodySpans.append(r.span());
        if (!r.ok() || s.parent < -1 || s.parent >= i || s.subtreeEnd <= i ||
            s.subtreeEnd > sectionCount || !spanWithin(s.range, sourceSize) ||
            !spanWithin(s.headingRange, sourceSize))
            return damaged("section");
        for (const TextSpan &span : std::as_const(s.bodySpans)) {
            if (!spanWithin(span, sourceSize))
                return damaged("section span");
        }
        if (joined)
            s.text = joinedBody(sourceText, s);
        const qsizetype textSize = s.text.size();
        const qsizetype blocks = r.count(6);
        for (qsizetype k = 0; k < blocks && r.ok(); ++k) {
            SectionBlock b;
            b.type = r.enumeration(SectionBlock::Type::ListItem);
            b.level = r.i32();
            b.range = r.span();
            b.position = r.position();
            const qsizetype rows = r.count(4);
            for (qsizetype row = 0; row < rows && r.ok(); ++row) {
                TableRow tr;
                tr.span = r.span();
                tr.position = r.position();
                const qsizetype cells = r.count(4);
                for (qsizetype c = 0; c < cells && r.ok(); ++c) {
                    TableCell cell;
                    cell.span = r.span();
                    cell.rowSpan = r.i32();
                    cell.colSpan = r.i32();
                    if (!spanWithin(cell.span, textSize) || cell.rowSpan < 1 || cell.colSpan < 1)
                        r.fail();
                    tr.cells.append(cell);
                }
                if (!spanWithin(tr.span, textSize))
                    r.fail();
                b.rows.append(std::move(tr));
            }
            if (!spanWithin(b.range, textSize))
                r.fail();
            s.blocks.append(std::move(b));
        }
        if (!r.ok())
            return damaged("blocks");
        sections.append(std::move(s));
    }
    if (!r.ok())
        return damaged("sections");

    const qsizetype stringCount = r.count(1);
    QStringList strings;
    strings.reserve(stringCount);
    for (qsizetype i = 0; i < stringCount && r.ok(); ++i)
        strings.append(r.str());
    const auto string = [&](int id) {
        if (id < 0 || id >= strings.size()) {
            r.fail();
            return QString();
        }
        return strings.at(id);
    };
    const qsizetype figureCount = r.count(30);
    QList<Figure> figures;
    figures.reserve(figureCount);
    for (qsizetype i = 0; i < figureCount && r.ok(); ++i) {
        Figure fig;
        fig.section = r.i32();
        fig.label = string(r.i32());
        fig.value = r.f64();
        fig.unit = string(r.i32());
        fig.qualifier = string(r.i32());
        fig.kind = r.enumeration(Figure::Kind::Multiple);
        fig.bound = r.enumeration(Figure::Bound::Range);
        fig.upper = r.f64();
        const quint8 flags = r.byte();
        fig.inTitle = flags & 1;
        fig.approximate = flags & 2;
        fig.multiplierExponent = qint8(qMin((flags >> 2) & 0x1f, 16));
        fig.role = r.enumeration(Figure::Role::Duration);
        fig.period = string(r.i32());
        fig.page = r.i32();
        fig.start = qsizetype(r.i64());
        fig.end = qsizetype(r.i64());
        fig.quoteStart = qsizetype(r.i64());
        fig.quoteEnd = qsizetype(r.i64());
        if (!r.ok() || fig.section < 0 || fig.section >= sections.size())
            return damaged("figure");
        const Section &s = sections.at(fig.section);
        const qsizetype size = fig.inTitle ? s.title.size() : s.text.size();
        if (!spanWithin({fig.start, fig.end}, size) ||
            !spanWithin({fig.quoteStart, fig.quoteEnd}, size))
            return damaged("figure offsets");
        figures.append(std::move(fig));
    }
    if (!r.ok())
        return damaged("figures");

    const qsizetype findings = r.count(28);
    for (qsizetype i = 0; i < findings && r.ok(); ++i) {
        Finding finding;
        finding.type = r.enumeration(Finding::Type::TableTotalMismatch);
        const qsizetype n = r.count(1);
        for (qsizetype k = 0; k < n && r.ok(); ++k) {
            const int fi = r.i32();
            if (fi < 0 || fi >= figures.size())
                r.fail();
            finding.figures.append(fi);
        }
        const qsizetype ids = r.count(1);
        for (qsizetype k = 0; k < ids && r.ok(); ++k)
            finding.sectionIds.append(r.str());
        finding.expected = r.f64();
        finding.stated = r.f64();
        finding.bound = r.enumeration(Figure::Bound::Range);
        finding.statedUpper = r.f64();
        report->m_findings.append(std::move(finding));
    }
    if (!r.ok() || !r.atEnd())
        return damaged("findings");

    report->rebuildIndexes();
    report->setFigures(std::move(figures));
    return report;
}
