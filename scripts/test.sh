#!/usr/bin/env bash
# Sets everything up, builds, and runs every test, printing how long each phase took:
#   1. the default build and the whole suite;
#   2. the asan tree (clang): the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer
#      (RAS_TEST_ASAN=0 skips it);
#   3. each libFuzzer target from that tree for RAS_FUZZ_SECONDS seconds (default 60; 0 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)
fuzz_seconds=${RAS_FUZZ_SECONDS:-60}
asan=${RAS_TEST_ASAN:-1}
# Any undefined behaviour fails the test that hit it instead of scrolling past in the log.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
timings=()

phase() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== $name"
    "$@"
    timings+=("$(printf '%-32s %5d s' "$name" $((SECONDS - start)))")
}

build_preset() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" --parallel "$jobs"
}

fuzz_all() {
    local tree=$1
    for target in fuzz_decoders fuzz_router; do
        local corpus=$tree/corpus/$target
        mkdir -p "$corpus"
        # Seeded with real answers and requests, so the fuzzer starts from what servers send.
        "$tree/bin/$target" -max_total_time="$fuzz_seconds" -print_final_stats=1 -timeout=10 \
            "$corpus" "tests/fuzz/seeds/$target"
    done
}

phase "setup + ${RAS_PRESET:-default} build" ./scripts/setup.sh
phase "${RAS_PRESET:-default} tests" ctest --preset "${RAS_PRESET:-default}" --parallel "$jobs"
if [[ $asan == 1 ]]; then
    # One clang tree builds the sanitizer suite and the fuzz targets.
    phase "asan build" build_preset asan
    phase "asan tests" ctest --preset asan --parallel "$jobs"
    fuzz_tree=build-asan
elif ((fuzz_seconds > 0)); then
    phase "fuzz build" build_preset fuzz
    fuzz_tree=build-fuzz
fi
if ((fuzz_seconds > 0)); then
    phase "fuzz runs (${fuzz_seconds} s each)" fuzz_all "$fuzz_tree"
fi

echo "== times"
printf '%s\n' "${timings[@]}"
