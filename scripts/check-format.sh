#!/usr/bin/env bash
# Fails when a C++ source differs from .clang-format. With --fix, rewrites the files instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CLANG_FORMAT="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format)}"
mapfile -t files < <(git ls-files -co --exclude-standard -- \
    'core/*.cpp' 'core/*.h' 'import/*.cpp' 'import/*.h' 'library/*.cpp' 'library/*.h' 'export/*.cpp' 'export/*.h' 'widgets/*.cpp' 'widgets/*.h' 'app/*.cpp' 'app/*.h' \
    'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'fuzz/*.cpp' 2>/dev/null || true)
if [ "${#files[@]}" -eq 0 ]; then
    mapfile -t files < <(find core import library export widgets app tests bench fuzz -name '*.cpp' -o -name '*.h')
fi
if [ "${1:-}" = "--fix" ]; then
    "$CLANG_FORMAT" -i "${files[@]}"
else
    "$CLANG_FORMAT" --dry-run --Werror "${files[@]}"
    echo "format: ${#files[@]} files checked"
fi
