#pragma once
// Internal to core/milp: a MilpProblem translated into the minimization form CBC and the COIN file
// writers expect (row-wise sparse matrix, ±COIN_DBL_MAX for infinite bounds, sanitized names).
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"

class CoinPackedMatrix;
class OsiClpSolverInterface;

namespace smip {

struct CbcProblemData {
    /// problem objective = sign * (CBC objective) + offset; sign is -1 for Maximize problems,
    /// whose costs are negated because CBC only minimizes.
    double sign = 1.0;
    double offset = 0.0;
    std::vector<double> colLower, colUpper, cost;
    std::vector<char> integrality;  ///< 1 for integer columns
    std::vector<double> rowLower, rowUpper;
    std::vector<int> rowStarts, indices;  ///< row-wise CSR, duplicate indices in a row merged
    std::vector<double> values;
    std::vector<std::string> colNames, rowNames;

    /// Row-ordered CoinPackedMatrix of the constraints.
    CoinPackedMatrix matrix() const;
};

/// Translates a *validated* problem (see validateMilpProblem). Any thread.
CbcProblemData toCbcProblemData(const MilpProblem& problem);

/// Loads the data into `solver` (names, integrality, name discipline 2 so names survive).
void loadIntoClp(const CbcProblemData& data, OsiClpSolverInterface& solver);

}  // namespace smip
