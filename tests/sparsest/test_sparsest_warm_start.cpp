// Warm start from a trained network: the refit keeps the support and activation pattern, the
// start is a feasible MILP point, CBC takes it (the result is never worse than the start).
#include <QtTest>
#include <cmath>

#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/train/trainer.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

Q_DECLARE_METATYPE(smip::SparsestVariant)

class TestSparsestWarmStart : public QObject {
    Q_OBJECT
  private slots:
    // A network that fits exactly by construction: the warm start must reproduce its support.
    void plantedNetworkStartsFeasible_data() {
        QTest::addColumn<SparsestVariant>("variant");
        QTest::newRow("published") << SparsestVariant::Published;
        QTest::newRow("tight") << SparsestVariant::Tight;
    }
    void plantedNetworkStartsFeasible() {
        QFETCH(SparsestVariant, variant);
        auto in = test::randomInstance(5, 3, 21);
        ShallowReluNet net{Eigen::MatrixXd::Zero(3, 3), Eigen::VectorXd::Zero(3),
                           Eigen::VectorXd::Zero(3)};
        net.W(0, 0) = 0.7;  // unit 0: relu(0.7 x1 + 0.2), output weight 2 → rescaled to 1.4
        net.b(0) = 0.2;
        net.v(0) = 2.0;
        net.W(1, 2) = -0.9;  // unit 1: relu(−0.9 x3), output weight −0.5
        net.v(1) = -0.5;
        in.y = test::evaluate(net, in.X);
        // K = 2: small for the published variant
        SparsestConfig c{variant, 2, 2.0, 2.0, true, 0.0};
        const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
        std::vector<double> start;
        const SparsestWarmStartInfo info = buildSparsestWarmStart(m, net, start);
        QVERIFY2(info.feasible, info.message.c_str());
        QCOMPARE(info.units, 2);
        QVERIFY(info.objective <= 3.0 + 1e-9);  // support {w00, b0, w12}
        QVERIFY(milpPointViolation(m.problem, start) <= 1e-6);

        MilpOptions opt;
        opt.logLevel = 0;
        const SparsestResult r = solveSparsest(in.X, in.y, c, opt, {}, {}, &net);
        QVERIFY(r.warmStart.feasible);
        QCOMPARE(r.milp.status, MilpStatus::Optimal);
        QVERIFY(r.milp.objective <= info.objective + 1e-9);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
    }

    // The whole pipeline: train, take bounds and the start from the model. Plain Adam interpolates
    // these 4 points, so its activation pattern admits an exact refit.
    void trainedModelWarmStartIsAccepted() {
        const auto in = test::randomInstance(4, 2, 5);
        Dataset data;
        data.name = "test";
        data.X = in.X;
        data.y = in.y;
        RegularizerSpec reg;
        QVERIFY(RegularizerSpec::parse("none", reg));
        TrainConfig tc;
        tc.epochs = 20000;
        const TrainResult trained = trainShallow(data, initShallowNet(2, 4, 0), reg, tc);
        const SparsestBounds b = boundsFromModel(trained.net, 1.0);
        SparsestConfig c{SparsestVariant::Tight, 4, b.wBound, b.bBound, true, 0.0};
        const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
        std::vector<double> start;
        const SparsestWarmStartInfo info = buildSparsestWarmStart(m, trained.net, start);
        QVERIFY2(info.feasible, info.message.c_str());
        // The start is a network in its own right: decode and verify it independently.
        const SparsestDecoded dec = decodeSparsestSolution(m, start);
        QVERIFY(dec.error.empty());
        const SparsestVerification v = verifySparsestNetwork(m, dec.net, info.objective);
        QVERIFY2(v.passed, v.message.c_str());

        MilpOptions opt;
        opt.logLevel = 0;
        opt.timeLimitSeconds = 20.0;  // proving optimality is not the point here
        std::vector<MilpProgress> seen;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress& p) { seen.push_back(p); };
        const SparsestResult r = solveSparsest(in.X, in.y, c, opt, hooks, {}, &trained.net);
        QVERIFY(r.warmStart.feasible);
        QVERIFY2(r.milp.hasSolution,
                 (std::string(statusId(r.milp.status)) + ": " + r.milp.message).c_str());
        QVERIFY(r.milp.objective <= r.warmStart.objective + 1e-9);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        // Accepted: the first incumbent CBC reports is no worse than the start.
        double first = NAN;
        for (const MilpProgress& p : seen)
            if (std::isfinite(p.incumbent)) {
                first = p.incumbent;
                break;
            }
        QVERIFY(std::isfinite(first));
        QVERIFY(first <= r.warmStart.objective + 1e-9);
    }

    void mismatchedNetworkIsAMessage() {
        const auto in = test::randomInstance(3, 2, 1);
        const SparsestModel m = buildSparsestMilp(in.X, in.y, SparsestConfig{});
        ShallowReluNet wrong{Eigen::MatrixXd::Ones(2, 4), Eigen::VectorXd::Zero(2),
                             Eigen::VectorXd::Ones(2)};
        std::vector<double> start;
        const SparsestWarmStartInfo info = buildSparsestWarmStart(m, wrong, start);
        QVERIFY(!info.feasible && start.empty());
        QVERIFY(info.message.find("inputs") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSparsestWarmStart)
#include "test_sparsest_warm_start.moc"
