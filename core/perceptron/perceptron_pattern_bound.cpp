#include "core/perceptron/perceptron_pattern_bound.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_polish.h"
#include "core/sparsest/dense_lp.h"
#include "core/sparsest/halfspace_patterns.h"

namespace smip {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kMaxSamples = kMaxWidePatternSamples;
constexpr int kMaxInputs = 3;
constexpr int kMaxHidden = 4;
// Values are sums of the factors and whole bits; a network closer than this to a threshold is
// not searched for, so every bound claimed is the threshold minus this.
constexpr double kTol = 1e-9;

// The larger of the weights' and the threshold's magnitudes: what scales a realization into the
// output bounds (buildNetwork), so the smallest is kept per table.
int largestCoefficient(const ThresholdFunction& f) {
    int w = std::abs(f.t);
    for (int x : f.a)
        w = std::max(w, std::abs(x));
    return w;
}

std::vector<ThresholdFunction> listThresholdFunctions(int k) {
    std::map<std::uint16_t, ThresholdFunction> found;
    // Integer weights in [−3, 3] realize every threshold function of ≤ 4 variables (the counts
    // 2, 4, 14, 104, 1882 are checked by a test).
    int combos = 1;
    for (int i = 0; i < k; ++i)
        combos *= 7;
    std::array<int, 4> a{};
    for (int combo = 0; combo < combos; ++combo) {
        int rest = combo, sumAbs = 0;
        for (int i = 0; i < k; ++i) {
            a[static_cast<std::size_t>(i)] = rest % 7 - 3;
            rest /= 7;
            sumAbs += std::abs(a[static_cast<std::size_t>(i)]);
        }
        for (int t = -sumAbs; t <= sumAbs + 1; ++t) {
            ThresholdFunction f{0, a, t};
            for (int c = 0; c < (1 << k); ++c) {
                int dot = 0;
                for (int i = 0; i < k; ++i)
                    if (c & (1 << i)) dot += a[static_cast<std::size_t>(i)];
                if (dot >= t) f.table |= static_cast<std::uint16_t>(1u << c);
            }
            const auto it = found.find(f.table);
            if (it == found.end() || largestCoefficient(f) < largestCoefficient(it->second))
                found[f.table] = f;
        }
    }
    std::vector<ThresholdFunction> out;
    out.reserve(found.size());
    for (const auto& [table, f] : found)
        out.push_back(f);
    return out;
}

// One candidate hidden unit: its support, its firing pattern on the training samples, what it
// costs in the objective, and weights that realize the pattern within the model's bounds and
// margins (when the LP gave them).
struct Unit {
    WidePattern pattern = 0;
    std::uint32_t support = 0;
    double cost = 0.0;
    bool realized = false;
    std::array<double, kMaxInputs> w{};
    double b = 0.0;
};

// The model's rules for one unit, read off the built MILP.
struct UnitRules {
    double W = 0.0, Bh = 0.0, eps = 0.0;
    bool nonnegative = false;
};

enum class Realizable { Yes, Unproven, No };

// Is `pattern` a firing pattern of a unit with weights on `support`, within |w| ≤ W (w ≥ 0 when
// nonnegative), |b| ≤ Bh, pre-activation ≥ 0 on the pattern and ≤ −ε off it? An LP that also
// maximizes a uniform extra margin δ ≤ 1, so the weights it gives keep their steps under rounding.
// Variables (all ≥ 0): x_j (w_j = x_j − shift), x_b (b = x_b − Bh), their slacks, one slack t_s per
// sample, δ and its slack. "No" only with a Farkas certificate checked against the variables'
// bounds (a candidate dropped wrongly would make the bound invalid).
Realizable realize(const Eigen::MatrixXd& U, WidePattern pattern, std::uint32_t support,
                   const UnitRules& rules, DenseLp& lp, Unit& unit) {
    const int N = static_cast<int>(U.rows());
    std::array<int, kMaxInputs> cols{};
    int s = 0;
    for (int j = 0; j < static_cast<int>(U.cols()); ++j)
        if (support & (1u << j)) cols[static_cast<std::size_t>(s++)] = j;
    const double shift = rules.nonnegative ? 0.0 : rules.W;
    const double range = rules.nonnegative ? rules.W : 2.0 * rules.W;
    const int xb = s, slack0 = s + 1, tb = 2 * s + 2, delta = tb + N, rows = s + 2 + N;
    const int colsTotal = delta + 2;
    lp.reset(rows, colsTotal);
    std::vector<double> upper(static_cast<std::size_t>(colsTotal), 0.0);
    for (int j = 0; j < s; ++j) {
        lp.a(j, j) = 1.0;
        lp.a(j, slack0 + j) = 1.0;
        lp.b(j) = range;
        upper[static_cast<std::size_t>(j)] = upper[static_cast<std::size_t>(slack0 + j)] = range;
    }
    lp.a(s, xb) = 1.0;
    lp.a(s, slack0 + s) = 1.0;
    lp.b(s) = 2.0 * rules.Bh;
    upper[static_cast<std::size_t>(xb)] = upper[static_cast<std::size_t>(slack0 + s)] =
        2.0 * rules.Bh;
    const int deltaRow = s + 1;
    lp.a(deltaRow, delta) = 1.0;
    lp.a(deltaRow, delta + 1) = 1.0;
    lp.b(deltaRow) = 1.0;
    upper[static_cast<std::size_t>(delta)] = upper[static_cast<std::size_t>(delta + 1)] = 1.0;
    for (int n = 0; n < N; ++n) {
        const int row = s + 2 + n;
        const bool on = (pattern >> n) & 1u;
        double sumU = 0.0, reach = 2.0 * rules.Bh + 1.0;
        for (int j = 0; j < s; ++j) {
            const double u = U(n, cols[static_cast<std::size_t>(j)]);
            lp.a(row, j) = u;
            sumU += u;
            reach += std::abs(u) * range;
        }
        lp.a(row, xb) = 1.0;
        // pre = Σ u·x − shift·Σu + x_b − Bh; on: pre − δ − t = 0; off: pre + ε + δ + t = 0
        lp.a(row, tb + n) = on ? -1.0 : 1.0;
        lp.a(row, delta) = on ? -1.0 : 1.0;
        lp.b(row) = shift * sumU + rules.Bh - (on ? 0.0 : rules.eps);
        upper[static_cast<std::size_t>(tb + n)] = reach + std::abs(lp.b(row));
    }
    lp.c(delta) = 1.0;
    const DenseLp::Status status = lp.solve();
    if (status == DenseLp::Status::Infeasible)
        return lp.farkasProvesInfeasible(upper) ? Realizable::No : Realizable::Unproven;
    if (status == DenseLp::Status::Unbounded) return Realizable::Unproven;
    const std::vector<double>& x = lp.x();
    unit.w.fill(0.0);
    for (int j = 0; j < s; ++j)
        unit.w[static_cast<std::size_t>(cols[static_cast<std::size_t>(j)])] = std::clamp(
            x[static_cast<std::size_t>(j)] - shift, rules.nonnegative ? 0.0 : -rules.W, rules.W);
    unit.b = std::clamp(x[static_cast<std::size_t>(xb)] - rules.Bh, -rules.Bh, rules.Bh);
    // Rounding must not have moved a sample into the margin: check in the model's own terms.
    for (int n = 0; n < N; ++n) {
        double pre = unit.b;
        for (int j = 0; j < static_cast<int>(U.cols()); ++j)
            pre += U(n, j) * unit.w[static_cast<std::size_t>(j)];
        const bool on = (pattern >> n) & 1u;
        if (on ? pre < 0.0 : pre > -rules.eps) return Realizable::Unproven;
    }
    unit.realized = true;
    return Realizable::Yes;
}

// Errors of the best output layer for a hidden code per sample: per output, the threshold
// function of the code with the fewest wrong bits (`chosen` gets its index).
class OutputErrors {
  public:
    OutputErrors(const Eigen::VectorXi& labels, int classes)
        : labels_(labels), K_(classes), counts_(static_cast<std::size_t>(16 * (classes + 1))) {}

