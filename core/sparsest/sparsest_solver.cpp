#include "core/sparsest/sparsest_solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <optional>
#include <sstream>
#include <stop_token>

#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_validation.h"

namespace smip {

std::string sparsestReachabilityProblem(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                        const SparsestConfig& config) {
    const int K = effectiveWidth(config, static_cast<int>(X.rows()));
    for (Eigen::Index n = 0; n < X.rows(); ++n) {
        // |f(x_n)| ≤ Σ_k |W_k·x_n + b_k| ≤ K·(w_B·‖x_n‖₁ + b_B).
        const double reach = K * (config.wBound * X.row(n).cwiseAbs().sum() + config.bBound);
        const double need = std::abs(y(n)) - config.epsilon;
        if (need > reach) {
            std::ostringstream s;
            s << "infeasible: sample " << n << " needs |f(x)| >= " << need << " but " << K
              << " units with |w| <= " << config.wBound << ", |b| <= " << config.bBound
              << " reach at most " << reach << "; increase the weight bounds, the width or epsilon";
            return s.str();
        }
    }
    return {};
}

SparsestResult finishSparsestResult(const SparsestModel& model, MilpResult milp,
                                    SparsestWarmStartInfo warmStart) {
    SparsestResult r;
    r.config = model.config;
    r.size = estimateSparsestSize(model.samples, model.inputs, model.config);
    r.warmStart = std::move(warmStart);
    if (model.config.variant == SparsestVariant::Tight) {
        r.positiveSlots = model.positiveSlots;
        r.negativeSlots = model.units - model.positiveSlots;
    }
    if (milp.status == MilpStatus::Infeasible && !sparsestBoundsWarning(model.config).empty()) {
        // CBC's "infeasible" is no proof with such big-M rows: say so instead of claiming it.
        milp.status = MilpStatus::Error;
        milp.bestBound = std::nan("");
        milp.message = "CBC reported the model infeasible, but " +
                       sparsestBoundsWarning(model.config) + "; lower the bounds";
    }
    if (milp.status == MilpStatus::Infeasible) {
        std::ostringstream s;
        s << "no network of width " << model.config.width << " with |w| <= " << model.config.wBound
          << " and |b| <= " << model.config.bBound
          << " fits the data within epsilon = " << model.config.epsilon
          << "; increase the bounds, the width or epsilon";
        if (!milp.message.empty()) s << " (solver: " << milp.message << ")";
        milp.message = s.str();
    }
    r.milp = std::move(milp);
    if (!r.milp.hasSolution) {
        r.verification.message = "no solution to verify";
        return r;
    }
    SparsestDecoded dec = decodeSparsestSolution(model, r.milp.solution);
    if (!dec.error.empty()) {
        r.verification.message = "decode failed: " + dec.error;
        return r;
    }
    r.hasNetwork = true;
    r.net = std::move(dec.net);
    r.verification = verifySparsestNetwork(model, r.net, r.milp.objective);
    return r;
}

void addObjectiveFloor(SparsestModel& model, int bound) {
    // One floor row: a later, higher bound (the rank bound after the 1-D ones) raises it.
    if (bound > 0) model.problem.raiseObjectiveFloor("rank_floor", bound);
}

std::string sparsestBoundsWarning(const SparsestConfig& config) {
    const double largest = std::max(std::abs(config.wBound), std::abs(config.bBound));
    if (!(largest > kSparsestReliableBound)) return {};
    std::ostringstream s;
    s << "bounds |w| <= " << config.wBound << ", |b| <= " << config.bBound << " exceed "
      << kSparsestReliableBound
      << ", beyond which CBC's tolerances make the big-M constraints unreliable";
    return s.str();
}

namespace {

// CBC can end without a solution although it was handed a verified start: a false "infeasible"
// or an error from numerical trouble, or a stop before it reported the start. The start is a
// network that fits (re-checked by buildSparsestWarmStart), so it becomes the result.
void keepVerifiedStart(const SparsestPrepared& prepared, MilpResult& milp) {
    if (milp.hasSolution || !prepared.warm.feasible || prepared.start.empty()) return;
    const std::string said = milp.message;
    milp.hasSolution = true;
    milp.solution = prepared.start;
    milp.objective = prepared.warm.objective;
    milp.gap = relativeGapOf(milp.objective, milp.bestBound);
    if (milp.status == MilpStatus::Cancelled) {
        milp.message = "cancelled; the MIP start is kept";
        return;
    }
    // After a false verdict its bound is no proof either (a bound is only valid on a limit).
    if (milp.status == MilpStatus::Infeasible || milp.status == MilpStatus::Error) {
        milp.bestBound = std::nan("");
        milp.gap = std::nan("");
    }
    milp.status = MilpStatus::FeasibleAtLimit;
    milp.message = "CBC ended without a solution (" + said +
                   ") although the MIP start fits the data; the start is kept";
}

}  // namespace

SparsestResult finishSparsestResult(const SparsestPrepared& prepared, MilpResult milp) {
    keepVerifiedStart(prepared, milp);
    const RankBoundResult& rank = prepared.rank;
    const int oneD = std::max(
        prepared.oneDimensional.computed ? prepared.oneDimensional.lowerBound : 0,
        prepared.oneDimensionalExact.computed ? prepared.oneDimensionalExact.lowerBound : 0);
    if ((rank.computed && rank.bound > 0) || oneD > 0) {
        // CBC sees the floor only as a row: after an early stop its own bound can lag behind it.
        const double floor = std::max(rank.computed ? rank.bound : 0, oneD);
        raiseBound(milp, floor);
        if (milp.hasSolution) {
            const bool stoppedEarly =
                milp.status == MilpStatus::FeasibleAtLimit || milp.status == MilpStatus::Cancelled;
            if (stoppedEarly && milp.objective <= floor + 1e-6) {
                milp.status = MilpStatus::Optimal;  // the rank argument is the proof
                milp.gap = 0.0;
                milp.message += oneD >= floor ? "; proven optimal by the 1-D bounds"
                                              : "; proven optimal by the rank bound";
            }
        }
    }
    SparsestResult r = finishSparsestResult(prepared.model, std::move(milp), prepared.warm);
    r.rankBound = rank;
    r.startFromWitness = prepared.startFromWitness;
    r.oneDimensional = prepared.oneDimensional;
    r.startFromOneDimensional = prepared.startFromOneDimensional;
    r.oneDimensionalExact = prepared.oneDimensionalExact;
    r.startFromOneDimensionalExact = prepared.startFromOneDimensionalExact;
    return r;
}

namespace {

// Model, MIP start and slot caps for one start network (none: the plain model); `rank` is an
// already proven bound to add as a row (not computed: none).
SparsestPrepared prepareWithStart(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                  const SparsestConfig& config, const ShallowReluNet* startNet,
                                  const RankBoundResult& rank, bool fromWitness,
                                  std::stop_token stop, const MilpBackend& backend,
                                  int otherFloor = 0) {
    const int floor = std::max(rank.computed ? rank.bound : 0, otherFloor);
    SparsestPrepared p;
    p.rank = rank;
    p.startFromWitness = fromWitness && startNet != nullptr;
    p.model = buildSparsestMilp(X, y, config);
    addObjectiveFloor(p.model, floor);
    if (startNet == nullptr) return p;
    p.warm = buildSparsestWarmStart(p.model, *startNet, p.start, 1e-6, stop, backend);
    if (!p.warm.feasible || p.model.config.variant != SparsestVariant::Tight) return p;
    int positive = 0, negative = 0;
    for (int k = 0; k < p.model.units; ++k) {
        const int u = p.model.uCol[static_cast<std::size_t>(k)];
        if (u >= 0 && p.start[static_cast<std::size_t>(u)] > 0.5)
            ++(k < p.model.positiveSlots ? positive : negative);
    }
    const int incumbent = static_cast<int>(std::lround(p.warm.objective));
    const SparsestSlotCaps caps =
        sparsestSlotCaps(y, p.model.config, incumbent, positive, negative);
    const int K = p.model.config.width;
    const auto tighter = [K](int c) { return c > 0 && c < K; };
    if (!tighter(caps.positive) && !tighter(caps.negative) && !tighter(caps.total)) return p;
    SparsestPrepared capped;
    capped.rank = rank;
    capped.startFromWitness = p.startFromWitness;
    capped.model = buildSparsestMilp(X, y, config, caps);
    addObjectiveFloor(capped.model, floor);
    capped.warm =
        buildSparsestWarmStart(capped.model, *startNet, capped.start, 1e-6, stop, backend);
    // The caps keep the start's own units, so this holds; if it ever did not, keep the full model.
    if (!capped.warm.feasible) return p;
    capped.caps = caps;
    return capped;
}

// The 1-D kink bound and network (oned_sparsest.h) when they apply; not computed otherwise.
OneDimensionalSparsest oneDimensionalFor(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                         const SparsestConfig& config) {
    if (config.variant != SparsestVariant::Tight || !config.oneDimensionalBound || X.cols() != 1 ||
        config.epsilon != 0.0)
        return {};
    return oneDimensionalSparsest(X, y, config.countBiases);
}

// Whether the 1-D network can be this model's start: within the weight bounds and the width.
bool fitsTheModel(const OneDimensionalSparsest& oneD, const SparsestConfig& config, int samples) {
    if (!oneD.hasNetwork || oneD.net.width() > effectiveWidth(config, samples)) return false;
    return oneD.net.width() == 0 || (oneD.net.W.cwiseAbs().maxCoeff() <= config.wBound &&
                                     oneD.net.b.cwiseAbs().maxCoeff() <= config.bBound);
}

// One input: the slot MILP (oned_exact.h) from the prepared start, within the config's bounds.
// Its bound raises `floor`; its network replaces a worse start when the model can hold it.
void solveOneDimensionalSlots(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                              const SparsestConfig& config, SparsestPrepared& p, int& floor,
                              std::stop_token stop, const MilpBackend& backend) {
    const int upper = p.warm.feasible ? static_cast<int>(std::lround(p.warm.objective)) : -1;
    if (!config.countBiases || (upper >= 0 && floor >= upper)) return;
    const int width = effectiveWidth(config, static_cast<int>(X.rows()));
    OneDimensionalExactOptions o;
    o.wBound = config.wBound;
    o.bBound = config.bBound;
    o.knownLowerBound = floor;
    o.timeLimitSeconds = config.rankBoundSeconds;
    ShallowReluNet start;
    if (p.warm.feasible) {
        const SparsestDecoded dec = decodeSparsestSolution(p.model, p.start);
        if (dec.error.empty()) start = dec.net;
    }
    if (start.width() > 0)
        o.start = &start;
    else
        o.maxUnits = width;
    OneDimensionalExact ex = solveOneDimensionalExact(X, y, o, stop, backend);
    if (!ex.computed) return;
    floor = std::max(floor, ex.lowerBound);
    if (ex.hasNetwork && ex.withinBounds && ex.net.width() <= width &&
        (upper < 0 || ex.nonzeros < upper)) {
        SparsestPrepared q =
            prepareWithStart(X, y, config, &ex.net, {}, false, stop, backend, floor);
        if (q.warm.feasible) {
            q.warm.message = "the 1-D slot MILP's network: " + q.warm.message;
            q.oneDimensional = p.oneDimensional;
            q.startFromOneDimensionalExact = true;
            p = std::move(q);
        }
    }
    if (!p.startFromOneDimensionalExact) addObjectiveFloor(p.model, floor);
    p.oneDimensionalExact = std::move(ex);
}

}  // namespace

SparsestPrepared prepareSparsestSolve(
    const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const SparsestConfig& config,
    const ShallowReluNet* warmStartFrom, std::stop_token stop, const MilpBackend& backend,
    const std::function<void(const RankBoundProgress&)>& onRankProgress) {
    const OneDimensionalSparsest oneD = oneDimensionalFor(X, y, config);
    const int oneDFloor = oneD.computed ? oneD.lowerBound : 0;
    SparsestPrepared p =
        prepareWithStart(X, y, config, warmStartFrom, {}, false, stop, backend, oneDFloor);
    // The 1-D network replaces a worse (or missing) start.
    if (fitsTheModel(oneD, config, static_cast<int>(X.rows())) &&
        (!p.warm.feasible || oneD.nonzeros < p.warm.objective - 0.5)) {
        SparsestPrepared q =
            prepareWithStart(X, y, config, &oneD.net, {}, false, stop, backend, oneDFloor);
        if (q.warm.feasible) {
            q.warm.message = "the 1-D kink network: " + q.warm.message;
            q.startFromOneDimensional = true;
            p = std::move(q);
        }
    }
    p.oneDimensional = oneD;
    int floor = oneDFloor;
    if (oneD.computed) solveOneDimensionalSlots(X, y, config, p, floor, stop, backend);
    if (config.variant != SparsestVariant::Tight || !config.rankBound) return p;
    const int upper = p.warm.feasible ? static_cast<int>(std::lround(p.warm.objective)) : -1;
    if (upper >= 0 && floor >= upper) return p;  // the start is proven optimal already
    RankBoundOptions options;
    options.seconds = config.rankBoundSeconds;
    options.threads = config.rankBoundThreads;
    // The start is a network known to fit as well: the reports' upper bound includes it.
    if (onRankProgress)
        options.onProgress = [&onRankProgress, upper](RankBoundProgress rp) {
            if (upper >= 0 && (rp.upperNonzeros < 0 || upper < rp.upperNonzeros)) {
                rp.upperNonzeros = upper;
                rp.upperNetwork = {};  // the start: the caller has it
            }
            onRankProgress(rp);
        };
    // Proving "≥ UB" already makes the start optimal: no level beyond UB − 1 is needed.
    if (upper >= 0) options.stopAtCost = upper - 1;
    RankBoundResult rank = sparsestRankBound(X, y, config, options, stop);
    // A network of the rank bound's search as the start, when one is feasible in the model.
    // Not stoppable: after a stop it is the best result so far, and its refit is one small LP.
    const auto startFrom = [&](const ShallowReluNet& net, bool witness,
                               const char* what) -> std::optional<SparsestPrepared> {
        SparsestPrepared q =
            prepareWithStart(X, y, config, &net, rank, witness, {}, backend, floor);
        if (!q.warm.feasible) return std::nullopt;
        q.warm.message = what + q.warm.message;
        q.oneDimensional = oneD;
        q.oneDimensionalExact = p.oneDimensionalExact;
        return q;
    };
    if (rank.hasWitness && (upper < 0 || rank.bound < upper))
        if (auto q = startFrom(rank.witness, true, "witness of the rank bound: ")) return *q;
    // Not optimal, but it fits: a network of the search with units split to respect the bounds
    // replaces a worse (or missing) start.
    if (rank.hasUpperNetwork && (upper < 0 || rank.upperNonzeros < upper))
        if (auto q = startFrom(rank.upperNetwork, false,
                               "network of the rank bound's search, units split within the "
                               "bounds: "))
            return *q;
    if (rank.computed) addObjectiveFloor(p.model, std::max(rank.bound, floor));
    p.rank = std::move(rank);
    return p;
}

SparsestConfig withRankBudget(SparsestConfig config, double timeLimitSeconds) {
    config.rankBoundSeconds = std::min(config.rankBoundSeconds, 0.4 * timeLimitSeconds);
    return config;
}

bool sparsestRestartWorthwhile(const SparsestPrepared& prepared, double timeLimitSeconds) {
    return prepared.caps.positive == 0 && !prepared.warm.feasible &&
           prepared.model.config.variant == SparsestVariant::Tight &&
           prepared.model.config.countBiases && timeLimitSeconds > 2.0;
}

bool sparsestRestartNow(const SparsestPrepared& prepared, const MilpProgress& sample,
                        double timeLimitSeconds) {
    // Only an incumbent of at most K nonzeros caps anything (an improving network then has fewer
    // than K units); CBC's first one is often larger.
    if (std::isnan(sample.incumbent)) return false;
    return sample.incumbent <= prepared.model.config.width + 1e-6 ||
           sample.seconds >= 0.1 * timeLimitSeconds;
}

SparsestPrepared prepareSparsestRestart(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                        const SparsestConfig& config,
                                        const SparsestPrepared& previous,
                                        const std::vector<double>& incumbentSolution,
                                        std::stop_token stop, const MilpBackend& backend) {
    const SparsestDecoded dec = decodeSparsestSolution(previous.model, incumbentSolution);
    if (!dec.error.empty()) {
        SparsestPrepared failed;
        failed.warm.message = dec.error;
        return failed;
    }
    const OneDimensionalSparsest& oneD = previous.oneDimensional;
    const OneDimensionalExact& slots = previous.oneDimensionalExact;
    const int floor =
        std::max(oneD.computed ? oneD.lowerBound : 0, slots.computed ? slots.lowerBound : 0);
    SparsestPrepared p =
        prepareWithStart(X, y, config, &dec.net, previous.rank, false, stop, backend, floor);
    p.oneDimensional = oneD;
    p.oneDimensionalExact = slots;
    return p;
}

namespace {

// A stop that lands inside CBC's presolve can come back as "infeasible" (measured with the runner
// of this release); after a stop request only our own pre-check may claim infeasibility.
void cancelledIfStopped(MilpResult& r, std::stop_token stop) {
    if (!stop.stop_requested() || r.status != MilpStatus::Infeasible) return;
    r.status = MilpStatus::Cancelled;
    r.message = "cancelled before the search completed";
}

// Phase 1 of a solve without a trained network: run CBC on the full tight model only until an
// incumbent small enough to cap the slots (≤ K nonzeros) or a tenth of the budget, decode that
// network, rebuild the model with the sign slots capped by it (prepareSparsestSolve) and continue
// there with the rest of the time. Progress samples keep one clock and the bound stays valid: the
// capped model still holds every improving network and the incumbent. When phase 1 ends the
// search by itself (proven, infeasible, time limit, the user's cancel) its result is returned as
// the final one; empty only when the restart cannot be set up (incumbent lost to a stop in CBC's
// preprocessing, decode or re-fit failure), and the caller then solves the full model as usual.
using Clock = std::chrono::steady_clock;

std::optional<SparsestResult> restartWithCaps(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                              const SparsestConfig& config,
                                              SparsestPrepared& prepared,
                                              const MilpOptions& options, const MilpHooks& hooks,
                                              std::stop_token stop, const MilpBackend& backend) {
    const auto t0 = Clock::now();
    std::stop_source firstIncumbent;
    std::stop_callback forward(stop, [&] { firstIncumbent.request_stop(); });
    MilpHooks h1 = hooks;
    h1.onProgress = [&](const MilpProgress& p) {
        if (hooks.onProgress) hooks.onProgress(p);
        if (sparsestRestartNow(prepared, p, options.timeLimitSeconds))
            firstIncumbent.request_stop();
    };
    // Phase 1 may use the whole budget: it only ends early once it has an incumbent.
    const MilpOptions& o1 = options;
    MilpResult first = backend.solve(prepared.model.problem, o1, h1, firstIncumbent.get_token());
    const bool stoppedForCaps = first.status == MilpStatus::Cancelled && !stop.stop_requested();
    // A stop during CBC's preprocessing can lose the incumbent it was triggered by (seen on
    // tiny instances): then the plain solve runs instead.
    if (stoppedForCaps && !first.hasSolution) return std::nullopt;
    if (!first.hasSolution || !stoppedForCaps) {
        cancelledIfStopped(first, stop);
        return finishSparsestResult(prepared, std::move(first));
    }
    SparsestPrepared capped =
        prepareSparsestRestart(X, y, config, prepared, first.solution, stop, backend);
    if (!capped.warm.feasible) return std::nullopt;  // rare: the full solve starts over
    const double used = std::chrono::duration<double>(Clock::now() - t0).count();
    MilpOptions o2 = options;
    o2.timeLimitSeconds = std::max(1.0, options.timeLimitSeconds - used);
    o2.mipStart = capped.start;
    // Both phases' bounds are valid for the same optimum: never report a falling bound.
    const double floorBound = std::isfinite(first.bestBound) ? first.bestBound : -kInf;
    const auto lift = [floorBound, used](MilpProgress& p) {
        p.seconds += used;
        raiseBound(p, floorBound);
    };
    MilpHooks h2 = hooks;
    h2.onProgress = [&](MilpProgress p) {
        lift(p);
        if (hooks.onProgress) hooks.onProgress(p);
    };
    // Phase 2 solves another model (slots capped by phase 1's network): an export sees it too.
    if (hooks.onModel) hooks.onModel("capped", capped.model.problem, capped.start);
    MilpResult second = backend.solve(capped.model.problem, o2, h2, stop);
    cancelledIfStopped(second, stop);
    // One run as the caller sees it: one clock, all nodes, all samples.
    for (MilpProgress& p : second.progress)
        p.seconds += used;
    raiseBound(second, floorBound);
    first.progress.insert(first.progress.end(), second.progress.begin(), second.progress.end());
    second.progress = std::move(first.progress);
    second.seconds += used;
    second.nodes += first.nodes;
    keepVerifiedStart(capped, second);  // phase 1's network, if phase 2 ended without one
    capped.warm = prepared.warm;        // the user's start (none), not our restart's
    return finishSparsestResult(capped, std::move(second));
}

}  // namespace

namespace {

// Everything after validation: prepare (rank bound, start, caps), then CBC, on one clock that
// starts with the preparation; the rank bound is charted as the first bound sample.
SparsestResult solvePrepared(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                             const SparsestConfig& config, const MilpOptions& milpOptions,
                             const MilpHooks& hooks, std::stop_token stop,
                             const ShallowReluNet* warmStartFrom, const MilpBackend& backend,
                             const RankProgressFn& onRankProgress) {
    const auto t0 = Clock::now();
    if (config.variant == SparsestVariant::Tight && config.rankBound && hooks.onProgress) {
        MilpProgress zero;  // the trivial bound, until the rank enumeration proves more
        zero.incumbent = std::nan("");
        zero.gap = std::nan("");
        hooks.onProgress(zero);
    }
    // Each level the rank enumeration refutes raises the charted bound before CBC starts; its
    // heartbeats keep the chart and the log moving while a level is searched, with the sparsest
    // network known to fit as the incumbent.
    const auto rankProgress = [&](const RankBoundProgress& rp) {
        if (onRankProgress) onRankProgress(rp);
        if (hooks.onLog) hooks.onLog(describeRankProgress(rp));
        if (!hooks.onProgress) return;
        MilpProgress p;
        p.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        p.bound = rp.bound;
        p.incumbent = rp.upperNonzeros >= 0 ? rp.upperNonzeros : std::nan("");
        p.gap = relativeGapOf(p.incumbent, p.bound);
        hooks.onProgress(p);
    };
    SparsestPrepared prepared =
        prepareSparsestSolve(X, y, withRankBudget(config, milpOptions.timeLimitSeconds),
                             warmStartFrom, stop, backend, rankProgress);
    const double prepSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    MilpOptions options = milpOptions;
    options.timeLimitSeconds = std::max(1.0, milpOptions.timeLimitSeconds - prepSeconds);
    // The start is an incumbent from the first moment: CBC's early samples may not know it yet.
    const double known = prepared.warm.feasible ? prepared.warm.objective : kInf;
    const double floor = prepared.rank.computed ? prepared.rank.bound : -kInf;
    const auto shift = [prepSeconds, known, floor](MilpProgress& p) {
        p.seconds += prepSeconds;
        if (std::isfinite(known) && !(p.incumbent <= known)) p.incumbent = known;
        raiseBound(p, floor);  // CBC may report its LP bound first; recomputes the gap
    };
    MilpHooks shifted = hooks;
    shifted.onProgress = [&](MilpProgress p) {
        shift(p);
        if (hooks.onProgress) hooks.onProgress(p);
    };
    if (prepared.rank.computed && hooks.onProgress) {
        MilpProgress first;
        first.seconds = prepSeconds;
        first.bound = prepared.rank.bound;
        first.incumbent = prepared.warm.feasible ? prepared.warm.objective : std::nan("");
        first.gap = relativeGapOf(first.incumbent, first.bound);
        hooks.onProgress(first);
    }
    const auto finish = [&](SparsestResult r) {
        for (MilpProgress& p : r.milp.progress)
            shift(p);
        r.milp.seconds += prepSeconds;
        return r;
    };
    // The model as CBC gets it (rank-bound row, capped slots) with the start it gets; the
    // restart's phase 1 solves the same model, which then has no start.
    if (hooks.onModel)
        hooks.onModel("", prepared.model.problem,
                      prepared.warm.feasible ? prepared.start : std::vector<double>{});
    if (sparsestRestartWorthwhile(prepared, options.timeLimitSeconds)) {
        // No usable start: let CBC find a first incumbent, then restart on the capped model.
        if (auto again = restartWithCaps(X, y, config, prepared, options, shifted, stop, backend))
            return finish(std::move(*again));
    }
    if (prepared.warm.feasible) options.mipStart = prepared.start;
    MilpResult milp = backend.solve(prepared.model.problem, options, shifted, stop);
    cancelledIfStopped(milp, stop);
    return finish(finishSparsestResult(prepared, std::move(milp)));
}

}  // namespace

SparsestResult solveSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                             const SparsestConfig& config, const MilpOptions& milpOptions,
                             const MilpHooks& hooks, std::stop_token stop,
                             const ShallowReluNet* warmStartFrom, const MilpBackend& backend,
                             const RankProgressFn& onRankProgress) {
    const auto t0 = Clock::now();
    SparsestResult r;
    r.config = config;
    // Size was the caller's to confirm (validateSparsest's Large issues): only invalid input stops.
    const ConfigIssues issues = validateSparsest(X, y, config, 0);
    if (!issues.canStart()) {
        r.milp.status = MilpStatus::Error;
        r.milp.message = issues.summary(IssueSeverity::Invalid);
        r.verification.message = "not solved";
        return r;
    }
    r.config.width = effectiveWidth(config, static_cast<int>(X.rows()));
    r.size = estimateSparsestSize(static_cast<int>(X.rows()), static_cast<int>(X.cols()), config);
    const std::string unreachable = sparsestReachabilityProblem(X, y, config);
    if (!unreachable.empty()) {
        r.milp.status = MilpStatus::Infeasible;
        r.milp.message = unreachable;
        r.verification.message = "not solved";
        return r;
    }
    try {
        SparsestResult out = solvePrepared(X, y, config, milpOptions, hooks, stop, warmStartFrom,
                                           backend, onRankProgress);
        out.totalSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        return out;
    } catch (const std::exception& e) {
        // bad_alloc for a huge model, or a broken precondition: report, never crash the caller.
        r.milp.status = MilpStatus::Error;
        r.milp.message = std::string("sparsest solve failed: ") + e.what();
        r.verification.message = "not solved";
        return r;
    }
}

SparsestBoundsBinding sparsestBoundsBinding(const SparsestResult& r) {
    SparsestBoundsBinding out;
    if (!r.hasNetwork || !r.verification.passed) return out;
    out.checked = true;
    const RankBoundResult& rb = r.rankBound;
    // The refinement's levels use the bounds; the levels before them do not.
    if (rb.computed && rb.bound - rb.refinedLevels >= r.verification.nonzeros)
        out.boundFreeOptimal = true;
    if (r.oneDimensional.computed && r.oneDimensional.lowerBound >= r.verification.nonzeros)
        out.boundFreeOptimal = true;
    const auto reaches = [](double value, double bound) {
        return bound > 0.0 && value >= bound * (1.0 - 1e-6);
    };
    if (r.net.width() > 0) {
        out.weightAtBound = reaches(r.net.W.cwiseAbs().maxCoeff(), r.config.wBound);
        out.biasAtBound = reaches(r.net.b.cwiseAbs().maxCoeff(), r.config.bBound);
    }
    return out;
}

}  // namespace smip
