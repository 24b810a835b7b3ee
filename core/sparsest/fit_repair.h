#pragma once
// A trained network that nearly fits, repaired into one that fits exactly (issue #17).
//
// Gradient training ends near a fit (MSE 1e-6, say), never at one, and the sparsest-network MILP
// needs an exact fit for its start. With the network's support (its nonzero weights) and its
// activation pattern on the data fixed, the outputs are linear in the weights, so "weights with
// that support and pattern that fit within ε" is an LP: minimize their L1 norm (the LP's stand-in
// for the nonzero count, so the repaired network can be sparser than the trained one) subject to
// the fit and the pattern (each unit's pre-activation ≥ 0 where it was active, ≤ 0 where it was
// not). When that LP is infeasible, the pattern is kept and every weight of the units is freed
// (more nonzeros, but a fitting network still). The result is
// re-evaluated in double precision; it is a network the pipeline may take its bounds and start
// from, so the MILP can end no worse than it.
#include <Eigen/Dense>
#include <optional>
#include <stop_token>
#include <string>

#include "core/milp/milp_backend.h"
#include "core/nn/shallow_relu_net.h"

namespace smip {

struct FitRepair {
    bool fits = false;            ///< `net` fits within ε + 1e-9·(1 + max|y|) (re-evaluated)
    bool changed = false;         ///< the weights were re-solved (false: it already fit)
    bool supportGrown = false;    ///< the trained support could not fit: all weights freed
    ShallowReluNet net;           ///< ±1 output weights (rescaleToUnitOutputs form)
    int nonzeros = 0;             ///< counted like the MILP (countSparsestNonzeros)
    double residualBefore = 0.0;  ///< max |f(x_n) − y_n| of the trained network
    double residual = 0.0;        ///< the same for `net`
    std::string message;          ///< how it ended, for the user
};

/// What the fixed-pattern LP may change and how far.
struct PatternLpOptions {
    bool growSupport = false;  ///< free every weight of the units, not only their nonzero ones
    double supportEps = 1e-6;  ///< a weight at most this large is outside the support
    double epsilon = 0.0;      ///< fit within ε
    double wCap = 0.0;         ///< |w| ≤ wCap (0: far above the network's own weights)
    double bCap = 0.0;         ///< |b| ≤ bCap (0: likewise)
};

/// The LP of the repair and of the MILP's warm start: `net`'s units (±1 outputs) with their
/// activation pattern on X fixed (pre-activation ≥ 0 where > 0 now, ≤ 0 elsewhere), the weights
/// in the support free within the caps, the fit within ε; minimizes the weights' L1 norm. Returns
/// the re-solved network (a weight the LP puts at ~0 is 0), or nothing with `why` set. Any thread.
std::optional<ShallowReluNet> solveFixedPatternLp(const Eigen::MatrixXd& X,
                                                  const Eigen::VectorXd& y,
                                                  const ShallowReluNet& net,
                                                  const PatternLpOptions& options,
                                                  std::stop_token stop, const MilpBackend& backend,
                                                  std::string& why);

/// Repairs `trained` to fit X (N × d), y within `epsilon` as described above. The LPs run on
/// `backend` (the GUI passes its worker-process backend). Any thread.
FitRepair repairToFit(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                      const ShallowReluNet& trained, bool countBiases, double epsilon,
                      std::stop_token stop = {},
                      const MilpBackend& backend = inProcessMilpBackend());

/// `net`, which fits within ε, with the least L1 norm of weights on its own support and activation
/// pattern: the repair's LP, run although it fits. A network from a MILP with wide big-Ms can
/// carry needlessly steep pieces, and the pipeline raises the bounds to what it holds. Returns
/// `net` itself when the LP fails or its result would fit worse or count more nonzeros.
ShallowReluNet smallestWeightsOf(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                 const ShallowReluNet& net, bool countBiases, double epsilon,
                                 std::stop_token stop = {},
                                 const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
