#include "core/milp/milp_result.h"

#include <algorithm>
#include <cmath>

namespace smip {

const char* statusId(MilpStatus s) {
    switch (s) {
        case MilpStatus::Optimal:
            return "optimal";
        case MilpStatus::FeasibleAtLimit:
            return "feasible_at_limit";
        case MilpStatus::Infeasible:
            return "infeasible";
        case MilpStatus::Unbounded:
            return "unbounded";
        case MilpStatus::NoSolutionAtLimit:
            return "no_solution_at_limit";
        case MilpStatus::Cancelled:
            return "cancelled";
        case MilpStatus::Error:
            return "error";
    }
    return "error";
}

int MilpIncumbent::missing() const {
    return static_cast<int>(
        std::count_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }));
}

double relativeGapOf(double incumbent, double bound) {
    if (!std::isfinite(incumbent) || !std::isfinite(bound)) return std::nan("");
    return std::abs(incumbent - bound) / std::max(1e-10, std::abs(incumbent));
}

void raiseBound(MilpProgress& sample, double floor) {
    if (!(sample.bound >= floor)) sample.bound = floor;
    if (std::isfinite(sample.incumbent)) sample.gap = relativeGapOf(sample.incumbent, sample.bound);
}

void raiseBound(MilpResult& result, double floor) {
    if (!(result.bestBound >= floor)) result.bestBound = floor;
    if (result.hasSolution) result.gap = relativeGapOf(result.objective, result.bestBound);
    for (MilpProgress& p : result.progress)
        raiseBound(p, floor);
}

}  // namespace smip
