#!/bin/sh
# Renders resources/icon.svg (+ icon-small.svg for 16–32 px) to icon.png, build/icon.ico and build/icons/.
# Needs Debian's librsvg2-bin (rsvg-convert) and icoutils (icotool).
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p build/icons
rsvg-convert -w 512 -h 512 resources/icon.svg -o resources/icon.png
for s in 16 24 32; do
  rsvg-convert -w $s -h $s resources/icon-small.svg -o "$tmp/$s.png"
done
for s in 48 64 128 256 512; do
  rsvg-convert -w $s -h $s resources/icon.svg -o "$tmp/$s.png"
done
# Windows: hand-fitted small sizes, 256 px stored as PNG inside the .ico.
icotool -c -b 32 -o build/icon.ico "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" \
  "$tmp/64.png" "$tmp/128.png" -r "$tmp/256.png"
# Linux: one PNG per size, named NxN.png (electron-builder's icon-directory convention).
for s in 16 24 32 48 64 128 256 512; do cp "$tmp/$s.png" "build/icons/${s}x${s}.png"; done
echo "icon: resources/icon.png, build/icon.ico, build/icons/"
