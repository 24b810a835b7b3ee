#include "core/adversarial/relu_bounds.h"

#include <algorithm>

namespace smip {

void linearIntervalBound(const Eigen::VectorXd& c, double d, const Eigen::VectorXd& hLo,
                         const Eigen::VectorXd& hHi, double& lo, double& hi) {
    lo = d;
    hi = d;
    for (Eigen::Index k = 0; k < c.size(); ++k) {
        const double a = c(k) * hLo(k), b = c(k) * hHi(k);
        lo += std::min(a, b);
        hi += std::max(a, b);
    }
}

void activationBox(const NetworkBounds& b, int l, const Eigen::VectorXd& inLo,
                   const Eigen::VectorXd& inHi, Eigen::VectorXd& lo, Eigen::VectorXd& hi) {
    if (l < 0) {
        lo = inLo;
        hi = inHi;
        return;
    }
    lo = b.lower[l].cwiseMax(0.0);
    hi = b.upper[l].cwiseMax(0.0);
}

void propagateIntervals(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                        const Eigen::VectorXd& inHi, int fromLayer, NetworkBounds& bounds) {
    const int L = net.layerCount();
    bounds.lower.resize(L);
    bounds.upper.resize(L);
    Eigen::VectorXd hLo, hHi;
    for (int l = std::max(0, fromLayer); l < L; ++l) {
        activationBox(bounds, l - 1, inLo, inHi, hLo, hHi);
        const Eigen::MatrixXd& W = net.weights[l];
        // Split W into its positive and negative parts: the lower bound pairs W⁺ with the lower
        // activation box corner and W⁻ with the upper one.
        const Eigen::MatrixXd Wp = W.cwiseMax(0.0), Wn = W.cwiseMin(0.0);
        Eigen::VectorXd lo = Wp * hLo + Wn * hHi + net.biases[l];
        Eigen::VectorXd hi = Wp * hHi + Wn * hLo + net.biases[l];
        if (bounds.lower[l].size() == lo.size()) {
            lo = lo.cwiseMax(bounds.lower[l]);
            hi = hi.cwiseMin(bounds.upper[l]);
        }
        bounds.lower[l] = std::move(lo);
        bounds.upper[l] = std::move(hi);
    }
}

NetworkBounds intervalBounds(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                             const Eigen::VectorXd& inHi) {
    NetworkBounds b;
    propagateIntervals(net, inLo, inHi, 0, b);
    return b;
}

BoundStats boundStats(const NetworkBounds& bounds) {
    BoundStats s;
    const int hidden = static_cast<int>(bounds.lower.size()) - 1;
    for (int l = 0; l < hidden; ++l) {
        for (Eigen::Index i = 0; i < bounds.lower[l].size(); ++i) {
            const double lo = bounds.lower[l](i), hi = bounds.upper[l](i);
            ++s.hiddenNeurons;
            if (lo >= 0.0) {
                ++s.stableActive;
            } else if (hi <= 0.0) {
                ++s.stableInactive;
            } else {
                ++s.unstable;
                s.totalBigM += hi - lo;
            }
        }
    }
    return s;
}

}  // namespace smip
