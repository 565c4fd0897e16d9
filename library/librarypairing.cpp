#include "library/librarypairing.h"

#include "library/librarydatabase.h"

#include <QFileInfo>

#include <algorithm>

LibraryPairing::LibraryPairing(LibraryDatabase *database) : m_db(database) {}

QString LibraryPairing::adjacentYear(const QString &path, int step) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QList<LibraryDatabase::Entry> entries = m_db->entries();
    const auto self =
        std::find_if(entries.cbegin(), entries.cend(),
                     [&](const LibraryDatabase::Entry &e) { return e.path == absolute; });
    if (self == entries.cend() || self->year <= 0 || self->place.isEmpty() ||
        self->type.isEmpty() || self->type == QLatin1String("other"))
        return QString();
    QString best;
    for (const LibraryDatabase::Entry &e : entries) {
        if (e.state != QLatin1String("ok") || e.path == absolute || e.year != self->year + step ||
            e.type != self->type || e.place != self->place)
            continue;
        if (e.issuer == self->issuer)
            return e.path; // entries are sorted by path: the first of the same issuer
        if (best.isEmpty())
            best = e.path;
    }
    return best;
}
