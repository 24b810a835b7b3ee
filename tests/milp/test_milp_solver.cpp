// Tests of solveMilp (core/milp/cbc_solver.cpp): optima checked against brute force or hand
// computation, statuses, limits, cancel, MIP starts, progress, bad input.
#include <QtTest>

#include <cmath>
#include <future>
#include <numeric>

#include "core/data/generators.h"
#include "core/milp/milp_solver.h"
#include "core/sparsest/sparsest_formulation.h"
#include "tests/milp/milp_test_problems.h"

using namespace smip;

namespace {

MilpOptions quiet(double seconds = 30) {
    MilpOptions o;
    o.timeLimitSeconds = seconds;
    o.logLevel = 1;
    return o;
}

// Assignment problem: cost[i][j]; minimize Σ c x with row/column sums 1 (integral LP polytope,
// but declared integer to go through branch and bound).
MilpProblem assignment(const std::vector<std::vector<double>>& c) {
    const int n = static_cast<int>(c.size());
    MilpProblem p;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            p.addBinary("a" + std::to_string(i) + "_" + std::to_string(j), c[i][j]);
    for (int i = 0; i < n; ++i) {
        std::vector<int> r, col;
        for (int j = 0; j < n; ++j)
            r.push_back(i * n + j), col.push_back(j * n + i);
        p.addRow("row" + std::to_string(i), r, std::vector<double>(n, 1.0), 1, 1);
        p.addRow("col" + std::to_string(i), col, std::vector<double>(n, 1.0), 1, 1);
    }
    return p;
}

void checkMonotone(const std::vector<MilpProgress>& s, bool minimize) {
    for (std::size_t k = 1; k < s.size(); ++k) {
        QVERIFY(s[k].seconds >= s[k - 1].seconds);
        if (!std::isnan(s[k - 1].incumbent)) {
            QVERIFY2(!std::isnan(s[k].incumbent), "incumbent disappeared");
            QVERIFY(minimize ? s[k].incumbent <= s[k - 1].incumbent + 1e-9
                             : s[k].incumbent >= s[k - 1].incumbent - 1e-9);
        }
        if (!std::isnan(s[k - 1].bound) && !std::isnan(s[k].bound))
            QVERIFY(minimize ? s[k].bound >= s[k - 1].bound - 1e-9
                             : s[k].bound <= s[k - 1].bound + 1e-9);
    }
}

}  // namespace

class TestMilpSolver : public QObject {
    Q_OBJECT
  private slots:
    // CBC checks its time limit between nodes only; the root LP of a big model ran 10 minutes on
    // a 4 s limit. The sparsest-network model at N = 160 (262 719 rows, 1.2 M nonzeros) needs
    // minutes for its root LP on any machine: with a 0 s limit it must end as a limit without a
    // solution — never as "infeasible", never after the whole LP.
    void rootLpPastTheTimeLimitIsCut() {
        const Dataset data = generateRandom(160, 5, 0);
        SparsestConfig config;
        config.rankBound = false;
        const SparsestModel model = buildSparsestMilp(data.X, data.y, config);
        MilpOptions o = quiet(0.0);
        const MilpResult r = solveMilp(model.problem, o);
        QCOMPARE(r.status, MilpStatus::NoSolutionAtLimit);
        QVERIFY2(QString::fromStdString(r.message).contains("LP relaxation"), r.message.c_str());
    }

    void statusIds() {
        QCOMPARE(QString(statusId(MilpStatus::Optimal)), QString("optimal"));
        QCOMPARE(QString(statusId(MilpStatus::NoSolutionAtLimit)), QString("no_solution_at_limit"));
    }

