#include "core/milp/milp_backend.h"

#include <limits>

namespace smip {

MilpResult notStartedResult() {
    MilpResult r;
    r.status = MilpStatus::Cancelled;
    r.bestBound = std::numeric_limits<double>::quiet_NaN();  // nothing was proven
    r.gap = std::numeric_limits<double>::quiet_NaN();
    r.message = "cancelled before the solve started";
    return r;
}

std::vector<MilpResult> MilpBackend::solveMany(const std::vector<MilpProblem>& problems,
                                               const std::vector<MilpOptions>& options,
                                               const MilpHooks& hooks, std::stop_token stop) const {
    if (options.size() != problems.size()) {
        MilpResult bad;
        bad.message = "one MilpOptions per problem is required";
        return std::vector<MilpResult>(problems.size(), bad);
    }
    std::vector<MilpResult> out;
    out.reserve(problems.size());
    for (std::size_t i = 0; i < problems.size(); ++i)
        out.push_back(stop.stop_requested() ? notStartedResult()
                                            : solve(problems[i], options[i], hooks, stop));
    return out;
}

MilpResult InProcessMilpBackend::solve(const MilpProblem& problem, const MilpOptions& options,
                                       const MilpHooks& hooks, std::stop_token stop) const {
    return solveMilp(problem, options, hooks, stop);
}

const MilpBackend& inProcessMilpBackend() {
    static const InProcessMilpBackend backend;
    return backend;
}

}  // namespace smip
