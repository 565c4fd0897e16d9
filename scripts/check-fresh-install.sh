#!/usr/bin/env bash
# Installs the Debian package on a fresh Debian 12 (a debootstrap chroot) the way a user does,
# `apt install ./reportscope_*.deb`, and checks what a desktop needs of it: the dependencies
# resolve, the menu entry and its MIME types are installed, application/pdf opens with it, and
# `xdg-open FILE.pdf` (what a file manager's "Open" runs) starts it on the PDF in a virtual
# display. Writes screenshots and a log to OUT_DIR.
#
# Usage: scripts/check-fresh-install.sh [DEB] [PDF] [CHROOT_DIR] [OUT_DIR]
#   DEB         default: the newest build/reportscope_*.deb (scripts/package.sh makes it)
#   PDF         default: published/hongze-xxgk-2024.pdf of the corpus ($REPORTSCOPE_CORPUS_DIR,
#               else /work/shared/corpus); the scanned PDF of the test data is read too (OCR)
#   CHROOT_DIR  default: /work/chroot; a pristine copy is kept in CHROOT_DIR.base (made once
#               with debootstrap) and every run starts from a fresh copy of it
#   OUT_DIR     default: build/fresh-install
# Needs root and the network (debootstrap, apt); not run by CI.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls -t "$src"/build/reportscope_*.deb 2>/dev/null | head -n 1)}"
pdf="${2:-${REPORTSCOPE_CORPUS_DIR:-/work/shared/corpus}/published/hongze-xxgk-2024.pdf}"
root="${3:-/work/chroot}"
out="${4:-$src/build/fresh-install}"
base="$root.base"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
id=io.github.reportscope.ReportScope

[ "$(id -u)" -eq 0 ] || {
    echo "error: needs root (chroot, debootstrap)" >&2
    exit 2
}
[ -f "$deb" ] || {
    echo "error: no package: run scripts/package.sh first (or give DEB)" >&2
    exit 2
}
[ -f "$pdf" ] || {
    echo "error: no PDF $pdf" >&2
    exit 2
}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
command -v convert >/dev/null || apt-get install -y -qq imagemagick
mkdir -p "$out"
log="$out/fresh-install.log"
: >"$log"
say() { echo "== $*" | tee -a "$log"; }
fail=0
problem() {
    echo "FAIL: $*" | tee -a "$log" >&2
    fail=1
}

if [ ! -f "$base/etc/debian_version" ]; then
    say "debootstrap bookworm $base"
    debootstrap bookworm "$base" "$mirror" >>"$log" 2>&1
fi
unmount() {
    for m in dev/pts dev/shm proc sys; do
        mountpoint -q "$root/$m" && umount -l "$root/$m"
    done
    return 0
}
trap unmount EXIT
unmount
rm -rf "$root"
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts devpts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

say "Debian $(cat "$root/etc/debian_version"), $(in_root dpkg-query -W | wc -l) packages before"
cp "$deb" "$root/tmp/"
debname="$(basename "$deb")"
cp "$pdf" "$root/tmp/report.pdf"
cp "$src/tests/data/scanned-report.pdf" "$root/tmp/scanned.pdf"
in_root apt-get update -qq >>"$log" 2>&1
in_root dpkg-query -W -f='${Package}\n' | sort >"$out/before.txt"
say "apt install ./$debname"
if ! in_root apt-get install -y "/tmp/$debname" >"$out/apt-install.log" 2>&1; then
    cat "$out/apt-install.log" >>"$log"
    problem "apt install failed"
    exit 1
fi
in_root dpkg-query -W -f='${Package}\n' | sort >"$out/after.txt"
comm -13 "$out/before.txt" "$out/after.txt" >"$out/pulled.txt"
say "apt pulled $(($(wc -l <"$out/pulled.txt") - 1)) packages besides reportscope" \
    "($(du -shx "$root" | cut -f1) installed in all); the ones named in Depends:"
depends="$(dpkg-deb -f "$deb" Depends)"
tee -a "$log" <<<"  $depends"

# Everything the program loads resolves: the executable, its reader modules, the Qt plugins.
for elf in /usr/bin/reportscope $(in_root dpkg -L reportscope | grep '\.so$'); do
    missing="$(in_root ldd "$elf" | grep 'not found' || true)"
    [ -z "$missing" ] || problem "$elf: $missing"
done
in_root reportscope --version >>"$log" 2>&1 || problem "reportscope --version"
# A command-line run reads the PDF through the reader module and the lexicon.
if in_root reportscope outline /tmp/report.pdf >"$out/outline.txt" 2>>"$log"; then
    say "reportscope outline report.pdf: $(wc -l <"$out/outline.txt") lines"
else
    problem "reportscope outline /tmp/report.pdf"
fi

# A scanned PDF goes through OCR: tesseract's Chinese data must have come with the package.
if in_root reportscope outline /tmp/scanned.pdf >"$out/outline-scanned.txt" 2>>"$log" &&
    grep -q '[^[:space:]]' "$out/outline-scanned.txt"; then
    say "reportscope outline scanned.pdf (OCR): $(head -n 1 "$out/outline-scanned.txt")"
