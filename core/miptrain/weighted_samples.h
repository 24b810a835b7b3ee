#pragma once
// Classification samples with integer multiplicities. Identical samples (same x, same label)
// contribute identical loss terms in every formulation here, so merging them into one sample with
// weight = count is exact; it turns Patil & Mintz's 1000 parity samples into ≤ 64 weighted ones,
// which is what makes the full MIPs solvable at all.
#include <Eigen/Dense>
#include <vector>

#include "core/data/dataset.h"

namespace smip {

struct WeightedSamples {
    Eigen::MatrixXd X;       ///< N × D distinct (x, label) pairs
    std::vector<int> label;  ///< class ids
    Eigen::VectorXd weight;  ///< multiplicities (> 0)
    int classes = 0;

    int samples() const { return static_cast<int>(X.rows()); }
    double totalWeight() const { return weight.sum(); }
};

/// Every row with weight 1 (no merging).
WeightedSamples unitSamples(const Eigen::MatrixXd& X, const std::vector<int>& label, int classes);

/// Merges exactly identical (x, label) rows; order of first occurrence is kept.
WeightedSamples aggregateSamples(const Eigen::MatrixXd& X, const std::vector<int>& label,
                                 int classes, const Eigen::VectorXd& weight = {});

/// A classification Dataset's rows aggregated.
WeightedSamples aggregateDataset(const Dataset& data);

/// The samples `rows` (indices into s).
WeightedSamples selectSamples(const WeightedSamples& s, const std::vector<int>& rows);

}  // namespace smip
