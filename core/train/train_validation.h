#pragma once
// Whether a training can start, asked once by the CLI and by the Train page before anything is
// allocated, and by trainShallow itself (which throws on what it finds).
#include <vector>

#include "core/common/config_issues.h"
#include "core/data/dataset.h"
#include "core/train/trainer.h"

namespace smip {

/// Data, regularizers and settings (Invalid issues only; no sizes).
ConfigIssues validateTrainingInput(const Dataset& data, const std::vector<RegularizerSpec>& regs,
                                   const TrainConfig& config);

/// validateTrainingInput, the width (0 = number of samples) and the memory of the `regs.size()`
/// runs that train at once: Large when above config.memoryLimitBytes (0: defaultMemoryLimit()).
ConfigIssues validateTraining(const Dataset& data, int width,
                              const std::vector<RegularizerSpec>& regs, const TrainConfig& config);

/// The memory limit a TrainConfig stands for (its own, or the default when 0).
std::uint64_t trainingMemoryLimit(const TrainConfig& config);

}  // namespace smip
