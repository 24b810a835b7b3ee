#pragma once
// Whether a sparsest-network solve can start, asked once by the CLI, the Sparsest page and
// solveSparsest itself: the data and settings, the model's size and memory, and bounds beyond
// CBC's reliable range.
#include <Eigen/Dense>
#include <cstdint>

#include "core/common/config_issues.h"
#include "core/common/memory_budget.h"
#include "core/sparsest/sparsest_config.h"

namespace smip {

/// Invalid: sizes, non-finite values, non-positive bounds, negative ε, bad width. Large: more
/// than kSparsestConfirmBinaries binaries (CBC rarely finishes), or the solve's memory estimate
/// above `memoryLimit` (0: no limit). Warning: bounds beyond kSparsestReliableBound.
ConfigIssues validateSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                              const SparsestConfig& config,
                              std::uint64_t memoryLimit = defaultMemoryLimit());

}  // namespace smip
