#pragma once
// Builds the sparsest exact-fit network MILP (variant seed or tight) as our own MilpProblem.
#include <Eigen/Dense>

#include "core/sparsest/sparsest_config.h"
#include "core/sparsest/sparsest_model.h"

namespace smip {

/// Caps on the tight variant's sign slots (0 = the width K). Used once an incumbent is known:
/// see sparsestSlotCaps.
struct SparsestSlotCaps {
    int positive = 0;  ///< slots with v = +1
    int negative = 0;  ///< slots with v = −1
    int total = 0;     ///< used units over both signs
};

/// Builds the MILP for data X (N × d), targets y and `config` (tight: with `caps`). Precondition:
/// validateSparsest found nothing Invalid (throws std::invalid_argument otherwise). Any thread.
SparsestModel buildSparsestMilp(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                const SparsestConfig& config, const SparsestSlotCaps& caps = {});

/// Caps that keep every solution of the tight model with fewer than `incumbent` counted nonzeros
/// and the incumbent itself (`incumbentPositive`/`incumbentNegative` used units of each sign).
/// With biases counted, every used unit carries at least one counted nonzero (the model forces
/// it), so an improving network has at most incumbent − 1 units, and one fewer of a sign when the
/// targets also need a unit of the other sign (some y_n beyond ±ε). Without counted biases the
/// caps are the width. Any thread.
SparsestSlotCaps sparsestSlotCaps(const Eigen::VectorXd& y, const SparsestConfig& config,
                                  int incumbent, int incumbentPositive, int incumbentNegative);

}  // namespace smip
