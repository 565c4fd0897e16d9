#!/bin/sh
# Compares the jieba lexicon (core/segmenter) with libfriso + friso-dict: label words of the
# gold reachable by each one's word boundaries, and CPU speed on the corpus split at 。.
# Needs a build (build/core/libreportscope_core.a) and libfriso-dev; not part of the CMake build.
# Usage: bench/segmenters/measure.sh CORPUS_DIR
set -e
here=$(dirname "$0"); root=$here/../..; out=$(mktemp -d)
gcc -O2 "$here/friso_split.c" $(pkg-config --cflags --libs friso) -o "$out/friso_split"
g++ -O2 -std=c++17 -fPIC -I"$root" $(pkg-config --cflags Qt6Core) "$here/segmenter_split.cpp" \
    "$root/build/core/libreportscope_core.a" $(pkg-config --libs Qt6Core) -o "$out/segmenter_split"
python3 "$here/reachable.py" "$root/tests/gold" "$1" "$out/friso_split" "$out/segmenter_split"
find "$1" -name '*.txt' | sort | xargs cat | sed 's/。/。\n/g' > "$out/sentences.txt"
"$out/friso_split" quiet < "$out/sentences.txt"
"$out/segmenter_split" < "$out/sentences.txt"
rm -rf "$out"
