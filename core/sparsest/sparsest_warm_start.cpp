#include "core/sparsest/sparsest_warm_start.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/milp/milp_solver.h"
#include "core/sparsest/fit_repair.h"

namespace smip {

ShallowReluNet rescaleToUnitOutputs(const ShallowReluNet& net) {
    ShallowReluNet out = net;
    for (int k = 0; k < net.width(); ++k) {
        const double a = std::abs(net.v(k));
        out.W.row(k) *= a;
        out.b(k) *= a;
        out.v(k) = net.v(k) > 0.0 ? 1.0 : (net.v(k) < 0.0 ? -1.0 : 0.0);
    }
    return out;
}

SparsestBounds boundsFromModel(const ShallowReluNet& net, double margin) {
    const ShallowReluNet r = rescaleToUnitOutputs(net);
    SparsestBounds b;
    b.wBound = (r.W.size() > 0 ? r.W.cwiseAbs().maxCoeff() : 0.0) + margin;
    b.bBound = (r.b.size() > 0 ? r.b.cwiseAbs().maxCoeff() : 0.0) + margin;
    return b;
}

namespace {

struct StartUnit {
    Eigen::VectorXd w;
    double b = 0.0;
    double v = 1.0;
    std::vector<bool> wSupport;
    bool bSupport = false;
    int size(bool countBiases) const {
        return static_cast<int>(std::count(wSupport.begin(), wSupport.end(), true)) +
               (countBiases && bSupport ? 1 : 0);
    }
};

// The warm start's LP (fit_repair.h, shared with the repair): the trained support and activation
// pattern fixed, weights within the model's bounds, fit within ε, the least L1 norm. Returns an
// empty string on success.
std::string refitByLp(const SparsestModel& m, std::vector<StartUnit>& units, double supportEps,
                      std::stop_token stop, const MilpBackend& backend) {
    if (units.empty()) return "the trained network has no nonzero weights";
    const auto K = static_cast<Eigen::Index>(units.size());
    ShallowReluNet net;
    net.W.resize(K, m.inputs);
    net.b.resize(K);
    net.v.resize(K);
    for (Eigen::Index k = 0; k < K; ++k) {
        const StartUnit& u = units[static_cast<std::size_t>(k)];
        net.W.row(k) = u.w.transpose();
        net.b(k) = u.b;
        net.v(k) = u.v;
    }
    const PatternLpOptions options{false, supportEps, m.config.epsilon, m.config.wBound,
                                   m.config.bBound};
    std::string why;
    const auto fitted = solveFixedPatternLp(m.X, m.y, net, options, stop, backend, why);
    if (!fitted) return "the refit LP with the trained support and activation pattern: " + why;
    for (Eigen::Index k = 0; k < K; ++k) {
        StartUnit& u = units[static_cast<std::size_t>(k)];
        u.w = fitted->W.row(k).transpose();
        u.b = fitted->b(k);
        // A weight the LP put at zero leaves the support: one nonzero fewer.
        for (int j = 0; j < m.inputs; ++j)
            u.wSupport[static_cast<std::size_t>(j)] = u.w(j) != 0.0;
        u.bSupport = u.b != 0.0;
    }
    return {};
}

}  // namespace

SparsestWarmStartInfo buildSparsestWarmStart(const SparsestModel& m, const ShallowReluNet& trained,
                                             std::vector<double>& start, double supportEps,
                                             std::stop_token stop, const MilpBackend& backend) {
    SparsestWarmStartInfo info;
    info.attempted = true;
    start.clear();
    if (trained.inputs() != m.inputs) {
        info.message = "trained network has " + std::to_string(trained.inputs()) +
                       " inputs but the data has " + std::to_string(m.inputs) + " features";
        return info;
    }
    const ShallowReluNet net = rescaleToUnitOutputs(trained);
    const int d = m.inputs;
    std::vector<StartUnit> units;
    for (int k = 0; k < net.width(); ++k) {
        if (net.v(k) == 0.0) continue;
        StartUnit u;
        u.w = net.W.row(k).transpose();
        u.b = net.b(k);
        u.v = net.v(k);
        for (int j = 0; j < d; ++j)
            u.wSupport.push_back(std::abs(u.w(j)) > supportEps);
        u.bSupport = std::abs(u.b) > supportEps;
        if (!u.bSupport &&
            std::none_of(u.wSupport.begin(), u.wSupport.end(), [](bool s) { return s; }))
            continue;
        units.push_back(std::move(u));
    }
    const std::string lpError = refitByLp(m, units, supportEps, stop, backend);
    if (!lpError.empty()) {
        info.message = lpError;
        return info;
    }
    std::erase_if(units, [&](const StartUnit& u) { return u.size(true) == 0; });
    info.units = static_cast<int>(units.size());
    const int K = m.config.width;
    if (info.units > K) {
        info.message = "the trained network uses " + std::to_string(info.units) +
                       " units, more than the width " + std::to_string(K);
        return info;
    }
    // Slot assignment: seed = units in order; tight = positive units in + slots, negative units in
    // − slots, each group sorted by the symmetry-breaking key 2·size + 1 (non-increasing).
    std::vector<int> slotOf(units.size(), -1);
    if (m.config.variant == SparsestVariant::Published) {
        std::iota(slotOf.begin(), slotOf.end(), 0);
    } else {
        std::vector<std::size_t> order(units.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return units[a].size(m.config.countBiases) > units[b].size(m.config.countBiases);
        });
        int nextPos = 0, nextNeg = m.positiveSlots;
        for (std::size_t i : order)
            slotOf[i] = units[i].v > 0.0 ? nextPos++ : nextNeg++;
        if (nextPos > m.positiveSlots || nextNeg > m.units) {
            info.message = "the trained network has more units of one sign than the model's slots";
            return info;
        }
    }
    std::vector<double> x(m.problem.columns.size(), 0.0);
    const auto set = [&](int col, double value) {
        if (col >= 0) x[static_cast<std::size_t>(col)] = value;
    };
    for (std::size_t i = 0; i < units.size(); ++i) {
        const StartUnit& u = units[i];
        const int k = slotOf[i];
        const auto ku = static_cast<std::size_t>(k);
        for (int j = 0; j < d; ++j) {
            set(m.w(k, j), u.w(j));
            set(m.t(k, j), u.wSupport[static_cast<std::size_t>(j)] ? 1.0 : 0.0);
        }
        set(m.bCol[ku], u.b);
        set(m.sCol[ku], u.bSupport ? 1.0 : 0.0);
        set(m.uCol[ku], 1.0);
        set(m.sigmaCol[ku], u.v > 0.0 ? 1.0 : 0.0);
        for (int n = 0; n < m.samples; ++n) {
            const double a = m.X.row(n).dot(u.w) + u.b;
            const double p = std::max(a, 0.0);
            set(m.at(m.pCol, n, k), p);
            set(m.at(m.qCol, n, k), std::max(-a, 0.0));
            set(m.at(m.zCol, n, k), a > 0.0 ? 1.0 : 0.0);
            set(m.at(m.rCol, n, k), u.v > 0.0 ? p : 0.0);
        }
    }
    std::string where;
    info.maxViolation = milpPointViolation(m.problem, x, &where);
    info.objective = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        info.objective += m.problem.columns[i].cost * x[i];
    if (info.maxViolation > 1e-6) {
        info.message = "start violates " + where + " by " + std::to_string(info.maxViolation);
        return info;
    }
    info.feasible = true;
    info.message = "feasible start with " + std::to_string(std::lround(info.objective)) +
                   " nonzeros in " + std::to_string(info.units) + " units";
    start = std::move(x);
    return info;
}

}  // namespace smip
