#include "core/sparsest/rank_bound.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <exception>
#include <functional>
#include <limits>
#include <sstream>
#include <vector>

#include "core/sparsest/halfspace_patterns.h"

namespace smip {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kMaxInputs = 12;  // 2^(d+1) supports beyond this: not worth enumerating

/// A unit with a fixed support and activation pattern: its outputs span D(a)·X_S.
struct Atom {
    int cost = 0;                   ///< counted nonzeros of the support
    ActivationPattern pattern = 0;  ///< active samples
    std::uint32_t columns = 0;      ///< bit 0 = bias, bit j+1 = feature j (free bias included)
    int rank = 0;                   ///< dimension of the span
    std::size_t offset = 0;         ///< first of `rank` orthonormal N-vectors in the basis store
};

/// The data matrix with a leading column of ones: column c is the bias (c = 0) or feature c − 1.
Eigen::MatrixXd liftedData(const Eigen::MatrixXd& X) {
    Eigen::MatrixXd L(X.rows(), X.cols() + 1);
    L.col(0).setOnes();
    L.rightCols(X.cols()) = X;
    return L;
}

Eigen::MatrixXd selectColumns(const Eigen::MatrixXd& L, std::uint32_t columns) {
    Eigen::MatrixXd S(L.rows(), std::popcount(columns));
    int out = 0;
    for (int c = 0; c < L.cols(); ++c)
        if (columns & (1u << c)) S.col(out++) = L.col(c);
    return S;
}

/// Appends the orthonormal columns of `m` (modified Gram–Schmidt, twice) to `store`; returns the
/// rank found.
int appendOrthonormal(const Eigen::MatrixXd& m, std::vector<double>& store, std::size_t offset) {
    const Eigen::Index n = m.rows();
    int rank = 0;
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
        Eigen::VectorXd v = m.col(c);
        const double original = v.norm();
        if (original == 0.0) continue;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < rank; ++i) {
                Eigen::Map<const Eigen::VectorXd> q(store.data() + offset + i * n, n);
                v -= q.dot(v) * q;
            }
        const double norm = v.norm();
        if (norm <= 1e-9 * original) continue;
        store.resize(offset + (rank + 1) * n);
        Eigen::Map<Eigen::VectorXd>(store.data() + offset + rank * n, n) = v / norm;
        ++rank;
    }
    return rank;
}

struct AtomList {
    std::vector<Atom> atoms;
    std::vector<double> basis;
    std::string problem;  ///< non-empty: could not be built (too many)
};

