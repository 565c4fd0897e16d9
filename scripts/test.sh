#!/usr/bin/env bash
# Installs what is missing, builds and runs every test. Exit status is the result.
# Usage: scripts/test.sh              release build in build/
#        scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
# REPORTSCOPE_CORPUS_DIR=... enables the tests over real reports; a folder that is missing
# fails them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD="$REPO_DIR/build"
# Line tables (-g1) are enough for backtraces and sanitizer reports; full debug info about
# doubles the compile time of the Qt-heavy sources. -O1 is the usual level for ASan builds and
# compiles in about half the time of -O2. The sanitizer build leaves out the benchmarks.
CMAKE_ARGS=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
if [ "${1:-}" = "--sanitize" ]; then
    BUILD="$REPO_DIR/build-asan"
    CMAKE_ARGS=(-DREPORTSCOPE_SANITIZE=ON -DREPORTSCOPE_BUILD_BENCH=OFF
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
    # Any report fails the run; Qt's own one-time allocations are listed in lsan.supp.
    # intercept_tls_get_addr=0: on this kernel and glibc 2.36, LeakSanitizer's stop-the-world
    # read a stale dynamic-TLS range of the dlopen'ed PDF module at exit ("DTLS 8 at
    # 0x25da2-0x800026ea4", then "Tracer caught signal 11") in tst_pdfreader, every time under
    # ctest; without the interception it does not track dynamic TLS, and the suite reports no
    # leak either way.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:intercept_tls_get_addr=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$REPO_DIR/scripts/lsan.supp:print_suppressions=0"
elif [ -n "${1:-}" ]; then
    echo "usage: scripts/test.sh [--sanitize]" >&2
    exit 2
fi

ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
configure_and_build "$BUILD" "${CMAKE_ARGS[@]}"
ensure_runtime_dir
export QT_QPA_PLATFORM=offscreen
cd "$BUILD"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
