#include "core/sparsest/sparsest_warm_start.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/milp/milp_solver.h"

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

// LP of the warm start: the trained network's support and activation pattern fixed, weights free
// within the bounds, fit within ε. Returns an empty string on success.
std::string refitByLp(const SparsestModel& m, std::vector<StartUnit>& units,
                      const std::vector<std::vector<bool>>& active, std::stop_token stop,
                      const MilpBackend& backend) {
    MilpProblem lp;
    lp.name = "sparsest_warm_start_lp";
    const int d = m.inputs;
    std::vector<std::vector<int>> wc(units.size(),
                                     std::vector<int>(static_cast<std::size_t>(d), -1));
    std::vector<int> bc(units.size(), -1);
    for (std::size_t k = 0; k < units.size(); ++k) {
        for (int j = 0; j < d; ++j)
            if (units[k].wSupport[static_cast<std::size_t>(j)])
                wc[k][static_cast<std::size_t>(j)] =
                    lp.addColumn("W_" + std::to_string(k) + "_" + std::to_string(j),
                                 -m.config.wBound, m.config.wBound);
        if (units[k].bSupport)
            bc[k] = lp.addColumn("b_" + std::to_string(k), -m.config.bBound, m.config.bBound);
    }
    for (int n = 0; n < m.samples; ++n) {
        std::vector<int> fi;
        std::vector<double> fv;
        for (std::size_t k = 0; k < units.size(); ++k) {
            std::vector<int> ind;
            std::vector<double> val;
            for (int j = 0; j < d; ++j) {
                const int c = wc[k][static_cast<std::size_t>(j)];
                if (c >= 0 && m.X(n, j) != 0.0) {
                    ind.push_back(c);
                    val.push_back(m.X(n, j));
                }
            }
            if (bc[k] >= 0) {
                ind.push_back(bc[k]);
                val.push_back(1.0);
            }
            const bool on = active[k][static_cast<std::size_t>(n)];
            if (on)
                for (std::size_t i = 0; i < ind.size(); ++i) {
                    fi.push_back(ind[i]);
                    fv.push_back(units[k].v * val[i]);
                }
            if (!ind.empty())
                lp.addRow("pat_" + std::to_string(n) + "_" + std::to_string(k), ind, val,
                          on ? 0.0 : -kInf, on ? kInf : 0.0);
        }
        const double lo = m.y(n) - m.config.epsilon, hi = m.y(n) + m.config.epsilon;
        if (fi.empty()) {
            if (lo > 0.0 || hi < 0.0)
                return "no unit of the trained network is active at sample " + std::to_string(n);
            continue;
        }
        lp.addRow("fit_" + std::to_string(n), fi, fv, lo, hi);
    }
    if (lp.columns.empty()) return "the trained network has no nonzero weights";
    MilpOptions opt;
    opt.timeLimitSeconds = 30.0;
    opt.logLevel = 0;
    const MilpResult r = backend.solve(lp, opt, {}, stop);
    if (!r.hasSolution)
        return std::string("the refit LP with the trained support and activation pattern is ") +
               statusId(r.status) + (r.message.empty() ? "" : ": " + r.message);
    for (std::size_t k = 0; k < units.size(); ++k) {
        for (int j = 0; j < d; ++j) {
            const int c = wc[k][static_cast<std::size_t>(j)];
            double w = c >= 0 ? r.solution[static_cast<std::size_t>(c)] : 0.0;
            // A weight the LP put at (numerically) zero leaves the support: one nonzero fewer.
            if (std::abs(w) <= 1e-9) w = 0.0;
            units[k].w(j) = std::clamp(w, -m.config.wBound, m.config.wBound);
            units[k].wSupport[static_cast<std::size_t>(j)] = w != 0.0;
        }
        double b = bc[k] >= 0 ? r.solution[static_cast<std::size_t>(bc[k])] : 0.0;
        if (std::abs(b) <= 1e-9) b = 0.0;
        units[k].b = std::clamp(b, -m.config.bBound, m.config.bBound);
        units[k].bSupport = b != 0.0;
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
    std::vector<std::vector<bool>> active;
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
        std::vector<bool> on;
        for (int n = 0; n < m.samples; ++n)
            on.push_back(m.X.row(n).dot(u.w) + u.b > 0.0);
        units.push_back(std::move(u));
        active.push_back(std::move(on));
    }
    const std::string lpError = refitByLp(m, units, active, stop, backend);
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
