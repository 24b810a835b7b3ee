// The 1-D bound and network (core/sparsest/oned_sparsest.h): the network fits and has the
// fewest kinks the sweep found; the bound never exceeds the MILP's proven optimum (at bounds large
// enough to hold every network involved) and the network is never below it; on points with a
// known kink count the sweep finds it.
#include <QtTest>

#include "core/data/generators.h"
#include "core/sparsest/oned_sparsest.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/sparsest/verification.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;
using smip::test::points;

class TestOneDimensionalSparsest : public QObject {
    Q_OBJECT
  private slots:
    void collinearPointsNeedNoKink() {
        const Dataset d = points({0.5, 1, 2, 3}, {2, 3, 5, 7});  // y = 2x + 1 > 0
        const OneDimensionalSparsest r = oneDimensionalSparsest(d.X, d.y, true);
        QVERIFY(r.computed);
        QCOMPARE(r.minKinks, 0);
        QCOMPARE(r.lowerBound, 1);
        QVERIFY(r.hasNetwork);
        QCOMPARE(r.nonzeros, 2);  // one unit relu(2x + 1)
    }

    // A hat: up, then down; one peak between the middle points (at 2.5, height 1.5) is enough.
    void hatNeedsOneKink() {
        const Dataset d = points({1, 2, 3, 4}, {0, 1, 1, 0});
        const OneDimensionalSparsest r = oneDimensionalSparsest(d.X, d.y, true);
        QCOMPARE(r.minKinks, 1);
        QVERIFY(r.hasNetwork);
        QCOMPARE(r.nonzeros, 4);  // relu(x − 1) − relu(2x − 5); a single ReLU is monotone
        // A plateau of three points: the rising and falling lines meet at 3 with value 2, where
        // the function must be 1, so one kink cannot do it: two.
        const Dataset v = points({1, 2, 3, 4, 5}, {0, 1, 1, 1, 0});
        QCOMPARE(oneDimensionalSparsest(v.X, v.y, true).minKinks, 2);
        const Dataset peak = points({1, 2, 3, 4}, {0, 1, 1.5, 1});  // 1, 0.5, −0.5
        const OneDimensionalSparsest p = oneDimensionalSparsest(peak.X, peak.y, true);
        QVERIFY(p.hasNetwork);
        QVERIFY(p.minKinks >= 1);
    }

    void networkFitsRandomPoints() {
        for (int n = 1; n <= 14; ++n)
            for (std::uint64_t seed = 0; seed < 5; ++seed) {
                const Dataset d = generateRandom(n, 1, seed);
                for (bool biases : {true, false}) {
                    const OneDimensionalSparsest r = oneDimensionalSparsest(d.X, d.y, biases);
                    QVERIFY(r.computed);
                    QVERIFY2(r.hasNetwork, qPrintable(QString("n=%1 seed=%2 residual %3")
                                                          .arg(n)
                                                          .arg(seed)
                                                          .arg(r.maxResidual)));
                    QVERIFY2(r.nonzeros >= r.lowerBound,
                             qPrintable(QString("n=%1 seed=%2 biases=%3: %4 nonzeros, bound %5")
                                            .arg(n)
                                            .arg(seed)
                                            .arg(biases)
                                            .arg(r.nonzeros)
                                            .arg(r.lowerBound)));
                    QVERIFY((r.net.v.array().abs() == 1.0).all());
                }
            }
    }

    // Against CBC on small sets with bounds far above every network here: the bound is never
    // above the proven optimum, the network never below it.
    void neverAboveTheMilpOptimum() {
        for (int n = 2; n <= 4; ++n)
            for (std::uint64_t seed = 0; seed < 4; ++seed) {
                const Dataset d = generateRandom(n, 1, seed);
                const OneDimensionalSparsest r = oneDimensionalSparsest(d.X, d.y, true);
                QVERIFY(r.hasNetwork);
                SparsestConfig c;
                c.width = n + 2;
                c.wBound = c.bBound =
                    2.0 + std::max(r.net.W.cwiseAbs().maxCoeff(), r.net.b.cwiseAbs().maxCoeff());
                c.rankBound = false;
                c.oneDimensionalBound = false;  // CBC alone
                MilpOptions o;
                o.timeLimitSeconds = 600.0;  // a safety net: these are proven in seconds
                o.logLevel = 0;
                const SparsestResult m = solveSparsest(d.X, d.y, c, o);
                QCOMPARE(m.milp.status, MilpStatus::Optimal);
                const int optimum = static_cast<int>(std::lround(m.milp.objective));
                QVERIFY2(r.lowerBound <= optimum,
                         qPrintable(QString("n=%1 seed=%2: bound %3, optimum %4")
                                        .arg(n)
                                        .arg(seed)
                                        .arg(r.lowerBound)
                                        .arg(optimum)));
                QVERIFY(r.nonzeros >= optimum);
            }
    }

    void conflictingTargetsAreRefused() {
        const Dataset d = points({1, 1}, {0, 1});
        QVERIFY(!oneDimensionalSparsest(d.X, d.y, true).computed);
    }
};

QTEST_MAIN(TestOneDimensionalSparsest)
#include "test_oned_sparsest.moc"
