#pragma once
// Running a sweep: one instance through the whole sparsest pipeline (runSparsestPipeline), and
// the in-process driver that runs a list of instances on a few threads, writes each result
// atomically as `<out>/<id>.json` and skips instances whose file already exists (resume).
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/common/config_issues.h"
#include "core/milp/milp_backend.h"
#include "core/sparsest/sparsest_pipeline.h"
#include "core/sweep/sweep_result.h"

namespace smip {

/// The pipeline config an instance runs: its regularizers and epochs, initialization seed = the
/// instance's seed, bounds and MIP start from the sparsest fitting model, the tight formulation
/// with the rank bound, the MILP's time limit; CBC's log off.
SparsestPipelineConfig sweepPipelineConfig(const SweepInstance& instance);

/// Loads the instance's data (generator or CSV). Returns false and names the problem.
bool loadSweepData(const SweepInstance& instance, Dataset& out, std::string& error);

/// Whether the instance can run: its data loads and validateSparsestPipeline accepts it.
ConfigIssues validateSweepInstance(const SweepInstance& instance);

/// Runs one instance: trains its regularizers from one init, picks the sparsest fitting model,
/// solves the MILP with that model's bounds and start. One row per regularizer, then "milp".
/// `complete` is false when `stop` ended it early (the rows are then partial and must not be
/// stored). Throws std::runtime_error when the data does not load and std::invalid_argument for
/// data training cannot take. Any thread.
SweepInstanceResult runSweepInstance(const SweepInstance& instance, const MilpBackend& backend,
                                     std::stop_token stop, bool* complete = nullptr);

/// Runs `instance` and writes its result file atomically; nothing is written when stopped early.
/// Returns an empty string on success (or on a stop), else the reason.
std::string runAndStoreSweepInstance(const SweepInstance& instance, const std::string& outDir,
                                     const MilpBackend& backend, std::stop_token stop,
                                     SweepInstanceResult* result = nullptr);

struct SweepRunHooks {
    /// After each stored instance, from the worker thread (calls are serialized).
    std::function<void(const SweepInstanceResult&)> onFinished;
    /// For each instance skipped because its result file exists (calls are serialized).
    std::function<void(const SweepInstance&)> onSkipped;
    /// For each instance that failed (bad data, file not written; calls are serialized).
    std::function<void(const SweepInstance&, const std::string& error)> onFailed;
};

struct SweepRunCounts {
    int ran = 0;         ///< run and stored
    int skipped = 0;     ///< result file already there
    int failed = 0;      ///< data or file problems (named through onFailed)
    int unfinished = 0;  ///< not run or not stored because of a stop
};

/// Runs every instance whose result file is missing in `outDir` (created when needed) on
/// `workers` threads (each instance's training on one thread when workers > 1), each MILP through
/// `backend`. After a stop, running instances end without writing and no new one starts.
SweepRunCounts runSweep(const std::vector<SweepInstance>& instances, const std::string& outDir,
                        int workers, const MilpBackend& backend, std::stop_token stop,
                        const SweepRunHooks& hooks = {});

}  // namespace smip
