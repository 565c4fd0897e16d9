#!/usr/bin/env bash
# Installs what is missing, builds in build/ and starts ReportScope.
# Usage: scripts/run.sh [FILE...]   (no FILE: the bundled sample report)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${RUN_PACKAGES[@]}"
configure_and_build "$REPO_DIR/build"
ensure_runtime_dir
exec "$REPO_DIR/build/bin/reportscope" "$@"
