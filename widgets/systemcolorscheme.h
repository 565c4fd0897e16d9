#ifndef REPORTSCOPE_SYSTEMCOLORSCHEME_H
#define REPORTSCOPE_SYSTEMCOLORSCHEME_H

#include <QPalette>
#include <QString>

/**
 * Whether the desktop asks for a dark colour scheme. Qt 6.4 has no
 * QStyleHints::colorScheme(), so this reads what the desktops write: GTK_THEME ("Adwaita:dark"),
 * GTK's settings.ini (gtk-application-prefer-dark-theme, a theme name with "dark"), KDE's
 * kdeglobals ColorScheme, and finally the platform palette itself (a dark window colour).
 */
class SystemColorScheme
{
public:
    /** For the running program: the environment, $XDG_CONFIG_HOME (or ~/.config) and the
     *  application palette. */
    static bool prefersDark();
    /** The same decision from given inputs (tests). */
    static bool prefersDark(const QString &gtkThemeVariable, const QString &configHome,
                            const QPalette &platformPalette);
};

#endif // REPORTSCOPE_SYSTEMCOLORSCHEME_H
