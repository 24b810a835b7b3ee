#pragma once
// Adam and AdamW with PyTorch's exact update order (torch.optim.Adam / AdamW, non-amsgrad):
// bias-corrected moments, eps added after the corrected square root, and AdamW's decoupled decay
// θ ← θ·(1 − lr·λ) applied before the Adam step. The one Adam of the code base: the shallow
// trainer runs one over its flat parameter vector, the MLP and MIP-hybrid trainers one per tensor
// (as torch keeps its state per parameter).
#include <Eigen/Dense>
#include <span>

namespace smip {

struct AdamSettings {
    double lr = 0.01;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double weightDecay = 0.0;  ///< decoupled (AdamW) decay λ; 0 = plain Adam
};

class AdamOptimizer {
  public:
    /// Prepares moments for `size` parameters (all zero, step counter 0).
    AdamOptimizer(int size, const AdamSettings& settings);

    /// One update of `theta` with gradient `grad`; both have size() entries (else
    /// std::invalid_argument). No allocation.
    void step(std::span<double> theta, std::span<const double> grad);
    // Inline, so the shallow trainer's call costs no extra hop on its per-epoch hot path.
    void step(Eigen::Ref<Eigen::VectorXd> theta, const Eigen::Ref<const Eigen::VectorXd>& grad) {
        step(std::span<double>(theta.data(), static_cast<std::size_t>(theta.size())),
             std::span<const double>(grad.data(), static_cast<std::size_t>(grad.size())));
    }

    int size() const { return static_cast<int>(m_.size()); }
    int steps() const { return t_; }
    const AdamSettings& settings() const { return s_; }

  private:
    AdamSettings s_;
    Eigen::VectorXd m_, v_;
    int t_ = 0;
    double beta1Pow_ = 1.0, beta2Pow_ = 1.0;
};

/// The coefficients of a plain (contiguous) Eigen matrix or vector, for AdamOptimizer::step.
template <class Derived>
std::span<double> coefficients(Eigen::PlainObjectBase<Derived>& m) {
    return {m.data(), static_cast<std::size_t>(m.size())};
}
template <class Derived>
std::span<const double> coefficients(const Eigen::PlainObjectBase<Derived>& m) {
    return {m.data(), static_cast<std::size_t>(m.size())};
}

}  // namespace smip
