#include "core/sparsest/rank_bound.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <ctime>
#include <deque>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "core/sparsest/halfspace_patterns.h"
#include "core/sparsest/max_norm_distance.h"

namespace smip {

namespace {

using Clock = std::chrono::steady_clock;

/// CPU seconds of the calling thread (0 where the platform has no per-thread clock): what a
/// level's split costs each thread, independent of how much of a core the machine gave it.
double threadCpuSeconds() {
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0) return 0.0;
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
#else
    return 0.0;
#endif
}
constexpr int kMaxInputs = 12;  // 2^(d+1) supports beyond this: not worth enumerating

/// A unit with a fixed support and activation pattern: its outputs span D(a)·X_S.
struct Atom {
    int cost = 0;                   ///< counted nonzeros of the support
    ActivationPattern pattern = 0;  ///< active samples
    std::uint32_t columns = 0;      ///< bit 0 = bias, bit j+1 = feature j (free bias included)
    int rank = 0;                   ///< dimension of the span
    std::size_t offset = 0;         ///< first of `rank` orthonormal N-vectors in the basis store
    /// Unit kinds, full-rank atoms: the masked columns are B·T for the stored basis B (T upper
    /// triangular, rank × rank); T⁻¹ column-major at this offset of AtomList::inverseT, and
    /// ‖T⁻¹‖_F. They turn a combination's last unit's weights into a few flops (lastUnitRefuted).
    std::size_t inverseTOffset = 0;
    double inverseTNorm = 0.0;
};

/// ‖R⁻¹‖_F² of an upper-triangular c × c matrix given as r(i, j) (nonzero diagonal), column j of
/// R⁻¹ by back substitution on e_j: c³/6 flops, no allocation (c ≤ kMaxPatternSamples).
template <class Entry>
double upperInverseFrobenius2(const Entry& r, int c) {
    std::array<double, kMaxPatternSamples> x{};
    double sum2 = 0.0;
    for (int j = 0; j < c; ++j)
        for (int i = j; i >= 0; --i) {
            double v = i == j ? 1.0 : 0.0;
            for (int k = i + 1; k <= j; ++k)
                v -= r(i, k) * x[static_cast<std::size_t>(k)];
            x[static_cast<std::size_t>(i)] = v / r(i, i);
            sum2 += x[static_cast<std::size_t>(i)] * x[static_cast<std::size_t>(i)];
        }
    return sum2;
}

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
/// rank found. With `T` (m.cols() square, zeroed here): m = B·T where B is what was appended,
/// meaningful when the rank is m.cols().
int appendOrthonormal(const Eigen::MatrixXd& m, std::vector<double>& store, std::size_t offset,
                      Eigen::MatrixXd* T = nullptr) {
    const Eigen::Index n = m.rows();
    if (T != nullptr) T->setZero(m.cols(), m.cols());
    int rank = 0;
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
        Eigen::VectorXd v = m.col(c);
        const double original = v.norm();
        if (original == 0.0) continue;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < rank; ++i) {
                Eigen::Map<const Eigen::VectorXd> q(store.data() + offset + i * n, n);
                const double dot = q.dot(v);
                v -= dot * q;
                if (T != nullptr) (*T)(i, c) += dot;
            }
        const double norm = v.norm();
        if (norm <= 1e-9 * original) continue;
        if (T != nullptr) (*T)(rank, c) = norm;
        store.resize(offset + (rank + 1) * n);
        Eigen::Map<Eigen::VectorXd>(store.data() + offset + rank * n, n) = v / norm;
        ++rank;
    }
    return rank;
}

struct AtomList {
    std::vector<Atom> atoms;
    std::vector<double> basis;
    std::vector<double> inverseT;  ///< unit kinds: each full-rank atom's T⁻¹ (Atom)
    Eigen::MatrixXd lifted;        ///< the data with a leading column of ones (liftedData)
    std::string problem;           ///< non-empty: could not be built (too many)
};

/// Relaxation only: removes every atom whose span lies inside a full-span atom's (R^b for its
/// pattern b) of no greater cost, i.e. b ⊇ its pattern — any combination using it spans no more
/// than the same combination with that atom instead, at no more cost. (Full-span atoms are those
/// with rank = |pattern|; same-pattern ones are already merged, keeping the cheapest.)
void dropDominated(std::vector<Atom>& atoms) {
    std::vector<std::pair<ActivationPattern, int>> fullSpans;  // (pattern, cost)
    for (const Atom& a : atoms)
        if (a.rank == std::popcount(a.pattern)) fullSpans.emplace_back(a.pattern, a.cost);
    const auto dominated = [&](const Atom& a) {
        const bool full = a.rank == std::popcount(a.pattern);
        for (const auto& [b, cost] : fullSpans)
            if (cost <= a.cost && (b & a.pattern) == a.pattern && (!full || b != a.pattern))
                return true;
        return false;
    };
    atoms.erase(std::remove_if(atoms.begin(), atoms.end(), dominated), atoms.end());
}

/// What buildAtoms lists.
enum class AtomKind {
    Spans,          ///< the relaxation: one atom per distinct span worth combining
    FullRankUnits,  ///< every possible unit of full column rank (rank = cost), none merged
    AllUnits        ///< every possible unit (any rank ≥ 1), none merged
};

