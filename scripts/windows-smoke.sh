#!/usr/bin/env bash
# Proves the Windows installer under Wine (Debian 12, as root), in a throw-away Wine prefix and X server:
#   scripts/windows-smoke.sh [SETUP.exe]      (default: the newest build-windows/RAS-Console-*-setup.exe)
# - silent install into Program Files: programs, shortcuts, the Apps & features entry;
# - install again with /PATH over it (an upgrade in place) and find the folder on the system PATH;
# - ras-console.exe --demo --exit-after-load prints its JSON line with rows of every kind;
# - rasctl.exe, through Schannel and our certificate pinning, lists brokers of a Linux `ras-emulator --tls`
#   and changes one, and the Linux side sees the change;
# - a screenshot of the Windows build on the demo farm (docs/windows-demo.png);
# - silent uninstall leaves no program file, shortcut, registry entry or PATH entry behind.
# Prints each check as it passes; exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

say() { printf 'windows-smoke: %s\n' "$*"; }
fail() { printf 'windows-smoke: FAILED: %s\n' "$*" >&2; exit 1; }
pass() { printf 'windows-smoke: ok   %s\n' "$*"; }

setup=${1:-$(ls -t build-windows/RAS-Console-*-win64-setup.exe 2>/dev/null | head -n 1)}
[[ -n $setup && -f $setup ]] || fail "no installer; build it with scripts/windows-installer.sh"
setup=$(realpath "$setup")

packages=(wine wine64 libgnutls30 fonts-wine libgl1 xvfb x11-utils imagemagick openssl curl)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    [[ $(id -u) -eq 0 ]] || fail "missing packages ${missing[*]}; run me as root to install them"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
# The Linux emulator is the server rasctl.exe talks to.
if [[ ! -x build/bin/ras-emulator ]]; then
    say "building the Linux programs (scripts/setup.sh)"
    ./scripts/setup.sh > /dev/null
fi

work=$(mktemp -d /tmp/ras-windows-smoke.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    WINEPREFIX=$work/prefix wineserver -k 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# One X server for everything Wine shows.
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 100); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo > /dev/null 2>&1 || fail "Xvfb did not start"

say "creating a Wine prefix"
wineboot --init > "$work/wineboot.log" 2>&1
wineserver -w
drive_c=$WINEPREFIX/drive_c
target="$drive_c/Program Files/RAS Console"
menu="$drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\RAS Console'
environment_key='HKLM\System\CurrentControlSet\Control\Session Manager\Environment'
reg_value() { wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1 == v { $1 = ""; $2 = ""; sub(/^  /, ""); print }'; }

# --- install -------------------------------------------------------------------------------------------
# Into a folder of the user's choosing first (/D=, last on the line), then away again.
custom="$drive_c/Tools/RAS-Console"
wine "$setup" /S '/D=C:\Tools\RAS-Console' > "$work/install-custom.log" 2>&1
wineserver -w
[[ -f $custom/ras-console.exe && -f $custom/rasctl.exe ]] || fail "silent install with /D=C:\\Tools\\RAS-Console put no programs there"
[[ ! -e $target ]] || fail "silent install with /D= still wrote to Program Files"
wine "$custom/Uninstall.exe" /S > "$work/uninstall-custom.log" 2>&1
wineserver -w
for _ in $(seq 300); do [[ -e $custom ]] || break; sleep 0.1; done
[[ ! -e $custom ]] || fail "uninstalling from C:\\Tools\\RAS-Console left files behind"
pass "silent install with /D=C:\\Tools\\RAS-Console, and its silent uninstall"

started=$SECONDS
wine "$setup" /S > "$work/install.log" 2>&1
wineserver -w
for program in ras-console.exe rasctl.exe ras-emulator.exe Uninstall.exe LICENSE.txt qt.conf \
    platforms/qwindows.dll styles/qwindowsvistastyle.dll tls/qschannelbackend.dll; do
    [[ -f $target/$program ]] || fail "silent install: $program is missing from Program Files\\RAS Console"
done
pass "silent install into C:\\Program Files\\RAS Console in $((SECONDS - started)) s ($(du -sh "$target" | cut -f1))"
[[ -f "$menu/RAS Console.lnk" && -f "$menu/RAS Console (demo farm).lnk" ]] || fail "Start-menu shortcuts are missing"
pass "Start-menu shortcuts: RAS Console, RAS Console (demo farm)"
version=$(reg_value "$uninstall_key" DisplayVersion)
[[ -n $version && $(reg_value "$uninstall_key" DisplayName) == "RAS Console" ]] || fail "no Apps & features entry"
[[ -n $(reg_value "$uninstall_key" EstimatedSize) && -n $(reg_value "$uninstall_key" Publisher) ]] \
    || fail "the Apps & features entry lacks its size or publisher"
pass "Apps & features: RAS Console $version, $(reg_value "$uninstall_key" Publisher)"
if reg_value "$environment_key" Path | grep -qi 'RAS Console'; then fail "the folder is on PATH without /PATH"; fi

wine "$setup" /S /PATH > "$work/install-path.log" 2>&1
wineserver -w
reg_value "$environment_key" Path | grep -qi 'C:\\Program Files\\RAS Console' || fail "/PATH did not put the folder on the system PATH"
[[ -f $target/ras-console.exe ]] || fail "installing over the earlier install lost the programs"
pass "installing again with /PATH upgrades in place and puts the folder on the system PATH"

# --- the console on the demo farm -------------------------------------------------------------------
cd "$work"
load_json=$(timeout 180 wine "$target/ras-console.exe" --demo --exit-after-load 2> "$work/console.err" | tr -d '\r' | grep '^{' | tail -n 1) \
    || true
[[ -n $load_json ]] || { cat "$work/console.err" >&2; fail "ras-console.exe --demo --exit-after-load printed no JSON line"; }
for kind in brokers gateways policies; do
    rows=$(printf '%s' "$load_json" | sed -n "s/.*\"$kind\":\([0-9]*\).*/\1/p")
    [[ -n $rows && $rows -gt 0 ]] || fail "ras-console.exe loaded no $kind: $load_json"
done
pass "ras-console.exe --demo --exit-after-load: $load_json"

# --- rasctl.exe over HTTPS (Schannel) against the Linux emulator ----------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ras-smoke.invalid" \
    -keyout "$work/server.key" -out "$work/server.crt" > /dev/null 2>&1
fingerprint=$(openssl x509 -in "$work/server.crt" -noout -fingerprint -sha256 | cut -d= -f2 | tr -d ':')
password=smoke-$RANDOM$RANDOM
"$project/build/bin/ras-emulator" --port 0 --tls --cert "$work/server.crt" --key "$work/server.key" \
    --password "$password" > "$work/emulator.out" 2> "$work/emulator.err" &
pids+=($!)
for _ in $(seq 100); do grep -q '^listening on' "$work/emulator.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/emulator.out" | head -n 1)
[[ -n $url ]] || fail "the Linux emulator did not start: $(cat "$work/emulator.err")"
rasctl_exe() { printf '%s\n' "$password" | timeout 120 wine "$target/rasctl.exe" --server "$url" --user administrator \
    --password-stdin --trust-fingerprint "$fingerprint" "$@" 2> "$work/rasctl.err" | tr -d '\r'; }
