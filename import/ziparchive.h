#ifndef REPORTSCOPE_ZIPARCHIVE_H
#define REPORTSCOPE_ZIPARCHIVE_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct zip;

/**
 * A zip archive in memory, read through libzip, with the limits a hostile file needs: an
 * entry is refused when it would unpack beyond MaxEntrySize, or when it unpacks to more than
 * MaxRatio times its packed size and beyond RatioFloor bytes (a zip bomb). The size is
 * checked while unpacking too, not taken from the directory's word.
 */
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static constexpr qint64 MaxEntrySize = 64 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioFloor = 1024 * 1024;

    /** Opens the bytes, which must outlive the archive; see error() when it fails. */
    explicit ZipArchive(const QByteArray &data);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const char *name) const;
    /** The entry's bytes; on failure empty with error() set. A missing entry is empty with
     *  no error when optional. */
    QByteArray read(const char *name, bool optional = false);
    /** The last failure, translated, one line; empty when none. */
    const QString &error() const { return m_error; }

private:
    zip *m_zip = nullptr;
    QString m_error;
};

#endif // REPORTSCOPE_ZIPARCHIVE_H