else
    problem "reportscope outline /tmp/scanned.pdf (OCR)"
fi

desktop="$root/usr/share/applications/$id.desktop"
[ -f "$desktop" ] || problem "no /usr/share/applications/$id.desktop"
grep -q '^MimeType=.*application/pdf;' "$desktop" || problem "$id.desktop lacks application/pdf"
for f in usr/share/metainfo/$id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/icons/hicolor/48x48/apps/$id.png usr/share/man/man1/reportscope.1.gz; do
    [ -f "$root/$f" ] || problem "no /$f"
done

# A minimal desktop session: the freedesktop tools a desktop brings (xdg-utils for xdg-open,
# libglib2.0-bin for gio, as GNOME's and Xfce's file managers use), an X server, and xwd.
say "installing a minimal desktop: xdg-utils (with libfile-mimeinfo-perl, which it recommends) libglib2.0-bin shared-mime-info xvfb xauth x11-apps rofi"
in_root apt-get install -y -qq --no-install-recommends xdg-utils libglib2.0-bin \
    shared-mime-info libfile-mimeinfo-perl desktop-file-utils xvfb xauth x11-apps rofi >>"$log" 2>&1 ||
    problem "installing the desktop tools"
in_root update-desktop-database /usr/share/applications >>"$log" 2>&1
grep -q "application/pdf=.*$id.desktop" "$root/usr/share/applications/mimeinfo.cache" ||
    problem "mimeinfo.cache has no $id.desktop for application/pdf"
mime="$(in_root xdg-mime query filetype /tmp/report.pdf)"
default="$(in_root xdg-mime query default application/pdf)"
gio="$(in_root gio mime application/pdf 2>&1 | sed -n 1p)"
say "xdg-mime query filetype report.pdf: $mime; query default application/pdf: $default"
say "gio mime application/pdf: $gio"
[ "$default" = "$id.desktop" ] || problem "xdg-mime: the default for application/pdf is '$default'"
grep -q "$id.desktop" <<<"$gio" || problem "gio: the default for application/pdf is '$gio'"

# xdg-open as a file manager runs it; the window is grabbed from the X server after it has
# painted. LANG=C.UTF-8: a fresh system without locales.
cat >"$root/tmp/session.sh" <<'EOF'
#!/bin/sh
cd /root
xdg-open /tmp/report.pdf >/tmp/xdg-open.log 2>&1 &
for i in $(seq 1 60); do
    sleep 1
    if pgrep -x reportscope >/dev/null && [ "$i" -ge 12 ]; then break; fi
done
pgrep -a reportscope >/tmp/running.txt
xwd -root -silent >/tmp/open-pdf.xwd
pkill -x reportscope
sleep 1
# GNOME's and Xfce's file managers launch through GIO: the same desktop entry, by gio open.
gio open /tmp/report.pdf >/tmp/gio-open.log 2>&1
for i in $(seq 1 30); do
    sleep 1
    if pgrep -x reportscope >/dev/null; then break; fi
done
pgrep -a reportscope >/tmp/running-gio.txt
pkill -x reportscope
# The application menu of a launcher (rofi's drun mode lists the installed desktop entries).
rofi -show drun -show-icons -filter report -theme-str 'window {width: 50%;}' >/tmp/rofi.log 2>&1 &
sleep 4
xwd -root -silent >/tmp/menu.xwd
pkill -x rofi
EOF
chmod +x "$root/tmp/session.sh"
say "xvfb-run: xdg-open /tmp/report.pdf"
in_root xvfb-run -a -s "-screen 0 1280x800x24" /tmp/session.sh >>"$log" 2>&1 || true
if grep -q '/tmp/report.pdf' "$root/tmp/running.txt" 2>/dev/null; then
    say "running: $(cat "$root/tmp/running.txt")"
else
    problem "xdg-open did not start reportscope on the PDF ($(cat "$root/tmp/xdg-open.log" 2>/dev/null))"
fi
if grep -q '/tmp/report.pdf' "$root/tmp/running-gio.txt" 2>/dev/null; then
    say "gio open: $(cat "$root/tmp/running-gio.txt")"
else
    problem "gio open did not start reportscope on the PDF ($(cat "$root/tmp/gio-open.log" 2>/dev/null))"
fi
for shot in open-pdf menu; do
    if [ -s "$root/tmp/$shot.xwd" ]; then
        # The launcher's window alone, without the empty screen around it.
        trim=()
        [ "$shot" = open-pdf ] || trim=(-trim +repage)
        convert "xwd:$root/tmp/$shot.xwd" "${trim[@]}" "$out/$shot.png"
        say "screenshot $out/$shot.png"
    else
        problem "no screenshot $shot"
    fi
done

if [ "$fail" -ne 0 ]; then
    say "fresh install: FAILED (log: $log)"
    exit 1
fi
say "fresh install: passed"
