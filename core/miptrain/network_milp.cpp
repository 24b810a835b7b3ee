#include "core/miptrain/network_milp.h"

#include <algorithm>
#include <cmath>

namespace smip {

namespace {

std::string nm(const char* base, std::initializer_list<int> idx) {
    std::string s = base;
    for (int i : idx)
        s += '_' + std::to_string(i);
    return s;
}

struct Builder {
    Builder(const WeightedSamples& s_, const MipArchitecture& a_, const MipFormulation& f_,
            NetworkMilp& m_)
        : s(s_), arch(a_), f(f_), m(m_) {}
    const WeightedSamples& s;
    const MipArchitecture& arch;
    const MipFormulation& f;
    NetworkMilp& m;
    MilpProblem& P = m.problem;
    double B = f.weightBound;
    // [layer] → W column index (k·in + i) and bias column index (k)
    std::vector<std::vector<int>> wCol, bCol;
    // [layer ≥ 1] → piecewise selector columns, (k·in + i)·parts + p
    std::vector<std::vector<int>> pieceCol;

    void parameters() {
        const int layers = static_cast<int>(arch.widths.size()) - 1;
        wCol.resize(layers);
        bCol.resize(layers);
        pieceCol.resize(layers);
        for (int l = 0; l < layers; ++l) {
            const int in = arch.widths[l], out = arch.widths[l + 1];
            // Same order as MipNetwork::flatten(): W row-major, then b.
            for (int k = 0; k < out; ++k) {
                for (int i = 0; i < in; ++i) {
                    wCol[l].push_back(P.addColumn(nm("w", {l, k, i}), -B, B));
                    m.paramColumns.push_back(wCol[l].back());
                }
            }
            for (int k = 0; k < out; ++k) {
                bCol[l].push_back(P.addColumn(nm("b", {l, k}), -B, B));
                m.paramColumns.push_back(bCol[l].back());
            }
        }
        if (f.sparsity > 0.0) {
            // |θ| ≤ B·s with s binary: Σ s counts nonzero parameters (Patil & Mintz's sparsity
            // extension).
            for (std::size_t p = 0; p < m.paramColumns.size(); ++p) {
                const int t = m.paramColumns[p];
                const int sc = P.addBinary(nm("nz", {static_cast<int>(p)}), f.sparsity);
                P.addRow(nm("nzu", {static_cast<int>(p)}), {t, sc}, {1.0, -B}, -kInf, 0.0);
                P.addRow(nm("nzl", {static_cast<int>(p)}), {t, sc}, {1.0, B}, 0.0, kInf);
            }
        }
        if (f.symmetryBreaking) {
            // Hidden units of one layer are interchangeable (permute them with the next layer's
            // columns); sorting their biases removes the K! equivalent copies of every network.
            for (int l = 0; l + 1 < layers; ++l)
                for (std::size_t k = 0; k + 1 < bCol[l].size(); ++k)
                    P.addRow(nm("sym", {l, static_cast<int>(k)}), {bCol[l][k], bCol[l][k + 1]},
                             {1.0, -1.0}, 0.0, kInf);
        }
        if (f.activation == MipActivation::Relu && f.partitions > 1) {
            // Piecewise McCormick (Patil & Mintz): one selector per weight and piece of [−B, B].
            for (int l = 1; l < layers; ++l) {
                const int in = arch.widths[l], out = arch.widths[l + 1], parts = f.partitions;
                for (int k = 0; k < out; ++k) {
                    for (int i = 0; i < in; ++i) {
                        std::vector<int> ids{wCol[l][k * in + i]}, sum;
                        std::vector<double> lo{1.0}, up{1.0}, ones;
                        for (int p = 0; p < parts; ++p) {
                            const int c = P.addBinary(nm("pw", {l, k, i, p}));
                            pieceCol[l].push_back(c);
                            ids.push_back(c);
                            lo.push_back(-pieceLo(p));
                            up.push_back(-pieceLo(p + 1));
                            sum.push_back(c);
                            ones.push_back(1.0);
                        }
                        P.addRow(nm("pws", {l, k, i}), sum, ones, 1.0, 1.0);
                        P.addRow(nm("pwl", {l, k, i}), ids, lo, 0.0, kInf);
                        P.addRow(nm("pwu", {l, k, i}), ids, up, -kInf, 0.0);
                    }
                }
            }
        }
    }

    double pieceLo(int p) const { return -B + 2.0 * B * p / f.partitions; }

    // z = w·h for h binary: exact with four inequalities (Glover's linearization).
    void binaryProduct(const std::string& tag, int z, int w, int h) {
        P.addRow(tag + "a", {z, h}, {1.0, -B}, -kInf, 0.0);
        P.addRow(tag + "b", {z, h}, {1.0, B}, 0.0, kInf);
        P.addRow(tag + "c", {z, w, h}, {1.0, -1.0, -B}, -B, kInf);
        P.addRow(tag + "d", {z, w, h}, {1.0, -1.0, B}, -kInf, B);
    }

