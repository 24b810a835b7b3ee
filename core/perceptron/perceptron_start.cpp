// MIP starts for the perceptron MILP: a full column vector from network parameters (declared in
// perceptron_milp.h). An incumbent from the first second lets a time-limited solve always return
// a network (Rosenhahn notes a feasible solution is accepted at the time limit, Sec. 4.3).
#include <algorithm>
#include <cmath>

#include "core/perceptron/perceptron_milp.h"

#include <numeric>

namespace smip {

namespace {

constexpr double kTol = 1e-9;

bool inBox(double v, double lo, double hi) {
    return v >= lo - kTol && v <= hi + kTol;
}

double objectiveOf(const MilpProblem& P, const std::vector<double>& x) {
    double v = P.objectiveOffset;
    for (std::size_t c = 0; c < P.columns.size(); ++c)
        v += P.columns[c].cost * x[c];
    return v;
}

// The bias that places unit w's threshold in a gap between consecutive sorted pre-activations
// (gap ≥ margin, so the MILP's margin holds, and |bias| within its bound) misclassifying fewest
// `positive` samples. Returns the error count, or −1 when no admissible gap exists.
int bestThreshold(const PerceptronMilp& milp, const std::vector<bool>& positive,
                  const Eigen::RowVectorXd& w, double& bias) {
    const Eigen::Index N = milp.U.rows();
    const Eigen::VectorXd pre = milp.U * w.transpose();
    std::vector<int> order(static_cast<std::size_t>(N));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int c) { return pre(a) < pre(c); });
    // Threshold below all samples (all on) and between each pair; count errors as we sweep.
    int errors = 0;
    for (Eigen::Index s = 0; s < N; ++s)
        errors += positive[static_cast<std::size_t>(s)] ? 0 : 1;
    int best = -1;
    for (Eigen::Index r = 0; r <= N; ++r) {
        if (r > 0) errors += positive[static_cast<std::size_t>(order[r - 1])] ? 1 : -1;
        if (r == N) break;
        const double upper = pre(order[r]);
        const double gap = r == 0 ? kInf : upper - pre(order[r - 1]);
        const double b = -upper;  // first "on" sample sits exactly at 0
        if (gap < milp.hiddenMargin - 1e-9 || std::abs(b) > milp.biasBound) continue;
        if (best < 0 || errors < best) best = errors, bias = b;
    }
    return best;
}

// One hidden unit that separates `positive` samples from the rest: a least-squares direction
// scaled into the weight bound, then the best threshold. In integer mode the bias shares the
// weights' small range while the inputs run to the integer scale, so a direction scaled to the
// full bound usually has no reachable threshold: every integer peak magnitude 1..bound is tried
// (rounded weights) and the scale with the fewest errors kept. False when nothing works.
bool detectorUnit(const PerceptronMilp& milp, const std::vector<bool>& positive,
                  Eigen::RowVectorXd& w, double& b) {
    const Eigen::Index N = milp.U.rows(), m = milp.U.cols();
    Eigen::MatrixXd A(N, m + 1);
    A << milp.U, Eigen::VectorXd::Ones(N);
    Eigen::VectorXd t(N);
    for (Eigen::Index s = 0; s < N; ++s)
        t(s) = positive[static_cast<std::size_t>(s)] ? 1.0 : -1.0;
    // Small ridge keeps the normal equations solvable for constant or duplicate features.
    Eigen::MatrixXd G = A.transpose() * A;
    G.diagonal().array() += 1e-6 * (1.0 + G.diagonal().maxCoeff());
    const Eigen::VectorXd beta = G.ldlt().solve(A.transpose() * t);
    Eigen::RowVectorXd dir = beta.head(m).transpose();
    if (milp.config.nonnegative) dir = dir.cwiseMax(0.0);
    const double peak = dir.cwiseAbs().maxCoeff();
    if (!(peak > 0.0) || !std::isfinite(peak)) return false;
    if (!milp.config.integer) {
        w = dir * (milp.weightBound / peak);
        return bestThreshold(milp, positive, w, b) >= 0;
    }
    int best = -1;
    for (int scale = 1; scale <= static_cast<int>(milp.weightBound); ++scale) {
        const Eigen::RowVectorXd cand = (dir * (scale / peak)).array().round().matrix();
        if (!(cand.cwiseAbs().maxCoeff() > 0.0)) continue;
        double bias = 0.0;
        const int errors = bestThreshold(milp, positive, cand, bias);
        if (errors >= 0 && (best < 0 || errors < best)) best = errors, w = cand, b = bias;
    }
    return best >= 0;
}

