#include "core/sparsest/dense_lp.h"

#include <algorithm>
#include <cmath>

namespace smip {

namespace {
constexpr double kPivotTolerance = 1e-10;  // smaller pivots are rounding noise at these scales
constexpr double kReducedCostTolerance = 1e-12;
}  // namespace

void DenseLp::reset(int rows, int cols) {
    rows_ = rows;
    cols_ = cols;
    A_.assign(static_cast<std::size_t>(rows * cols), 0.0);
    b_.assign(static_cast<std::size_t>(rows), 0.0);
    c_.assign(static_cast<std::size_t>(cols), 0.0);
}

void DenseLp::pivot(int row, int col) {
    const double inv = 1.0 / t(row, col);
    double* pr = &t(row, 0);
    for (int j = 0; j < width_; ++j)
        pr[j] *= inv;
    pr[col] = 1.0;
    for (int i = 0; i < rows_; ++i) {
        if (i == row) continue;
        double* ti = &t(i, 0);
        const double f = ti[col];
        if (f == 0.0) continue;
        for (int j = 0; j < width_; ++j)
            ti[j] -= f * pr[j];
        ti[col] = 0.0;
    }
    const double f = z_[static_cast<std::size_t>(col)];
    if (f != 0.0) {
        for (int j = 0; j < width_; ++j)
            z_[static_cast<std::size_t>(j)] -= f * pr[j];
        z_[static_cast<std::size_t>(col)] = 0.0;
    }
    basis_[static_cast<std::size_t>(row)] = col;
    ++pivots_;
}

// Dantzig's rule (most negative reduced cost), or Bland's (the first negative one) once the
// pivots have stalled: Bland's cannot cycle.
int DenseLp::chooseEntering(bool bland) const {
    int best = -1;
    double most = -kReducedCostTolerance;
    for (int j = 0; j < enterLimit_; ++j) {
        const double r = z_[static_cast<std::size_t>(j)];
        if (r >= most) continue;
        if (bland) return j;
        most = r;
        best = j;
    }
    return best;
}

// The ratio test; ties go to the smallest basic index (Bland's leaving rule).
int DenseLp::chooseLeaving(int col) const {
    int best = -1;
    double ratio = std::numeric_limits<double>::infinity();
    for (int i = 0; i < rows_; ++i) {
        const double a = t(i, col);
        if (a <= kPivotTolerance) continue;
        const double r = std::max(0.0, t(i, width_ - 1)) / a;
        if (r < ratio || (r == ratio && basis_[static_cast<std::size_t>(i)] <
                                            basis_[static_cast<std::size_t>(best)])) {
            ratio = r;
            best = i;
        }
    }
    return best;
}

DenseLp::Status DenseLp::iterate(double stopAbove) {
    const int limit = 20 * (rows_ + cols_) + 100;
    bool bland = false;
    int stalled = 0;
    for (int k = 0; k < limit; ++k) {
        const double value = z_[static_cast<std::size_t>(width_ - 1)];
        if (value >= stopAbove) return Status::Reached;
        const int col = chooseEntering(bland);
        if (col < 0) return Status::Optimal;
        const int row = chooseLeaving(col);
        if (row < 0) return Status::Unbounded;
        pivot(row, col);
        if (z_[static_cast<std::size_t>(width_ - 1)] <= value) {
            if (++stalled > rows_ + 5) bland = true;
        } else {
            stalled = 0;
        }
    }
    return Status::IterationLimit;
}

DenseLp::Status DenseLp::solve(double stopAbove) {
    pivots_ = 0;
    width_ = cols_ + rows_ + 1;
    T_.assign(static_cast<std::size_t>(rows_ * width_), 0.0);
    z_.assign(static_cast<std::size_t>(width_), 0.0);
    basis_.assign(static_cast<std::size_t>(rows_), 0);
    rowSign_.assign(static_cast<std::size_t>(rows_), 1.0);
    x_.assign(static_cast<std::size_t>(cols_), 0.0);
    farkas_.assign(static_cast<std::size_t>(rows_), 0.0);
    // Phase 1: an artificial per row (rows negated so that b ≥ 0), maximize −Σ artificials.
    for (int i = 0; i < rows_; ++i) {
        const double s = b_[static_cast<std::size_t>(i)] < 0.0 ? -1.0 : 1.0;
        rowSign_[static_cast<std::size_t>(i)] = s;
        for (int j = 0; j < cols_; ++j)
            t(i, j) = s * a(i, j);
        t(i, cols_ + i) = 1.0;
        t(i, width_ - 1) = s * b_[static_cast<std::size_t>(i)];
        basis_[static_cast<std::size_t>(i)] = cols_ + i;
        for (int j = 0; j < cols_; ++j)
            z_[static_cast<std::size_t>(j)] -= t(i, j);
        z_[static_cast<std::size_t>(width_ - 1)] -= t(i, width_ - 1);
    }
    double bMax = 0.0;
    for (double v : b_)
        bMax = std::max(bMax, std::abs(v));
    enterLimit_ = cols_;
    const Status first = iterate(0.0);
    if (first == Status::IterationLimit) return first;
    if (z_[static_cast<std::size_t>(width_ - 1)] < -1e-9 * (1.0 + bMax)) {
        // π = c_Bᵀ B⁻¹: the artificial columns started as the identity, so z there is π + 1.
        for (int i = 0; i < rows_; ++i)
            farkas_[static_cast<std::size_t>(i)] = rowSign_[static_cast<std::size_t>(i)] *
                                                   (z_[static_cast<std::size_t>(cols_ + i)] - 1.0);
        return Status::Infeasible;
    }
    // Artificials still basic (at zero) leave where a real column can take their row; a row
    // where none can is redundant and keeps its artificial, which never enters again.
    for (int i = 0; i < rows_; ++i) {
        if (basis_[static_cast<std::size_t>(i)] < cols_) continue;
        int best = -1;
        double size = kPivotTolerance;
        for (int j = 0; j < cols_; ++j)
            if (std::abs(t(i, j)) > size) {
                size = std::abs(t(i, j));
                best = j;
            }
        if (best >= 0) pivot(i, best);
    }
    // Phase 2: reduced costs of the real objective against the current basis.
    for (int j = 0; j < width_; ++j) {
        double r = j < cols_ ? -c_[static_cast<std::size_t>(j)] : 0.0;
        for (int i = 0; i < rows_; ++i) {
            const int bi = basis_[static_cast<std::size_t>(i)];
            if (bi < cols_) r += c_[static_cast<std::size_t>(bi)] * t(i, j);
        }
        z_[static_cast<std::size_t>(j)] = r;
    }
    const Status second = iterate(stopAbove);
    for (int i = 0; i < rows_; ++i) {
        const int bi = basis_[static_cast<std::size_t>(i)];
        if (bi < cols_) x_[static_cast<std::size_t>(bi)] = std::max(0.0, t(i, width_ - 1));
    }
    return second;
}

void DenseLp::duals(std::vector<double>& pi) const {
    pi.assign(static_cast<std::size_t>(rows_), 0.0);
    // Phase 2 gives the artificials cost 0 and their columns started as the identity: z there
    // is π of the sign-adjusted rows.
    for (int i = 0; i < rows_; ++i)
        pi[static_cast<std::size_t>(i)] =
            rowSign_[static_cast<std::size_t>(i)] * z_[static_cast<std::size_t>(cols_ + i)];
}

bool DenseLp::farkasProvesInfeasible(const std::vector<double>& upper) const {
    double by = 0.0, byScale = 0.0;
    for (int i = 0; i < rows_; ++i) {
        by += b_[static_cast<std::size_t>(i)] * farkas_[static_cast<std::size_t>(i)];
        byScale += std::abs(b_[static_cast<std::size_t>(i)] * farkas_[static_cast<std::size_t>(i)]);
    }
    double floor = 0.0, floorScale = 0.0;
    for (int j = 0; j < cols_; ++j) {
        double aty = 0.0, scale = 0.0;
        for (int i = 0; i < rows_; ++i) {
            aty += a(i, j) * farkas_[static_cast<std::size_t>(i)];
            scale += std::abs(a(i, j) * farkas_[static_cast<std::size_t>(i)]);
        }
        const double u = upper[static_cast<std::size_t>(j)];
        if (!std::isfinite(u)) {
            // Unbounded x_j could pay for any deficit unless (Aᵀy)_j ≥ 0 beyond doubt.
            if (aty < 1e-12 * scale) return false;
            continue;
        }
        floor += u * std::min(0.0, aty);
        floorScale += u * scale;
    }
    // Each sum of k products is off by at most ~k·2⁻⁵³ of its absolute sum: 1e-12 covers k ≤ 4000.
    const double margin = 1e-12 * (byScale + floorScale) + 1e-300;
    return by < floor - margin;
}

}  // namespace smip
