#include "core/milp/cbc_problem_data.h"

#include <algorithm>
#include <cmath>

#include <coin/CoinFinite.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/OsiClpSolverInterface.hpp>

#include "core/milp/milp_validation.h"

namespace smip {
namespace {

double toCoin(double v) {
    if (v == kInf) return COIN_DBL_MAX;
    if (v == -kInf) return -COIN_DBL_MAX;
    return v;
}

}  // namespace

CoinPackedMatrix CbcProblemData::matrix() const {
    const int rows = static_cast<int>(rowLower.size());
    std::vector<int> lengths(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i)
        lengths[i] = rowStarts[i + 1] - rowStarts[i];
    return CoinPackedMatrix(false, static_cast<int>(colLower.size()), rows,
                            static_cast<CoinBigIndex>(values.size()), values.data(), indices.data(),
                            rowStarts.data(), lengths.data());
}

CbcProblemData toCbcProblemData(const MilpProblem& p) {
    CbcProblemData d;
    d.sign = p.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    d.offset = p.objectiveOffset;
    const std::size_t n = p.columns.size();
    d.colLower.reserve(n);
    d.colUpper.reserve(n);
    d.cost.reserve(n);
    d.integrality.reserve(n);
    for (const auto& c : p.columns) {
        d.colLower.push_back(toCoin(c.lower));
        d.colUpper.push_back(toCoin(c.upper));
        d.cost.push_back(d.sign * c.cost);
        d.integrality.push_back(c.integer ? 1 : 0);
    }
    d.rowStarts.reserve(p.rows.size() + 1);
    d.rowStarts.push_back(0);
    std::vector<std::pair<int, double>> entries;
    for (const auto& r : p.rows) {
        d.rowLower.push_back(toCoin(r.lower));
        d.rowUpper.push_back(toCoin(r.upper));
        entries.clear();
        for (std::size_t k = 0; k < r.indices.size(); ++k)
            entries.emplace_back(r.indices[k], r.coefs[k]);
        // CoinPackedMatrix rejects repeated indices within a vector; a repeated term means their
        // sum.
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t k = 0; k < entries.size(); ++k) {
            if (k > 0 && entries[k].first == entries[k - 1].first) {
                d.values.back() += entries[k].second;
                continue;
            }
            d.indices.push_back(entries[k].first);
            d.values.push_back(entries[k].second);
        }
        d.rowStarts.push_back(static_cast<int>(d.indices.size()));
    }
    d.colNames = solverColumnNames(p);
    d.rowNames = solverRowNames(p);
    return d;
}

void loadIntoClp(const CbcProblemData& d, OsiClpSolverInterface& solver) {
    solver.setIntParam(OsiNameDiscipline, 2);
    solver.loadProblem(d.matrix(), d.colLower.data(), d.colUpper.data(), d.cost.data(),
                       d.rowLower.data(), d.rowUpper.data());
    solver.setObjSense(1.0);
    for (std::size_t j = 0; j < d.colNames.size(); ++j) {
        solver.setColName(static_cast<int>(j), d.colNames[j]);
        if (d.integrality[j]) solver.setInteger(static_cast<int>(j));
    }
    for (std::size_t i = 0; i < d.rowNames.size(); ++i)
        solver.setRowName(static_cast<int>(i), d.rowNames[i]);
}

}  // namespace smip