/// Every (support, realizable pattern) atom with cost ≤ maxCost, sorted by cost. Relaxation
/// (default): atoms whose span is all of R^{a} (rank = |a|) are kept once per pattern, the
/// cheapest, since they are equal. `exact`: every atom of full column rank (rank = cost) and no
/// other, none merged — one per possible unit of a full-rank network.
AtomList buildAtoms(const Eigen::MatrixXd& X, bool countBiases, int maxCost, long long maxAtoms,
                    Clock::time_point deadline, std::stop_token stop, bool exact = false) {
    AtomList list;
    const Eigen::MatrixXd L = liftedData(X);
    const int cols = static_cast<int>(L.cols());
    const std::uint32_t counted = countBiases ? (1u << cols) - 1 : (1u << cols) - 2;
    const std::uint32_t freeCols = countBiases ? 0u : 1u;
    std::vector<int> fullSpanAtom(std::size_t{1} << X.rows(), -1);
    for (std::uint32_t s = 1; s < (1u << cols); ++s) {
        if ((s & ~counted) != 0) continue;
        const int cost = std::popcount(s);
        if (cost > maxCost) continue;
        if (stop.stop_requested() || Clock::now() > deadline) {
            list.problem = "time ran out while listing activation patterns";
            return list;
        }
        const std::uint32_t columns = s | freeCols;
        const Eigen::MatrixXd P = selectColumns(L, columns);
        for (ActivationPattern a : realizablePatterns(P)) {
            Eigen::MatrixXd masked = P;
            for (Eigen::Index n = 0; n < P.rows(); ++n)
                if (!(a & (ActivationPattern{1} << n))) masked.row(n).setZero();
            Atom atom{cost, a, columns, 0, list.basis.size()};
            atom.rank = appendOrthonormal(masked, list.basis, atom.offset);
            if (atom.rank == 0) continue;
            if (exact && atom.rank != cost) {
                list.basis.resize(atom.offset);
                continue;
            }
            if (!exact && atom.rank == std::popcount(a)) {
                int& seen = fullSpanAtom[a];
                if (seen >= 0 && list.atoms[static_cast<std::size_t>(seen)].cost <= cost) {
                    list.basis.resize(atom.offset);
                    continue;
                }
                if (seen >= 0) {  // the cheaper one replaces it in place
                    list.basis.resize(atom.offset);
                    Atom& old = list.atoms[static_cast<std::size_t>(seen)];
                    old.cost = cost;
                    old.columns = columns;
                    continue;  // same span, same basis vectors (coordinate axes of a)
                }
                seen = static_cast<int>(list.atoms.size());
            }
            list.atoms.push_back(atom);
            if (static_cast<long long>(list.atoms.size()) > maxAtoms) {
                list.problem = "more than " + std::to_string(maxAtoms) + " support/pattern atoms";
                return list;
            }
        }
    }
    // Stable: within a cost, the order of discovery (the fullSpanAtom indices are not used again).
    std::stable_sort(list.atoms.begin(), list.atoms.end(),
                     [](const Atom& a, const Atom& b) { return a.cost < b.cost; });
    return list;
}

/// Depth-first search over atom combinations of total cost ≤ budget, keeping an orthonormal basis
/// of their span and y's residual against it. No allocation inside the search.
class CombinationSearch {
  public:
    /// Called for every fitting combination (atoms stack_[0..count), span dimension `rank`);
    /// returning true ends the search.
    using Accept = std::function<bool(const std::vector<int>& atoms, int count, int rank)>;

    /// `exact`: every atom is one unit (no merging of same-pattern atoms) and must add its full
    /// cost in dimensions — the enumeration of full-rank networks the refinement needs.
    CombinationSearch(const AtomList& list, const Eigen::VectorXd& y, bool freeConstant,
                      double limit, Clock::time_point deadline, std::stop_token stop,
                      bool exact = false)
        : exact_(exact),
          atoms_(list.atoms),
          basis_(list.basis),
          n_(static_cast<int>(y.size())),
          threshold2_(static_cast<double>(y.size()) * limit * limit),
          deadline_(deadline),
          stop_(stop),
          q_(static_cast<std::size_t>(n_ * n_)),
          stack_(64) {
        rho_.assign(static_cast<std::size_t>(n_) * 65, 0.0);
        Eigen::Map<Eigen::VectorXd>(rho_.data(), n_) = y;
        limit_ = limit;
        if (freeConstant) {  // biases are free: a bias-only unit adds any constant
            Eigen::Map<Eigen::VectorXd> q(q_.data(), n_);
            q.setConstant(1.0 / std::sqrt(static_cast<double>(n_)));
            Eigen::Map<Eigen::VectorXd> rho(rho_.data(), n_);
            rho -= q.dot(rho) * q;
            baseRank_ = 1;
        }
    }

    /// Runs one level until `until` (and the search's own deadline). Returns true when `accept`
    /// took a fitting combination.
    bool run(int budget, const Accept& accept, Clock::time_point until = Clock::time_point::max()) {
        accept_ = &accept;
        runDeadline_ = std::min(deadline_, until);
        aborted_ = false;
        sawFit_ = false;
        return visit(0, 0, budget, baseRank_);
    }
    bool aborted() const { return aborted_; }
    /// Shortens the running level (e.g. once the bound is settled and only a witness is sought).
    void setDeadline(Clock::time_point t) { runDeadline_ = std::min(runDeadline_, t); }
    bool sawFit() const { return sawFit_; }
    long long combinations() const { return combinations_; }
    double nearestMiss() const { return std::sqrt(nearestMiss2_); }

