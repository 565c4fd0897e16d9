#!/usr/bin/env bash
# Builds the Debian package build/reportscope_<version>_<arch>.deb with CPack.
# Usage: scripts/package.sh [BUILD_DIR]   (default: build; configured and built if needed)
# Then: apt install ./build/reportscope_*.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="${1:-$REPO_DIR/build}"
ensure_packages "${RUN_PACKAGES[@]}" dpkg-dev
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$REPO_DIR" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Only what the package holds; the test suite is not needed for it.
cmake --build "$build_dir" --parallel "$(nproc)" --target reportscope reportscope_man
# The package holds only what install() names; cpack runs dpkg-shlibdeps for Depends.
(cd "$build_dir" && cpack -G DEB)
deb="$(ls -t "$build_dir"/reportscope_*.deb | head -n 1)"
"$REPO_DIR/scripts/check-package.sh" "$REPO_DIR" "$deb"
echo "$deb"
