#!/usr/bin/env bash
# Installs what is missing, builds in build/ and starts ReportScope.
# Usage: scripts/run.sh [FILE...]   (no FILE: the bundled sample report)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${RUN_PACKAGES[@]}"
configure_and_build "$REPO_DIR/build"
ensure_runtime_dir
# The README's first command shows the program on the bundled sample; the program itself,
# started without a FILE, restores the last session or shows its start page.
if [ "$#" -eq 0 ]; then
    set -- "$REPO_DIR/resources/sample-report.txt"
fi
exec "$REPO_DIR/build/bin/reportscope" "$@"
