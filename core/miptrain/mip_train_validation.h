#pragma once
// Whether a MIP training can start, asked alike by `sparsemip miptrain` and the MIP-training
// page once the data is loaded: formulation, architecture against the data, and the size and
// memory of the largest MILP the method builds.
#include <cstdint>

#include "core/common/config_issues.h"
#include "core/common/memory_budget.h"
#include "core/data/dataset.h"
#include "core/miptrain/mip_train_config.h"

namespace smip {

/// Invalid: the formulation's numbers, the architecture against the data's features and classes.
/// Large: the whole-network MILP over the distinct training samples (what the full method
/// builds; the other methods build parts of it) estimated above `memoryLimit` (0: no limit).
ConfigIssues validateMipTraining(const Dataset& train, const MipTrainConfig& config,
                                 std::uint64_t memoryLimit = defaultMemoryLimit());

}  // namespace smip
