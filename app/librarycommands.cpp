#include "app/librarycommands.h"

#include "app/commandline.h"
#include "library/librarycompare.h"
#include "library/librarydatabase.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

namespace {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &message)
{
    const QByteArray bytes = QStringLiteral("reportscope: ").toUtf8() + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            LibraryCommands::tr("The library database (default: %1).")
                .arg(LibraryDatabase::defaultPath()),
            QStringLiteral("FILE")};
}

bool parseOrComplain(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    parser.addOption(dbOption());
    if (!parser.parse(arguments)) {
        writeErr(parser.errorText());
        *exitCode = CommandLine::BadUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText().toUtf8());
        *exitCode = CommandLine::Success;
        return false;
    }
    return true;
}

QJsonArray resultsJson(const QList<LibraryIndexer::FileResult> &results)
{
    QJsonArray out;
    for (const LibraryIndexer::FileResult &r : results) {
        QJsonObject o;
        o.insert(QLatin1String("path"), r.path);
        o.insert(QLatin1String("result"), LibraryIndexer::outcomeName(r.outcome));
        o.insert(QLatin1String("reason"), r.reason);
        out.append(o);
    }
    return out;
}

QString resultsText(const QList<LibraryIndexer::FileResult> &results)
{
    QString out;
    for (const LibraryIndexer::FileResult &r : results) {
        out += LibraryIndexer::outcomeName(r.outcome) + QLatin1Char('\t') + r.path;
        if (!r.reason.isEmpty())
            out += QStringLiteral(": ") + r.reason;
        out += QLatin1Char('\n');
    }
    return out;
}

// Opens the library named by --db; a damaged one is set aside and its sources indexed again.
std::unique_ptr<LibraryDatabase>
openOrComplain(const QCommandLineParser &parser, int *exitCode,
               LibraryDatabase::Check check = LibraryDatabase::Check::Full)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : LibraryDatabase::defaultPath();
    auto db = std::make_unique<LibraryDatabase>(path);
    if (!db->open(check)) {
        writeErr(path + QStringLiteral(": ") + db->errorString());
        *exitCode = CommandLine::BadInput;
        return nullptr;
    }
    if (!db->recoveryMessage().isEmpty()) {
        writeErr(db->recoveryMessage());
        if (!db->sourcesToReindex().isEmpty()) {
            LibraryIndexer indexer(db.get());
            const auto results = indexer.add(db->sourcesToReindex());
            writeErr(LibraryCommands::tr("%n file(s) indexed again", nullptr, int(results.size())));
        }
    }
    return db;
}

bool anyFailed(const QList<LibraryIndexer::FileResult> &results)
{
    return std::any_of(results.cbegin(), results.cend(),
                       [](const auto &r) { return r.outcome == LibraryIndexer::Outcome::Failed; });
}

} // namespace

bool LibraryCommands::handles(const QString &command)
{
    return command == QLatin1String("library") || command == QLatin1String("search") ||
           command == QLatin1String("compare");
}

int LibraryCommands::run(const QStringList &arguments)
{
    const QString &cmd = arguments.first();
    if (cmd == QLatin1String("library"))
        return library(arguments);
    if (cmd == QLatin1String("search"))
        return search(arguments);
    return compare(arguments);
}

