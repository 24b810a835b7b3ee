// End-to-end solves: results verify, ε-tolerance never costs nonzeros, infeasible bounds are
// reported, cancel is prompt, MPS round-trips.
#include <QtTest>
#include <cmath>
#include <filesystem>

#include "core/data/generators.h"
#include "core/milp/milp_solver.h"
#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_json.h"
#include "core/sparsest/sparsest_solver.h"
#include "tests/sparsest/sparsest_checks.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

namespace {

MilpOptions quiet(double seconds = 60.0) {
    return test::quietOptions(seconds);
}
using test::checkMonotone;

}  // namespace

class TestSparsestSolve : public QObject {
    Q_OBJECT
  private slots:
    // Caps from an incumbent of value U: an improving network has ≤ U − 1 counted nonzeros, hence
    // ≤ U − 1 units, one fewer of a sign when the other sign is needed; never below the
    // incumbent's own units; uncounted biases cap nothing.
    void slotCapsFromIncumbent() {
        SparsestConfig c{SparsestVariant::Tight, 7, 2.0, 2.0, true, 0.0};
        const Eigen::VectorXd both = (Eigen::VectorXd(3) << 0.5, -0.2, 0.1).finished();
        const Eigen::VectorXd plus = (Eigen::VectorXd(3) << 0.5, 0.2, 0.0).finished();
        SparsestSlotCaps k = sparsestSlotCaps(both, c, 5, 1, 1);
        QCOMPARE(k.total, 4);
        QCOMPARE(k.positive, 3);
        QCOMPARE(k.negative, 3);
        k = sparsestSlotCaps(plus, c, 5, 1, 0);
        QCOMPARE(k.positive, 4);
        QCOMPARE(k.negative, 3);  // no negative target: a − unit still needs a + one
        k = sparsestSlotCaps(both, c, 4, 3, 1);
        QCOMPARE(k.positive, 3);  // the incumbent's own three + units stay representable
        QCOMPARE(k.total, 4);
        c.countBiases = false;
        k = sparsestSlotCaps(both, c, 5, 1, 1);
        QCOMPARE(k.positive, 0);
        QCOMPARE(k.total, 0);
    }

    // The solver caps the slots once it has an incumbent of at most K nonzeros, and the capped
    // model still proves the same optimum as the plain one on instances small enough to prove.
    void cappedSolveKeepsOptimum() {
        for (std::uint64_t s = 0; s < 3; ++s) {
            const auto in = test::randomInstance(4, 2, 3100 + s);
            SparsestConfig c{SparsestVariant::Tight, 4, 2.0, 2.0, true, 0.0};
            MilpOptions o = quiet();
            o.timeLimitSeconds = 60;
            const SparsestResult capped = solveSparsest(in.X, in.y, c, o);
            // Reference: the uncapped model solved directly.
            const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
            const MilpResult plain = solveMilp(m.problem, o);
            QCOMPARE(capped.milp.status, MilpStatus::Optimal);
            QCOMPARE(plain.status, MilpStatus::Optimal);
            QCOMPARE(capped.milp.objective, plain.objective);
            QVERIFY(capped.positiveSlots + capped.negativeSlots <= 8);
            QVERIFY2(capped.verification.passed, capped.verification.message.c_str());
            checkMonotone(capped.milp);
        }
    }

    void epsilonNeverCostsNonzeros() {
        for (std::uint64_t s = 0; s < 3; ++s) {
            const auto in = test::randomInstance(3, 2, 2000 + s);
            SparsestConfig exact{SparsestVariant::Tight, 2, 2.0, 2.0, true, 0.0};
            SparsestConfig loose = exact;
            loose.epsilon = 0.25;
            const SparsestResult a = solveSparsest(in.X, in.y, exact, quiet());
            const SparsestResult b = solveSparsest(in.X, in.y, loose, quiet());
            QCOMPARE(a.milp.status, MilpStatus::Optimal);
            QCOMPARE(b.milp.status, MilpStatus::Optimal);
            QVERIFY(b.milp.objective <= a.milp.objective + 1e-9);
            checkMonotone(a.milp);
            checkMonotone(b.milp);
            QVERIFY2(b.verification.passed, b.verification.message.c_str());
            QVERIFY(b.verification.maxResidual <= 0.25 + 1e-6);
        }
        // y = ±0.1 everywhere: with ε = 0.1 the zero network fits, objective 0.
        auto in = test::randomInstance(3, 2, 7);
        in.y << 0.1, -0.1, 0.05;
        SparsestConfig c{SparsestVariant::Tight, 0, 2.0, 2.0, true, 0.1};
        const SparsestResult r = solveSparsest(in.X, in.y, c, quiet());
        QCOMPARE(r.milp.status, MilpStatus::Optimal);
        QCOMPARE(std::lround(r.milp.objective), 0L);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
    }

