#include "core/sparsest/interpolant.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace smip {

namespace {

// Samples sorted by t; equal t merged (same target required). Returns false on a conflict.
bool sortedDistinct(const Eigen::VectorXd& t, const Eigen::VectorXd& y, std::vector<double>& ts,
                    std::vector<double>& ys, double tieTol, std::string* why) {
    std::vector<int> order(static_cast<std::size_t>(t.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return t[a] < t[b]; });
    ts.clear();
    ys.clear();
    int lastIndex = -1;
    for (int n : order) {
        if (!ts.empty() && t[n] - ts.back() <= tieTol) {
            if (std::abs(y[n] - ys.back()) > 1e-12 * (1.0 + std::abs(y[n]))) {
                if (why)
                    *why = "samples " + std::to_string(lastIndex + 1) + " and " +
                           std::to_string(n + 1) + " have the same input and different targets";
                return false;
            }
            continue;
        }
        ts.push_back(t[n]);
        ys.push_back(y[n]);
        lastIndex = n;
    }
    return true;
}

// The smallest gap between sorted distinct projections relative to their spread: a direction
// with a larger one needs smaller weights.
double relativeSeparation(const Eigen::VectorXd& t) {
    std::vector<double> s(t.data(), t.data() + t.size());
    std::sort(s.begin(), s.end());
    double gap = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < s.size(); ++i)
        gap = std::min(gap, s[i] - s[i - 1]);
    const double spread = s.empty() ? 0.0 : s.back() - s.front();
    return spread > 0.0 ? gap / spread : 0.0;
}

// Whether every pair of distinct rows of X has distinct projections t (rows equal in X may
// share t).
bool separatesDistinctRows(const Eigen::MatrixXd& X, const Eigen::VectorXd& t, double tol) {
    std::vector<int> order(static_cast<std::size_t>(t.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return t[a] < t[b]; });
    for (std::size_t i = 1; i < order.size(); ++i) {
        const int a = order[i - 1], b = order[i];
        if (t[b] - t[a] <= tol && X.row(a) != X.row(b)) return false;
    }
    return true;
}

Eigen::VectorXd chooseDirection(const Eigen::MatrixXd& X) {
    const int d = static_cast<int>(X.cols());
    const double scale = std::max(1.0, X.cwiseAbs().maxCoeff());
    const double tol = 1e-12 * scale;
    // A coordinate that separates every distinct sample, the best separated one.
    int best = -1;
    double bestSep = 0.0;
    for (int j = 0; j < d; ++j) {
        const Eigen::VectorXd t = X.col(j);
        if (!separatesDistinctRows(X, t, tol)) continue;
        const double sep = relativeSeparation(t);
        if (best < 0 || sep > bestSep) best = j, bestSep = sep;
    }
    Eigen::VectorXd a = Eigen::VectorXd::Zero(d);
    if (best >= 0) {
        a[best] = 1.0;
        return a;
    }
    // Else the best of a few fixed pseudo-random unit directions (deterministic: same data,
    // same network).
    std::mt19937_64 rng(12345);
    std::normal_distribution<double> normal;
    bestSep = -1.0;
    for (int trial = 0; trial < 16; ++trial) {
        Eigen::VectorXd c(d);
        for (int j = 0; j < d; ++j)
            c[j] = normal(rng);
        c.normalize();
        const Eigen::VectorXd t = X * c;
        if (!separatesDistinctRows(X, t, tol)) continue;
        const double sep = relativeSeparation(t);
        if (sep > bestSep) a = c, bestSep = sep;
    }
    if (bestSep < 0.0) a.setZero(), a[0] = 1.0;  // every direction ties: conflicts decide below
    return a;
}

struct Unit {
    double v, scale, bias;  // v·relu(scale·t + bias), scale multiplies the direction
};

}  // namespace

std::optional<Interpolant> interpolatingNetwork(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                                std::string* why) {
    if (X.rows() == 0 || X.rows() != y.size()) {
        if (why) *why = "no samples";
        return std::nullopt;
    }
    Interpolant out;
    out.direction = chooseDirection(X);
    const Eigen::VectorXd t = X * out.direction;
    std::vector<double> ts, ys;
    const double tieTol = 1e-12 * std::max(1.0, t.cwiseAbs().maxCoeff());
    if (!sortedDistinct(t, y, ts, ys, tieTol, why)) return std::nullopt;

    std::vector<Unit> units;
    const std::size_t m = ts.size();
    // The line through the first segment (a constant when there is one distinct point).
    const double slope0 = m > 1 ? (ys[1] - ys[0]) / (ts[1] - ts[0]) : 0.0;
    const double offset0 = ys[0] - slope0 * ts[0];  // L(t) = slope0·t + offset0
    bool positiveSomewhere = false, negativeSomewhere = false;
    for (double tj : ts) {
        const double l = slope0 * tj + offset0;
        positiveSomewhere |= l > 0.0;
        negativeSomewhere |= l < 0.0;
    }
    if (positiveSomewhere) units.push_back({1.0, slope0, offset0});
    if (negativeSomewhere) units.push_back({-1.0, -slope0, -offset0});
    // One kink per slope change at an inner point: active from that point on.
    double prevSlope = slope0;
    for (std::size_t j = 1; j + 1 < m; ++j) {
        const double slope = (ys[j + 1] - ys[j]) / (ts[j + 1] - ts[j]);
        const double c = slope - prevSlope;
        prevSlope = slope;
        if (std::abs(c) <= 1e-12 * (1.0 + std::abs(slope))) continue;  // collinear points
        units.push_back({c > 0 ? 1.0 : -1.0, std::abs(c), -std::abs(c) * ts[j]});
        ++out.kinks;
    }
    const int k = static_cast<int>(units.size());
    out.net.W.resize(k, X.cols());
    out.net.b.resize(k);
    out.net.v.resize(k);
    for (int i = 0; i < k; ++i) {
        out.net.W.row(i) = units[static_cast<std::size_t>(i)].scale * out.direction.transpose();
        out.net.b[i] = units[static_cast<std::size_t>(i)].bias;
        out.net.v[i] = units[static_cast<std::size_t>(i)].v;
    }
    out.maxResidual =
        k == 0 ? y.cwiseAbs().maxCoeff() : (predict(out.net, X) - y).cwiseAbs().maxCoeff();
    return out;
}

}  // namespace smip