  private:
    bool visit(int depth, std::size_t first, int left, int rank) {
        if ((++combinations_ & 0x3fff) == 0 &&
            (stop_.stop_requested() || Clock::now() > runDeadline_))
            aborted_ = true;
        if (aborted_) return false;
        const double* rho = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double r2 = 0.0;
        for (int i = 0; i < n_; ++i)
            r2 += rho[i] * rho[i];
        if (r2 <= threshold2_ && withinLimit(rho)) {
            sawFit_ = true;
            return (*accept_)(stack_, depth, rank);
        }
        if (r2 < nearestMiss2_) nearestMiss2_ = r2;
        if (left == 0 || rank >= n_ || depth >= 63) return false;
        for (std::size_t i = first; i < atoms_.size(); ++i) {
            const Atom& a = atoms_[i];
            if (a.cost > left) break;
            // Same pattern twice: one unit on the union support spans the same (relaxation only).
            if (!exact_ && patternUsed(a.pattern, depth)) continue;
            if (a.cost == left && refutedAsLeaf(a, depth, rank)) {
                if (aborted_) return false;
                continue;
            }
            const int grown = extend(a, depth, rank);
            if (grown == rank) continue;                     // adds no dimension, only cost
            if (exact_ && grown - rank != a.cost) continue;  // not a full-rank network
            stack_[static_cast<std::size_t>(depth)] = static_cast<int>(i);
            if (visit(depth + 1, i + 1, left - a.cost, grown)) return true;
            if (aborted_) return false;
        }
        return false;
    }

    // Most combinations are leaves (the atom spends the rest of the budget) and most leaves miss
    // y by far. Without orthogonalizing: ρ ⊥ span(Q), so with C = QᵀB and t = Bᵀρ for the atom's
    // orthonormal basis B, the new residual is ‖ρ‖² − tᵀ(I − CᵀC)⁻¹t. That difference cancels
    // when the residual is small, so it only refutes clear misses (and counts the combination);
    // anything close, or an atom nearly inside the span, takes the exact Gram–Schmidt path.
    bool refutedAsLeaf(const Atom& a, int depth, int rank) {
        const int s = a.rank;
        if (s > 3) return false;
        const double* rho = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double C[3][64];
        double t[3];
        double rho2 = 0.0;
        for (int k = 0; k < n_; ++k)
            rho2 += rho[k] * rho[k];
        for (int c = 0; c < s; ++c) {
            const double* b = basis_.data() + a.offset + static_cast<std::size_t>(c) * n_;
            double tc = 0.0;
            for (int k = 0; k < n_; ++k)
                tc += b[k] * rho[k];
            t[c] = tc;
            for (int i = 0; i < rank; ++i) {
                const double* qi = q_.data() + static_cast<std::size_t>(i) * n_;
                double dot = 0.0;
                for (int k = 0; k < n_; ++k)
                    dot += qi[k] * b[k];
                C[c][i] = dot;
            }
        }
        double G[3][3];
        for (int c = 0; c < s; ++c)
            for (int e = 0; e <= c; ++e) {
                double g = c == e ? 1.0 : 0.0;
                for (int i = 0; i < rank; ++i)
                    g -= C[c][i] * C[e][i];
                G[c][e] = G[e][c] = g;
            }
        // Cholesky of G (s ≤ 3); a small pivot means the atom is nearly inside the span.
        double L[3][3] = {};
        for (int c = 0; c < s; ++c) {
            double d = G[c][c];
            for (int e = 0; e < c; ++e)
                d -= L[c][e] * L[c][e];
            if (d < 1e-6) return false;
            L[c][c] = std::sqrt(d);
            for (int r = c + 1; r < s; ++r) {
                double v = G[r][c];
                for (int e = 0; e < c; ++e)
                    v -= L[r][e] * L[c][e];
                L[r][c] = v / L[c][c];
            }
        }
        double explained = 0.0;  // ‖L⁻¹t‖² = tᵀG⁻¹t
        double z[3];
        for (int c = 0; c < s; ++c) {
            double v = t[c];
            for (int e = 0; e < c; ++e)
                v -= L[c][e] * z[e];
            z[c] = v / L[c][c];
            explained += z[c] * z[c];
        }
        const double left2 = rho2 - explained;
        if (left2 <= 1e-8 * rho2 + 4.0 * threshold2_) return false;
        if (left2 < nearestMiss2_) nearestMiss2_ = left2;
        if ((++combinations_ & 0x3fff) == 0 &&
            (stop_.stop_requested() || Clock::now() > runDeadline_))
            aborted_ = true;
        return true;
    }