// The model's cuts on used units (addUsedUnitCuts in perceptron_milp.cpp), given each unit's
// firings on the training samples.
bool satisfiesUsedUnitCuts(const PerceptronMilp& milp, const PerceptronParams& params,
                           const std::vector<int>& fires, std::string& error) {
    const auto& c = milp.config;
    if (!c.validInequalities || !c.sparsity.neurons) return true;
    for (int i = 0; i < milp.index.n; ++i) {
        if (params.used[static_cast<std::size_t>(i)] == 0) continue;
        const int f = fires[static_cast<std::size_t>(i)];
        const bool constant = f == 0 || (!c.integer && f == milp.index.N);
        const bool noWeight = !c.integer && c.sparsity.weights && params.W.row(i).isZero(0.0);
        if (constant || noWeight) {
            error = "used unit " + std::to_string(i) +
                    (noWeight ? " has no weight" : " fires on every sample or on none") +
                    ": the model's cuts ask for a unit that matters";
            return false;
        }
    }
    return true;
}

}  // namespace

bool completePerceptronSolution(const PerceptronMilp& milp, const PerceptronParams& params,
                                std::vector<double>& x, std::string& error) {
    const auto& I = milp.index;
    const auto& c = milp.config;
    const int N = I.N, m = I.m, n = I.n, K = I.K;
    if (params.W.rows() != n || params.W.cols() != m || params.b.size() != n ||
        params.Q.rows() != n || params.Q.cols() != K || params.bF.size() != K ||
        static_cast<int>(params.used.size()) != n) {
        error = "network parameters do not match the model's dimensions";
        return false;
    }
    x.assign(milp.problem.columns.size(), 0.0);
    const double wlo = c.nonnegative ? 0.0 : -milp.weightBound;
    for (int i = 0; i < n; ++i) {
        const bool used = params.used[static_cast<std::size_t>(i)] != 0;
        if (!used && !c.sparsity.neurons) {
            error = "a unit can only be switched off with the neurons flag";
            return false;
        }
        for (int j = 0; j < m; ++j) {
            const double w = params.W(i, j);
            if (!inBox(w, wlo, milp.weightBound) || (!used && w != 0.0)) {
                error =
                    "weight w_" + std::to_string(i) + "_" + std::to_string(j) + " is out of range";
                return false;
            }
            x[static_cast<std::size_t>(I.w[static_cast<std::size_t>(i * m + j)])] = w;
            if (c.sparsity.weights) x[static_cast<std::size_t>(I.z[i * m + j])] = w != 0.0 ? 1 : 0;
        }
        if (!inBox(params.b(i), -milp.biasBound, milp.biasBound) || (!used && params.b(i) != 0.0)) {
            error = "bias b_" + std::to_string(i) + " is out of range";
            return false;
        }
        x[static_cast<std::size_t>(I.b[static_cast<std::size_t>(i)])] = params.b(i);
        for (int k = 0; k < K; ++k) {
            const double q = params.Q(i, k);
            if (!inBox(q, -milp.outBound, milp.outBound) || (!used && q != 0.0)) {
                error = "output weight q_" + std::to_string(i) + "_" + std::to_string(k) +
                        " is out of range";
                return false;
            }
            x[static_cast<std::size_t>(I.q[static_cast<std::size_t>(i * K + k)])] = q;
        }
        if (c.sparsity.neurons) x[static_cast<std::size_t>(I.used[i])] = used ? 1 : 0;
    }
    if (c.sparsity.maxWeights >= 0 && (params.W.array() != 0.0).count() > c.sparsity.maxWeights) {
        error = "more nonzero weights than the cap allows";
        return false;
    }
    for (int i = 0; i + 1 < n && c.symmetryBreaking; ++i) {
        const bool bad = c.sparsity.neurons ? params.used[i] < params.used[i + 1]
                                            : params.b(i) < params.b(i + 1) - kTol;
        if (bad) {
            error = "hidden units are not in the model's symmetry-breaking order";
            return false;
        }
    }
    for (int k = 0; k < K; ++k) {
        if (!inBox(params.bF(k), -milp.outBiasBound, milp.outBiasBound)) {
            error = "output bias " + std::to_string(k) + " is out of range";
            return false;
        }
        x[static_cast<std::size_t>(I.bF[static_cast<std::size_t>(k)])] = params.bF(k);
    }
    const double eps = milp.hiddenMargin, epsF = milp.outputMargin;
    std::vector<int> fires(static_cast<std::size_t>(n), 0);
    for (int s = 0; s < N; ++s) {
        Eigen::VectorXd spF = params.bF;
        for (int i = 0; i < n; ++i) {
            int st = 0;
            if (params.used[static_cast<std::size_t>(i)] != 0) {
                const double pre = milp.U.row(s).dot(params.W.row(i)) + params.b(i);
                if (pre > -eps + kTol && pre < -kTol) {
                    error = "sample " + std::to_string(s) + " lies inside the margin of unit " +
                            std::to_string(i);
                    return false;
                }
                st = pre >= -kTol ? 1 : 0;
                fires[static_cast<std::size_t>(i)] += st;
            }
            x[static_cast<std::size_t>(I.st[static_cast<std::size_t>(s * n + i)])] = st;
            for (int k = 0; k < K; ++k) {
                const double p = params.Q(i, k) * st;
                x[static_cast<std::size_t>(I.p[static_cast<std::size_t>((s * n + i) * K + k)])] = p;
                spF(k) += p;
            }
        }
        for (int k = 0; k < K; ++k) {
            if (spF(k) > -epsF + kTol && spF(k) < -kTol) {
                error = "sample " + std::to_string(s) + " lies inside the margin of output " +
                        std::to_string(k);
                return false;
            }
            x[static_cast<std::size_t>(I.stF[static_cast<std::size_t>(s * K + k)])] =
                spF(k) >= -kTol ? 1 : 0;
        }
    }
    return satisfiesUsedUnitCuts(milp, params, fires, error);
}