    // z = w·h for h ∈ [0, U] continuous: McCormick envelope over w ∈ [lo, up] (a relaxation).
    void mccormick(const std::string& tag, int z, int w, int h, double U, double lo, double up,
                   int sel, double bigM) {
        const bool pw = sel >= 0;
        auto row = [&](const char* t, std::vector<int> ids, std::vector<double> cf, double rhs,
                       bool greater) {
            if (pw) ids.push_back(sel), cf.push_back(greater ? -bigM : bigM);
            const double r = pw ? rhs + (greater ? -bigM : bigM) : rhs;
            P.addRow(tag + t, std::move(ids), std::move(cf), greater ? r : -kInf,
                     greater ? kInf : r);
        };
        row("a", {z, h}, {1.0, -lo}, 0.0, true);              // z ≥ lo·h
        row("b", {z, h, w}, {1.0, -up, -U}, -up * U, true);   // z ≥ up·h + U·w − up·U
        row("c", {z, h}, {1.0, -up}, 0.0, false);             // z ≤ up·h
        row("d", {z, h, w}, {1.0, -lo, -U}, -lo * U, false);  // z ≤ lo·h + U·w − lo·U
    }

    void sample(int n) {
        const int L = arch.hiddenLayers();
        const Eigen::RowVectorXd x = s.X.row(n);
        std::vector<int> hIn;             // input columns (empty for layer 0)
        std::vector<double> U(x.size());  // bound on each input's magnitude
        for (Eigen::Index i = 0; i < x.size(); ++i)
            U[static_cast<std::size_t>(i)] = std::abs(x(i));
        for (int l = 0; l <= L; ++l) {
            const int in = arch.widths[l], out = arch.widths[l + 1];
            double sumU = 0.0;
            for (double u : U)
                sumU += u;
            // Per-sample, per-layer big-M: |a| ≤ B·(Σ_i U_i + 1) since |w|, |b| ≤ B.
            const double M = B * (sumU + 1.0);
            std::vector<int> next;
            for (int k = 0; k < out; ++k) {
                const int a = P.addColumn(nm("a", {n, l, k}), -M, M);
                std::vector<int> ids{a, bCol[l][k]};
                std::vector<double> cf{1.0, -1.0};
                for (int i = 0; i < in; ++i) {
                    const int w = wCol[l][k * in + i];
                    const double Ui = U[static_cast<std::size_t>(i)];
                    if (l == 0) {
                        if (x(i) != 0.0) ids.push_back(w), cf.push_back(-x(i));
                        continue;
                    }
                    if (Ui <= 0.0) continue;  // input is identically 0 on this sample
                    const int z = P.addColumn(nm("z", {n, l, k, i}), -B * Ui, B * Ui);
                    const int h = hIn[static_cast<std::size_t>(i)];
                    const std::string tag = nm("p", {n, l, k, i});
                    if (f.activation == MipActivation::Binary) {
                        binaryProduct(tag, z, w, h);
                    } else if (f.partitions <= 1) {
                        mccormick(tag, z, w, h, Ui, -B, B, -1, 0.0);
                    } else {
                        for (int p = 0; p < f.partitions; ++p)
                            mccormick(tag + "_" + std::to_string(p), z, w, h, Ui, pieceLo(p),
                                      pieceLo(p + 1), pieceCol[l][(k * in + i) * f.partitions + p],
                                      4.0 * B * Ui);
                    }
                    ids.push_back(z);
                    cf.push_back(-1.0);
                }
                P.addRow(nm("pre", {n, l, k}), std::move(ids), std::move(cf), 0.0, 0.0);
                if (l == L) {
                    m.scoreColumns[static_cast<std::size_t>(n)].push_back(a);
                } else if (f.activation == MipActivation::Binary) {
                    // h = 1 ⇒ a ≥ ε, h = 0 ⇒ a ≤ −ε: decoding with [a ≥ 0] then agrees with the
                    // MILP up to a tolerance of ε on both sides.
                    const int h = P.addBinary(nm("h", {n, l, k}));
                    const double e = f.margin;
                    P.addRow(nm("on", {n, l, k}), {a, h}, {1.0, -(M + e)}, -M, kInf);
                    P.addRow(nm("off", {n, l, k}), {a, h}, {1.0, -(M + e)}, -kInf, -e);
                    next.push_back(h);
                } else {
                    // h = max(0, a) with an indicator r (big-M split, exact).
                    const int h = P.addColumn(nm("h", {n, l, k}), 0.0, M);
                    const int r = P.addBinary(nm("r", {n, l, k}));
                    P.addRow(nm("rg", {n, l, k}), {h, a}, {1.0, -1.0}, 0.0, kInf);
                    P.addRow(nm("ra", {n, l, k}), {h, a, r}, {1.0, -1.0, M}, -kInf, M);
                    P.addRow(nm("rr", {n, l, k}), {h, r}, {1.0, -M}, -kInf, 0.0);
                    next.push_back(h);
                }
            }
            if (l < L) {
                m.hiddenColumns[static_cast<std::size_t>(l)][static_cast<std::size_t>(n)] = next;
                hIn = next;
                U.assign(static_cast<std::size_t>(out),
                         f.activation == MipActivation::Binary ? 1.0 : M);
            } else {
                loss(n, M);
            }
        }
    }

