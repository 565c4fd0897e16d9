#ifndef REPORTSCOPE_REPORTWARNING_H
#define REPORTSCOPE_REPORTWARNING_H

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

/**
 * A note about a file that did not stop it from being read: bytes that were replaced, a
 * duplicated copy of the text, no headings found.
 *
 * Kept as data, a type and its arguments, and put into words by message() each time it is
 * shown, so that a change of language changes every warning on screen at once.
 */
class ReportWarning
{
    Q_DECLARE_TR_FUNCTIONS(ReportWarning)

public:
    enum class Type {
        /** Bytes invalid in the detected encoding were replaced by U+FFFD.
         *  Arguments: the count (qint64), the encoding's name (QString). */
        InvalidBytesReplaced,
        /** The text appears twice; the first copy is ignored. Arguments: first and last line
         *  of the first copy, first and last line of the second (int). */
        DuplicateCopy,
        /** No heading was recognised; the whole text is one section. No arguments. */
        NoHeadings,
        /** The file declares one text encoding but its bytes are in another, which was used.
         *  Arguments: the declared name, the name used (QString). */
        DeclaredEncodingWrong,
    };

    ReportWarning() = default;
    ReportWarning(Type type, const QVariantList &arguments);

    static ReportWarning invalidBytesReplaced(qint64 count, const QString &encoding);
    static ReportWarning duplicateCopy(int firstStart, int firstEnd, int secondStart,
                                       int secondEnd);
    static ReportWarning noHeadings();
    static ReportWarning declaredEncodingWrong(const QString &declared, const QString &used);

    Type type() const { return m_type; }
    const QVariantList &arguments() const { return m_arguments; }
    /** Stable name of the type for machine-readable output, e.g. "duplicate-copy". */
    QString typeName() const;
    /** The warning as a sentence in the current language. */
    QString message() const;

    friend bool operator==(const ReportWarning &a, const ReportWarning &b)
    {
        return a.m_type == b.m_type && a.m_arguments == b.m_arguments;
    }

private:
    Type m_type = Type::NoHeadings;
    QVariantList m_arguments;
};

#endif // REPORTSCOPE_REPORTWARNING_H
