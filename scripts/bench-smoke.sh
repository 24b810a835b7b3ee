#!/usr/bin/env bash
# Runs every Google Benchmark program once, tiny: so that none of them rots between the real
# runs that produce docs/benchmarks/*.json. Nothing is written to docs/. BUILD_DIR defaults to build.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SPARSEMIP_BENCH_TIME_LIMIT=2     # per MILP solve (bench_time_limit.h)
export SPARSEST_BENCH_OUT="$out/sparsest.json"   # bench_sparsest's summaries: not into docs/
export RANK_BOUND_BENCH_OUT="$out/rank_bound.json"
export RANK_TOLERANCE_BENCH_OUT="$out/rank_bound_tolerance.json"
export SPARSEST_TARGETS_BENCH_OUT="$out/sparsest_targets.json"
export SPARSEST_ONED_BENCH_OUT="$out/oned_pipeline.json"
export PERCEPTRON_PROOFS_BENCH_OUT="$out/perceptron_proofs.json"
export SPARSEMIP_CLI="$(pwd)/$BUILD_DIR/app/sparsemip"  # the worker for worker-process cases
shopt -s nullglob
programs=("$BUILD_DIR"/tests/benchmarks/bench_*)
[ ${#programs[@]} -gt 0 ] || { echo "bench-smoke: no benchmark programs in $BUILD_DIR" >&2; exit 2; }
for program in "${programs[@]}"; do
  [ -f "$program" ] && [ -x "$program" ] || continue  # not the *_autogen folders
  name=$(basename "$program")
  # Fixed iteration counts ignore --benchmark_min_time: pick each program's cheapest cases.
  case "$name" in
    bench_sparsest) filter='/4/|oned_pipeline/0/0' ;;  # N = 4 of each family (the larger N are minutes long) and the bump
    bench_cancel) filter='Cancel(TrainShallow|SolveMilp|MilpWorkerChild|SparsestWorker)/load:0|AttackWorker/load:0/exact:0' ;;  # no load
    bench_miptrain_cancel) filter='Layerwise/worker:1' ;;  # the worker path, its short case
    bench_perceptron) filter='proofs/0/1/' ;;  # one moons seed, with and without the enumeration
    *) filter='.' ;;
  esac
  start=$EPOCHREALTIME
  "$program" --benchmark_min_time=0.01 --benchmark_filter="$filter" >"$out/$name.log" 2>&1 ||
    { echo "bench-smoke: $name failed:"; tail -n 30 "$out/$name.log"; exit 1; }
  # A benchmark that calls state.SkipWithError still exits 0: that is a failure here too.
  if grep -q 'ERROR OCCURRED' "$out/$name.log"; then
    echo "bench-smoke: $name reported an error:"; grep 'ERROR OCCURRED' "$out/$name.log"; exit 1
  fi
  awk -v n="$name" -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "bench-smoke: %-22s ok (%.1f s)\n", n, b - a}'
done
