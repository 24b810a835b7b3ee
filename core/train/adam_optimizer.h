#pragma once
// Adam and AdamW on a flat parameter vector, with PyTorch's exact update order (torch.optim.Adam /
// AdamW, non-amsgrad): bias-corrected moments, eps added after the corrected square root, and
// AdamW's decoupled decay θ ← θ·(1 − lr·λ) applied before the Adam step.
#include <Eigen/Dense>

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

    /// One update of `theta` with gradient `grad` (same size). No allocation.
    void step(Eigen::Ref<Eigen::VectorXd> theta, const Eigen::Ref<const Eigen::VectorXd>& grad);

    int steps() const { return t_; }
    const AdamSettings& settings() const { return s_; }

  private:
    AdamSettings s_;
    Eigen::VectorXd m_, v_;
    int t_ = 0;
    double beta1Pow_ = 1.0, beta2Pow_ = 1.0;
};

}  // namespace smip
