#!/usr/bin/env bash
# Installs the Debian 12 packages the project builds, tests and runs with, then configures and
# builds it with the default preset. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev
    libgl-dev libsimdjson-dev
    curl openssl xvfb xauth
    desktop-file-utils appstream groff-base
    clang libclang-rt-14-dev llvm
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake --preset "${RAS_PRESET:-default}"
cmake --build --preset "${RAS_PRESET:-default}" --parallel "$(nproc)"
