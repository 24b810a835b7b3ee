#pragma once
// One-dimensional regression data for seeing a network's function y = f(x): a ReLU net in 1-D is
// a piecewise linear curve whose kinks are its active units, so 1-D data shows on one picture why
// a sparse regularizer fits with few kinks. Reproducible from the seed on every platform.
#include <cstdint>
#include <optional>
#include <string>

#include "core/data/dataset.h"
#include "core/data/generators.h"

namespace smip {

enum class Line1D {
    Random,  ///< "random1d": x ~ U(-1,1), y ~ U(-1,1) (generateRandom with d = 1)
    Kinks,   ///< "kinks": a planted ReLU teacher with kKinkUnits units, kinks inside (-0.8, 0.8)
    Sine,    ///< "sine": y = sin(π·x) sampled at x ~ U(-1,1)
    Bump  ///< "bump": the fixed preset x = −2…3, y = (0,0,1,1,0,0) (n, seed and noise ignored)
};

/// Units of the planted "kinks" teacher: few, so a sparse fit can find them.
inline constexpr int kKinkUnits = 3;

/// Generator name ("random1d", "kinks", "sine", "bump") → kind.
std::optional<Line1D> lineFromName(const std::string& name);

/// n samples with one feature x1 (Bump: always its 6 points). Kinks and Sine add noise·N(0,1)
/// to y. `planted` (Kinks only) receives the teacher: W is 1 × kKinkUnits, kink k at −b_k/W(0,k).
/// Preconditions: n ≥ 1, noise ≥ 0 finite (checked by resolveDataset).
Dataset generateLine(Line1D kind, int n, double noise, std::uint64_t seed,
                     TeacherNet* planted = nullptr);

}  // namespace smip
