#include "core/figurevocabulary.h"

#include "core/tsvtable.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>

// Every entry is checked when read: a vocabulary that loads is complete and unambiguous, so
// the extractor never has to guess what a damaged file meant.

namespace {

constexpr const char *FileNames[] = {"units.tsv", "qualifiers.tsv", "framing.tsv", "words.tsv"};
constexpr int FileCount = 4;
constexpr int Columns[] = {3, 4, 2, 2};

int fileIndex(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName();
    for (int i = 0; i < FileCount; ++i) {
        if (base == QLatin1String(FileNames[i]))
            return i;
    }
    return -1;
}

template<typename E, size_t N>
bool lookup(const QString &name, const std::pair<const char *, E> (&table)[N], E *out)
{
    for (const auto &[n, e] : table) {
        if (name == QLatin1String(n)) {
            *out = e;
            return true;
        }
    }
    return false;
}

template<typename E, size_t N>
QString names(const std::pair<const char *, E> (&table)[N])
{
    QStringList out;
    for (const auto &entry : table)
        out.append(QLatin1String(entry.first));
    return out.join(QStringLiteral(", "));
}

using UC = FigureVocabulary::UnitClass;
const std::pair<const char *, UC> UnitClasses[] = {
    {"count", UC::Count},
    {"verbal", UC::Verbal},
    {"measure", UC::Measure},
    {"money", UC::Money},
    {"percent", UC::Percent},
    {"permille", UC::Permille},
    {"percentage_point", UC::PercentagePoint},
    {"multiple", UC::Multiple},
};

using R = FigureVocabulary::Role;
const std::pair<const char *, R> Roles[] = {
    {"opener", R::Opener},     {"change", R::Change},   {"level", R::Level},
    {"distrib", R::Distrib},   {"respect", R::Respect}, {"baseline", R::Baseline},
    {"particle", R::Particle},
};

using P = FigureVocabulary::Position;
const std::pair<const char *, P> Positions[] = {
    {"before", P::Before}, {"inner", P::Inner}, {"after", P::After}};

using B = Figure::Bound;
// Range is read from the numbers (3-5家), never from a word.
const std::pair<const char *, B> Bounds[] = {
    {"exact", B::Exact}, {"at_least", B::AtLeast},   {"at_most", B::AtMost},
    {"about", B::About}, {"more_than", B::MoreThan}, {"less_than", B::LessThan},
};

using L = FigureVocabulary::List;
const std::pair<const char *, L> Lists[] = {
    {"unit_blocker", L::UnitBlocker},
    {"lead", L::Lead},
    {"verb", L::Verb},
    {"weak_verb", L::WeakVerb},
    {"decrease", L::Decrease},
    {"noun_after_verb", L::NounAfterVerb},
    {"forward_stop", L::ForwardStop},
    {"forward_stop_inside", L::ForwardStopInside},
    {"slogan", L::Slogan},
    {"amount_change_verb", L::AmountChangeVerb},
    {"percent_change_verb", L::PercentChangeVerb},
    {"average", L::Average},
    {"change_header", L::ChangeHeader},
    {"change_suffix", L::ChangeSuffix},
    {"numeral_measure", L::NumeralMeasure},
    {"numeral_stop_before", L::NumeralStopBefore},
    {"increment", L::Increment},
    {"generic_noun", L::GenericNoun},
    {"target", L::Target},
    {"duration_unit", L::DurationUnit},
    {"label_tail", L::LabelTail},
    {"comparative", L::Comparative},
    {"baseline_copula", L::BaselineCopula},
    {"conversion", L::Conversion},
    {"kept_verb", L::KeptVerb},
};

QStringList textsOf(const std::vector<FigureVocabulary::Word> &words)
{
    QStringList out;
    for (const auto &w : words)
        out.append(w.text);
    return out;
}

} // namespace

const FigureVocabulary &FigureVocabulary::builtIn()
{
    static const FigureVocabulary vocabulary = [] {
        FigureVocabulary v;
        QString error;
        if (!v.loadDirectory(QStringLiteral(":/reportscope/figures"), &error)) {
            // A damaged build, not bad input: reading figures without their words would
            // report wrong figures without a sign of it.
            qFatal("ReportScope: the figure vocabulary is damaged: %s", qPrintable(error));
        }
        return v;
    }();
    return vocabulary;
}

bool FigureVocabulary::loadDirectory(const QString &dir, QString *error)
{
    for (const char *name : FileNames) {
        const QString path = QDir(dir).filePath(QLatin1String(name));
        TsvTable table;
        if (!table.readFile(path, Columns[fileIndex(path)], error) || !loadTable(table, error))
            return false;
    }
    return checkComplete(error);
}