/// Every (support, realizable pattern) atom with cost ≤ maxCost, sorted by cost. Spans: atoms
/// whose span is all of R^{a} (rank = |a|) are kept once per pattern, the cheapest, since they
/// are equal; with `prune`, dominated atoms are dropped (dropDominated). The unit kinds list one
/// atom per possible unit of a network (of a full-rank one, or of any).
AtomList buildAtoms(const Eigen::MatrixXd& X, bool countBiases, int maxCost, long long maxAtoms,
                    Clock::time_point deadline, std::stop_token stop, AtomKind kind, bool prune) {
    const bool exact = kind != AtomKind::Spans;
    AtomList list;
    list.lifted = liftedData(X);
    const Eigen::MatrixXd& L = list.lifted;
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
            Eigen::MatrixXd T;
            atom.rank = appendOrthonormal(masked, list.basis, atom.offset, exact ? &T : nullptr);
            if (atom.rank == 0) continue;
            if (kind == AtomKind::FullRankUnits && atom.rank != cost) {
                list.basis.resize(atom.offset);
                continue;
            }
            if (exact && atom.rank == T.cols()) {
                const Eigen::MatrixXd inverse = T.triangularView<Eigen::Upper>().solve(
                    Eigen::MatrixXd::Identity(T.rows(), T.cols()));
                atom.inverseTOffset = list.inverseT.size();
                atom.inverseTNorm = inverse.norm();
                list.inverseT.insert(list.inverseT.end(), inverse.data(),
                                     inverse.data() + inverse.size());
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
    if (!exact && prune) dropDominated(list.atoms);
    // Stable: within a cost, the order of discovery (the fullSpanAtom indices are not used again).
    std::stable_sort(list.atoms.begin(), list.atoms.end(),
                     [](const Atom& a, const Atom& b) { return a.cost < b.cost; });
    return list;
}

/// Samples the combination must make active: a sample no unit of it is active on outputs 0, so
/// |y_n| > ε + τ there refutes it whatever the weights (with a free bias the constant reaches it,
/// and nothing is required). `reach(j, c)` is the union of the patterns of atoms j, j + 1, ... of
/// cost ≤ c: when it misses a required sample the combination cannot be completed from there.
struct Coverage {
    ActivationPattern need = 0;
    int maxCost = 0;
    std::vector<ActivationPattern> table;  ///< (atoms + 1) × (maxCost + 1)

    Coverage(const std::vector<Atom>& atoms, const Eigen::VectorXd& y, double limit,
             bool required) {
        if (required)
            for (Eigen::Index n = 0; n < y.size(); ++n)
                if (std::abs(y(n)) > limit) need |= ActivationPattern{1} << n;
        for (const Atom& a : atoms)
            maxCost = std::max(maxCost, a.cost);
        const std::size_t width = static_cast<std::size_t>(maxCost) + 1;
        table.assign((atoms.size() + 1) * width, 0);
        for (std::size_t j = atoms.size(); j-- > 0;)
            for (int c = 0; c <= maxCost; ++c)
                table[j * width + static_cast<std::size_t>(c)] =
                    table[(j + 1) * width + static_cast<std::size_t>(c)] |
                    (atoms[j].cost <= c ? atoms[j].pattern : 0);
    }
    ActivationPattern reach(std::size_t j, int cost) const {
        return table[j * (static_cast<std::size_t>(maxCost) + 1) +
                     static_cast<std::size_t>(std::min(cost, maxCost))];
    }
};

/// What the threads of one level share: the stop, a deadline that can be shortened while they
/// run, and the two reasons to end a level early (a combination was accepted, time is up).
struct alignas(64) SharedControl {
    std::stop_token stop;
    std::atomic<Clock::rep> deadline{Clock::time_point::max().time_since_epoch().count()};
    std::atomic<bool> accepted{false};
    std::atomic<bool> timeUp{false};
    std::atomic<bool> sawFit{false};
    /// Called by worker 0 (the calling thread) every `beatInterval` while a level runs.
    std::function<void()> heartbeat;
    Clock::duration beatInterval{};
    Clock::time_point nextBeat{};  ///< worker 0's alone

    void shortenDeadline(Clock::time_point t) {
        const Clock::rep want = t.time_since_epoch().count();
        Clock::rep now = deadline.load(std::memory_order_relaxed);
        while (want < now && !deadline.compare_exchange_weak(now, want)) {
        }
    }
    bool pastDeadline(Clock::time_point now) const {
        return now.time_since_epoch().count() > deadline.load(std::memory_order_relaxed);
    }
};

/// Called for every fitting combination (atoms[0..count), span dimension `rank`) by the thread
/// `worker` that found it; returning true ends the level on every thread. Must be thread-safe.
using Accept = std::function<bool(const std::vector<int>& atoms, int count, int rank, int worker)>;

/// One thread's depth-first search over atom combinations of total cost ≤ budget, keeping an
/// orthonormal basis of their span and y's residual against it. The workspace is allocated once;
/// nothing is allocated inside the search. Cache-line aligned: the threads' counters are written
/// per combination, and two workspaces sharing a line would make every write a cache miss.
class alignas(64) CombinationSearch {
  public:
    /// `kind` is that of the atom list. FullRankUnits: every atom is one unit (no merging of
    /// same-pattern atoms) and must add its full cost in dimensions — the enumeration of
    /// full-rank networks. AllUnits: every multiset of units of exactly the level's cost (an
    /// atom may repeat: two units may share support and pattern), whatever the rank, each
    /// offered to accept when its span fits — the enumeration of all networks of that cost.
    CombinationSearch(const AtomList& list, const Eigen::VectorXd& y, bool freeConstant,
                      double limit, SharedControl& shared, const Coverage& coverage, AtomKind kind)
        : exact_(kind != AtomKind::Spans),
          allUnits_(kind == AtomKind::AllUnits),
          filterLastUnit_(kind == AtomKind::FullRankUnits),
          coverage_(coverage),
          atoms_(list.atoms),
          basis_(list.basis),
          inverseT_(list.inverseT),
          lifted_(list.lifted),
          n_(static_cast<int>(y.size())),
          threshold2_(static_cast<double>(y.size()) * limit * limit),
          limit_(limit),
          shared_(shared),
          q_(static_cast<std::size_t>(n_ * n_)),
          y_(y.data(), y.data() + y.size()),
          // ‖c‖₂ for any c that could bring Qc within the limit of y (certifiedMaxNormLowerBound)
          coefficientBound_(2.0 * (y.norm() + std::sqrt(static_cast<double>(y.size())) * limit)),
          stack_(64) {
        rho_.assign(static_cast<std::size_t>(n_) * 65, 0.0);
        covered_.assign(65, 0);
        const std::size_t c = static_cast<std::size_t>(lifted_.cols());
        if (filterLastUnit_) {  // only lastUnitRefuted reads what extend records there
            newCoefficients_.assign(65 * c * c, 0.0);
            newProjections_.assign(65 * c, 0.0);
            allocateComplement();
        }
        Eigen::Map<Eigen::VectorXd>(rho_.data(), n_) = y;
        if (freeConstant) {  // biases are free: a bias-only unit adds any constant
            Eigen::Map<Eigen::VectorXd> q(q_.data(), n_);
            q.setConstant(1.0 / std::sqrt(static_cast<double>(n_)));
            Eigen::Map<Eigen::VectorXd> rho(rho_.data(), n_);
            rho -= q.dot(rho) * q;
            baseRank_ = 1;
        }
    }

    /// Prepares for a level: `budget` is its cost, `worker` this thread's index for `accept`.
    void startLevel(int budget, const Accept& accept, int worker) {
        budget_ = budget;
        accept_ = &accept;
        worker_ = worker;
        halt_ = false;
        currentFirst_ = -1;
    }

    /// The empty combination (the root): true when y itself fits; its children are then not
    /// searched (like any fitting combination's). Calls accept in that case.
    bool rootFits() {
        tick();
        if (!nodeFits(0, baseRank_)) {
            noteMiss(0);
            return false;
        }
        shared_.sawFit.store(true, std::memory_order_relaxed);
        if ((*accept_)(stack_, 0, baseRank_, worker_)) shared_.accepted.store(true);
        return true;
    }
    bool rootHasChildren() const { return budget_ > 0 && baseRank_ < n_; }

    /// The level's part `t` under first atom `i`: t = 0 is the combination {i} itself, t ≥ 1
    /// everything whose two cheapest-index atoms are i and i + t. Parts are independent, so any
    /// thread may take any of them; consecutive parts of one i reuse the first atom's state.
    void runPart(int i, int t) {
        if (allUnits_) {
            runAllUnitsPart(i, t);
            return;
        }
        if (i != currentFirst_) {
            currentFirst_ = i;
            stack_[0] = i;
            // Only part 0 can be a leaf ({i} spends the whole budget): no double counting there.
            firstRank_ = step(0, static_cast<std::size_t>(i), budget_, baseRank_);
            firstFits_ = firstRank_ >= 0 && nodeFits(1, firstRank_);
        }
        if (firstRank_ < 0) return;
        const int left = budget_ - atoms_[static_cast<std::size_t>(i)].cost;
        if (t == 0) {
            tick();
            if (halt_) return;
            if (firstFits_) {
                shared_.sawFit.store(true, std::memory_order_relaxed);
                if (!lastUnitRefuted(1) && (*accept_)(stack_, 1, firstRank_, worker_))
                    acceptedHere();
            } else {
                noteMiss(1);
            }
            return;
        }
        if (firstFits_ || left == 0 || firstRank_ >= n_) return;
        const std::size_t j = static_cast<std::size_t>(i + t);
        const int grown = step(1, j, left, firstRank_);
        if (grown < 0) return;
        stack_[1] = static_cast<int>(j);
        if (visit(2, j + 1, left - atoms_[j].cost, grown)) acceptedHere();
    }

    /// The shared flags without the clock (between parts, each often a single combination):
    /// false once this thread should stop.
    bool keepGoing() {
        if (shared_.stop.stop_requested()) shared_.timeUp.store(true, std::memory_order_relaxed);
        if (shared_.timeUp.load(std::memory_order_relaxed) ||
            shared_.accepted.load(std::memory_order_relaxed))
            halt_ = true;
        return !halt_;
    }
    long long combinations() const { return combinations_.load(std::memory_order_relaxed); }
    double nearestMiss2() const { return nearestMiss2_; }
    long long maxNormLps() const { return maxNormLps_; }
    long long maxNormRefuted() const { return maxNormRefuted_; }
    long long lastUnitRefutations() const { return lastUnitRefutations_; }
    /// Leaves that would span all of R^N are skipped uncounted as fits (a search that accepts
    /// only rank-deficient fits: they would all be declined).
    void setSkipSpanningLeaves(bool skip) {
        skipSpanningLeaves_ = skip;
        if (skip && complement_.empty()) allocateComplement();
    }

  private:
    // Full-rank networks: a fitting combination whose last unit cannot have its own pattern is
    // refuted here, before the whole least-squares check (classifyCombination) sees it. With A =
    // [A_prefix, A_a] = QR, the last unit's weights are θ_a = R_aa⁻¹·Q_aᵀy (R upper triangular),
    // and extend() has just computed both factors: the atom's stored basis B orthogonalized
    // against the prefix's span, (I − QQᵀ)·B = Q_a·U, with Q_aᵀρ, so R_aa = U·T and θ_a = T⁻¹U⁻¹·
    // Q_aᵀρ in a few dozen flops. Any weights fitting within the tolerance lie within
    // ‖R_aa⁻¹‖_F·(‖ρ_leaf‖ + √N·limit) of θ_a (the same argument and slack as
    // classifyByLeastSquares, restricted to the last block row of R⁻¹), so a violation beyond
    // it for both output signs refutes the combination: a random θ_a rarely has its unit's
    // pattern. Leaves that complete R^N get the same test earlier, without extend()
    // (completingLeafRefuted); this one serves the others.
    bool lastUnitRefuted(int depth) {
        if (!filterLastUnit_ || depth < 1) return false;
        const Atom& a =
            atoms_[static_cast<std::size_t>(stack_[static_cast<std::size_t>(depth) - 1])];
        const int c = a.rank;
        if (c != a.cost || a.inverseTNorm <= 0.0) return false;
        const std::size_t cols = static_cast<std::size_t>(lifted_.cols());
        const double* U = newCoefficients_.data() + static_cast<std::size_t>(depth) * cols * cols;
        const double* z = newProjections_.data() + static_cast<std::size_t>(depth) * cols;
        const auto u = [&](int i, int j) { return U[static_cast<std::size_t>(j) * cols + i]; };
        std::array<double, 32> w{}, theta{};
        for (int i = c; i-- > 0;) {  // U w = z
            double v = z[i];
            for (int k = i + 1; k < c; ++k)
                v -= u(i, k) * w[static_cast<std::size_t>(k)];
            if (u(i, i) <= 0.0) return false;
            w[static_cast<std::size_t>(i)] = v / u(i, i);
        }
        const double uInverse2 = upperInverseFrobenius2(u, c);  // ‖U⁻¹‖_F²
        applyInverseT(a, w.data(), theta.data());
        const double* rho = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double r2 = 0.0;
        for (int i = 0; i < n_; ++i)
            r2 += rho[i] * rho[i];
        const double dTheta = a.inverseTNorm * std::sqrt(uInverse2) *
                              (std::sqrt(r2) + std::sqrt(static_cast<double>(n_)) * limit_);
        if (!patternBrokenForBothSigns(a, theta.data(), dTheta)) return false;
        ++lastUnitRefutations_;
        return true;
    }

    // θ = T⁻¹w for the atom's stored T⁻¹ (upper triangular, rank × rank).
    void applyInverseT(const Atom& a, const double* w, double* theta) const {
        const std::size_t c = static_cast<std::size_t>(a.rank);
        const double* Tinv = inverseT_.data() + a.inverseTOffset;
        for (std::size_t i = 0; i < c; ++i) {
            double v = 0.0;
            for (std::size_t k = i; k < c; ++k)
                v += Tinv[k * c + i] * w[k];
            theta[i] = v;
        }
    }

    // The unit's pre-activations S_a·θ on every sample against its pattern, for v = +1 and −1,
    // each sample allowed the slack weights within dTheta of θ could add: true when both signs
    // break the pattern beyond it.
    bool patternBrokenForBothSigns(const Atom& a, const double* theta, double dTheta) const {
        bool plusBroken = false, minusBroken = false;
        for (int n = 0; n < n_; ++n) {
            double g = 0.0, rowNorm2 = 0.0;
            for (int col = 0, k = 0; col < lifted_.cols(); ++col) {
                if (!(a.columns & (1u << col))) continue;
                const double l = lifted_(n, col);
                g += l * theta[k++];
                rowNorm2 += l * l;
            }
            const double slack = std::sqrt(rowNorm2) * dTheta + 1e-12 * (1.0 + std::abs(g));
            const double vPlus = a.pattern & (ActivationPattern{1} << n) ? -g : g;
            plusBroken = plusBroken || vPlus > slack;
            minusBroken = minusBroken || -vPlus > slack;
            if (plusBroken && minusBroken) return true;
        }
        return false;
    }

    // lastUnitRefuted for a leaf whose atom completes R^N (rank + cost = N), before extend():
    // the complement of the prefix's span has an orthonormal basis Z (N × c, once per prefix),
    // the leaf has full rank iff M = ZᵀB is nonsingular, and then R_aa ≅ M·T (same singular
    // values), θ_a = T⁻¹M⁻¹·Zᵀρ and the leaf's residual is 0. Most leaves of a level of cost N
    // end here without being orthogonalized. Not refuted (or M nearly singular): the full path.
    bool completingLeafRefuted(const Atom& a, int depth) {
        const int c = a.cost;
        if (a.rank != c || a.inverseTNorm <= 0.0 || c > 24) return false;
        const double* Z = complementOf(depth, c);
        const double* zRho = complementProjections_.data() + static_cast<std::size_t>(depth) * 24;
        std::array<double, 24 * 24> M;  // ZᵀB, column-major c × c (not zeroed), then its LU
        const double* B = basis_.data() + a.offset;
        for (int k = 0; k < c; ++k)
            for (int t = 0; t < c; ++t) {
                double v = 0.0;
                for (int n = 0; n < n_; ++n)
                    v += Z[static_cast<std::size_t>(t) * n_ + n] *
                         B[static_cast<std::size_t>(k) * n_ + n];
                M[static_cast<std::size_t>(k) * c + t] = v;
            }
        std::array<int, 24> perm{};
        double largest = 0.0;
        for (int i = 0; i < c * c; ++i)
            largest = std::max(largest, std::abs(M[static_cast<std::size_t>(i)]));
        const auto m = [&](int i, int j) -> double& {
            return M[static_cast<std::size_t>(j) * c + i];
        };
        for (int j = 0; j < c; ++j) {  // LU with partial pivoting
            int p = j;
            for (int i = j + 1; i < c; ++i)
                if (std::abs(m(i, j)) > std::abs(m(p, j))) p = i;
            if (!(std::abs(m(p, j)) > 1e-8 * largest)) return false;  // nearly rank-deficient
            perm[static_cast<std::size_t>(j)] = p;
            if (p != j)
                for (int k = 0; k < c; ++k)
                    std::swap(m(j, k), m(p, k));
            for (int i = j + 1; i < c; ++i) {
                m(i, j) /= m(j, j);
                for (int k = j + 1; k < c; ++k)
                    m(i, k) -= m(i, j) * m(j, k);
            }
        }
        const auto solve = [&](double* x) {  // x ← M⁻¹x
            for (int j = 0; j < c; ++j) {
                std::swap(x[j], x[perm[static_cast<std::size_t>(j)]]);
                for (int i = j + 1; i < c; ++i)
                    x[i] -= m(i, j) * x[j];
            }
            for (int i = c; i-- > 0;) {
                for (int k = i + 1; k < c; ++k)
                    x[i] -= m(i, k) * x[k];
                x[i] /= m(i, i);
            }
        };
        std::array<double, 24> w{}, e{}, theta{};
        std::copy(zRho, zRho + c, w.begin());
        solve(w.data());
        double mInverse2 = 0.0;  // ‖M⁻¹‖_F²
        for (int j = 0; j < c; ++j) {
            e.fill(0.0);
            e[static_cast<std::size_t>(j)] = 1.0;
            solve(e.data());
            for (int i = 0; i < c; ++i)
                mInverse2 += e[static_cast<std::size_t>(i)] * e[static_cast<std::size_t>(i)];
        }
        applyInverseT(a, w.data(), theta.data());
        const double dTheta =
            a.inverseTNorm * std::sqrt(mInverse2) * std::sqrt(static_cast<double>(n_)) * limit_;
        if (!patternBrokenForBothSigns(a, theta.data(), dTheta)) return false;
        tick();
        ++lastUnitRefutations_;
        return true;
    }

    // Whether extend() would make this leaf span all of R^N (then it fits with rank N, and a
    // search that only wants rank-deficient fits skips it): the atom's basis in coordinates of
    // the complement Z, M = ZᵀB, Gram–Schmidt on its columns in extend's order. Extend's
    // orthogonalization works on the same vectors up to the isometry Z, so its norms are these;
    // a norm near extend's own threshold (1e-8) answers false and leaves the leaf to extend.
    bool leafSpansEverything(const Atom& a, int depth, int rank) {
        const int c = n_ - rank;  // dimensions still missing
        if (c <= 0 || c > 24 || a.rank > 24) return false;
        const double* Z = complementOf(depth, c);
        const double* B = basis_.data() + a.offset;
        std::array<double, 24 * 24> basis;  // accepted columns (c entries each; not zeroed)
        int found = 0;
        for (int k = 0; k < a.rank && found < c; ++k) {
            std::array<double, 24> v{};
            for (int t = 0; t < c; ++t) {
                double dot = 0.0;
                for (int n = 0; n < n_; ++n)
                    dot += Z[static_cast<std::size_t>(t) * n_ + n] *
                           B[static_cast<std::size_t>(k) * n_ + n];
                v[static_cast<std::size_t>(t)] = dot;
            }
            for (int pass = 0; pass < 2; ++pass)
                for (int f = 0; f < found; ++f) {
                    const double* u = basis.data() + static_cast<std::size_t>(f) * c;
                    double dot = 0.0;
                    for (int t = 0; t < c; ++t)
                        dot += u[t] * v[static_cast<std::size_t>(t)];
                    for (int t = 0; t < c; ++t)
                        v[static_cast<std::size_t>(t)] -= dot * u[t];
                }
            double n2 = 0.0;
            for (int t = 0; t < c; ++t)
                n2 += v[static_cast<std::size_t>(t)] * v[static_cast<std::size_t>(t)];
            if (n2 > 1e-17 && n2 < 1e-10) return false;  // too close to extend's threshold
            if (n2 <= 1e-17) continue;                   // dependent, as extend will find
            const double inv = 1.0 / std::sqrt(n2);
            for (int t = 0; t < c; ++t)
                basis[static_cast<std::size_t>(found) * c + t] =
                    v[static_cast<std::size_t>(t)] * inv;
            ++found;
        }
        return found == c;
    }

    // The buffers of complementOf, per depth (once per search that needs them).
    void allocateComplement() {
        const std::size_t n = static_cast<std::size_t>(n_);
        complement_.assign(65 * n * n, 0.0);
        complementProjections_.assign(65 * 24, 0.0);
        projector_.assign(n * n, 0.0);
    }

    // Orthonormal basis (N × c, column-major) of the complement of the span at `depth` (q's
    // 0..N−c−1), and Zᵀρ there: built when the prefix at that depth changed since the last call.
    // Greedy: the column of I − QQᵀ − ZZᵀ of largest norm is the next basis vector.
    const double* complementOf(int depth, int c) {
        const std::size_t d = static_cast<std::size_t>(depth);
        double* Z = complement_.data() + d * static_cast<std::size_t>(n_) * n_;
        if (complementVersion_[d] == prefixVersion_[d]) return Z;
        complementVersion_[d] = prefixVersion_[d];
        const int rank = n_ - c;
        std::vector<double>& P = projector_;  // I − QQᵀ, column-major, reduced as Z grows
        for (int j = 0; j < n_; ++j)
            for (int i = 0; i < n_; ++i) {
                double v = i == j ? 1.0 : 0.0;
                for (int r = 0; r < rank; ++r)
                    v -= q_[static_cast<std::size_t>(r) * n_ + i] *
                         q_[static_cast<std::size_t>(r) * n_ + j];
                P[static_cast<std::size_t>(j) * n_ + i] = v;
            }
        for (int t = 0; t < c; ++t) {
            int best = 0;
            double bestNorm2 = -1.0;
            for (int j = 0; j < n_; ++j) {
                double n2 = 0.0;
                for (int i = 0; i < n_; ++i)
                    n2 += P[static_cast<std::size_t>(j) * n_ + i] *
                          P[static_cast<std::size_t>(j) * n_ + i];
                if (n2 > bestNorm2) {
                    bestNorm2 = n2;
                    best = j;
                }
            }
            double* z = Z + static_cast<std::size_t>(t) * n_;
            const double inv = bestNorm2 > 0.0 ? 1.0 / std::sqrt(bestNorm2) : 0.0;
            for (int i = 0; i < n_; ++i)
                z[i] = P[static_cast<std::size_t>(best) * n_ + i] * inv;
            for (int pass = 0; pass < 2; ++pass)  // re-orthogonalize z against the span and Z
                for (int k = 0; k < rank + t; ++k) {
                    const double* u = k < rank ? q_.data() + static_cast<std::size_t>(k) * n_
                                               : Z + static_cast<std::size_t>(k - rank) * n_;
                    double dot = 0.0;
                    for (int i = 0; i < n_; ++i)
                        dot += u[i] * z[i];
                    for (int i = 0; i < n_; ++i)
                        z[i] -= dot * u[i];
                }
            double n2 = 0.0;
            for (int i = 0; i < n_; ++i)
                n2 += z[i] * z[i];
            const double zInv = n2 > 0.0 ? 1.0 / std::sqrt(n2) : 0.0;
            for (int i = 0; i < n_; ++i)
                z[i] *= zInv;
            for (int j = 0; j < n_; ++j) {  // P ← P − z zᵀP
                double dot = 0.0;
                for (int i = 0; i < n_; ++i)
                    dot += z[i] * P[static_cast<std::size_t>(j) * n_ + i];
                for (int i = 0; i < n_; ++i)
                    P[static_cast<std::size_t>(j) * n_ + i] -= dot * z[i];
            }
        }
        const double* rho = rho_.data() + d * static_cast<std::size_t>(n_);
        double* zRho = complementProjections_.data() + d * 24;
        for (int t = 0; t < c; ++t) {
            double v = 0.0;
            for (int i = 0; i < n_; ++i)
                v += Z[static_cast<std::size_t>(t) * n_ + i] * rho[i];
            zRho[t] = v;
        }
        return Z;
    }

    // AllUnits: only combinations of exactly the budget are networks worth checking (every
    // cheaper level is known to hold none), so the span is tested at the leaves only, and every
    // inner node is extended whether it fits or not. Part 0 of atom i also holds the subtrees
    // that repeat atom i as the second unit.
    void runAllUnitsPart(int i, int t) {
        if (i != currentFirst_) {
            currentFirst_ = i;
            stack_[0] = i;
            firstRank_ = step(0, static_cast<std::size_t>(i), budget_, baseRank_);
        }
        if (firstRank_ < 0) return;
        const int left = budget_ - atoms_[static_cast<std::size_t>(i)].cost;
        if (left == 0) {
            if (t == 0 && leafAccepted(1, firstRank_)) acceptedHere();
            return;
        }
        const std::size_t j = static_cast<std::size_t>(i + t);
        if (atoms_[j].cost > left) return;
        const int grown = step(1, j, left, firstRank_);
        if (grown < 0) return;
        stack_[1] = static_cast<int>(j);
        if (visitAllUnits(2, j, left - atoms_[j].cost, grown)) acceptedHere();
    }

    bool leafAccepted(int depth, int rank) {
        tick();
        if (halt_) return false;
        if (!nodeFits(depth, rank)) {
            noteMiss(depth);
            return false;
        }
        shared_.sawFit.store(true, std::memory_order_relaxed);
        return (*accept_)(stack_, depth, rank, worker_);
    }

    bool visitAllUnits(int depth, std::size_t first, int left, int rank) {
        if (left == 0) return leafAccepted(depth, rank);
        tick();
        if (halt_ || depth >= 63) return false;
        for (std::size_t i = first; i < atoms_.size(); ++i) {
            const Atom& a = atoms_[i];
            if (a.cost > left) break;
            const int grown = step(depth, i, left, rank);
            if (halt_) return false;
            if (grown < 0) continue;
            stack_[static_cast<std::size_t>(depth)] = static_cast<int>(i);
            if (visitAllUnits(depth + 1, i, left - a.cost, grown)) return true;
            if (halt_) return false;
        }
        return false;
    }

    void acceptedHere() {
        shared_.accepted.store(true);
        halt_ = true;
    }

    void poll() {
        const Clock::time_point now = Clock::now();
        if (shared_.stop.stop_requested() || shared_.pastDeadline(now))
            shared_.timeUp.store(true, std::memory_order_relaxed);
        if (shared_.timeUp.load(std::memory_order_relaxed) ||
            shared_.accepted.load(std::memory_order_relaxed))
            halt_ = true;
        // Not once the level is ending: a report then would describe a search that stopped.
        if (!halt_ && worker_ == 0 && shared_.heartbeat && now >= shared_.nextBeat) {
            shared_.nextBeat = now + shared_.beatInterval;
            shared_.heartbeat();  // may request the stop: seen at the next poll
        }
    }
    // Counts a combination; every 1024 a look at the stop, the clock and the other threads
    // (~25 ns against ≥ 100 µs of work: a stop is seen within a millisecond).
    // The counter is atomic only so that the heartbeat may read it: one writer, relaxed order,
    // compiled to a plain increment.
    void tick() {
        const long long count = combinations_.load(std::memory_order_relaxed) + 1;
        combinations_.store(count, std::memory_order_relaxed);
        if ((count & 0x3ff) == 0) poll();
    }

    // The cheap necessary tests first (‖ρ‖₂ and withinLimit's bound on the max-norm distance);
    // what passes them gets the exact distance by the LP, refuted only with a checked
    // certificate. With a complement of dimension ≤ 1 the cheap bound is already exact.
    bool nodeFits(int depth, int rank) {
        const double* rho = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double r2 = 0.0;
        for (int i = 0; i < n_; ++i)
            r2 += rho[i] * rho[i];
        if (r2 > threshold2_ || !withinLimit(rho)) return false;
        if (rank >= n_ - 1 || r2 == 0.0) return true;
        ++maxNormLps_;
        const double lower =
            distance_.lowerBound(q_.data(), n_, rank, rho, y_.data(), coefficientBound_, limit_);
        if (lower <= limit_) return true;
        ++maxNormRefuted_;
        return false;
    }
    void noteMiss(int depth) {
        const double* rho = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double r2 = 0.0;
        for (int i = 0; i < n_; ++i)
            r2 += rho[i] * rho[i];
        if (r2 < nearestMiss2_) nearestMiss2_ = r2;
    }

    bool visit(int depth, std::size_t first, int left, int rank) {
        tick();
        if (halt_) return false;
        if (nodeFits(depth, rank)) {
            shared_.sawFit.store(true, std::memory_order_relaxed);
            return !lastUnitRefuted(depth) && (*accept_)(stack_, depth, rank, worker_);
        }
        noteMiss(depth);
        if (left == 0 || rank >= n_ || depth >= 63) return false;
        for (std::size_t i = first; i < atoms_.size(); ++i) {
            const Atom& a = atoms_[i];
            if (a.cost > left) break;
            const int grown = step(depth, i, left, rank);
            if (halt_) return false;
            if (grown < 0) continue;
            stack_[static_cast<std::size_t>(depth)] = static_cast<int>(i);
            if (visit(depth + 1, i + 1, left - a.cost, grown)) return true;
            if (halt_) return false;
        }
        return false;
    }

    // Adds atom i below the combination at `depth`: the new rank with the state written at
    // depth + 1, or −1 when the child needs no search (refuted leaf, no new dimension, ...).
    int step(int depth, std::size_t i, int left, int rank) {
        const Atom& a = atoms_[i];
        // Same pattern twice: one unit on the union support spans the same (relaxation only).
        if (!exact_ && patternUsed(a.pattern, depth)) return -1;
        const ActivationPattern covered = covered_[static_cast<std::size_t>(depth)] | a.pattern;
        const ActivationPattern missing = coverage_.need & ~covered;
        if (missing != 0 && (missing & ~coverage_.reach(i + 1, left - a.cost)) != 0)
            return -1;  // some required sample stays inactive whatever follows
        if (a.cost == left && filterLastUnit_ && rank + a.cost == n_) {
            if (completingLeafRefuted(a, depth)) return -1;
        } else if (a.cost == left && skipSpanningLeaves_ && rank + a.rank >= n_ &&
                   leafSpansEverything(a, depth, rank)) {
            tick();
            return -1;
        } else if (a.cost == left && refutedAsLeaf(a, depth, rank)) {
            return -1;
        }
        if (halt_) return -1;
        const int grown = extend(a, depth, rank);
        if (allUnits_) {  // a unit may add no dimension and still be needed by the patterns
            covered_[static_cast<std::size_t>(depth) + 1] = covered;
            return grown;
        }
        if (grown == rank) return -1;                     // adds no dimension, only cost
        if (exact_ && grown - rank != a.cost) return -1;  // not a full-rank network
        covered_[static_cast<std::size_t>(depth) + 1] = covered;
        return grown;
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
        tick();
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
    // For lastUnitRefuted (full-rank networks): the atom's basis vector c is, within the
    // complement of the prefix's span, Σ_i U(i, c)·(new q_i), and Q_newᵀρ; kept at depth + 1.
    int extend(const Atom& a, int depth, int rank) {
        const double* rhoIn = rho_.data() + static_cast<std::size_t>(depth) * n_;
        double* rhoOut = rho_.data() + static_cast<std::size_t>(depth + 1) * n_;
        std::copy(rhoIn, rhoIn + n_, rhoOut);
        const std::size_t cols = static_cast<std::size_t>(lifted_.cols());
        const bool record = filterLastUnit_ && static_cast<std::size_t>(a.rank) <= cols;
        double* U =
            record ? newCoefficients_.data() + static_cast<std::size_t>(depth + 1) * cols * cols
                   : nullptr;
        double* z =
            record ? newProjections_.data() + static_cast<std::size_t>(depth + 1) * cols : nullptr;
        prefixVersion_[static_cast<std::size_t>(depth) + 1] = ++versionCounter_;
        int r = rank;
        for (int c = 0; c < a.rank && r < n_; ++c) {
            double* v = q_.data() + static_cast<std::size_t>(r) * n_;
            const double* src = basis_.data() + a.offset + static_cast<std::size_t>(c) * n_;
            std::copy(src, src + n_, v);
            if (record)
                std::fill(U + static_cast<std::size_t>(c) * cols,
                          U + static_cast<std::size_t>(c + 1) * cols, 0.0);
            for (int pass = 0; pass < 2; ++pass)
                for (int i = 0; i < r; ++i) {
                    const double* qi = q_.data() + static_cast<std::size_t>(i) * n_;
                    double dot = 0.0;
                    for (int k = 0; k < n_; ++k)
                        dot += qi[k] * v[k];
                    for (int k = 0; k < n_; ++k)
                        v[k] -= dot * qi[k];
                    if (record && i >= rank)
                        U[static_cast<std::size_t>(c) * cols +
                          static_cast<std::size_t>(i - rank)] += dot;
                }
            double norm2 = 0.0;
            for (int k = 0; k < n_; ++k)
                norm2 += v[k] * v[k];
            if (norm2 <= 1e-16) continue;  // source vectors are unit length: dependent
            const double norm = std::sqrt(norm2);
            const double inv = 1.0 / norm;
            double dot = 0.0;
            for (int k = 0; k < n_; ++k) {
                v[k] *= inv;
                dot += v[k] * rhoOut[k];
            }
            for (int k = 0; k < n_; ++k)
                rhoOut[k] -= dot * v[k];
            if (record) {
                U[static_cast<std::size_t>(c) * cols + static_cast<std::size_t>(r - rank)] = norm;
                z[r - rank] = dot;
            }
            ++r;
        }
        return r;
    }

    bool exact_ = false;
    bool allUnits_ = false;
    bool filterLastUnit_ = false;      ///< full-rank networks: lastUnitRefuted before accept
    bool skipSpanningLeaves_ = false;  ///< setSkipSpanningLeaves
    const Coverage& coverage_;
    const std::vector<Atom>& atoms_;
    const std::vector<double>& basis_;
    const std::vector<double>& inverseT_;
    const Eigen::MatrixXd& lifted_;
    std::vector<double> newCoefficients_;  ///< per depth: U (cols × cols, column-major)
    std::vector<double> newProjections_;   ///< per depth: Q_newᵀρ
    long long lastUnitRefutations_ = 0;
    // completingLeafRefuted: per depth, the complement basis Z and Zᵀρ of the prefix whose
    // version (bumped whenever extend writes that depth) they were built for.
    std::vector<long long> prefixVersion_ = std::vector<long long>(66, 0);
    std::vector<long long> complementVersion_ = std::vector<long long>(66, -1);
    long long versionCounter_ = 0;
    std::vector<double> complement_;
    std::vector<double> complementProjections_;
    std::vector<double> projector_;
    int n_;
    double threshold2_;
    double limit_ = 0.0;
    SharedControl& shared_;
    std::vector<double> q_;
    std::vector<double> y_;          ///< the targets, for the max-norm certificate
    double coefficientBound_ = 0.0;  ///< bound on ‖c‖₂ of a fitting Qc (max_norm_distance.h)
    MaxNormDistance distance_;
    long long maxNormLps_ = 0;
    long long maxNormRefuted_ = 0;
    std::vector<double> rho_;
    std::vector<int> stack_;
    std::vector<ActivationPattern> covered_;  ///< union of the patterns at each depth
    int baseRank_ = 0;
    int budget_ = 0;
    const Accept* accept_ = nullptr;
    int worker_ = 0;
    bool halt_ = false;
    int currentFirst_ = -1;  ///< first atom whose state is at depth 1, −1 = none
    int firstRank_ = -1;     ///< its rank (−1: the part needs no search)
    bool firstFits_ = false;
    std::atomic<long long> combinations_{0};
    double nearestMiss2_ = std::numeric_limits<double>::infinity();
};

/// How a level ended.
struct LevelOutcome {
    bool accepted = false;  ///< a call of accept returned true
    bool timeUp = false;    ///< the stop or the deadline ended it before it was complete
    bool sawFit = false;    ///< some combination fit (accepted or not)
};

/// A level's combinations split into parts (first atom i, second atom i + t) that a few threads
/// take from one atomic counter, largest subtrees first (low i, low t; see chunkAt). Each thread
/// has its own CombinationSearch workspace, kept across levels.
class ParallelSearch {
  public:
    ParallelSearch(const AtomList& list, const Eigen::VectorXd& y, bool freeConstant, double limit,
                   int threads, Clock::time_point deadline, std::stop_token stop, bool prune,
                   AtomKind kind = AtomKind::Spans)
        : atoms_(list.atoms),
          repeats_(kind == AtomKind::AllUnits),
          deadline_(deadline),
          coverage_(list.atoms, y, limit, prune && !freeConstant) {
        shared_.stop = stop;
        for (int w = 0; w < std::max(1, threads); ++w)
            workers_.emplace_back(list, y, freeConstant, limit, shared_, coverage_, kind);
        partsBefore_.resize(atoms_.size() + 1);
        levelCpu_.resize(workers_.size());
    }

    /// Runs one level: every combination of cost ≤ budget, until accept takes one, the stop, or
    /// `until` (and the search's own deadline).
    LevelOutcome run(int budget, const Accept& accept,
                     Clock::time_point until = Clock::time_point::max()) {
        shared_.accepted = false;
        shared_.timeUp = false;
        shared_.sawFit = false;
        shared_.deadline = std::min(deadline_, until).time_since_epoch().count();
        shared_.nextBeat = Clock::now() + shared_.beatInterval;
        next_ = 0;
        weightDone_ = 0.0;
        weightTotal_ = 0.0;
        for (int w = 0; w < static_cast<int>(workers_.size()); ++w)
            workers_[static_cast<std::size_t>(w)].startLevel(budget, accept, w);
        CombinationSearch& main = workers_.front();
        if (!main.rootFits() && main.rootHasChildren() && main.keepGoing()) {
            layoutParts(budget);
            std::exception_ptr failure;
            std::mutex failureMutex;
            const auto work = [&](CombinationSearch& search, std::size_t w) {
                const double cpu0 = threadCpuSeconds();
                try {
                    drain(search, budget);
                } catch (...) {  // e.g. bad_alloc in a witness check: reported by the caller
                    const std::lock_guard lock(failureMutex);
                    if (!failure) failure = std::current_exception();
                    shared_.timeUp = true;
                }
                levelCpu_[w] = threadCpuSeconds() - cpu0;
            };
            {
                std::vector<std::jthread> pool;
                pool.reserve(workers_.size() - 1);
                for (std::size_t w = 1; w < workers_.size(); ++w)
                    pool.emplace_back([&, w] { work(workers_[w], w); });
                work(main, 0);
            }  // joins
            if (failure) std::rethrow_exception(failure);
            double sum = 0.0, busiest = 0.0;
            for (double c : levelCpu_) {
                sum += c;
                busiest = std::max(busiest, c);
            }
            cpuSeconds_ += sum;
            busiestCpuSeconds_ += busiest;
        }
        return {shared_.accepted.load(), shared_.timeUp.load() && !shared_.accepted.load(),
                shared_.sawFit.load()};
    }

    /// `beat` runs on the calling thread every `seconds` while a level runs (empty: none).
    void setHeartbeat(std::function<void()> beat, double seconds) {
        shared_.heartbeat = std::move(beat);
        shared_.beatInterval = std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(std::max(0.0, seconds)));
    }
    /// An estimate of the running level's work done (0..1): its finished parts, each weighted
    /// by the combinations its subtree holds before any pruning. Any thread.
    double fractionDone() const {
        const double total = weightTotal_.load(std::memory_order_relaxed);
        if (total <= 0.0) return 0.0;
        return std::min(1.0, weightDone_.load(std::memory_order_relaxed) / total);
    }
    /// Thread-safe: ends the running level (only) at `t` at the latest.
    void shortenDeadline(Clock::time_point t) { shared_.shortenDeadline(t); }
    long long combinations() const {
        long long total = 0;
        for (const CombinationSearch& w : workers_)
            total += w.combinations();
        return total;
    }
    long long maxNormLps() const {
        long long total = 0;
        for (const CombinationSearch& w : workers_)
            total += w.maxNormLps();
        return total;
    }
    long long maxNormRefuted() const {
        long long total = 0;
        for (const CombinationSearch& w : workers_)
            total += w.maxNormRefuted();
        return total;
    }
    /// Only rank-deficient fits wanted (CombinationSearch::setSkipSpanningLeaves).
    void setSkipSpanningLeaves(bool skip) {
        for (CombinationSearch& w : workers_)
            w.setSkipSpanningLeaves(skip);
    }
    long long lastUnitRefutations() const {
        long long total = 0;
        for (const CombinationSearch& w : workers_)
            total += w.lastUnitRefutations();
        return total;
    }
    double nearestMiss() const {
        double best = std::numeric_limits<double>::infinity();
        for (const CombinationSearch& w : workers_)
            best = std::min(best, w.nearestMiss2());
        return std::sqrt(best);
    }
    int threads() const { return static_cast<int>(workers_.size()); }
    /// CPU seconds of the parts over all threads and levels, and the sum over levels of the
    /// busiest thread's: their ratio is the speed-up the split allows on otherwise idle cores.
    double cpuSeconds() const { return cpuSeconds_; }
    double busiestCpuSeconds() const { return busiestCpuSeconds_; }

  private:
    // Parts of first atom i: {i} itself, then one per second atom i + t affordable with it.
    // Atoms are sorted by cost, so the affordable ones are a contiguous run after i.
    void layoutParts(int budget) {
        countCombinations(budget);
        partsBefore_[0] = 0;
        double total = 0.0;
        for (std::size_t i = 0; i < atoms_.size(); ++i) {
            long long parts = 0;
            if (atoms_[i].cost <= budget) {
                const int left = budget - atoms_[i].cost;
                const auto afford =
                    std::upper_bound(atoms_.begin(), atoms_.end(), left,
                                     [](int c, const Atom& a) { return c < a.cost; });
                const auto end = static_cast<std::size_t>(afford - atoms_.begin());
                parts = 1 + static_cast<long long>(end > i + 1 ? end - (i + 1) : 0);
            }
            partsBefore_[i + 1] = partsBefore_[i] + parts;
            if (parts > 0) total += subtreeCount(i, budget - atoms_[i].cost);
        }
        weightTotal_.store(total, std::memory_order_relaxed);
    }

    // combinations_[j·(budget + 1) + b]: combinations of atoms j, j + 1, … (one of each, or with
    // repeats for AllUnits) of total cost ≤ b, the empty one included; only for the progress
    // estimate, so pruning is ignored and doubles suffice.
    void countCombinations(int budget) {
        const std::size_t width = static_cast<std::size_t>(budget) + 1, m = atoms_.size();
        budgetWidth_ = width;
        combinationCounts_.assign((m + 1) * width, 1.0);
        for (std::size_t j = m; j-- > 0;)
            for (std::size_t b = 0; b < width; ++b) {
                double count = combinationCounts_[(j + 1) * width + b];
                const auto c = static_cast<std::size_t>(atoms_[j].cost);
                if (c <= b) count += combinationCounts_[(repeats_ ? j : j + 1) * width + b - c];
                combinationCounts_[j * width + b] = count;
            }
    }
    // Combinations of cost ≤ left from the atoms that may follow atom j (j + 1, …, or j, … with
    // repeats), the empty one included.
    double subtreeCount(std::size_t j, int left) const {
        if (left < 0) return 0.0;
        return combinationCounts_[(repeats_ ? j : j + 1) * budgetWidth_ +
                                  static_cast<std::size_t>(left)];
    }
    // The combinations in part t of first atom i: the second atom j (i + t, or with repeats i + t
    // from i on) and whatever may follow it; {i} alone is in part 0. Summed over t this is
    // subtreeCount(i, budget − cost_i), by the recursion of countCombinations, so layoutParts
    // need not visit every part.
    double partWeight(std::size_t i, long long t, int budget) const {
        const int left = budget - atoms_[i].cost;
        if (!repeats_ && t == 0) return 1.0;
        const std::size_t j = i + static_cast<std::size_t>(t);
        const double pair = subtreeCount(j, left - atoms_[j].cost);
        return t == 0 ? 1.0 + pair : pair;
    }

    std::size_t firstAtomOf(long long part) const {
        return static_cast<std::size_t>(
            std::upper_bound(partsBefore_.begin(), partsBefore_.end(), part) -
            partsBefore_.begin() - 1);
    }

    // A part whose two atoms leave budget roots a subtree, possibly a large one: taken alone, so
    // that no thread ends the level holding a chunk of them. Parts that are single leaves come
    // in runs and are taken 64 at a time (one counter update per ~10 µs of work).
    long long chunkAt(long long part, int budget) const {
        const std::size_t i = firstAtomOf(part);
        const long long t = part - partsBefore_[i];
        int spent = atoms_[i].cost;
        if (t > 0) spent += atoms_[i + static_cast<std::size_t>(t)].cost;
        return spent < budget ? 1 : 64;
    }

    void drain(CombinationSearch& search, int budget) {
        const long long total = partsBefore_.back();
        long long begin = next_.load(std::memory_order_relaxed);
        while (search.keepGoing()) {
            if (begin >= total) return;
            const long long end = std::min(total, begin + chunkAt(begin, budget));
            if (!next_.compare_exchange_weak(begin, end, std::memory_order_relaxed))
                continue;  // `begin` now holds the counter's current value
            std::size_t i = firstAtomOf(begin);
            double weight = 0.0;
            for (long long p = begin; p < end; ++p) {
                while (p >= partsBefore_[i + 1])
                    ++i;
                search.runPart(static_cast<int>(i), static_cast<int>(p - partsBefore_[i]));
                if (!search.keepGoing()) return;
                weight += partWeight(i, p - partsBefore_[i], budget);
            }
            weightDone_.fetch_add(weight, std::memory_order_relaxed);
            begin = next_.load(std::memory_order_relaxed);
        }
    }

    const std::vector<Atom>& atoms_;
    bool repeats_;                ///< AllUnits: an atom may repeat in a combination
    Clock::time_point deadline_;  ///< of the whole enumeration
    Coverage coverage_;
    SharedControl shared_;
    std::deque<CombinationSearch> workers_;  ///< not a vector: they hold atomics, never moved
    std::vector<long long> partsBefore_;     ///< parts of all first atoms < i
    std::vector<double> levelCpu_;           ///< per thread, of the last level
    double cpuSeconds_ = 0.0;
    double busiestCpuSeconds_ = 0.0;
    alignas(64) std::atomic<long long> next_{0};  ///< its own line: every take writes it
    std::vector<double> combinationCounts_;       ///< see countCombinations
    std::size_t budgetWidth_ = 1;
    alignas(64) std::atomic<double> weightDone_{0.0};  ///< of the running level's parts
    std::atomic<double> weightTotal_{0.0};
};

/// A network that fits, found by a check whose units' unique weights broke a bound: each such unit
/// split into c equal copies (c·ReLU(z/c) = ReLU(z)) of weights within the bounds. It has more
/// nonzeros than the combination's cost, so it is an upper bound on the optimum, not a witness of
/// the level; one thread's best (fewest nonzeros) so far.
struct SplitNetwork {
    int nonzeros = -1;  ///< −1: none yet
    ShallowReluNet net;
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
/// `theta` (the units' weights in order, their output signs in net.v) made a network within the
/// bounds by splitting every unit whose weights exceed them; kept in `split` when it fits, is not
/// wider than the model and has fewer nonzeros than what `split` holds.
void keepSplit(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const SparsestConfig& config,
               double tolerance, const std::vector<Atom>& atoms, const std::vector<int>& chosen,
               int count, const Eigen::Ref<const Eigen::VectorXd>& theta,
               const Eigen::VectorXd& signs, SplitNetwork& split) {
    std::vector<int> copies(static_cast<std::size_t>(count), 1);
    int units = 0, nonzeros = 0, at = 0;
    for (int k = 0; k < count; ++k) {
        const Atom& a = atoms[static_cast<std::size_t>(chosen[static_cast<std::size_t>(k)])];
        double ratio = 1.0;
        int used = 0;
        for (int col = 0, c = 0; col < static_cast<int>(X.cols()) + 1; ++col) {
            if (!(a.columns & (1u << col))) continue;
            const double w = theta(at + c++);
            ratio = std::max(ratio, std::abs(w) / (col == 0 ? config.bBound : config.wBound));
            used += w != 0.0 ? 1 : 0;
        }
        at += std::popcount(a.columns);
        copies[static_cast<std::size_t>(k)] = static_cast<int>(std::ceil(ratio));
        units += copies[static_cast<std::size_t>(k)];
        nonzeros += copies[static_cast<std::size_t>(k)] * used;
    }
    if (units > effectiveWidth(config, static_cast<int>(X.rows()))) return;
    if (split.nonzeros >= 0 && nonzeros >= split.nonzeros) return;
    ShallowReluNet net;
    net.W = Eigen::MatrixXd::Zero(units, X.cols());
    net.b = Eigen::VectorXd::Zero(units);
    net.v = Eigen::VectorXd::Zero(units);
    int unit = 0;
    at = 0;
    for (int k = 0; k < count; ++k) {
        const Atom& a = atoms[static_cast<std::size_t>(chosen[static_cast<std::size_t>(k)])];
        const double c = copies[static_cast<std::size_t>(k)];
        for (int copy = 0; copy < copies[static_cast<std::size_t>(k)]; ++copy, ++unit) {
            net.v(unit) = signs(k);
            for (int col = 0, e = 0; col < static_cast<int>(X.cols()) + 1; ++col) {
                if (!(a.columns & (1u << col))) continue;
                const double bound = col == 0 ? config.bBound : config.wBound;
                const double w = std::clamp(signs(k) * theta(at + e++) / c, -bound, bound);
                if (col == 0)
                    net.b(unit) = w;
                else
                    net.W(unit, col - 1) = w;
            }
        }
        at += std::popcount(a.columns);
    }
    if ((predict(net, X) - y).cwiseAbs().maxCoeff() > tolerance) return;
    split.nonzeros = nonzeros;
    split.net = std::move(net);
}

// Least squares for an N × total A of full column rank (total ≤ N): A = QR by modified
// Gram–Schmidt with one reorthogonalization, θ = R⁻¹Qᵀy and ‖R⁻¹‖_F by back substitution. False
// when a diagonal of R is below 1e-10 of its largest entry (numerically rank-deficient). Written
// out: at N ≤ 24 Eigen's Householder QR and triangular solves spend more time on dispatch than on
// the few hundred flops the exact search needs per combination.
template <class Mat, class Vec>
bool gramSchmidtSolve(const Mat& A, const Eigen::VectorXd& y, Mat& Q, Mat& R, Vec& theta,
                      double& rinvNorm) {
    const Eigen::Index N = A.rows(), total = A.cols();
    R.setZero();
    double scale = 1e-300;
    for (Eigen::Index j = 0; j < total; ++j) {
        for (Eigen::Index n = 0; n < N; ++n)
            Q(n, j) = A(n, j);
        for (int pass = 0; pass < 2; ++pass)
            for (Eigen::Index i = 0; i < j; ++i) {
                double dot = 0.0;
                for (Eigen::Index n = 0; n < N; ++n)
                    dot += Q(n, i) * Q(n, j);
                R(i, j) += dot;
                for (Eigen::Index n = 0; n < N; ++n)
                    Q(n, j) -= dot * Q(n, i);
            }
        double norm2 = 0.0;
        for (Eigen::Index n = 0; n < N; ++n)
            norm2 += Q(n, j) * Q(n, j);
        R(j, j) = std::sqrt(norm2);
        for (Eigen::Index i = 0; i <= j; ++i)
            scale = std::max(scale, std::abs(R(i, j)));
        if (R(j, j) == 0.0) return false;
        for (Eigen::Index n = 0; n < N; ++n)
            Q(n, j) /= R(j, j);
    }
    for (Eigen::Index j = 0; j < total; ++j)
        if (R(j, j) <= 1e-10 * scale) return false;
    theta.resize(total);
    for (Eigen::Index i = total; i-- > 0;) {  // R θ = Qᵀy
        double v = 0.0;
        for (Eigen::Index n = 0; n < N; ++n)
            v += Q(n, i) * y(n);
        for (Eigen::Index k = i + 1; k < total; ++k)
            v -= R(i, k) * theta(k);
        theta(i) = v / R(i, i);
    }
    rinvNorm = std::sqrt(
        upperInverseFrobenius2([&](int i, int j) { return R(i, j); }, static_cast<int>(total)));
    return true;
}

// The body of classifyByLeastSquares for one matrix type: `Mat`/`Vec` with fixed maximum sizes
// keep the millions of checks of an exact search off the heap (the decompositions included).
template <class Mat, class Vec>
Verdict classifyLeastSquaresAs(const Eigen::MatrixXd& X, const Eigen::MatrixXd& L,
                               const Eigen::VectorXd& y, const SparsestConfig& config,
                               double tolerance, const std::vector<Atom>& atoms,
                               const std::vector<int>& chosen, int count, int total,
                               ShallowReluNet& net, SplitNetwork* split) {
    const Eigen::Index N = X.rows();
    const auto atomAt = [&](int k) -> const Atom& {
        return atoms[static_cast<std::size_t>(chosen[static_cast<std::size_t>(k)])];
    };
    Mat A(N, total);
    int at = 0;
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        for (int col = 0; col < L.cols(); ++col) {
            if (!(a.columns & (1u << col))) continue;
            for (Eigen::Index n = 0; n < N; ++n)
                A(n, at) = a.pattern & (ActivationPattern{1} << n) ? L(n, col) : 0.0;
            ++at;
        }
    }
    // More columns than samples (or a rank-deficient A): the weights are not unique, nothing can
    // be refuted; the minimum-norm weights may still be a network.
    Vec theta;
    double dTheta = std::numeric_limits<double>::infinity();
    if (total <= N) {
        Mat Q(N, total), R(total, total);
        double rinvNorm = 0.0;
        if (gramSchmidtSolve(A, y, Q, R, theta, rinvNorm))
            dTheta =
                rinvNorm * ((A * theta - y).norm() + std::sqrt(static_cast<double>(N)) * tolerance);
        else
            theta.resize(0);
    }
    if (theta.size() == 0) theta = Eigen::MatrixXd(A).completeOrthogonalDecomposition().solve(y);
    net.W = Eigen::MatrixXd::Zero(count, X.cols());
    net.b = Eigen::VectorXd::Zero(count);
    net.v = Eigen::VectorXd::Zero(count);
    const bool canRefute = std::isfinite(dTheta);
    bool undecided = false;
    bool patternsHold = true;   // every unit's pattern holds for one sign, strictly
    bool beyondBounds = false;  // some weight is provably beyond its bound
    at = 0;
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        const int first = at;
        at += std::popcount(a.columns);
        // Worst violation of each sign's pattern, with and without the slack.
        double plusStrict = 0.0, minusStrict = 0.0, plusSlack = 0.0, minusSlack = 0.0;
        for (Eigen::Index n = 0; n < N; ++n) {
            double g = 0.0, rowNorm2 = 0.0;  // the unit's pre-activation and ‖S_k row n‖²
            for (int col = 0, c = first; col < L.cols(); ++col) {
                if (!(a.columns & (1u << col))) continue;
                g += L(n, col) * theta(c++);
                rowNorm2 += L(n, col) * L(n, col);
            }
            const bool active = a.pattern & (ActivationPattern{1} << n);
            const double slack =
                canRefute ? std::sqrt(rowNorm2) * dTheta + 1e-12 * (1.0 + std::abs(g)) : 0.0;
            const double vPlus = active ? -g : g;  // > 0: violated for v = +1
            plusStrict = std::max(plusStrict, vPlus);
            minusStrict = std::max(minusStrict, -vPlus);
            plusSlack = std::max(plusSlack, vPlus - slack);
            minusSlack = std::max(minusSlack, -vPlus - slack);
        }
        if (canRefute && plusSlack > 0.0 && minusSlack > 0.0) return Verdict::Refuted;
        const double sign = plusStrict <= minusStrict ? 1.0 : -1.0;
        if (std::min(plusStrict, minusStrict) > 0.0) {
            undecided = true;
            patternsHold = false;
        }
        net.v(k) = sign;
        int c = 0;
        for (int col = 0; col < L.cols(); ++col) {
            if (!(a.columns & (1u << col))) continue;
            const double w = theta(first + c++);
            const double bound = col == 0 ? config.bBound : config.wBound;
            if (canRefute && std::abs(w) > bound + dTheta) beyondBounds = true;
            if (std::abs(w) > bound) undecided = true;
            if (col == 0)
                net.b(k) = sign * w;
            else
                net.W(k, col - 1) = sign * w;
        }
    }
    // Only the bounds stand in the way: the same units, split, are a network of more nonzeros.
    if (split != nullptr && patternsHold && beyondBounds)
        keepSplit(X, y, config, tolerance, atoms, chosen, count, theta, net.v, *split);
    if (beyondBounds) return Verdict::Refuted;
    if (undecided) return Verdict::Unknown;
    const double residual = (predict(net, X) - y).cwiseAbs().maxCoeff();
    return residual <= tolerance ? Verdict::Realized : Verdict::Unknown;
}

