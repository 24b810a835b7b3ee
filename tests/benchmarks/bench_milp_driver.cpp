// CBC's standard driver (CbcMain1: preprocessing, cuts, heuristics) vs a bare
// CbcModel::branchAndBound on seeded structured instances. Run by hand:
//   bench_milp_driver --benchmark_format=json > milp_driver.json
// Counters: objective, nodes, optimal (1 = proven), and wall seconds per solve.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "core/milp/milp_solver.h"
#include "tests/benchmarks/bench_time_limit.h"

namespace {

using smip::kInf;
using smip::MilpProblem;

// Capacitated facility location with the strong x_ij ≤ y_i linking rows (Cornuéjols, Sridharan &
// Thizy 1991 style instance generator, simplified).
MilpProblem facilityLocation(int facilities, int customers, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> pos(0, 100), dem(5, 35);
    std::vector<double> fx(facilities), fy(facilities), cx(customers), cy(customers), d(customers);
    double total = 0;
    for (int i = 0; i < facilities; ++i)
        fx[i] = pos(rng), fy[i] = pos(rng);
    for (int j = 0; j < customers; ++j)
        cx[j] = pos(rng), cy[j] = pos(rng), total += d[j] = dem(rng);
    MilpProblem p;
    p.name = "cfl";
    std::vector<int> y(facilities);
    std::uniform_real_distribution<double> open(600, 1200);
    for (int i = 0; i < facilities; ++i)
        y[i] = p.addBinary("y" + std::to_string(i), open(rng));
    const double cap = 3.0 * total / facilities;
    std::vector<std::vector<int>> x(facilities, std::vector<int>(customers));
    for (int i = 0; i < facilities; ++i)
        for (int j = 0; j < customers; ++j)
            x[i][j] = p.addColumn("x" + std::to_string(i) + "_" + std::to_string(j), 0, 1,
                                  d[j] * std::hypot(fx[i] - cx[j], fy[i] - cy[j]) / 10.0);
    for (int j = 0; j < customers; ++j) {
        std::vector<int> idx;
        for (int i = 0; i < facilities; ++i)
            idx.push_back(x[i][j]);
        p.addRow("serve" + std::to_string(j), idx, std::vector<double>(facilities, 1.0), 1, 1);
    }
    for (int i = 0; i < facilities; ++i) {
        std::vector<int> idx(x[i]);
        std::vector<double> coef(d);
        idx.push_back(y[i]);
        coef.push_back(-cap);
        p.addRow("cap" + std::to_string(i), idx, coef, -kInf, 0);
        for (int j = 0; j < customers; ++j)
            p.addRow("link" + std::to_string(i) + "_" + std::to_string(j), {x[i][j], y[i]}, {1, -1},
                     -kInf, 0);
    }
    return p;
}

// Multi-item capacitated lot sizing (Trigeiro, Thomas & McClain 1989 style) without setup times.
MilpProblem lotSizing(int items, int periods, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> dem(0, 100), setup(100, 500), hold(1, 5);
    std::vector<std::vector<double>> d(items, std::vector<double>(periods));
    double perPeriod = 0;
    for (auto& row : d)
        for (auto& v : row)
            perPeriod += v = std::round(dem(rng));
    const double cap = std::round(1.3 * perPeriod / periods);
    MilpProblem p;
    p.name = "clsp";
    std::vector<std::vector<int>> prod(items, std::vector<int>(periods));
    for (int i = 0; i < items; ++i) {
        const double sc = setup(rng), hc = hold(rng);
        int prevStock = -1;
        for (int t = 0; t < periods; ++t) {
            const std::string tag = std::to_string(i) + "_" + std::to_string(t);
            double rest = 0;
            for (int u = t; u < periods; ++u)
                rest += d[i][u];
            prod[i][t] = p.addColumn("p" + tag, 0, kInf, 0);
            const int setupCol = p.addBinary("y" + tag, sc);
            const int stock = p.addColumn("s" + tag, 0, kInf, hc);
            std::vector<int> idx = {prod[i][t], stock};
            std::vector<double> coef = {1, -1};
            if (prevStock >= 0) idx.push_back(prevStock), coef.push_back(1);
            p.addRow("bal" + tag, idx, coef, d[i][t], d[i][t]);
            p.addRow("setup" + tag, {prod[i][t], setupCol}, {1, -std::min(cap, rest)}, -kInf, 0);
            prevStock = stock;
        }
    }
    for (int t = 0; t < periods; ++t) {
        std::vector<int> idx;
        for (int i = 0; i < items; ++i)
            idx.push_back(prod[i][t]);
        p.addRow("capacity" + std::to_string(t), idx, std::vector<double>(items, 1.0), -kInf, cap);
    }
    return p;
}

void solveOnce(benchmark::State& state, const MilpProblem& problem, bool driver) {
    smip::MilpOptions o;
    o.timeLimitSeconds = benchTimeLimit(60);
    o.logLevel = 0;
    o.useDriver = driver;
    smip::MilpResult r;
    for (auto _ : state)
        r = smip::solveMilp(problem, o);
    state.counters["objective"] = r.hasSolution ? r.objective : NAN;
    state.counters["nodes"] = static_cast<double>(r.nodes);
    state.counters["optimal"] = r.status == smip::MilpStatus::Optimal ? 1 : 0;
    state.counters["seconds"] = r.seconds;
    state.SetLabel(smip::statusId(r.status));
}

void BM_FacilityLocation(benchmark::State& state) {
    solveOnce(state, facilityLocation(15, 60, 2024), state.range(0) != 0);
}
void BM_LotSizing(benchmark::State& state) {
    solveOnce(state, lotSizing(8, 15, 7), state.range(0) != 0);
}

}  // namespace

// Arg 1 = CBC driver, 0 = bare branchAndBound. One iteration each: a solve is seconds long.
BENCHMARK(BM_FacilityLocation)
    ->Arg(1)
    ->Arg(0)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);
BENCHMARK(BM_LotSizing)->Arg(1)->Arg(0)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

BENCHMARK_MAIN();
