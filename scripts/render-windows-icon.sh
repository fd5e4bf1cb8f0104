#!/usr/bin/env bash
# Renders resources/ras-console.svg into the multi-size Windows icon resources/windows/ras-console.ico
# (16 to 256 px). Run it after the SVG changes; the .ico is committed so Windows builds need no renderer.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=(16 20 24 32 40 48 64 96 128 256)
pngs=()
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio resources/ras-console.svg -o "$work/$size.png"
    pngs+=("$work/$size.png")
done
/usr/bin/convert "${pngs[@]}" resources/windows/ras-console.ico
echo "resources/windows/ras-console.ico: ${sizes[*]} px"
