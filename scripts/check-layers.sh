#!/usr/bin/env bash
# Fails when a layer reaches above itself (docs/ARCHITECTURE.md):
# - core, import and library include no Gui, Widgets or Charts header and no header of a higher layer;
# - export includes no header of the widgets layer;
# - the core, import and library archives need no symbol that Qt6Gui or Qt6Widgets defines.
# Usage: scripts/check-layers.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD="${1:?usage: check-layers.sh BUILD_DIR}"
status=0

bad_includes() { # FOLDER REGEX
    local hits
    hits=$(grep -nE "^#include [<\"]($2)" "$1"/*.h "$1"/*.cpp 2>/dev/null || true)
    if [ -n "$hits" ]; then
        echo "layers: $1 includes what it may not:"
        echo "$hits"
        status=1
    fi
}
GUI_HEADERS='Qt(Gui|Widgets|Charts|PrintSupport)|Q(Widget|Application|GuiApplication|Painter|Pixmap|Image|Color|Font|Palette|TextDocument|Chart|PdfWriter)\b'
bad_includes core "$GUI_HEADERS|import/|library/|export/|widgets/|app/"
bad_includes import "$GUI_HEADERS|library/|export/|widgets/|app/"
bad_includes library "$GUI_HEADERS|export/|widgets/|app/"
bad_includes export "widgets/|app/"

# Symbols defined by the GUI libraries, compared with what the archives leave undefined.
qtlib() { # NAME -> path of the shared library
    find /usr/lib /usr/lib64 -name "lib$1.so.6" 2>/dev/null | head -n 1
}
gui_symbols=$(mktemp)
trap 'rm -f "$gui_symbols"' EXIT
for lib in Qt6Gui Qt6Widgets; do
    path=$(qtlib "$lib")
    [ -n "$path" ] || { echo "layers: lib$lib.so.6 not found"; exit 1; }
    nm -D --defined-only "$path" | awk '{sub(/@.*/, "", $3); print $3}'
done | sort -u >"$gui_symbols"
for archive in core/libreportscope_core.a import/libreportscope_import.a \
    library/libreportscope_library.a; do
    file="$BUILD/$archive"
    [ -f "$file" ] || { echo "layers: $file not built"; exit 1; }
    leaks=$(nm --undefined-only "$file" 2>/dev/null | awk 'NF {print $NF}' | sort -u |
        comm -12 - "$gui_symbols" | head -n 20)
    if [ -n "$leaks" ]; then
        echo "layers: $archive uses symbols of Qt6Gui/Qt6Widgets:"
        echo "$leaks" | c++filt
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "layers: core, import and library are free of Gui and Widgets"
exit "$status"