Verdict classifyByLeastSquares(const Eigen::MatrixXd& X, const Eigen::MatrixXd& L,
                               const Eigen::VectorXd& y, const SparsestConfig& config,
                               double tolerance, const std::vector<Atom>& atoms,
                               const std::vector<int>& chosen, int count, ShallowReluNet& net,
                               SplitNetwork* split) {
    if (count > effectiveWidth(config, static_cast<int>(X.rows()))) return Verdict::Refuted;
    if (count == 0) {  // y fits with no unit at all (within ε): one silent unit
        net.W = Eigen::MatrixXd::Zero(1, X.cols());
        net.b = Eigen::VectorXd::Zero(1);
        net.v = Eigen::VectorXd::Ones(1);
        return y.cwiseAbs().maxCoeff() <= tolerance ? Verdict::Realized : Verdict::Refuted;
    }
    int total = 0;
    for (int k = 0; k < count; ++k)
        total += std::popcount(
            atoms[static_cast<std::size_t>(chosen[static_cast<std::size_t>(k)])].columns);
    constexpr int kSmall = kMaxPatternSamples;
    using SmallMatrix =
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor, kSmall, kSmall>;
    using SmallVector = Eigen::Matrix<double, Eigen::Dynamic, 1, Eigen::ColMajor, kSmall, 1>;
    if (X.rows() <= kSmall && total <= kSmall)
        return classifyLeastSquaresAs<SmallMatrix, SmallVector>(X, L, y, config, tolerance, atoms,
                                                                chosen, count, total, net, split);
    return classifyLeastSquaresAs<Eigen::MatrixXd, Eigen::VectorXd>(
        X, L, y, config, tolerance, atoms, chosen, count, total, net, split);
}

