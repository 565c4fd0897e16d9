#!/usr/bin/env bash
# Renders the screenshots in resources/screenshots/ with the program's --screenshot option
# (offscreen, 1280×800): the report overview, a section chart, the start page and the print
# preview, each light, dark, in Chinese (zh_CN) and at 200% (QT_SCALE_FACTOR=2, 2560×1600).
# Run it again after a change to what they show, and look at each one.
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
#   BUILD_DIR  default: build (configured and built if needed)
#   OUT_DIR    default: resources/screenshots
# The overview is of a report of the corpus ($REPORTSCOPE_CORPUS_DIR, else /work/shared/corpus);
# the chart and the print preview of the bundled sample report, section 1.5.4 (a
# section with charts: they group figures by indicator and role).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

setup_screenshots "${1:-}" "${2:-}"

# The overview: a work report with many catalogue indicators; the chart and the preview: a
# section with figures of several kinds (no FILE: the bundled sample).
overview=("$corpus/guowuyuan-gzbg-2024.txt")
section=(--select 1.5.4)
[ -f "${overview[0]}" ] || {
    echo "error: no ${overview[0]} (set REPORTSCOPE_CORPUS_DIR)" >&2
    exit 1
}

shoot() { # NAME VARIANT ARGS...
    local name="$1" variant="$2"
    shift 2
    local args=(--lang en) scale=1
    case "$variant" in
    dark) args+=(--dark) ;;
    zh_CN) args=(--lang zh_CN) ;;
    200) scale=2 ;;
    esac
    # A settings directory of its own: nothing of the user's (recent files, layout) shows.
    env QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR="$scale" XDG_CONFIG_HOME="$tmp/config" \
        "$bin" "${args[@]}" --screenshot "$out/$name-$variant.png" "$@"
    echo "$out/$name-$variant.png"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for variant in light dark zh_CN 200; do
    shoot overview "$variant" "${overview[@]}"
    shoot chart "$variant" "${section[@]}"
    shoot start "$variant" --start-page
    shoot preview "$variant" --print-preview "${section[@]}"
done
# The README's (and the metainfo's first) screenshots are the same section of the sample.
if [ "$out" = "$REPO_DIR/resources/screenshots" ]; then
    cp "$out/chart-light.png" "$REPO_DIR/resources/screenshot.png"
    cp "$out/chart-zh_CN.png" "$REPO_DIR/resources/screenshot-zh_CN.png"
fi
