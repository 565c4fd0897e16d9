#include "core/sourcedocument.h"

#include "core/textnormalizer.h"

void SourceDocument::setText(const QString &text)
{
    m_text = text;
    m_normalized = TextNormalizer::normalize(text);
}

void SourceDocument::setText(const QString &text, const QString &normalized)
{
    Q_ASSERT(normalized == TextNormalizer::normalize(text));
    m_text = text;
    m_normalized = normalized;
}

QStringView SourceDocument::text(const TextSpan &span) const
{
    if (span.start < 0 || span.end > m_text.size() || span.isEmpty())
        return QStringView();
    return QStringView(m_text).sliced(span.start, span.length());
}