/// Per-thread buffers of the realizability LP (classifyByLp).
struct RealizeWorkspace {
    DenseLp lp;
    std::vector<double> upper;      ///< each LP column's implied upper bound, for the Farkas check
    std::vector<int> firstColumn;   ///< per unit: its first weight column in the LP
    bool missedByRounding = false;  ///< the last LP was feasible, its network just missed
};

constexpr int kMaxLpUnits = 8;  // 2^units sign choices, each one LP: beyond this, undecided

/// One output-sign choice σ (bit k = unit k negative): is there θ with |θ_c| ≤ the bounds,
/// |Aθ − y| ≤ tolerance, and each unit's pattern, σ_k·(S_k θ_k) ≥ 0 on its active samples and
/// ≤ 0 on the others? Columns: θ + bound ∈ [0, 2·bound], then one slack per inequality row.
/// Realized (net set and re-checked by predict), Refuted (a Farkas vector checked against the
/// columns' bounds proves it; only when the LP's fit rows use the full tolerance), or Unknown.
/// `fitTolerance` ≤ tolerance: the LP's fit rows, tightened for a retry when the vertex found at
/// the full tolerance misses it by rounding.
Verdict realizeSigns(const Eigen::MatrixXd& X, const Eigen::MatrixXd& L, const Eigen::VectorXd& y,
                     const SparsestConfig& config, double tolerance, double fitTolerance,
                     const std::vector<Atom>& atoms, const std::vector<int>& chosen, int count,
                     unsigned signs, RealizeWorkspace& ws, ShallowReluNet& net) {
    const int N = static_cast<int>(X.rows());
    ws.missedByRounding = false;
    const auto atomAt = [&](int k) -> const Atom& {
        return atoms[static_cast<std::size_t>(chosen[static_cast<std::size_t>(k)])];
    };
    const auto boundOf = [&](int col) { return col == 0 ? config.bBound : config.wBound; };
    ws.firstColumn.assign(static_cast<std::size_t>(count) + 1, 0);
    for (int k = 0; k < count; ++k)
        ws.firstColumn[static_cast<std::size_t>(k) + 1] =
            ws.firstColumn[static_cast<std::size_t>(k)] + std::popcount(atomAt(k).columns);
    const int total = ws.firstColumn.back();
    const int rows = 2 * N + count * N + total;
    const int cols = total + rows;  // weights, then one slack per row
    DenseLp& lp = ws.lp;
    lp.reset(rows, cols);
    ws.upper.assign(static_cast<std::size_t>(cols), 0.0);
    int row = 0;
    const auto slack = [&](double sign, double upper) {
        lp.a(row, total + row) = sign;
        ws.upper[static_cast<std::size_t>(total + row)] = upper;
        ++row;
    };
    // Fit: Σ_k Σ_c S_k(n, c)·(θ'_c − B_c) within y_n ± tolerance (two rows per sample).
    for (int n = 0; n < N; ++n)
        for (int side = 0; side < 2; ++side) {
            double shift = 0.0;
            for (int k = 0; k < count; ++k) {
                const Atom& a = atomAt(k);
                if (!(a.pattern & (ActivationPattern{1} << n))) continue;
                int at = ws.firstColumn[static_cast<std::size_t>(k)];
                for (int col = 0; col < L.cols(); ++col) {
                    if (!(a.columns & (1u << col))) continue;
                    lp.a(row, at++) = L(n, col);
                    shift += L(n, col) * boundOf(col);
                }
            }
            const double sign = side == 0 ? 1.0 : -1.0;  // ≤ y + tol, then ≥ y − tol
            lp.b(row) = y(n) + sign * fitTolerance + shift;
            slack(sign, 2.0 * fitTolerance);
        }
    // Patterns: σ_k·g_kn ≥ 0 where unit k is active, ≤ 0 where not.
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        const double sigma = (signs >> k) & 1u ? -1.0 : 1.0;
        for (int n = 0; n < N; ++n) {
            double shift = 0.0, reach = 0.0;
            int at = ws.firstColumn[static_cast<std::size_t>(k)];
            for (int col = 0; col < L.cols(); ++col) {
                if (!(a.columns & (1u << col))) continue;
                lp.a(row, at++) = sigma * L(n, col);
                shift += sigma * L(n, col) * boundOf(col);
                reach += std::abs(L(n, col)) * boundOf(col);
            }
            lp.b(row) = shift;
            const bool active = a.pattern & (ActivationPattern{1} << n);
            slack(active ? -1.0 : 1.0, reach);  // |g| ≤ reach for any θ within the bounds
        }
    }
    // Bounds: θ'_c ≤ 2·B_c.
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        int at = ws.firstColumn[static_cast<std::size_t>(k)];
        for (int col = 0; col < L.cols(); ++col) {
            if (!(a.columns & (1u << col))) continue;
            lp.a(row, at) = 1.0;
            lp.b(row) = 2.0 * boundOf(col);
            ws.upper[static_cast<std::size_t>(at)] = 2.0 * boundOf(col);
            ++at;
            slack(1.0, 2.0 * boundOf(col));
        }
    }
    const DenseLp::Status status = lp.solve();
    if (status == DenseLp::Status::Infeasible)
        return fitTolerance == tolerance && lp.farkasProvesInfeasible(ws.upper) ? Verdict::Refuted
                                                                                : Verdict::Unknown;
    if (status != DenseLp::Status::Optimal && status != DenseLp::Status::Reached)
        return Verdict::Unknown;
    net.W = Eigen::MatrixXd::Zero(count, X.cols());
    net.b = Eigen::VectorXd::Zero(count);
    net.v = Eigen::VectorXd::Ones(count);
    for (int k = 0; k < count; ++k) {
        const Atom& a = atomAt(k);
        const double sigma = (signs >> k) & 1u ? -1.0 : 1.0;
        net.v(k) = sigma;
        int at = ws.firstColumn[static_cast<std::size_t>(k)];
        for (int col = 0; col < L.cols(); ++col) {
            if (!(a.columns & (1u << col))) continue;
            const double bound = boundOf(col);
            const double w =
                std::clamp(lp.x()[static_cast<std::size_t>(at++)] - bound, -bound, bound);
            if (col == 0)
                net.b(k) = sigma * w;
            else
                net.W(k, col - 1) = sigma * w;
        }
    }
    const double residual = (predict(net, X) - y).cwiseAbs().maxCoeff();
    ws.missedByRounding = residual > tolerance;
    return residual <= tolerance ? Verdict::Realized : Verdict::Unknown;
}

