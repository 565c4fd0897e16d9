#include "core/reportwarning.h"

#include <limits>

ReportWarning::ReportWarning(Type type, const QVariantList &arguments)
    : m_type(type), m_arguments(arguments)
{}

ReportWarning ReportWarning::invalidBytesReplaced(qint64 count, const QString &encoding)
{
    return ReportWarning(Type::InvalidBytesReplaced, {QVariant(count), QVariant(encoding)});
}

ReportWarning ReportWarning::duplicateCopy(int firstStart, int firstEnd, int secondStart,
                                           int secondEnd)
{
    return ReportWarning(Type::DuplicateCopy, {firstStart, firstEnd, secondStart, secondEnd});
}

ReportWarning ReportWarning::noHeadings()
{
    return ReportWarning(Type::NoHeadings, {});
}

ReportWarning ReportWarning::declaredEncodingWrong(const QString &declared, const QString &used)
{
    return ReportWarning(Type::DeclaredEncodingWrong, {QVariant(declared), QVariant(used)});
}

QString ReportWarning::typeName() const
{
    switch (m_type) {
    case Type::InvalidBytesReplaced:
        return QStringLiteral("invalid-bytes-replaced");
    case Type::DuplicateCopy:
        return QStringLiteral("duplicate-copy");
    case Type::NoHeadings:
        return QStringLiteral("no-headings");
    case Type::DeclaredEncodingWrong:
        return QStringLiteral("declared-encoding-wrong");
    }
    return QString();
}

QString ReportWarning::message() const
{
    // Arguments missing from a hand-made record read as 0 or empty rather than crash.
    const auto arg = [this](int i) { return m_arguments.value(i); };
    switch (m_type) {
    case Type::InvalidBytesReplaced: {
        const qint64 count = arg(0).toLongLong();
        return tr("%n invalid byte sequence(s) for %1 were replaced by �.", nullptr,
                  int(qBound<qint64>(0, count, qint64(std::numeric_limits<int>::max()))))
            .arg(arg(1).toString());
    }
    case Type::DuplicateCopy:
        return tr("The report text appears twice in this file (lines %1–%2 repeat in "
                  "lines %3–%4); the first copy is ignored.")
            .arg(arg(0).toInt())
            .arg(arg(1).toInt())
            .arg(arg(2).toInt())
            .arg(arg(3).toInt());
    case Type::NoHeadings:
        return tr("No headings were recognised; the whole text is shown as one section.");
    case Type::DeclaredEncodingWrong:
        return tr("The file declares the encoding %1, but its bytes are %2; it was read as %2.")
            .arg(arg(0).toString(), arg(1).toString());
    }
    return QString();
}
