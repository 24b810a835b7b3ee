#pragma once
// Shared helpers of the perceptron tests: hand-made datasets and an independent feasibility check
// of a MILP point (bounds, rows, integrality), so no test trusts the code it checks.
#include <QString>

#include <cmath>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/milp/milp_problem.h"

namespace smip::test {

inline Dataset makeData(const std::vector<std::vector<double>>& X, const std::vector<int>& y,
                        int classes) {
    Dataset d;
    d.name = "test";
    d.task = TaskKind::Classification;
    d.X.resize(static_cast<Eigen::Index>(X.size()), static_cast<Eigen::Index>(X[0].size()));
    d.y.resize(static_cast<Eigen::Index>(y.size()));
    for (std::size_t r = 0; r < X.size(); ++r) {
        for (std::size_t j = 0; j < X[r].size(); ++j)
            d.X(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) = X[r][j];
        d.y(static_cast<Eigen::Index>(r)) = y[r];
    }
    for (int c = 0; c < classes; ++c)
        d.classNames.push_back(std::to_string(c));
    return d;
}

// Independent feasibility check of a column vector against every bound, row and integrality.
inline QString infeasibility(const MilpProblem& P, const std::vector<double>& x) {
    const double tol = 1e-7;
    if (x.size() != P.columns.size())
        return QString("%1 values for %2 columns").arg(x.size()).arg(P.columns.size());
    for (std::size_t c = 0; c < P.columns.size(); ++c) {
        const auto& col = P.columns[c];
        if (x[c] < col.lower - tol || x[c] > col.upper + tol)
            return QString("column %1 out of bounds").arg(col.name.c_str());
        if (col.integer && std::abs(x[c] - std::round(x[c])) > tol)
            return QString("column %1 not integral").arg(col.name.c_str());
    }
    for (const auto& row : P.rows) {
        double a = 0;
        for (std::size_t t = 0; t < row.indices.size(); ++t)
            a += row.coefs[t] * x[static_cast<std::size_t>(row.indices[t])];
        if (a < row.lower - tol || a > row.upper + tol)
            return QString("row %1 violated: %2").arg(row.name.c_str()).arg(a);
    }
    return {};
}

inline double objectiveOf(const MilpProblem& P, const std::vector<double>& x) {
    double v = P.objectiveOffset;
    for (std::size_t c = 0; c < P.columns.size(); ++c)
        v += P.columns[c].cost * x[c];
    return v;
}

}  // namespace smip::test