bool FigureVocabulary::loadFile(QIODevice *device, const QString &fileName, QString *error)
{
    const int which = fileIndex(fileName);
    if (which < 0) {
        *error = tr("%1: not a vocabulary file (expected one of %2)")
                     .arg(fileName, QStringLiteral("units.tsv, qualifiers.tsv, framing.tsv, "
                                                   "words.tsv"));
        return false;
    }
    TsvTable table;
    return table.read(device, fileName, Columns[which], error) && loadTable(table, error);
}

bool FigureVocabulary::loadTable(const TsvTable &table, QString *error)
{
    const int which = fileIndex(table.fileName());
    const QList<TsvTable::Row> &rows = table.rows();
    QString why;
    int badLine = 0;
    bool ok = false;
    switch (which) {
    case 0:
        ok = readUnits(rows, &why, &badLine);
        break;
    case 1:
        ok = readQualifiers(rows, &why, &badLine);
        break;
    case 2:
        ok = readFraming(rows, &why, &badLine);
        break;
    default:
        ok = readWords(rows, &why, &badLine);
        break;
    }
    if (!ok) {
        *error = table.errorAt(badLine, why);
        return false;
    }
    m_filesRead |= 1u << which;
    m_fileNames[size_t(which)] = table.fileName();
    return true;
}

bool FigureVocabulary::checkComplete(QString *error) const
{
    // What is missing from a file that was read names that file, whatever else is missing:
    // an empty or cut-off file must not pass for a vocabulary with fewer words.
    if (m_filesRead & (1u << 0)) {
        for (const auto &[name, cls] : UnitClasses) {
            if (std::none_of(m_units.begin(), m_units.end(),
                             [c = cls](const Unit &u) { return u.cls == c; })) {
                *error = tr("%1: no entry of class “%2”").arg(m_fileNames[0], QLatin1String(name));
                return false;
            }
        }
    }
    if (m_filesRead & (1u << 1)) {
        const std::pair<const char *, bool> positions[] = {{"before", !m_qualifiersBefore.empty()},
                                                           {"inner", !m_inner.empty()},
                                                           {"after", !m_after.empty()}};
        for (const auto &[name, present] : positions) {
            if (!present) {
                *error =
                    tr("%1: no entry of position “%2”").arg(m_fileNames[1], QLatin1String(name));
                return false;
            }
        }
    }
    if (m_filesRead & (1u << 2)) {
        for (const auto &[name, role] : Roles) {
            if (std::none_of(m_framing.begin(), m_framing.end(),
                             [r = role](const Word &w) { return w.role == r; })) {
                *error = tr("%1: no entry of role “%2”").arg(m_fileNames[2], QLatin1String(name));
                return false;
            }
        }
    }
    if (m_filesRead & (1u << 3)) {
        for (const auto &[name, l] : Lists) {
            if (list(l).isEmpty()) {
                *error = tr("%1: list “%2” is missing").arg(m_fileNames[3], QLatin1String(name));
                return false;
            }
        }
    }
    for (int i = 0; i < FileCount; ++i) {
        if (!(m_filesRead & (1u << i))) {
            *error = tr("%1: not read").arg(QLatin1String(FileNames[i]));
            return false;
        }
    }
    return true;
}

bool FigureVocabulary::readUnits(const QList<TsvTable::Row> &rows, QString *why, int *badLine)
{
    std::vector<Unit> units;
    TsvTable::Keys seen;
    QStringList texts;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i).fields;
        *badLine = rows.at(i).line;
        Unit u;
        u.text = r.at(0);
        u.unit = r.at(1);
        if (!lookup(r.at(2), UnitClasses, &u.cls)) {
            *why = TsvTable::unknownValue(QStringLiteral("class"), r.at(2), names(UnitClasses));
            return false;
        }
        if (!seen.insert(u.text, *badLine, u.text, why))
            return false;
        texts.append(u.text);
        units.push_back(u);
    }
    m_units = std::move(units);
    m_unitIndex = Lexicon(texts);
    return true;
}

