#include "core/milp/milp_result.h"

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

}  // namespace smip
