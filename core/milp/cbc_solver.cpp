// solveMilp: runs CBC 2.10 through its standard driver (CbcMain0 + 5-argument CbcMain1) or, for
// comparison, a bare CbcModel::branchAndBound.
#include <cmath>
#include <cstdlib>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <new>
#include <numeric>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <coin/CbcModel.hpp>
#include <coin/CbcSolver.hpp>
#include <coin/CoinError.hpp>
#include <coin/OsiClpSolverInterface.hpp>

#include "core/milp/cbc_log_capture.h"
#include "core/milp/cbc_problem_data.h"
#include "core/milp/cbc_progress_handler.h"
#include "core/milp/milp_point_check.h"
#include "core/milp/milp_solver.h"
#include "core/milp/milp_validation.h"

namespace smip {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Debian's CBC is built without CBC_THREAD_SAFE: two CbcMain1 calls at once gave wrong results and
// interactive prompts (measured), so every in-process solve takes this lock.
std::timed_mutex& cbcMutex() {
    static std::timed_mutex m;
    return m;
}

std::string formatNumber(double v, int digits = 10) {
    std::ostringstream s;
    s.precision(digits);
    s << v;
    return s.str();
}

// CbcMain1's callback has no user pointer: find our shared state through the model's (cloned)
// event handler. whereFrom: 1 after the first LP, 2 after preprocessing, 3 before branch and bound.
int driverCallback(CbcModel* model, int whereFrom) {
    auto* handler = model ? dynamic_cast<CbcProgressHandler*>(model->getEventHandler()) : nullptr;
    if (!handler) return 0;
    CbcSolveState& state = *handler->state();
    if (whereFrom == 2 || whereFrom == 3) {
        // Leaving before branch and bound is the quickest cancel during preprocessing, but only
        // without an incumbent: that exit skips CBC's postprocessing, so a solution the root
        // heuristics found (it lives in the preprocessed model's columns) would be lost. With one,
        // branch and bound starts and our event handlers stop it at once; CBC then maps the
        // incumbent back to the original columns as after any stop.
        if (state.stop.stop_requested() && model->bestSolution() == nullptr) {
            state.cbcSawStop.store(true);
            return 1;
        }
    }
    // The best bound only refreshes at treeStatus, raised every printFrequency nodes (1,000 by
    // default: once in a typical small solve). Lower it so the bound is live.
    if (whereFrom == 3) model->setPrintFrequency(state.printFrequency.load());
    if (whereFrom >= 4) state.searchFinished.store(true);
    return 0;
}

struct SolveContext {
    CbcProblemData data;
    std::shared_ptr<CbcSolveState> state;
    std::shared_ptr<CbcLogSink> sink;
};

// When every nonzero objective coefficient sits on an integer column and is an integer multiple
// of g, every solution's objective differs from another's by a multiple of g, so a node whose LP
// bound exceeds (incumbent − g) cannot improve and may be pruned. CBC's driver does not infer
// this here (measured: the sparsest-network MILP kept nodes with bound 4.07 under an incumbent
// of 5 for minutes), so pass it as the cutoff increment. Returns 0 when the objective is not of
// that kind.
double objectiveGranularity(const MilpProblem& problem) {
    long long g = 0;
    for (const MilpColumn& c : problem.columns) {
        if (c.cost == 0.0) continue;
        const double r = std::round(c.cost);
        if (!c.integer || std::abs(c.cost - r) > 1e-9 || std::abs(r) > 1e9) return 0.0;
        g = std::gcd(g, static_cast<long long>(std::abs(r)));
    }
    return static_cast<double>(g);
}

void runDriver(CbcModel& model, const MilpOptions& options, double granularity) {
    std::vector<std::string> args = {"sparsemip-cbc",
                                     "-sec",
                                     formatNumber(std::max(0.0, options.timeLimitSeconds)),
                                     "-timeMode",
                                     "elapsed",
                                     "-ratio",
                                     formatNumber(std::max(0.0, options.relativeGap)),
                                     "-log",
                                     std::to_string(std::clamp(options.logLevel, 0, 3))};
    if (options.threads > 1) {
        args.push_back("-threads");
        args.push_back(std::to_string(options.threads));
    }
    if (!options.preprocess) {
        args.push_back("-preprocess");
        args.push_back("off");
    }
    if (granularity > 0.0) {
        // Slightly below g so a solution exactly g better is never cut off by rounding.
        args.push_back("-increment");
        args.push_back(formatNumber(granularity * (1.0 - 1e-6)));
    }
    args.push_back("-solve");
    args.push_back("-quit");
    std::vector<const char*> argv;
    for (const auto& a : args)
        argv.push_back(a.c_str());
    CbcSolverUsefulData data;  // one per solve: it holds the driver's parameter table
    CbcMain0(model, data);
    CbcMain1(static_cast<int>(argv.size()), argv.data(), model, driverCallback, data);
}

void runBare(CbcModel& model, const MilpOptions& options, const CbcProblemData& d) {
    model.setMaximumSeconds(std::max(0.0, options.timeLimitSeconds));
    model.setUseElapsedTime(true);
    model.setAllowableFractionGap(std::max(0.0, options.relativeGap));
    model.setLogLevel(std::clamp(options.logLevel, 0, 3));
    if (options.threads > 1) model.setNumberThreads(options.threads);
    if (!options.mipStart.empty())
        model.setBestSolution(options.mipStart.data(), static_cast<int>(d.colNames.size()),
                              COIN_DBL_MAX, true);
    model.initialSolve();
    // branchAndBound would turn an unbounded LP relaxation into "proven infeasible" (measured
    // with CBC 2.10, which also clears the LP's flag): stop here, mapOutcome reads the flag.
    if (model.isInitialSolveProvenDualInfeasible()) return;
    model.setPrintFrequency(20);
    model.branchAndBound();
    if (auto* h = dynamic_cast<CbcProgressHandler*>(model.getEventHandler()))
        h->state()->searchFinished.store(true);
}

// The driver reports an unbounded LP relaxation as secondary status 7; the bare run stops after
// the LP instead (runBare), so ask the LP itself.
bool lpUnbounded(const CbcModel& model) {
    return model.isInitialSolveProvenDualInfeasible();
}

void mapOutcome(const CbcModel& model, const SolveContext& ctx, const MilpOptions& options,
                bool stopRequested, MilpResult& r) {
    const CbcProblemData& d = ctx.data;
    const std::size_t n = d.colNames.size();
    const double* x = model.bestSolution();
    r.hasSolution = x != nullptr && std::abs(model.getMinimizationObjValue()) < 1e30;
    double cbcObjective = kInf;
    if (r.hasSolution) {
        r.solution.assign(x, x + n);
        cbcObjective = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            cbcObjective += d.cost[j] * r.solution[j];
        r.objective = d.sign * cbcObjective + d.offset;
    } else {
        r.objective = kNaN;
    }
    r.nodes = model.getNodeCount();
    const int status = model.status();
    const int secondary = model.secondaryStatus();
    // A stop that arrived after the search completed does not undo a proven outcome.
    // A stop during preprocessing can end the driver with status 0 and no solution: that is a
    // cancel, not a proof of infeasibility.
    // With a stop requested, secondary status 1 cannot tell "search stopped" from "start proven
    // optimal": report Cancelled (the incumbent is kept), never an unproven Optimal.
    // If any of our handlers acted on the stop, the search was cut short: nothing is proven.
    const bool completed = status == 0 && ctx.state->searchFinished.load() && secondary != 1 &&
                           !ctx.state->cbcSawStop.load() && !ctx.state->lpStopped.load();
    if (ctx.state->lpTimedOut.load() && !stopRequested) {
        r.status = r.hasSolution ? MilpStatus::FeasibleAtLimit : MilpStatus::NoSolutionAtLimit;
        r.message = "time limit reached while solving an LP relaxation (the model is large)";
    } else if (status == 5 || (stopRequested && !completed)) {
        r.status = MilpStatus::Cancelled;
        r.message = r.hasSolution ? "cancelled; the best solution found so far is kept"
                                  : "cancelled before a solution was found";
    } else if ((status == 0 && secondary == 7) || lpUnbounded(model)) {
        r.status = MilpStatus::Unbounded;
        r.message = "the LP relaxation is unbounded";
    } else if (status == 0 && !r.hasSolution &&
               ctx.state->elapsedSeconds() >= 0.98 * options.timeLimitSeconds) {
        // The driver can end with status 0 and nothing when its time ran out inside
        // preprocessing (seen under load on MIP training's layer-wise stage, reported as
        // "infeasible"): that proves nothing.
        r.status = MilpStatus::NoSolutionAtLimit;
        r.message = "time limit reached before any feasible solution was found";
    } else if (status == 0 && !r.hasSolution) {
        // Secondary status 1 means "LP infeasible or worse than the cutoff": with a solution in
        // hand (e.g. an optimal MIP start) it is the cutoff case, i.e. proven optimal.
        r.status = MilpStatus::Infeasible;
        r.message = "the problem is infeasible";
    } else if (status == 0 || (status == 1 && secondary == 2)) {
        r.status = MilpStatus::Optimal;
        r.message = "optimal within relative gap " + formatNumber(options.relativeGap);
    } else if (status == 1) {
        r.status = r.hasSolution ? MilpStatus::FeasibleAtLimit : MilpStatus::NoSolutionAtLimit;
        const char* what = secondary == 4   ? "time limit"
                           : secondary == 3 ? "node limit"
                           : secondary == 6 ? "solution limit"
                           : secondary == 8 ? "iteration limit"
                                            : "limit";
        r.message =
            std::string(what) + " reached" +
            (secondary == 4 ? " (" + formatNumber(options.timeLimitSeconds, 4) + " s)" : "") +
            (r.hasSolution ? "" : " before any feasible solution was found");
    } else if (status == 2) {
        r.status = MilpStatus::Error;
        r.message = "CBC abandoned the search (numerical difficulties)";
    } else {
        r.status = MilpStatus::Error;
        r.message = "CBC ended without a result (status " + std::to_string(status) + ")";
    }
    double bound = model.getBestPossibleObjValue();
    if (r.status == MilpStatus::Optimal) bound = cbcObjective;
    // Without a proven bound CBC reports min(+inf, incumbent): that is not a bound.
    if (r.status != MilpStatus::Optimal && r.hasSolution && bound >= cbcObjective - 1e-9)
        bound = kInf;
    const bool boundKnown = std::abs(bound) < 1e30;
    r.bestBound = boundKnown ? d.sign * bound + d.offset : kNaN;
    r.gap = r.hasSolution ? relativeGapOf(r.objective, r.bestBound) : kNaN;
    // The last event can lag the returned values: the final sample comes from the result.
    ctx.state->observe(cbcObjective, boundKnown ? bound : -kInf, r.nodes, true);
}

bool lockWithStop(std::unique_lock<std::timed_mutex>& lock, const std::stop_token& stop) {
    while (!lock.try_lock_for(std::chrono::milliseconds(20)))
        if (stop.stop_requested()) return false;
    return true;
}

}  // namespace

