#pragma once
// A classification dataset as the MLP trainer takes it: integer labels and features scaled by a
// Scaler fitted on the training rows only. The split itself is core/data's splitIndices.
#include <Eigen/Dense>
#include <cstdint>
#include <string>

#include "core/data/dataset.h"
#include "core/data/scaler.h"

namespace smip {

struct MlpDataSplit {
    Eigen::MatrixXd Xtrain, Xtest;  ///< scaled features, row = sample
    Eigen::VectorXi ytrain, ytest;  ///< class ids 0..classes−1
    Scaler scaler;                  ///< fitted on the training rows; empty = features as given
    Eigen::VectorXi testIndices;    ///< row of each test sample in the original dataset
    int classes = 0;
};

/// Train and test parts given as datasets (test may have no rows), scaled with `scaling` fitted
/// on `train`. Returns false with a message for regression data or inconsistent labels.
bool makeMlpData(const Dataset& train, const Dataset& test, ScalerKind scaling, MlpDataSplit& out,
                 std::string& error);

/// Stratified seeded split of `data` (splitIndices: same seed, same split as every other feature)
/// with round(testFraction·N) test rows, then makeMlpData. Returns false with a message for a
/// fraction outside (0, 1), too few samples, regression data or inconsistent labels.
bool makeMlpSplit(const Dataset& data, double testFraction, std::uint64_t seed, ScalerKind scaling,
                  MlpDataSplit& out, std::string& error);

}  // namespace smip
