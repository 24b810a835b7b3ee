#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_validation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace smip {
namespace {

std::string idx(const char* base, int a) {
    return std::string(base) + "_" + std::to_string(a);
}
std::string idx(const char* base, int a, int b) {
    return idx(base, a) + "_" + std::to_string(b);
}

void resizeMaps(SparsestModel& m) {
    const auto U = static_cast<std::size_t>(m.units);
    const auto D = static_cast<std::size_t>(m.inputs);
    const auto NU = static_cast<std::size_t>(m.samples) * U;
    m.wCol.assign(U * D, -1);
    m.tCol.assign(U * D, -1);
    m.bCol.assign(U, -1);
    m.sCol.assign(U, -1);
    m.uCol.assign(U, -1);
    m.sigmaCol.assign(U, -1);
    m.fixedSign.assign(U, 0);
    m.zCol.assign(NU, -1);
    m.pCol.assign(NU, -1);
    m.qCol.assign(NU, -1);
    m.rCol.assign(NU, -1);
}

// Weights, biases and their sparsity indicators, shared by both variants (Lee & Linderoth: |W_kj| ≤
// M·t_kj, here with the weight bound w_B as the coefficient, as in the sparse-ReLU package's
// solve_MILP).
void addUnitColumns(SparsestModel& m) {
    MilpProblem& P = m.problem;
    const SparsestConfig& c = m.config;
    for (int k = 0; k < m.units; ++k) {
        for (int j = 0; j < m.inputs; ++j) {
            const auto at = static_cast<std::size_t>(k * m.inputs + j);
            m.wCol[at] = P.addColumn(idx("W", k, j), -c.wBound, c.wBound);
            m.tCol[at] = P.addBinary(idx("t", k, j), 1.0);
            P.addRow(idx("wub", k, j), {m.wCol[at], m.tCol[at]}, {1.0, -c.wBound}, -kInf, 0.0);
            P.addRow(idx("wlb", k, j), {m.wCol[at], m.tCol[at]}, {1.0, c.wBound}, 0.0, kInf);
        }
        const auto ku = static_cast<std::size_t>(k);
        m.bCol[ku] = P.addColumn(idx("b", k), -c.bBound, c.bBound);
        if (c.countBiases) {
            m.sCol[ku] = P.addBinary(idx("s", k), 1.0);
            P.addRow(idx("bub", k), {m.bCol[ku], m.sCol[ku]}, {1.0, -c.bBound}, -kInf, 0.0);
            P.addRow(idx("blb", k), {m.bCol[ku], m.sCol[ku]}, {1.0, c.bBound}, 0.0, kInf);
        }
    }
}

// ReLU split of Lee & Linderoth: W_k·x_n + b_k = p − q, p ≤ M·z, q ≤ M·(1 − z).
void addReluRows(SparsestModel& m, int n, int k, double M) {
    MilpProblem& P = m.problem;
    const auto at = static_cast<std::size_t>(n * m.units + k);
    const int p = m.pCol[at] = P.addColumn(idx("p", n, k), 0.0, M);
    const int q = m.qCol[at] = P.addColumn(idx("q", n, k), 0.0, M);
    const int z = m.zCol[at] = P.addBinary(idx("z", n, k));
    std::vector<int> ind;
    std::vector<double> val;
    for (int j = 0; j < m.inputs; ++j) {
        const double x = m.X(n, j);
        if (x == 0.0) continue;  // keeps the matrix free of explicit zeros
        ind.push_back(m.w(k, j));
        val.push_back(x);
    }
    ind.insert(ind.end(), {m.bCol[static_cast<std::size_t>(k)], p, q});
    val.insert(val.end(), {1.0, -1.0, 1.0});
    P.addRow(idx("pre", n, k), std::move(ind), std::move(val), 0.0, 0.0);
    P.addRow(idx("pz", n, k), {p, z}, {1.0, -M}, -kInf, 0.0);
    P.addRow(idx("qz", n, k), {q, z}, {1.0, M}, -kInf, M);
}

// The published formulation (Lee & Linderoth, as in the sparse-ReLU package's solve_MILP): one
// global big-M, output weights v_k = 2σ_k − 1 and the products p·σ linearized by McCormick
// envelopes.
void buildPublished(SparsestModel& m) {
    MilpProblem& P = m.problem;
    const SparsestConfig& c = m.config;
    m.units = c.width;
    resizeMaps(m);
    addUnitColumns(m);
    const double maxAbsX = m.X.size() > 0 ? m.X.cwiseAbs().maxCoeff() : 0.0;
    const double M = m.inputs * c.wBound * maxAbsX + c.bBound;
    m.bigM.assign(static_cast<std::size_t>(m.samples), M);
    for (int k = 0; k < m.units; ++k)
        m.sigmaCol[static_cast<std::size_t>(k)] = P.addBinary(idx("sigma", k));
    for (int n = 0; n < m.samples; ++n) {
        std::vector<int> fitInd;
        std::vector<double> fitVal;
        for (int k = 0; k < m.units; ++k) {
            addReluRows(m, n, k, M);
            const auto at = static_cast<std::size_t>(n * m.units + k);
            const int p = m.pCol[at], sg = m.sigmaCol[static_cast<std::size_t>(k)];
            const int r = m.rCol[at] = P.addColumn(idx("r", n, k), 0.0, M);
            P.addRow(idx("mc1", n, k), {r, p}, {1.0, -1.0}, -kInf, 0.0);
            P.addRow(idx("mc2", n, k), {r, sg}, {1.0, -M}, -kInf, 0.0);
            P.addRow(idx("mc3", n, k), {r, p, sg}, {1.0, -1.0, -M}, -M, kInf);
            // f(x_n) = Σ_k v_k·p_nk = Σ_k (2·r_nk − p_nk)
            fitInd.insert(fitInd.end(), {r, p});
            fitVal.insert(fitVal.end(), {2.0, -1.0});
        }
        P.addRow(idx("fit", n), std::move(fitInd), std::move(fitVal), m.y(n) - c.epsilon,
                 m.y(n) + c.epsilon);
    }
}

// Ours. Sign slots instead of σ: K slots with v = +1 and K with v = −1 and at most K used units
// (Σ u ≤ K). Every width-K network maps to it (put its P positive units in + slots, its Q negative
// ones in − slots, P + Q ≤ K), so the optimum equals the published one's exactly, with no McCormick
// products and no sign symmetry. (Fixing signs by halves, K/2 + K/2, can cut off the optimum when
// it needs more than K/2 units of one sign; the slots never do.)
void buildTight(SparsestModel& m, const SparsestSlotCaps& caps) {
    MilpProblem& P = m.problem;
    const SparsestConfig& c = m.config;
    const int K = c.width;
    const auto cap = [K](int v) { return v > 0 ? std::min(v, K) : K; };
    const int Kp = cap(caps.positive), Kn = cap(caps.negative);
    const int maxUnits = std::min(cap(caps.total), Kp + Kn);
    m.units = Kp + Kn;
    m.positiveSlots = Kp;
    resizeMaps(m);
    addUnitColumns(m);
    const auto U = static_cast<std::size_t>(m.units);
    for (int k = 0; k < m.units; ++k) {
        const auto ku = static_cast<std::size_t>(k);
        m.fixedSign[ku] = k < Kp ? 1 : -1;
        const int u = m.uCol[ku] = P.addBinary(idx("u", k));
        for (int j = 0; j < m.inputs; ++j)
            P.addRow(idx("tu", k, j), {m.t(k, j), u}, {1.0, -1.0}, -kInf, 0.0);
        if (c.countBiases) {
            P.addRow(idx("su", k), {m.sCol[ku], u}, {1.0, -1.0}, -kInf, 0.0);
            // A used unit carries at least one counted nonzero (else drop it: same output = 0).
            std::vector<int> ind{u, m.sCol[ku]};
            std::vector<double> val{1.0, -1.0};
            for (int j = 0; j < m.inputs; ++j) {
                ind.push_back(m.t(k, j));
                val.push_back(-1.0);
            }
            P.addRow(idx("uused", k), std::move(ind), std::move(val), -kInf, 0.0);
        } else {
            // Uncounted bias: it is still zero in an unused slot (so p = q = 0 there).
            P.addRow(idx("bub", k), {m.bCol[ku], u}, {1.0, -c.bBound}, -kInf, 0.0);
            P.addRow(idx("blb", k), {m.bCol[ku], u}, {1.0, c.bBound}, 0.0, kInf);
        }
    }
    // Symmetry breaking: slots of one sign are interchangeable, so order them by the key
    // 2·(support size) + u, non-increasing. Any solution can be sorted this way.
    for (int k = 0; k + 1 < m.units; ++k) {
        if (k + 1 == Kp) continue;  // group boundary
        std::vector<int> ind;
        std::vector<double> val;
        for (int side = 0; side < 2; ++side) {
            const int kk = k + side;
            const double sgn = side == 0 ? 1.0 : -1.0;
            for (int j = 0; j < m.inputs; ++j) {
                ind.push_back(m.t(kk, j));
                val.push_back(2.0 * sgn);
            }
            if (c.countBiases) {
                ind.push_back(m.sCol[static_cast<std::size_t>(kk)]);
                val.push_back(2.0 * sgn);
            }
            ind.push_back(m.uCol[static_cast<std::size_t>(kk)]);
            val.push_back(sgn);
        }
        P.addRow(idx("order", k), std::move(ind), std::move(val), 0.0, kInf);
    }
    std::vector<int> allU(m.uCol.begin(), m.uCol.end());
    P.addRow("width", allU, std::vector<double>(U, 1.0), -kInf, maxUnits);

    m.bigM.resize(static_cast<std::size_t>(m.samples));
    for (int n = 0; n < m.samples; ++n) {
        // Interval bound of W_k·x_n + b_k under the weight bounds: valid for every unit (a weight
        // with t = 0 is 0, which only shrinks the interval).
        const double Mn = c.wBound * m.X.row(n).cwiseAbs().sum() + c.bBound;
        m.bigM[static_cast<std::size_t>(n)] = Mn;
        std::vector<int> fitInd;
        std::vector<double> fitVal;
        std::vector<int> coverPos, coverNeg;
        for (int k = 0; k < m.units; ++k) {
            addReluRows(m, n, k, Mn);
            const auto at = static_cast<std::size_t>(n * m.units + k);
            const auto ku = static_cast<std::size_t>(k);
            const int p = m.pCol[at], q = m.qCol[at], z = m.zCol[at];
            // p·q = 0 is forced by z, so p + q = |W_k·x_n + b_k| ≤ Σ_j w_B|x_nj|·t_kj + b_B·s_k:
            // this links the output a unit can deliver to its support (the LP bound's lever).
            std::vector<int> ind{p, q};
            std::vector<double> val{1.0, 1.0};
            for (int j = 0; j < m.inputs; ++j) {
                const double a = std::abs(m.X(n, j));
                if (a == 0.0) continue;
                ind.push_back(m.t(k, j));
                val.push_back(-c.wBound * a);
            }
            ind.push_back(c.countBiases ? m.sCol[ku] : m.uCol[ku]);
            val.push_back(-c.bBound);
            P.addRow(idx("link", n, k), std::move(ind), std::move(val), -kInf, 0.0);
            // An unused slot has W = b = 0, so p = q = 0 and z is free: pin it to 0.
            P.addRow(idx("zu", n, k), {z, m.uCol[ku]}, {1.0, -1.0}, -kInf, 0.0);
            fitInd.push_back(p);
            fitVal.push_back(static_cast<double>(m.fixedSign[ku]));
            (k < Kp ? coverPos : coverNeg).push_back(z);
        }
        const double lo = m.y(n) - c.epsilon, hi = m.y(n) + c.epsilon;
        P.addRow(idx("fit", n), std::move(fitInd), std::move(fitVal), lo, hi);
        // f(x_n) ≥ lo > 0 needs a positive slot active at x_n (and symmetrically for hi < 0).
        if (lo > 0.0)
            P.addRow(idx("coverp", n), coverPos, std::vector<double>(coverPos.size(), 1.0), 1.0,
                     kInf);
        if (hi < 0.0)
            P.addRow(idx("covern", n), coverNeg, std::vector<double>(coverNeg.size(), 1.0), 1.0,
                     kInf);
    }
}

}  // namespace

