#include "core/train/l1_regularizer.h"

namespace smip {

double L1Regularizer::evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const {
    return lambda_ * (W.cwiseAbs().sum() + b.cwiseAbs().sum() + v.cwiseAbs().sum());
}

// prox of t·‖x‖₁ is the entrywise soft threshold (Beck & Teboulle 2009, ISTA); written as array
// expressions so Eigen vectorizes it: x − clamp(x, −t, t) = sign(x)·max(|x| − t, 0).
void L1Regularizer::proximalStep(MatRef W, VecRef b, VecRef v) const {
    const double t = threshold_;
    W.array() -= W.array().max(-t).min(t);
    b.array() -= b.array().max(-t).min(t);
    v.array() -= v.array().max(-t).min(t);
}

}  // namespace smip
