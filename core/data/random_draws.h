#pragma once
// Portable random draws on top of std::mt19937_64. The standard distributions are
// implementation-defined (libstdc++ and libc++ give different numbers for the same seed), so the
// generators use these instead: the same seed gives the same dataset on every platform.
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace smip {

/// Uniform on [0, 1) with 53 random bits.
inline double uniform01(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);
}

/// Uniform on [lo, hi).
inline double uniformIn(std::mt19937_64& rng, double lo, double hi) {
    return lo + (hi - lo) * uniform01(rng);
}

/// Standard normal N(0, 1) by the Box–Muller transform (one draw per call, no hidden state).
inline double standardNormal(std::mt19937_64& rng) {
    const double u1 = 1.0 - uniform01(rng);  // (0, 1]: log(u1) is finite
    const double u2 = uniform01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

}  // namespace smip
