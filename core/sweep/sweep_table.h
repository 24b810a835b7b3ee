#pragma once
// A sweep's results as tables: collected from the result files of a directory (however they were
// produced: in-process, GNU parallel, a Slurm array), one CSV row per instance × method, a JSON
// table, and a summary per (kind, N, d).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/sweep/sweep_result.h"

namespace smip {

/// Reads every `*.json` result file in `dir`, sorted by instance id. Returns false and names the
/// file for a file that is not a sweep result (a sweep directory holds nothing else).
bool collectSweep(const std::string& dir, std::vector<SweepInstanceResult>& out,
                  std::string& error);

/// Header plus one row per instance × method: id, kind, n, d (of the data used), seed, method,
/// nonzeros, active_neurons, mse, max_residual, fits, seconds, status, bound, gap, nodes. Unknown
/// numbers are empty cells.
std::string sweepCsv(const std::vector<SweepInstanceResult>& results);

struct SweepMethodSummary {
    std::string method;
    int instances = 0;          ///< instances with a row for this method
    int fits = 0;               ///< of those, rows that fit
    double meanNonzeros = 0.0;  ///< over the rows with a network (NaN when none)
    /// Regularizers: instances whose MILP proved its optimum and where this regularizer's model
    /// fits with no more nonzeros than that optimum. MILP: the proven instances.
    int reachedOptimum = 0;
};

struct SweepGroupSummary {
    std::string kind;
    int n = 0, d = 0;  ///< of the data used
    int instances = 0;
    int proven = 0;                           ///< instances whose MILP proved its optimum
    std::vector<SweepMethodSummary> methods;  ///< in first-seen order ("milp" last)
};

/// One group per (kind, N, d), in first-seen order of the (id-sorted) results.
std::vector<SweepGroupSummary> summarizeSweep(const std::vector<SweepInstanceResult>& results);

/// {"rows": [one object per instance × method, the CSV's columns], "summary": [one object per
/// group: kind, n, d, instances, proven, methods: [{method, instances, fits, mean_nonzeros,
/// reached_optimum}]]}.
nlohmann::json sweepTableJson(const std::vector<SweepInstanceResult>& results);

}  // namespace smip
