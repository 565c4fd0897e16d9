#include "core/languagemanager.h"

#include <QFile>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const char *const SettingsKey = "language";

} // namespace

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Each language in its own script, as language menus show them.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::normalize(const QString &code)
{
    QString c = code.trimmed();
    c = c.section(QLatin1Char('.'), 0, 0).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ||
        c.startsWith(QLatin1String("en_"), Qt::CaseInsensitive) ||
        c.compare(QLatin1String("C"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("en");
    if (c.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0 ||
        c.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0 ||
        c.compare(QLatin1String("zh_Hans"), Qt::CaseInsensitive) == 0 ||
        c.compare(QLatin1String("zh_SG"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("zh_CN");
    return QString();
}

QString LanguageManager::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese &&
        system.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = normalize(QSettings().value(QLatin1String(SettingsKey)).toString());
    return saved.isEmpty() ? systemLanguage() : saved;
}

void LanguageManager::savePreference(const QString &code)
{
    QSettings().setValue(QLatin1String(SettingsKey), normalize(code));
}

QList<QTranslator *> &LanguageManager::translators()
{
    // Never destroyed: the installed translators stay reachable until the process ends, as
    // the application keeps using them (a static QList would be freed before them at exit).
    static auto *list = new QList<QTranslator *>;
    return *list;
}

QString &LanguageManager::currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

QString LanguageManager::current()
{
    return currentCode();
}

bool LanguageManager::apply(const QString &requested)
{
    const QString code = normalize(requested);
    if (code.isEmpty())
        return false;
    auto *app = QCoreApplication::instance();
    for (QTranslator *t : std::as_const(translators())) {
        if (app)
            QCoreApplication::removeTranslator(t);
        delete t;
    }
    translators().clear();
    bool ok = true;
    if (code != QLatin1String("en")) {
        // Core's catalogue (parser, loader, models) is always linked; the GUI layers'
        // catalogue is there only in programs that link the widgets library.
        const QString core = QStringLiteral(":/i18n/reportscope_core_%1.qm").arg(code);
        const QString gui = QStringLiteral(":/i18n/reportscope_%1.qm").arg(code);
        for (const QString &file : {core, gui}) {
            if (file == gui && !QFile::exists(gui))
                continue;
            auto *own = new QTranslator;
            if (own->load(file)) {
                translators().append(own);
                QCoreApplication::installTranslator(own);
            } else {
                delete own;
                ok = false;
            }
        }
        // Qt's own strings: dialog buttons, file dialogs, context menus.
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            translators().append(qt);
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    if (!ok) {
        currentCode() = QStringLiteral("en");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return false;
    }
    currentCode() = code;
    // Numbers and dates in the interface follow the language.
    QLocale::setDefault(code == QLatin1String("zh_CN")
                            ? QLocale(QLocale::Chinese, QLocale::China)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}
