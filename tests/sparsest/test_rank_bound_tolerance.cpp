// The rank bound with a fit tolerance ε > 0 (rank_bound.h, max_norm_distance.h): on instances
// small enough for CBC alone to prove the optimum (N ≤ 5, d ≤ 2, ε ∈ {0.05, 0.2}, default and
// tight weight bounds; y from a planted network plus noise below ε, so one fits):
//  - the bound is never above CBC's proven optimum without the bound;
//  - a witness is a network that fits within ε (+ τ), within the weight bounds, with exactly
//    `bound` nonzeros — and then the bound equals CBC's optimum;
//  - with the bound on, the solve proves the same optimum and its network passes verification;
//  - over the table, the exact distance and the refinement decide most instances by themselves
//    (a witness at the bound), which the cheap test alone did not.
#include <QtTest>

#include "core/sparsest/rank_bound.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/sparsest/verification.h"
#include "tests/sparsest/sparsest_checks.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

namespace {

/// X ~ U(−1, 1); y from a planted network of ⌈N/2⌉ units (weights within 0.9·bound, output
/// signs ±1) plus noise within 0.9·ε: a network that fits exists, so CBC has an optimum.
test::Instance plantedInstance(int n, int d, double epsilon, double bound, std::uint64_t seed) {
    test::Instance in = test::randomInstance(n, d, seed);
    std::mt19937_64 rng(seed + 7);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    const int units = (n + 1) / 2;
    ShallowReluNet teacher;
    teacher.W.resize(units, d);
    teacher.b.resize(units);
    teacher.v.resize(units);
    for (int k = 0; k < units; ++k) {
        for (int j = 0; j < d; ++j)
            teacher.W(k, j) = 0.9 * bound * u(rng);
        teacher.b(k) = 0.9 * bound * u(rng);
        teacher.v(k) = k % 2 == 0 ? 1.0 : -1.0;
    }
    in.y = test::evaluate(teacher, in.X);
    for (int i = 0; i < n; ++i)
        in.y(i) += 0.9 * epsilon * u(rng);
    return in;
}

}  // namespace

class TestRankBoundTolerance : public QObject {
    Q_OBJECT
    int witnessesAtTheOptimum_ = 0;
    int instances_ = 0;

  private slots:
    void neverAboveCbcsOptimum_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("epsilon");
        QTest::addColumn<double>("bound");
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("planted");
        int seed = 500;
        for (double eps : {0.05, 0.2})
            for (int d : {1, 2})
                for (int n : {4, 5})
                    for (double b : {2.0, 0.7}) {
                        QTest::newRow(
                            qPrintable(QString("N%1_d%2_eps%3_B%4").arg(n).arg(d).arg(eps).arg(b)))
                            << n << d << eps << b << seed << true;
                        ++seed;
                    }
        // Generic y (no network behind it): higher optima, more levels refuted and refined.
        for (double eps : {0.05, 0.2})
            for (int n : {4, 5})
                for (int s = 0; s < 2; ++s) {
                    QTest::newRow(
                        qPrintable(QString("random_N%1_d2_eps%2_seed%3").arg(n).arg(eps).arg(seed)))
                        << n << 2 << eps << 4.0 << seed << false;
                    ++seed;
                }
    }
    void neverAboveCbcsOptimum() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(double, epsilon);
        QFETCH(double, bound);
        QFETCH(int, seed);
        QFETCH(bool, planted);
        const auto in = planted ? plantedInstance(n, d, epsilon, bound, seed)
                                : test::randomInstance(n, d, static_cast<std::uint64_t>(seed));
        SparsestConfig config{SparsestVariant::Tight, n, bound, bound, true, epsilon};
        config.rankBound = false;
        const SparsestResult reference = solveSparsest(in.X, in.y, config, test::quietOptions(120));
        RankBoundOptions options;
        options.seconds = 60.0;
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, config, options);
        QVERIFY2(rb.computed, rb.reason.c_str());
        ++instances_;
        if (reference.milp.status == MilpStatus::Infeasible) {
            // Generic y can be out of the bounds' reach: no network exists, so the bound may be
            // anything but a witness would be a false claim.
            QVERIFY(!rb.hasWitness);
            return;
        }
        QCOMPARE(reference.milp.status, MilpStatus::Optimal);
        const int optimum = static_cast<int>(std::lround(reference.milp.objective));
        QVERIFY2(!rb.timedOut, rb.reason.c_str());
        QVERIFY2(rb.bound <= optimum, qPrintable(QString("bound %1 > optimum %2 (%3)")
                                                     .arg(rb.bound)
                                                     .arg(optimum)
                                                     .arg(QString::fromStdString(rb.reason))));
        qInfo("optimum %d, bound %d (%s), %.2f s, %lld LPs", optimum, rb.bound, rb.reason.c_str(),
              rb.seconds, rb.maxNormLps);
        if (rb.hasWitness) {
            const ShallowReluNet& w = rb.witness;
            QVERIFY((test::evaluate(w, in.X) - in.y).cwiseAbs().maxCoeff() <= rb.tolerance);
            QVERIFY(w.W.cwiseAbs().maxCoeff() <= bound + 1e-12);
            QVERIFY(w.b.cwiseAbs().maxCoeff() <= bound + 1e-12);
            QCOMPARE(countSparsestNonzeros(w, true), rb.bound);
            QCOMPARE(rb.bound, optimum);
            ++witnessesAtTheOptimum_;
        }
        config.rankBound = true;
        const SparsestResult r = solveSparsest(in.X, in.y, config, test::quietOptions(120));
        QCOMPARE(r.milp.status, MilpStatus::Optimal);
        QCOMPARE(int(std::lround(r.milp.objective)), optimum);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
    }

    // Runs after the table: the tolerance machinery must decide most of it on its own (20 of the
    // 24 when written).
    void mostInstancesHaveAWitnessAtTheOptimum() {
        QCOMPARE(instances_, 24);
        QVERIFY2(3 * witnessesAtTheOptimum_ >= 2 * instances_,
                 qPrintable(QString("%1 of %2").arg(witnessesAtTheOptimum_).arg(instances_)));
    }
};

QTEST_APPLESS_MAIN(TestRankBoundTolerance)
#include "test_rank_bound_tolerance.moc"
