#pragma once
// How far a point is from satisfying a MILP: used to check MIP starts before they are handed to
// CBC, and CBC's own answer when its final LP was cut at the time limit.
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"
#include "core/milp/milp_result.h"

namespace smip {

/// Largest violation of a point against a problem's bounds, integrality and rows (0 = feasible).
/// `where` receives the name of the worst column or row. Any thread.
double milpPointViolation(const MilpProblem& problem, const std::vector<double>& x,
                          std::string* where = nullptr);

/// After an LP was cut short: keeps `result`'s solution only when it satisfies `problem` within
/// 1e-5; otherwise `mipStart` (when feasible) becomes the solution, else there is none (status
/// NoSolutionAtLimit). The message says what happened. Any thread.
void keepOnlyFeasible(const MilpProblem& problem, const std::vector<double>& mipStart,
                      MilpResult& result);

}  // namespace smip
