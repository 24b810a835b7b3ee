#include "core/train/adam_optimizer.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace smip {
namespace {

// Out of line and cold, so the message building stays off the per-step path.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void throwSizeMismatch(std::size_t n,
                                                                    std::size_t theta,
                                                                    std::size_t grad) {
    throw std::invalid_argument("AdamOptimizer for " + std::to_string(n) + " parameters got " +
                                std::to_string(theta) + " parameters and " + std::to_string(grad) +
                                " gradient entries");
}

}  // namespace

AdamOptimizer::AdamOptimizer(int size, const AdamSettings& settings)
    : s_(settings), m_(Eigen::VectorXd::Zero(size)), v_(Eigen::VectorXd::Zero(size)) {}

void AdamOptimizer::step(std::span<double> theta, std::span<const double> grad) {
    const auto n = static_cast<std::size_t>(m_.size());
    if (theta.size() != n || grad.size() != n) [[unlikely]]
        throwSizeMismatch(n, theta.size(), grad.size());
    ++t_;
    // Running powers instead of pow(beta, t): same values to rounding, no libm call per step.
    beta1Pow_ *= s_.beta1;
    beta2Pow_ *= s_.beta2;
    double* __restrict th = theta.data();
    // AdamW (Loshchilov & Hutter 2019), as torch.optim.AdamW: decay first, from the old θ.
    if (s_.weightDecay != 0.0) {
        const double keep = 1.0 - s_.lr * s_.weightDecay;
        for (std::size_t i = 0; i < n; ++i)
            th[i] *= keep;
    }
    const double stepSize = s_.lr / (1.0 - beta1Pow_);
    const double invSqrtBias2 = 1.0 / std::sqrt(1.0 - beta2Pow_);
    const double b1 = s_.beta1, b2 = s_.beta2, eps = s_.eps;
    // One fused pass over the parameters (moments, then torch's update
    // θ −= lr/(1 − β1^t) · m/(√v/√(1 − β2^t) + eps)) instead of three Eigen expressions that each
    // stream θ, m, v and the gradient. Vectorizes because core builds with -fno-math-errno.
    double* __restrict m = m_.data();
    double* __restrict v = v_.data();
    const double* __restrict g = grad.data();
    for (std::size_t i = 0; i < n; ++i) {
        m[i] = b1 * m[i] + (1.0 - b1) * g[i];
        v[i] = b2 * v[i] + (1.0 - b2) * (g[i] * g[i]);
        th[i] -= stepSize * m[i] / (std::sqrt(v[i]) * invSqrtBias2 + eps);
    }
}

}  // namespace smip