    void infeasibleBoundsAreReported_data() {
        QTest::addColumn<int>("variant");
        QTest::newRow("published") << 0;
        QTest::newRow("tight") << 1;
    }
    void infeasibleBoundsAreReported() {
        QFETCH(int, variant);
        auto in = test::randomInstance(3, 2, 3);
        in.y *= 100.0;
        SparsestConfig c{variant == 0 ? SparsestVariant::Published : SparsestVariant::Tight,
                         0,
                         1e-3,
                         1e-3,
                         true,
                         0.0};
        const SparsestResult r = solveSparsest(in.X, in.y, c, quiet());
        QCOMPARE(r.milp.status, MilpStatus::Infeasible);
        QVERIFY(r.milp.message.find("infeasible") != std::string::npos);
        QVERIFY(r.milp.message.find("bounds") != std::string::npos);
        QVERIFY(!r.hasNetwork && !r.verification.passed);
        // The solver proves it too (no shortcut): the built MILP itself is infeasible.
        const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
        QCOMPARE(solveMilp(m.problem, quiet()).status, MilpStatus::Infeasible);
    }

    // Deterministic cancel: the stop is requested inside the k-th progress sample, so samples
    // after it are work done after the stop; no second phase may start. Seconds: bench_cancel.
    void cancelAtKthSample_data() {
        QTest::addColumn<int>("k");
        QTest::newRow("1st sample") << 1;
        QTest::newRow("10th sample") << 10;
    }
    void cancelAtKthSample() {
        QFETCH(int, k);
        const auto in = test::randomInstance(7, 5, 0);  // CBC alone does not solve it in seconds
        SparsestConfig c{SparsestVariant::Tight, 0, 2.0, 2.0, true, 0.0};
        c.rankBound = false;  // with it, N = 7 is proven in about 1.5 s (test_rank_bound)
        std::stop_source src;
        int samples = 0, atStop = -1;
        MilpProgress stopSample;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress& p) {
            if (++samples == k) {
                atStop = samples;
                stopSample = p;
                src.request_stop();
            }
        };
        // 30 s: a solve that ignored the stop would end at this limit, not Cancelled.
        const SparsestResult r = solveSparsest(in.X, in.y, c, quiet(30.0), hooks, src.get_token());
        QCOMPARE(atStop, k);
        QCOMPARE(r.milp.status, MilpStatus::Cancelled);
        checkMonotone(r.milp);
        const int after = samples - atStop;
        QVERIFY2(after <= 1, qPrintable(QString("%1 samples after the stop").arg(after)));
        if (!std::isnan(stopSample.incumbent)) {
            QVERIFY(r.milp.hasSolution);
            QVERIFY(r.milp.objective <= stopSample.incumbent + 1e-9);
        }
        if (r.hasNetwork) QVERIFY2(r.verification.passed, r.verification.message.c_str());
    }

    // The rank bound's levels reach the chart as they are refuted, before CBC starts: a rising
    // bound with no incumbent yet, never above the final rank bound, and no sample falls back.
    void rankBoundLevelsAreCharted() {
        const auto in = test::randomInstance(7, 5, 0);
        SparsestConfig c{SparsestVariant::Tight, 0, 2.0, 2.0, true, 0.0};
        std::vector<MilpProgress> samples;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress& p) { samples.push_back(p); };
        const SparsestResult r = solveSparsest(in.X, in.y, c, quiet(60.0), hooks);
        QVERIFY2(r.rankBound.computed, r.rankBound.reason.c_str());
        QVERIFY(r.rankBound.bound >= 3);
        std::vector<double> before;  // bounds charted before any incumbent
        for (const MilpProgress& p : samples) {
            if (!std::isnan(p.incumbent)) break;
            before.push_back(p.bound);
        }
        QVERIFY2(before.size() >= 3, qPrintable(QString::number(before.size())));
        QCOMPARE(before.front(), 0.0);  // the trivial bound first
        for (std::size_t i = 1; i < before.size(); ++i)
            QVERIFY(before[i] >= before[i - 1]);
        QVERIFY(before[1] > 0.0 && before[1] < r.rankBound.bound);  // a level, not the end
        QVERIFY(before.back() <= r.rankBound.bound);
        for (std::size_t i = 1; i < samples.size(); ++i)
            QVERIFY(samples[i].bound >= samples[i - 1].bound - 1e-9);
    }

    // A stop while the rank bound runs keeps the sparsest network it knew when the stop came
    // (random N = 6, seed 13, bounds 2: its search finds a network of 7 nonzeros by splitting
    // units). The stop is the first report naming a network; no search reports after it, the
    // chart had that network as its incumbent, and the result is it (or sparser), verified,
    // and Cancelled.
    void cancelInTheRankBoundKeepsItsNetwork() {
        const Dataset data = generateRandom(6, 5, 13);
        SparsestConfig c{SparsestVariant::Tight, 0, 2.0, 2.0, true, 0.0};
        std::stop_source src;
        int known = -1, heartbeatsAfter = 0;
        const RankProgressFn onRank = [&](const RankBoundProgress& p) {
            // A level the search had decided when it saw the stop may still be reported.
            if (src.stop_requested() && p.searching) ++heartbeatsAfter;
            if (known < 0 && p.upperNonzeros >= 0) {
                known = p.upperNonzeros;
                src.request_stop();
            }
        };
        std::vector<MilpProgress> samples;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress& p) { samples.push_back(p); };
        const SparsestResult r =
            solveSparsest(data.X, data.y, c, quiet(600.0), hooks, src.get_token(), nullptr,
                          inProcessMilpBackend(), onRank);
        QVERIFY(known >= 7);
        QCOMPARE(heartbeatsAfter, 0);
        QCOMPARE(r.milp.status, MilpStatus::Cancelled);
        QVERIFY(r.hasNetwork);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QVERIFY(r.verification.nonzeros <= known);
        QVERIFY(std::any_of(samples.begin(), samples.end(),
                            [&](const MilpProgress& p) { return p.incumbent == known; }));
        checkMonotone(r.milp);
    }

    void mpsRoundTripKeepsOptimum() {
        const auto in = test::randomInstance(3, 2, 11);
        SparsestConfig c{SparsestVariant::Tight, 2, 2.0, 2.0, true, 0.0};
        const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
        const std::string path =
            (std::filesystem::temp_directory_path() / "sparsest_roundtrip_test.mps").string();
        QCOMPARE(writeMps(m.problem, path), std::string());
        MilpProblem back;
        QCOMPARE(readMps(path, back), std::string());
        std::filesystem::remove(path);
        QCOMPARE(back.columns.size(), m.problem.columns.size());
        QCOMPARE(back.integerCount(), m.problem.integerCount());
        const MilpResult a = solveMilp(m.problem, quiet());
        const MilpResult b = solveMilp(back, quiet());
        QCOMPARE(a.status, MilpStatus::Optimal);
        QCOMPARE(b.status, MilpStatus::Optimal);
        QCOMPARE(std::lround(a.objective), std::lround(b.objective));
    }

    void jsonHasTheReportedFields() {
        const auto in = test::randomInstance(3, 2, 12);
        SparsestConfig c{SparsestVariant::Tight, 2, 2.0, 2.0, true, 0.0};
        const SparsestResult r = solveSparsest(in.X, in.y, c, quiet());
        const nlohmann::json j = sparsestResultToJson(r);
        QCOMPARE(j["status"].get<std::string>(), std::string("optimal"));
        QCOMPARE(j["objective"].get<double>(), r.milp.objective);
        QCOMPARE(j["verified_nonzeros"].get<int>(), r.verification.nonzeros);
        QVERIFY(j["verification"]["passed"].get<bool>());
        QCOMPARE(j["weights"]["W"].size(), std::size_t(r.net.width()));
        QCOMPARE(j["config"]["variant"].get<std::string>(), std::string("tight"));
        QVERIFY(j.contains("progress") && j.contains("warm_start") && j.contains("best_bound"));
    }
};

QTEST_APPLESS_MAIN(TestSparsestSolve)
#include "test_sparsest_solve.moc"
