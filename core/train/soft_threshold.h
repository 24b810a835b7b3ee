#pragma once
// The proximal operator of t·|x| (soft thresholding), shared by every l1-type proximal step: the
// regularizers of core/train and the L1 option of the MLP trainer.
#include <Eigen/Dense>
#include <cmath>

namespace smip {

/// sign(x)·max(|x| − t, 0); t ≥ 0 (t = +inf gives 0). Values with |x| ≤ t become exactly 0.
inline double softThreshold(double x, double t) {
    const double a = std::abs(x);
    if (a <= t) return 0.0;
    return x > 0.0 ? x - t : x + t;
}

/// softThreshold of every entry in place (finite t ≥ 0), written as x − clamp(x, −t, t) so Eigen
/// vectorizes it (Beck & Teboulle 2009, ISTA). Same values as the scalar form. No allocation.
/// A template, not an Eigen::Ref parameter: a vector keeps its linear (fastest) loop.
template <class Derived>
void softThresholdInPlace(Eigen::MatrixBase<Derived>& x, double t) {
    x.array() -= x.array().max(-t).min(t);
}

}  // namespace smip