SparsestSlotCaps sparsestSlotCaps(const Eigen::VectorXd& y, const SparsestConfig& config,
                                  int incumbent, int incumbentPositive, int incumbentNegative) {
    SparsestSlotCaps caps;
    if (!config.countBiases || config.variant != SparsestVariant::Tight || incumbent < 1)
        return caps;
    const bool needPositive = (y.array() - config.epsilon > 0.0).any();
    const bool needNegative = (y.array() + config.epsilon < 0.0).any();
    const int better = incumbent - 1;  // counted nonzeros, hence units, of an improving network
    caps.total = std::max(better, incumbentPositive + incumbentNegative);
    caps.positive = std::max(better - (needNegative ? 1 : 0), incumbentPositive);
    caps.negative = std::max(better - (needPositive ? 1 : 0), incumbentNegative);
    // 0 means "the width": a cap of zero slots must stay expressible.
    caps.total = std::max(caps.total, 1);
    caps.positive = std::max(caps.positive, 1);
    caps.negative = std::max(caps.negative, 1);
    return caps;
}

SparsestModel buildSparsestMilp(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                const SparsestConfig& config, const SparsestSlotCaps& caps) {
    // Size is the caller's to confirm: only what makes the model meaningless is refused here.
    const ConfigIssues issues = validateSparsest(X, y, config, 0);
    if (!issues.canStart())
        throw std::invalid_argument("buildSparsestMilp: " + issues.summary(IssueSeverity::Invalid));
    SparsestModel m;
    m.config = config;
    m.config.width = effectiveWidth(config, static_cast<int>(X.rows()));
    m.X = X;
    m.y = y;
    m.samples = static_cast<int>(X.rows());
    m.inputs = static_cast<int>(X.cols());
    m.problem.name = std::string("sparsest_") + variantId(config.variant);
    m.problem.sense = ObjectiveSense::Minimize;
    if (config.variant == SparsestVariant::Published)
        buildPublished(m);
    else
        buildTight(m, caps);
    return m;
}

}  // namespace smip
