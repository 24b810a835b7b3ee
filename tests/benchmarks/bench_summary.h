#pragma once
// Helpers of the benchmark programs' JSON summaries (docs/benchmarks/*.json).
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

namespace smip::bench {

/// A number for JSON, null when it is not finite.
inline nlohmann::json num(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

/// The machine's 1-minute load average (Linux), NAN elsewhere: other sessions share the cores.
inline double loadAverage() {
    std::ifstream in("/proc/loadavg");
    double load = NAN;
    in >> load;
    return load;
}

}  // namespace smip::bench
