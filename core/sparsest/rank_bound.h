#pragma once
// A combinatorial lower bound on the sparsest-network objective that the MILP's LP relaxation
// cannot see: a dimension (rank) argument.
//
// Fix, for each hidden unit k, its support S_k (the counted nonzeros among weights and bias) and
// its activation pattern a_k on the data. The outputs are then linear in the weights:
//     f(X) = Σ_k v_k·D(a_k)·X_{S_k}·(w_k, b_k)   ∈   span{ D(a_k)·X_{S_k} : k }
// a space of dimension at most Σ|S_k| = the objective. So a network with m nonzeros fits y only
// if y lies in the span of some such "atoms" of total cost m, with a_k a pattern some halfspace on
// the columns S_k realizes (we drop the coupling between the weights and the pattern, the output
// signs, the weight bounds and the width: a relaxation, so the bound is valid for the MILP).
// Enumerating every atom combination of cost ≤ m and finding y outside each span proves
// "objective ≥ m + 1". On generic data (the sparse-ReLU package's `random`) this proves the optimum
// N directly, where CBC's big-M relaxation stays at 2–4 for any N.
//
// Tolerance: "fits" means max_n |f(x_n) − y_n| ≤ ε + τ. A combination is refuted only when the
// max-norm distance from y to its span exceeds ε + τ: a cheap dual certificate first (see
// withinLimit), and for what it leaves open the exact distance by a small LP whose dual solution
// is checked as a certificate (max_norm_distance.h). With
// ε = 0, τ defaults to 1e-9·(1 + max|y|), far above rounding error but far below the solver's
// tolerances: the bound is about exact fits. It must not be the verification tolerance (1e-6):
// among millions of supports some span passes within a few 1e-6 of generic y by chance (seen at
// N = 7: 15 combinations of 6 nonzeros within 5e-6, none an actual network).
#include <Eigen/Dense>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/nn/shallow_relu_net.h"
#include "core/sparsest/sparsest_config.h"

