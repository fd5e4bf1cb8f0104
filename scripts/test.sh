#!/usr/bin/env bash
# Sets everything up, builds, and runs every test: the default build's suite, the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer (asan preset), and a bounded run of each libFuzzer
# target (fuzz preset). Prints how long each phase took.
#   RAS_FUZZ_SECONDS   seconds per fuzz target (default 60; 0 skips fuzzing)
#   RAS_SKIP_ASAN=1    skip the sanitizer build and suite
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)
fuzz_seconds=${RAS_FUZZ_SECONDS:-60}
timings=()

phase() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== $name"
    "$@"
    timings+=("$(printf '%-28s %4d s' "$name" $((SECONDS - start)))")
}

fuzz_all() {
    for target in fuzz_decoders fuzz_router; do
        local corpus=build-fuzz/corpus/$target
        mkdir -p "$corpus"
        # Seeds: the official transcripts, so the fuzzer starts from real answers.
        "build-fuzz/bin/$target" -max_total_time="$fuzz_seconds" -print_final_stats=1 -timeout=10 \
            "$corpus" tests/fuzz/seeds/"$target"
    done
}

phase "setup + default build" ./scripts/setup.sh
phase "default tests" ctest --preset default --parallel "$jobs"
if [[ ${RAS_SKIP_ASAN:-0} != 1 ]]; then
    phase "asan build" bash -c "cmake --preset asan >/dev/null && cmake --build --preset asan --parallel $jobs"
    phase "asan tests" ctest --preset asan --parallel "$jobs"
fi
if ((fuzz_seconds > 0)); then
    phase "fuzz build" bash -c "cmake --preset fuzz >/dev/null && cmake --build --preset fuzz --parallel $jobs"
    phase "fuzz runs (${fuzz_seconds} s each)" fuzz_all
fi

echo "== times"
printf '%s\n' "${timings[@]}"
