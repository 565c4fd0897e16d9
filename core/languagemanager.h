#ifndef REPORTSCOPE_LANGUAGEMANAGER_H
#define REPORTSCOPE_LANGUAGEMANAGER_H

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

/**
 * Chooses and installs the user-interface language: ReportScope's own catalogues (core's,
 * and the GUI layers' when the program links them) and Qt's (dialog buttons, file dialogs).
 * Installing a language sends LanguageChange to every widget, so open windows retranslate at once.
 */
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    /** Language codes with a user interface: "en" and "zh_CN". */
    static QStringList available();
    /** The language's own name for menus: "English", "简体中文". */
    static QString nativeName(const QString &code);
    /** "zh_CN" for Chinese system locales, else "en". */
    static QString systemLanguage();
    /** The saved choice (View ▸ Language), else the system language. */
    static QString preferredLanguage();
    /** Remembers the choice for the next start. */
    static void savePreference(const QString &code);
    /** Accepts "en", "zh_CN", "zh", "zh-CN", "zh_CN.UTF-8" ...; empty if unknown. */
    static QString normalize(const QString &code);

    /** Installs the catalogues for code; returns false (and stays in English) if the code is
     *  unknown or its catalogue is missing. */
    static bool apply(const QString &code);
    /** The installed language code. */
    static QString current();

private:
    /** The installed catalogues: core's, the GUI layers' when linked, and Qt's. */
    static QList<QTranslator *> &translators();
    static QString &currentCode();
};

#endif // REPORTSCOPE_LANGUAGEMANAGER_H
