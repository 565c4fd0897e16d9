#ifndef REPORTSCOPE_LIBRARYPAIRING_H
#define REPORTSCOPE_LIBRARYPAIRING_H

#include <QString>

class LibraryDatabase;

/**
 * Pairs a report of the library with the one of the same place and type in the year before
 * (or after), for a year-over-year diff. Years, types and places are the library's, with the
 * user's corrections.
 */
class LibraryPairing
{
public:
    explicit LibraryPairing(LibraryDatabase *database);

    /** The report of the same type and place whose reporting year is one less, or one more
     *  when step is 1: of the same issuer if there are several, else the first by path. Empty
     *  when the report is not in the library, its year, type or place is unknown, or there is
     *  none; files marked missing are left out. */
    QString adjacentYear(const QString &path, int step = -1) const;

private:
    LibraryDatabase *m_db;
};

#endif // REPORTSCOPE_LIBRARYPAIRING_H
