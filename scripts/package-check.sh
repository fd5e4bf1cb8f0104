#!/usr/bin/env bash
# Builds the Debian package and the tarball, then proves the package on a machine that did not build it:
# a clean Debian 12 root made with `debootstrap --variant=minbase bookworm` (cached between runs outside the
# source tree), where `apt-get install ./ras-console_*.deb` takes the dependencies from the archive and
# nothing else. Inside that root it runs the three programs, then removes the package and checks that
# nothing of it is left. Prints every check and exits non-zero if any failed.
#
# Usage: scripts/package-check.sh [--build-dir DIR] [--keep-root]
#   --build-dir DIR  package an existing configured build instead of building the `package` preset
#   --keep-root      leave the test root in place afterwards (its path is printed)
# Environment: RAS_PACKAGE_CACHE (default ~/.cache/ras-console/package-root) holds the clean root and the
# downloaded dependencies; RAS_DEBIAN_MIRROR (default http://deb.debian.org/debian).
# Needs root (chroot, mounts), debootstrap, desktop-file-validate, appstreamcli and groff; installs the
# missing ones with apt-get. Takes minutes: it is not part of ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)

build_dir=""
keep_root=0
while (($#)); do
    case "$1" in
        --build-dir) build_dir=$(realpath "$2"); shift 2 ;;
        --keep-root) keep_root=1; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "package-check: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [[ $(id -u) -ne 0 ]]; then
    echo "package-check: needs root (debootstrap, chroot and mounts); run it with sudo" >&2
    exit 2
fi

tools=(debootstrap:debootstrap desktop-file-validate:desktop-file-utils appstreamcli:appstream groff:groff-base
       dpkg-shlibdeps:dpkg-dev)
