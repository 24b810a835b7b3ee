#pragma once
// Feature scaling fitted on one dataset (usually the training split) and applied to others. The
// one scaler of the code base: regression training, MIP training and the MLP classifiers use it.
#include <Eigen/Dense>
#include <string>

#include "core/data/dataset.h"

namespace smip {

enum class ScalerKind {
    Standardize,   ///< (x − mean) / std, population std (as scikit-learn's StandardScaler)
    MinMax,        ///< per feature (x − min) / (max − min): the fitted data lands in [0, 1]
    GlobalMinMax,  ///< one min and max over all features (digits: pixels 0..16 → x / 16)
    None           ///< features unchanged (offset 0, scale 1)
};

/// Stable id for JSON: "standardize", "minmax", "global_minmax", "none".
const char* scalerKindId(ScalerKind kind);
/// Inverse of scalerKindId; false for an unknown id.
bool parseScalerKind(const std::string& id, ScalerKind& kind);

struct Scaler {
    ScalerKind kind = ScalerKind::Standardize;
    Eigen::VectorXd offset;  ///< per feature: mean or min (0 for None)
    Eigen::VectorXd scale;   ///< per feature: std or range; 1 for constant columns (no 0 division)

    /// Fits on the columns of X (N ≥ 1 rows). A constant column keeps scale 1, so unseen values
    /// map to x − offset (as scikit-learn's scalers do).
    static Scaler fit(const Eigen::MatrixXd& X, ScalerKind kind);
    /// (X − offset) / scale per column. Throws std::invalid_argument when the column count
    /// differs from the fitted one (a broken precondition).
    Eigen::MatrixXd transform(const Eigen::MatrixXd& X) const;
    /// The inverse map: Z · scale + offset.
    Eigen::MatrixXd inverse(const Eigen::MatrixXd& Z) const;
    /// A copy of `data` with transformed features (targets untouched).
    Dataset transform(const Dataset& data) const;
    int features() const { return static_cast<int>(offset.size()); }
};

}  // namespace smip