    void loss(int n, double Mo) {
        const auto& o = m.scoreColumns[static_cast<std::size_t>(n)];
        const int y = s.label[static_cast<std::size_t>(n)];
        const double c = s.weight(n), mu = f.classMargin;
        if (f.loss == MipLoss::Nll) {
            // Patil & Mintz's linearized log-likelihood: log Σ exp(o_j) ≈ max_j o_j =: ω_n. With
            // μ > 0 the wrong classes need a margin, otherwise the all-zero network has loss 0.
            const int w = P.addColumn(nm("om", {n}), -Mo, Mo + mu, c);
            P.columns[static_cast<std::size_t>(o[static_cast<std::size_t>(y)])].cost -= c;
            for (std::size_t j = 0; j < o.size(); ++j)
                P.addRow(nm("om", {n, static_cast<int>(j)}), {w, o[j]}, {1.0, -1.0},
                         static_cast<int>(j) == y ? 0.0 : mu, kInf);
        } else {
            const int e = P.addBinary(nm("err", {n}), c);
            for (std::size_t j = 0; j < o.size(); ++j) {
                if (static_cast<int>(j) == y) continue;
                P.addRow(nm("err", {n, static_cast<int>(j)}),
                         {o[static_cast<std::size_t>(y)], o[j], e}, {1.0, -1.0, mu + 2.0 * Mo}, mu,
                         kInf);
            }
        }
    }
};

}  // namespace

bool formulationExact(const MipFormulation& f, int hiddenLayers) {
    return f.activation == MipActivation::Binary || hiddenLayers == 0;
}

bool buildNetworkMilp(const WeightedSamples& s, const MipArchitecture& arch,
                      const MipFormulation& f, NetworkMilp& out, std::string& error) {
    error = checkFormulation(f);
    if (error.empty()) error = checkArchitecture(arch, static_cast<int>(s.X.cols()), s.classes);
    if (error.empty() && s.samples() == 0) error = "there are no training samples";
    if (error.empty() && !s.X.allFinite()) error = "the inputs contain a non-finite value";
    for (int n = 0; error.empty() && n < s.samples(); ++n) {
        const int y = s.label[static_cast<std::size_t>(n)];
        if (y < 0 || y >= s.classes)
            error = "sample " + std::to_string(n + 1) + " has no valid class";
    }
    if (!error.empty()) return false;
    out = NetworkMilp{};
    out.arch = arch;
    out.formulation = f;
    out.exact = formulationExact(f, arch.hiddenLayers());
    out.problem.name = "miptrain_" + arch.text();
    out.hiddenColumns.assign(static_cast<std::size_t>(arch.hiddenLayers()),
                             std::vector<std::vector<int>>(static_cast<std::size_t>(s.samples())));
    out.scoreColumns.resize(static_cast<std::size_t>(s.samples()));
    Builder b(s, arch, f, out);
    b.parameters();
    for (int n = 0; n < s.samples(); ++n)
        b.sample(n);
    return true;
}

MipNetwork decodeNetworkMilp(const NetworkMilp& m, const std::vector<double>& solution) {
    MipNetwork net = zeroMipNetwork(m.arch, m.formulation.activation);
    Eigen::VectorXd t(static_cast<Eigen::Index>(m.paramColumns.size()));
    const double B = m.formulation.weightBound;
    for (std::size_t p = 0; p < m.paramColumns.size(); ++p) {
        const auto c = static_cast<std::size_t>(m.paramColumns[p]);
        double v = c < solution.size() ? solution[c] : 0.0;
        v = std::clamp(v, -B, B);
        t(static_cast<Eigen::Index>(p)) = std::abs(v) < 1e-9 ? 0.0 : v;
    }
    net.unflatten(t);
    return net;
}

void fixNetworkParameters(NetworkMilp& m, const MipNetwork& net) {
    const Eigen::VectorXd t = net.flatten();
    for (std::size_t p = 0; p < m.paramColumns.size(); ++p) {
        auto& col = m.problem.columns[static_cast<std::size_t>(m.paramColumns[p])];
        col.lower = col.upper = t(static_cast<Eigen::Index>(p));
    }
}

}  // namespace smip