missing=()
for tool in "${tools[@]}"; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if ((${#missing[@]})); then
    echo "package-check: installing ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# ---------------------------------------------------------------------------------------------- checks
passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); printf '  ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); printf '  FAIL  %s\n' "$1"; [[ -z ${2:-} ]] || printf '%s\n' "$2" | sed 's/^/        /' | head -40; }
# check NAME COMMAND...: passes when the command succeeds; its output is shown on failure.
check() {
    local name=$1 output
    shift
    if output=$("$@" 2>&1); then pass "$name"; else fail "$name" "$output"; fi
}
section() { printf '\n%s\n' "$1"; }
# Small predicates for check: TEXT has (or lacks) a match for the extended regular expression PATTERN.
has() { grep -Eq -- "$1" <<<"$2" || { printf '%s\n' "$2"; return 1; }; }
lacks() { ! grep -Ei -- "$1" <<<"$2"; }

# ---------------------------------------------------------------------------------------------- build
section "Build"
if [[ -z $build_dir ]]; then
    nice -n 10 cmake --preset package >/dev/null
    nice -n 10 cmake --build --preset package --parallel "$(nproc)"
    build_dir=$source_dir/build-package
else
    nice -n 10 cmake --build "$build_dir" --parallel "$(nproc)" --target ras-console rasctl ras-emulator manpages
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
rm -f "$build_dir"/ras-console_*.deb "$build_dir"/ras-console-*.tar.gz
(cd "$build_dir" && nice -n 10 cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls "$build_dir"/ras-console_"$version"_*.deb)
tgz=$(ls "$build_dir"/ras-console-"$version"-*.tar.gz)
echo "  $deb"
echo "  $tgz"

# ---------------------------------------------------------------------------------------------- the files
section "Package contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|')
field() { dpkg-deb --field "$deb" "$1"; }
check "Version is the project version ($version)" test "$(field Version)" = "$version"
for path in /usr/bin/ras-console /usr/bin/rasctl /usr/bin/ras-emulator \
            /usr/share/man/man1/ras-console.1.gz /usr/share/man/man1/rasctl.1.gz /usr/share/man/man1/ras-emulator.1.gz \
            /usr/share/applications/ras-console.desktop /usr/share/metainfo/org.rasconsole.RasConsole.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/ras-console.svg /usr/share/doc/ras-console/copyright; do
    check "contains $path" grep -qx "$path" <<<"$contents"
done
icon_sizes=$(grep -c '^/usr/share/icons/hicolor/[0-9]*x[0-9]*/apps/ras-console.png$' <<<"$contents" || true)
check "icon at the hicolor sizes ($icon_sizes PNG sizes)" test "$icon_sizes" -ge 6
check "no file outside /usr" test -z "$(grep -v '^/usr/' <<<"$contents" | grep -v '/$' || true)"
check "Recommends a keychain service ($(field Recommends))" grep -q gnome-keyring <<<"$(field Recommends)"
tgz_contents=$(tar -tzf "$tgz")
for program in ras-console rasctl ras-emulator; do
    check "tarball contains bin/$program" grep -q "/bin/$program\$" <<<"$tgz_contents"
done
copyright_file=$(mktemp)
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/ras-console/copyright >"$copyright_file"
check "copyright is machine-readable (Format: copyright-format 1.0)" \
    grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$copyright_file"
check "copyright names GPL-3.0-or-later" grep -q '^License: GPL-3.0-or-later' "$copyright_file"
rm -f "$copyright_file"

# ---------------------------------------------------------------------------------------------- clean root
cache=${RAS_PACKAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ras-console/package-root}
mirror=${RAS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=$cache/bookworm-minbase
mkdir -p "$cache/archives/partial"
if [[ ! -x $base/usr/bin/apt-get ]]; then
    section "Creating the clean Debian 12 root (once; cached in $base)"
    rm -rf --one-file-system "$base.tmp"
    nice -n 10 debootstrap --variant=minbase bookworm "$base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log"; exit 1; }
    # A Debian 12 machine as installed: the release, its updates and its security archive.
    security=${mirror%/debian}/debian-security
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
        "$mirror" "$mirror" "$security" >"$base.tmp/etc/apt/sources.list"
    mv "$base.tmp" "$base"
fi

root=$(mktemp -d "$cache/run.XXXXXX")
mounted=()
emulator_pid=""
cleanup() {
    [[ -z $emulator_pid ]] || kill "$emulator_pid" 2>/dev/null || true
    for ((m = ${#mounted[@]} - 1; m >= 0; m--)); do umount "${mounted[m]}" 2>/dev/null || umount -l "${mounted[m]}" || true; done
    if ((keep_root)); then echo "package-check: the test root stays in $root"; else rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
cp -a "$base/." "$root/"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
# Downloaded dependencies are kept between runs; the root itself is thrown away.
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

section "Install into a clean Debian 12 root ($root)"
in_root dpkg-query -W -f='${Package}\n' | sort >"$root/tmp/packages-before"
snapshot_files() { (cd "$root" && find usr etc opt var/lib/dpkg/info -xdev \( -type f -o -type l \) 2>/dev/null | sort); }
snapshot_files >"$cache/files-before.$$"
in_root apt-get update -q >/dev/null
cp "$deb" "$root/tmp/"
deb_name=$(basename "$deb")
# Depends alone must be enough: Recommends are not installed.
if install_log=$(in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$deb_name" 2>&1); then
    pass "apt-get install ./$deb_name (dependencies from the archive only)"
else
    fail "apt-get install ./$deb_name" "$(tail -20 <<<"$install_log")"
    exit 1
fi
pulled=$(($(in_root dpkg-query -W -f='${Package}\n' | wc -l) - $(wc -l <"$root/tmp/packages-before") - 1))
in_root dpkg -L ras-console | sort >"$cache/package-files.$$"

section "Run inside the root"
for program in ras-console rasctl ras-emulator; do
    check "$program links no missing library" lacks 'not found' "$(chroot "$root" ldd "/usr/bin/$program" 2>&1)"
done
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so imageformats/libqsvg.so iconengines/libqsvgicon.so \
              tls/libqopensslbackend.so; do
    if [[ -e $root$plugins/$plugin ]]; then
        check "Qt plugin $plugin present and its libraries resolve" lacks 'not found' "$(chroot "$root" ldd "$plugins/$plugin" 2>&1)"
    else
        fail "Qt plugin $plugin present (loaded at run time, not linked)"
    fi
done
for language in de fr; do
    check "Qt's own translation qtbase_$language.qm present" test -s "$root/usr/share/qt6/translations/qtbase_$language.qm"
done
for program in ras-console rasctl ras-emulator; do
    out=$(in_root env QT_QPA_PLATFORM=offscreen "$program" --version 2>&1 || true)
    check "$program --version prints $version" has "$version" "$out"
done
for language in en de fr; do
    out=$(timeout 120 chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root QT_QPA_PLATFORM=offscreen \
          ras-console --demo --exit-after-load --lang "$language" 2>&1) && rc=0 || rc=$?
    if [[ $rc -eq 0 ]] && grep -q '"rows":{"brokers":[1-9]' <<<"$out"; then
        pass "ras-console --demo --exit-after-load --lang $language (offscreen): $(grep '^{' <<<"$out")"
    else
        fail "ras-console --demo --exit-after-load --lang $language (exit $rc)" "$out"
    fi
    # Qt says on stderr when a plugin or library it looks for cannot be loaded; nothing may be missing.
    check "ras-console --lang $language: Qt loaded every plugin it looked for" \
        lacks 'could not (find|load)|cannot load|failed to load|unable to load|no such file' "$out"
done
out=$(in_root rasctl --help 2>&1) && rc=0 || rc=$?
check "rasctl --help (exit $rc) lists the commands" has 'brokers list' "$out"
[[ $rc -eq 0 ]] || fail "rasctl --help exits 0 (exit $rc)"
emulator_out=$root/tmp/emulator.out
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root ras-emulator --port 0 --password 'Check-Pass-1' >"$emulator_out" 2>&1 &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^listening on' "$emulator_out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$emulator_out" | head -1)
if [[ -n $url ]]; then
    pass "ras-emulator --port 0: listening on $url"
    out=$(in_root env RAS_PASSWORD='Check-Pass-1' rasctl --server "$url" brokers list 2>&1) && rc=0 || rc=$?
    brokers=$(($(grep -c . <<<"$out") - 1))
    check "rasctl --server $url brokers list (exit $rc, $brokers brokers)" test "$rc" -eq 0 -a "$brokers" -ge 1
else
    fail "ras-emulator --port 0 prints 'listening on URL'" "$(cat "$emulator_out")"
fi
kill "$emulator_pid" 2>/dev/null || true
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=""

section "Desktop integration as installed"
check "desktop-file-validate /usr/share/applications/ras-console.desktop" \
    desktop-file-validate "$root/usr/share/applications/ras-console.desktop"
check "appstreamcli validate /usr/share/metainfo/org.rasconsole.RasConsole.metainfo.xml" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.rasconsole.RasConsole.metainfo.xml"
for program in ras-console rasctl ras-emulator; do
    page=$root/usr/share/man/man1/$program.1.gz
    check "man page $program.1 renders without warnings" \
        sh -c "out=\$(zcat '$page' | groff -man -Tutf8 -ww -z 2>&1) && [ -z \"\$out\" ] || { echo \"\$out\"; exit 1; }"
    help=$(in_root env QT_QPA_PLATFORM=offscreen "$program" --help 2>/dev/null)
    options=$(grep -oE '(^|[ ,[])--[a-z][a-z-]*' <<<"$help" | sed 's/^[ ,[]//' | sort -u)
    rendered=$(zcat "$page" | sed 's/\\-/-/g')
    undocumented=$(for o in $options; do grep -q -- "$o" <<<"$rendered" || echo "$o"; done)
    check "man page $program.1 has every option of '$program --help' ($(wc -w <<<"$options") options)" test -z "$undocumented"
done

section "Remove"
installed_size=$(in_root dpkg-query -W -f='${Installed-Size}' ras-console)
check "apt-get purge ras-console" in_root apt-get purge -y -q ras-console
check "apt-get autoremove --purge (the dependencies it pulled in)" in_root apt-get autoremove --purge -y -q
check "dpkg knows no ras-console any more" lacks '^ras-console' "$(in_root dpkg-query -W -f='${Package} ${Status}\n' 2>&1)"
left=$(while read -r path; do
    if [[ $path != / && ! -d $root$path ]] && [[ -e $root$path || -L $root$path ]]; then echo "$path"; fi
done <"$cache/package-files.$$")
check "none of the package's $(grep -vc '^/\.$' "$cache/package-files.$$") paths is left" test -z "$left"
stray=$(cd "$root" && find usr etc opt var/lib -xdev \( -iname '*ras-console*' -o -iname 'rasctl*' -o -iname 'ras-emulator*' -o -iname '*rasconsole*' \) 2>/dev/null || true)
check "no file named after the programs anywhere in usr, etc, opt, var/lib" test -z "$stray"
in_root dpkg-query -W -f='${Package}\n' | sort >"$root/tmp/packages-after"
check "the installed package set is the clean root's again" diff "$root/tmp/packages-before" "$root/tmp/packages-after"
snapshot_files >"$cache/files-after.$$"
new_files=$(comm -13 "$cache/files-before.$$" "$cache/files-after.$$" | grep -v '^var/lib/dpkg/info/.*\.list$' || true)
check "no file in usr, etc, opt is left over from install and removal" test -z "$new_files"
rm -f "$cache/files-before.$$" "$cache/files-after.$$" "$cache/package-files.$$"

section "Figures"
printf '  %-28s %s\n' "DEB" "$(basename "$deb")" \
    "DEB size" "$(du -k "$deb" | cut -f1) KB ($(stat -c %s "$deb") bytes)" \
    "TGZ size" "$(du -k "$tgz" | cut -f1) KB ($(stat -c %s "$tgz") bytes)" \
    "Installed-Size" "$installed_size KB" \
    "Depends" "$(field Depends)" \
    "Recommends" "$(field Recommends)" \
    "packages pulled in" "$pulled (from a minbase root of $(wc -l <"$root/tmp/packages-before"))"
printf '\n%d passed, %d failed\n' "$passed" "$failed"
if ((failed)); then
    printf 'failed: %s\n' "${failures[@]}"
    exit 1
fi
