#pragma once
// Checks a MilpProblem before it reaches CBC (CBC asserts or aborts on malformed data) and derives
// the names the solver sees.
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"

namespace smip {

/// Empty when `problem` is well formed; otherwise an English message naming the first bad column or
/// row (index out of range, lower > upper, NaN or infinite coefficient, duplicate column name).
/// `mipStart` must be empty or hold one finite value per column. Any thread.
std::string validateMilpProblem(const MilpProblem& problem,
                                const std::vector<double>& mipStart = {});

/// Solver-side column names: the problem's names with whitespace replaced by '_' (MPS/LP files and
/// CBC's MIP start split on blanks); empty names become "c<index>". Any thread.
std::vector<std::string> solverColumnNames(const MilpProblem& problem);
/// Same for rows ("r<index>" for empty names). Any thread.
std::vector<std::string> solverRowNames(const MilpProblem& problem);

}  // namespace smip
