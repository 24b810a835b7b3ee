#pragma once
// `sparsemip pareto`'s outputs: JSON {trained: [...], frontier: [...]} and one CSV table with a
// `kind` column ("trained" or "frontier").
#include <string>

#include <nlohmann/json.hpp>

#include "core/pareto/pareto.h"

namespace smip {

/// {"trained": [{regularizer, lambda, mse, max_residual, nonzeros, active_neurons}], "frontier":
/// [{epsilon, nonzeros, best_bound, status, proven, seconds, start, max_residual}], "w_bound",
/// "b_bound", "cancelled", "seconds"}. Unknown numbers are null.
nlohmann::json paretoToJson(const ParetoResult& result);

/// Header and one row per trained point, then one per frontier point.
std::string paretoCsv(const ParetoResult& result);

}  // namespace smip
