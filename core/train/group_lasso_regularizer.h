#pragma once
// Group lasso per hidden neuron, R = λ·Σ_k ‖[w_k, b_k, v_k]‖₂, by a proximal step after each Adam
// step (group soft threshold by lr·λ): whole neurons switch off. Beyond the sparse-ReLU package.
#include "core/nn/shallow_relu_net.h"

namespace smip {

class GroupLassoRegularizer {
  public:
    /// threshold = lr·λ per proximal step.
    GroupLassoRegularizer(double lambda, double lr) : lambda_(lambda), threshold_(lr * lambda) {}

    /// λ·Σ_k ‖[w_k, b_k, v_k]‖₂.
    double evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const;
    /// Scales each group by max(0, 1 − lr·λ/‖group‖₂) in place. No allocation.
    void proximalStep(MatRef W, VecRef b, VecRef v) const;

  private:
    double lambda_;
    double threshold_;
};

}  // namespace smip
