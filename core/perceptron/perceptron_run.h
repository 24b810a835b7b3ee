#pragma once
// One perceptron run as the CLI's `perceptron` command and the Perceptron page start it: split
// the data (stratified, seeded), subsample the training part, train the MILP. The config and its
// validation live here once so both front ends ask the same questions before they start.
#include <cstdint>
#include <stop_token>

#include "core/common/config_issues.h"
#include "core/common/memory_budget.h"
#include "core/data/dataset.h"
#include "core/milp/milp_backend.h"
#include "core/perceptron/perceptron_config.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_trainer.h"

namespace smip {

/// 30 s per solve: the perceptron study's setting (Rosenhahn's Table 3), the CLI's and the
/// page's default.
inline MilpOptions defaultPerceptronMilpOptions() {
    MilpOptions o;
    o.timeLimitSeconds = 30.0;
    return o;
}

struct PerceptronRunConfig {
    PerceptronConfig network;
    double testFraction = 0.5;  ///< 0 = train on everything, no test part
    int maxTrain = 0;           ///< > 0: stratified subsample of the training part
    std::uint64_t seed = 1;     ///< split and subsample
    MilpOptions milp = defaultPerceptronMilpOptions();  ///< an empty mipStart: core's start
};

struct PerceptronRunResult {
    PerceptronSplit split;
    PerceptronTrainResult result;
};

/// Invalid: the model settings, the data (classes, finite values), the fractions. Large: the
/// MILP of the training part above the size limit (kPerceptronConfirmBinaries binaries) or its
/// memory estimate above `memoryLimit` (0: no limit).
ConfigIssues validatePerceptronRun(const Dataset& data, const PerceptronRunConfig& config,
                                   std::uint64_t memoryLimit = defaultMemoryLimit());

/// Above this many binaries CBC rarely gets anywhere in minutes: the user is asked.
inline constexpr long long kPerceptronConfirmBinaries = 200000;

/// Splits `data` and trains the MILP on the training part (test part evaluated when non-empty).
/// Synchronous; hooks run on the calling thread. Any thread.
PerceptronRunResult runPerceptron(const Dataset& data, const PerceptronRunConfig& config,
                                  const PerceptronHooks& hooks, std::stop_token stop,
                                  const MilpBackend& backend);

}  // namespace smip
