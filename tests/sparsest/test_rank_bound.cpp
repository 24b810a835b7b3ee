// The rank lower bound of the sparsest-network MILP (core/sparsest/rank_bound.h) and the
// activation-pattern enumeration it rests on.
//  - realizablePatterns lists every pattern a random weight vector produces (sampled), and on
//    generic points nothing else (each listed pattern is strictly separable: an LP says so);
//  - the bound is valid: never above an optimum CBC proves without it, nor above the nonzeros of a
//    planted network that generated y; with biases free too; and with the exact refinement, which
//    passes N when tight weight bounds leave no network of N nonzeros;
//  - on the sparse-ReLU package's generic `random` data it proves the optimum N (where CBC's
//    bound stays at 2–4),
//    and the solve then reports a verified optimum;
//  - pruning (cover, dominance) only removes what cannot fit: never a lower bound than without
//    it, never above CBC's optimum without the bound, including planted y with zeros;
//  - the bound, the levels' outcomes and the refuted levels' combination counts are the same on
//    1 and 3 threads, and every witness fits;
//  - units whose unique weights break a bound are split into copies: an upper bound, and the
//    witness when as sparse as the bound (never below CBC's optimum);
//  - ε ≥ max|y| gives 0, and a stop request ends the enumeration at once (also from the k-th
//    progress event, keeping the bound proven so far).
#include <QtTest>

#include <chrono>
#include <random>
#include <set>
#include <thread>

#include "core/data/generators.h"
#include "core/milp/milp_solver.h"
#include "core/sparsest/halfspace_patterns.h"
#include "core/sparsest/rank_bound.h"
#include "core/sparsest/sparsest_solver.h"
#include "tests/sparsest/sparsest_checks.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

namespace {

MilpOptions quiet(double seconds = 60.0) {
    return test::quietOptions(seconds);
}

// θ with θ·p ≥ 1 on the pattern and ≤ −1 off it exists (a strict, scale-free separation).
bool strictlySeparable(const Eigen::MatrixXd& P, ActivationPattern a) {
    MilpProblem lp;
    std::vector<int> cols;
    for (Eigen::Index j = 0; j < P.cols(); ++j)
        cols.push_back(lp.addColumn("t" + std::to_string(j), -kInf, kInf));
    for (Eigen::Index n = 0; n < P.rows(); ++n) {
        const bool on = a & (ActivationPattern{1} << n);
        std::vector<double> coef;
        for (Eigen::Index j = 0; j < P.cols(); ++j)
            coef.push_back(P(n, j));
        lp.addRow("r" + std::to_string(n), cols, coef, on ? 1.0 : -kInf, on ? kInf : -1.0);
    }
    const MilpResult r = solveMilp(lp, quiet(10.0));
    return r.status == MilpStatus::Optimal;
}

int nonzerosOf(const ShallowReluNet& net) {
    return static_cast<int>((net.W.array() != 0.0).count() + (net.b.array() != 0.0).count());
}

// The network fits y within `tolerance` and keeps the config's weight and bias bounds.
void checkFitsWithin(const ShallowReluNet& net, const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                     const SparsestConfig& c, double tolerance) {
    QVERIFY((test::evaluate(net, X) - y).cwiseAbs().maxCoeff() <= tolerance);
    QVERIFY(net.W.cwiseAbs().maxCoeff() <= c.wBound);
    QVERIFY(net.b.cwiseAbs().maxCoeff() <= c.bBound);
    QVERIFY(net.width() <= effectiveWidth(c, static_cast<int>(X.rows())));
}

SparsestConfig tight(int n) {
    return SparsestConfig{SparsestVariant::Tight, n, 2.0, 2.0, true, 0.0};
}

}  // namespace

