#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and fuzz.sh: installs missing Debian packages and builds.
# Sourced, not executed.

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Packages needed to build and run the application.
RUN_PACKAGES=(
    build-essential cmake ninja-build pkg-config lld
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6opengl6-dev libgl-dev
    qt6-translations-l10n fonts-wqy-microhei
    qt6-qpa-plugins libqt6sql6-sqlite
    libxml2-dev libzip-dev antiword catdoc
    libpoppler-cpp-dev libtesseract-dev tesseract-ocr-chi-sim
    python3-jieba libxlsxwriter-dev qt6-svg-dev
)
# Extra packages for the test suite: PDF inspection, formatting check, sanitizers.
TEST_PACKAGES=(poppler-utils clang-format-14 clang-14 libclang-rt-14-dev
    desktop-file-utils appstream man-db file dpkg-dev xvfb)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: need root (or sudo) to install packages: $*" >&2
        return 1
    fi
}

# Installs the given packages that are not installed yet; quick when nothing is missing.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# configure_and_build BUILD_DIR [extra cmake args...]
configure_and_build() {
    local build_dir="$1"
    shift
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$REPO_DIR" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# A private runtime directory keeps Qt quiet about XDG_RUNTIME_DIR.
ensure_runtime_dir() {
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ] || [ ! -w "$XDG_RUNTIME_DIR" ]; then
        XDG_RUNTIME_DIR="$(mktemp -d /tmp/reportscope-runtime.XXXXXX)"
        chmod 700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
    fi
}

# setup_screenshots [BUILD_DIR] [OUT_DIR]: what the screenshot scripts share. Sets build_dir
# (default build, configured and built if needed), bin, out (default resources/screenshots,
# created) and corpus ($REPORTSCOPE_CORPUS_DIR, else /work/shared/corpus), with a runtime dir.
setup_screenshots() {
    build_dir="${1:-$REPO_DIR/build}"
    out="${2:-$REPO_DIR/resources/screenshots}"
    corpus="${REPORTSCOPE_CORPUS_DIR:-/work/shared/corpus}"
    if [ ! -x "$build_dir/bin/reportscope" ]; then
        configure_and_build "$build_dir"
    fi
    bin="$build_dir/bin/reportscope"
    ensure_runtime_dir
    mkdir -p "$out"
}
