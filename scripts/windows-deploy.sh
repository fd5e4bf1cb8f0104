#!/usr/bin/env bash
# Gathers the Windows programs with exactly what they load into one folder, the installer's contents:
#   RAS_WINDOWS_PREFIX=QT scripts/windows-deploy.sh BUILD_DIR STAGE_DIR THIRD_PARTY_TARBALLS SOURCES_CACHE
# - the three programs from BUILD_DIR/bin;
# - the Qt plugins they use (platform, style, TLS, SVG image and icon engines);
# - every DLL those import, found by reading their import tables (objdump -p) transitively, from the cross
#   Qt and the MinGW runtime; a DLL that is neither there nor part of Windows stops the script;
# - Qt's own translations for the languages the console ships (qtbase_de, qtbase_fr) and a qt.conf;
# - LICENSE and the licences of everything shipped, under licenses/.
# Qt's windeployqt is a Windows program, not part of a cross build; this does the same from the PE headers.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

build=$1 stage=$2 tarballs=$3 sources_cache=$4
prefix=${RAS_WINDOWS_PREFIX:?set RAS_WINDOWS_PREFIX to the cross Qt prefix}
triplet=x86_64-w64-mingw32
objdump=$triplet-objdump
runtime_dirs=("$prefix/bin" /usr/lib/gcc/$triplet/12-posix /usr/$triplet/lib)

say() { printf 'windows-deploy: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# Windows' own DLLs (and the API sets that map onto them): present on every supported Windows, never shipped.
system_dll() {
    case "${1,,}" in
        api-ms-win-*|ext-ms-win-*) return 0 ;;
        advapi32.dll|authz.dll|bcrypt.dll|comctl32.dll|comdlg32.dll|crypt32.dll|d3d11.dll|d3d12.dll|d3d9.dll) return 0 ;;
        dnsapi.dll|dwmapi.dll|dwrite.dll|dxgi.dll|gdi32.dll|imm32.dll|iphlpapi.dll|kernel32.dll|mpr.dll) return 0 ;;
        msvcrt.dll|ncrypt.dll|netapi32.dll|ole32.dll|oleaut32.dll|opengl32.dll|rpcrt4.dll|secur32.dll) return 0 ;;
        setupapi.dll|shcore.dll|shell32.dll|shlwapi.dll|user32.dll|userenv.dll|uxtheme.dll|version.dll) return 0 ;;
        winmm.dll|winspool.drv|ws2_32.dll|wtsapi32.dll|dwmapi.dll|d2d1.dll|dcomp.dll|wininet.dll|normaliz.dll|winhttp.dll) return 0 ;;
        *) return 1 ;;
    esac
}

rm -rf "$stage"
mkdir -p "$stage"

programs=(ras-console.exe rasctl.exe ras-emulator.exe)
for program in "${programs[@]}"; do
    [[ -f $build/bin/$program ]] || die "$build/bin/$program was not built"
    cp "$build/bin/$program" "$stage/"
done

# The plugins Qt loads at run time for these programs; each one's own imports are followed below.
plugins=(platforms/qwindows.dll styles/qwindowsvistastyle.dll tls/qschannelbackend.dll
    imageformats/qsvg.dll iconengines/qsvgicon.dll)
for plugin in "${plugins[@]}"; do
    [[ -f $prefix/plugins/$plugin ]] || die "the cross Qt lacks plugins/$plugin"
    mkdir -p "$stage/$(dirname "$plugin")"
    cp "$prefix/plugins/$plugin" "$stage/$plugin"
done

declare -A seen=()
queue=()
while IFS= read -r -d '' binary; do queue+=("$binary"); done < <(find "$stage" -name '*.exe' -print0 -o -name '*.dll' -print0)
while ((${#queue[@]})); do
    binary=${queue[0]}
    queue=("${queue[@]:1}")
    while read -r dll; do
        key=${dll,,}
        [[ -n ${seen[$key]:-} ]] && continue
        seen[$key]=1
        system_dll "$dll" && continue
        found=
        for dir in "${runtime_dirs[@]}"; do
            if [[ -f $dir/$dll ]]; then found=$dir/$dll; break; fi
        done
        [[ -n $found ]] || die "$(basename "$binary") imports $dll, which is neither in the cross Qt, the MinGW runtime nor Windows"
        cp "$found" "$stage/$dll"
        queue+=("$stage/$dll")
    done < <("$objdump" -p "$binary" | sed -n 's/^\s*DLL Name: //p')
done

# Qt finds its plugins next to the programs; qt.conf points translations at the shipped folder.
mkdir -p "$stage/translations"
for language in de fr; do
    qm=/usr/share/qt6/translations/qtbase_$language.qm
    [[ -f $qm ]] || die "$qm is missing (Debian package qt6-translations-l10n)"
    cp "$qm" "$stage/translations/"
done
printf '[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n' > "$stage/qt.conf"

# Licences: ours, then each shipped component's.
cp "$project/LICENSE" "$stage/LICENSE.txt"
licenses=$stage/licenses
mkdir -p "$licenses"
copy_license() { # copy_license NAME FILE
    [[ -f $2 ]] || die "licence file $2 is missing"
    cp "$2" "$licenses/$1.txt"
}
qtbase_src=$(find "$sources_cache" -maxdepth 1 -type d -name 'qtbase-everywhere-src-*' | head -n 1)
copy_license Qt-LGPL-3.0 "$qtbase_src/LICENSES/LGPL-3.0-only.txt"
copy_license Qt-GPL-3.0 "$qtbase_src/LICENSES/GPL-3.0-only.txt"
copy_license Qt-third-party-notices "$qtbase_src/LICENSES/BSD-3-Clause.txt"
copy_license QtKeychain-BSD-3-Clause "$sources_cache/qtkeychain-0.13.2/COPYING"
copy_license simdjson-Apache-2.0 "$sources_cache/simdjson-3.0.1/LICENSE"
copy_license MinGW-w64-runtime /usr/share/doc/mingw-w64-common/copyright
copy_license GCC-runtime /usr/share/doc/gcc-mingw-w64-base/copyright
cat > "$licenses/README.txt" <<'EOF'
RAS Console is free software under the GNU General Public License, version 3 or later (LICENSE.txt).

It ships, unmodified:
- Qt 6.4.2 (qtbase, qtsvg, qtwebsockets, qthttpserver, qtcharts), https://www.qt.io/, used under the
  GPL-3.0 and LGPL-3.0 (Qt-GPL-3.0.txt, Qt-LGPL-3.0.txt); Qt's bundled third-party code keeps its own
  notices (Qt-third-party-notices.txt and the sources at https://download.qt.io/archive/qt/6.4/6.4.2/).
- QtKeychain 0.13.2, https://github.com/frankosterfeld/qtkeychain, BSD-3-Clause.
- simdjson 3.0.1, https://github.com/simdjson/simdjson, Apache-2.0 (or MIT), linked statically.
- The MinGW-w64 runtime (libwinpthread) and the GCC runtime libraries (libstdc++, libgcc_s), GPL-3.0 with
  the GCC Runtime Library Exception and MIT/ZPL terms (MinGW-w64-runtime.txt, GCC-runtime.txt).
EOF
say "staged $(find "$stage" -type f | wc -l) files, $(du -sh "$stage" | cut -f1), in $stage"
