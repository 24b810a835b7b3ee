#include "core/perceptron/perceptron_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_pattern_bound.h"
#include "core/perceptron/perceptron_polish.h"
#include "core/perceptron/perceptron_polish_restarts.h"

namespace smip {

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The start is feasible by construction (choosePerceptronStart), so the network returned is never
// worse than it: a worker killed after its grace period (Cancel) reports its incumbent's value but
// not its solution, and a solver may end with an incumbent worse than the start it was given (CBC
// can reject a start it finds numerically infeasible). Then the start is decoded instead, with
// its own objective, and the message says so.
void keepStartIfBetter(MilpResult& solved, const PerceptronMilp& milp,
                       const std::vector<double>& start) {
    const MilpProblem& problem = milp.problem;
    if (start.size() != problem.columns.size()) return;
    const double objective = perceptronObjective(milp, start);
    const bool missing = !solved.hasSolution || solved.solution.size() != start.size();
    if (missing && solved.status != MilpStatus::Cancelled) return;
    if (!missing && !(perceptronObjective(milp, solved.solution) > objective + 1e-9)) return;
    const double reported = solved.objective;
    solved.hasSolution = true;
    solved.solution = start;
    solved.objective = objective;
    solved.gap = relativeGapOf(objective, solved.bestBound);
    solved.message += "; the network kept is the MIP start (objective " +
                      std::to_string(objective) + "): the solver " +
                      (missing ? "did not report its own" : "returned a worse one");
    if (std::isfinite(reported))
        solved.message += " (its last incumbent: " + std::to_string(reported) + ")";
}

// The steps after the solve: decode the incumbent, verify it against the MILP's loss term,
// evaluate on `train` (the data the model was built from) and `test` (if non-null).
PerceptronTrainResult finishPerceptronTraining(const PerceptronMilp& milp, const MilpResult& solved,
                                               const Dataset& train, const Dataset* test) {
    PerceptronTrainResult r;
    r.size = {static_cast<long long>(milp.problem.rows.size()),
              static_cast<long long>(milp.problem.columns.size()), milp.problem.binaryCount(),
              milp.problem.integerCount()};
    r.status = solved.status;
    r.message = solved.message;
    r.objective = solved.objective;
    r.bestBound = solved.bestBound;
    r.gap = solved.gap;
    r.nodes = solved.nodes;
    r.solveSeconds = solved.seconds;
    r.progress = solved.progress;
    if (solved.status == MilpStatus::Infeasible && solved.hasSolution) {
        // The model is always feasible (majorityPerceptronStart). CBC reports "LP infeasible or
        // worse than the cutoff" (secondary status 1) when its search proves nothing beats the
        // MIP start: that is a proof of optimality for the start, not infeasibility.
        r.status = MilpStatus::Optimal;
        r.message =
            "optimal: the MIP start was proven optimal (CBC reported the cutoff LP infeasible)";
        r.bestBound = r.objective;
        r.gap = 0.0;
    }
    if (!solved.hasSolution || solved.solution.size() != milp.problem.columns.size()) return r;

    r.hasNetwork = true;
    r.net = decodePerceptron(milp, solved.solution, &r.milpTerms);
    r.verification = verifyPerceptron(milp, solved.solution, r.net);
    r.train = r.net.evaluate(train.X, classLabels(train));
    if (test != nullptr && test->samples() > 0)
        r.test = r.net.evaluate(test->X, classLabels(*test));
    r.nonzeroWeights = r.net.nonzeroWeights();
    r.usedNeurons = r.net.usedNeurons();
    return r;
}

// The network columns of a live incumbent, when preprocessing left every one of them readable.
std::optional<PerceptronParams> incumbentParams(const PerceptronMilp& milp,
                                                const std::vector<double>& x) {
    const auto& I = milp.index;
    if (x.size() != milp.problem.columns.size()) return std::nullopt;
    const auto known = [&](const std::vector<int>& cols) {
        return std::none_of(cols.begin(), cols.end(),
                            [&](int c) { return std::isnan(x[static_cast<std::size_t>(c)]); });
    };
    if (!known(I.w) || !known(I.b) || !known(I.q) || !known(I.bF)) return std::nullopt;
    if (milp.config.sparsity.neurons && !known(I.used)) return std::nullopt;
    PerceptronParams p;
    p.W.resize(I.n, I.m);
    p.b.resize(I.n);
    p.Q.resize(I.n, I.K);
    p.bF.resize(I.K);
    p.used.assign(static_cast<std::size_t>(I.n), 1);
    const auto at = [&](int col) { return x[static_cast<std::size_t>(col)]; };
    for (int i = 0; i < I.n; ++i) {
        for (int j = 0; j < I.m; ++j)
            p.W(i, j) = at(I.w[static_cast<std::size_t>(i * I.m + j)]);
        p.b(i) = at(I.b[static_cast<std::size_t>(i)]);
        for (int k = 0; k < I.K; ++k)
            p.Q(i, k) = at(I.q[static_cast<std::size_t>(i * I.K + k)]);
        if (milp.config.sparsity.neurons)
            p.used[static_cast<std::size_t>(i)] = at(I.used[static_cast<std::size_t>(i)]) > 0.5;
    }
    for (int k = 0; k < I.K; ++k)
        p.bF(k) = at(I.bF[static_cast<std::size_t>(k)]);
    return p;
}

// Live incumbents: each is completed from its network columns into a full solution vector (the
// steps and indicators follow from the weights), decoded and evaluated. The last complete one is
// kept: a worker killed after its grace period returns no vector, and this one is then better
// than falling back to the start.
class IncumbentTracker {
  public:
    IncumbentTracker(const PerceptronMilp& milp, const Dataset& train, const Dataset* test,
                     const PerceptronHooks& hooks)
        : milp_(milp), train_(train), test_(test), hooks_(hooks) {}

