#include "core/reportserializer.h"

#include <QHash>
#include <QVariant>
#include <QtEndian>

#include <cstring>
#include <utility>
#include <type_traits>

namespace {

constexpr char Magic[4] = {'R', 'S', 'R', 'P'};
constexpr int HeaderSize = 12; // magic, format version, parser version
// qUncompress allocates the size the stream claims: a damaged claim must not ask for more.
constexpr qint64 MaxBodySize = qint64(1) << 30;

class Writer
{
public:
    QByteArray out;

    template<typename T>
    void num(T v)
    {
        static_assert(std::is_arithmetic_v<T>);
        T le = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    void i32(int v) { num<qint32>(qint32(v)); }
    void i64(qint64 v) { num<qint64>(v); }
    void f64(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        num<quint64>(bits);
    }
    void str(const QString &s)
    {
        // Null and empty are one: the parser does not tell them apart.
        num<quint32>(quint32(s.size()));
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        out.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
#else
        for (QChar c : s)
            num<quint16>(c.unicode());
#endif
    }
    void span(const TextSpan &s)
    {
        i64(s.start);
        i64(s.end);
    }
    void position(const SourcePosition &p)
    {
        i32(p.line);
        i32(p.page);
        f64(p.x);
        f64(p.y);
        f64(p.width);
        f64(p.height);
    }
    void count(qsizetype n) { num<quint32>(quint32(n)); }
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
    int i32() { return num<qint32>(); }
    qint64 i64() { return num<qint64>(); }
    double f64()
    {
        const quint64 bits = num<quint64>();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    bool flag() { return num<quint8>() != 0; }
    QString str()
    {
        const quint32 n = num<quint32>();
        if (!m_ok || quint64(m_end - m_p) < quint64(n) * 2) {
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
        const quint32 n = num<quint32>();
        if (!m_ok || quint64(n) * quint64(minBytes) > quint64(m_end - m_p)) {
            m_ok = false;
            return 0;
        }
        return qsizetype(n);
    }
    TextSpan span()
    {
        TextSpan s;
        s.start = qsizetype(i64());
        s.end = qsizetype(i64());
        return s;
    }
    SourcePosition position()
    {
        SourcePosition p;
        p.line = i32();
        p.page = i32();
        p.x = f64();
        p.y = f64();
        p.width = f64();
        p.height = f64();
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
        w.num<quint8>(0);
        w.i64(v.toInt());
        break;
    case QMetaType::LongLong:
        w.num<quint8>(1);
        w.i64(v.toLongLong());
        break;
    case QMetaType::Double:
        w.num<quint8>(2);
        w.f64(v.toDouble());
        break;
    case QMetaType::Bool:
        w.num<quint8>(3);
        w.i64(v.toBool() ? 1 : 0);
        break;
    default:
        w.num<quint8>(4);
        w.str(v.toString());
        break;
    }
}

QVariant readVariant(Reader &r)
{
    switch (r.num<quint8>()) {
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
    const qsizetype n = r.count(8);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        QString key = r.str();
        QString value = r.str();
        out.append({key, value});
    }
    return out;
}

} // namespace

// Report's members are private to the parser that builds it; this class is the one other
// builder, so it reaches them through a friend declaration on Report.
class ReportSerializerAccess
{
public:
    static QByteArray write(const Report &report);
    static ReportPtr read(Reader &r, QString *error, const QString &filePath);
};

QByteArray ReportSerializer::serialize(const Report &report)
{
    QByteArray out(Magic, sizeof Magic);
    Writer header;
    header.num<quint32>(FormatVersion);
    header.num<quint32>(ParserVersion);
    out += header.out;
    // Level 1: a third of the time of the default level for a few per cent more bytes.
    out += qCompress(ReportSerializerAccess::write(report), 1);
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
    if (bytes.size() < HeaderSize + 4 ||
        std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
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
    Reader r(body.constData(), body.size());
    QString why;
    ReportPtr report = ReportSerializerAccess::read(r, &why, filePath);
    if (!report && error)
        *error = why;
    return report;
}

QByteArray ReportSerializerAccess::write(const Report &report)
{
    Writer w;
    w.out.reserve(report.m_sourceText.size() * 2 + report.m_figures.size() * 64 + 4096);
    w.str(report.m_filePath);
    w.str(report.m_encoding);
    w.str(report.m_sourceText);

    const ReportMetadata &m = report.m_metadata;
    for (const QString *s : {&m.title, &m.subtitle, &m.issuer, &m.date, &m.published,
                             &m.indexNumber, &m.source, &m.author, &m.documentNumber, &m.speaker,
                             &m.speakerPost, &m.speakerName, &m.closing})
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

    const SourceMetadata &src = report.m_source;
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

    w.count(report.m_warnings.size());
    for (const ReportWarning &warning : report.m_warnings) {
        w.i32(int(warning.type()));
        w.count(warning.arguments().size());
        for (const QVariant &v : warning.arguments())
            writeVariant(w, v);
    }

    w.count(report.m_sections.size());
    for (const Section &s : report.m_sections) {
        w.str(s.id);
        w.str(s.marker);
        w.str(s.title);
        const bool joined = joinedBody(report.m_sourceText, s) == s.text;
        w.num<quint8>(joined ? 1 : 0);
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
    for (const Figure &fig : report.m_figures) {
        figures.i32(fig.section);
        figures.i32(idOf(fig.label));
        figures.f64(fig.value);
        figures.i32(idOf(fig.unit));
        figures.i32(idOf(fig.qualifier));
        figures.i32(int(fig.kind));
        figures.i32(int(fig.bound));
        figures.f64(fig.upper);
        figures.num<quint8>(quint8((fig.inTitle ? 1 : 0) | (fig.approximate ? 2 : 0)));
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
    w.count(report.m_figures.size());
    w.out += figures.out;

    w.count(report.m_findings.size());
    for (const Finding &finding : report.m_findings) {
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

ReportPtr ReportSerializerAccess::read(Reader &r, QString *error, const QString &filePath)
{
    auto report = std::make_shared<Report>();
    const auto damaged = [error](const char *what) {
        *error = QStringLiteral("damaged: ") + QString::fromLatin1(what);
        return ReportPtr();
    };
    report->m_filePath = r.str();
    if (!filePath.isEmpty())
        report->m_filePath = filePath;
    report->m_encoding = r.str();
    report->m_sourceText = r.str();
    const qsizetype sourceSize = report->m_sourceText.size();

    ReportMetadata &m = report->m_metadata;
    for (QString *s : {&m.title, &m.subtitle, &m.issuer, &m.date, &m.published, &m.indexNumber,
                       &m.source, &m.author, &m.documentNumber, &m.speaker, &m.speakerPost,
                       &m.speakerName, &m.closing})
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

    const qsizetype warnings = r.count(8);
    for (qsizetype i = 0; i < warnings && r.ok(); ++i) {
        const auto type = r.enumeration(ReportWarning::Type::DeclaredEncodingWrong);
        QVariantList arguments;
        const qsizetype n = r.count(5);
        for (qsizetype k = 0; k < n && r.ok(); ++k)
            arguments.append(readVariant(r));
        report->m_warnings.append(ReportWarning(type, arguments));
    }
    if (!r.ok())
        return damaged("warnings");

    // A section takes at least 150 bytes; a row or cell at least its span.
    const qsizetype sectionCount = r.count(150);
    report->m_sections.reserve(sectionCount);
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
        const qsizetype children = r.count(4);
        for (qsizetype k = 0; k < children && r.ok(); ++k) {
            const int c = r.i32();
            if (c <= i || c >= sectionCount)
                r.fail();
            s.children.append(c);
        }
        s.range = r.span();
        s.headingRange = r.span();
        const qsizetype spans = r.count(16);
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
            s.text = joinedBody(report->m_sourceText, s);
        const qsizetype textSize = s.text.size();
        const qsizetype blocks = r.count(64);
        for (qsizetype k = 0; k < blocks && r.ok(); ++k) {
            SectionBlock b;
            b.type = r.enumeration(SectionBlock::Type::ListItem);
            b.level = r.i32();
            b.range = r.span();
            b.position = r.position();
            const qsizetype rows = r.count(60);
            for (qsizetype row = 0; row < rows && r.ok(); ++row) {
                TableRow tr;
                tr.span = r.span();
                tr.position = r.position();
                const qsizetype cells = r.count(24);
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
        report->m_sections.append(std::move(s));
    }
    if (!r.ok())
        return damaged("sections");

    const qsizetype stringCount = r.count(4);
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
    const qsizetype figureCount = r.count(97);
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
        const quint8 flags = r.num<quint8>();
        fig.inTitle = flags & 1;
        fig.approximate = flags & 2;
        fig.role = r.enumeration(Figure::Role::Duration);
        fig.period = string(r.i32());
        fig.page = r.i32();
        fig.start = qsizetype(r.i64());
        fig.end = qsizetype(r.i64());
        fig.quoteStart = qsizetype(r.i64());
        fig.quoteEnd = qsizetype(r.i64());
        if (!r.ok() || fig.section < 0 || fig.section >= report->m_sections.size())
            return damaged("figure");
        const Section &s = report->m_sections.at(fig.section);
        const qsizetype size = fig.inTitle ? s.title.size() : s.text.size();
        if (!spanWithin({fig.start, fig.end}, size) ||
            !spanWithin({fig.quoteStart, fig.quoteEnd}, size))
            return damaged("figure offsets");
        figures.append(std::move(fig));
    }
    if (!r.ok())
        return damaged("figures");

    const qsizetype findings = r.count(40);
    for (qsizetype i = 0; i < findings && r.ok(); ++i) {
        Finding finding;
        finding.type = r.enumeration(Finding::Type::PartsExceedTotal);
        const qsizetype n = r.count(4);
        for (qsizetype k = 0; k < n && r.ok(); ++k) {
            const int fi = r.i32();
            if (fi < 0 || fi >= figures.size())
                r.fail();
            finding.figures.append(fi);
        }
        const qsizetype ids = r.count(4);
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
