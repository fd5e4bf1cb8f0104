#!/usr/bin/env bash
# Sets everything up, builds, and runs the console on the built-in demo farm.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
if [[ -x build/bin/ras-console ]]; then
    exec build/bin/ras-console --demo "$@"
fi
exec build/bin/ras-emulator --seed demo "$@"
