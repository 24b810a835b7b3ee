#include "core/perceptron/perceptron_polish.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

namespace smip {

namespace {

constexpr double kZero = 1e-9;  // completePerceptronSolution's tolerance on steps and bounds

// Added to both margins in the LPs: CBC's primal tolerance (1e-7) must not leave a sample inside
// the margin band completePerceptronSolution rejects. Integer models have integral margins.
double safetyOf(const PerceptronMilp& milp) {
    return milp.config.integer ? 0.0 : 1e-6;
}

double cleanValue(const PerceptronMilp& milp, double v, double lo, double hi) {
    v = milp.config.integer ? std::round(v) : (std::abs(v) <= kZero ? 0.0 : v);
    return std::clamp(v, lo, hi);
}

MilpOptions smallSolveOptions() {
    MilpOptions o;
    o.timeLimitSeconds = 10.0;
    o.logLevel = 0;
    o.preprocess = false;  // small models; CglPreProcess is where Debian's CBC 2.10 crashes
    return o;
}

// Hidden layer under construction; `on(i)` false = unit i unused (no weights, never fires).
struct HiddenLayer {
    Eigen::MatrixXd W;
    Eigen::VectorXd b;
    std::vector<bool> on;
    Eigen::MatrixXi steps;  ///< N × n hidden steps on the training samples
};

// Steps of unit i on the training samples; false when a sample lies inside the margin band.
bool unitSteps(const PerceptronMilp& milp, HiddenLayer& layer, int i) {
    const Eigen::VectorXd pre = milp.U * layer.W.row(i).transpose();
    bool clean = true;
    for (Eigen::Index s = 0; s < pre.size(); ++s) {
        const double v = pre(s) + layer.b(i);
        clean = clean && !(v > -milp.hiddenMargin + kZero && v < -kZero);
        layer.steps(s, i) = v >= -kZero ? 1 : 0;
    }
    return clean;
}

// The sparsest hidden weights (min Σ|ω|) realizing `pattern` for `units`, each sample's margin
// with a slack priced far above any weight sum, so the LP is always feasible and violates the
// pattern only where no weights within the bounds realize it. Writes rows of layer.W and layer.b.
// `zeroed` (n × m, 1 = forced to zero) restricts the support.
bool sparsestHiddenWeights(const PerceptronMilp& milp, const Eigen::MatrixXi& pattern,
                           const std::vector<int>& units, const Eigen::MatrixXi& zeroed,
                           HiddenLayer& layer, std::stop_token stop, const MilpBackend& backend) {
    const auto& c = milp.config;
    const int N = milp.index.N, m = milp.index.m;
    const double eps = milp.hiddenMargin, tau = safetyOf(milp), W = milp.weightBound;
    const double wlo = c.nonnegative ? 0.0 : -W;
    const double slackCost = 1000.0 * std::max(1.0, m * W);
    MilpProblem lp;
    lp.name = "perceptron_pattern_lp";
    std::vector<std::vector<int>> wc(units.size()), bc(units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        const int i = units[u];
        for (int j = 0; j < m; ++j) {
            const std::string ij = std::to_string(i) + "_" + std::to_string(j);
            const bool free = zeroed(i, j) == 0;
            const int w = lp.addColumn("w_" + ij, free ? wlo : 0.0, free ? W : 0.0,
                                       c.nonnegative ? 1.0 : 0.0, c.integer);
            wc[u].push_back(w);
            if (c.nonnegative) continue;
            const int a = lp.addColumn("a_" + ij, 0.0, W, 1.0);  // a ≥ |ω|
            lp.addRow("ap_" + ij, {a, w}, {1.0, -1.0}, 0.0, kInf);
            lp.addRow("an_" + ij, {a, w}, {1.0, 1.0}, 0.0, kInf);
        }
        bc[u].push_back(lp.addColumn("b_" + std::to_string(i), -milp.biasBound, milp.biasBound, 0.0,
                                     c.integer));
        std::vector<int> idx;
        std::vector<double> coef;
        for (int s = 0; s < N; ++s) {
            idx.clear();
            coef.clear();
            for (int j = 0; j < m; ++j)
                if (milp.U(s, j) != 0.0) {
                    idx.push_back(wc[u][static_cast<std::size_t>(j)]);
                    coef.push_back(milp.U(s, j));
                }
            idx.push_back(bc[u][0]);
            coef.push_back(1.0);
            const std::string is = std::to_string(i) + "_" + std::to_string(s);
            idx.push_back(lp.addColumn("xi_" + is, 0.0, kInf, slackCost));
            const bool fires = pattern(s, i) != 0;
            coef.push_back(fires ? 1.0 : -1.0);
            if (fires)
                lp.addRow("on_" + is, idx, coef, tau, kInf);
            else
                lp.addRow("off_" + is, idx, coef, -kInf, -eps - tau);
        }
    }
    const MilpResult r = backend.solve(lp, smallSolveOptions(), {}, stop);
    if (!r.hasSolution) return false;
    for (std::size_t u = 0; u < units.size(); ++u) {
        const int i = units[u];
        for (int j = 0; j < m; ++j)
            layer.W(i, j) =
                cleanValue(milp, r.solution[static_cast<std::size_t>(wc[u][j])], wlo, W);
        layer.b(i) = cleanValue(milp, r.solution[static_cast<std::size_t>(bc[u][0])],
                                -milp.biasBound, milp.biasBound);
    }
    return true;
}

void switchOff(HiddenLayer& layer, int i) {
    layer.on[static_cast<std::size_t>(i)] = false;
    layer.W.row(i).setZero();
    layer.b(i) = 0.0;
    layer.steps.col(i).setZero();
}

// Min Σ|ω| is not min count: the LP may keep a small weight that shaves a larger one. Each weight
// of unit i, smallest first, is forced to zero and the LP re-solved; the removal stays when the
// unit still fires exactly as before (same steps, no sample in the margin band).
void pruneUnitWeights(const PerceptronMilp& milp, int i, HiddenLayer& layer, std::stop_token stop,
                      const MilpBackend& backend) {
    const int m = milp.index.m;
    const Eigen::MatrixXi target = layer.steps;
    Eigen::MatrixXi zeroed = (layer.W.array() == 0.0).cast<int>().matrix();
    std::vector<int> order;
    for (int j = 0; j < m; ++j)
        if (layer.W(i, j) != 0.0) order.push_back(j);
    std::stable_sort(order.begin(), order.end(), [&](int a, int c) {
        return std::abs(layer.W(i, a)) < std::abs(layer.W(i, c));
    });
    for (std::size_t t = 0; t + 1 < order.size() && !stop.stop_requested(); ++t) {
        const int j = order[t];
        zeroed(i, j) = 1;
        HiddenLayer trial = layer;
        if (sparsestHiddenWeights(milp, target, {i}, zeroed, trial, stop, backend) &&
            unitSteps(milp, trial, i) && trial.steps.col(i) == target.col(i)) {
            layer = std::move(trial);
            zeroed = (layer.W.array() == 0.0).cast<int>().matrix();
        } else {
            zeroed(i, j) = 0;
        }
    }
}

// Units worth fitting: those firing on some but not every sample (a constant unit is absorbed by
// the output biases). With the activations term a mostly-on unit is complemented.
Eigen::MatrixXi informativePattern(const PerceptronMilp& milp, const Eigen::MatrixXi& pattern,
                                   std::vector<int>& units) {
    Eigen::MatrixXi p = pattern;
    const int N = milp.index.N;
    units.clear();
    for (int i = 0; i < p.cols(); ++i) {
        const int fires = p.col(i).sum();
        if (fires == 0 || fires == N) {
            p.col(i).setZero();
            continue;
        }
        if (milp.config.sparsity.activations && 2 * fires > N)
            p.col(i) = Eigen::VectorXi::Ones(N) - p.col(i);
        units.push_back(i);
    }
    return p;
}

// Hidden layer realizing `pattern` as far as the bounds allow: one LP; units whose solution puts a
// sample inside the margin band get a second LP on the pattern their weights nearly realize; still
// failing units are switched off.
HiddenLayer fitHiddenLayer(const PerceptronMilp& milp, const Eigen::MatrixXi& pattern,
                           std::stop_token stop, const MilpBackend& backend) {
    const int N = milp.index.N, n = milp.index.n, m = milp.index.m;
    HiddenLayer layer{Eigen::MatrixXd::Zero(n, m), Eigen::VectorXd::Zero(n),
                      std::vector<bool>(static_cast<std::size_t>(n), false),
                      Eigen::MatrixXi::Zero(N, n)};
    std::vector<int> units;
    Eigen::MatrixXi target = informativePattern(milp, pattern, units);
    const Eigen::MatrixXi none = Eigen::MatrixXi::Zero(n, m);
    for (int round = 0; round < 2 && !units.empty(); ++round) {
        if (!sparsestHiddenWeights(milp, target, units, none, layer, stop, backend)) break;
        std::vector<int> retry;
        for (const int i : units) {
            layer.on[static_cast<std::size_t>(i)] = true;
            if (unitSteps(milp, layer, i)) continue;
            retry.push_back(i);
            const Eigen::VectorXd pre = milp.U * layer.W.row(i).transpose();
            for (int s = 0; s < N; ++s)
                target(s, i) = pre(s) + layer.b(i) >= -milp.hiddenMargin / 2 ? 1 : 0;
        }
        units = std::move(retry);
    }
    for (const int i : units)
        switchOff(layer, i);
    if (milp.config.sparsity.weights)
        for (int i = 0; i < n; ++i)
            if (layer.on[static_cast<std::size_t>(i)])
                pruneUnitWeights(milp, i, layer, stop, backend);
    for (int i = 0; i < n; ++i) {
        const int fires = layer.steps.col(i).sum();
        if (layer.on[static_cast<std::size_t>(i)] && (fires == 0 || fires == N))
            switchOff(layer, i);
    }
    return layer;
}

// The output layer with fewest bit errors for the hidden steps: per output a threshold unit on the
// distinct hidden patterns (each weighted by how many samples share it and their labels), solved
// exactly as a small MILP with the model's bounds and margins.
bool fitOutputLayer(const PerceptronMilp& milp, const HiddenLayer& layer, Eigen::MatrixXd& Q,
                    Eigen::VectorXd& bF, std::stop_token stop, const MilpBackend& backend) {
    const int N = milp.index.N, n = milp.index.n, K = milp.index.K;
    std::map<std::vector<int>, std::vector<int>> classCounts;  // pattern → samples per class
    std::vector<int> key(static_cast<std::size_t>(n));
    for (int s = 0; s < N; ++s) {
        for (int i = 0; i < n; ++i)
            key[static_cast<std::size_t>(i)] = layer.steps(s, i);
        auto& counts = classCounts[key];
        counts.resize(static_cast<std::size_t>(K), 0);
        ++counts[static_cast<std::size_t>(milp.labels(s))];
    }
    const double eps = milp.outputMargin, tau = safetyOf(milp);
    const double Qb = milp.outBound, BF = milp.outBiasBound, MF = n * Qb + BF + eps + 1.0;
    const bool intp = milp.config.integer;
    MilpProblem P;
    P.name = "perceptron_output_fit";
    std::vector<int> qc(static_cast<std::size_t>(n * K), -1), bc;
    for (int k = 0; k < K; ++k) {
        for (int i = 0; i < n; ++i)
            if (layer.on[static_cast<std::size_t>(i)])
                qc[static_cast<std::size_t>(i * K + k)] = P.addColumn(
                    "q_" + std::to_string(i) + "_" + std::to_string(k), -Qb, Qb, 0.0, intp);
        bc.push_back(P.addColumn("bF_" + std::to_string(k), -BF, BF, 0.0, intp));
        int p = 0;
        for (const auto& [pattern, counts] : classCounts) {
            const int total = std::accumulate(counts.begin(), counts.end(), 0);
            const int ones = counts[static_cast<std::size_t>(k)];
            P.objectiveOffset += ones;  // bit k wrong on its `ones` samples unless it fires
            const std::string pk = std::to_string(p++) + "_" + std::to_string(k);
            const int t = P.addBinary("t_" + pk, (total - ones) - ones);
            std::vector<int> idx;
            std::vector<double> coef;
            for (int i = 0; i < n; ++i)
                if (pattern[static_cast<std::size_t>(i)] != 0 &&
                    qc[static_cast<std::size_t>(i * K + k)] >= 0) {
                    idx.push_back(qc[static_cast<std::size_t>(i * K + k)]);
                    coef.push_back(1.0);
                }
            idx.push_back(bc.back());
            coef.push_back(1.0);
            idx.push_back(t);
            coef.push_back(-MF);  // t = 1 ⇒ pre ≥ τ
            P.addRow("on_" + pk, idx, coef, tau - MF, kInf);
            coef.back() = -(MF + eps + tau);  // t = 0 ⇒ pre ≤ −ε − τ
            P.addRow("off_" + pk, idx, coef, -kInf, -eps - tau);
        }
    }
    const MilpResult r = backend.solve(P, smallSolveOptions(), {}, stop);
    if (!r.hasSolution) return false;
    Q = Eigen::MatrixXd::Zero(n, K);
    bF = Eigen::VectorXd::Zero(K);
    for (int k = 0; k < K; ++k) {
        for (int i = 0; i < n; ++i)
            if (const int col = qc[static_cast<std::size_t>(i * K + k)]; col >= 0)
                Q(i, k) = cleanValue(milp, r.solution[static_cast<std::size_t>(col)], -Qb, Qb);
        bF(k) = cleanValue(milp, r.solution[static_cast<std::size_t>(bc[k])], -BF, BF);
    }
    return true;
}

// The network as a MILP point: unused units switched off the model's way (kill switch, or
// always off with b = −ε), units in the model's symmetry-breaking order, objective evaluated.
PerceptronPolished assemble(const PerceptronMilp& milp, const HiddenLayer& layer,
                            const Eigen::MatrixXd& Q, const Eigen::VectorXd& bF) {
    const int n = milp.index.n;
    const bool ks = milp.config.sparsity.neurons;
    PerceptronParams p{layer.W, layer.b, Q, bF, std::vector<int>(static_cast<std::size_t>(n), 1)};
    for (int i = 0; i < n; ++i)
        if (!layer.on[static_cast<std::size_t>(i)]) {
            p.W.row(i).setZero();
            p.Q.row(i).setZero();
            p.b(i) = ks ? 0.0 : -milp.hiddenMargin;
            p.used[static_cast<std::size_t>(i)] = ks ? 0 : 1;
        }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    if (milp.config.symmetryBreaking)
        std::stable_sort(order.begin(), order.end(), [&](int a, int c) {
            return ks ? p.used[static_cast<std::size_t>(a)] > p.used[static_cast<std::size_t>(c)]
                      : p.b(a) > p.b(c);
        });
    PerceptronPolished out;
    out.params = p;
    for (int i = 0; i < n; ++i) {
        const int from = order[static_cast<std::size_t>(i)];
        out.params.W.row(i) = p.W.row(from);
        out.params.b(i) = p.b(from);
        out.params.Q.row(i) = p.Q.row(from);
        out.params.used[static_cast<std::size_t>(i)] = p.used[static_cast<std::size_t>(from)];
    }
    std::string error;
    out.feasible = completePerceptronSolution(milp, out.params, out.solution, error);
    if (out.feasible) out.objective = perceptronObjective(milp, out.solution);
    return out;
}

PerceptronPolished withBestOutputs(const PerceptronMilp& milp, const HiddenLayer& layer,
                                   std::stop_token stop, const MilpBackend& backend) {
    Eigen::MatrixXd Q;
    Eigen::VectorXd bF;
    if (!fitOutputLayer(milp, layer, Q, bF, stop, backend)) return {};
    return assemble(milp, layer, Q, bF);
}

}  // namespace

double perceptronObjective(const PerceptronMilp& milp, const std::vector<double>& x) {
    double v = milp.problem.objectiveOffset;
    for (std::size_t c = 0; c < milp.problem.columns.size() && c < x.size(); ++c)
        v += milp.problem.columns[c].cost * x[c];
    return v;
}

PerceptronPolished polishPerceptronPattern(const PerceptronMilp& milp,
                                           const Eigen::MatrixXi& pattern, std::stop_token stop,
                                           const MilpBackend& backend) {
    HiddenLayer layer = fitHiddenLayer(milp, pattern, stop, backend);
    PerceptronPolished best = withBestOutputs(milp, layer, stop, backend);
    // Drop units one at a time, the one with most weights first (it costs most), while the
    // objective does not rise: a unit the output layer barely uses only costs penalties. While
    // the network is not feasible (more weights than the cap allows) every drop is taken.
    std::vector<int> order;
    for (int i = 0; i < milp.index.n; ++i)
        if (layer.on[static_cast<std::size_t>(i)]) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int c) {
        return (layer.W.row(a).array() != 0.0).count() > (layer.W.row(c).array() != 0.0).count();
    });
    for (const int i : order) {
        if (stop.stop_requested()) break;
        HiddenLayer trial = layer;
        switchOff(trial, i);
        PerceptronPolished cand = withBestOutputs(milp, trial, stop, backend);
        if (!best.feasible || (cand.feasible && cand.objective <= best.objective + 1e-9)) {
            layer = std::move(trial);
            best = std::move(cand);
        }
    }
    return best;
}

}  // namespace smip
