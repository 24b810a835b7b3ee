#pragma once
// Pre-activation bounds of every layer of an MlpClassifier over an input box, and the big-M
// statistics they imply. Interval arithmetic here; LP-based tightening in lp_tightening.h.
#include <Eigen/Dense>
#include <vector>

#include "core/mlp/mlp_classifier.h"

namespace smip {

/// lower[l], upper[l]: bounds of layer l's pre-activation z_l = W_l·h_{l−1} + b_l (last = logits).
struct NetworkBounds {
    std::vector<Eigen::VectorXd> lower;
    std::vector<Eigen::VectorXd> upper;
};

/// How many hidden ReLUs are fixed by their bounds, and the big-M they need.
struct BoundStats {
    int hiddenNeurons = 0;
    int stableActive = 0;    ///< lower ≥ 0: the ReLU is the identity, no binary
    int stableInactive = 0;  ///< upper ≤ 0: the ReLU is 0, no binary
    int unstable = 0;        ///< lower < 0 < upper: one binary each
    double totalBigM = 0.0;  ///< Σ over unstable ReLUs of (upper − lower) = both big-Ms together
};

/// Interval arithmetic (e.g. Tjeng, Xiao & Tedrake 2019, §4): exact per neuron for the first
/// layer, then propagated with ReLU clipping. Requires inLo ≤ inHi, sizes = inputSize().
NetworkBounds intervalBounds(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                             const Eigen::VectorXd& inHi);

/// Re-propagates intervals from layer `fromLayer` on (layers < fromLayer are kept), intersecting
/// with the bounds already present so nothing loosens.
void propagateIntervals(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                        const Eigen::VectorXd& inHi, int fromLayer, NetworkBounds& bounds);

/// Bounds of c·h_{L−1} + d over the last hidden layer's interval (used for logit differences).
void linearIntervalBound(const Eigen::VectorXd& c, double d, const Eigen::VectorXd& hLo,
                         const Eigen::VectorXd& hHi, double& lo, double& hi);

/// Post-ReLU box of hidden layer l (clip of the pre-activation bounds at 0); l = −1 gives the
/// input box itself.
void activationBox(const NetworkBounds& b, int l, const Eigen::VectorXd& inLo,
                   const Eigen::VectorXd& inHi, Eigen::VectorXd& lo, Eigen::VectorXd& hi);

/// Stability counts and total big-M over the hidden layers.
BoundStats boundStats(const NetworkBounds& bounds);

}  // namespace smip
