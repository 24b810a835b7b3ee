#pragma once
// Small MILPs for the tests of core/milp, each with an independently known answer (brute force or
// hand computation), and seeded hard instances for limits and cancel.
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"

namespace smip::test {

struct Knapsack {
    std::vector<double> value, weight;
    double capacity = 0;
};

inline Knapsack randomKnapsack(int n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> v(5, 60), w(3, 40);
    Knapsack k;
    double total = 0;
    for (int i = 0; i < n; ++i) {
        k.value.push_back(v(rng));
        k.weight.push_back(w(rng));
        total += k.weight.back();
    }
    k.capacity = std::floor(total * 0.45);
    return k;
}

/// Maximize Σ v x s.t. Σ w x ≤ C, x binary.
inline MilpProblem knapsackProblem(const Knapsack& k) {
    MilpProblem p;
    p.name = "knapsack";
    p.sense = ObjectiveSense::Maximize;
    std::vector<int> idx;
    for (std::size_t i = 0; i < k.value.size(); ++i)
        idx.push_back(p.addBinary("x" + std::to_string(i), k.value[i]));
    p.addRow("capacity", idx, k.weight, -kInf, k.capacity);
    return p;
}

/// Optimum by enumerating all 2^n subsets (independent of any solver).
inline double bruteForceKnapsack(const Knapsack& k) {
    const int n = static_cast<int>(k.value.size());
    double best = 0;
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
        double v = 0, w = 0;
        for (int i = 0; i < n; ++i)
            if (mask & (1u << i)) v += k.value[i], w += k.weight[i];
        if (w <= k.capacity) best = std::max(best, v);
    }
    return best;
}

/// Market split (Cornuéjols & Dawande 1998): m equality rows over 10(m-1) binaries with slacks;
/// minimize the total slack. Notoriously hard for branch and bound from m = 4 on.
inline MilpProblem marketSplit(int m, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> a(0, 99);
    const int n = 10 * (m - 1);
    MilpProblem p;
    p.name = "market_split";
    for (int j = 0; j < n; ++j)
        p.addBinary("x" + std::to_string(j));
    for (int i = 0; i < m; ++i) {
        std::vector<int> idx;
        std::vector<double> coef;
        double sum = 0;
        for (int j = 0; j < n; ++j) {
            idx.push_back(j);
            coef.push_back(a(rng));
            sum += coef.back();
        }
        idx.push_back(p.addColumn("sp" + std::to_string(i), 0, kInf, 1.0));
        coef.push_back(1.0);
        idx.push_back(p.addColumn("sm" + std::to_string(i), 0, kInf, 1.0));
        coef.push_back(-1.0);
        const double d = std::floor(sum / 2);
        p.addRow("split" + std::to_string(i), idx, coef, d, d);
    }
    return p;
}

/// Hand-solved mixed problem exercising every bound and row kind (see test comments):
/// min x - y + 0.5 z + 1, x ∈ {0..10}, y ≤ 4 (no lower bound), z free,
/// 2 ≤ x + y ≤ 8, y - z = 1, x - y ≥ -3.  Optimum -1 at x = 0, y = 3, z = 2.
inline MilpProblem mixedProblem() {
    MilpProblem p;
    p.name = "mixed";
    p.objectiveOffset = 1.0;
    const int x = p.addColumn("x", 0, 10, 1.0, true);
    const int y = p.addColumn("y", -kInf, 4, -1.0);
    const int z = p.addColumn("z", -kInf, kInf, 0.5);
    p.addRow("range", {x, y}, {1, 1}, 2, 8);
    p.addRow("link", {y, z}, {1, -1}, 1, 1);
    p.addRow("diff", {x, y}, {1, -1}, -3, kInf);
    return p;
}

}  // namespace smip::test