    /// Wrong output bits of the best outputs for `codes` (one per sample, < 2^depth); returns
    /// +inf when even the unconstrained choice per code cannot get below `below`.
    double operator()(const std::uint8_t* codes, int depth, double below,
                      std::array<int, 16>* chosen) {
        const int C = 1 << depth;
        std::fill(counts_.begin(), counts_.begin() + static_cast<std::ptrdiff_t>(C * (K_ + 1)), 0);
        for (Eigen::Index s = 0; s < labels_.size(); ++s) {
            const int c = codes[s];
            ++counts_[static_cast<std::size_t>(c * (K_ + 1))];
            ++counts_[static_cast<std::size_t>(c * (K_ + 1) + 1 + labels_(s))];
        }
        // Per output and code: wrong bits when it outputs 0 (its targets) and the change when it
        // outputs 1 instead (the others minus its targets).
        double total = 0.0, relaxed = 0.0;
        for (int k = 0; k < K_; ++k) {
            int base = 0, loose = 0;
            for (int c = 0; c < C; ++c) {
                const int all = counts_[static_cast<std::size_t>(c * (K_ + 1))];
                const int mine = counts_[static_cast<std::size_t>(c * (K_ + 1) + 1 + k)];
                base += mine;
                delta_[static_cast<std::size_t>(k * 16 + c)] = all - 2 * mine;
                loose += std::min(0, all - 2 * mine);
            }
            base_[static_cast<std::size_t>(k)] = base;
            relaxed += base + loose;
        }
        if (!(relaxed < below)) return std::numeric_limits<double>::infinity();
        const auto& functions = thresholdFunctions(depth);
        for (int k = 0; k < K_; ++k) {
            const int* d = &delta_[static_cast<std::size_t>(k * 16)];
            int best = std::numeric_limits<int>::max(), bestIndex = 0;
            for (std::size_t f = 0; f < functions.size(); ++f) {
                int sum = 0;
                for (unsigned table = functions[f].table; table != 0; table &= table - 1)
                    sum += d[std::countr_zero(table)];
                if (sum < best) {
                    best = sum;
                    bestIndex = static_cast<int>(f);
                }
            }
            total += base_[static_cast<std::size_t>(k)] + best;
            if (chosen != nullptr) (*chosen)[static_cast<std::size_t>(k)] = bestIndex;
        }
        return total;
    }

