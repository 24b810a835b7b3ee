#pragma once
// File formats beyond milp_solver.h's writeMps/writeLp/readMps: reading LP files (round-trip checks
// of our exports) and the name rules of the LP format.
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"

namespace smip {

/// Reads a CPLEX-LP file (via COIN's CoinLpIO; a maximization is read as the negated minimization).
/// Empty string on success, else a message naming the path. Any thread.
std::string readLp(const std::string& path, MilpProblem& problem);

/// Column and row names made valid for the LP format (letters, digits and !#$%&().;?@_'`{}~, not
/// starting with a digit or '.', not a keyword). Falls back to x<j>/c<i> if that makes them clash.
std::vector<std::string> lpColumnNames(const MilpProblem& problem);
std::vector<std::string> lpRowNames(const MilpProblem& problem);

}  // namespace smip