MilpResult solveMilp(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks,
                     std::stop_token stop) {
    MilpResult result;
    const auto t0 = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    if (auto error = validateMilpProblem(problem, options.mipStart); !error.empty()) {
        result.status = MilpStatus::Error;
        result.message = "invalid problem: " + error;
        return result;
    }
    std::unique_lock<std::timed_mutex> lock(cbcMutex(), std::defer_lock);
    if (!lockWithStop(lock, stop)) {
        result.status = MilpStatus::Cancelled;
        result.message = "cancelled while waiting for another solve to finish";
        result.seconds = elapsed();
        return result;
    }
    try {
        SolveContext ctx;
        ctx.data = toCbcProblemData(problem);
        ctx.state = std::make_shared<CbcSolveState>();
        ctx.state->stop = stop;
        ctx.state->hooks = hooks;
        ctx.state->sign = ctx.data.sign;
        ctx.state->offset = ctx.data.offset;
        ctx.state->problemColumns = static_cast<int>(problem.columns.size());
        ctx.state->intervalSeconds = std::max(0.0, options.progressIntervalSeconds);
        ctx.state->timeLimitSeconds = std::max(0.0, options.timeLimitSeconds);
        ctx.sink = std::make_shared<CbcLogSink>();
        ctx.sink->onLog = hooks.onLog;

        // The capture handlers are declared before the solver and model so they outlive them.
        CbcLogCapture solverLog(ctx.sink);
        solverLog.setLogLevel(options.logLevel >= 2 ? 1 : 0);
        CbcLogCapture modelLog(ctx.sink);
        modelLog.setLogLevel(std::clamp(options.logLevel, 0, 3));
        OsiClpSolverInterface solver;
        solver.passInMessageHandler(&solverLog);
        loadIntoClp(ctx.data, solver);
        ClpStopHandler clpStop(ctx.state);
        solver.getModelPtr()->passInEventHandler(&clpStop);  // cloned along with the solver

        CbcModel model(solver);  // clones the solver: configure it before this line
        model.passInMessageHandler(&modelLog);
        model.solver()->passInMessageHandler(&solverLog);
        CbcProgressHandler progress(ctx.state);
        model.passInEventHandler(&progress);  // cloned; clones share ctx.state

        if (!options.mipStart.empty()) {
            std::vector<std::pair<std::string, double>> start;
            start.reserve(ctx.data.colNames.size());
            for (std::size_t j = 0; j < ctx.data.colNames.size(); ++j)
                start.emplace_back(ctx.data.colNames[j], options.mipStart[j]);
            model.setMIPStart(start);
        }
        ctx.state->start = std::chrono::steady_clock::now();
        if (options.useDriver)
            runDriver(model, options, objectiveGranularity(problem));
        else
            runBare(model, options, ctx.data);
        mapOutcome(model, ctx, options, stop.stop_requested(), result);
        keepOnlyFeasible(problem, options.mipStart, result, ctx.state->lpStopped.load());
        // CBC says nothing about a start it used to finish at once (e.g. when a row proves its
        // value optimal): warn only when the result is worse than the start would have been.
        double startValue = problem.objectiveOffset;
        for (std::size_t j = 0; j < options.mipStart.size() && j < problem.columns.size(); ++j)
            startValue += problem.columns[j].cost * options.mipStart[j];
        const bool startKept = result.hasSolution && result.objective <= startValue + 1e-6;
        if (!options.mipStart.empty() && !ctx.sink->sawMipStart && !startKept && hooks.onLog)
            hooks.onLog("sparsemip: the MIP start was not reported by CBC (infeasible or ignored)");
        {
            std::lock_guard guard(ctx.state->mutex);
            result.progress = ctx.state->samples;
        }
    } catch (const CoinError& e) {
        result = {};
        result.status = MilpStatus::Error;
        result.message =
            "CBC error in " + e.className() + "::" + e.methodName() + ": " + e.message();
    } catch (const std::bad_alloc&) {
        result = {};
        result.status = MilpStatus::Error;
        result.message = "out of memory while solving";
    } catch (const std::exception& e) {
        result = {};
        result.status = MilpStatus::Error;
        result.message = std::string("solver failure: ") + e.what();
    }
    result.seconds = elapsed();
    return result;
}

MilpResult retryWithoutPreprocessing(const MilpOptions& options,
                                     const std::function<MilpResult(const MilpOptions&)>& solve,
                                     std::stop_token stop) {
    MilpResult first = solve(options);
    if (first.status != MilpStatus::Error || first.hasSolution || !options.preprocess ||
        stop.stop_requested())
        return first;
    MilpOptions again = options;
    again.preprocess = false;
    MilpResult second = solve(again);
    if (second.status != MilpStatus::Error)
        second.message += " (retried without CBC preprocessing after: " + first.message + ")";
    return second;
}

}  // namespace smip
