#include "core/cjkcompatibilityfolder.h"

#include <QChar>
#include <QList>

char32_t CjkCompatibilityFolder::fold(char32_t c)
{
    const bool radical = c >= 0x2E80 && c <= 0x2FDF;
    const bool compatibility = (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    if (!radical && !compatibility)
        return c;
    // The Unicode data decomposes each of them (compatibility or canonical singleton) to
    // exactly one unified ideograph; those without a decomposition stay.
    const QString d = QChar::decomposition(c);
    const QList<uint> ucs = d.toUcs4();
    if (ucs.size() != 1)
        return c;
    return char32_t(ucs.constFirst());
}

QString CjkCompatibilityFolder::fold(const QString &text)
{
    bool any = false;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF) || ch.isSurrogate()) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    QString out;
    out.reserve(text.size());
    const QList<uint> ucs = text.toUcs4();
    for (uint c : ucs) {
        const char32_t f = fold(char32_t(c));
        if (QChar::requiresSurrogates(f)) {
            out.append(QChar::highSurrogate(f));
            out.append(QChar::lowSurrogate(f));
        } else {
            out.append(QChar(char16_t(f)));
        }
    }
    return out;
}
