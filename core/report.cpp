#include "core/report.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

QString Report::displayName() const
{
    if (!m_metadata.title.isEmpty())
        return m_metadata.title;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return QString();
}

QStringList Report::warningMessages() const
{
    QStringList out;
    out.reserve(m_warnings.size());
    for (const ReportWarning &w : m_warnings)
        out.append(w.message());
    return out;
}

QStringList Report::sectionPath(int index) const
{
    QStringList path;
    for (int i = index; i >= 0 && i < m_sections.size(); i = m_sections.at(i).parent)
        path.prepend(headingText(i));
    return path;
}

QString Report::headingText(int index) const
{
    const Section &s = m_sections.at(index);
    // "附件一 名词解释", "第一部分 总体要求": these markers end in a word, not punctuation.
    if ((s.kind == Section::Kind::Attachment || s.kind == Section::Kind::Chapter) &&
        !s.marker.isEmpty() && !s.title.isEmpty())
        return s.marker + QLatin1Char(' ') + s.title;
    return s.marker + s.title;
}

QString Report::subtreeText(int index) const
{
    const Section &root = m_sections.at(index);
    QString out = root.text;
    for (int i = index + 1; i < root.subtreeEnd; ++i) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += headingText(i);
        if (!m_sections.at(i).text.isEmpty())
            out += QLatin1Char('\n') + m_sections.at(i).text;
    }
    return out;
}

QStringView Report::figureSource(const Figure &figure) const
{
    if (figure.section < 0 || figure.section >= m_sections.size())
        return QStringView();
    const Section &s = m_sections.at(figure.section);
    return figure.inTitle ? QStringView(s.title) : QStringView(s.text);
}

QStringView Report::figureText(int figureIndex) const
{
    const Figure &f = m_figures.at(figureIndex);
    return f.textIn(figureSource(f));
}

QStringView Report::figureQuote(int figureIndex) const
{
    const Figure &f = m_figures.at(figureIndex);
    return f.quoteIn(figureSource(f));
}

QString Report::figureSectionId(int figureIndex) const
{
    const int section = m_figures.at(figureIndex).section;
    return section >= 0 && section < m_sections.size() ? m_sections.at(section).id : QString();
}

QList<int> Report::figuresInSubtree(int sectionIndex) const
{
    QList<int> result;
    if (sectionIndex < 0 || sectionIndex >= m_sections.size() || m_firstFigure.isEmpty())
        return result;
    const int first = m_firstFigure.at(sectionIndex);
    const int last = m_firstFigure.at(m_sections.at(sectionIndex).subtreeEnd);
    result.reserve(last - first);
    for (int i = first; i < last; ++i)
        result.append(i);
    return result;
}

QList<int> Report::figuresInSection(int sectionIndex) const
{
    QList<int> result;
    if (sectionIndex < 0 || sectionIndex >= m_sections.size() || m_firstFigure.isEmpty())
        return result;
    result.reserve(m_firstFigure.at(sectionIndex + 1) - m_firstFigure.at(sectionIndex));
    for (int i = m_firstFigure.at(sectionIndex); i < m_firstFigure.at(sectionIndex + 1); ++i)
        result.append(i);
    return result;
}

int Report::figureRangeOfSubtree(int sectionIndex, int *end) const
{
    if (sectionIndex < 0 || sectionIndex >= m_sections.size() || m_firstFigure.isEmpty()) {
        *end = 0;
        return 0;
    }
    *end = m_firstFigure.at(m_sections.at(sectionIndex).subtreeEnd);
    return m_firstFigure.at(sectionIndex);
}

int Report::figureRangeOfSection(int sectionIndex, int *end) const
{
    if (sectionIndex < 0 || sectionIndex >= m_sections.size() || m_firstFigure.isEmpty()) {
        *end = 0;
        return 0;
    }
    *end = m_firstFigure.at(sectionIndex + 1);
    return m_firstFigure.at(sectionIndex);
}

bool Report::pageRangeOfSubtree(int index, int *first, int *last) const
{
    *first = 0;
    *last = 0;
    if (index < 0 || index >= m_sections.size())
        return false;
    for (int i = index; i < m_sections.at(index).subtreeEnd; ++i) {
        for (const SectionBlock &b : m_sections.at(i).blocks) {
            const int from = b.position.page;
            const int to = b.rows.isEmpty() ? from : qMax(from, b.rows.last().position.page);
            if (from <= 0)
                continue;
            *first = *first == 0 ? from : qMin(*first, from);
            *last = qMax(*last, to);
        }
    }
    return *first > 0;
}

int Report::figureCountInSubtree(int sectionIndex) const
{
    int end = 0;
    const int first = figureRangeOfSubtree(sectionIndex, &end);
    return end - first;
}

void Report::rebuildIndexes()
{
    m_indexById.clear();
    m_indexById.reserve(m_sections.size());
    m_topLevel.clear();
    for (int i = 0; i < m_sections.size(); ++i) {
        m_indexById.insert(m_sections.at(i).id, i);
        if (m_sections.at(i).parent < 0)
            m_topLevel.append(i);
    }
}

void Report::setFigures(QList<Figure> figures)
{
    // By section, the title's figures before the text's, then by position. The parser hands
    // them in that order already: checking is linear, while sorting millions of figures needs
    // a buffer as large as the list.
    const auto before = [](const Figure &a, const Figure &b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (a.inTitle != b.inTitle)
            return a.inTitle;
        return a.start < b.start;
    };
    if (!std::is_sorted(figures.cbegin(), figures.cend(), before))
        std::stable_sort(figures.begin(), figures.end(), before);
    // Labels, units and qualifiers repeat across a report's figures: equal strings share one
    // buffer, which frees the copies the extractor made. A field most often repeats the one
    // of the figure before (the unit always, the period and label of a sentence's figures),
    // so that is compared first and the pool hashed only for a new string.
    QSet<QString> pool;
    // Most figures bring one new string; a table of that size is small (its entries are
    // allocated as they fill) and is never rehashed.
    pool.reserve(figures.size());
    const auto intern = [&pool](QString &s, QString &previous) {
        if (s.isEmpty()) {
            s = QString();
            return;
        }
        if (s == previous) {
            s = previous;
            return;
        }
        auto it = pool.constFind(s);
        if (it == pool.constEnd())
            it = pool.insert(s);
        s = *it;
        previous = s;
    };
    QString label, unit, qualifier, period;
    for (Figure &f : figures) {
        intern(f.label, label);
        intern(f.unit, unit);
        intern(f.qualifier, qualifier);
        intern(f.period, period);
    }
    m_figures = std::move(figures);
    // m_firstFigure[i] is the first figure of section i or later; sections are in pre-order,
    // so a subtree's figures are the contiguous range up to m_firstFigure[subtreeEnd].
    m_firstFigure.fill(0, m_sections.size() + 1);
    int f = 0;
    for (int s = 0; s <= m_sections.size(); ++s) {
        while (f < m_figures.size() && m_figures.at(f).section < s)
            ++f;
        m_firstFigure[s] = f;
    }
}
