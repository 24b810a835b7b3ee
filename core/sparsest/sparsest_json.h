#pragma once
// JSON form of a sparsest-network result for the CLI (--json) and saved runs.
#include <nlohmann/json.hpp>

#include "core/sparsest/sparsest_solver.h"

namespace smip {

/// status, objective, best_bound, gap, nodes, seconds, progress samples, weights (W, b, v),
/// verified_max_residual, verified_nonzeros, verification {passed, reason, ...}, warm_start,
/// config and size. Non-finite numbers become null. Any thread.
nlohmann::json sparsestResultToJson(const SparsestResult& result);

/// The config as JSON (variant, width, w_bound, b_bound, count_biases, epsilon).
nlohmann::json sparsestConfigToJson(const SparsestConfig& config);

}  // namespace smip
