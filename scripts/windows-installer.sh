#!/usr/bin/env bash
# Builds the Windows installer on Debian 12, as root:
#   RAS_THIRD_PARTY_SOURCES=DIR scripts/windows-installer.sh
# 1. installs the cross compiler, NSIS and the host Qt tools (apt);
# 2. builds Qt 6.4.2 for x86_64-w64-mingw32 once into a cache: qtbase from Debian's source package, qtsvg,
#    qtwebsockets, qthttpserver, qtcharts, QtKeychain (Windows Credential Manager) and simdjson from the
#    upstream tarballs in $RAS_THIRD_PARTY_SOURCES, each checked against packaging/windows/SHA256SUMS;
# 3. cross-builds the project with the `windows` preset into build-windows/;
# 4. gathers the programs with exactly the DLLs, plugins and translations they load (scripts/windows-deploy.sh);
# 5. makes build-windows/RAS-Console-<version>-win64-setup.exe with NSIS and prints its path last.
#
# RAS_WINDOWS_CACHE (default ~/.cache/ras-console/windows) holds the sources, Qt's build trees and the
# installed cross Qt; with a warm cache only the project is rebuilt. The tarballs come from the upstream
# release pages named in the README (Windows section).
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

cache=${RAS_WINDOWS_CACHE:-$HOME/.cache/ras-console/windows}
sources=${RAS_THIRD_PARTY_SOURCES:-}
jobs=${RAS_JOBS:-$(nproc)}
triplet=x86_64-w64-mingw32
toolchain=$project/cmake/mingw-w64-x86_64.cmake
prefix=$cache/qt
qt_version=6.4.2

