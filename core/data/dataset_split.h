#pragma once
// Seeded train/test splits (stratified by class for classification) and row selection.
#include <cstdint>
#include <vector>

#include "core/data/dataset.h"

namespace smip {

struct SplitIndices {
    std::vector<int> train;  ///< ascending sample indices
    std::vector<int> test;   ///< ascending, disjoint from train; together they cover 0..N-1
};

struct DatasetSplit {
    Dataset train;
    Dataset test;
    SplitIndices indices;
};

/// The one train/test split of the code base (every feature uses it, so the same seed gives the
/// same split everywhere, on every standard library). round(testFraction·N) test samples, kept in
/// 1..N−1 when 0 < testFraction < 1 and N ≥ 2. `stratify` (classification only) keeps each class's
/// share in both parts (largest-remainder rounding), and a class with two or more samples has one
/// on each side whenever the other classes can spare the slot. Throws std::invalid_argument
/// unless 0 ≤ testFraction ≤ 1.
SplitIndices splitIndices(const Dataset& data, double testFraction, std::uint64_t seed,
                          bool stratify = true);

/// splitIndices + selectRows; the parts are named "<name> (train)" / "<name> (test)".
DatasetSplit splitDataset(const Dataset& data, double testFraction, std::uint64_t seed,
                          bool stratify = true);

/// The samples `rows` of `data` in the given order; names and classes kept. Throws
/// std::out_of_range for an index outside 0..N-1.
Dataset selectRows(const Dataset& data, const std::vector<int>& rows);

}  // namespace smip
