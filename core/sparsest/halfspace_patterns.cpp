#include "core/sparsest/halfspace_patterns.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace smip {

namespace {

// More zero pre-activations than this at one ray means grossly degenerate data (repeated or
// collinear samples); listing 2^|Z| patterns would explode, so the caller is told instead.
constexpr int kMaxZeroSet = 16;

// Emits the patterns of the cells that touch the ray θ: samples clearly on one side keep their
// sign, samples on the ray's hyperplanes (|θ·c_n| tiny) take both values.
template <class Pattern>
void emitAround(const Eigen::MatrixXd& C, const Eigen::VectorXd& rowNorm,
                const Eigen::VectorXd& theta, std::vector<Pattern>& out) {
    Pattern base = 0;
    std::vector<int> zero;
    const double thetaNorm = theta.norm();
    for (Eigen::Index n = 0; n < C.rows(); ++n) {
        if (rowNorm(n) == 0.0) continue;  // a zero point is never active
        const double v = C.row(n).dot(theta);
        if (std::abs(v) <= 1e-9 * rowNorm(n) * thetaNorm)
            zero.push_back(static_cast<int>(n));
        else if (v > 0.0)
            base |= Pattern{1} << n;
    }
    if (static_cast<int>(zero.size()) > kMaxZeroSet)
        throw std::runtime_error("too many samples on one hyperplane to list activation patterns");
    const std::uint32_t subsets = std::uint32_t{1} << zero.size();
    for (std::uint32_t m = 0; m < subsets; ++m) {
        Pattern p = base;
        for (std::size_t i = 0; i < zero.size(); ++i)
            if (m & (std::uint32_t{1} << i)) p |= Pattern{1} << zero[i];
        out.push_back(p);
    }
}

// Calls f(indices) for every k-subset of {0..n−1} in lexicographic order.
template <class F>
void forEachSubset(int n, int k, F&& f) {
    std::vector<int> idx(static_cast<std::size_t>(k));
    for (int i = 0; i < k; ++i)
        idx[static_cast<std::size_t>(i)] = i;
    while (true) {
        f(idx);
        int i = k - 1;
        while (i >= 0 && idx[static_cast<std::size_t>(i)] == n - k + i)
            --i;
        if (i < 0) return;
        ++idx[static_cast<std::size_t>(i)];
        for (int j = i + 1; j < k; ++j)
            idx[static_cast<std::size_t>(j)] = idx[static_cast<std::size_t>(j - 1)] + 1;
    }
}

template <class Pattern>
std::vector<Pattern> patternsOf(const Eigen::MatrixXd& points) {
    std::vector<Pattern> out;
    if (points.rows() == 0 || points.cols() == 0) return out;
    // θ·p_n only sees θ's component in the span of the points: work in coordinates of that span,
    // where the arrangement is essential and every open cell is a pointed cone.
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(points, Eigen::ComputeThinV);
    const Eigen::VectorXd& sv = svd.singularValues();
    const double cut = 1e-10 * sv(0) * static_cast<double>(std::max(points.rows(), points.cols()));
    int r = 0;
    while (r < sv.size() && sv(r) > cut)
        ++r;
    if (r == 0) return out;  // all points zero: the unit is never active
    const Eigen::MatrixXd C = points * svd.matrixV().leftCols(r);
    const Eigen::VectorXd rowNorm = C.rowwise().norm();
    if (r == 1) {
        emitAround(C, rowNorm, Eigen::VectorXd::Ones(1), out);
        emitAround(C, rowNorm, -Eigen::VectorXd::Ones(1), out);
    } else {
        // Each cell of a pointed arrangement has an extreme ray, and a ray is where r − 1
        // independent hyperplanes θ·c_n = 0 meet: enumerate those subsets.
        const int n = static_cast<int>(C.rows());
        Eigen::MatrixXd M(r - 1, r);
        forEachSubset(n, r - 1, [&](const std::vector<int>& rows) {
            for (int i = 0; i < r - 1; ++i)
                M.row(i) = C.row(rows[static_cast<std::size_t>(i)]) /
                           std::max(1e-300, rowNorm(rows[static_cast<std::size_t>(i)]));
            Eigen::JacobiSVD<Eigen::MatrixXd> ms(M, Eigen::ComputeFullV);
            const Eigen::VectorXd& s = ms.singularValues();
            if (s(r - 2) <= 1e-9) return;  // dependent rows: no ray here
            const Eigen::VectorXd theta = ms.matrixV().col(r - 1);
            emitAround(C, rowNorm, theta, out);
            emitAround(C, rowNorm, -theta, out);
        });
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (!out.empty() && out.front() == 0) out.erase(out.begin());
    return out;
}

}  // namespace

std::vector<ActivationPattern> realizablePatterns(const Eigen::MatrixXd& points) {
    if (points.rows() > kMaxPatternSamples)
        throw std::invalid_argument("realizablePatterns: too many samples");
    return patternsOf<ActivationPattern>(points);
}

std::vector<WidePattern> realizableWidePatterns(const Eigen::MatrixXd& points) {
    if (points.rows() > kMaxWidePatternSamples)
        throw std::invalid_argument("realizableWidePatterns: too many samples");
    return patternsOf<WidePattern>(points);
}

}  // namespace smip
