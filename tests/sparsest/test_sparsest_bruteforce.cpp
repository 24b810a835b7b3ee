// Tiny instances (N ≤ 3, d ≤ 2, K = 2) whose optimum is established here by brute force,
// independently of the MILP formulations: enumerate multisets of units (support, sign, activation
// pattern) by increasing total support size and check each with a fit LP (no integer columns):
//   active (n, k):   W_k·x_n + b_k ≥ 0,   inactive: W_k·x_n + b_k ≤ 0,
//   Σ_{k active at n} v_k (W_k·x_n + b_k) = y_n,   |W| ≤ w_B, |b| ≤ b_B.
// The first feasible size is the optimum (a support may contain zeros in the LP solution, but then
// a smaller size was already feasible).
#include <QtTest>

#include "core/milp/milp_solver.h"
#include "core/sparsest/sparsest_solver.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

Q_DECLARE_METATYPE(smip::SparsestVariant)

namespace {

struct UnitChoice {
    int mask;     ///< bits 0..d−1 weights, bit d bias
    double sign;  ///< ±1
    int pattern;  ///< bit n: active at sample n
    int size() const { return __builtin_popcount(static_cast<unsigned>(mask)); }
};

bool lpFeasible(const test::Instance& in, const std::vector<UnitChoice>& units, double wB,
                double bB) {
    const int N = static_cast<int>(in.X.rows()), d = static_cast<int>(in.X.cols());
    MilpProblem lp;
    std::vector<std::vector<int>> col(units.size(), std::vector<int>(d + 1, -1));
    for (std::size_t k = 0; k < units.size(); ++k)
        for (int j = 0; j <= d; ++j)
            if (units[k].mask & (1 << j))
                col[k][j] = lp.addColumn("c" + std::to_string(k) + "_" + std::to_string(j),
                                         j < d ? -wB : -bB, j < d ? wB : bB);
    for (int n = 0; n < N; ++n) {
        std::vector<int> fi;
        std::vector<double> fv;
        for (std::size_t k = 0; k < units.size(); ++k) {
            std::vector<int> ind;
            std::vector<double> val;
            for (int j = 0; j <= d; ++j)
                if (col[k][j] >= 0) {
                    ind.push_back(col[k][j]);
                    val.push_back(j < d ? in.X(n, j) : 1.0);
                }
            const bool on = units[k].pattern & (1 << n);
            lp.addRow("a" + std::to_string(n) + "_" + std::to_string(k), ind, val, on ? 0.0 : -kInf,
                      on ? kInf : 0.0);
            if (on)
                for (std::size_t i = 0; i < ind.size(); ++i) {
                    fi.push_back(ind[i]);
                    fv.push_back(units[k].sign * val[i]);
                }
        }
        if (fi.empty()) {
            if (in.y(n) != 0.0) return false;
            continue;
        }
        lp.addRow("fit" + std::to_string(n), fi, fv, in.y(n), in.y(n));
    }
    MilpOptions opt;
    opt.logLevel = 0;
    opt.timeLimitSeconds = 10.0;
    const MilpResult r = solveMilp(lp, opt);
    return r.hasSolution && r.status == MilpStatus::Optimal;
}

// Smallest total support size of a network with at most 2 used units fitting `in` exactly.
int bruteForceOptimum(const test::Instance& in, double wB, double bB, int maxSize) {
    const int N = static_cast<int>(in.X.rows()), d = static_cast<int>(in.X.cols());
    if (in.y.cwiseAbs().maxCoeff() == 0.0) return 0;
    std::vector<UnitChoice> choices;
    for (int mask = 1; mask < (1 << (d + 1)); ++mask)
        for (double s : {1.0, -1.0})
            for (int pat = 1; pat < (1 << N); ++pat)  // never-active units contribute nothing
                choices.push_back({mask, s, pat});
    for (int size = 1; size <= maxSize; ++size) {
        for (std::size_t a = 0; a < choices.size(); ++a) {
            if (choices[a].size() == size && lpFeasible(in, {choices[a]}, wB, bB)) return size;
            for (std::size_t b = a; b < choices.size(); ++b)
                if (choices[a].size() + choices[b].size() == size &&
                    lpFeasible(in, {choices[a], choices[b]}, wB, bB))
                    return size;
        }
    }
    return -1;
}

}  // namespace