    void report(double seconds, const std::vector<double>& full, bool isStart,
                bool polished = false) {
        PerceptronIncumbent inc;
        inc.seconds = seconds;
        inc.objective = perceptronObjective(milp_, full);
        inc.isStart = isStart;
        inc.polished = polished;
        inc.net = decodePerceptron(milp_, full);
        inc.train = inc.net.evaluate(train_.X, classLabels(train_));
        if (test_ != nullptr && test_->samples() > 0)
            inc.test = inc.net.evaluate(test_->X, classLabels(*test_));
        inc.nonzeroWeights = inc.net.nonzeroWeights();
        inc.usedNeurons = inc.net.usedNeurons();
        if (hooks_.onIncumbent) hooks_.onIncumbent(inc);
    }

    /// The incumbent's completed vector (valid until the next call), or nullptr.
    const std::vector<double>* observe(const MilpIncumbent& incumbent) {
        const auto params = incumbentParams(milp_, incumbent.values);
        if (!params) return nullptr;
        std::vector<double> full;
        std::string error;
        if (!completePerceptronSolution(milp_, *params, full, error)) return nullptr;
        // CBC's tolerances can leave a step a hair on the wrong side: then the completed vector
        // is a different (worse) network than CBC's, and drawing it would misstate the incumbent.
        if (perceptronObjective(milp_, full) > incumbent.objective + 1e-6) return nullptr;
        last_ = std::move(full);
        report(incumbent.seconds + offset_, last_, false);
        return &last_;
    }

    /// A polished network handed back to the solver: drawn, and kept like a live incumbent.
    void polished(double seconds, const std::vector<double>& full) {
        last_ = full;
        report(seconds + offset_, full, false, true);
    }

    /// The solver's clock starts this many seconds into the run (after the pattern enumeration).
    void setClockOffset(double seconds) { offset_ = seconds; }

    const std::vector<double>& last() const { return last_; }

