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

/// Settles what a solve hands back. With `checkSolution` (an LP was cut short, so the point may
/// come from a final re-solve that never finished) the solution is kept only when it satisfies
/// `problem` within 1e-5, else dropped. Then, when there is no solution at a limit or a cancel,
/// a feasible `mipStart` becomes the result (status FeasibleAtLimit at a limit): a start the
/// caller knows is feasible is never lost because CBC ran out of time before reading it. The
/// message says what happened. Any thread.
void keepOnlyFeasible(const MilpProblem& problem, const std::vector<double>& mipStart,
                      MilpResult& result, bool checkSolution = true);

}  // namespace smip