  private:
    const Eigen::VectorXi& labels_;
    int K_;
    std::vector<int> counts_;
    std::array<int, 16 * 10> delta_{};
    std::array<int, 10> base_{};
};

// What the threads of one pass share: the threshold (lowered by every better network found),
// the best network, the next task and the reason to stop.
struct SharedSearch {
    std::atomic<double> threshold{0.0};
    std::atomic<std::size_t> nextTask{0};
    std::atomic<bool> halted{false};
    std::atomic<long long> networks{0};
    std::mutex bestMutex;
    double bestValue = std::numeric_limits<double>::infinity();
    bool found = false;
    std::vector<int> bestUnits;
    std::array<int, 16> bestOutputs{};
};

// One thread's depth-first search: unit sets in increasing candidate order (a repeated pattern
// adds nothing the outputs could use), cut off where the units alone cost the threshold. Tasks
// are the sets' first two units (or the first alone), so threads split a pass finely.
class PatternSearch {
  public:
    PatternSearch(const std::vector<Unit>& units, const PerceptronMilp& milp, SharedSearch& shared,
                  Clock::time_point deadline, std::stop_token stop)
        : units_(units),
          n_(milp.index.n),
          N_(milp.index.N),
          errors_(milp.labels, milp.index.K),
          codes_(static_cast<std::size_t>((n_ + 1) * N_), 0),
          shared_(shared),
          deadline_(deadline),
          stop_(std::move(stop)) {
        const auto& sp = milp.config.sparsity;
        weightCap_ = sp.weights && sp.maxWeights >= 0 ? sp.maxWeights : kMaxHidden * kMaxInputs;
    }

