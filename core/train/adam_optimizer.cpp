#include "core/train/adam_optimizer.h"

#include <cmath>

namespace smip {

AdamOptimizer::AdamOptimizer(int size, const AdamSettings& settings)
    : s_(settings), m_(Eigen::VectorXd::Zero(size)), v_(Eigen::VectorXd::Zero(size)) {}

void AdamOptimizer::step(Eigen::Ref<Eigen::VectorXd> theta,
                         const Eigen::Ref<const Eigen::VectorXd>& grad) {
    ++t_;
    // Running powers instead of pow(beta, t): same values to rounding, no libm call per step.
    beta1Pow_ *= s_.beta1;
    beta2Pow_ *= s_.beta2;
    // AdamW (Loshchilov & Hutter 2019), as torch.optim.AdamW: decay first, from the old θ.
    if (s_.weightDecay != 0.0) theta *= 1.0 - s_.lr * s_.weightDecay;
    m_ = s_.beta1 * m_ + (1.0 - s_.beta1) * grad;
    v_ = s_.beta2 * v_ + (1.0 - s_.beta2) * grad.cwiseAbs2();
    const double stepSize = s_.lr / (1.0 - beta1Pow_);
    const double invSqrtBias2 = 1.0 / std::sqrt(1.0 - beta2Pow_);
    // torch: denom = √v/√(1 − β2^t) + eps; θ −= lr/(1 − β1^t) · m/denom. Eigen array
    // expressions vectorize the square root (a plain loop does not, because of errno).
    theta.array() -= stepSize * m_.array() / (v_.array().sqrt() * invSqrtBias2 + s_.eps);
}

}  // namespace smip
