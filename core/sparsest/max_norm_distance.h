#pragma once
// The max-norm (Chebyshev) distance from y to a subspace, min_c ‖y − Q c‖∞, for the rank bound
// with a fit tolerance ε > 0: a combination of atoms is refuted when this distance exceeds ε + τ.
// It is the LP  max ⟨λ, ρ⟩  s.t.  Qᵀλ = 0, ‖λ‖₁ ≤ 1  (ρ = y's residual against Q; the dual of
// the primal with rank + 1 variables, and the form whose solution is the certificate).
#include <vector>

#include "core/sparsest/dense_lp.h"

namespace smip {

/// Why a λ proves the distance: for every c,
///     ⟨λ, y − Q c⟩ ≤ ‖λ‖₁ · ‖y − Q c‖∞          (Hölder)
///     ⟨λ, y − Q c⟩ = ⟨λ, y⟩ − ⟨Qᵀλ, c⟩ ≥ ⟨λ, y⟩ − ‖Qᵀλ‖₂ ‖c‖₂.
/// Only c with ‖y − Q c‖∞ ≤ limit matter (we want to show there is none); for them
/// ‖Q c‖₂ ≤ ‖y‖₂ + √N·limit, and Q's columns are orthonormal up to rounding (σ_min(Q) ≥ 1/2 by
/// far), so ‖c‖₂ ≤ coefficientBound = 2(‖y‖₂ + √N·limit). Hence
///     ‖y − Q c‖∞ ≥ (⟨λ, y⟩ − ‖Qᵀλ‖₂ · coefficientBound − rounding) / ‖λ‖₁,
/// whatever λ is — the LP only has to find a good one; this check does not trust it. The bound
/// is computed from y itself (not the search's residual ρ) and Q as stored.
/// Returns −∞ when λ certifies nothing (‖λ‖₁ = 0).
double certifiedMaxNormLowerBound(const double* q, int n, int rank, const double* lambda,
                                  const double* y, double coefficientBound);

/// One per thread: the LP's buffers are reused across calls.
class MaxNormDistance {
  public:
    /// A lower bound on min_c ‖y − Q c‖∞ that certifiedMaxNormLowerBound has checked (−∞ when
    /// the LP found no certificate). Q: n × rank, column-major, orthonormal columns; ρ ⊥ Q with
    /// y − ρ ∈ span(Q). The LP stops early once its value passes `target` (enough to refute).
    double lowerBound(const double* q, int n, int rank, const double* rho, const double* y,
                      double coefficientBound, double target);
    /// λ of the last call (n entries).
    const std::vector<double>& lambda() const { return lambda_; }
    int pivots() const { return lp_.pivots(); }
    /// The primal of the last full solve: c with ‖ρ − Q c‖∞ = the distance (the LP's row duals).
    void coefficients(std::vector<double>& c) const {
        lp_.duals(c);
        c.resize(c.empty() ? 0 : c.size() - 1);
    }
    DenseLp::Status status() const { return status_; }

  private:
    DenseLp lp_;
    std::vector<double> lambda_;
    DenseLp::Status status_ = DenseLp::Status::Optimal;
};

}  // namespace smip