    /// The empty network and every set of one unit (cheap; one thread does them).
    void runSingles() {
        stack_.clear();
        visit(0, 0.0);
        for (std::size_t j = 0; j < units_.size() && n_ >= 1 && !shared_.halted; ++j) {
            const Unit& u = units_[j];
            if (!(u.cost < threshold() - kTol)) break;
            if (std::popcount(u.support) > weightCap_) continue;
            push(0, j);
            visit(1, u.cost);
            stack_.pop_back();
        }
        flush();
    }

    /// Tasks (i, j), i < j, from `tasks` until none is left: every set that starts with them.
    void runPairs(const std::vector<std::pair<int, int>>& tasks) {
        for (;;) {
            const std::size_t t = shared_.nextTask.fetch_add(1, std::memory_order_relaxed);
            if (t >= tasks.size() || shared_.halted) break;
            const auto [i, j] = tasks[t];
            const Unit& a = units_[static_cast<std::size_t>(i)];
            const Unit& b = units_[static_cast<std::size_t>(j)];
            const double cost = a.cost + b.cost;
            if (!(cost < threshold() - kTol)) continue;
            const int w = std::popcount(a.support) + std::popcount(b.support);
            if (w > weightCap_) continue;
            stack_.clear();
            push(0, static_cast<std::size_t>(i));
            push(1, static_cast<std::size_t>(j));
            dfs(2, static_cast<std::size_t>(j) + 1, cost, w);
        }
        flush();
    }

  private:
    double threshold() const { return shared_.threshold.load(std::memory_order_relaxed); }

    // Unit `j` at `depth`: the codes of depth + 1 from those of depth.
    void push(int depth, std::size_t j) {
        const Unit& u = units_[j];
        const std::uint8_t* codes = &codes_[static_cast<std::size_t>(depth * N_)];
        std::uint8_t* next = &codes_[static_cast<std::size_t>((depth + 1) * N_)];
        for (int s = 0; s < N_; ++s)
            next[s] = static_cast<std::uint8_t>(codes[s] |
                                                (((u.pattern >> s) & 1u) ? (1u << depth) : 0u));
        stack_.push_back(static_cast<int>(j));
    }

    // The network of the units on the stack: its best outputs, and a better network is shared.
    void visit(int depth, double cost) {
        if ((++networks_ & 1023) == 0) {
            shared_.networks.fetch_add(1024, std::memory_order_relaxed);
            if (stop_.stop_requested() || Clock::now() > deadline_) shared_.halted = true;
        }
        const double limit = threshold() - kTol;
        std::array<int, 16> chosen{};
        const double value = cost + errors_(&codes_[static_cast<std::size_t>(depth * N_)], depth,
                                            limit - cost, &chosen);
        if (!(value < limit)) return;
        std::lock_guard lock(shared_.bestMutex);
        if (!(value < shared_.threshold.load() - kTol)) return;
        shared_.threshold = value;
        shared_.bestValue = value;
        shared_.found = true;
        shared_.bestUnits = stack_;
        shared_.bestOutputs = chosen;
    }

    void dfs(int depth, std::size_t from, double cost, int weights) {
        if (shared_.halted) return;
        visit(depth, cost);
        if (depth == n_) return;
        for (std::size_t j = from; j < units_.size(); ++j) {
            const Unit& u = units_[j];
            if (!(cost + u.cost < threshold() - kTol)) break;  // sorted by cost
            const int w = std::popcount(u.support);
            if (weights + w > weightCap_) continue;
            push(depth, j);
            dfs(depth + 1, j + 1, cost + u.cost, weights + w);
            stack_.pop_back();
            if (shared_.halted) return;
        }
    }

