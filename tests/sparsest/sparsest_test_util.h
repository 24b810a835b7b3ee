#pragma once
// Helpers shared by the sparsest-network tests: seeded random instances and a hand-written
// encoding of a known network as a MILP point (independent of the warm-start code).
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "core/data/dataset.h"
#include "core/nn/shallow_relu_net.h"
#include "core/sparsest/sparsest_model.h"

namespace smip::test {

struct Instance {
    Eigen::MatrixXd X;
    Eigen::VectorXd y;
};

/// 1-D data from its inputs and targets (one row per point).
inline Dataset points(std::vector<double> x, std::vector<double> y) {
    Dataset d;
    d.X = Eigen::Map<Eigen::VectorXd>(x.data(), static_cast<Eigen::Index>(x.size()));
    d.y = Eigen::Map<Eigen::VectorXd>(y.data(), static_cast<Eigen::Index>(y.size()));
    return d;
}

/// X, y ~ U(-1, 1), like the sparse-ReLU package's `random` data.
inline Instance randomInstance(int n, int d, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Instance in{Eigen::MatrixXd(n, d), Eigen::VectorXd(n)};
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < d; ++j)
            in.X(i, j) = u(rng);
    for (int i = 0; i < n; ++i)
        in.y(i) = u(rng);
    return in;
}

inline Eigen::VectorXd evaluate(const ShallowReluNet& net, const Eigen::MatrixXd& X) {
    const Eigen::MatrixXd pre = (X * net.W.transpose()).rowwise() + net.b.transpose();
    return pre.cwiseMax(0.0) * net.v;
}

/// Encodes `net` (v = ±1, at most K nonzero units) as a point of `m`: every modelling variable set
/// from its definition (t = [w ≠ 0], p = relu(a), q = relu(−a), ...). Units are put in the slots
/// their sign allows, ordered by the tight variant's key. Empty vector when it does not fit.
inline std::vector<double> encodeNetwork(const SparsestModel& m, const ShallowReluNet& net) {
    std::vector<double> x(m.problem.columns.size(), 0.0);
    struct U {
        int k;
        int key;
    };
    std::vector<U> used;
    for (int k = 0; k < net.width(); ++k) {
        int size = 0;
        for (int j = 0; j < net.inputs(); ++j)
            size += net.W(k, j) != 0.0;
        const bool bias = net.b(k) != 0.0;
        if (size == 0 && !bias) continue;
        used.push_back({k, 2 * (size + (m.config.countBiases && bias)) + 1});
    }
    std::stable_sort(used.begin(), used.end(), [](U a, U b) { return a.key > b.key; });
    int nextPos = 0, nextNeg = m.config.width, nextAny = 0;
    const auto set = [&](int col, double v) {
        if (col >= 0) x[static_cast<std::size_t>(col)] = v;
    };
    for (const U& u : used) {
        const double v = net.v(u.k);
        const bool seed = m.sigmaCol[0] >= 0;
        const int s = seed ? nextAny++ : (v > 0 ? nextPos++ : nextNeg++);
        if (s >= m.units || (!seed && v > 0 && s >= m.config.width)) return {};
        for (int j = 0; j < m.inputs; ++j) {
            set(m.w(s, j), net.W(u.k, j));
            set(m.t(s, j), net.W(u.k, j) != 0.0 ? 1.0 : 0.0);
        }
        set(m.bCol[s], net.b(u.k));
        set(m.sCol[s], net.b(u.k) != 0.0 ? 1.0 : 0.0);
        set(m.uCol[s], 1.0);
        set(m.sigmaCol[s], v > 0 ? 1.0 : 0.0);
        for (int n = 0; n < m.samples; ++n) {
            const double a = m.X.row(n).dot(net.W.row(u.k)) + net.b(u.k);
            set(m.at(m.pCol, n, s), std::max(a, 0.0));
            set(m.at(m.qCol, n, s), std::max(-a, 0.0));
            set(m.at(m.zCol, n, s), a > 0.0 ? 1.0 : 0.0);
            set(m.at(m.rCol, n, s), v > 0 ? std::max(a, 0.0) : 0.0);
        }
    }
    return x;
}

}  // namespace smip::test
