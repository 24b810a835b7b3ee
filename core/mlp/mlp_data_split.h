#pragma once
// A seeded, stratification-free train/test split of a classification Dataset with input scaling
// fitted on the training rows, as the MLP trainer and the attack pages need it.
#include <Eigen/Dense>
#include <cstdint>
#include <string>

#include "core/data/dataset.h"

namespace smip {

enum class MlpScaling {
    None,         ///< raw features
    GlobalRange,  ///< one (min, max) over all training features → [0,1] (digits: /16, as in 004)
    PerFeature    ///< per-feature min/max of the training rows → [0,1] (constant features: 0)
};

struct MlpDataSplit {
    Eigen::MatrixXd Xtrain, Xtest;  ///< scaled features, row = sample
    Eigen::VectorXi ytrain, ytest;  ///< class ids 0..classes−1
    Eigen::VectorXd shift, scale;   ///< scaled = (raw − shift) ⊙ scale
    Eigen::VectorXi testIndices;    ///< row of each test sample in the original dataset
    int classes = 0;
};

/// Splits `data` (classification) into train/test with a seeded shuffle and scales it. Returns
/// false with a message for regression data, too few samples or a fraction outside (0, 1).
bool makeMlpSplit(const Dataset& data, double testFraction, std::uint64_t seed, MlpScaling scaling,
                  MlpDataSplit& out, std::string& error);

}  // namespace smip
