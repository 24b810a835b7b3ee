#pragma once
// LP-based bound tightening: per neuron, minimize and maximize its pre-activation over the LP
// relaxation of the layers before it (the big-M rows with binaries relaxed to [0,1], which for a
// single ReLU equals the "triangle" relaxation of Ehlers 2017), layer by layer, so each layer's LPs
// use the previous layers' tightened bounds. The LPs of one layer are independent of each other:
// they go to the MilpBackend as one batch (solveMany), which worker processes run in parallel.
#include <Eigen/Dense>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/adversarial/relu_bounds.h"
#include "core/milp/milp_backend.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

struct LpTighteningOptions {
    double timeLimitPerLp = 10.0;  ///< seconds per LP; a failed LP keeps the old bound
    bool onlyUnstable = true;      ///< skip neurons whose bounds already fix the ReLU
    /// Called on the calling thread before each layer's batch of LPs: the hidden layer (0-based,
    /// from 1 on) and the number of neurons whose bounds are tightened.
    std::function<void(int layer, int neurons)> onLayer;
};

struct LpTighteningReport {
    int lpSolves = 0;    ///< LPs that ran (not those skipped after a stop request)
    int lpFailures = 0;  ///< LPs that ran and did not end optimal (bound kept)
    double seconds = 0.0;
    bool cancelled = false;
};

/// Tightens the hidden layers' bounds in place (layer 1 is already exact from the box), then
/// re-propagates intervals to the output. Never loosens a bound. Calling thread; every LP runs
/// on `backend`.
LpTighteningReport tightenBoundsLp(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                                   const Eigen::VectorXd& inHi, NetworkBounds& bounds,
                                   const LpTighteningOptions& options = {},
                                   std::stop_token stop = {},
                                   const MilpBackend& backend = inProcessMilpBackend());

/// A linear function c·h + d of the activations h of hidden layer hiddenLayers−1 (the input when
/// 0), with bounds [lo, hi] that lpLinearRanges narrows.
struct LinearRange {
    Eigen::VectorXd c;
    double d = 0.0;
    double lo = 0.0, hi = 0.0;
};

/// Narrows every range to the function's range over the LP relaxation of the first
/// `hiddenLayers` hidden layers: two LPs per range, all in one solveMany batch on `backend`. A
/// range whose LP did not solve keeps its incoming bound on that side. Counts solves in `report`
/// and sets report.cancelled when a stop request skipped LPs.
void lpLinearRanges(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                    const Eigen::VectorXd& inHi, const NetworkBounds& bounds, int hiddenLayers,
                    std::vector<LinearRange>& ranges, double timeLimit, LpTighteningReport& report,
                    std::stop_token stop = {}, const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
