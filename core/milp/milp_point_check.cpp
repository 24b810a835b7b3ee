#include "core/milp/milp_point_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace smip {

namespace {
std::string shortNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}
}  // namespace

double milpPointViolation(const MilpProblem& problem, const std::vector<double>& x,
                          std::string* where) {
    if (x.size() != problem.columns.size()) {
        if (where) *where = "vector size";
        return std::numeric_limits<double>::infinity();
    }
    double worst = 0.0;
    const auto note = [&](double viol, const std::string& name) {
        if (viol > worst) {
            worst = viol;
            if (where) *where = name;
        }
    };
    for (std::size_t i = 0; i < x.size(); ++i) {
        const MilpColumn& c = problem.columns[i];
        note(std::max(c.lower - x[i], x[i] - c.upper), c.name);
        if (c.integer) note(std::abs(x[i] - std::round(x[i])), c.name);
    }
    for (const MilpRow& r : problem.rows) {
        double a = 0.0;
        for (std::size_t i = 0; i < r.indices.size(); ++i)
            a += r.coefs[i] * x[static_cast<std::size_t>(r.indices[i])];
        note(std::max(r.lower - a, a - r.upper), r.name);
    }
    return worst;
}

// When one of our handlers cut an LP short (time limit or stop), the solution CBC hands back can
// come from a final re-solve that never finished: measured on MIP training (breast cancer,
// 30-8-2, cut 1 s past the limit) it decoded to a network predicting the majority class while
// CBC's incumbent was the start's. Such a point is checked against the problem; when it fails,
// the MIP start (if it is feasible) is the result, else there is none.
void keepOnlyFeasible(const MilpProblem& problem, const std::vector<double>& mipStart,
                      MilpResult& r, bool checkSolution) {
    constexpr double kTolerance = 1e-5;
    if (r.hasSolution && checkSolution) {
        std::string where;
        const double violation = milpPointViolation(problem, r.solution, &where);
        if (violation <= kTolerance) return;
        r.message += "; CBC's point violates " + where + " by " + shortNumber(violation) +
                     " (its final LP was cut short)";
        r.hasSolution = false;
        r.solution.clear();
        r.objective = std::numeric_limits<double>::quiet_NaN();
        if (r.status == MilpStatus::FeasibleAtLimit || r.status == MilpStatus::Optimal)
            r.status = MilpStatus::NoSolutionAtLimit;
    }
    if (r.hasSolution || mipStart.empty()) return;
    if (r.status != MilpStatus::NoSolutionAtLimit && r.status != MilpStatus::Cancelled) return;
    if (milpPointViolation(problem, mipStart) > kTolerance) return;
    r.solution = mipStart;
    r.hasSolution = true;
    r.objective = problem.objectiveOffset;
    for (std::size_t j = 0; j < r.solution.size(); ++j)
        r.objective += problem.columns[j].cost * r.solution[j];
    if (r.status == MilpStatus::NoSolutionAtLimit) r.status = MilpStatus::FeasibleAtLimit;
    r.message += ": the MIP start is kept";
}

}  // namespace smip
