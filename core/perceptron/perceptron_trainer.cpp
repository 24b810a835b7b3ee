#include "core/perceptron/perceptron_trainer.h"

#include <chrono>
#include <cmath>
#include <exception>

#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_polish.h"

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

}  // namespace

PerceptronTrainResult trainPerceptron(const Dataset& train, const Dataset* test,
                                      const PerceptronConfig& config, const MilpOptions& options,
                                      const MilpHooks& hooks, std::stop_token stop,
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
        PerceptronStartChoice start = choosePerceptronStart(milp, stop, inProcessMilpBackend());
        opts.mipStart = std::move(start.solution);
        startReport = start.report;
    }
    MilpResult solved = backend.solve(milp.problem, opts, hooks, stop);
    if (ownStart) keepStartIfBetter(solved, milp, opts.mipStart);
    PerceptronTrainResult done = finishPerceptronTraining(milp, solved, train, test);
    done.start = startReport;
    done.size = r.size;
    done.buildSeconds = r.buildSeconds;
    return done;
}

}  // namespace smip