say() { printf 'windows-installer: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run me as root (I install packages with apt-get)"
[[ -n $sources && -d $sources ]] || die "set RAS_THIRD_PARTY_SOURCES to the folder with the upstream tarballs (see README, Windows)"

# --- 1. packages -----------------------------------------------------------------------------------
packages=(cmake ninja-build ccache xz-utils dpkg-dev
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# --- 2. sources, checked -----------------------------------------------------------------------------
mkdir -p "$cache/src" "$cache/build" "$cache/stamps"
checksum_of() { awk -v f="$1" '$2 == f { print $1 }' "$project/packaging/windows/SHA256SUMS"; }
verify() { # verify FILE: the file's SHA-256 must be the one the project keeps for its name
    local expected actual
    expected=$(checksum_of "$(basename "$1")")
    [[ -n $expected ]] || die "no checksum kept for $(basename "$1") in packaging/windows/SHA256SUMS"
    actual=$(sha256sum "$1" | cut -d' ' -f1)
    [[ $actual == "$expected" ]] || die "$(basename "$1"): SHA-256 $actual, expected $expected"
}

qtbase_tar=$cache/src/qt6-base_$qt_version+dfsg.orig.tar.xz
if [[ ! -f $qtbase_tar ]]; then
    if ! grep -rqsE '^(Types:.*deb-src|deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        say "adding a deb-src entry for bookworm main"
        cat > /etc/apt/sources.list.d/ras-console-deb-src.sources <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
        apt-get update
    fi
    (cd "$cache/src" && apt-get source --download-only qt6-base="$qt_version+dfsg-*" 2>/dev/null \
        || apt-get source --download-only qt6-base)
fi
verify "$qtbase_tar"

tarballs=(qtsvg-everywhere-src-$qt_version.tar.xz qtwebsockets-everywhere-src-$qt_version.tar.xz
    qthttpserver-everywhere-src-$qt_version.tar.xz qtcharts-everywhere-src-$qt_version.tar.xz
    qtkeychain-0.13.2.tar.xz simdjson-3.0.1.tar.xz)
for tarball in "${tarballs[@]}"; do
    [[ -f $sources/$tarball ]] || die "$sources/$tarball is missing"
    verify "$sources/$tarball"
done

unpack() { # unpack TARBALL: into $cache/src once; prints the source folder
    local name
    name=$(tar tf "$1" | head -n 1 | cut -d/ -f1)
    [[ -d $cache/src/$name ]] || tar xf "$1" -C "$cache/src"
    printf '%s\n' "$cache/src/$name"
}

export CCACHE_BASEDIR=$cache CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
host=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake)

# build_once NAME COMMAND...: runs COMMAND once per cache (a stamp records success), logging to the cache.
build_once() {
    local name=$1
    shift
    [[ -f $cache/stamps/$name ]] && return 0
    say "building $name (log: $cache/build/$name.log)"
    local started=$SECONDS
    if ! "$@" > "$cache/build/$name.log" 2>&1; then
        tail -n 40 "$cache/build/$name.log" >&2
        die "building $name failed"
    fi
    say "built $name in $((SECONDS - started)) s"
    touch "$cache/stamps/$name"
}

build_qtbase() {
    local src build=$cache/build/qtbase
    src=$(unpack "$qtbase_tar")
    # Windows' own TLS (Schannel), so no OpenSSL to ship; Qt's bundled libraries; no wintab (Debian's
    # tarball drops it as non-free); nothing the programs do not use.
    cmake -G Ninja -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$toolchain" "${launcher[@]}" "${host[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DFEATURE_schannel=ON -DFEATURE_openssl=OFF -DFEATURE_tabletevent=OFF -DFEATURE_icu=OFF \
        -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF \
        -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF \
        -DFEATURE_system_freetype=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
        -DFEATURE_system_doubleconversion=OFF
    cmake --build "$build" --parallel "$jobs"
    cmake --install "$build"
}

build_module() { # build_module TARBALL: a Qt module configured against the cross qtbase
    local src build
    src=$(unpack "$sources/$1")
    build=$cache/build/$(basename "$src")
    mkdir -p "$build"
    (cd "$build" && "$prefix/bin/qt-configure-module" "$src" -- "${launcher[@]}")
    cmake --build "$build" --parallel "$jobs"
    cmake --install "$build"
}

build_qtkeychain() {
    local src build=$cache/build/qtkeychain
    src=$(unpack "$sources/qtkeychain-0.13.2.tar.xz")
    "$prefix/bin/qt-cmake" -G Ninja -S "$src" -B "$build" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
    cmake --build "$build" --parallel "$jobs"
    cmake --install "$build"
}

build_simdjson() {
    local src build=$cache/build/simdjson
    src=$(unpack "$sources/simdjson-3.0.1.tar.xz")
    cmake -G Ninja -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$toolchain" "${launcher[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" \
        -DBUILD_SHARED_LIBS=OFF -DSIMDJSON_DEVELOPER_MODE=OFF -DSIMDJSON_ENABLE_THREADS=ON
    cmake --build "$build" --parallel "$jobs"
    cmake --install "$build"
}

build_once qtbase build_qtbase
build_once qtsvg build_module qtsvg-everywhere-src-$qt_version.tar.xz
build_once qtwebsockets build_module qtwebsockets-everywhere-src-$qt_version.tar.xz
build_once qthttpserver build_module qthttpserver-everywhere-src-$qt_version.tar.xz
build_once qtcharts build_module qtcharts-everywhere-src-$qt_version.tar.xz
build_once qtkeychain build_qtkeychain
build_once simdjson build_simdjson

# --- 3. the project ---------------------------------------------------------------------------------
say "building the project (build-windows/)"
export RAS_WINDOWS_PREFIX=$prefix CMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --preset windows > /dev/null
cmake --build --preset windows --parallel "$jobs"

# --- 4. deploy, 5. installer --------------------------------------------------------------------------
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-windows/CMakeCache.txt)
stage=$project/build-windows/stage
RAS_WINDOWS_PREFIX=$prefix "$project/scripts/windows-deploy.sh" "$project/build-windows" "$stage" \
    "$sources" "$cache/src"

setup=$project/build-windows/RAS-Console-$version-win64-setup.exe
nsis=$project/build-windows/nsis
mkdir -p "$nsis"
# The install and uninstall lists name every staged file: the uninstaller removes exactly those.
(
    cd "$stage"
    find . -mindepth 1 -type d | sed 's|^\./||' | sort | while read -r dir; do
        printf 'CreateDirectory "$INSTDIR\\%s"\n' "${dir//\//\\}"
    done
    find . -type f | sed 's|^\./||' | sort | while read -r file; do
        local_dir=$(dirname "$file")
        if [[ $local_dir == . ]]; then out='$INSTDIR'; else out="\$INSTDIR\\${local_dir//\//\\}"; fi
        printf 'SetOutPath "%s"\nFile "%s"\n' "$out" "$stage/$file"
    done
    printf 'SetOutPath "$INSTDIR"\n'
) > "$nsis/files.nsh"
(
    cd "$stage"
    find . -type f | sed 's|^\./||' | sort | while read -r file; do
        printf 'Delete "$INSTDIR\\%s"\n' "${file//\//\\}"
    done
    find . -mindepth 1 -type d | sed 's|^\./||' | sort -r | while read -r dir; do
        printf 'RMDir "$INSTDIR\\%s"\n' "${dir//\//\\}"
    done
) > "$nsis/unfiles.nsh"
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" -DSOURCE="$project" \
    -DFILES="$nsis/files.nsh" -DUNFILES="$nsis/unfiles.nsh" "$project/packaging/windows/ras-console.nsi" >&2
say "installer: $(du -h "$setup" | cut -f1), installed: $(du -sh "$stage" | cut -f1)"
printf '%s\n' "$setup"
