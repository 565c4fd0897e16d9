#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and fuzzes one of them for
# SECONDS (default 60): report (the reader the content picks), pdf, html (also MHTML) or docx.
# Each reads the bytes, parses them and extracts the figures (fuzz/readerchecks.cpp).
# New crashing inputs land in fuzz/crashes/<target>/; once fixed, copy each into
# tests/data/fuzz/<target>/, where tst_fuzzregression replays it.
# Usage: scripts/fuzz.sh [-t|--target NAME] [SECONDS] [extra libFuzzer options...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

TARGET=report
if [ "${1:-}" = "-t" ] || [ "${1:-}" = "--target" ]; then
    TARGET="$2"
    shift 2
fi
case "$TARGET" in
report | pdf | html | docx) ;;
*)
    echo "error: unknown fuzz target '$TARGET' (report, pdf, html, docx)" >&2
    exit 2
    ;;
esac
SECONDS_TO_RUN="${1:-60}"
shift || true
ensure_packages "${RUN_PACKAGES[@]}" clang-14 libclang-rt-14-dev
BUILD="$REPO_DIR/build-fuzz"
if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$REPO_DIR" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTSCOPE_FUZZ=ON
fi
cmake --build "$BUILD" --parallel "$(nproc)" --target "fuzz_$TARGET"

# Seeds: files of the target's format from tests/data and the corpus, and earlier findings;
# the working corpus grows in fuzz/corpus-work/<target> (ignored by git).
WORK="$REPO_DIR/fuzz/corpus-work/$TARGET"
CRASHES="$REPO_DIR/fuzz/crashes/$TARGET"
mkdir -p "$WORK" "$CRASHES"
CORPUS="${REPORTSCOPE_CORPUS_DIR:-}"
seed() { # seed FILE...: copies the files that exist into the working corpus
    local f
    for f in "$@"; do
        [ -f "$f" ] && cp -n "$f" "$WORK/" 2>/dev/null || true
    done
}
shopt -s nullglob
seed "$REPO_DIR"/tests/data/fuzz/"$TARGET"/* "$REPO_DIR"/fuzz/seeds/"$TARGET"/*
MAX_LEN=262144
case "$TARGET" in
report)
    seed "$REPO_DIR/resources/sample-report.txt" "$REPO_DIR"/tests/data/fuzz/*/*
    [ -n "$CORPUS" ] && seed "$CORPUS"/*.txt
    ;;
pdf)
    MAX_LEN=1048576
    seed "$REPO_DIR"/tests/data/*.pdf
    [ -n "$CORPUS" ] && seed "$CORPUS"/published/*.pdf
    ;;
html)
    [ -n "$CORPUS" ] && seed "$CORPUS"/published/*.html
    ;;
docx)
    # The corpus packages whole, and unpacked into the target's entry format (fuzz_docx.cpp).
    if [ -n "$CORPUS" ]; then
        seed "$CORPUS"/published/*.docx
        for f in "$CORPUS"/published/*.docx; do
            python3 - "$f" "$WORK/entries-$(basename "$f" .docx)" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = [n for n in z.namelist() if n.endswith('.xml') and n != 'word/document.xml']
out = z.read('word/document.xml')
for n in names:
    out += b'\n@@ ' + n.encode() + b'\n' + z.read(n)
open(sys.argv[2], 'wb').write(out)
PY
        done
    fi
    ;;
esac
shopt -u nullglob
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# fontconfig's one-time cache (poppler substituting a font) is not ReportScope's memory.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$REPO_DIR/scripts/lsan.supp:print_suppressions=0}"
"$BUILD/bin/fuzz_$TARGET" "$WORK" -max_total_time="$SECONDS_TO_RUN" -max_len="$MAX_LEN" \
    -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$CRASHES/" "$@"