int LibraryCommands::library(const QStringList &arguments)
{
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("update"),
                                        QStringLiteral("list"), QStringLiteral("remove"),
                                        QStringLiteral("set")};
    const QString action = arguments.value(1);
    if (!actions.contains(action)) {
        if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
            writeOut(
                tr("Usage: reportscope library add|update|list|remove|set [options]\n").toUtf8());
            return CommandLine::Success;
        }
        writeErr(tr("expected one of add, update, list, remove, set after \"library\""));
        return CommandLine::BadUsage;
    }
    QCommandLineParser parser;
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("library ") + action);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (action == QLatin1String("add")) {
        parser.setApplicationDescription(
            tr("Add files or folders (recursively) to the library; unchanged files are "
               "skipped, changed ones read again."));
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders."),
                                     QStringLiteral("PATH..."));
    } else if (action == QLatin1String("update")) {
        parser.setApplicationDescription(
            tr("Check every file of the library: read changed files again, mark missing ones."));
    } else if (action == QLatin1String("list")) {
        parser.setApplicationDescription(tr("List the files of the library."));
    } else if (action == QLatin1String("remove")) {
        parser.setApplicationDescription(
            tr("Remove files or folders from the library (the files are not touched)."));
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders."),
                                     QStringLiteral("PATH..."));
    } else {
        parser.setApplicationDescription(
            tr("Correct a report's type, place or reporting year; kept across re-indexing."));
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("A file of the library."));
        parser.addOption(
            {QStringLiteral("type"), tr("gzbg, fazhi, xxgk or other."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("place"), tr("The place, as the report names it."),
                          QStringLiteral("P")});
        parser.addOption({QStringLiteral("year"), tr("The reporting year."), QStringLiteral("Y")});
    }
    int code = CommandLine::Success;
    if (!parseOrComplain(parser, rest, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if ((action == QLatin1String("add") || action == QLatin1String("remove")) && paths.isEmpty()) {
        writeErr(tr("missing PATH argument"));
        return CommandLine::BadUsage;
    }
    if (action == QLatin1String("set") && paths.size() != 1) {
        writeErr(tr("expected one PATH"));
        return CommandLine::BadUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto db = openOrComplain(parser, &code);
    if (!db)
        return code;

    if (action == QLatin1String("add") || action == QLatin1String("update")) {
        LibraryIndexer indexer(db.get());
        const auto results =
            action == QLatin1String("add") ? indexer.add(paths) : indexer.refresh();
        writeOut(json ? QJsonDocument(resultsJson(results)).toJson()
                      : resultsText(results).toUtf8());
        return anyFailed(results) ? CommandLine::BadInput : CommandLine::Success;
    }
    if (action == QLatin1String("list")) {
        const auto entries = db->entries();
        if (json) {
            QJsonArray out;
            for (const LibraryDatabase::Entry &e : entries) {
                QJsonObject o;
                o.insert(QLatin1String("path"), e.path);
                o.insert(QLatin1String("state"), e.state);
                if (!e.reason.isEmpty())
                    o.insert(QLatin1String("reason"), e.reason);
                o.insert(QLatin1String("title"), e.title);
                o.insert(QLatin1String("type"), e.type);
                o.insert(QLatin1String("place"), e.place);
                o.insert(QLatin1String("issuer"), e.issuer);
                o.insert(QLatin1String("year"), e.year);
                o.insert(QLatin1String("document_year"), e.documentYear);
                o.insert(QLatin1String("format"), e.format);
                o.insert(QLatin1String("sections"), e.sections);
                o.insert(QLatin1String("figures"), e.figures);
                o.insert(QLatin1String("corrected"), e.corrected);
                out.append(o);
            }
            writeOut(QJsonDocument(out).toJson());
        } else {
            QString out;
            for (const LibraryDatabase::Entry &e : entries)
                out += e.state + QLatin1Char('\t') + e.type + QLatin1Char('\t') + e.place +
                       QLatin1Char('\t') + (e.year > 0 ? QString::number(e.year) : QString()) +
                       QLatin1Char('\t') + e.title + QLatin1Char('\t') + e.path + QLatin1Char('\n');
            writeOut(out.toUtf8());
        }
        return CommandLine::Success;
    }
    if (action == QLatin1String("remove")) {
        const int removed = db->remove(paths);
        if (removed < 0) {
            writeErr(db->errorString());
            return CommandLine::BadInput;
        }
        writeOut(tr("%n file(s) removed from the library\n", nullptr, removed).toUtf8());
        return CommandLine::Success;
    }

    // set
    const QString path = QFileInfo(paths.first()).absoluteFilePath();
    QSqlQuery q(db->database());
    q.prepare(QStringLiteral("SELECT sha256 FROM files WHERE path = ?"));
    q.addBindValue(path);
    if (!q.exec() || !q.next()) {
        writeErr(tr("%1 is not in the library").arg(paths.first()));
        return CommandLine::BadInput;
    }
    LibraryDatabase::Correction c{path, q.value(0).toString(), QString(), QString(), 0};
    for (const LibraryDatabase::Correction &old : db->corrections()) {
        if (old.path == path)
            c = old;
    }
    c.sha256 = q.value(0).toString();
    if (parser.isSet(QStringLiteral("type"))) {
        static const QStringList types = {QStringLiteral("gzbg"), QStringLiteral("fazhi"),
                                          QStringLiteral("xxgk"), QStringLiteral("other")};
        c.type = parser.value(QStringLiteral("type"));
        if (!types.contains(c.type)) {
            writeErr(tr("unknown type \"%1\" (use gzbg, fazhi, xxgk or other)").arg(c.type));
            return CommandLine::BadUsage;
        }
    }
    if (parser.isSet(QStringLiteral("place")))
        c.place = parser.value(QStringLiteral("place"));
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        c.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || c.year < 1900 || c.year > 2200) {
            writeErr(tr("the year must be a number such as 2024"));
            return CommandLine::BadUsage;
        }
    }
    if (!db->setCorrection(c)) {
        writeErr(db->errorString());
        return CommandLine::BadInput;
    }
    return CommandLine::Success;
}

