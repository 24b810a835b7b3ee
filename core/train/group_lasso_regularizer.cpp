#include "core/train/group_lasso_regularizer.h"

#include <cmath>

namespace smip {

double GroupLassoRegularizer::evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const {
    double sum = 0.0;
    for (Eigen::Index k = 0; k < W.rows(); ++k)
        sum += std::sqrt(W.row(k).squaredNorm() + b(k) * b(k) + v(k) * v(k));
    return lambda_ * sum;
}

// prox of t·‖g‖₂ is block soft thresholding g·max(0, 1 − t/‖g‖₂) (Yuan & Lin 2006; used for
// neuron pruning by Scardapane et al. 2017).
void GroupLassoRegularizer::proximalStep(MatRef W, VecRef b, VecRef v) const {
    for (Eigen::Index k = 0; k < W.rows(); ++k) {
        const double norm = std::sqrt(W.row(k).squaredNorm() + b(k) * b(k) + v(k) * v(k));
        const double factor = norm > threshold_ ? 1.0 - threshold_ / norm : 0.0;
        W.row(k) *= factor;
        b(k) *= factor;
        v(k) *= factor;
    }
}

}  // namespace smip
