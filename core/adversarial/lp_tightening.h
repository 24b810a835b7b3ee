#pragma once
// LP-based bound tightening: per neuron, minimize and maximize its pre-activation over the LP
// relaxation of the layers before it (the big-M rows with binaries relaxed to [0,1], which for a
// single ReLU equals the "triangle" relaxation of Ehlers 2017), layer by layer, so each layer's LPs
// use the previous layers' tightened bounds. Every LP goes through core/milp's solveMilp.
#include <Eigen/Dense>
#include <functional>
#include <stop_token>
#include <string>

#include "core/adversarial/relu_bounds.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

struct LpTighteningOptions {
    double timeLimitPerLp = 10.0;  ///< seconds per LP; a failed LP keeps the old bound
    bool onlyUnstable = true;      ///< skip neurons whose bounds already fix the ReLU
    /// Called on the calling thread before each layer ("LP tightening layer 2 (14 neurons)").
    std::function<void(const std::string&)> onStage;
};

struct LpTighteningReport {
    int lpSolves = 0;
    int lpFailures = 0;  ///< LPs that did not end optimal (bound kept)
    double seconds = 0.0;
    bool cancelled = false;
};

/// Tightens the hidden layers' bounds in place (layer 1 is already exact from the box), then
/// re-propagates intervals to the output. Never loosens a bound. Calling thread.
LpTighteningReport tightenBoundsLp(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                                   const Eigen::VectorXd& inHi, NetworkBounds& bounds,
                                   const LpTighteningOptions& options = {},
                                   std::stop_token stop = {});

/// Range of c·h + d over the LP relaxation of the first `hiddenLayers` hidden layers, where h is
/// the activation vector of hidden layer hiddenLayers−1 (the input when 0). Returns false when an
/// LP did not solve (lo/hi then keep their incoming values). Counts solves in `report`.
bool lpLinearRange(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                   const Eigen::VectorXd& inHi, const NetworkBounds& bounds, int hiddenLayers,
                   const Eigen::VectorXd& c, double d, double timeLimit, double& lo, double& hi,
                   LpTighteningReport& report);

}  // namespace smip