    // Integral objectives get CBC's cutoff increment set to their granularity (cbc_solver.cpp):
    // the solver must still reach the true optimum exactly one granule below a MIP start, for
    // granularity 1 and 3, and a fractional objective must be unaffected.
    void integralObjectiveIncrementKeepsOptimum_data() {
        QTest::addColumn<double>("unit");
        QTest::newRow("granularity 1") << 1.0;
        QTest::newRow("granularity 3") << 3.0;
        QTest::newRow("fractional 0.7") << 0.7;
    }
    void integralObjectiveIncrementKeepsOptimum() {
        QFETCH(double, unit);
        // min unit·Σx s.t. pairwise covers of 7 items on a cycle: x_i + x_{i+1} ≥ 1. LP = 3.5,
        // integer optimum 4 (odd cycle), a start with 5 ones is one granule worse.
        MilpProblem p;
        const int n = 7;
        for (int i = 0; i < n; ++i)
            p.addBinary("x" + std::to_string(i), unit);
        for (int i = 0; i < n; ++i)
            p.addRow("c" + std::to_string(i), {i, (i + 1) % n}, {1.0, 1.0}, 1.0, kInf);
        MilpOptions o;
        o.logLevel = 0;
        o.timeLimitSeconds = 30;
        o.mipStart = {1, 1, 0, 1, 0, 1, 1};  // 5 ones, covers every pair
        for (bool preprocess : {true, false}) {
            // Without CBC's preprocessing (the retry after a CglPreProcess crash) as well.
            o.preprocess = preprocess;
            const MilpResult r = solveMilp(p, o);
            QCOMPARE(r.status, MilpStatus::Optimal);
            QVERIFY(std::abs(r.objective - 4.0 * unit) < 1e-9);
            QVERIFY(std::abs(r.bestBound - 4.0 * unit) < 1e-6);
        }
    }

    // A crashed worker (Error, no solution) is retried once without preprocessing; anything else,
    // or a run already without preprocessing, is returned as it is.
    void retryWithoutPreprocessingAfterACrash() {
        int calls = 0;
        const auto fake = [&](const MilpOptions& o) {
            ++calls;
            MilpResult r;
            r.status = o.preprocess ? MilpStatus::Error : MilpStatus::Optimal;
            r.message = o.preprocess ? "the solver process ended without a result" : "optimal";
            return r;
        };
        MilpOptions o;
        MilpResult r = retryWithoutPreprocessing(o, fake);
        QCOMPARE(calls, 2);
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY(QString::fromStdString(r.message).contains("retried without CBC preprocessing"));
        calls = 0;
        o.preprocess = false;
        r = retryWithoutPreprocessing(o, fake);
        QCOMPARE(calls, 1);
        calls = 0;
        o.preprocess = true;
        const auto fine = [&](const MilpOptions&) {
            ++calls;
            MilpResult ok;
            ok.status = MilpStatus::FeasibleAtLimit;
            return ok;
        };
        r = retryWithoutPreprocessing(o, fine);
        QCOMPARE(calls, 1);
        QCOMPARE(r.status, MilpStatus::FeasibleAtLimit);
    }

