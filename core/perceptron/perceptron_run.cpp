#include "core/perceptron/perceptron_run.h"

#include <string>

#include "core/perceptron/perceptron_milp.h"

namespace smip {

namespace {

// Nonzeros of buildPerceptronMilp's matrix, from above: per sample, each hidden unit's two
// big-M rows hold its m weights, bias and indicator; the output rows hold ~3 entries each.
long long perceptronNonzeros(int samples, int inputs, int classes, const PerceptronConfig& c,
                             const PerceptronMilpSize& size) {
    const long long N = samples, m = inputs, n = c.hidden, K = classes;
    return N * (2 * n * (m + 2) + 4 * n * K * 3 + 2 * K * (n + 2)) + 3 * size.rows;
}

}  // namespace

ConfigIssues validatePerceptronRun(const Dataset& data, const PerceptronRunConfig& config,
                                   std::uint64_t memoryLimit) {
    ConfigIssues issues;
    std::string error;
    if (!checkPerceptronConfig(config.network, error)) issues.invalid("model", error);
    issues.require(config.testFraction >= 0.0 && config.testFraction < 1.0, "test-fraction",
                   "the test fraction must be in [0, 1)");
    issues.require(config.maxTrain >= 0, "max-train",
                   "the training subsample must be >= 0 (0: no subsample)");
    if (!checkPerceptronData(data, config.network.maxClasses, error)) issues.invalid("data", error);
    if (!issues.canStart()) return issues;
    const PerceptronSplit split =
        splitPerceptronData(data, config.testFraction, config.maxTrain, config.seed);
    const Dataset& train = split.train;
    const PerceptronMilpSize size =
        estimatePerceptronMilp(train.samples(), train.features(), data.classes(), config.network);
    checkMilpBinaries("max-train", size.binaries, kPerceptronConfirmBinaries,
                      "CBC is unlikely to get far; a training subsample or fewer hidden units "
                      "make it smaller",
                      issues);
    checkMilpMemory(
        "the perceptron MILP", size.rows, size.columns,
        perceptronNonzeros(train.samples(), train.features(), data.classes(), config.network, size),
        memoryLimit, issues);
    return issues;
}

PerceptronRunResult runPerceptron(const Dataset& data, const PerceptronRunConfig& config,
                                  const PerceptronHooks& hooks, std::stop_token stop,
                                  const MilpBackend& backend) {
    PerceptronRunResult out;
    out.split = splitPerceptronData(data, config.testFraction, config.maxTrain, config.seed);
    const Dataset* test = out.split.test.samples() > 0 ? &out.split.test : nullptr;
    out.result =
        trainPerceptron(out.split.train, test, config.network, config.milp, hooks, stop, backend);
    return out;
}

}  // namespace smip
