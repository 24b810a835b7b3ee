#include "core/train/l1_regularizer.h"

#include "core/train/soft_threshold.h"

namespace smip {

double L1Regularizer::evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const {
    return lambda_ * (W.cwiseAbs().sum() + b.cwiseAbs().sum() + v.cwiseAbs().sum());
}

// prox of t·‖x‖₁ is the entrywise soft threshold (Beck & Teboulle 2009, ISTA).
void L1Regularizer::proximalStep(MatRef W, VecRef b, VecRef v) const {
    softThresholdInPlace(W, threshold_);
    softThresholdInPlace(b, threshold_);
    softThresholdInPlace(v, threshold_);
}

}  // namespace smip
