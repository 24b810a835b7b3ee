#!/usr/bin/env bash
# Runs the fuzz harnesses of tests/fuzz/ (CSV reader, MPS reading, ONNX reading) for longer
# than ctest does:
#   scripts/fuzz.sh [seconds per harness, default 300] [build dir, default build]
# Each run takes a fresh seed (printed; FUZZ_SEED=N fixes it). A failing input is saved under
# <build>/tests/fuzz/failures/ and the harness exits nonzero; replay it with
#   <build>/tests/fuzz/fuzz_csv --corpus DIR-WITH-THE-FILE --iterations 0
# With the sanitizer build (cmake --preset sanitize; build dir build-sanitize) the harnesses run
# under ASan + UBSan, with the same LeakSanitizer suppressions as scripts/test-sanitizers.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
build=${2:-build}
seed=${FUZZ_SEED:-$(date +%s)}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
cmake --build "$build" --target fuzz_csv fuzz_mps fuzz_onnx
status=0
for harness in csv mps onnx; do
    echo "fuzz_$harness: ${seconds} s, seed $seed"
    # CoinMpsIO prints some complaints straight to stdout; only the harness's own lines matter.
    if ! "$build/tests/fuzz/fuzz_$harness" --seconds "$seconds" --seed "$seed" > >(grep -a '^fuzz '); then
        status=1
    fi
done
exit $status