listing=$(rasctl_exe brokers list) || fail "rasctl.exe brokers list: $(cat "$work/rasctl.err")"
broker=$(printf '%s\n' "$listing" | awk 'NR == 2 { print $1 }')
[[ $broker =~ ^[0-9]+$ ]] || fail "rasctl.exe brokers list printed no broker: $listing"
pass "rasctl.exe brokers list over HTTPS (Schannel, pinned $(printf '%.16s' "$fingerprint")…): $(($(printf '%s\n' "$listing" | wc -l) - 1)) brokers"
description="Changed from Windows $RANDOM"
rasctl_exe brokers update "$broker" --description "$description" > /dev/null || fail "rasctl.exe brokers update: $(cat "$work/rasctl.err")"
rasctl_exe apply > /dev/null || fail "rasctl.exe apply: $(cat "$work/rasctl.err")"
seen=$(printf '%s\n' "$password" | "$project/build/bin/rasctl" --server "$url" --user administrator --password-stdin \
    --trust-fingerprint "$fingerprint" --json brokers show "$broker")
printf '%s' "$seen" | grep -q "$description" || fail "the Linux side does not see the change made by rasctl.exe"
pass "rasctl.exe brokers update + apply: the Linux rasctl sees \"$description\""
wrong=$(printf '%064d' 0)
if printf '%s\n' "$password" | timeout 120 wine "$target/rasctl.exe" --server "$url" --password-stdin \
    --trust-fingerprint "$wrong" brokers list > /dev/null 2>&1; then
    fail "rasctl.exe accepted a certificate that does not match the pinned fingerprint"
fi
pass "rasctl.exe refuses a certificate that does not match the pin"

# --- a screenshot of the Windows build ---------------------------------------------------------------
wine "$target/ras-console.exe" --demo > "$work/console-gui.log" 2>&1 &
pids+=($!)
shown=
for _ in $(seq 600); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"RAS Console'; then shown=1; break; fi
    sleep 0.1
done
[[ -n $shown ]] || fail "the console's window did not appear"
# The window is up; the farm arrives over loopback right after. Give it a moment to draw the rows.
sleep 4
mkdir -p "$project/docs"
/usr/bin/import -window root "$project/docs/windows-demo.png"
pass "screenshot of ras-console.exe on the demo farm: docs/windows-demo.png"
kill "${pids[-1]}" 2>/dev/null || true
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true

# --- uninstall -------------------------------------------------------------------------------------------
wine "$target/Uninstall.exe" /S > "$work/uninstall.log" 2>&1
# NSIS's uninstaller copies itself away and runs from there: wait for it to finish.
wineserver -w
for _ in $(seq 300); do [[ -e $target ]] || break; sleep 0.1; done
[[ ! -e $target ]] || fail "uninstall left $(find "$target" | wc -l) entries in Program Files\\RAS Console: $(find "$target" | head -n 5 | tr '\n' ' ')"
[[ ! -e "$menu/RAS Console.lnk" && ! -e "$menu/RAS Console (demo farm).lnk" ]] || fail "uninstall left Start-menu shortcuts"
[[ -z $(reg_value "$uninstall_key" DisplayName) ]] || fail "uninstall left the Apps & features entry"
if reg_value "$environment_key" Path | grep -qi 'RAS Console'; then fail "uninstall left the folder on the system PATH"; fi
pass "silent uninstall: no program files, shortcuts, Apps & features entry or PATH entry left"
say "all checks passed"
