#!/usr/bin/env bash
# Builds the Debian package build/reportscope_<version>_<arch>.deb with CPack.
# Usage: scripts/package.sh [BUILD_DIR]   (default: build; configured and built if needed)
# Then: apt install ./build/reportscope_*.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="${1:-$REPO_DIR/build}"
ensure_packages "${RUN_PACKAGES[@]}" dpkg-dev
configure_and_build "$build_dir"
# The package holds only what install() names; cpack runs dpkg-shlibdeps for Depends.
(cd "$build_dir" && cpack -G DEB)
deb="$(ls -t "$build_dir"/reportscope_*.deb | head -n 1)"
"$REPO_DIR/scripts/check-package.sh" "$REPO_DIR" "$deb"
echo "$deb"
