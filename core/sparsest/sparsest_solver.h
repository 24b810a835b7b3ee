#pragma once
// Runs the sparsest exact-fit network MILP end to end: build, optional warm start from a trained
// network, CBC solve, decode, independent verification.
#include <functional>
#include <stop_token>
#include <string>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"
#include "core/nn/shallow_relu_net.h"
#include "core/sparsest/oned_exact.h"
#include "core/sparsest/oned_sparsest.h"
#include "core/sparsest/rank_bound.h"
#include "core/sparsest/sparsest_config.h"
#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_model.h"
#include "core/sparsest/sparsest_size.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/sparsest/verification.h"

namespace smip {

/// Sees the rank bound's reports (levels decided, heartbeats) on the solving thread.
using RankProgressFn = std::function<void(const RankBoundProgress&)>;

struct SparsestResult {
    SparsestConfig config;              ///< width resolved
    SparsestSizeEstimate size;          ///< of the problem that was (or would have been) built
    MilpResult milp;                    ///< solver outcome; status Infeasible/Error carry a message
    bool hasNetwork = false;            ///< a solution was decoded into `net`
    ShallowReluNet net;                 ///< decoded network, v = ±1, used units first
    SparsestVerification verification;  ///< checked only when hasNetwork
    SparsestWarmStartInfo warmStart;    ///< attempted only with a trained network
    int positiveSlots = 0;              ///< tight: + sign slots in the solved model (else 0)
    int negativeSlots = 0;              ///< tight: − sign slots in the solved model (else 0)
    RankBoundResult rankBound;          ///< tight with config.rankBound (else not computed)
    bool startFromWitness = false;      ///< the MIP start is the rank bound's witness network
    OneDimensionalSparsest oneDimensional;  ///< 1-D kink bound (computed: one input, tight, ε = 0)
    bool startFromOneDimensional = false;   ///< the MIP start is its network
    OneDimensionalExact oneDimensionalExact;    ///< 1-D slot MILP (computed: 1-D, not yet proven)
    bool startFromOneDimensionalExact = false;  ///< the MIP start is its network
    double totalSeconds = 0.0;  ///< wall time of the whole solve: bound, starts, CBC
};

/// A model ready to solve: built, with its MIP start when a trained network was given.
struct SparsestPrepared {
    SparsestModel model;
    std::vector<double> start;   ///< MIP start (empty = none)
    SparsestWarmStartInfo warm;  ///< attempted only with a trained network
    SparsestSlotCaps caps;       ///< sign-slot caps applied (all 0 = none)
    RankBoundResult rank;        ///< added to the model as Σt + Σs ≥ rank.bound when computed
    bool startFromWitness = false;            ///< `start` encodes the rank bound's witness network
    OneDimensionalSparsest oneDimensional;    ///< its lowerBound is a row too (when computed)
    bool startFromOneDimensional = false;     ///< `start` encodes its network
    OneDimensionalExact oneDimensionalExact;  ///< its lowerBound is a row too (when computed)
    bool startFromOneDimensionalExact = false;  ///< `start` encodes its network
};

/// Builds the model and, from `warmStartFrom`, its MIP start. Tight with config.rankBound: proves
/// the rank lower bound first (up to UB − 1 when the start has value UB), adds it as a row, and
/// takes the bound's witness network as the start when there is no better one. When the start is
/// feasible with value UB and the variant is tight, the model is rebuilt with the sign slots capped
/// to what an improving network can use (sparsestSlotCaps) and the start re-derived for it: the
/// same optimum with far fewer interchangeable slots, so far less symmetric search for CBC (the
/// measured effect is in docs/benchmarks/README.md).
/// `onRankProgress` sees each level the rank bound decides and its heartbeats (calling thread),
/// with the start's nonzeros folded into upperNonzeros. Throws std::invalid_argument like
/// buildSparsestMilp. Any thread.
SparsestPrepared prepareSparsestSolve(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                      const SparsestConfig& config,
                                      const ShallowReluNet* warmStartFrom,
                                      std::stop_token stop = {},
                                      const MilpBackend& backend = inProcessMilpBackend(),
                                      const RankProgressFn& onRankProgress = {});

/// `config` with the rank bound's budget capped to 40 % of the solve's time limit: the rest is
/// CBC's, which still has to find (or confirm) a network at the bound. Any thread.
SparsestConfig withRankBudget(SparsestConfig config, double timeLimitSeconds);

/// Whether a solve of `prepared` should run in two phases (no usable start, tight, biases
/// counted, enough time): CBC on the full model until a first small incumbent, then the model
/// rebuilt with sign slots capped by that incumbent (prepareRestart). Any thread.
bool sparsestRestartWorthwhile(const SparsestPrepared& prepared, double timeLimitSeconds);
/// During phase 1: true once `sample` carries an incumbent that caps the slots (≤ K nonzeros) or
/// a tenth of the time limit has passed with one. Any thread.
bool sparsestRestartNow(const SparsestPrepared& prepared, const MilpProgress& sample,
                        double timeLimitSeconds);
/// Phase 2's model: `previous` rebuilt with the slots capped by the network decoded from
/// `incumbentSolution` (a solution vector of previous.model), that network as its MIP start and
/// previous's rank bound kept. warm.feasible is false when it cannot be set up (then continue on
/// the full model). Any thread.
SparsestPrepared prepareSparsestRestart(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                        const SparsestConfig& config,
                                        const SparsestPrepared& previous,
                                        const std::vector<double>& incumbentSolution,
                                        std::stop_token stop = {},
                                        const MilpBackend& backend = inProcessMilpBackend());

/// Solves the sparsest-network MILP for X (N × d), y. Never throws for bad input: returns status
/// Error with a message naming the problem. A stop request ends the solve within about a second.
/// `warmStartFrom` (optional): trained network used for a MIP start (see buildSparsestWarmStart).
/// Every LP and MILP (warm-start refit, both phases) runs on `backend`; hooks run where the
/// backend calls them (milp_backend.h), never concurrently. `onRankProgress` sees the rank
/// bound's reports before CBC starts (they also reach hooks as progress samples and log lines).
SparsestResult solveSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                             const SparsestConfig& config, const MilpOptions& milpOptions,
                             const MilpHooks& hooks = {}, std::stop_token stop = {},
                             const ShallowReluNet* warmStartFrom = nullptr,
                             const MilpBackend& backend = inProcessMilpBackend(),
                             const RankProgressFn& onRankProgress = {});