    void knapsackMatchesBruteForce_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<qulonglong>("seed");
        QTest::addColumn<bool>("driver");
        QTest::newRow("n12 driver") << 12 << 1ull << true;
        QTest::newRow("n14 driver") << 14 << 2ull << true;
        QTest::newRow("n14 bare") << 14 << 3ull << false;
    }
    void knapsackMatchesBruteForce() {
        QFETCH(int, n);
        QFETCH(qulonglong, seed);
        QFETCH(bool, driver);
        const auto k = test::randomKnapsack(n, seed);
        MilpOptions o = quiet();
        o.useDriver = driver;
        std::vector<std::string> log;
        MilpHooks hooks;
        hooks.onLog = [&](const std::string& l) { log.push_back(l); };
        const MilpResult r = solveMilp(test::knapsackProblem(k), o, hooks);
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY(r.hasSolution);
        const double expected = test::bruteForceKnapsack(k);
        QCOMPARE(r.objective, expected);
        // The returned vector is feasible and attains the objective.
        double v = 0, w = 0;
        for (int i = 0; i < n; ++i) {
            QVERIFY(std::abs(r.solution[i] - std::round(r.solution[i])) < 1e-6);
            v += k.value[i] * std::round(r.solution[i]);
            w += k.weight[i] * std::round(r.solution[i]);
        }
        QCOMPARE(v, expected);
        QVERIFY(w <= k.capacity);
        QVERIFY(r.bestBound >= r.objective - 1e-6);  // maximization: bound above
        QVERIFY(!log.empty());
        // Final sample comes from the result.
        QVERIFY(!r.progress.empty());
        QCOMPARE(r.progress.back().incumbent, r.objective);
        checkMonotone(r.progress, false);
    }

    void assignmentMatchesPermutations() {
        std::mt19937_64 rng(7);
        std::uniform_int_distribution<int> d(1, 50);
        const int n = 6;
        std::vector<std::vector<double>> c(n, std::vector<double>(n));
        for (auto& row : c)
            for (auto& x : row)
                x = d(rng);
        std::vector<int> perm(n);
        std::iota(perm.begin(), perm.end(), 0);
        double best = 1e300;
        do {
            double s = 0;
            for (int i = 0; i < n; ++i)
                s += c[i][perm[i]];
            best = std::min(best, s);
        } while (std::next_permutation(perm.begin(), perm.end()));
        const MilpResult r = solveMilp(assignment(c), quiet());
        QCOMPARE(r.status, MilpStatus::Optimal);
        QCOMPARE(r.objective, best);
    }

    void mixedProblemHandSolved() {
        const MilpResult r = solveMilp(test::mixedProblem(), quiet());
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY(std::abs(r.objective - (-1.0)) < 1e-7);
        QVERIFY(std::abs(r.solution[0] - 0) < 1e-7);
        QVERIFY(std::abs(r.solution[1] - 3) < 1e-7);
        QVERIFY(std::abs(r.solution[2] - 2) < 1e-7);
    }

    void infeasible() {
        MilpProblem p;
        const int x = p.addColumn("x", 0, 10, 1, true);
        const int y = p.addColumn("y", 0, 10, 1, true);
        p.addRow("atLeast3", {x, y}, {1, 1}, 3, kInf);
        p.addRow("atMost2", {x, y}, {1, 1}, -kInf, 2);
        const MilpResult r = solveMilp(p, quiet());
        QCOMPARE(r.status, MilpStatus::Infeasible);
        QVERIFY(!r.message.empty());
        QVERIFY(!r.hasSolution);
    }

    void integerInfeasible() {
        // LP feasible (x = 0.5) but no integer point: 2x = 1.
        MilpProblem p;
        const int x = p.addColumn("x", 0, 10, 1, true);
        p.addRow("odd", {x}, {2}, 1, 1);
        const MilpResult r = solveMilp(p, quiet());
        QCOMPARE(r.status, MilpStatus::Infeasible);
    }

    void unbounded() {
        MilpProblem p;
        const int x = p.addColumn("x", 0, kInf, -1, true);
        const int y = p.addColumn("y", 0, kInf, -1);
        p.addRow("r", {x, y}, {1, -1}, -kInf, 1);
        const MilpResult r = solveMilp(p, quiet());
        QCOMPARE(r.status, MilpStatus::Unbounded);
        QVERIFY(!r.message.empty());
    }

    void timeLimitOnHardInstance() {
        // The limit ends the search (how soon after the limit is a latency figure: see
        // tests/benchmarks/bench_cancel.cpp). Ignoring it would run into ctest's timeout.
        const MilpResult r = solveMilp(test::marketSplit(5, 11), quiet(1.5));
        QVERIFY2(
            r.status == MilpStatus::FeasibleAtLimit || r.status == MilpStatus::NoSolutionAtLimit,
            statusId(r.status));
        QVERIFY2(r.message.find("time limit") != std::string::npos, r.message.c_str());
        QVERIFY2(r.seconds >= 1.5 - 0.05, qPrintable(QString::number(r.seconds)));
        checkMonotone(r.progress, true);
        if (r.hasSolution) QCOMPARE(r.progress.back().incumbent, r.objective);
    }

    // Deterministic cancel: the stop is requested inside the k-th progress callback (on the
    // solving thread), so every sample after it is work done after the stop. The latency in
    // seconds is measured by tests/benchmarks/bench_cancel.cpp, not asserted here.
    void cancelAtKthProgressSample_data() {
        QTest::addColumn<int>("k");
        QTest::newRow("first sample") << 1;
        QTest::newRow("5th sample") << 5;
        QTest::newRow("20th sample") << 20;
    }
    void cancelAtKthProgressSample() {
        QFETCH(int, k);
        std::stop_source stop;
        int samples = 0, atStop = -1;
        MilpProgress stopSample;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress& p) {
            ++samples;
            if (samples == k) {
                atStop = samples;
                stopSample = p;
                stop.request_stop();
            }
        };
        // 30 s limit: a solve that ignored the stop would end at the limit, not Cancelled.
        const MilpResult r = solveMilp(test::marketSplit(6, 5), quiet(30), hooks, stop.get_token());
        QCOMPARE(atStop, k);
        QCOMPARE(statusId(r.status), statusId(MilpStatus::Cancelled));
        QVERIFY(!r.message.empty());
        // At most one sample after the stop: the final one, taken from the returned values.
        const int after = samples - atStop;
        QVERIFY2(after <= 1, qPrintable(QString("%1 samples after the stop").arg(after)));
        QCOMPARE(int(r.progress.size()), samples);
        checkMonotone(r.progress, true);
        // The incumbent seen at the stop is kept (or bettered by the last event before it).
        if (!std::isnan(stopSample.incumbent)) {
            QVERIFY2(r.hasSolution,
                     qPrintable(QString("incumbent %1 at the stop (node %2), result: %3 (%4)")
                                    .arg(stopSample.incumbent)
                                    .arg(stopSample.nodes)
                                    .arg(statusId(r.status))
                                    .arg(QString::fromStdString(r.message))));
            QVERIFY(r.objective <= stopSample.incumbent + 1e-9);
        }
        if (r.hasSolution) QCOMPARE(r.progress.back().incumbent, r.objective);
    }

    void mipStartAccepted() {
        const auto k = test::randomKnapsack(30, 9);
        const auto p = test::knapsackProblem(k);
        // Greedy start by value/weight ratio: feasible by construction.
        std::vector<int> order(k.value.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return k.value[a] / k.weight[a] > k.value[b] / k.weight[b];
        });
        MilpOptions o = quiet();
        o.mipStart.assign(k.value.size(), 0.0);
        double w = 0;
        for (int i : order)
            if (w + k.weight[i] <= k.capacity) o.mipStart[i] = 1, w += k.weight[i];
        bool sawStart = false;
        MilpHooks hooks;
        hooks.onLog = [&](const std::string& l) {
            sawStart |= l.find("MIPStart") != std::string::npos;
        };
        const MilpResult r = solveMilp(p, o, hooks);
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY(sawStart);
        double startValue = 0;
        for (std::size_t i = 0; i < k.value.size(); ++i)
            startValue += k.value[i] * o.mipStart[i];
        QVERIFY(r.objective >= startValue - 1e-9);
        QVERIFY(!r.progress.empty());
        // The first incumbent reported is the start (or better, if preprocessing improved it).
        const auto first =
            std::find_if(r.progress.begin(), r.progress.end(),
                         [](const MilpProgress& s) { return !std::isnan(s.incumbent); });
        QVERIFY(first != r.progress.end());
        QVERIFY(first->incumbent >= startValue - 1e-9);
    }

    void infeasibleMipStartIsIgnored() {
        const auto k = test::randomKnapsack(12, 4);
        MilpOptions o = quiet();
        o.mipStart.assign(12, 1.0);  // everything: over capacity
        const MilpResult r = solveMilp(test::knapsackProblem(k), o);
        QCOMPARE(r.status, MilpStatus::Optimal);
        QCOMPARE(r.objective, test::bruteForceKnapsack(k));
    }

    void badProblems_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nan coefficient") << 0 << "capacity";
        QTest::newRow("index out of range") << 1 << "column index 99";
        QTest::newRow("lower above upper") << 2 << "x3";
        QTest::newRow("nan cost") << 3 << "x1";
        QTest::newRow("mip start size") << 4 << "MIP start";
        QTest::newRow("duplicate name") << 5 << "x0";
        QTest::newRow("size mismatch") << 6 << "capacity";
    }
    void badProblems() {
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        auto p = test::knapsackProblem(test::randomKnapsack(6, 1));
        MilpOptions o = quiet();
        switch (kind) {
            case 0:
                p.rows[0].coefs[2] = std::nan("");
                break;
            case 1:
                p.rows[0].indices[1] = 99;
                break;
            case 2:
                p.columns[3].lower = 2;
                break;
            case 3:
                p.columns[1].cost = std::nan("");
                break;
            case 4:
                o.mipStart = {1, 0};
                break;
            case 5:
                p.columns[4].name = "x0";
                break;
            case 6:
                p.rows[0].coefs.pop_back();
                break;
        }
        const MilpResult r = solveMilp(p, o);
        QCOMPARE(r.status, MilpStatus::Error);
        QVERIFY2(QString::fromStdString(r.message).contains(mentions), r.message.c_str());
    }

    void concurrentSolvesAreSerializedAndCorrect() {
        const auto k1 = test::randomKnapsack(14, 21), k2 = test::randomKnapsack(14, 22);
        auto f1 = std::async(std::launch::async,
                             [&] { return solveMilp(test::knapsackProblem(k1), quiet()); });
        auto f2 = std::async(std::launch::async,
                             [&] { return solveMilp(test::knapsackProblem(k2), quiet()); });
        QCOMPARE(f1.get().objective, test::bruteForceKnapsack(k1));
        QCOMPARE(f2.get().objective, test::bruteForceKnapsack(k2));
    }
};

QTEST_APPLESS_MAIN(TestMilpSolver)
#include "test_milp_solver.moc"
