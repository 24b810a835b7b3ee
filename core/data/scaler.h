#pragma once
// Feature scaling fitted on one dataset (usually the training split) and applied to others.
#include <Eigen/Dense>

#include "core/data/dataset.h"

namespace smip {

enum class ScalerKind {
    Standardize,  ///< (x − mean) / std, population std (as scikit-learn's StandardScaler)
    MinMax        ///< (x − min) / (max − min): the fitted data lands in [0, 1]
};

struct Scaler {
    ScalerKind kind = ScalerKind::Standardize;
    Eigen::VectorXd offset;  ///< per feature: mean or min
    Eigen::VectorXd scale;   ///< per feature: std or range; 1 for constant columns (no 0 division)

    /// Fits on the columns of X (N ≥ 1 rows).
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
