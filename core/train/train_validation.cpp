#include "core/train/train_validation.h"

#include <cmath>
#include <string>

#include "core/train/train_memory.h"

namespace smip {

namespace {

void checkData(const Dataset& data, ConfigIssues& issues) {
    issues.require(data.samples() > 0, "data", "the dataset has no samples");
    issues.require(data.features() > 0, "data", "the dataset has no features");
    issues.require(data.y.size() == data.samples(), "data",
                   "the dataset has " + std::to_string(data.samples()) + " samples but " +
                       std::to_string(data.y.size()) + " targets");
    issues.require(data.X.allFinite(), "data",
                   "the dataset's features contain NaN or infinite values");
    issues.require(data.y.allFinite(), "data",
                   "the dataset's targets contain NaN or infinite values");
}

void checkRegularizer(const RegularizerSpec& reg, ConfigIssues& issues) {
    issues.require(reg.lambda >= 0.0 && std::isfinite(reg.lambda), "lambda",
                   reg.id() + ": lambda must be >= 0 and finite");
    if (reg.kind == RegularizerKind::PathNorm)
        issues.require(reg.p > 0.0 && reg.p <= 1.0, "regularizers",
                       "the path-norm exponent p must be in (0, 1]");
}

void checkSettings(const TrainConfig& c, ConfigIssues& issues) {
    issues.require(c.epochs >= 0, "epochs", "epochs must be >= 0");
    issues.require(c.lr > 0.0 && std::isfinite(c.lr), "lr",
                   "the learning rate must be positive and finite");
    issues.require(c.gamma >= 0.0 && std::isfinite(c.gamma), "gamma",
                   "gamma must be >= 0 and finite");
    issues.require(c.eps >= 0.0 && std::isfinite(c.eps), "eps", "eps must be >= 0 and finite");
    issues.require(c.reportEvery >= 1, "report-every", "the report interval must be >= 1");
    issues.require(c.metricP > 0.0 && std::isfinite(c.metricP), "metric-p",
                   "the metric's p must be positive");
}

}  // namespace

std::uint64_t trainingMemoryLimit(const TrainConfig& config) {
    return config.memoryLimitBytes > 0 ? config.memoryLimitBytes : defaultMemoryLimit();
}

ConfigIssues validateTrainingInput(const Dataset& data, const std::vector<RegularizerSpec>& regs,
                                   const TrainConfig& config) {
    ConfigIssues issues;
    checkData(data, issues);
    issues.require(!regs.empty(), "regularizers", "choose at least one regularizer");
    for (const RegularizerSpec& reg : regs)
        checkRegularizer(reg, issues);
    checkSettings(config, issues);
    return issues;
}

ConfigIssues validateTraining(const Dataset& data, int width,
                              const std::vector<RegularizerSpec>& regs, const TrainConfig& config) {
    ConfigIssues issues = validateTrainingInput(data, regs, config);
    issues.require(width >= 0, "width", "the width must be >= 0 (0: one unit per sample)");
    if (!issues.canStart()) return issues;
    const int K = width > 0 ? width : data.samples();
    const std::string tooBig =
        trainingMemoryProblem(data.samples(), data.features(), K, static_cast<int>(regs.size()),
                              config, trainingMemoryLimit(config));
    if (!tooBig.empty()) issues.large("width", tooBig);
    return issues;
}

}  // namespace smip