namespace smip {

/// What the enumeration is doing when it reports: the relaxation over spans, the pass looking
/// for a rank-deficient span that fits, or the exact search over networks of one cost.
enum class RankBoundStage { Relaxation, RankDeficientSpans, ExactSearch };

/// A level of the enumeration decided (every combination of cost < `bound` is refuted), or, with
/// `searching`, a heartbeat while a stage of `level` still runs.
struct RankBoundProgress {
    int level = 0;               ///< the level just decided, or the one being searched
    int bound = 0;               ///< proven so far
    bool fits = false;           ///< the level holds a span containing y (the bound stops here)
    long long combinations = 0;  ///< over all levels so far, the running one included
    double seconds = 0.0;        ///< since the start of the enumeration
    bool searching = false;      ///< a heartbeat: `stage` of `level` is still running
    RankBoundStage stage = RankBoundStage::Relaxation;
    /// With a heartbeat: an estimate of the stage's work done (0..1), its finished parts each
    /// weighted by the combinations their subtrees hold before pruning (which cuts some far more
    /// than others, so the estimate moves unevenly; it reaches 1 when the stage ends).
    double done = 0.0;
    /// Fewest nonzeros of a network known to fit (the search's split networks; the solver adds
    /// its start); −1: none yet. An upper bound on the optimum.
    int upperNonzeros = -1;
    /// That network when the search found it (width 0 otherwise, e.g. when it is the start).
    ShallowReluNet upperNetwork;
};

/// One English line for a progress report (the CLI's and the solver log's wording).
std::string describeRankProgress(const RankBoundProgress& progress);

/// Worker threads of the enumeration when the caller asks for "as many as useful" (0):
/// hardware_concurrency, at least 1 and at most 8 (beyond that the shared atomic task counter and
/// memory bandwidth, not the cores, limit an enumeration this fine-grained).
int defaultRankBoundThreads();

struct RankBoundOptions {
    double seconds = 10.0;  ///< budget for the whole enumeration (levels and witness search)
    int stopAtCost = -1;    ///< stop once every combination of this cost is refuted (e.g. UB − 1)
    double tolerance = -1;  ///< τ beyond ε; < 0 = 1e-9·(1 + max|y|)
    int maxSamples = 16;    ///< larger instances are skipped (the enumeration grows as N^d)
    long long maxAtoms = 50000;  ///< skipped when the atom list would be longer
    bool findWitness = true;     ///< at the first level that fits, look for a realizable network
    /// At most this long (CBC usually finds one quickly too); with the refinement (which finds
    /// every network the quick search would) at most a tenth of `seconds`, but 0.5 s at least.
    double witnessSeconds = 5.0;
    /// When a level fits but holds no quick witness: decide it exactly by enumerating full-rank
    /// networks of that cost, unit by unit, and checking each one's unique least-squares weights
    /// against its own patterns and the weight bounds (with the slack the tolerance allows); what
    /// that leaves open, and every network of a level whose fitting spans are rank-deficient
    /// (then all networks of the cost are enumerated), an LP per output-sign choice decides. A
    /// level without any moves the bound one further; a network found there is optimal.
    bool refine = true;
    /// Threads that share each level's combinations (the calling thread is one of them); 0 =
    /// defaultRankBoundThreads(), 1 = everything on the calling thread. The bound, the per-level
    /// outcome and (for refuted levels) the combination counts do not depend on it; which witness
    /// is found first may.
    int threads = 0;
    /// Prune what cannot fit before it is counted: combinations leaving a sample with
    /// |y_n| > ε + τ inactive in every unit (no matter what is added within the budget), and
    /// atoms whose span lies in a cheaper-or-equal atom's. Off only to measure what it saves.
    bool prune = true;
    /// Called on the calling thread after each level is decided (refuted, or found to fit), and
    /// every `heartbeatSeconds` while a level's stage runs (searching = true). May request the
    /// stop: the enumeration then ends within a millisecond, keeping the bound proven so far.
    std::function<void(const RankBoundProgress&)> onProgress;
    double heartbeatSeconds = 0.5;
};

struct RankBoundResult {
    bool computed = false;     ///< false: skipped (reason says why); bound is then 0
    std::string reason;        ///< why skipped, or how the enumeration ended
    int bound = 0;             ///< every fitting network has ≥ bound counted nonzeros
    bool fitsAtBound = false;  ///< some atom combination of cost `bound` contains y
    bool timedOut = false;     ///< the budget (or a stop) ended the enumeration early
    bool cancelled = false;    ///< it was the stop request (timedOut is then true as well)
    int threads = 1;           ///< threads the enumeration ran on
    /// CPU seconds of the combination search over all threads, and the sum over levels of the
    /// busiest thread's share: their ratio is the speed-up the split allows on idle cores.
    double cpuSeconds = 0.0;
    double busiestThreadCpuSeconds = 0.0;
    int atoms = 0;               ///< (support, pattern) atoms enumerated
    long long combinations = 0;  ///< combinations checked, over all levels
    /// combinations checked by the relaxation at each level (index = level); a level that fits
    /// stops early at its first witness, so only refuted levels are comparable between runs
    std::vector<long long> combinationsPerLevel;
    double nearestMiss = 0.0;  ///< smallest ‖y − span‖₂ among refuted combinations
    /// Combinations the cheap tests left open that got the exact max-norm distance LP, and those
    /// of them its checked certificate refuted (max_norm_distance.h).
    long long maxNormLps = 0;
    long long maxNormRefuted = 0;
    double tolerance = 0.0;  ///< ε + τ: what counted as a fit (max-norm residual)
    double seconds = 0.0;
    bool hasWitness = false;  ///< a real network with `bound` nonzeros was found (optimal then)
    ShallowReluNet witness;   ///< v = ±1, within the config's bounds, fits within ε + τ
    int witnessChecks = 0;    ///< fitting combinations tested for realizability
    /// The sparsest network that fits found along the way with more nonzeros than the level it
    /// was checked at: units whose unique weights broke a bound, each split into equal copies
    /// within it. An upper bound and a MIP start; when its nonzeros reach the bound it is also
    /// the witness (hasWitness), and optimal.
    bool hasUpperNetwork = false;
    int upperNonzeros = -1;
    ShallowReluNet upperNetwork;
    long long exactChecks = 0;  ///< networks (combinations of units) checked by the refinement
    /// networks the refinement refuted by their last unit's pattern alone, before the check
    long long lastUnitRefuted = 0;
    int refinedLevels = 0;  ///< levels the refinement proved empty (bound raised by these)
};

/// Computes the bound for data X (N × d), targets y under `config` (its countBiases and ε; the
/// weight bounds and width only filter the witness). Never throws. A stop request ends it early
/// with the bound proven so far. Any thread; pure computation (no solver).
RankBoundResult sparsestRankBound(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                  const SparsestConfig& config, const RankBoundOptions& options,
                                  std::stop_token stop = {});

}  // namespace smip
