#!/usr/bin/env bash
# Photographs the console on the demo farm in a real X server (Xvfb) for the README: in English into
# docs/, and in each language given (scripts/screenshots.sh de fr) into docs/LANG/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset "${RAS_PRESET:-default}" --target ras-screenshots
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" build/bin/ras-screenshots docs
for language in "$@"; do
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" build/bin/ras-screenshots --lang "$language" "docs/$language"
done
