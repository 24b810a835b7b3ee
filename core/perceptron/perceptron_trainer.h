#pragma once
// Trains a shallow perceptron network to (proven or time-limited) optimality as a MILP with CBC:
// check data → estimate size → build → MIP start → solve → decode → verify → evaluate.
// Synchronous: call it on a worker thread; hooks run on that thread.
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/milp/milp_backend.h"
#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"
#include "core/perceptron/perceptron_config.h"
#include "core/perceptron/perceptron_decoder.h"
#include "core/perceptron/perceptron_gradient_start.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_net.h"
#include "core/perceptron/perceptron_pattern_bound.h"

namespace smip {

struct PerceptronTrainResult {
    MilpStatus status = MilpStatus::Error;  ///< Error also for rejected input (see message)
    std::string message;                    ///< reason for Error; notes otherwise
    bool hasNetwork = false;                ///< a decoded network is present (incumbent found)
    PerceptronNet net;
    PerceptronMilpSize size;              ///< rows/columns/binaries of the model
    PerceptronMilpTerms milpTerms;        ///< the objective's terms as the solution states them
    PerceptronVerification verification;  ///< decoded training errors vs the MILP's loss term
    PerceptronEval train;                 ///< decoded network on the training data
    PerceptronEval test;                  ///< on the test data (samples = 0 when none given)
    int nonzeroWeights = 0;               ///< decoded network's nonzero ω_ij
    int usedNeurons = 0;                  ///< decoded network's used hidden units
    double objective = 0.0;               ///< incumbent objective (loss + penalties)
    double bestBound = 0.0;
    double gap = 0.0;
    long long nodes = 0;
    double buildSeconds = 0.0;
    double solveSeconds = 0.0;
    PerceptronStartReport start;  ///< the MIP start the solve got (empty source: caller's)
    /// The firing-pattern enumeration before CBC (config.patternBound; computed = false when it
    /// was off or skipped, reason says why). Its seconds are part of solveSeconds.
    PerceptronPatternBoundResult patternBound;
    bool proven() const { return status == MilpStatus::Optimal; }
    std::vector<MilpProgress> progress;

    /// The solve's own final numbers in the shape every MILP result has (charts, summaries).
    MilpResult solveSummary() const {
        MilpResult m;
        m.status = status;
        m.hasSolution = hasNetwork;
        m.objective = objective;
        m.bestBound = bestBound;
        m.gap = gap;
        m.nodes = nodes;
        m.seconds = solveSeconds;
        return m;
    }
};

/// A network the solve holds at one moment, decoded and re-evaluated: what live views draw.
struct PerceptronIncumbent {
    double seconds = 0.0;    ///< since the solve started (0 for the start)
    double objective = 0.0;  ///< the MILP objective of its solution vector
    bool isStart = false;    ///< the MIP start the search begins from
    bool polished = false;   ///< an incumbent of the solver, polished (config.polish)
    PerceptronNet net;
    PerceptronEval train;  ///< on the training data
    PerceptronEval test;   ///< on the test data (samples = 0 when none)
    int nonzeroWeights = 0;
    int usedNeurons = 0;
};

struct PerceptronHooks {
    // Implicit on purpose: a caller that only wants the solver's progress passes its MilpHooks.
    PerceptronHooks(MilpHooks m = {})
        : milp(std::move(m)) {}  // NOLINT(google-explicit-constructor)
    MilpHooks milp;
    /// The start, then every improved incumbent whose network CBC's preprocessing left readable
    /// (MilpIncumbent::values known for every weight, bias and switch), and every polished
    /// network that beat its incumbent (config.polish). On the solving thread.
    std::function<void(const PerceptronIncumbent&)> onIncumbent;
};

/// Trains on `train`, evaluates on `test` if non-null. `options.mipStart` empty → the best of the
/// heuristic and the polished gradient starts (choosePerceptronStart) is used, and the network
/// returned is never worse by the MILP objective than that start. Never throws; bad data or config
/// give status Error with a message naming the problem. A stop request ends the solve (Cancelled)
/// and the incumbent, if any, is still decoded; when the solver was ended before it reported its
/// solution (a worker process killed after its grace period), the heuristic start is decoded
/// instead and the message says so. The MILP runs on `backend`; config.polish polishes the
/// solver's incumbents (perceptron_polish_restarts.h; its LPs run in this process).
PerceptronTrainResult trainPerceptron(const Dataset& train, const Dataset* test,
                                      const PerceptronConfig& config, const MilpOptions& options,
                                      const PerceptronHooks& hooks = {}, std::stop_token stop = {},
                                      const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
