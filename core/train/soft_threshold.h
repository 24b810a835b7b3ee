#pragma once
// The scalar proximal operator of t·|x| (soft thresholding), shared by the l1-type regularizers.
#include <cmath>

namespace smip {

/// sign(x)·max(|x| − t, 0); t ≥ 0 (t = +inf gives 0). Values with |x| ≤ t become exactly 0.
inline double softThreshold(double x, double t) {
    const double a = std::abs(x);
    if (a <= t) return 0.0;
    return x > 0.0 ? x - t : x + t;
}

}  // namespace smip
