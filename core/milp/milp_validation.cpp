#include "core/milp/milp_validation.h"

#include <cctype>
#include <cmath>
#include <unordered_set>

namespace smip {
namespace {

std::string columnLabel(const MilpProblem& p, std::size_t j) {
    return "column " + std::to_string(j) + " ('" + p.columns[j].name + "')";
}
std::string rowLabel(const MilpProblem& p, std::size_t i) {
    return "row " + std::to_string(i) + " ('" + p.rows[i].name + "')";
}

std::string sanitized(const std::string& name, char prefix, std::size_t index) {
    if (name.empty()) return prefix + std::to_string(index);
    std::string out = name;
    for (char& c : out)
        if (std::isspace(static_cast<unsigned char>(c))) c = '_';
    return out;
}

}  // namespace

std::string validateMilpProblem(const MilpProblem& p, const std::vector<double>& mipStart) {
    const std::size_t n = p.columns.size();
    if (!std::isfinite(p.objectiveOffset)) return "objective offset is not finite";
    for (std::size_t j = 0; j < n; ++j) {
        const MilpColumn& c = p.columns[j];
        if (std::isnan(c.lower) || std::isnan(c.upper))
            return columnLabel(p, j) + " has a NaN bound";
        if (c.lower > c.upper)
            return columnLabel(p, j) + " has lower bound " + std::to_string(c.lower) +
                   " above upper bound " + std::to_string(c.upper);
        if (c.lower == kInf || c.upper == -kInf)
            return columnLabel(p, j) + " has an infinite bound on the wrong side";
        if (!std::isfinite(c.cost))
            return columnLabel(p, j) + " has a non-finite objective coefficient";
    }
    const auto names = solverColumnNames(p);
    std::unordered_set<std::string> seen;
    for (std::size_t j = 0; j < n; ++j)
        if (!seen.insert(names[j]).second)
            return columnLabel(p, j) + " repeats the column name '" + names[j] +
                   "' (names must be unique: MIP starts match by name)";
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const MilpRow& r = p.rows[i];
        if (r.indices.size() != r.coefs.size())
            return rowLabel(p, i) + " has " + std::to_string(r.indices.size()) + " indices but " +
                   std::to_string(r.coefs.size()) + " coefficients";
        if (std::isnan(r.lower) || std::isnan(r.upper)) return rowLabel(p, i) + " has a NaN bound";
        if (r.lower > r.upper)
            return rowLabel(p, i) + " has lower bound " + std::to_string(r.lower) +
                   " above upper bound " + std::to_string(r.upper);
        if (r.lower == kInf || r.upper == -kInf)
            return rowLabel(p, i) + " has an infinite bound on the wrong side";
        for (std::size_t k = 0; k < r.indices.size(); ++k) {
            const int j = r.indices[k];
            if (j < 0 || static_cast<std::size_t>(j) >= n)
                return rowLabel(p, i) + " refers to column index " + std::to_string(j) +
                       ", outside 0.." + std::to_string(static_cast<long long>(n) - 1);
            if (!std::isfinite(r.coefs[k]))
                return rowLabel(p, i) + " has a non-finite coefficient for " +
                       columnLabel(p, static_cast<std::size_t>(j));
        }
    }
    if (!mipStart.empty()) {
        if (mipStart.size() != n)
            return "MIP start has " + std::to_string(mipStart.size()) + " values for " +
                   std::to_string(n) + " columns";
        for (std::size_t j = 0; j < n; ++j)
            if (!std::isfinite(mipStart[j]))
                return "MIP start value of " + columnLabel(p, j) + " is not finite";
    }
    return {};
}

std::vector<std::string> solverColumnNames(const MilpProblem& p) {
    std::vector<std::string> out;
    out.reserve(p.columns.size());
    for (std::size_t j = 0; j < p.columns.size(); ++j)
        out.push_back(sanitized(p.columns[j].name, 'c', j));
    return out;
}

std::vector<std::string> solverRowNames(const MilpProblem& p) {
    std::vector<std::string> out;
    out.reserve(p.rows.size());
    for (std::size_t i = 0; i < p.rows.size(); ++i)
        out.push_back(sanitized(p.rows[i].name, 'r', i));
    return out;
}

}  // namespace smip