  private:
    const PerceptronMilp& milp_;
    const Dataset& train_;
    const Dataset* test_;
    const PerceptronHooks& hooks_;
    std::vector<double> last_;
    double offset_ = 0.0;
};

// The solve with polished restarts; the live tracker completes and draws every network.
MilpResult solvePolishing(const PerceptronMilp& milp, const MilpOptions& opts, bool startFeasible,
                          PerceptronPolish polish, const MilpHooks& milpHooks,
                          IncumbentTracker& live, std::stop_token stop,
                          const MilpBackend& backend) {
    PolishRestartHooks ph;
    ph.milp = milpHooks;
    ph.milp.onIncumbent = nullptr;
    ph.complete = [&live](const MilpIncumbent& inc) { return live.observe(inc); };
    ph.onPolished = [&live](double seconds, const std::vector<double>& x) {
        live.polished(seconds, x);
    };
    return solveWithPolishedRestarts(milp, opts, startFeasible, polish == PerceptronPolish::Restart,
                                     ph, std::move(stop), backend);
}

// A cancelled solve whose worker was killed before it sent its solution: the last complete live
// incumbent, when it beats what the result holds.
void keepLiveIncumbentIfBetter(MilpResult& solved, const PerceptronMilp& milp,
                               const std::vector<double>& live) {
    if (live.empty() || solved.status != MilpStatus::Cancelled) return;
    const double objective = perceptronObjective(milp, live);
    if (solved.hasSolution && solved.solution.size() == live.size() &&
        !(perceptronObjective(milp, solved.solution) > objective + 1e-9))
        return;
    solved.hasSolution = true;
    solved.solution = live;
    solved.objective = objective;
    solved.gap = relativeGapOf(objective, solved.bestBound);
    solved.message += "; the last incumbent reported during the search is kept";
}

// A stop for the start's search that fires on the caller's stop or after `seconds`: its polishing
// solves each allow 10 s, and with integer weights (a MILP per unit and restart) they added up to
// minutes on breast cancer, far past the solve's own time limit. What the start found by then is
// kept.
class StartBudget {
  public:
    StartBudget(std::stop_token outer, double seconds)
        : forward_(outer, [this] { source_.request_stop(); }),
          timer_([this, seconds](std::stop_token done) {
              std::mutex m;
              std::unique_lock lock(m);
              std::condition_variable_any cv;
              cv.wait_for(lock, done, std::chrono::duration<double>(seconds), [] { return false; });
              source_.request_stop();
          }) {}
    std::stop_token get_token() const { return source_.get_token(); }

  private:
    std::stop_source source_;
    std::stop_callback<std::function<void()>> forward_;
    std::jthread timer_;
};

// The firing-pattern enumeration (perceptron_pattern_bound.h) between the start and CBC: each pass
// it completes is charted as a bound; a better network it finds becomes the start; its bound
// becomes a row. Returns what it did (computed = false when off or skipped).
PerceptronPatternBoundResult runPatternBound(PerceptronMilp& milp, const PerceptronConfig& config,
                                             double seconds, std::vector<double>& start,
                                             const MilpHooks& hooks, std::stop_token stop) {
    PerceptronPatternBoundResult none;
    if (!config.patternBound) {
        none.reason = "off";
        return none;
    }
    if (start.size() != milp.problem.columns.size()) {
        none.reason = "no start to improve on";
        return none;
    }
    const double startObjective = perceptronObjective(milp, start);
    PerceptronPatternBoundOptions po;
    po.seconds = seconds;
    po.upperBound = startObjective;
    po.onProgress = [&](const PerceptronPatternBoundProgress& p) {
        if (!hooks.onProgress) return;
        MilpProgress sample;
        sample.seconds = p.seconds;
        sample.incumbent = startObjective;
        sample.bound = p.bound;
        sample.gap = relativeGapOf(startObjective, p.bound);
        hooks.onProgress(sample);
    };
    PerceptronPatternBoundResult r = perceptronPatternBound(milp, po, std::move(stop));
    if (r.hasNetwork && r.objective < startObjective - 1e-9) start = r.solution;
    // "objective ≥ bound" as a row, so CBC's bound starts there (a proven start then ends the
    // search at the root). A hair below the enumeration's bound: rounding in CBC's sums must not
    // cut off the network the bound was proven for.
    if (r.computed && r.bound > 0.0)
        milp.problem.raiseObjectiveFloor("pattern_floor", r.bound - 1e-7);
    return r;
}

// CBC's clock starts after the enumeration: its samples are moved onto the run's clock (the
// incumbents by IncumbentTracker::setClockOffset), and its bound is never charted below the
// enumeration's.
MilpHooks shiftedHooks(const MilpHooks& hooks, double offset, double floor) {
    MilpHooks h = hooks;
    if (hooks.onProgress)
        h.onProgress = [on = hooks.onProgress, offset, floor](MilpProgress p) {
            p.seconds += offset;
            raiseBound(p, floor);
            on(p);
        };
    return h;
}

}  // namespace

