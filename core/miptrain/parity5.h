#pragma once
// The benchmark of Patil & Mintz: 5-bit patterns, label = parity of bits 1, 3 and 5
// (bits 2 and 4 are distractors), drawn with replacement, a share of labels flipped.
#include <cstdint>

#include "core/data/dataset.h"

namespace smip {

struct Parity5Data {
    Dataset train;
    Dataset test;
};

/// `trainSize`/`testSize` samples drawn uniformly with replacement from the 32 patterns; in each
/// part exactly round(flipFraction·size) distinct samples get the other label. Classification,
/// 2 classes ("even", "odd"), features "b1".."b5" in {0, 1}. Seeded (Patil & Mintz used random
/// seeds 1, 2, 3, 4, 7).
/// Throws std::invalid_argument for negative sizes or a fraction outside [0, 1].
Parity5Data generateParity5(int trainSize = 1000, int testSize = 250, double flipFraction = 0.1,
                            std::uint64_t seed = 1);

}  // namespace smip