int LibraryCommands::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Search every section of the library. Words must all occur; \"…\" is a phrase."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("Words or \"phrases\"."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    parser.addOption({QStringLiteral("limit"), tr("At most N results (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("type"),
                      tr("Only reports of this type (gzbg, fazhi, "
                         "xxgk, other)."),
                      QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("place"), tr("Only reports whose place contains P."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("year"), tr("Only reports on year Y."), QStringLiteral("Y")});
    int code = CommandLine::Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        writeErr(tr("missing QUERY argument"));
        return CommandLine::BadUsage;
    }
    LibrarySearch::Query query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    bool ok = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit <= 0) {
        writeErr(tr("--limit takes a positive number"));
        return CommandLine::BadUsage;
    }
    query.type = parser.value(QStringLiteral("type"));
    query.place = parser.value(QStringLiteral("place"));
    if (parser.isSet(QStringLiteral("year"))) {
        query.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok) {
            writeErr(tr("the year must be a number such as 2024"));
            return CommandLine::BadUsage;
        }
    }
    // A reader: the full check would read the whole file on every search.
    const auto db = openOrComplain(parser, &code, LibraryDatabase::Check::Header);
    if (!db)
        return code;
    LibrarySearch search(db.get());
    const auto hits = search.search(query);
    if (!search.errorString().isEmpty()) {
        writeErr(search.errorString());
        return CommandLine::BadInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const LibrarySearch::Hit &h : hits) {
            QJsonObject o;
            o.insert(QLatin1String("file"), h.file);
            o.insert(QLatin1String("report"), h.report);
            o.insert(QLatin1String("section"), h.section);
            o.insert(QLatin1String("path"), h.path);
            o.insert(QLatin1String("snippet"), h.snippet);
            o.insert(QLatin1String("offset"), qint64(h.offset));
            o.insert(QLatin1String("length"), h.length);
            out.append(o);
        }
        writeOut(QJsonDocument(out).toJson());
        return CommandLine::Success;
    }
    QString out;
    for (const LibrarySearch::Hit &h : hits)
        out += h.file + QLatin1Char('\t') + h.report + QStringLiteral(" › ") + h.path +
               QLatin1Char(' ') + h.section + QLatin1Char('\n') + QStringLiteral("    ") +
               h.snippet + QLatin1Char('\n');
    if (hits.isEmpty())
        out = tr("No results.") + QLatin1Char('\n');
    writeOut(out.toUtf8());
    return CommandLine::Success;
}

int LibraryCommands::compare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("An indicator's values across the library: a catalogue id or name, or else a "
           "figure label."));
    parser.addPositionalArgument(QStringLiteral("INDICATOR"), tr("Id, name or label."));
    parser.addOption({QStringLiteral("issuer"),
                      tr("Only reports whose issuer or place "
                         "contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (UTF-8 with byte order mark).")});
    int code = CommandLine::Success;
    if (!parseOrComplain(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        writeErr(tr("expected one INDICATOR"));
        return CommandLine::BadUsage;
    }
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        writeErr(tr("--json and --csv exclude each other"));
        return CommandLine::BadUsage;
    }
    const auto db = openOrComplain(parser, &code, LibraryDatabase::Check::Header);
    if (!db)
        return code;
    LibraryCompare compare(db.get());
    const auto rows = compare.compare(parser.positionalArguments().first(),
                                      parser.value(QStringLiteral("issuer")));
    if (!compare.errorString().isEmpty()) {
        writeErr(compare.errorString());
        return CommandLine::BadInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(QJsonDocument(LibraryCompare::toJson(rows)).toJson());
    } else if (parser.isSet(QStringLiteral("csv"))) {
        writeOut(LibraryCompare::toCsv(rows));
    } else {
        QString out;
        // The value as the report writes it (32765亿元); a conflict is marked with a "!".
        for (const LibraryCompare::Row &r : rows)
            out += QString::number(r.year) + QLatin1Char('\t') + r.issuer + QLatin1Char('\t') +
                   r.display + (r.conflict ? QStringLiteral(" !") : QString()) + QLatin1Char('\t') +
                   r.label + QLatin1Char('\t') + r.quote + QLatin1Char('\n');
        if (rows.isEmpty())
            out = tr("No values.") + QLatin1Char('\n');
        writeOut(out.toUtf8());
    }
    return CommandLine::Success;
}
