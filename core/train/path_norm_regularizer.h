#pragma once
// The sparse-ReLU package's lp path-norm regularizer, 0 < p ≤ 1: R = λ·Σ_kj |v_k·w_kj|^p (+ bias
// paths), minimized by a reweighted-l1 proximal step on the path products after each Adam step.
#include <Eigen/Dense>

#include "core/nn/shallow_relu_net.h"

namespace smip {

struct PathNormSettings {
    double p = 1.0;  ///< exponent in (0, 1]
    double lambda = 0.005;
    double gamma = 0.01;  ///< step scale in the threshold C = λ·γ·p·|prev|^(p−1)
    double eps = 1e-6;    ///< rows whose thresholded products have ‖u_k‖₂ < eps become zero
    bool includeBiases = true;  ///< products v_k·b_k take part (seed: incl_bias_sparsity)
};

class PathNormRegularizer {
  public:
    /// `inputs` = d, the number of columns of W.
    PathNormRegularizer(const PathNormSettings& settings, int inputs);

    /// λ·Σ |v_k·w_kj|^p (+ Σ |v_k·b_k|^p when biases are included).
    double evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const;

    /// One proximal step on (W, b, v) in place. prevW/prevB/prevV are the parameters before this
    /// epoch's gradient step; their products set the reweighted-l1 thresholds. No allocation.
    void proximalStep(MatRef W, VecRef b, VecRef v, ConstMatRef prevW, ConstVecRef prevB,
                      ConstVecRef prevV);

    const PathNormSettings& settings() const { return s_; }

  private:
    PathNormSettings s_;
    Eigen::VectorXd u_;  // thresholded products of one hidden unit (d or d+1)
};

}  // namespace smip