bool FigureVocabulary::readQualifiers(const QList<TsvTable::Row> &rows, QString *why, int *badLine)
{
    std::vector<Word> before;
    std::vector<Word> inner;
    std::vector<Word> after;
    TsvTable::Keys seen; // position + word
    const QStringList framing = textsOf(m_framing);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i).fields;
        *badLine = rows.at(i).line;
        Word w;
        w.text = r.at(0);
        w.role = Role::Qualifier;
        w.shown = r.at(2);
        Position position = Position::Before;
        if (!lookup(r.at(1), Positions, &position)) {
            *why = TsvTable::unknownValue(QStringLiteral("position"), r.at(1), names(Positions));
            return false;
        }
        if (!lookup(r.at(3), Bounds, &w.bound)) {
            *why = TsvTable::unknownValue(QStringLiteral("bound"), r.at(3), names(Bounds));
            return false;
        }
        const QString key = r.at(1) + QLatin1Char('\t') + w.text;
        if (!seen.insert(key, *badLine, w.text, why))
            return false;
        if (position == Position::Before && framing.contains(w.text)) {
            *why = tr("“%1” is also a word of framing.tsv").arg(w.text);
            return false;
        }
        (position == Position::Before  ? before
         : position == Position::Inner ? inner
                                       : after)
            .push_back(w);
    }
    m_qualifiersBefore = std::move(before);
    m_inner = std::move(inner);
    m_after = std::move(after);
    m_innerIndex = Lexicon(textsOf(m_inner));
    m_afterIndex = Lexicon(textsOf(m_after));
    indexBefore();
    return true;
}

bool FigureVocabulary::readFraming(const QList<TsvTable::Row> &rows, QString *why, int *badLine)
{
    std::vector<Word> framing;
    TsvTable::Keys seen;
    const QStringList qualifiers = textsOf(m_qualifiersBefore);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i).fields;
        *badLine = rows.at(i).line;
        Word w;
        w.text = r.at(0);
        if (!lookup(r.at(1), Roles, &w.role)) {
            *why = TsvTable::unknownValue(QStringLiteral("role"), r.at(1), names(Roles));
            return false;
        }
        if (!seen.insert(w.text, *badLine, w.text, why))
            return false;
        if (qualifiers.contains(w.text)) {
            *why = tr("“%1” is also a qualifier of qualifiers.tsv").arg(w.text);
            return false;
        }
        framing.push_back(w);
    }
    m_framing = std::move(framing);
    indexBefore();
    return true;
}

bool FigureVocabulary::readWords(const QList<TsvTable::Row> &rows, QString *why, int *badLine)
{
    std::array<QStringList, ListCount> words;
    TsvTable::Keys seen; // list + word
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i).fields;
        *badLine = rows.at(i).line;
        List l = List::Lead;
        if (!lookup(r.at(0), Lists, &l)) {
            *why = TsvTable::unknownValue(QStringLiteral("list"), r.at(0), names(Lists));
            return false;
        }
        const QString key = r.at(0) + QLatin1Char('\t') + r.at(1);
        if (!seen.insert(key, *badLine, r.at(1), why))
            return false;
        if (l == List::NumeralMeasure && r.at(1).size() != 1) {
            *why = tr("“%1” must be one character").arg(r.at(1));
            return false;
        }
        words.at(size_t(l)).append(r.at(1));
    }
    for (int i = 0; i < ListCount; ++i)
        m_lists.at(size_t(i)) = Lexicon(words.at(size_t(i)));
    return true;
}

void FigureVocabulary::indexBefore()
{
    m_before = m_qualifiersBefore;
    m_before.insert(m_before.end(), m_framing.begin(), m_framing.end());
    m_beforeIndex = Lexicon(textsOf(m_before));
}

const FigureVocabulary::Unit *FigureVocabulary::unitAt(QStringView s, qsizetype pos) const
{
    const qsizetype i = m_unitIndex.indexAt(s, pos, s.size());
    return i < 0 ? nullptr : &m_units.at(size_t(i));
}

const FigureVocabulary::Word *FigureVocabulary::wordBefore(QStringView s, qsizetype end,
                                                           qsizetype lowest) const
{
    const qsizetype i = m_beforeIndex.indexBefore(s, end, lowest);
    return i < 0 ? nullptr : &m_before.at(size_t(i));
}

const FigureVocabulary::Word *FigureVocabulary::qualifierAt(Position position, QStringView s,
                                                            qsizetype pos) const
{
    const Lexicon &index = position == Position::Inner ? m_innerIndex : m_afterIndex;
    const std::vector<Word> &words = position == Position::Inner ? m_inner : m_after;
    const qsizetype i = index.indexAt(s, pos, s.size());
    return i < 0 ? nullptr : &words.at(size_t(i));
}

QString FigureVocabulary::unitClassName(UnitClass c)
{
    for (const auto &[name, cls] : UnitClasses) {
        if (cls == c)
            return QLatin1String(name);
    }
    return {};
}