    void flush() {
        shared_.networks.fetch_add(networks_ & 1023, std::memory_order_relaxed);
        networks_ = 0;
    }

    const std::vector<Unit>& units_;
    int n_, N_;
    OutputErrors errors_;
    std::vector<std::uint8_t> codes_;
    SharedSearch& shared_;
    Clock::time_point deadline_;
    std::stop_token stop_;
    int weightCap_ = 0;
    std::vector<int> stack_;
    long long networks_ = 0;
};

// One pass below `threshold` on `threads` threads (the calling thread is one). True when it ran
// to the end; `shared` holds the best network found.
bool runPass(const std::vector<Unit>& units, const PerceptronMilp& milp, double threshold,
             int threads, Clock::time_point deadline, std::stop_token stop, SharedSearch& shared) {
    shared.threshold = threshold;
    shared.nextTask = 0;
    std::vector<std::pair<int, int>> tasks;
    if (milp.index.n >= 2)
        for (std::size_t i = 0; i < units.size() && units[i].cost < threshold - kTol; ++i)
            for (std::size_t j = i + 1;
                 j < units.size() && units[i].cost + units[j].cost < threshold - kTol; ++j)
                tasks.emplace_back(static_cast<int>(i), static_cast<int>(j));
    const auto work = [&](bool singles) {
        PatternSearch search(units, milp, shared, deadline, stop);
        if (singles) search.runSingles();
        search.runPairs(tasks);
    };
    std::vector<std::jthread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back([&work] { work(false); });
    work(true);
    helpers.clear();  // joins
    return !shared.halted;
}

// The candidate units: for every support, the patterns of the arrangement of its lifted points,
// costed; the cheapest realizable unit per pattern is kept. With the model's used-unit cuts
// (perceptron_milp.cpp) a unit firing everywhere cannot be in a solution, so it is left out.
bool listUnits(const PerceptronMilp& milp, double upperBound, Clock::time_point deadline,
               std::stop_token stop, PerceptronPatternBoundResult& r, std::vector<Unit>& units) {
    const auto& cfg = milp.config;
    const auto& sp = cfg.sparsity;
    const int N = milp.index.N, m = milp.index.m;
    const WidePattern all = N == 64 ? ~WidePattern{0} : (WidePattern{1} << N) - 1;
    const bool cuts = cfg.validInequalities && sp.neurons && !cfg.integer;
    const UnitRules rules{milp.weightBound, milp.biasBound, milp.hiddenMargin, cfg.nonnegative};
    std::vector<Unit> candidates;
    for (std::uint32_t support = 0; support < (1u << m); ++support) {
        Eigen::MatrixXd points(N, std::popcount(support) + 1);
        int c = 0;
        for (int j = 0; j < m; ++j)
            if (support & (1u << j)) points.col(c++) = milp.U.col(j);
        points.col(c).setOnes();
        std::vector<WidePattern> patterns = realizableWidePatterns(points);
        if (std::find(patterns.begin(), patterns.end(), all) == patterns.end())
            patterns.push_back(all);
        for (WidePattern p : patterns) {
            if (cuts && p == all) continue;
            Unit u;
            u.pattern = p;
            u.support = support;
            u.cost = (sp.weights ? sp.weightsFactor * std::popcount(support) : 0.0) +
                     (sp.activations ? sp.activationsFactor * std::popcount(p) : 0.0) +
                     (sp.neurons ? sp.neuronsFactor : 0.0);
            if (u.cost < upperBound - kTol) candidates.push_back(u);
        }
        if (stop.stop_requested() || Clock::now() > deadline) return false;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Unit& a, const Unit& b) {
        return a.pattern != b.pattern ? a.pattern < b.pattern : a.cost < b.cost;
    });
    DenseLp lp;
    for (std::size_t i = 0; i < candidates.size();) {
        std::size_t end = i;
        while (end < candidates.size() && candidates[end].pattern == candidates[i].pattern)
            ++end;
        // The cheapest support that realizes the pattern; when the cheapest is unproven either
        // way it is kept without weights (the bound stays valid, only the network is not built).
        for (std::size_t k = i; k < end; ++k) {
            Unit u = candidates[k];
            ++r.patternLps;
            const Realizable how = realize(milp.U, u.pattern, u.support, rules, lp, u);
            if (how == Realizable::No) {
                ++r.refuted;
                continue;
            }
            units.push_back(u);
            break;
        }
        i = end;
        if ((r.patternLps & 255) == 0 && (stop.stop_requested() || Clock::now() > deadline))
            return false;
    }
    std::stable_sort(units.begin(), units.end(),
                     [](const Unit& a, const Unit& b) { return a.cost < b.cost; });
    return true;
}

