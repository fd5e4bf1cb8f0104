#!/usr/bin/env bash
# Renders resources/ras-console.svg into the PNG sizes of the freedesktop hicolor icon theme
# (resources/icons/hicolor/NxN/apps/ras-console.png). Run it after the SVG changes; the PNGs are committed
# so a build needs no SVG renderer. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    dir="resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio resources/ras-console.svg -o "$dir/ras-console.png"
done
echo "resources/icons/hicolor: ${sizes[*]} px"
