#!/usr/bin/env bash
# Builds the libFuzzer target (clang, ASan + UBSan) in build-fuzz/ and fuzzes load + parse +
# extract for SECONDS (default 60). New crashing inputs land in fuzz/crashes/; copy each into
# tests/data/fuzz/ as a regression test once fixed.
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer options...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SECONDS_TO_RUN="${1:-60}"
shift || true
ensure_packages "${RUN_PACKAGES[@]}" clang-14 libclang-rt-14-dev
BUILD="$REPO_DIR/build-fuzz"
if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$REPO_DIR" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTSCOPE_FUZZ=ON
fi
cmake --build "$BUILD" --parallel "$(nproc)" --target fuzz_report

# Seeds: the sample report, test snippets and earlier crashes; the working corpus grows in
# fuzz/corpus-work (ignored by git).
WORK="$REPO_DIR/fuzz/corpus-work"
mkdir -p "$WORK" "$REPO_DIR/fuzz/crashes"
cp -n "$REPO_DIR/resources/sample-report.txt" "$WORK/" 2>/dev/null || true
find "$REPO_DIR/tests/data" -type f -size -2M -exec cp -n {} "$WORK/" \; 2>/dev/null || true
if [ -n "${REPORTSCOPE_CORPUS_DIR:-}" ] && [ -d "$REPORTSCOPE_CORPUS_DIR" ]; then
    cp -n "$REPORTSCOPE_CORPUS_DIR"/*.txt "$WORK/" 2>/dev/null || true
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
"$BUILD/bin/fuzz_report" "$WORK" -max_total_time="$SECONDS_TO_RUN" -max_len=262144 \
    -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$REPO_DIR/fuzz/crashes/" "$@"