// The network of the best unit set, in the model's conventions (symmetry order, switched-off
// units), completed into a column vector and re-evaluated. False when a unit has no weights from
// its LP or an output function does not fit the output bounds.
bool buildNetwork(const PerceptronMilp& milp, const std::vector<Unit>& units,
                  const std::vector<int>& chosen, const std::array<int, 16>& outputs,
                  std::vector<double>& solution) {
    const auto& I = milp.index;
    const bool neurons = milp.config.sparsity.neurons;
    std::vector<int> order(chosen.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    // Without the kill switch the model orders units by bias (non-increasing).
    if (!neurons)
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return units[static_cast<std::size_t>(chosen[static_cast<std::size_t>(a)])].b >
                   units[static_cast<std::size_t>(chosen[static_cast<std::size_t>(b)])].b;
        });
    PerceptronParams p;
    p.W = Eigen::MatrixXd::Zero(I.n, I.m);
    p.b = Eigen::VectorXd::Constant(I.n, neurons ? 0.0 : -milp.biasBound);
    p.Q = Eigen::MatrixXd::Zero(I.n, I.K);
    p.bF = Eigen::VectorXd::Zero(I.K);
    p.used.assign(static_cast<std::size_t>(I.n), neurons ? 0 : 1);
    for (std::size_t slot = 0; slot < order.size(); ++slot) {
        const Unit& u =
            units[static_cast<std::size_t>(chosen[static_cast<std::size_t>(order[slot])])];
        if (!u.realized) return false;
        for (int j = 0; j < I.m; ++j)
            p.W(static_cast<Eigen::Index>(slot), j) = u.w[static_cast<std::size_t>(j)];
        p.b(static_cast<Eigen::Index>(slot)) = u.b;
        p.used[slot] = 1;
    }
    const auto& functions = thresholdFunctions(static_cast<int>(chosen.size()));
    for (int k = 0; k < I.K; ++k) {
        const ThresholdFunction& f =
            functions[static_cast<std::size_t>(outputs[static_cast<std::size_t>(k)])];
        int largest = 1;
        for (std::size_t i = 0; i < chosen.size(); ++i)
            largest = std::max(largest, std::abs(f.a[i]));
        // spF = scale·(a·code − t): ≥ 0 where f is 1, ≤ −scale where it is 0.
        const double scale =
            std::min(milp.outBound / largest, milp.outBiasBound / std::max(1, std::abs(f.t)));
        if (scale < milp.outputMargin) return false;
        for (std::size_t slot = 0; slot < order.size(); ++slot)
            p.Q(static_cast<Eigen::Index>(slot), k) =
                scale * f.a[static_cast<std::size_t>(order[slot])];
        p.bF(k) = -scale * f.t;
    }
    std::string error;
    return completePerceptronSolution(milp, p, solution, error);
}

}  // namespace

const std::vector<ThresholdFunction>& thresholdFunctions(int k) {
    static const std::array<std::vector<ThresholdFunction>, kMaxHidden + 1> lists = [] {
        std::array<std::vector<ThresholdFunction>, kMaxHidden + 1> l;
        for (int i = 0; i <= kMaxHidden; ++i)
            l[static_cast<std::size_t>(i)] = listThresholdFunctions(i);
        return l;
    }();
    return lists.at(static_cast<std::size_t>(k));
}

