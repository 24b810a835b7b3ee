#pragma once
// Our own small modelling type for mixed-integer linear programs. Nothing outside core/milp/ sees a
// COIN-OR type: formulations build a MilpProblem, the runner translates it for CBC.
#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace smip {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

enum class ObjectiveSense { Minimize, Maximize };

struct MilpColumn {
    std::string name;  ///< unique, used by MIP starts and exports
    double lower = 0.0;
    double upper = kInf;
    double cost = 0.0;  ///< objective coefficient
    bool integer = false;
};

/// One sparse row: lower ≤ Σ coefs[i]·x[indices[i]] ≤ upper (use ±kInf for one-sided rows).
struct MilpRow {
    std::string name;
    std::vector<int> indices;
    std::vector<double> coefs;
    double lower = -kInf;
    double upper = kInf;
};

struct MilpProblem {
    std::string name = "model";
    ObjectiveSense sense = ObjectiveSense::Minimize;
    double objectiveOffset = 0.0;
    std::vector<MilpColumn> columns;
    std::vector<MilpRow> rows;

    /// Adds a column and returns its index.
    int addColumn(std::string name, double lower, double upper, double cost = 0.0,
                  bool integer = false) {
        columns.push_back({std::move(name), lower, upper, cost, integer});
        return static_cast<int>(columns.size()) - 1;
    }
    /// Adds a binary column and returns its index.
    int addBinary(std::string name, double cost = 0.0) {
        return addColumn(std::move(name), 0.0, 1.0, cost, true);
    }
    /// Adds a row lower ≤ a·x ≤ upper and returns its index.
    int addRow(std::string name, std::vector<int> indices, std::vector<double> coefs, double lower,
               double upper) {
        rows.push_back({std::move(name), std::move(indices), std::move(coefs), lower, upper});
        return static_cast<int>(rows.size()) - 1;
    }
    /// A proven lower bound on the objective as the row `name`: Σ cost_j·x_j ≥ floor − offset
    /// (the LP relaxation then starts there). With that row already present, only raises it.
    void raiseObjectiveFloor(const std::string& name, double floor) {
        const double lower = floor - objectiveOffset;
        for (MilpRow& row : rows)
            if (row.name == name) {
                row.lower = std::max(row.lower, lower);
                return;
            }
        std::vector<int> indices;
        std::vector<double> coefs;
        for (std::size_t j = 0; j < columns.size(); ++j)
            if (columns[j].cost != 0.0) {
                indices.push_back(static_cast<int>(j));
                coefs.push_back(columns[j].cost);
            }
        addRow(name, std::move(indices), std::move(coefs), lower, kInf);
    }
    int binaryCount() const {
        int n = 0;
        for (const auto& c : columns)
            n += (c.integer && c.lower >= 0.0 && c.upper <= 1.0) ? 1 : 0;
        return n;
    }
    int integerCount() const {
        int n = 0;
        for (const auto& c : columns)
            n += c.integer ? 1 : 0;
        return n;
    }
    long long nonzeroCount() const {
        long long n = 0;
        for (const auto& r : rows)
            n += static_cast<long long>(r.indices.size());
        return n;
    }
};

}  // namespace smip