    // ‖ρ‖₂ ≤ √N·limit is necessary for a fit; the exact test is the max-norm distance d∞ from y to
    // the span. ρ ⊥ span, so for every c: ρᵀy = ρᵀ(y − Qc) ≤ ‖ρ‖₁·‖y − Qc‖∞, hence
    // d∞ ≥ ‖ρ‖₂²/‖ρ‖₁ (equality when the complement is one-dimensional, the usual case).
    bool withinLimit(const double* rho) const {
        double l1 = 0.0, l2 = 0.0;
        for (int i = 0; i < n_; ++i) {
            l1 += std::abs(rho[i]);
            l2 += rho[i] * rho[i];
        }
        return l1 == 0.0 || l2 / l1 <= limit_;
    }

    bool patternUsed(ActivationPattern p, int depth) const {
        for (int d = 0; d < depth; ++d)
            if (atoms_[static_cast<std::size_t>(stack_[static_cast<std::size_t>(d)])].pattern == p)
                return true;
        return false;
    }

    // Adds the atom's basis to q (columns rank..) and writes the new residual at depth + 1.
    int extend(const Atom& a, int depth, int rank) {
        const double* rhoIn = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double* rhoOut = rho_.data() + static_cast<std::size_t>(depth + 1) * n_;
        std::copy(rhoIn, rhoIn + n_, rhoOut);
        int r = rank;
        for (int c = 0; c < a.rank && r < n_; ++c) {
            double* v = q_.data() + static_cast<std::size_t>(r) * n_;
            const double* src = basis_.data() + a.offset + static_cast<std::size_t>(c) * n_;
            std::copy(src, src + n_, v);
            for (int pass = 0; pass < 2; ++pass)
                for (int i = 0; i < r; ++i) {
                    const double* qi = q_.data() + static_cast<std::size_t>(i) * n_;
                    double dot = 0.0;
                    for (int k = 0; k < n_; ++k)
                        dot += qi[k] * v[k];
                    for (int k = 0; k < n_; ++k)
                        v[k] -= dot * qi[k];
                }
            double norm2 = 0.0;
            for (int k = 0; k < n_; ++k)
                norm2 += v[k] * v[k];
            if (norm2 <= 1e-16) continue;  // source vectors are unit length: dependent
            const double inv = 1.0 / std::sqrt(norm2);
            double dot = 0.0;
            for (int k = 0; k < n_; ++k) {
                v[k] *= inv;
                dot += v[k] * rhoOut[k];
            }
            for (int k = 0; k < n_; ++k)
                rhoOut[k] -= dot * v[k];
            ++r;
        }
        return r;
    }

