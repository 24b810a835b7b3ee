#include "core/train/path_norm_regularizer.h"

#include <cmath>

#include "core/train/soft_threshold.h"

namespace smip {

PathNormRegularizer::PathNormRegularizer(const PathNormSettings& settings, int inputs)
    : s_(settings), u_(Eigen::VectorXd::Zero(inputs + (settings.includeBiases ? 1 : 0))) {}

double PathNormRegularizer::evaluate(ConstMatRef W, ConstVecRef b, ConstVecRef v) const {
    double sum = 0.0;
    for (Eigen::Index k = 0; k < W.rows(); ++k) {
        for (Eigen::Index j = 0; j < W.cols(); ++j) {
            const double a = std::abs(v(k) * W(k, j));
            if (a > 0.0) sum += std::pow(a, s_.p);
        }
        const double ab = std::abs(v(k) * b(k));
        if (s_.includeBiases && ab > 0.0) sum += std::pow(ab, s_.p);
    }
    return s_.lambda * sum;
}

// The sparse-ReLU package's reweighted-l1 proximal step (a linearization of |u|^p at the previous
// iterate, as in iteratively reweighted l1, Candès, Wakin & Boyd 2008): for every path product u =
// v_k·w_kj, soft-threshold it by C = λ·γ·p·|u_prev|^(p−1), then split the thresholded row u_k back
// into v_k = sign(v_k)·√‖u_k‖ and w_k = sign(v_k)·u_k/√‖u_k‖, which keeps v_k·w_k = u_k and
// balances |v_k|² = ‖w_k‖ (the minimum-l2 factorization of a rank-one row). Rows with ‖u_k‖ < eps
// vanish.
void PathNormRegularizer::proximalStep(MatRef W, VecRef b, VecRef v, ConstMatRef prevW,
                                       ConstVecRef prevB, ConstVecRef prevV) {
    const Eigen::Index d = W.cols();
    const Eigen::Index cols = u_.size();
    const double scale = s_.lambda * s_.gamma * s_.p;
    const double expo = s_.p - 1.0;
    const bool linear = s_.p == 1.0;  // |prev|^0 = 1 (also at prev = 0, as torch's 0^0 = 1)
    // Threshold of one product; prev == 0 makes it infinite for p < 1 (the path stays cut), and
    // skipping pow() there saves much of the time of a long pruned run (docs/benchmarks/README.md).
    auto shrink = [&](double cur, double prev) {
        if (linear) return softThreshold(cur, scale);
        const double a = std::abs(prev);
        return a != 0.0 ? softThreshold(cur, scale * std::pow(a, expo)) : 0.0;
    };
    for (Eigen::Index k = 0; k < W.rows(); ++k) {
        const double vk = v(k);
        const double pvk = prevV(k);
        double norm2 = 0.0;
        for (Eigen::Index j = 0; j < d; ++j) {
            const double u = shrink(vk * W(k, j), pvk * prevW(k, j));
            u_(j) = u;
            norm2 += u * u;
        }
        if (cols > d) {
            const double u = shrink(vk * b(k), pvk * prevB(k));
            u_(d) = u;
            norm2 += u * u;
        }
        const double norm = std::sqrt(norm2);
        if (norm < s_.eps) {
            v(k) = 0.0;
            W.row(k).setZero();
            if (s_.includeBiases) b(k) = 0.0;
            continue;
        }
        const double root = std::sqrt(norm);
        const double sign = vk > 0.0 ? 1.0 : -1.0;  // vk != 0 here, else every u would be 0
        v(k) = sign * root;
        const double f = sign / root;
        for (Eigen::Index j = 0; j < d; ++j)
            W(k, j) = f * u_(j);
        if (s_.includeBiases) b(k) = f * u_(d);
    }
}

}  // namespace smip
