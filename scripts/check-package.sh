#!/usr/bin/env bash
# Validates what the Debian package installs for the desktop: the .desktop file, the AppStream
# metainfo, the man page and the icons; with a .deb, also the package's contents and Depends.
# Usage: scripts/check-package.sh [SOURCE_DIR] [PACKAGE.deb]   (the `package` test)
set -euo pipefail

src="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
deb="${2:-}"
id=io.github.reportscope.ReportScope
fail=0
problem() {
    echo "FAIL: $*" >&2
    fail=1
}

desktop="$src/resources/linux/$id.desktop"
metainfo="$src/resources/linux/$id.metainfo.xml"

desktop-file-validate "$desktop" || problem "desktop-file-validate $desktop"
for mime in text/plain application/pdf text/html application/x-mimearchive \
    application/vnd.openxmlformats-officedocument.wordprocessingml.document application/msword; do
    grep -q "^MimeType=.*$mime;" "$desktop" || problem "$desktop: MimeType lacks $mime"
done
for key in 'Name\[zh_CN\]' 'Comment\[zh_CN\]'; do
    grep -q "^$key=." "$desktop" || problem "$desktop: no $key"
done
grep -q "^Icon=$id$" "$desktop" || problem "$desktop: Icon is not $id"

# --pedantic notes only cid-contains-uppercase-letter: the id is the desktop file's name and
# QGuiApplication::desktopFileName, reverse-DNS with a CamelCase last part as is common.
appstreamcli validate --no-net "$metainfo" || problem "appstreamcli validate $metainfo"
for url in homepage bugtracker vcs-browser; do
    grep -q "<url type=\"$url\">https://" "$metainfo" || problem "$metainfo: no $url URL"
done
# The licences agree with the package: the metadata CC0 (AppStream asks for a permissive one),
# the program as the repository states it (no licence file: no licence granted).
grep -q '<metadata_license>CC0-1.0</metadata_license>' "$metainfo" ||
    problem "$metainfo: metadata_license is not CC0-1.0"
if [ -f "$src/LICENSE" ]; then
    grep -q '<project_license>LicenseRef-proprietary</project_license>' "$metainfo" &&
        problem "$metainfo: project_license says proprietary, but the repository has a LICENSE"
else
    grep -q '<project_license>LicenseRef-proprietary</project_license>' "$metainfo" ||
        problem "$metainfo: project_license names a licence, but the repository has no LICENSE"
fi
# The Debian copyright file: machine-readable (DEP-5), and the same licence as the metainfo.
copyright="$src/resources/linux/copyright"
if [ -f "$copyright" ]; then
    head -n 1 "$copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
        problem "$copyright: the first line is not the DEP-5 Format line"
    project_license="$(sed -n 's#.*<project_license>\(.*\)</project_license>.*#\1#p' "$metainfo")"
    grep -qx "License: $project_license" "$copyright" ||
        problem "$copyright: no \"License: $project_license\" as the metainfo's project_license"
    grep -q '^Files: \*$' "$copyright" || problem "$copyright: no \"Files: *\" paragraph"
else
    problem "no $copyright"
fi
# Every screenshot has a caption, in English and in Chinese.
shots="$(grep -c '<screenshot[ >]' "$metainfo")"
[ "$(grep -c '<caption>' "$metainfo")" -eq "$shots" ] || problem "$metainfo: a screenshot lacks a caption"
[ "$(grep -c '<caption xml:lang="zh_CN">' "$metainfo")" -eq "$shots" ] ||
    problem "$metainfo: a screenshot lacks a zh_CN caption"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    problem "$metainfo: launchable is not $id.desktop"
# Every screenshot the metainfo names is committed in resources/.
for shot in $(sed -n 's#.*<image>.*/main/\(resources/[^<]*\)</image>.*#\1#p' "$metainfo"); do
    [ -s "$src/$shot" ] || problem "$metainfo names $shot, which is not in the repository"
done

# The man page: groff without warnings, and every subcommand named in it.
warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$src/docs/reportscope.1" 2>&1 >/dev/null || true)"
[ -z "$warnings" ] || problem "man page warnings: $warnings"
for cmd in outline figures check export 'library add' 'library list' 'library remove' search \
    compare diff; do
    grep -q "^\.B reportscope $cmd" "$src/docs/reportscope.1" || problem "man page lacks $cmd"
done

for size in 16 22 24 32 48 64 128 256; do
    png="$src/resources/icons/reportscope-$size.png"
    file -b "$png" | grep -q "PNG image data, $size x $size" || problem "$png is not ${size}x$size"
done

if [ -n "$deb" ]; then
    contents="$(dpkg-deb -c "$deb")"
    for path in ./usr/bin/reportscope ./usr/share/applications/$id.desktop \
        ./usr/share/metainfo/$id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$id.svg \
        ./usr/share/man/man1/reportscope.1.gz ./usr/share/doc/reportscope/copyright; do
        grep -q " $path\$" <<<"$contents" || problem "$deb lacks $path"
    done
    # The reader modules, in $libdir/reportscope (lib/ or lib/<triplet>/ by the install prefix).
    for module in reportscope_pdf reportscope_docx; do
        grep -Eq " \./usr/lib/([^/]+/)?reportscope/$module\.so\$" <<<"$contents" ||
            problem "$deb lacks the reader module $module.so"
    done
    for size in 16 22 24 32 48 64 128 256; do
        grep -q " ./usr/share/icons/hicolor/${size}x$size/apps/$id.png\$" <<<"$contents" ||
            problem "$deb lacks the ${size}x$size icon"
    done
    depends="$(dpkg-deb -f "$deb" Depends)"
    for dep in libqt6widgets6 libc6 fonts-wqy-microhei python3-jieba tesseract-ocr-chi-sim \
        antiword catdoc libqt6sql6-sqlite libpoppler-cpp0v5; do
        grep -q "\b$dep\b" <<<"$depends" || problem "$deb: Depends lacks $dep ($depends)"
    done
fi

if [ "$fail" -ne 0 ]; then
    exit 1
fi
echo "package files valid${deb:+, $deb complete}"