class TestRankBound : public QObject {
    Q_OBJECT
  private slots:
    void patternsAreExactlyTheRealizableOnes_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dim");
        QTest::addColumn<bool>("affine");
        QTest::newRow("N6_1_linear") << 6 << 1 << false;
        QTest::newRow("N6_1_affine") << 6 << 1 << true;
        QTest::newRow("N7_2_linear") << 7 << 2 << false;
        QTest::newRow("N7_2_affine") << 7 << 2 << true;
        QTest::newRow("N8_3_affine") << 8 << 3 << true;
        QTest::newRow("N5_6_affine_full") << 5 << 6 << true;  // more coordinates than points
    }
    void patternsAreExactlyTheRealizableOnes() {
        QFETCH(int, n);
        QFETCH(int, dim);
        QFETCH(bool, affine);
        const auto in = test::randomInstance(n, dim, 40 + n + dim);
        Eigen::MatrixXd P(n, dim + (affine ? 1 : 0));
        P.leftCols(dim) = in.X;
        if (affine) P.col(dim).setOnes();
        const std::vector<ActivationPattern> listed = realizablePatterns(P);
        const std::set<ActivationPattern> set(listed.begin(), listed.end());
        QCOMPARE(set.size(), listed.size());
        std::mt19937_64 rng(7);
        std::normal_distribution<double> g;
        std::set<ActivationPattern> sampled;
        for (int s = 0; s < 200000; ++s) {
            Eigen::VectorXd theta(P.cols());
            for (Eigen::Index j = 0; j < theta.size(); ++j)
                theta(j) = g(rng);
            ActivationPattern a = 0;
            const Eigen::VectorXd pre = P * theta;
            for (int i = 0; i < n; ++i)
                if (pre(i) > 0) a |= ActivationPattern{1} << i;
            if (a != 0) sampled.insert(a);
        }
        for (ActivationPattern a : sampled)  // superset: what the bound's validity needs
            QVERIFY2(set.count(a), qPrintable(QString("pattern %1 missing").arg(a)));
        for (ActivationPattern a : listed)  // and nothing spurious on generic points
            QVERIFY2(strictlySeparable(P, a), qPrintable(QString("pattern %1 listed").arg(a)));
        // Cover's count of dichotomies of n points in general position by homogeneous halfspaces
        // in R^D: 2·Σ_{i<D} C(n−1, i); the empty pattern is not listed.
        const int D = static_cast<int>(P.cols());
        long long cover = 0, c = 1;
        for (int i = 0; i < D && i <= n - 1; ++i) {
            cover += c;
            c = c * (n - 1 - i) / (i + 1);
        }
        const long long empty = strictlySeparable(P, 0) ? 1 : 0;
        QCOMPARE(static_cast<long long>(listed.size()), 2 * cover - empty);
    }

    void neverAboveTheOptimumCbcProves_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("countBiases");
        QTest::newRow("N4_d2") << 4 << 2 << 1 << true;
        QTest::newRow("N4_d3") << 4 << 3 << 2 << true;
        QTest::newRow("N5_d2") << 5 << 2 << 3 << true;
        QTest::newRow("N4_d2_biases_free") << 4 << 2 << 4 << false;
        QTest::newRow("N3_d3_biases_free") << 3 << 3 << 5 << false;
    }
    void neverAboveTheOptimumCbcProves() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, seed);
        QFETCH(bool, countBiases);
        const auto in = test::randomInstance(n, d, static_cast<std::uint64_t>(seed));
        SparsestConfig plain = tight(n);
        plain.countBiases = countBiases;
        plain.rankBound = false;
        const SparsestResult reference = solveSparsest(in.X, in.y, plain, quiet(120.0));
        QCOMPARE(reference.milp.status, MilpStatus::Optimal);
        const int optimum = static_cast<int>(std::lround(reference.milp.objective));
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, plain, {});
        QVERIFY2(rb.computed, rb.reason.c_str());
        QVERIFY2(rb.bound <= optimum,
                 qPrintable(QString("bound %1 > optimum %2").arg(rb.bound).arg(optimum)));
        SparsestConfig withBound = plain;
        withBound.rankBound = true;
        const SparsestResult r = solveSparsest(in.X, in.y, withBound, quiet(120.0));
        QCOMPARE(r.milp.status, MilpStatus::Optimal);
        QCOMPARE(int(std::lround(r.milp.objective)), optimum);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QCOMPARE(r.rankBound.bound, rb.bound);
    }

    void plantedSparseNetworkBoundsIt() {
        // y from a network with 2 units and 4 nonzeros on N = 9 generic samples: y lies in a
        // 4-dimensional span, and the bound must not claim more.
        const auto in = test::randomInstance(9, 3, 21);
        ShallowReluNet teacher;
        teacher.W = Eigen::MatrixXd::Zero(2, 3);
        teacher.b = Eigen::VectorXd::Zero(2);
        teacher.v = Eigen::VectorXd::Ones(2);
        teacher.W(0, 0) = 1.3;
        teacher.b(0) = 0.2;
        teacher.W(1, 1) = -0.7;
        teacher.W(1, 2) = 0.9;
        teacher.v(1) = -1.0;
        const Eigen::VectorXd y = test::evaluate(teacher, in.X);
        RankBoundOptions o;
        o.seconds = 60.0;
        const RankBoundResult rb = sparsestRankBound(in.X, y, tight(9), o);
        QVERIFY2(rb.computed && !rb.timedOut, rb.reason.c_str());
        QVERIFY(rb.bound <= 4);
        QVERIFY(rb.bound >= 2);  // one unit cannot bend a generic y: y is not a single ReLU
        if (rb.hasWitness) {
            QCOMPARE(countSparsestNonzeros(rb.witness, true), rb.bound);
            QVERIFY((test::evaluate(rb.witness, in.X) - y).cwiseAbs().maxCoeff() < 1e-6);
        }
    }

    void provesTheOptimumOnGenericData_data() {
        QTest::addColumn<int>("n");
        QTest::newRow("N5") << 5;
        QTest::newRow("N6") << 6;
        QTest::newRow("N7") << 7;  // the target: CBC alone ends at bound ~3 after 120 s
    }
    void provesTheOptimumOnGenericData() {
        QFETCH(int, n);
        const auto in = test::randomInstance(n, 5, 0);
        const SparsestResult r = solveSparsest(in.X, in.y, tight(n), quiet(60.0));
        QVERIFY2(r.rankBound.computed, r.rankBound.reason.c_str());
        QCOMPARE(r.rankBound.bound, n);
        // The bound is about exact fits, and the nearest refuted span misses by far more than
        // rounding error: the refutations are not decided by noise.
        QVERIFY(r.rankBound.nearestMiss > 1e3 * 1e-9 * (1.0 + in.y.cwiseAbs().maxCoeff()));
        QCOMPARE(r.milp.status, MilpStatus::Optimal);
        QCOMPARE(int(std::lround(r.milp.objective)), n);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QCOMPARE(r.verification.nonzeros, n);
        // Samples stay on one clock and monotone, starting with the bound.
        QVERIFY(!r.milp.progress.empty());
        double last = 0.0;
        for (const MilpProgress& p : r.milp.progress) {
            QVERIFY(p.seconds >= last - 1e-9);
            last = p.seconds;
            QVERIFY(!(p.bound < n - 1e-6));
        }
        QVERIFY(r.totalSeconds >= r.rankBound.seconds);
    }

    void refinementNeverAboveTheOptimum_data() {
        // Tight weight bounds: no network with N nonzeros fits within them, so the level-N spans
        // that contain y hold no network and the exact search moves the bound past N.
        QTest::addColumn<int>("seed");
        for (int seed : {1000, 1003, 1016, 1022, 1024})
            QTest::newRow(qPrintable(QString("seed%1").arg(seed))) << seed;
    }
    void refinementNeverAboveTheOptimum() {
        QFETCH(int, seed);
        const auto in = test::randomInstance(4, 2, static_cast<std::uint64_t>(seed));
        SparsestConfig c{SparsestVariant::Tight, 4, 0.7, 0.7, true, 0.0};
        RankBoundOptions o;
        o.seconds = 60.0;
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, c, o);
        QVERIFY2(rb.computed, rb.reason.c_str());
        c.rankBound = false;
        const SparsestResult reference = solveSparsest(in.X, in.y, c, quiet(120.0));
        if (reference.milp.status == MilpStatus::Infeasible) return;  // any bound is valid
        QCOMPARE(reference.milp.status, MilpStatus::Optimal);
        const int optimum = static_cast<int>(std::lround(reference.milp.objective));
        QVERIFY2(rb.bound <= optimum, qPrintable(QString("bound %1 > optimum %2 (%3)")
                                                     .arg(rb.bound)
                                                     .arg(optimum)
                                                     .arg(QString::fromStdString(rb.reason))));
        if (seed == 1016) {  // the refined bound is the optimum here: 5 > N
            QCOMPARE(rb.refinedLevels, 1);
            QCOMPARE(rb.bound, 5);
            QCOMPARE(optimum, 5);
            // Most of the level's full-rank networks end at their last unit's own pattern.
            QVERIFY(rb.lastUnitRefuted > 0);
        }
        // A split network is a network of the model: never sparser than the optimum.
        if (rb.hasUpperNetwork) {
            checkFitsWithin(rb.upperNetwork, in.X, in.y, c, rb.tolerance);
            QCOMPARE(nonzerosOf(rb.upperNetwork), rb.upperNonzeros);
            QVERIFY(rb.upperNonzeros >= optimum);
        }
        if (rb.hasWitness) QCOMPARE(nonzerosOf(rb.witness), optimum);
    }

    // y = ReLU(3x) with |w| ≤ 2: one unit would need w = 3, so the sparsest network is two
    // copies of ReLU(1.5x). The exact search refutes cost 1 (the only fitting unit breaks the
    // bound), and the same unit split into two copies is the witness of bound 2.
    void splitNetworkWhenOnlyTheBoundsStandInTheWay() {
        Eigen::MatrixXd X(6, 1);
        X << -2, -1, 0, 1, 2, 3;
        const Eigen::VectorXd y = (3.0 * X.col(0)).cwiseMax(0.0);
        const SparsestConfig c = tight(6);
        RankBoundOptions o;
        o.seconds = 60.0;
        const RankBoundResult rb = sparsestRankBound(X, y, c, o);
        QVERIFY2(rb.computed, rb.reason.c_str());
        QCOMPARE(rb.bound, 2);
        QVERIFY2(rb.hasWitness, rb.reason.c_str());
        QVERIFY(rb.hasUpperNetwork);
        QCOMPARE(rb.upperNonzeros, 2);
        QCOMPARE(nonzerosOf(rb.witness), 2);
        QCOMPARE(rb.witness.width(), 2);
        checkFitsWithin(rb.witness, X, y, c, rb.tolerance);
        // CBC without the bound agrees.
        SparsestConfig plain = c;
        plain.rankBound = false;
        const SparsestResult reference = solveSparsest(X, y, plain, quiet(60.0));
        QCOMPARE(reference.milp.status, MilpStatus::Optimal);
        QCOMPARE(static_cast<int>(std::lround(reference.milp.objective)), 2);
    }

    void sameOutcomeOnAnyThreadCount_data() {
        // Generic data (levels refuted up to N, then a fit: witness or not), and tight weight
        // bounds where the exact refinement decides a level.
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("bound");
        for (int seed : {0, 1, 2, 3, 4})
            QTest::newRow(qPrintable(QString("N6_d5_seed%1").arg(seed))) << 6 << 5 << seed << 2.0;
        for (int seed : {5, 6})
            QTest::newRow(qPrintable(QString("N7_d5_seed%1").arg(seed))) << 7 << 5 << seed << 2.0;
        for (int seed : {1000, 1016, 1024})
            QTest::newRow(qPrintable(QString("N4_d2_refined%1").arg(seed)))
                << 4 << 2 << seed << 0.7;
    }
    void sameOutcomeOnAnyThreadCount() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, seed);
        QFETCH(double, bound);
        const auto in = test::randomInstance(n, d, static_cast<std::uint64_t>(seed));
        const SparsestConfig c{SparsestVariant::Tight, n, bound, bound, true, 0.0};
        RankBoundOptions o;
        o.seconds = 120.0;
        o.threads = 1;
        const RankBoundResult one = sparsestRankBound(in.X, in.y, c, o);
        o.threads = 3;  // more threads than this machine's cores: the split must not care
        const RankBoundResult three = sparsestRankBound(in.X, in.y, c, o);
        QVERIFY2(one.computed && !one.timedOut, one.reason.c_str());
        QVERIFY2(three.computed && !three.timedOut, three.reason.c_str());
        QCOMPARE(one.threads, 1);
        QCOMPARE(three.threads, 3);
        QCOMPARE(three.bound, one.bound);
        QCOMPARE(three.fitsAtBound, one.fitsAtBound);
        QCOMPARE(three.refinedLevels, one.refinedLevels);
        QCOMPARE(three.hasWitness, one.hasWitness);
        // Refuted levels are searched completely: the same combinations on any thread count.
        const int refuted = one.bound - one.refinedLevels;
        QVERIFY(static_cast<int>(one.combinationsPerLevel.size()) >= refuted);
        QVERIFY(static_cast<int>(three.combinationsPerLevel.size()) >= refuted);
        for (int level = 0; level < refuted; ++level)
            QCOMPARE(three.combinationsPerLevel[static_cast<std::size_t>(level)],
                     one.combinationsPerLevel[static_cast<std::size_t>(level)]);
        for (const RankBoundResult* r : {&one, &three}) {
            if (!r->hasWitness) continue;  // which witness comes first may differ; each must fit
            QCOMPARE(countSparsestNonzeros(r->witness, true), r->bound);
            QVERIFY((test::evaluate(r->witness, in.X) - in.y).cwiseAbs().maxCoeff() <=
                    r->tolerance + 1e-12);
            QVERIFY(r->witness.W.cwiseAbs().maxCoeff() <= bound + 1e-9);
            QVERIFY(r->witness.b.cwiseAbs().maxCoeff() <= bound + 1e-9);
        }
    }

    void cancelAtTheKthProgressEvent() {
        // N = 9 runs for tens of seconds; the stop comes from the k-th level's progress event, so
        // the outcome is fixed whatever the machine's speed: cancelled, with exactly the bound
        // that event reported, and no level decided after it.
        const auto in = test::randomInstance(9, 5, 0);
        std::stop_source src;
        constexpr int k = 4;
        int events = 0, boundAtStop = -1;
        RankBoundOptions o;
        o.seconds = 600.0;
        o.threads = 2;
        o.onProgress = [&](const RankBoundProgress& p) {
            if (p.searching) return;  // heartbeats come by the clock; levels are the events here
            ++events;
            QVERIFY(!p.fits);
            QCOMPARE(p.bound, p.level + 1);
            if (events == k) {
                boundAtStop = p.bound;
                src.request_stop();
            }
        };
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, tight(9), o, src.get_token());
        QCOMPARE(events, k);
        QVERIFY(rb.computed);
        QVERIFY(rb.cancelled);
        QVERIFY(rb.timedOut);
        QCOMPARE(rb.bound, boundAtStop);
        QCOMPARE(static_cast<int>(rb.combinationsPerLevel.size()), k);

        // Without a stop the same run reports every refuted level in order.
        std::vector<int> bounds;
        RankBoundOptions all;
        all.seconds = 600.0;
        all.threads = 2;
        all.stopAtCost = 5;
        all.onProgress = [&](const RankBoundProgress& p) {
            if (!p.searching) bounds.push_back(p.bound);
        };
        const RankBoundResult full = sparsestRankBound(in.X, in.y, tight(9), all);
        QVERIFY(!full.cancelled && !full.timedOut);
        QCOMPARE(bounds, (std::vector<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(full.bound, 6);
    }

    void heartbeatsWhileALevelIsSearched() {
        // random N = 6, d = 5, seed 13 with bounds 2: level 6 fits the relaxation, holds no
        // network (the exact search refutes it) and 7 is realized by a split network. One thread
        // beating at every poll makes the reports a function of the search alone (no clock).
        const Dataset data = generateRandom(6, 5, 13);
        RankBoundOptions o;
        o.seconds = 600.0;
        o.threads = 1;
        o.heartbeatSeconds = 0.0;
        std::vector<RankBoundProgress> reports;
        o.onProgress = [&](const RankBoundProgress& p) { reports.push_back(p); };
        const RankBoundResult rb = sparsestRankBound(data.X, data.y, tight(6), o);
        QCOMPARE(rb.bound, 7);
        QCOMPARE(rb.refinedLevels, 1);
        QVERIFY(rb.hasWitness);
        int beats[3] = {0, 0, 0};
        long long combinations = 0;
        int upper = -1;
        const RankBoundProgress* previous = nullptr;
        for (const RankBoundProgress& p : reports) {
            // Nothing reported claims more than the run proves, and counts only grow.
            QVERIFY(p.bound <= rb.bound);
            QVERIFY(p.combinations >= combinations);
            combinations = p.combinations;
            QVERIFY(p.done >= 0.0 && p.done <= 1.0);
            // The sparsest network known only gets sparser, and never below the optimum (7).
            if (upper >= 0) QVERIFY(p.upperNonzeros >= 0 && p.upperNonzeros <= upper);
            if (p.upperNonzeros >= 0) {
                QVERIFY(p.upperNonzeros >= rb.bound);
                // It comes with the network, which fits within the bounds with those nonzeros.
                QCOMPARE(countSparsestNonzeros(p.upperNetwork, true), p.upperNonzeros);
                checkFitsWithin(p.upperNetwork, data.X, data.y, tight(6), rb.tolerance + 1e-12);
            }
            upper = p.upperNonzeros;
            if (p.searching) {
                ++beats[static_cast<int>(p.stage)];
                QCOMPARE(p.bound, p.level);  // a level being searched is not decided yet
                // Within one stage of one level the estimate only rises; stages go forward.
                if (previous && previous->searching && previous->level == p.level) {
                    QVERIFY(static_cast<int>(p.stage) >= static_cast<int>(previous->stage));
                    if (p.stage == previous->stage) QVERIFY(p.done >= previous->done);
                }
                if (p.stage != RankBoundStage::Relaxation) QCOMPARE(p.level, 6);
            }
            previous = &p;
        }
        QVERIFY(combinations <= rb.combinations);
        QVERIFY(beats[static_cast<int>(RankBoundStage::RankDeficientSpans)] > 0);
        QVERIFY(beats[static_cast<int>(RankBoundStage::ExactSearch)] > 0);
        // The last report decides level 6: refuted by the exact search, the bound past it.
        QVERIFY(!reports.back().searching);
        QCOMPARE(reports.back().level, 6);
        QCOMPARE(reports.back().bound, 7);
        QCOMPARE(reports.back().upperNonzeros, rb.upperNonzeros);
    }

    void cancelInTheExactSearchKeepsTheProvenBound() {
        // The stop comes from the 3rd heartbeat of level 6's exact search (same instance as
        // above): the run ends cancelled with level 6 undecided, so the bound stays at 6, and
        // no level is reported after the stop.
        const Dataset data = generateRandom(6, 5, 13);
        std::stop_source src;
        RankBoundOptions o;
        o.seconds = 600.0;
        o.threads = 2;
        o.heartbeatSeconds = 0.0;
        int exactBeats = 0, after = 0;
        o.onProgress = [&](const RankBoundProgress& p) {
            if (src.stop_requested()) ++after;
            if (p.searching && p.stage == RankBoundStage::ExactSearch && ++exactBeats == 3)
                src.request_stop();
        };
        const RankBoundResult rb = sparsestRankBound(data.X, data.y, tight(6), o, src.get_token());
        QCOMPARE(exactBeats, 3);
        QVERIFY(rb.cancelled);
        QVERIFY(rb.timedOut || rb.fitsAtBound);
        QCOMPARE(rb.bound, 6);
        QCOMPARE(rb.refinedLevels, 0);
        QVERIFY(!rb.hasWitness || countSparsestNonzeros(rb.witness, true) >= 7);
        QCOMPARE(after, 0);
    }

    void pruningKeepsTheBoundValid_data() {
        // Generic y (every sample must be covered), planted one-unit y (zeros where the unit is
        // off: those samples need no cover), free biases (no cover rule), tight weight bounds
        // (the refinement runs on the pruned lists).
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("bound");
        QTest::addColumn<bool>("planted");
        QTest::addColumn<bool>("countBiases");
        QTest::newRow("N4_d2") << 4 << 2 << 11 << 2.0 << false << true;
        QTest::newRow("N5_d2") << 5 << 2 << 12 << 2.0 << false << true;
        QTest::newRow("N4_d3") << 4 << 3 << 13 << 2.0 << false << true;
        QTest::newRow("N5_d2_planted") << 5 << 2 << 14 << 2.0 << true << true;
        QTest::newRow("N6_d2_planted") << 6 << 2 << 15 << 2.0 << true << true;
        QTest::newRow("N4_d2_free_biases") << 4 << 2 << 16 << 2.0 << false << false;
        QTest::newRow("N4_d2_tight_1016") << 4 << 2 << 1016 << 0.7 << false << true;
        QTest::newRow("N4_d2_tight_1022") << 4 << 2 << 1022 << 0.7 << false << true;
    }
    void pruningKeepsTheBoundValid() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, seed);
        QFETCH(double, bound);
        QFETCH(bool, planted);
        QFETCH(bool, countBiases);
        auto in = test::randomInstance(n, d, static_cast<std::uint64_t>(seed));
        if (planted) {  // one unit on two coordinates, active on some samples only
            ShallowReluNet teacher;
            teacher.W = Eigen::MatrixXd::Zero(1, d);
            teacher.W(0, 0) = 1.1;
            teacher.b = Eigen::VectorXd::Constant(1, -0.1);
            teacher.v = Eigen::VectorXd::Ones(1);
            in.y = test::evaluate(teacher, in.X);
            QVERIFY((in.y.array() == 0.0).any());
            QVERIFY((in.y.array() != 0.0).any());
        }
        SparsestConfig c{SparsestVariant::Tight, n, bound, bound, countBiases, 0.0};
        RankBoundOptions o;
        o.seconds = 120.0;
        o.prune = false;
        const RankBoundResult plain = sparsestRankBound(in.X, in.y, c, o);
        o.prune = true;
        const RankBoundResult pruned = sparsestRankBound(in.X, in.y, c, o);
        QVERIFY2(plain.computed && !plain.timedOut, plain.reason.c_str());
        QVERIFY2(pruned.computed && !pruned.timedOut, pruned.reason.c_str());
        QVERIFY(pruned.bound >= plain.bound);  // pruning refutes, never un-refutes
        const int refuted = plain.bound - plain.refinedLevels;
        for (int level = 0; level < refuted; ++level)
            QVERIFY(pruned.combinationsPerLevel[static_cast<std::size_t>(level)] <=
                    plain.combinationsPerLevel[static_cast<std::size_t>(level)]);
        // Valid: never above the optimum CBC proves without any rank bound.
        c.rankBound = false;
        const SparsestResult reference = solveSparsest(in.X, in.y, c, quiet(120.0));
        if (reference.milp.status == MilpStatus::Infeasible) return;  // any bound is valid
        QCOMPARE(reference.milp.status, MilpStatus::Optimal);
        const int optimum = static_cast<int>(std::lround(reference.milp.objective));
        QVERIFY2(pruned.bound <= optimum, qPrintable(QString("bound %1 > optimum %2 (%3)")
                                                         .arg(pruned.bound)
                                                         .arg(optimum)
                                                         .arg(pruned.reason.c_str())));
        if (planted) QCOMPARE(optimum, 2);  // the teacher itself, and the bound reaches it
        if (planted) QCOMPARE(pruned.bound, 2);
    }

    void looseEpsilonNeedsNothing() {
        const auto in = test::randomInstance(6, 3, 9);
        SparsestConfig c = tight(6);
        c.epsilon = in.y.cwiseAbs().maxCoeff();
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, c, {});
        QCOMPARE(rb.bound, 0);
        QVERIFY(rb.fitsAtBound);
    }

    void stopBeforeStartDoesNoWork() {
        // A stop that is already requested: at most one check interval (2^14 combinations) of work.
        const auto in = test::randomInstance(9, 5, 0);
        std::stop_source src;
        src.request_stop();
        RankBoundOptions o;
        o.seconds = 120.0;
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, tight(9), o, src.get_token());
        QVERIFY(rb.timedOut || !rb.computed);
        QVERIFY2(rb.combinations <= 0x4000, qPrintable(QString::number(rb.combinations)));
        QCOMPARE(rb.exactChecks, 0LL);
        QVERIFY(rb.bound < 9);
    }

    void stopEndsTheEnumeration() {
        // A stop from another thread at any moment (cancelAtTheKthProgressEvent fixes the
        // moment); what is asserted holds however late it arrives: a run that ignored it would
        // end complete (not timed out) with the proven bound 9. Seconds: bench_cancel
        // (BM_CancelRankBound).
        const auto in = test::randomInstance(9, 5, 0);  // tens of seconds when run to the end
        std::stop_source src;
        std::jthread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            src.request_stop();
        });
        RankBoundOptions o;
        o.seconds = 120.0;
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, tight(9), o, src.get_token());
        QVERIFY(rb.timedOut || !rb.computed);
        QVERIFY(rb.bound < 9);  // what was proven before the stop, never more

        // The whole solve honours a stop in the enumeration too: Cancelled, no MILP proof.
        std::stop_source src2;
        std::jthread stopper2([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            src2.request_stop();
        });
        const SparsestResult r =
            solveSparsest(in.X, in.y, tight(9), quiet(120.0), {}, src2.get_token());
        QCOMPARE(r.milp.status, MilpStatus::Cancelled);
    }

    void largeInstancesAreSkippedWithAReason() {
        const auto in = test::randomInstance(40, 3, 1);
        const RankBoundResult rb = sparsestRankBound(in.X, in.y, tight(40), {});
        QVERIFY(!rb.computed);
        QCOMPARE(rb.bound, 0);
        QVERIFY(rb.reason.find("samples") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestRankBound)
#include "test_rank_bound.moc"
