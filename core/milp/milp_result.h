#pragma once
// What a MILP solve concluded (an outcome, not an error), plus the progress samples of a live
// solve.
#include <string>
#include <vector>

namespace smip {

enum class MilpStatus {
    Optimal,            ///< proven optimal (within the gap tolerance)
    FeasibleAtLimit,    ///< stopped by a limit with an incumbent
    Infeasible,         ///< proven infeasible
    Unbounded,          ///< LP relaxation unbounded
    NoSolutionAtLimit,  ///< stopped by a limit before any incumbent
    Cancelled,          ///< stopped by the user (solution may still be present)
    Error               ///< solver failure; message says why
};

/// One progress sample: values are in the problem's own sense (not CBC's minimization form).
struct MilpProgress {
    double seconds = 0.0;
    double incumbent = 0.0;  ///< NaN when no incumbent yet
    double bound = 0.0;      ///< best bound; NaN when unknown
    double gap = 0.0;        ///< relative gap |inc-bound|/max(1e-10,|inc|); NaN without incumbent
    long long nodes = 0;
};

/// An improved incumbent as the search finds it, for live views of the network it encodes.
struct MilpIncumbent {
    double seconds = 0.0;
    double objective = 0.0;  ///< in the problem's sense
    /// One value per column of the problem. NaN where CBC's preprocessing removed the column: the
    /// search runs on the preprocessed model, and a removed column's value is only known after
    /// postprocessing, at the end. Callers complete or decode around it (e.g. completeIncumbent).
    std::vector<double> values;
    /// Columns that are NaN in `values`.
    int missing() const;
};

struct MilpResult {
    MilpStatus status = MilpStatus::Error;
    std::string message;     ///< human-readable reason, always set for Error/Infeasible
    double objective = 0.0;  ///< incumbent objective (valid when hasSolution)
    double bestBound = 0.0;
    double gap = 0.0;
    long long nodes = 0;
    double seconds = 0.0;
    bool hasSolution = false;
    std::vector<double> solution;  ///< one value per column, original column space
    std::vector<MilpProgress> progress;
};

/// Stable lower-case identifier ("optimal", "feasible_at_limit", ...) for JSON/CSV. Not for
/// display.
const char* statusId(MilpStatus s);

/// |incumbent − bound| / max(1e-10, |incumbent|), the gap CBC reports; NaN unless both are finite.
double relativeGapOf(double incumbent, double bound);

/// Raises the bound to `floor` (a bound proven elsewhere: a rank argument, an earlier phase of
/// the same solve) where it is lower or unknown, and recomputes the gap.
void raiseBound(MilpProgress& sample, double floor);
/// The same for a result: its best bound and every progress sample.
void raiseBound(MilpResult& result, double floor);

}  // namespace smip
