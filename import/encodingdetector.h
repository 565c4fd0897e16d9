#ifndef REPORTSCOPE_ENCODINGDETECTOR_H
#define REPORTSCOPE_ENCODINGDETECTOR_H

#include <QByteArrayView>
#include <QString>

/**
 * Detects and decodes the text encodings Chinese government pages are saved in:
 * UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM), UTF-32 with BOM and
 * GB18030 (a superset of GBK and GB2312).
 */
class EncodingDetector
{
public:
    enum class Encoding { Unknown, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Gb18030 };

    struct Result
    {
        Encoding encoding = Encoding::Unknown;
        qsizetype bomLength = 0;
        bool binary = false; ///< the bytes are not text in any supported encoding
    };

    struct Decoded
    {
        QString text;
        QString encodingName;           ///< e.g. "UTF-8", "UTF-16LE", "GB18030"
        qsizetype invalidSequences = 0; ///< byte sequences replaced by U+FFFD
        bool binary = false;
    };

    static Result detect(QByteArrayView data);
    /** Detects the encoding and decodes; text is empty when binary is set. When normalized
     *  is given, it receives TextNormalizer::normalize() of the text, for UTF-8 made in the
     *  same pass as the text. */
    static Decoded decode(QByteArrayView data, QString *normalized = nullptr);
    static QString encodingName(Encoding encoding, bool withBom);

private:
    static Result detectWithoutScan(QByteArrayView data, bool *undecided);
    static Result detectByScan(QByteArrayView data);
    static Decoded decodeText(QByteArrayView data, QString *normalized);
};

#endif // REPORTSCOPE_ENCODINGDETECTOR_H