/// The least-squares test first (fast, and enough for exact fits); what it leaves undecided, an
/// LP per output-sign choice decides: weights are not unique within a tolerance, so that is the
/// test that finds a witness, or refutes, when ε > 0. Refuted only when every sign is refuted.
Verdict classifyCombination(const Eigen::MatrixXd& X, const Eigen::MatrixXd& L,
                            const Eigen::VectorXd& y, const SparsestConfig& config,
                            double tolerance, const std::vector<Atom>& atoms,
                            const std::vector<int>& chosen, int count, RealizeWorkspace& ws,
                            ShallowReluNet& net, SplitNetwork* split) {
    const Verdict quick =
        classifyByLeastSquares(X, L, y, config, tolerance, atoms, chosen, count, net, split);
    if (quick != Verdict::Unknown || count > kMaxLpUnits) return quick;
    bool open = false;
    for (unsigned signs = 0; signs < (1u << count); ++signs) {
        Verdict v = realizeSigns(X, L, y, config, tolerance, tolerance, atoms, chosen, count, signs,
                                 ws, net);
        // Feasible, but the vertex sits on the tolerance and rounding put it just outside:
        // ask for a little room (a refutation needs the full tolerance, so none is drawn here).
        if (v == Verdict::Unknown && ws.missedByRounding)
            v = realizeSigns(X, L, y, config, tolerance, tolerance * (1.0 - 1e-6), atoms, chosen,
                             count, signs, ws, net);
        if (v == Verdict::Realized) return v;
        open = open || v == Verdict::Unknown;
    }
    return open ? Verdict::Unknown : Verdict::Refuted;
}

}  // namespace

