#pragma once
// Builds the sparsest exact-fit network MILP (variant seed or tight) as our own MilpProblem.
#include <Eigen/Dense>

#include "core/sparsest/sparsest_config.h"
#include "core/sparsest/sparsest_model.h"

namespace smip {

/// Builds the MILP for data X (N × d), targets y and `config`. Precondition: validateSparsestInput
/// returned an empty string (throws std::invalid_argument otherwise). Any thread.
SparsestModel buildSparsestMilp(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                const SparsestConfig& config);

}  // namespace smip
