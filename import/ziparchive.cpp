#include "import/ziparchive.h"

#include <zip.h>

ZipArchive::ZipArchive(const QByteArray &data)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    if (!source) {
        m_error = tr("The file could not be read as a zip archive.");
        zip_error_fini(&error);
        return;
    }
    m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        zip_source_free(source);
        m_error = zip_error_code_zip(&error) == ZIP_ER_NOZIP
                      ? tr("The file is damaged: it is not a complete zip archive.")
                      : tr("The file is damaged: its zip archive cannot be opened (%1).")
                            .arg(QString::fromUtf8(zip_error_strerror(&error)));
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::contains(const char *name) const
{
    return m_zip && zip_name_locate(m_zip, name, 0) >= 0;
}

QByteArray ZipArchive::read(const char *name, bool optional)
{
    m_error.clear();
    if (!m_zip) {
        m_error = tr("The file could not be read as a zip archive.");
        return QByteArray();
    }
    const zip_int64_t index = zip_name_locate(m_zip, name, 0);
    if (index < 0) {
        if (!optional)
            m_error = tr("The file is damaged: %1 is missing.").arg(QString::fromUtf8(name));
        return QByteArray();
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0) {
        m_error = tr("The file is damaged: %1 cannot be read.").arg(QString::fromUtf8(name));
        return QByteArray();
    }
    const qint64 packed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
    const auto tooLarge = [&](qint64 unpacked) {
        return unpacked > MaxEntrySize ||
               (unpacked > RatioFloor && unpacked > MaxRatio * qMax<qint64>(packed, 1));
    };
    const auto refuse = [&]() {
        m_error = tr("Refused: %1 would unpack to more than %2 MB or %3 times its packed size "
                     "(a zip bomb?).")
                      .arg(QString::fromUtf8(name))
                      .arg(MaxEntrySize / (1024 * 1024))
                      .arg(MaxRatio);
        return QByteArray();
    };
    if (tooLarge(size))
        return refuse();
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        m_error = tr("The file is damaged or encrypted: %1 cannot be unpacked.")
                      .arg(QString::fromUtf8(name));
        return QByteArray();
    }
    QByteArray out;
    out.reserve(qMin<qint64>(size, MaxEntrySize));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            m_error =
                tr("The file is damaged: %1 cannot be unpacked.").arg(QString::fromUtf8(name));
            zip_fclose(file);
            return QByteArray();
        }
        if (n == 0)
            break;
        out.append(buffer, qsizetype(n));
        // The directory's sizes may lie; the bytes that really come out decide.
        if (tooLarge(out.size())) {
            zip_fclose(file);
            return refuse();
        }
    }
    zip_fclose(file);
    return out;
}
