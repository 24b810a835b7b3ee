#include "core/perceptron/perceptron_milp.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/perceptron/perceptron_data.h"

namespace smip {

namespace {

std::string cname(const char* base, int a, int b = -1, int c = -1) {
    std::string s = base;
    s += '_' + std::to_string(a);
    if (b >= 0) s += '_' + std::to_string(b);
    if (c >= 0) s += '_' + std::to_string(c);
    return s;
}

// Cuts on used units (kill switch u_i), each keeping an optimal solution:
//  - fires on some sample, Σ_s st_si ≥ u_i: a used unit that never fires adds nothing to the
//    outputs; killing it keeps every output step and lowers the penalties.
//  - continuous mode, off on some sample, Σ_s (1 − st_si) ≥ u_i, and with the weights flag has a
//    weight, Σ_j z_ij ≥ u_i: a unit firing on every sample, or one without weights (a constant),
//    adds the constant q_i· to the output pre-activations; moving it into b_F and killing the unit
//    keeps every output step (a b_F beyond ±(n·Q + ε) already fixes its output on every sample, so
//    clamping it to the bound changes no step) and lowers the penalties. Integer biases have their
//    own small range, where that clamp argument fails, so the two cuts are continuous-only.
// A killed unit in the middle breaks the used-first order; permuting the units restores it.
// −u + Σ columns: ≥ 0 says "a used unit has at least one of these".
std::pair<std::vector<int>, std::vector<double>> usedUnitRow(int u, int count,
                                                             const std::function<int(int)>& col) {
    std::vector<int> idx{u};
    std::vector<double> coef{-1.0};
    for (int k = 0; k < count; ++k) {
        idx.push_back(col(k));
        coef.push_back(1.0);
    }
    return {std::move(idx), std::move(coef)};
}

void addUsedUnitCuts(const PerceptronConfig& config, PerceptronMilp& out) {
    MilpProblem& P = out.problem;
    const PerceptronMilpIndex& I = out.index;
    for (int i = 0; i < I.n; ++i) {
        const int u = I.used[static_cast<std::size_t>(i)];
        auto [idx, coef] =
            usedUnitRow(u, I.N, [&](int s) { return I.st[static_cast<std::size_t>(s * I.n + i)]; });
        P.addRow(cname("cut_fires", i), idx, coef, 0.0, kInf);  // Σ st − u ≥ 0
        if (config.integer) continue;
        // Σ (1 − st) ≥ u ⇔ Σ st + u ≤ N
        coef[0] = 1.0;
        P.addRow(cname("cut_rests", i), idx, coef, -kInf, I.N);
        if (!config.sparsity.weights) continue;
        const auto [zi, zc] =
            usedUnitRow(u, I.m, [&](int j) { return I.z[static_cast<std::size_t>(i * I.m + j)]; });
        P.addRow(cname("cut_weight", i), zi, zc, 0.0, kInf);  // Σ z − u ≥ 0
    }
}

}  // namespace

bool checkPerceptronConfig(const PerceptronConfig& c, std::string& error) {
    if (c.hidden < 1 || c.hidden > 1000) {
        error = "hidden units must be in 1..1000, got " + std::to_string(c.hidden);
    } else if (!c.integer && !(c.weightBound > 0.0 && std::isfinite(c.weightBound))) {
        error = "weight bound must be a positive number";
    } else if (!c.integer && !(c.margin > 0.0 && c.margin < c.weightBound)) {
        error = "margin must be in (0, weight bound)";
    } else if (c.integer && (c.integerBound < 1 || c.integerScale < 1)) {
        error = "integer bound and integer scale must be at least 1";
    } else if (c.sparsity.weightsFactor < 0 || c.sparsity.activationsFactor < 0 ||
               c.sparsity.neuronsFactor < 0) {
        error = "sparsity factors must be non-negative";
    } else if (c.sparsity.maxWeights >= 0 && !c.sparsity.weights) {
        error = "a cap on the number of weights needs the weights sparsity flag";
    } else {
        return true;
    }
    return false;
}

PerceptronMilpSize estimatePerceptronMilp(int samples, int inputs, int classes,
                                          const PerceptronConfig& config) {
    const long long N = samples, m = inputs, n = config.hidden, K = classes;
    const auto& s = config.sparsity;
    const long long signRows = config.nonnegative ? 1 : 2;  // ω ≥ 0 needs no lower-side row
    PerceptronMilpSize z;
    z.columns = n * m + n + n * K + K + N * n + N * n * K + N * K;
    z.binaries = N * n + N * K;
    z.rows = N * (2 * n + 4 * n * K + 2 * K);
    if (s.weights) {
        z.columns += n * m;
        z.binaries += n * m;
        z.rows += n * m * signRows + (s.maxWeights >= 0 ? 1 : 0);
    }
    if (s.neurons) {
        z.columns += n;
        z.binaries += n;
        z.rows += (s.weights ? n * m : n * m * signRows) + 2 * n + 2 * n * K + N * n;
    }
    if (config.symmetryBreaking) z.rows += n - 1;
    if (config.validInequalities && s.neurons)
        z.rows += n * (1 + (config.integer ? 0 : 1 + (s.weights ? 1 : 0)));
    z.integers = z.binaries + (config.integer ? n * m + n + n * K + K : 0);
    return z;
}

bool buildPerceptronMilp(const Dataset& train, const PerceptronConfig& config, PerceptronMilp& out,
                         std::string& error) {
    if (!checkPerceptronConfig(config, error)) return false;
    if (!checkPerceptronData(train, config.maxClasses, error)) return false;
    out = PerceptronMilp{};
    out.config = config;
    out.transform.fitTransform(train.X, config.integer, config.integerScale);
    out.U = out.transform.transform(train.X);
    out.labels = classLabels(train);
    const int N = train.samples(), m = train.features(), n = config.hidden;
    const int K = train.classes();
    const auto& sp = config.sparsity;

    // Bounds. Continuous inputs lie in [0,1], so |ω·x| ≤ W·m and a larger |b| only makes the unit
    // constant, which b = W·m (always on) or −W·m − ε (always off) already gives. Integer mode uses
    // the user's range for every parameter and margin 1: integer pre-activations are < 0 iff ≤ −1.
    const double eps = config.integer ? 1.0 : config.margin;
    const double W = config.integer ? config.integerBound : config.weightBound;
    const double Bh = config.integer ? config.integerBound : W * m + eps;
    const double Qb = config.integer ? config.integerBound : config.weightBound;
    const double BF = config.integer ? config.integerBound : n * Qb + eps;
    out.hiddenMargin = eps;
    out.outputMargin = eps;
    out.weightBound = W;
    out.biasBound = Bh;
    out.outBound = Qb;
    out.outBiasBound = BF;

    MilpProblem& P = out.problem;
    PerceptronMilpIndex& I = out.index;
    P.name = "perceptron_" + train.name;
    I.N = N, I.m = m, I.n = n, I.K = K;
    const bool intp = config.integer;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j)
            I.w.push_back(P.addColumn(cname("w", i, j), config.nonnegative ? 0.0 : -W, W, 0, intp));
    for (int i = 0; i < n; ++i)
        I.b.push_back(P.addColumn(cname("b", i), -Bh, Bh, 0, intp));
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < K; ++k)
            I.q.push_back(P.addColumn(cname("q", i, k), -Qb, Qb, 0, intp));
    for (int k = 0; k < K; ++k)
        I.bF.push_back(P.addColumn(cname("bF", k), -BF, BF, 0, intp));

    // (a) Weight sparsity (paper Sec. 3.2 (1)): z_ij = 0 forces ω_ij = 0; each z costs λ_w.
    if (sp.weights) {
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < m; ++j) {
                const int z = P.addBinary(cname("z", i, j), sp.weightsFactor);
                I.z.push_back(z);
                const int w = I.w[static_cast<std::size_t>(i * m + j)];
                P.addRow(cname("wz_up", i, j), {w, z}, {1.0, -W}, -kInf, 0.0);
                if (!config.nonnegative)
                    P.addRow(cname("wz_lo", i, j), {w, z}, {1.0, W}, 0.0, kInf);
            }
        if (sp.maxWeights >= 0)
            P.addRow("weight_cap", I.z, std::vector<double>(I.z.size(), 1.0), -kInf, sp.maxWeights);
    }
    // (c) Kill switch (paper Sec. 3.2 (2)): u_i = 0 switches unit i off entirely (ω_i, b_i, q_i· =
    // 0, st_i = 0); each used unit costs λ_n, so fewer used units is better.
    if (sp.neurons) {
        for (int i = 0; i < n; ++i)
            I.used.push_back(P.addBinary(cname("u", i), sp.neuronsFactor));
        for (int i = 0; i < n; ++i) {
            const int u = I.used[static_cast<std::size_t>(i)];
            for (int j = 0; j < m; ++j) {
                const auto ij = static_cast<std::size_t>(i * m + j);
                if (sp.weights) {
                    P.addRow(cname("zu", i, j), {I.z[ij], u}, {1.0, -1.0}, -kInf, 0.0);
                } else {
                    P.addRow(cname("wu_up", i, j), {I.w[ij], u}, {1.0, -W}, -kInf, 0.0);
                    if (!config.nonnegative)
                        P.addRow(cname("wu_lo", i, j), {I.w[ij], u}, {1.0, W}, 0.0, kInf);
                }
            }
            const int b = I.b[static_cast<std::size_t>(i)];
            P.addRow(cname("bu_up", i), {b, u}, {1.0, -Bh}, -kInf, 0.0);
            P.addRow(cname("bu_lo", i), {b, u}, {1.0, Bh}, 0.0, kInf);
            for (int k = 0; k < K; ++k) {
                const int q = I.q[static_cast<std::size_t>(i * K + k)];
                P.addRow(cname("qu_up", i, k), {q, u}, {1.0, -Qb}, -kInf, 0.0);
                P.addRow(cname("qu_lo", i, k), {q, u}, {1.0, Qb}, 0.0, kInf);
            }
        }
    }
    // Hidden units are interchangeable and every penalty is symmetric in them, so ordering them
    // keeps an optimal solution while cutting symmetric branches (performance notes): used units
    // first with the kill switch, otherwise biases non-increasing.
    if (config.symmetryBreaking)
        for (int i = 0; i + 1 < n; ++i) {
            if (sp.neurons)
                P.addRow(cname("sym_u", i), {I.used[i], I.used[i + 1]}, {1.0, -1.0}, 0.0, kInf);
            else
                P.addRow(cname("sym_b", i), {I.b[i], I.b[i + 1]}, {1.0, -1.0}, 0.0, kInf);
        }

    std::vector<int> idx;
    std::vector<double> coef;
    for (int s = 0; s < N; ++s) {
        // Hidden steps (paper eqs. for st_i via big-M): st = 1 ⇒ ω·x + b ≥ 0, st = 0 ⇒ ω·x + b ≤
        // −ε. M is per sample (performance notes: data-aware big-M is the main lever).
        double sumX = 0.0;
        for (int j = 0; j < m; ++j)
            sumX += std::abs(out.U(s, j));
        const double spMax = W * sumX + Bh;
        const double spMin = (config.nonnegative ? 0.0 : -W * sumX) - Bh;
        for (int i = 0; i < n; ++i) {
            const int st =
                P.addBinary(cname("st", s, i), sp.activations ? sp.activationsFactor : 0);
            I.st.push_back(st);
            idx.clear();
            coef.clear();
            for (int j = 0; j < m; ++j)
                if (out.U(s, j) != 0.0) {
                    idx.push_back(I.w[static_cast<std::size_t>(i * m + j)]);
                    coef.push_back(out.U(s, j));
                }
            idx.push_back(I.b[static_cast<std::size_t>(i)]);
            coef.push_back(1.0);
            auto on = idx;
            auto onc = coef;
            on.push_back(st);
            onc.push_back(spMin);  // sp + spMin·st ≥ spMin ⇔ sp ≥ spMin·(1 − st)
            P.addRow(cname("h_on", s, i), on, onc, spMin, kInf);
            idx.push_back(st);
            coef.push_back(-(spMax + eps));  // sp ≤ −ε + (spMax + ε)·st
            if (sp.neurons) {
                // A killed unit has ω = b = 0, so sp = 0 and the "off" side must be released.
                idx.push_back(I.used[static_cast<std::size_t>(i)]);
                coef.push_back(spMax + eps);
                P.addRow(cname("h_off", s, i), idx, coef, -kInf, spMax);
                P.addRow(cname("st_u", s, i), {st, I.used[static_cast<std::size_t>(i)]},
                         {1.0, -1.0}, -kInf, 0.0);
            } else {
                P.addRow(cname("h_off", s, i), idx, coef, -kInf, -eps);
            }
        }
        // Products p = q·st (paper Fig. 1, slack p_ik) linearized with |q| ≤ Q (McCormick).
        for (int i = 0; i < n; ++i) {
            const int st = I.st[static_cast<std::size_t>(s * n + i)];
            for (int k = 0; k < K; ++k) {
                const int q = I.q[static_cast<std::size_t>(i * K + k)];
                const int p = P.addColumn(cname("p", s, i, k), -Qb, Qb);
                I.p.push_back(p);
                P.addRow(cname("p1", s, i, k), {p, st}, {1.0, -Qb}, -kInf, 0.0);
                P.addRow(cname("p2", s, i, k), {p, st}, {1.0, Qb}, 0.0, kInf);
                P.addRow(cname("p3", s, i, k), {p, q, st}, {1.0, -1.0, Qb}, -kInf, Qb);
                P.addRow(cname("p4", s, i, k), {p, q, st}, {1.0, -1.0, -Qb}, -Qb, kInf);
            }
        }
        // Output steps and the XOR loss. The paper models XOR(st_F, y) with extra binaries; with a
        // constant target bit it is linear: E = st_F when y = 0 and E = 1 − st_F when y = 1, so
        // st_F costs +1 or −1 and the objective offset adds one per sample (its single 1 bit).
        const double MF = n * Qb + BF;
        for (int k = 0; k < K; ++k) {
            const bool target = out.labels(s) == k;
            const int stF = P.addBinary(cname("stF", s, k), target ? -1.0 : 1.0);
            I.stF.push_back(stF);
            idx.clear();
            coef.clear();
            for (int i = 0; i < n; ++i) {
                idx.push_back(I.p[static_cast<std::size_t>((s * n + i) * K + k)]);
                coef.push_back(1.0);
            }
            idx.push_back(I.bF[static_cast<std::size_t>(k)]);
            coef.push_back(1.0);
            auto on = idx;
            auto onc = coef;
            on.push_back(stF);
            onc.push_back(-MF);  // spF ≥ −MF·(1 − stF)
            P.addRow(cname("o_on", s, k), on, onc, -MF, kInf);
            idx.push_back(stF);
            coef.push_back(-(MF + eps));  // spF ≤ −ε + (MF + ε)·stF
            P.addRow(cname("o_off", s, k), idx, coef, -kInf, -eps);
        }
    }
    if (config.validInequalities && sp.neurons) addUsedUnitCuts(config, out);
    P.objectiveOffset = N;
    return true;
}

}  // namespace smip