class TestSparsestBruteForce : public QObject {
    Q_OBJECT
  private slots:
    void matchesBruteForce_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("bound");
        QTest::newRow("N2_d1_s1") << 2 << 1 << 1 << 2.0;
        QTest::newRow("N3_d1_s2") << 3 << 1 << 2 << 2.0;
        QTest::newRow("N3_d1_s3_tightbounds") << 3 << 1 << 3 << 0.6;
        QTest::newRow("N2_d2_s4") << 2 << 2 << 4 << 2.0;
        QTest::newRow("N3_d2_s5") << 3 << 2 << 5 << 1.0;
        QTest::newRow("N3_d2_s6") << 3 << 2 << 6 << 2.0;
        QTest::newRow("N2_d1_s9") << 2 << 1 << 9 << 2.0;
        QTest::newRow("N3_d1_s7") << 3 << 1 << 7 << 2.0;
        QTest::newRow("N3_d1_s8_bigbounds") << 3 << 1 << 8 << 20.0;
    }
    void matchesBruteForce() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, seed);
        QFETCH(double, bound);
        const auto in = test::randomInstance(n, d, static_cast<std::uint64_t>(seed));
        const int expected = bruteForceOptimum(in, bound, bound, 2 * (d + 1));
        // expected < 0: no fit within the bounds (e.g. two nearly equal x with far-apart y need a
        // slope ≫ w_B); then both formulations must prove infeasibility.
        // Tight twice: with the 1-D bounds (one input: the sweep and the slot MILP, which may
        // prove the start before the rank bound is needed) and without them (the rank bound).
        struct Setup {
            SparsestVariant variant;
            bool oneDimensional;
        };
        for (const Setup setup :
             {Setup{SparsestVariant::Published, false}, Setup{SparsestVariant::Tight, false},
              Setup{SparsestVariant::Tight, true}}) {
            SparsestConfig c{setup.variant, 2, bound, bound, true, 0.0};
            c.oneDimensionalBound = setup.oneDimensional;
            MilpOptions opt;
            opt.logLevel = 0;
            opt.timeLimitSeconds = 60.0;
            const SparsestResult r = solveSparsest(in.X, in.y, c, opt);
            if (expected < 0) {
                QCOMPARE(r.milp.status, MilpStatus::Infeasible);
                continue;
            }
            QCOMPARE(r.milp.status, MilpStatus::Optimal);
            QCOMPARE(int(std::lround(r.milp.objective)), expected);
            // The rank argument and the 1-D bounds are relaxations: never above the optimum.
            if (setup.variant == SparsestVariant::Tight && !setup.oneDimensional) {
                QVERIFY2(r.rankBound.computed, r.rankBound.reason.c_str());
                QVERIFY(r.rankBound.bound <= expected);
            }
            if (setup.oneDimensional && d == 1) {
                QVERIFY(r.oneDimensional.computed);
                QVERIFY(r.oneDimensional.lowerBound <= expected);
                if (r.oneDimensionalExact.computed)
                    QVERIFY(r.oneDimensionalExact.lowerBound <= expected);
            }
            if (r.rankBound.computed) QVERIFY(r.rankBound.bound <= expected);
            QVERIFY2(r.verification.passed, r.verification.message.c_str());
            QCOMPARE(r.verification.nonzeros, expected);
        }
    }
};

QTEST_APPLESS_MAIN(TestSparsestBruteForce)
#include "test_sparsest_bruteforce.moc"
