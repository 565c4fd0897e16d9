#ifndef REPORTSCOPE_DARKPALETTE_H
#define REPORTSCOPE_DARKPALETTE_H

#include <QPalette>

/**
 * A dark colour scheme for the Fusion style (`reportscope --dark`, REPORTSCOPE_DARK=1). The
 * views take every colour from the palette, so this is the only place colours are named.
 */
class DarkPalette
{
public:
    static QPalette palette();
};

#endif // REPORTSCOPE_DARKPALETTE_H
