#include "core/sparsest/sparsest_validation.h"

#include <cmath>
#include <string>

#include "core/sparsest/sparsest_size.h"
#include "core/sparsest/sparsest_solver.h"

namespace smip {

namespace {

void checkData(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, ConfigIssues& issues) {
    if (X.rows() < 1 || X.cols() < 1) {
        issues.invalid("data", "the data needs at least one sample and one feature");
        return;
    }
    issues.require(y.size() == X.rows(), "data",
                   "the dataset has " + std::to_string(X.rows()) + " samples but " +
                       std::to_string(y.size()) + " targets");
    issues.require(X.allFinite(), "data", "the dataset's features contain NaN or infinite values");
    issues.require(y.allFinite(), "data", "the dataset's targets contain NaN or infinite values");
}

void checkSettings(const SparsestConfig& c, ConfigIssues& issues) {
    issues.require(c.width >= 0, "width", "width must be positive (0 = number of samples)");
    issues.require(c.wBound > 0.0 && std::isfinite(c.wBound), "w-bound",
                   "weight bound w_B must be a positive finite number");
    issues.require(c.bBound > 0.0 && std::isfinite(c.bBound), "b-bound",
                   "bias bound b_B must be a positive finite number");
    issues.require(c.epsilon >= 0.0 && std::isfinite(c.epsilon), "epsilon",
                   "epsilon must be a finite number ≥ 0");
    issues.require(c.rankBoundSeconds >= 0.0 && std::isfinite(c.rankBoundSeconds),
                   "rank-bound-seconds",
                   "the rank bound's time budget must be a finite number ≥ 0");
    issues.require(c.rankBoundThreads >= 0, "rank-threads",
                   "the rank bound's thread count must be ≥ 0");
}

void checkSize(int samples, int inputs, const SparsestConfig& c, std::uint64_t memoryLimit,
               ConfigIssues& issues) {
    const SparsestSizeEstimate e = estimateSparsestSize(samples, inputs, c);
    checkMilpBinaries("data", e.binaries, kSparsestConfirmBinaries,
                      "CBC is unlikely to finish; a smaller width or fewer samples make it smaller",
                      issues);
    checkMilpMemory("the sparsest-network MILP", e.rows, e.columns, e.nonzeros, memoryLimit,
                    issues);
}

}  // namespace

ConfigIssues validateSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                              const SparsestConfig& config, std::uint64_t memoryLimit) {
    ConfigIssues issues;
    checkData(X, y, issues);
    checkSettings(config, issues);
    if (!issues.canStart()) return issues;
    checkSize(static_cast<int>(X.rows()), static_cast<int>(X.cols()), config, memoryLimit, issues);
    if (const std::string w = sparsestBoundsWarning(config); !w.empty())
        issues.warning("w-bound", w);
    return issues;
}

}  // namespace smip