PerceptronTrainResult trainPerceptron(const Dataset& train, const Dataset* test,
                                      const PerceptronConfig& config, const MilpOptions& options,
                                      const PerceptronHooks& hooks, std::stop_token stop,
                                      const MilpBackend& backend) {
    PerceptronTrainResult r;
    std::string error;
    if (!checkPerceptronData(train, config.maxClasses, error)) {
        r.message = "training data: " + error;
        return r;
    }
    if (test != nullptr && test->samples() > 0) {
        if (!checkPerceptronTestData(*test, train, error)) {
            r.message = "test data: " + error;
            return r;
        }
    }
    const int K = train.classes();
    r.size = estimatePerceptronMilp(train.samples(), train.features(), K, config);
    const auto t0 = std::chrono::steady_clock::now();
    PerceptronMilp milp;
    try {
        if (!buildPerceptronMilp(train, config, milp, error)) {
            r.message = error;
            return r;
        }
    } catch (const std::bad_alloc&) {
        r.message = "out of memory while building a model with " + std::to_string(r.size.columns) +
                    " columns and " + std::to_string(r.size.rows) + " rows";
        return r;
    }
    r.buildSeconds = secondsSince(t0);
    MilpOptions opts = options;
    const bool ownStart = opts.mipStart.empty();  // the caller's start need not be feasible
    PerceptronStartReport startReport;
    if (ownStart) {
        // The start's LPs and small MILPs run in process whatever `backend` is: a worker process
        // per tiny LP costs more than the LP (tens per start), and they run without CBC's
        // preprocessing, where the crash the worker isolates happens.
        PerceptronStartChoice start = choosePerceptronStart(
            milp, StartBudget(stop, 0.25 * options.timeLimitSeconds).get_token(),
            inProcessMilpBackend());
        opts.mipStart = std::move(start.solution);
        startReport = start.report;
    }
    IncumbentTracker live(milp, train, test, hooks);
    const bool startComplete = opts.mipStart.size() == milp.problem.columns.size();
    if (hooks.onIncumbent && startComplete) live.report(0.0, opts.mipStart, true);
    // Only a start built here is known to be feasible, so only it is improved on.
    const auto enumerationStarted = std::chrono::steady_clock::now();
    std::vector<double> startBefore = opts.mipStart;
    PerceptronPatternBoundResult pattern =
        ownStart ? runPatternBound(milp, config, 0.4 * options.timeLimitSeconds, opts.mipStart,
                                   hooks.milp, stop)
                 : PerceptronPatternBoundResult{};
    const double offset = pattern.computed ? secondsSince(enumerationStarted) : 0.0;
    if (hooks.onIncumbent && opts.mipStart != startBefore)
        live.report(offset, opts.mipStart, false);
    const double floor = pattern.computed ? pattern.bound : -kInf;
    opts.timeLimitSeconds = std::max(1.0, options.timeLimitSeconds - offset);
    MilpHooks milpHooks = shiftedHooks(hooks.milp, offset, floor);
    // Incumbent vectors are asked for when something draws them, and always when a worker's
    // kill could otherwise lose the incumbent to the start.
    live.setClockOffset(offset);
    milpHooks.onIncumbent = [&live](const MilpIncumbent& inc) { live.observe(inc); };
    if (hooks.milp.onModel) hooks.milp.onModel("", milp.problem, opts.mipStart);
    MilpResult solved =
        config.polish != PerceptronPolish::Off
            ? solvePolishing(milp, opts, ownStart, config.polish, milpHooks, live, stop, backend)
            : backend.solve(milp.problem, opts, milpHooks, stop);
    for (MilpProgress& p : solved.progress)
        p.seconds += offset;
    solved.seconds += offset;
    raiseBound(solved, floor);
    keepLiveIncumbentIfBetter(solved, milp, live.last());
    if (ownStart) keepStartIfBetter(solved, milp, opts.mipStart);
    PerceptronTrainResult done = finishPerceptronTraining(milp, solved, train, test);
    done.start = startReport;
    done.patternBound = std::move(pattern);
    done.size = r.size;
    done.buildSeconds = r.buildSeconds;
    return done;
}

}  // namespace smip
