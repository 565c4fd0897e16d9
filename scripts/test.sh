#!/usr/bin/env bash
# Installs what is missing, builds in build/ and runs every test. Exit status is the result.
# Usage: scripts/test.sh            (REPORTSCOPE_CORPUS_DIR=... enables the corpus tests)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
configure_and_build "$REPO_DIR/build"
ensure_runtime_dir
export QT_QPA_PLATFORM=offscreen
cd "$REPO_DIR/build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