    bool exact_ = false;
    const std::vector<Atom>& atoms_;
    const std::vector<double>& basis_;
    int n_;
    double threshold2_;
    Clock::time_point deadline_;
    Clock::time_point runDeadline_;
    std::stop_token stop_;
    std::vector<double> q_;
    std::vector<double> rho_;
    std::vector<int> stack_;
    int baseRank_ = 0;
    const Accept* accept_ = nullptr;
    bool aborted_ = false;
    bool sawFit_ = false;
    long long combinations_ = 0;
    double limit_ = 0.0;
    double nearestMiss2_ = std::numeric_limits<double>::infinity();
};

enum class Verdict {
    Realized,  ///< `net` is a network of these units that fits within the tolerance and bounds
    Refuted,   ///< no network with exactly these units (one per atom) fits: proven
    Unknown    ///< neither (rank-deficient, or too close to a sign boundary to decide)
};

/// Decides whether the atoms, one unit each, can be a real network: the weights are the unique
/// least-squares solution θ (the combination has full column rank), and any network of these
/// units fitting within `tolerance` has weights within dθ = ‖R⁻¹‖_F·(‖r_LS‖₂ + √N·tolerance) of
/// θ (A = QR). Each unit's pre-activations must then respect its pattern for one output sign, up
/// to that slack, and its weights the bounds; otherwise the combination is refuted. In the
/// relaxed search (merged same-pattern units) only Realized is used. `L` is X with a leading
/// column of ones (liftedData), built once by the caller.
Verdict classifyCombination(const Eigen::MatrixXd& X, const Eigen::MatrixXd& L,
                            const Eigen::VectorXd& y, const SparsestConfig& config,
                            double tolerance, const std::vector<Atom>& atoms,
                            const std::vector<int>& chosen, int count, ShallowReluNet& net) {
    if (count > effectiveWidth(config, static_cast<int>(X.rows()))) return Verdict::Refuted;
    if (count == 0) {  // y fits with no unit at all (within ε): one silent unit
        net.W = Eigen::MatrixXd::Zero(1, X.cols());
        net.b = Eigen::VectorXd::Zero(1);
        net.v = Eigen::VectorXd::Ones(1);
        return y.cwiseAbs().maxCoeff() <= tolerance ? Verdict::Realized : Verdict::Refuted;
    }
    const Eigen::Index N = X.rows();
    const auto atomAt = [&](int k) -> const Atom& {
        return atoms[static_cast<std::size_t>(chosen[static_cast<std::size_t>(k)])];
    };
    int total = 0;
    for (int k = 0; k < count; ++k)
        total += std::popcount(atomAt(k).columns);
    Eigen::MatrixXd A(N, total);
    int at = 0;
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        Eigen::MatrixXd block = selectColumns(L, a.columns);
        for (Eigen::Index n = 0; n < N; ++n)
            if (!(a.pattern & (ActivationPattern{1} << n))) block.row(n).setZero();
        A.middleCols(at, block.cols()) = block;
        at += static_cast<int>(block.cols());
    }
    // More columns than samples (or a rank-deficient A): the weights are not unique, nothing can
    // be refuted; the minimum-norm weights may still be a network.
    Eigen::VectorXd theta;
    double dTheta = std::numeric_limits<double>::infinity();
    if (total <= N) {
        const Eigen::HouseholderQR<Eigen::MatrixXd> qr(A);
        const Eigen::MatrixXd R = qr.matrixQR().topRows(total).triangularView<Eigen::Upper>();
        const double scale = std::max(1e-300, R.cwiseAbs().maxCoeff());
        bool fullRank = true;
        for (int i = 0; i < total; ++i)
            fullRank = fullRank && std::abs(R(i, i)) > 1e-10 * scale;
        if (fullRank) {
            theta = qr.solve(y);
            const Eigen::MatrixXd Rinv =
                R.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(total, total));
            dTheta = Rinv.norm() *
                     ((A * theta - y).norm() + std::sqrt(static_cast<double>(N)) * tolerance);
        }
    }
    if (theta.size() == 0) theta = A.completeOrthogonalDecomposition().solve(y);
    net.W = Eigen::MatrixXd::Zero(count, X.cols());
    net.b = Eigen::VectorXd::Zero(count);
    net.v = Eigen::VectorXd::Zero(count);
    const bool canRefute = std::isfinite(dTheta);
    bool undecided = false;
    at = 0;
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        const Eigen::MatrixXd S = selectColumns(L, a.columns);
        const Eigen::VectorXd th = theta.segment(at, S.cols());
        at += static_cast<int>(S.cols());
        const Eigen::VectorXd g = S * th;
        // Worst violation of each sign's pattern, with and without the slack.
        double plusStrict = 0.0, minusStrict = 0.0, plusSlack = 0.0, minusSlack = 0.0;
        for (Eigen::Index n = 0; n < N; ++n) {
            const bool active = a.pattern & (ActivationPattern{1} << n);
            const double slack =
                canRefute ? S.row(n).norm() * dTheta + 1e-12 * (1.0 + std::abs(g(n))) : 0.0;
            const double vPlus = active ? -g(n) : g(n);  // > 0: violated for v = +1
            plusStrict = std::max(plusStrict, vPlus);
            minusStrict = std::max(minusStrict, -vPlus);
            plusSlack = std::max(plusSlack, vPlus - slack);
            minusSlack = std::max(minusSlack, -vPlus - slack);
        }
        if (canRefute && plusSlack > 0.0 && minusSlack > 0.0) return Verdict::Refuted;
        const double sign = plusStrict <= minusStrict ? 1.0 : -1.0;
        if (std::min(plusStrict, minusStrict) > 0.0) undecided = true;
        net.v(k) = sign;
        int c = 0;
        for (int col = 0; col < L.cols(); ++col) {
            if (!(a.columns & (1u << col))) continue;
            const double w = th(c++);
            const double bound = col == 0 ? config.bBound : config.wBound;
            if (canRefute && std::abs(w) > bound + dTheta) return Verdict::Refuted;
            if (std::abs(w) > bound) undecided = true;
            if (col == 0)
                net.b(k) = sign * w;
            else
                net.W(k, col - 1) = sign * w;
        }
    }
    if (undecided) return Verdict::Unknown;
    const double residual = (predict(net, X) - y).cwiseAbs().maxCoeff();
    return residual <= tolerance ? Verdict::Realized : Verdict::Unknown;
}

}  // namespace

