#pragma once
// The per-solve time limit of a MILP benchmark: its figure for docs/benchmarks by default, or
// $SPARSEMIP_BENCH_TIME_LIMIT seconds, so that CI's smoke run (scripts/bench-smoke.sh) executes
// every benchmark program end to end in seconds without touching the published settings.
#include <cstdlib>

inline double benchTimeLimit(double published) {
    const char* env = std::getenv("SPARSEMIP_BENCH_TIME_LIMIT");
    const double seconds = env ? std::atof(env) : 0.0;
    return seconds > 0.0 ? seconds : published;
}
