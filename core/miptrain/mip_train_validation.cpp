#include "core/miptrain/mip_train_validation.h"

#include <string>

#include "core/miptrain/mip_architecture.h"
#include "core/miptrain/weighted_samples.h"

namespace smip {

namespace {

// From above, per distinct sample and per weight of each layer (buildNetworkMilp): a product
// column with four linking rows of three entries, plus the unit's pre-activation row entry.
void checkNetworkMilpMemory(long long samples, const MipArchitecture& arch,
                            std::uint64_t memoryLimit, ConfigIssues& issues) {
    long long weights = 0, units = 0;
    for (std::size_t l = 1; l < arch.widths.size(); ++l) {
        weights += static_cast<long long>(arch.widths[l]) * (arch.widths[l - 1] + 1);
        units += arch.widths[l];
    }
    const long long rows = samples * (4 * weights + 3 * units);
    const long long columns = samples * (weights + 2 * units) + weights;
    const long long nonzeros = samples * (13 * weights + 6 * units);
    checkMilpMemory("the network MILP over " + std::to_string(samples) + " distinct samples", rows,
                    columns, nonzeros, memoryLimit, issues);
}

}  // namespace

ConfigIssues validateMipTraining(const Dataset& train, const MipTrainConfig& config,
                                 std::uint64_t memoryLimit) {
    ConfigIssues issues;
    if (const std::string e = checkFormulation(config.formulation); !e.empty())
        issues.invalid("formulation", e);
    if (const std::string e = checkArchitecture(config.arch, train.features(), train.classes());
        !e.empty())
        issues.invalid("arch", e);
    issues.require(config.timeLimitSeconds > 0.0, "time-limit", "the time limit must be > 0");
    if (!issues.canStart()) return issues;
    checkNetworkMilpMemory(aggregateDataset(train).samples(), config.arch, memoryLimit, issues);
    return issues;
}

}  // namespace smip