std::vector<double> heuristicPerceptronStart(const PerceptronMilp& milp) {
    std::vector<double> best = majorityPerceptronStart(milp);
    const auto& I = milp.index;
    const bool ks = milp.config.sparsity.neurons;
    // One-vs-rest detectors: unit i detects class i (two classes share one unit), output k fires
    // when its detector does. Loss = the detectors' errors; often far below the majority start.
    const int units = std::min(I.n, I.K == 2 ? 1 : I.K);
    PerceptronParams p;
    p.W = Eigen::MatrixXd::Zero(I.n, I.m);
    p.Q = Eigen::MatrixXd::Zero(I.n, I.K);
    p.b = Eigen::VectorXd::Constant(I.n, ks ? 0.0 : -milp.hiddenMargin);
    p.used.assign(static_cast<std::size_t>(I.n), ks ? 0 : 1);
    p.bF = Eigen::VectorXd::Constant(I.K, -milp.outputMargin);
    // Output k = [q·st + bF ≥ 0] with q = ±Q and bF = ∓Q/2 (integer mode: Q = bound ≥ 1, so
    // use q = ±2, bF = ∓1 to stay integral with margin 1).
    const double q = milp.config.integer ? std::min(2.0, milp.outBound) : milp.outBound;
    const double half = milp.config.integer ? std::floor(q / 2.0) : q / 2.0;
    if (half < milp.outputMargin || q - half < 0.0) return best;
    for (int i = 0; i < units; ++i) {
        const int cls = I.K == 2 ? 1 : i;
        std::vector<bool> positive(static_cast<std::size_t>(I.N));
        for (int s = 0; s < I.N; ++s)
            positive[static_cast<std::size_t>(s)] = milp.labels(s) == cls;
        Eigen::RowVectorXd w;
        double b = 0.0;
        if (!detectorUnit(milp, positive, w, b)) continue;
        p.W.row(i) = w;
        p.b(i) = b;
        p.used[static_cast<std::size_t>(i)] = 1;
        p.Q(i, cls) = q;
        p.bF(cls) = -half;
        if (I.K == 2) {
            p.Q(i, 0) = -q;
            p.bF(0) = q - half;
        }
    }
    // Without the kill switch the model orders units by non-increasing bias: permute to match.
    if (!ks && milp.config.symmetryBreaking) {
        std::vector<int> order(static_cast<std::size_t>(I.n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int c) { return p.b(a) > p.b(c); });
        PerceptronParams sorted = p;
        for (int i = 0; i < I.n; ++i) {
            sorted.W.row(i) = p.W.row(order[i]);
            sorted.b(i) = p.b(order[i]);
            sorted.Q.row(i) = p.Q.row(order[i]);
        }
        p = sorted;
    }
    std::vector<double> x;
    std::string error;
    if (completePerceptronSolution(milp, p, x, error) &&
        (best.empty() || objectiveOf(milp.problem, x) < objectiveOf(milp.problem, best)))
        best = std::move(x);
    return best;
}

std::vector<double> majorityPerceptronStart(const PerceptronMilp& milp) {
    const auto& I = milp.index;
    std::vector<int> count(static_cast<std::size_t>(I.K), 0);
    for (Eigen::Index s = 0; s < milp.labels.size(); ++s)
        ++count[milp.labels(s)];
    const int major =
        static_cast<int>(std::max_element(count.begin(), count.end()) - count.begin());
    PerceptronParams p;
    p.W = Eigen::MatrixXd::Zero(I.n, I.m);
    p.Q = Eigen::MatrixXd::Zero(I.n, I.K);
    // With the kill switch every unit is off (u = 0, b = 0); without it b = −ε keeps st = 0.
    const bool ks = milp.config.sparsity.neurons;
    p.b = Eigen::VectorXd::Constant(I.n, ks ? 0.0 : -milp.hiddenMargin);
    p.used.assign(static_cast<std::size_t>(I.n), ks ? 0 : 1);
    p.bF = Eigen::VectorXd::Constant(I.K, -milp.outputMargin);
    p.bF(major) = 0.0;
    std::vector<double> x;
    std::string error;
    if (!completePerceptronSolution(milp, p, x, error)) x.clear();
    return x;
}

}  // namespace smip
