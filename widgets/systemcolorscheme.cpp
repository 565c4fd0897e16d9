#include "widgets/systemcolorscheme.h"

#include <QDir>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>

bool SystemColorScheme::prefersDark()
{
    return prefersDark(qEnvironmentVariable("GTK_THEME"),
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                       QGuiApplication::palette());
}

bool SystemColorScheme::prefersDark(const QString &gtkThemeVariable, const QString &configHome,
                                    const QPalette &platformPalette)
{
    // GTK_THEME=Name:variant overrides every setting file for GTK programs.
    if (!gtkThemeVariable.isEmpty())
        return gtkThemeVariable.contains(QLatin1String("dark"), Qt::CaseInsensitive);
    const QDir config(configHome);
    for (const char *file : {"gtk-4.0/settings.ini", "gtk-3.0/settings.ini"}) {
        const QString path = config.filePath(QLatin1String(file));
        if (!QFileInfo::exists(path))
            continue;
        const QSettings gtk(path, QSettings::IniFormat);
        const QString prefer =
            gtk.value(QStringLiteral("Settings/gtk-application-prefer-dark-theme")).toString();
        if (prefer == QLatin1String("1") || prefer.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (gtk.value(QStringLiteral("Settings/gtk-theme-name"))
                .toString()
                .contains(QLatin1String("dark"), Qt::CaseInsensitive))
            return true;
    }
    const QString kde = config.filePath(QStringLiteral("kdeglobals"));
    if (QFileInfo::exists(kde)) {
        const QSettings globals(kde, QSettings::IniFormat);
        // QSettings reads an INI file's [General] group as its top level.
        if (globals.value(QStringLiteral("ColorScheme"))
                .toString()
                .contains(QLatin1String("dark"), Qt::CaseInsensitive))
            return true;
    }
    // A platform theme that follows the desktop already hands out a dark palette.
    return platformPalette.color(QPalette::Window).lightness() < 96;
}
