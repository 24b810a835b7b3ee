#pragma once
// MIP starts for the full network MILP from a gradient-trained network (binary units).
//
// A network trained by SGD (straight-through estimator) rarely satisfies the MILP's weight bound
// and activation margin as it stands, so its parameters cannot be used directly. Its *activation
// pattern* can: with every hidden activation h fixed to the pattern the network produces on the
// samples, the MILP has no hidden binaries left, its hidden weights must only realize that pattern
// within the bound and margin (an LP), and the output layer is chosen optimally for it. CBC solves
// that restriction at once; its solution is feasible for the full MILP and becomes its MIP start,
// so the full MIP begins at least as good as SGD's pattern instead of from scratch.
#include <stop_token>
#include <vector>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_solver.h"
#include "core/miptrain/network_milp.h"

namespace smip {

struct PatternStart {
    std::vector<double> solution;  ///< complete column vector for m.problem; empty = none
    double objective = 0.0;        ///< its objective value
    std::string message;           ///< why there is no start (pattern not realizable, …)
};

/// The best solution of `m` whose hidden activations on the samples `X` (the rows the MILP was
/// built from, in order) equal `net`'s. Binary activation only. `options` gives the time limit
/// (a few seconds is plenty) and threads; the restricted MILP runs on `backend`. Any thread.
PatternStart activationPatternStart(const NetworkMilp& m, const Eigen::MatrixXd& X,
                                    const MipNetwork& net, const MilpOptions& options,
                                    std::stop_token stop = {},
                                    const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