/// Completes a result from a solve done elsewhere (e.g. a worker process returning the MilpResult
/// with its solution vector): decodes and verifies in this process. Any thread.
SparsestResult finishSparsestResult(const SparsestModel& model, MilpResult milp,
                                    SparsestWarmStartInfo warmStart = {});
/// The same, carrying what prepareSparsestSolve found (warm start, rank bound, witness). A
/// verified MIP start is never lost: when CBC ends without a solution (infeasible, error, limit,
/// cancel) the start is the result, and with a rank bound it reaches it is proven optimal.
SparsestResult finishSparsestResult(const SparsestPrepared& prepared, MilpResult milp);

/// Weight and bias bounds above this make the big-M rows meaningless to CBC: its integrality
/// tolerance (1e-6) times the bound lets a "zero" weight be large, and its verdicts (seen:
/// "infeasible" at 1e20 for data with a 7-nonzero fit) cannot be trusted.
constexpr double kSparsestReliableBound = 1e12;

/// Empty when the bounds are within kSparsestReliableBound; otherwise a warning naming the bound.
std::string sparsestBoundsWarning(const SparsestConfig& config);

/// Adds Σ (objective columns) ≥ bound to the model (the row "rank_floor"): a proven lower bound
/// as a row, so the LP relaxation starts there; with the row already there, raises it. Any thread.
void addObjectiveFloor(SparsestModel& model, int bound);

/// Empty when some width-K network within the bounds can reach every |y_n| − ε (a necessary
/// condition); otherwise the proof of infeasibility as a message naming the sample.
std::string sparsestReachabilityProblem(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                        const SparsestConfig& config);

/// Whether the weight bounds may have kept a sparser network out: the result has an entry at
/// w_B or b_B (a sparser network might need a larger one), unless the rank bound's span argument
/// alone, which ignores the bounds, already equals the result (then no bound excludes anything).
struct SparsestBoundsBinding {
    bool checked = false;           ///< a verified network was there to look at
    bool boundFreeOptimal = false;  ///< result = the span argument's bound: the bounds are moot
    bool weightAtBound = false;     ///< some |w| reaches w_B
    bool biasAtBound = false;       ///< some |b| reaches b_B
    bool binds() const { return checked && !boundFreeOptimal && (weightAtBound || biasAtBound); }
};

/// The check above on a solve's result (relative tolerance 1e-6 for "reaches"). Any thread.
SparsestBoundsBinding sparsestBoundsBinding(const SparsestResult& result);

}  // namespace smip