RankBoundResult sparsestRankBound(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                  const SparsestConfig& config, const RankBoundOptions& options,
                                  std::stop_token stop) {
    RankBoundResult out;
    const auto t0 = Clock::now();
    bool interrupted = false;  // a level that fits was cut short (the bound itself is complete)
    std::vector<const ParallelSearch*> searches;  // for the CPU totals at the end
    std::function<void()> gatherLast;             // set once the threads' split networks exist
    const auto finish = [&](std::string reason) {
        if (gatherLast) gatherLast();
        for (const ParallelSearch* p : searches) {
            out.cpuSeconds += p->cpuSeconds();
            out.busiestThreadCpuSeconds += p->busiestCpuSeconds();
            out.maxNormLps += p->maxNormLps();
            out.maxNormRefuted += p->maxNormRefuted();
        }
        out.reason = std::move(reason);
        out.cancelled = stop.stop_requested() && (out.timedOut || interrupted || !out.computed);
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
    // Where witnesses exist the quick search finds one within a fraction of a second; where it
    // does not, the refinement needs the time (and finds any network the quick search would).
    const double witnessSeconds =
        options.refine && config.countBiases
            ? std::min(options.witnessSeconds, std::max(0.5, 0.1 * options.seconds))
            : options.witnessSeconds;
    const int cols = static_cast<int>(X.cols()) + (config.countBiases ? 1 : 0);
    const int maxCost = options.stopAtCost >= 0 ? std::min(cols, options.stopAtCost) : cols;
    try {
        const AtomList list =
            buildAtoms(X, config.countBiases, std::max(1, maxCost), options.maxAtoms, deadline,
                       stop, AtomKind::Spans, options.prune);
        out.atoms = static_cast<int>(list.atoms.size());
        if (!list.problem.empty()) return finish("skipped: " + list.problem);
        const int threads = options.threads > 0 ? options.threads : defaultRankBoundThreads();
        ParallelSearch search(list, y, !config.countBiases, limit, threads, deadline, stop,
                              options.prune);
        out.threads = search.threads();
        searches.push_back(&search);
        // Each thread classifies into its own network; the first realized one is published.
        std::vector<ShallowReluNet> nets(static_cast<std::size_t>(search.threads()));
        std::vector<RealizeWorkspace> realize(static_cast<std::size_t>(search.threads()));
        std::mutex witnessMutex;
        const auto publish = [&](int worker) {
            const std::lock_guard lock(witnessMutex);
            if (!out.hasWitness) out.witness = nets[static_cast<std::size_t>(worker)];
            out.hasWitness = true;
        };
        // Split networks, one best per thread; after each level the fewest nonzeros of all.
        std::vector<SplitNetwork> splits(static_cast<std::size_t>(search.threads()));
        const auto gatherSplits = [&] {
            for (SplitNetwork& sp : splits)
                if (sp.nonzeros >= 0 && (!out.hasUpperNetwork || sp.nonzeros < out.upperNonzeros)) {
                    out.hasUpperNetwork = true;
                    out.upperNonzeros = sp.nonzeros;
                    out.upperNetwork = sp.net;
                }
        };
        // A split network as sparse as the bound is optimal: it ends the enumeration.
        const auto splitIsOptimal = [&] {
            gatherSplits();
            if (out.hasWitness || !out.hasUpperNetwork || out.upperNonzeros > out.bound)
                return false;
            out.hasWitness = true;
            out.witness = out.upperNetwork;
            return true;
        };
        gatherLast = [&] { splitIsOptimal(); };
        // The split networks' sparsest so far, readable by the reports while the threads
        // write their own SplitNetwork: the count without a lock (checked per combination), the
        // network under one (copied only when it improves, a few times per run).
        std::atomic<int> fewestSplit{-1};
        std::mutex sparsestSplitMutex;
        ShallowReluNet sparsestSplit;
        const auto noteSplit = [&](int worker) {
            const SplitNetwork& mine = splits[static_cast<std::size_t>(worker)];
            int seen = fewestSplit.load(std::memory_order_relaxed);
            if (mine.nonzeros < 0 || (seen >= 0 && mine.nonzeros >= seen)) return;
            const std::lock_guard lock(sparsestSplitMutex);
            seen = fewestSplit.load(std::memory_order_relaxed);
            if (seen >= 0 && mine.nonzeros >= seen) return;
            sparsestSplit = mine.net;
            fewestSplit.store(mine.nonzeros);
        };
        const int lastLevel =
            options.stopAtCost >= 0 ? options.stopAtCost : effectiveWidth(config, N) * cols;
        out.computed = true;
        // What every report carries: the level, the bound so far, the count and the sparsest
        // split network (under the lock its writers take).
        const auto progressAt = [&](int level, bool fits, long long combinations) {
            RankBoundProgress p;
            p.level = level;
            p.bound = out.bound;
            p.fits = fits;
            p.combinations = combinations;
            p.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
            const std::lock_guard lock(sparsestSplitMutex);
            p.upperNonzeros = fewestSplit.load();
            if (p.upperNonzeros >= 0) p.upperNetwork = sparsestSplit;
            return p;
        };
        const auto report = [&](int level, bool fits) {
            if (options.onProgress) options.onProgress(progressAt(level, fits, out.combinations));
        };
        // While `stage` of `level` runs on `s`: a report every heartbeatSeconds, from the
        // calling thread (worker 0 of s), with the combinations of every level so far.
        const auto beatDuring = [&](ParallelSearch& s, RankBoundStage stage, int level) {
            if (!options.onProgress) return;
            const long long base = out.combinations - s.combinations();
            s.setHeartbeat(
                [&, searched = &s, stage, level, base] {
                    RankBoundProgress p = progressAt(level, stage != RankBoundStage::Relaxation,
                                                     base + searched->combinations());
                    p.searching = true;
                    p.stage = stage;
                    p.done = searched->fractionDone();
                    options.onProgress(p);
                },
                options.heartbeatSeconds);
        };
        for (int level = 0; level <= lastLevel; ++level) {
            if (stop.stop_requested()) {  // e.g. asked for by the previous level's progress
                out.timedOut = true;
                return finish("stopped before level " + std::to_string(level));
            }
            // 1. The relaxation: refute the level, or find spans that contain y (and, for a
            //    few seconds, a combination that is already a network).
            std::atomic<int> witnessChecks{0};
            const Accept quickWitness = [&](const std::vector<int>& chosen, int count, int,
                                            int worker) {
                if (!options.findWitness) return true;
                if (witnessChecks.fetch_add(1) == 0)  // the bound is settled: the witness is left
                    search.shortenDeadline(Clock::now() + seconds(witnessSeconds));
                if (classifyCombination(X, lifted, y, config, limit, list.atoms, chosen, count,
                                        realize[static_cast<std::size_t>(worker)],
                                        nets[static_cast<std::size_t>(worker)],
                                        &splits[static_cast<std::size_t>(worker)]) !=
                    Verdict::Realized) {
                    noteSplit(worker);
                    return false;
                }
                publish(worker);
                return true;
            };
            const long long before = search.combinations();
            beatDuring(search, RankBoundStage::Relaxation, level);
            const LevelOutcome relaxed = search.run(level, quickWitness);
            out.witnessChecks += witnessChecks.load();
            out.combinationsPerLevel.push_back(search.combinations() - before);
            out.combinations += search.combinations() - before;
            out.nearestMiss = search.nearestMiss();
            if (!relaxed.sawFit) {
                if (relaxed.timeUp) {
                    out.bound = level;  // every level below was refuted completely
                    out.timedOut = true;
                    return finish("time ran out at level " + std::to_string(level));
                }
                out.bound = level + 1;
                report(level, false);
                continue;
            }
            out.bound = level;
            out.fitsAtBound = true;
            report(level, true);
            if (out.hasWitness) return finish("fits at " + std::to_string(level) + " (realized)");
            if (!options.refine || !config.countBiases || level > N)
                return finish("fits at " + std::to_string(level) +
                              "; no network found in the time given to the search");
            // 2. Refinement: the level holds no network iff no full-rank combination of units
            //    (one per atom, unmerged) is one — valid when every span that fits has full
            //    rank, since a network of cost `level` spans what its reduced combination spans.
            //    That is about every span, so the dominated atoms are back for this run (a
            //    combination with one may be rank-deficient where its replacement is not).
            std::optional<AtomList> undominated;
            std::optional<ParallelSearch> all;
            if (options.prune) {
                undominated = buildAtoms(X, config.countBiases, std::max(1, maxCost),
                                         options.maxAtoms, deadline, stop, AtomKind::Spans, false);
                if (!undominated->problem.empty())
                    return finish("fits at " + std::to_string(level) +
                                  "; exact search skipped: " + undominated->problem);
                all.emplace(*undominated, y, !config.countBiases, limit, threads, deadline, stop,
                            true);
            }
            ParallelSearch& spans = all ? *all : search;
            if (all) searches.push_back(&*all);
            const long long spansBefore = spans.combinations();
            std::atomic<bool> deficient{false};
            beatDuring(spans, RankBoundStage::RankDeficientSpans, level);
            spans.setSkipSpanningLeaves(true);  // a span of all of R^N has full rank
            const LevelOutcome ranks =
                spans.run(level, [&](const std::vector<int>&, int, int rank, int) {
                    if (rank >= level) return false;
                    deficient = true;
                    return true;
                });
            spans.setSkipSpanningLeaves(false);
            out.combinations += spans.combinations() - spansBefore;
            if (ranks.timeUp) {
                interrupted = true;
                return finish("fits at " + std::to_string(level) + "; time ran out before the " +
                              "exact search");
            }
            // A rank-deficient span that fits (common with ε > 0, where spans of a lower level
            // that fit but hold no network reappear one level up) may hold a network whose units
            // are not of full rank: then every network of this cost is enumerated, unit by unit,
            // and the LP of classifyCombination decides each (weights need not be unique).
            const AtomKind unitKind = deficient ? AtomKind::AllUnits : AtomKind::FullRankUnits;
            const AtomList exactList = buildAtoms(X, true, level, options.maxAtoms, deadline, stop,
                                                  unitKind, options.prune);
            if (!exactList.problem.empty())
                return finish("fits at " + std::to_string(level) +
                              "; exact search skipped: " + exactList.problem);
            ParallelSearch exact(exactList, y, false, limit, threads, deadline, stop, options.prune,
                                 unitKind);
            searches.push_back(&exact);
            beatDuring(exact, RankBoundStage::ExactSearch, level);
            std::atomic<long long> checks{0}, undecided{0};
            const LevelOutcome networks =
                exact.run(level, [&](const std::vector<int>& chosen, int count, int, int worker) {
                    ++checks;
                    const Verdict v =
                        classifyCombination(X, lifted, y, config, limit, exactList.atoms, chosen,
                                            count, realize[static_cast<std::size_t>(worker)],
                                            nets[static_cast<std::size_t>(worker)],
                                            &splits[static_cast<std::size_t>(worker)]);
                    if (v == Verdict::Unknown) ++undecided;
                    noteSplit(worker);
                    if (v != Verdict::Realized) return false;
                    publish(worker);
                    return true;
                });
            out.exactChecks += checks.load();
            out.lastUnitRefuted += exact.lastUnitRefutations();
            out.combinations += exact.combinations();
            if (out.hasWitness)
                return finish("fits at " + std::to_string(level) +
                              " (realized by the exact search)");
            if (networks.timeUp) {
                interrupted = true;
                return finish("fits at " + std::to_string(level) +
                              "; time ran out in the exact search");
            }
            if (undecided > 0)
                return finish("fits at " + std::to_string(level) + "; " +
                              std::to_string(undecided.load()) + " combinations undecided");
            for (std::size_t k = 1; k < searches.size(); ++k) {  // they end with this level
                out.cpuSeconds += searches[k]->cpuSeconds();
                out.busiestThreadCpuSeconds += searches[k]->busiestCpuSeconds();
                out.maxNormLps += searches[k]->maxNormLps();
                out.maxNormRefuted += searches[k]->maxNormRefuted();
            }
            searches.resize(1);
            ++out.refinedLevels;  // no network of this cost: the bound moves past it
            out.bound = level + 1;
            out.fitsAtBound = false;
            report(level, false);
            if (splitIsOptimal())
                return finish("fits at " + std::to_string(out.bound) +
                              " (realized by a network of the exact search with units split " +
                              "within the bounds)");
        }
        return finish("every combination up to cost " + std::to_string(lastLevel) + " refuted");
    } catch (const std::exception& e) {
        gatherLast = nullptr;  // the threads' split networks are gone with the try block
        out.computed = false;
        out.bound = 0;
        return finish(std::string("skipped: ") + e.what());
    }
}

std::string describeRankProgress(const RankBoundProgress& p) {
    std::ostringstream line;
    line.setf(std::ios::fixed);
    line.precision(1);
    line << "rank bound, " << p.seconds << " s: ";
    if (!p.searching) {
        line << "level " << p.level << (p.fits ? " holds a span that fits" : " refuted")
             << ", bound " << p.bound;
    } else {
        switch (p.stage) {
            case RankBoundStage::Relaxation:
                line << "relaxation of level " << p.level;
                break;
            case RankBoundStage::RankDeficientSpans:
                line << "level " << p.level << ", looking for a rank-deficient span that fits";
                break;
            case RankBoundStage::ExactSearch:
                line << "level " << p.level << ", exact search of networks with " << p.level
                     << " nonzeros";
                break;
        }
        line << ", " << std::lround(100.0 * p.done) << " % done (estimated), bound " << p.bound;
    }
    line << " (" << p.combinations << " combinations)";
    if (p.upperNonzeros >= 0) line << "; a network with " << p.upperNonzeros << " nonzeros fits";
    return line.str();
}

int defaultRankBoundThreads() {
    const unsigned hw = std::thread::hardware_concurrency();
    return static_cast<int>(std::clamp(hw, 1u, 8u));
}

}  // namespace smip
