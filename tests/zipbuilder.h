#ifndef REPORTSCOPE_TESTS_ZIPBUILDER_H
#define REPORTSCOPE_TESTS_ZIPBUILDER_H

#include <QByteArray>
#include <QList>
#include <QPair>

#include <zip.h>

#include <cstdio>

// A zip archive built in memory by libzip: entries name → bytes, deflated (as Word saves
// them) or stored. Shared by the reader tests and the docx fuzz target; empty on failure.
inline QByteArray makeZip(const QList<QPair<QByteArray, QByteArray>> &entries, bool deflate = true)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return QByteArray();
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return QByteArray();
    }
    for (const auto &[name, bytes] : entries) {
        // The entry's bytes are read at zip_close, while entries still holds them.
        zip_source_t *s = zip_source_buffer(archive, bytes.constData(), bytes.size(), 0);
        const zip_int64_t index =
            s ? zip_file_add(archive, name.constData(), s, ZIP_FL_OVERWRITE) : -1;
        if (index < 0) {
            zip_source_free(s);
            continue;
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    QByteArray out;
    if (zip_close(archive) < 0) {
        zip_discard(archive);
    } else if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            out.resize(qsizetype(size));
            if (zip_source_read(buffer, out.data(), zip_uint64_t(size)) != size)
                out.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

#endif // REPORTSCOPE_TESTS_ZIPBUILDER_H
