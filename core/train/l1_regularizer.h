#pragma once
// Plain l1 penalty on every parameter, R = λ·(‖W‖₁ + ‖b‖₁ + ‖v‖₁), by proximal gradient (ISTA):
// after each Adam step every entry is soft-thresholded by lr·λ. Beyond the sparse-ReLU package.
#include "core/nn/shallow_relu_net.h"

namespace smip {

class L1Regularizer {
  public:
    /// threshold = lr·λ per proximal step.
    L1Regularizer(double lambda, double lr) : lambda_(lambda), threshold_(lr * lambda) {}

    /// λ·(‖W‖₁ + ‖b‖₁ + ‖v‖₁).
    double evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const;
    /// Soft-thresholds every entry of W, b, v in place by lr·λ. No allocation.
    void proximalStep(MatRef W, VecRef b, VecRef v) const;

  private:
    double lambda_;
    double threshold_;
};

}  // namespace smip
