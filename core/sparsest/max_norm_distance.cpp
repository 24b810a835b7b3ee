#include "core/sparsest/max_norm_distance.h"

#include <cmath>
#include <limits>

namespace smip {

double certifiedMaxNormLowerBound(const double* q, int n, int rank, const double* lambda,
                                  const double* y, double coefficientBound) {
    double l1 = 0.0, ly = 0.0, lyScale = 0.0;
    for (int i = 0; i < n; ++i) {
        l1 += std::abs(lambda[i]);
        ly += lambda[i] * y[i];
        lyScale += std::abs(lambda[i] * y[i]);
    }
    if (!(l1 > 0.0)) return -std::numeric_limits<double>::infinity();
    double g2 = 0.0;
    for (int k = 0; k < rank; ++k) {
        const double* qk = q + static_cast<std::size_t>(k) * static_cast<std::size_t>(n);
        double g = 0.0, s = 0.0;
        for (int i = 0; i < n; ++i) {
            g += qk[i] * lambda[i];
            s += std::abs(qk[i] * lambda[i]);
        }
        // |g| as computed may be below the true |Qᵀλ|_k by the rounding of its sum: add it.
        g = std::abs(g) + 1e-15 * n * s;
        g2 += g * g;
    }
    // Rounding of ⟨λ, y⟩ and ‖λ‖₁ (n terms each): a relative 1e-15·n of the absolute sums.
    const double rounding = 1e-15 * n * lyScale;
    const double numerator = ly - std::sqrt(g2) * coefficientBound - rounding;
    return numerator / (l1 * (1.0 + 1e-15 * n));
}

double MaxNormDistance::lowerBound(const double* q, int n, int rank, const double* rho,
                                   const double* y, double coefficientBound, double target) {
    // Columns: λ⁺ (n), λ⁻ (n), the slack of ‖λ‖₁ ≤ 1. Rows: Qᵀ(λ⁺ − λ⁻) = 0, Σλ± + s = 1.
    lp_.reset(rank + 1, 2 * n + 1);
    for (int k = 0; k < rank; ++k) {
        const double* qk = q + static_cast<std::size_t>(k) * static_cast<std::size_t>(n);
        for (int i = 0; i < n; ++i) {
            lp_.a(k, i) = qk[i];
            lp_.a(k, n + i) = -qk[i];
        }
    }
    for (int j = 0; j <= 2 * n; ++j)
        lp_.a(rank, j) = 1.0;
    lp_.b(rank) = 1.0;
    for (int i = 0; i < n; ++i) {
        lp_.c(i) = rho[i];
        lp_.c(n + i) = -rho[i];
    }
    // The value is ⟨λ, ρ⟩ ≈ the bound; a little above the target leaves room for the check's
    // losses, so an early stop still refutes.
    const DenseLp::Status status = lp_.solve(target * (1.0 + 1e-9) + 1e-12);
    status_ = status;
    lambda_.assign(static_cast<std::size_t>(n), 0.0);
    if (status == DenseLp::Status::Infeasible || status == DenseLp::Status::Unbounded)
        return -std::numeric_limits<double>::infinity();
    const std::vector<double>& x = lp_.x();
    for (int i = 0; i < n; ++i)
        lambda_[static_cast<std::size_t>(i)] =
            x[static_cast<std::size_t>(i)] - x[static_cast<std::size_t>(n + i)];
    return certifiedMaxNormLowerBound(q, n, rank, lambda_.data(), y, coefficientBound);
}

}  // namespace smip
