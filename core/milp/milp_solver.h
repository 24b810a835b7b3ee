#pragma once
// Solves a MilpProblem with COIN-OR CBC through its standard driver (CbcMain0/CbcMain1), with live
// progress, log capture and cooperative cancel. Debian's CBC is not safe for two driver calls at
// once in one process, so in-process solves are serialized by a global mutex; the GUI runs solves
// in worker processes instead (milp_backend.h chooses, worker_client.h runs them).
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"
#include "core/milp/milp_result.h"

namespace smip {

struct MilpOptions {
    double timeLimitSeconds = 60.0;  ///< wall clock (CBC's -timeMode elapsed)
    int threads = 1;                 ///< CBC parallel B&B threads; >1 is opt-in
    int logLevel = 1;                ///< CBC log level 0..3
    double relativeGap = 1e-6;       ///< stop when the relative gap is below this
    bool useDriver = true;           ///< false: bare CbcModel::branchAndBound (for comparison)
    /// CBC's preprocessing (CglPreProcess). Off is the retry after a crash: Debian's CBC 2.10
    /// segfaults in CglPreProcess::postProcess when a time limit ends some searches (measured on
    /// the breast-cancer perceptron MILP).
    bool preprocess = true;
    std::vector<double> mipStart;  ///< optional feasible point, one value per column (empty = none)
    /// Worker processes only: stop the solve once its time limit has passed since the child
    /// started (CBC looks at it only between LP solves; the root LP of a large model can
    /// overshoot by seconds). Off by default: a helper solve with a tight budget may need that
    /// overshoot to find anything.
    bool hardTimeLimit = false;
    double progressIntervalSeconds = 0.05;  ///< rate limit for non-incumbent progress samples
};

/// A model as a pipeline hands it to the solver, with the MIP start it gets (empty: none; else
/// one value per column). `solve` names the solve within its run: "" for a run's main or only
/// MILP, else e.g. "layer2", "wine-101-split3", "it4-block2" (milp_model_files.h turns it into a
/// file name).
using MilpModelHook = std::function<void(const std::string& solve, const MilpProblem& problem,
                                         const std::vector<double>& start)>;

struct MilpHooks {
    /// Called on the solving thread: every new incumbent, and at most every interval otherwise.
    std::function<void(const MilpProgress&)> onProgress;
    /// Called on the solving thread with one line of CBC's log (no trailing newline).
    std::function<void(const std::string&)> onLog;
    /// Called on the solving thread before a solve starts over (the one retry without CBC
    /// preprocessing after a worker process died without a result): the progress that follows
    /// is the new run's, its clock starting again at zero.
    std::function<void()> onRestart;
    /// Called on the solving thread after the progress sample of each improved incumbent (not
    /// for the MIP start, which the caller has), with the solution vector. Only set it when it is
    /// drawn: each call copies a vector, and a worker process sends it over its pipe.
    std::function<void(const MilpIncumbent&)> onIncumbent;
    /// Called by the feature pipelines (sparsest, perceptron, the perceptron study), never by
    /// solveMilp or a backend: once per MILP they solve, just before it goes to the backend, on
    /// the pipeline's thread (the study's workers may call it concurrently). Helper LPs and the
    /// small MILPs that build a start are not reported. For exports (milp_model_files.h).
    MilpModelHook onModel;
};

/// Solves `problem`. Never throws: solver errors become MilpStatus::Error with a message. A stop
/// request on `stop` ends the solve within about a second (status Cancelled, incumbent kept).
MilpResult solveMilp(const MilpProblem& problem, const MilpOptions& options,
                     const MilpHooks& hooks = {}, std::stop_token stop = {});

/// Calls `solve(options)`; when that returns Error without a solution (a worker process that
/// died: Debian's CBC 2.10 can crash in CglPreProcess::postProcess at a time limit) and CBC's
/// preprocessing was on, calls it once more without preprocessing and says so in the message.
MilpResult retryWithoutPreprocessing(const MilpOptions& options,
                                     const std::function<MilpResult(const MilpOptions&)>& solve,
                                     std::stop_token stop = {});

/// Writes the problem as MPS (plain text; maximization is negated and says so in a comment) or LP.
/// Returns an empty string on success, else a message. The file is written atomically.
std::string writeMps(const MilpProblem& problem, const std::string& path);
std::string writeLp(const MilpProblem& problem, const std::string& path);

/// Reads an MPS file into a MilpProblem (for round-trip checks). Empty string on success.
std::string readMps(const std::string& path, MilpProblem& problem);

}  // namespace smip
