#ifndef REPORTSCOPE_REGEXSUBJECT_H
#define REPORTSCOPE_REGEXSUBJECT_H

#include <QRegularExpression>
#include <QStringView>

/**
 * A text that several regular expressions are matched against.
 *
 * PCRE2 checks that the subject is valid UTF-16 before every match, from its first unit to
 * its last: nine instructions a character, which for a pattern looked for in the first pages
 * of a report cost more than the search itself. The subject is checked here once, eight units
 * a step, and the matches skip PCRE2's check only when the text holds no lone surrogate; a text
 * with one is matched with the check, as before, so results never differ.
 */
class RegexSubject
{
public:
    explicit RegexSubject(QStringView text);

    QRegularExpressionMatch match(const QRegularExpression &re) const;
    bool isValidUtf16() const { return m_valid; }
    static bool isValidUtf16(QStringView text);

private:
    QStringView m_text;
    bool m_valid = false;
};

#endif
