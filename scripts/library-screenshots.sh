#!/usr/bin/env bash
# Renders the library windows for resources/screenshots/ with --screenshot --library-view
# (offscreen, 1280×800), in English (light) and Chinese (zh_CN), from a library built in a
# temporary folder from the corpus: the series (深圳市, 龙岗区, 国务院 2014–2025), the 18
# provinces of 2026 and the corpus's 法治政府建设 reports (the coverage matrix is of those:
# the provinces' reports are 政府工作报告).
#   library-pane     the window with the library pane (a report open)
#   library-search   a search with results (营商环境)
#   library-compare  深圳市 地区生产总值 over the years, a line chart and its table
#   library-diff     深圳市 2023 against 2024
#   library-coverage the coverage matrix
# Usage: scripts/library-screenshots.sh [BUILD_DIR] [OUT_DIR]; look at each one afterwards.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

setup_screenshots "${1:-}" "${2:-}"
[ -d "$corpus/series" ] || {
    echo "error: no $corpus/series (set REPORTSCOPE_CORPUS_DIR)" >&2
    exit 1
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/library.sqlite"
fazhi=()
for f in "$corpus"/*fazhi*.txt; do
    [ -f "$f" ] && fazhi+=("$f")
done
QT_QPA_PLATFORM=offscreen "$bin" library add "$corpus/series" "$corpus/provinces-2026" \
    "${fazhi[@]}" --db "$db" >"$tmp/add.log"

shoot() { # NAME VARIANT VIEW [FILE...]
    local name="$1" variant="$2" view="$3"
    shift 3
    local lang=en
    [ "$variant" = zh_CN ] && lang=zh_CN
    env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$tmp/config" "$bin" --lang "$lang" \
        --library "$db" --library-view "$view" --screenshot "$out/$name-$variant.png" "$@"
    echo "$out/$name-$variant.png"
}

for variant in light zh_CN; do
    shoot library-pane "$variant" pane "$corpus/series/shenzhen-gzbg-2024.txt"
    shoot library-search "$variant" search=营商环境 "$corpus/series/shenzhen-gzbg-2024.txt"
    shoot library-compare "$variant" compare=地区生产总值@深圳市人民政府
    shoot library-diff "$variant" diff "$corpus/series/shenzhen-gzbg-2023.txt" \
        "$corpus/series/shenzhen-gzbg-2024.txt"
    shoot library-coverage "$variant" coverage
done