RankBoundResult sparsestRankBound(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                  const SparsestConfig& config, const RankBoundOptions& options,
                                  std::stop_token stop) {
    RankBoundResult out;
    const auto t0 = Clock::now();
    const auto finish = [&](std::string reason) {
        out.reason = std::move(reason);
        out.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        return out;
    };
    const int N = static_cast<int>(X.rows());
    if (N == 0 || N > options.maxSamples || N > kMaxPatternSamples)
        return finish("skipped: rank bound only for up to " +
                      std::to_string(std::min(options.maxSamples, kMaxPatternSamples)) +
                      " samples");
    if (X.cols() > kMaxInputs)
        return finish("skipped: rank bound only for up to " + std::to_string(kMaxInputs) +
                      " inputs");
    const auto seconds = [](double s) {
        return std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(std::max(0.0, s)));
    };
    const auto deadline = t0 + seconds(options.seconds);
    const double tau =
        options.tolerance >= 0.0 ? options.tolerance : 1e-9 * (1.0 + y.cwiseAbs().maxCoeff());
    const double limit = config.epsilon + tau;
    out.tolerance = limit;
    const Eigen::MatrixXd lifted = liftedData(X);  // for the witness checks, built once
    const int cols = static_cast<int>(X.cols()) + (config.countBiases ? 1 : 0);
    const int maxCost = options.stopAtCost >= 0 ? std::min(cols, options.stopAtCost) : cols;
    try {
        const AtomList list = buildAtoms(X, config.countBiases, std::max(1, maxCost),
                                         options.maxAtoms, deadline, stop);
        out.atoms = static_cast<int>(list.atoms.size());
        if (!list.problem.empty()) return finish("skipped: " + list.problem);
        CombinationSearch search(list, y, !config.countBiases, limit, deadline, stop);
        const int lastLevel =
            options.stopAtCost >= 0 ? options.stopAtCost : effectiveWidth(config, N) * cols;
        out.computed = true;
        for (int level = 0; level <= lastLevel; ++level) {
            // 1. The relaxation: refute the level, or find spans that contain y (and, for a
            //    few seconds, a combination that is already a network).
            const CombinationSearch::Accept quickWitness = [&](const std::vector<int>& chosen,
                                                               int count, int) {
                if (!options.findWitness) return true;
                if (out.witnessChecks++ == 0)  // the bound is settled: what is left is the witness
                    search.setDeadline(Clock::now() + seconds(options.witnessSeconds));
                out.hasWitness =
                    classifyCombination(X, lifted, y, config, limit, list.atoms, chosen, count,
                                        out.witness) == Verdict::Realized;
                return out.hasWitness;
            };
            search.run(level, quickWitness);
            out.combinations = search.combinations();
            out.nearestMiss = search.nearestMiss();
            if (!search.sawFit()) {
                if (search.aborted()) {
                    out.bound = level;  // every level below was refuted completely
                    out.timedOut = true;
                    return finish("time ran out at level " + std::to_string(level));
                }
                out.bound = level + 1;
                continue;
            }
            out.bound = level;
            out.fitsAtBound = true;
            if (out.hasWitness) return finish("fits at " + std::to_string(level) + " (realized)");
            if (!options.refine || !config.countBiases || level > N)
                return finish("fits at " + std::to_string(level) +
                              "; no network found in the time given to the search");
            // 2. Refinement: the level holds no network iff no full-rank combination of units
            //    (one per atom, unmerged) is one — valid when every span that fits has full
            //    rank, since a network of cost `level` spans what its reduced combination spans.
            bool deficient = false;
            search.run(level, [&](const std::vector<int>&, int, int rank) {
                deficient = rank < level;
                return deficient;
            });
            out.combinations = search.combinations();
            if (search.aborted())
                return finish("fits at " + std::to_string(level) + "; time ran out before the " +
                              "exact search");
            if (deficient)
                return finish("fits at " + std::to_string(level) +
                              " in a rank-deficient span: no exact search");
            const AtomList exactList =
                buildAtoms(X, true, level, options.maxAtoms, deadline, stop, /*exact=*/true);
            if (!exactList.problem.empty())
                return finish("fits at " + std::to_string(level) +
                              "; exact search skipped: " + exactList.problem);
            CombinationSearch exact(exactList, y, false, limit, deadline, stop, /*exact=*/true);
            long long undecided = 0;
            exact.run(level, [&](const std::vector<int>& chosen, int count, int) {
                ++out.exactChecks;
                const Verdict v = classifyCombination(X, lifted, y, config, limit, exactList.atoms,
                                                      chosen, count, out.witness);
                if (v == Verdict::Unknown) ++undecided;
                out.hasWitness = v == Verdict::Realized;
                return out.hasWitness;
            });
            out.combinations += exact.combinations();
            if (out.hasWitness)
                return finish("fits at " + std::to_string(level) +
                              " (realized by the exact search)");
            if (exact.aborted())
                return finish("fits at " + std::to_string(level) +
                              "; time ran out in the exact search");
            if (undecided > 0)
                return finish("fits at " + std::to_string(level) + "; " +
                              std::to_string(undecided) + " combinations undecided");
            ++out.refinedLevels;  // no network of this cost: the bound moves past it
            out.bound = level + 1;
            out.fitsAtBound = false;
        }
        return finish("every combination up to cost " + std::to_string(lastLevel) + " refuted");
    } catch (const std::exception& e) {
        out.computed = false;
        out.bound = 0;
        return finish(std::string("skipped: ") + e.what());
    }
}

}  // namespace smip