std::string patternBoundSkipReason(const PerceptronMilp& milp) {
    const auto& I = milp.index;
    // Firing costs are what keep the search small: without them every set of units up to the
    // start's objective is a candidate, millions for a handful of units.
    if (!milp.config.sparsity.activations || !(milp.config.sparsity.activationsFactor > 0.0))
        return "needs the activations term";
    if (milp.config.integer) return "integer networks are not enumerated";
    if (I.N > kMaxSamples) return "more than " + std::to_string(kMaxSamples) + " training samples";
    if (I.m > kMaxInputs) return "more than " + std::to_string(kMaxInputs) + " inputs";
    if (I.n > kMaxHidden) return "more than " + std::to_string(kMaxHidden) + " hidden units";
    if (I.K > 10) return "more than 10 classes";
    return "";
}

PerceptronPatternBoundResult perceptronPatternBound(const PerceptronMilp& milp,
                                                    const PerceptronPatternBoundOptions& options,
                                                    std::stop_token stop) {
    PerceptronPatternBoundResult r;
    const auto t0 = Clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - t0).count(); };
    r.reason = patternBoundSkipReason(milp);
    if (!r.reason.empty()) return r;
    const double upper = options.upperBound;
    if (!std::isfinite(upper) || upper <= 0.0) {
        r.reason = "no start to improve on";
        return r;
    }
    const auto deadline = t0 + std::chrono::duration_cast<Clock::duration>(
                                   std::chrono::duration<double>(options.seconds));
    std::vector<Unit> units;
    try {
        if (!listUnits(milp, upper, deadline, stop, r, units)) {
            r.computed = true;
            r.timedOut = true;
            r.reason = "time ran out while listing firing patterns";
            r.seconds = elapsed();
            return r;
        }
    } catch (const std::exception& e) {
        r.reason = e.what();
        return r;
    }
    r.computed = true;
    r.units = static_cast<int>(units.size());
    SharedSearch shared;
    const int threads = std::max(1, options.threads);
    // Thresholds rise by a step that grows while a pass takes little of what is left and shrinks
    // when it takes much: the cost of a pass grows steeply with its threshold, and a small first
    // step proves something even where the last pass cannot finish.
    double step = upper * std::clamp(options.firstStep, 1e-6, 1.0), threshold = 0.0;
    for (int pass = 1;; ++pass) {
        threshold = std::min(upper, threshold + step);
        const auto passStarted = Clock::now();
        const bool finished = runPass(units, milp, threshold, threads, deadline, stop, shared);
        r.networks = shared.networks;
        if (shared.found) {
            r.objective = shared.bestValue;
            r.hasNetwork =
                buildNetwork(milp, units, shared.bestUnits, shared.bestOutputs, r.solution);
            if (r.hasNetwork) r.objective = perceptronObjective(milp, r.solution);
            if (!finished) break;
            // Every network below the threshold was seen: the best of them is the optimum.
            r.bound = shared.bestValue - kTol;
            r.complete = true;
            r.passesCompleted = pass;
            r.reason = r.hasNetwork ? "optimal network found by the enumeration"
                                    : "optimum found by the enumeration (its network not built)";
            break;
        }
        if (!finished) break;
        r.bound = threshold - kTol;
        r.passesCompleted = pass;
        if (options.onProgress) options.onProgress({pass, r.bound, r.networks, elapsed()});
        if (threshold >= upper) {
            r.complete = true;
            r.reason = "no network beats the start";
            break;
        }
        const auto now = Clock::now();
        const auto took = now - passStarted, left = deadline - now;
        if (took * 64 < left)
            step *= 1.5;
        else if (took * 4 > left)
            step *= 0.5;
    }
    if (!r.complete) {
        r.timedOut = true;
        r.reason = "time ran out in pass " + std::to_string(r.passesCompleted + 1) +
                   " (threshold " + std::to_string(threshold) + ")";
    }
    r.seconds = elapsed();
    return r;
}

}  // namespace smip
