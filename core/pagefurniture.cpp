#include "core/pagefurniture.h"

#include <QHash>
#include <QRegularExpression>

bool PageFurniture::isPageNumber(QStringView line)
{
    // Dashes of every width around a number, 第 n 页 (共 m 页), n/m, "Page n of m".
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[-\\x{2010}-\\x{2015}\\x{2212}\\x{FF0D}\\x{2500}~\\s·.]*\\d{1,4}"
                       "[-\\x{2010}-\\x{2015}\\x{2212}\\x{FF0D}\\x{2500}~\\s·.]*"
                       "|第\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*(?:共\\s*\\d{1,4}\\s*页)?"
                       "|共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,4}\\s*页"
                       "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                       "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)$"));
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 24)
        return false;
    return pattern.match(t.toString()).hasMatch();
}

QString PageFurniture::key(QStringView line)
{
    QString k;
    k.reserve(line.size());
    for (QChar c : line) {
        if (!c.isDigit() && !c.isSpace())
            k.append(c);
    }
    return k;
}

QSet<QString> PageFurniture::repeatedKeys(const QList<QStringList> &edgeLines)
{
    QSet<QString> repeated;
    const qsizetype pages = edgeLines.size();
    if (pages < 3)
        return repeated;
    QHash<QString, int> counts;
    for (const QStringList &page : edgeLines) {
        QSet<QString> seen;
        for (const QString &line : page) {
            const QString k = key(line);
            if (k.size() >= 2 && !seen.contains(k)) {
                seen.insert(k);
                ++counts[k];
            }
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= 3 && it.value() * 10 >= pages * 6)
            repeated.insert(it.key());
    }
    return repeated;
}
