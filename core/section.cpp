#include "core/section.h"

QString Section::roleName(Role role)
{
    switch (role) {
    case Role::Preamble:
        return QStringLiteral("preamble");
    case Role::Body:
        return QStringLiteral("body");
    case Role::Closing:
        return QStringLiteral("closing");
    case Role::Appendix:
        return QStringLiteral("appendix");
    case Role::Glossary:
        return QStringLiteral("glossary");
    case Role::Notes:
        return QStringLiteral("notes");
    }
    return QString();
}

qsizetype Section::sourceOffset(qsizetype textOffset) const
{
    qsizetype base = 0;
    for (const TextSpan &span : bodySpans) {
        if (textOffset <= base + span.length())
            return textOffset >= base ? span.start + (textOffset - base) : -1;
        base += span.length() + 1; // the '\n' that joins two spans
    }
    return -1;
}

QStringView Section::textAt(const TextSpan &range) const
{
    if (range.start < 0 || range.end > text.size() || range.isEmpty())
        return QStringView();
    return QStringView(text).sliced(range.start, range.length());
}
