// The exact (CBC) attack: a hand-built 2-2-2 network with a closed-form minimal perturbation, the
// MIP optimum vs local solutions, the real-network re-check, cancel, and the same optimum and LP
// bounds through the worker-process backend (the real CLI, path in env SPARSEMIP_CLI).
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

#include "core/adversarial/attack_comparison.h"
#include "core/milp/milp_solver.h"
#include "core/milp/worker_client.h"
#include "tests/adversarial/adversarial_test_nets.h"

using namespace smip;
using smip::test::randomNet;

namespace {

// h = relu(x − 0.5) per input; z0 = 0.2, z1 = 2·h1 + h2. At x0 = (0.3, 0.45): h = 0, z = (0.2, 0),
// class 0. Class 1 wins by margin m iff 2·h1 + h2 ≥ 0.2 + m =: r, with h1, h2 ∈ [0, 0.5].
// Routes (by hand): raise x2 only: cost 0.05 + r (needs r ≤ 0.5); raise x1 only: 0.2 + r/2 (needs
// r ≤ 1); both: 0.25 + a + b with 2a + b ≥ r, cheapest a = min(r/2, 0.5), b = r − 2a.
// Optimum = min of the feasible routes; infeasible when r > 1.5.
MlpClassifier handNet() {
    MlpClassifier net;
    net.weights = {Eigen::Matrix2d::Identity(), (Eigen::Matrix2d() << 0, 0, 2, 1).finished()};
    net.biases = {Eigen::Vector2d(-0.5, -0.5), Eigen::Vector2d(0.2, 0.0)};
    return net;
}
const Eigen::Vector2d kX0(0.3, 0.45);

}  // namespace

class TestAttackMilp : public QObject {
    Q_OBJECT
  private slots:
    void handNetworkClosedForm_data() {
        QTest::addColumn<double>("margin");
        QTest::addColumn<QString>("tightening");
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("expected");  // −1: infeasible
        for (const char* t : {"none", "interval", "lp"}) {
            for (const char* q : {"any", "target:1", "all-others"}) {
                const QString tag = QString("%1/%2/").arg(t, q);
                // r = 0.21: x2 route 0.26 beats x1 route 0.305.
                QTest::newRow(qPrintable(tag + "m=0.01")) << 0.01 << t << q << 0.26;
                // r = 0.4: x2 route 0.45, x1 route 0.4.
                QTest::newRow(qPrintable(tag + "m=0.2")) << 0.2 << t << q << 0.4;
                // r = 1.1: only both: a = 0.5, b = 0.1 → 0.25 + 0.6.
                QTest::newRow(qPrintable(tag + "m=0.9")) << 0.9 << t << q << 0.85;
                QTest::newRow(qPrintable(tag + "m=1.4")) << 1.4 << t << q << -1.0;
            }
        }
    }
    void handNetworkClosedForm() {
        QFETCH(double, margin);
        QFETCH(QString, tightening);
        QFETCH(QString, query);
        QFETCH(double, expected);
        AttackConfig cfg;
        std::string err;
        QVERIFY(AttackQuery::parse(query.toStdString(), cfg.query, err));
        cfg.query.margin = margin;
        QVERIFY(parseBoundTightening(tightening.toStdString(), cfg.tightening));
        cfg.formulations = {AttackFormulation{}};
        cfg.milpLogLevel = 0;
        const AttackComparison c = runAttackComparison(handNet(), kX0, 0, cfg);
        QVERIFY2(c.message.empty(), c.message.c_str());
        QCOMPARE(static_cast<int>(c.outcomes.size()), 1);
        const AttackOutcome& o = c.outcomes[0];
        if (expected < 0) {
            QCOMPARE(QString::fromStdString(o.status), QString("infeasible"));
            QVERIFY(!o.hasSolution);
            return;
        }
        QCOMPARE(QString::fromStdString(o.status), QString("optimal"));
        QVERIFY2(std::abs(o.objective - expected) < 1e-6,
                 qPrintable(QString("objective %1, expected %2").arg(o.objective).arg(expected)));
        QVERIFY(std::abs(o.verification.l1 - expected) < 1e-6);
        QVERIFY(o.verification.decisionChanged);
        QCOMPARE(o.verification.predictedAfter, 1);
        QVERIFY(o.verification.marginMet);
    }

    void intervalBoundsMakeStableReluBinaryFree() {
        // Box [0.6, 1]²: both ReLUs are stably active, so interval/LP encodings need no ReLU binary
        // while the global-M baseline keeps one per ReLU.
        const MlpClassifier net = handNet();
        const Eigen::VectorXd lo = Eigen::VectorXd::Constant(2, 0.6), hi = Eigen::VectorXd::Ones(2);
        const AttackBounds ib = computeAttackBounds(net, lo, hi, 0, BoundTightening::Interval);
        QCOMPARE(ib.finalStats.stableActive, 2);
        QCOMPARE(ib.finalStats.unstable, 0);
        const AttackBounds nb = computeAttackBounds(net, lo, hi, 0, BoundTightening::None);
        QCOMPARE(nb.finalStats.unstable, 2);
        QVERIFY(nb.finalStats.totalBigM > 0.0);
    }

    void mipIsBelowEveryValidLocalSolution_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<QString>("query");
        QTest::newRow("any") << 3 << "any";
        QTest::newRow("all-others") << 4 << "all-others";
        QTest::newRow("target") << 5 << "target:2";
    }
    void mipIsBelowEveryValidLocalSolution() {
        QFETCH(int, seed);
        QFETCH(QString, query);
        const MlpClassifier net = randomNet({6, 8, 6, 3}, seed);
        Eigen::VectorXd x0 = Eigen::VectorXd::Constant(6, 0.5);
        const int cls = net.predict(x0);
        AttackConfig cfg;
        std::string err;
        QVERIFY(AttackQuery::parse(query.toStdString(), cfg.query, err));
        if (cfg.query.kind == AttackQueryKind::Target && cfg.query.targetClass == cls)
            cfg.query.targetClass = (cls + 1) % 3;
        cfg.milpLogLevel = 0;
        cfg.nlpPrintLevel = 0;
        cfg.timeLimitSeconds = 30;
        const AttackComparison c = runAttackComparison(net, x0, cls, cfg);
        QVERIFY2(c.message.empty(), c.message.c_str());
        QCOMPARE(static_cast<int>(c.outcomes.size()), 4);
        const AttackOutcome& mip = c.outcomes[0];
        if (mip.status == "infeasible") {
            // Then no local answer may be valid with the margin either.
            for (const auto& o : c.outcomes)
                QVERIFY(!o.hasSolution || !o.verification.marginMet ||
                        o.verification.marginAfter < cfg.query.margin);
            return;
        }
        QCOMPARE(QString::fromStdString(mip.status), QString("optimal"));
        int compared = 0;
        for (const auto& o : c.outcomes) {
            if (o.exact || !o.hasSolution) continue;
            // A point that really meets the query (with its margin) is feasible for the MILP.
            if (o.verification.marginAfter >= cfg.query.margin && o.verification.decisionChanged) {
                QVERIFY2(mip.verification.l1 <= o.verification.l1 + 1e-6,
                         qPrintable(QString("%1: local %2 < MIP %3")
                                        .arg(QString::fromStdString(o.formulation))
                                        .arg(o.verification.l1)
                                        .arg(mip.verification.l1)));
                ++compared;
            }
        }
        qInfo("compared %d valid local solutions", compared);
    }

    void recheckFlagsInvalidLocalSolution() {
        const MlpClassifier net = handNet();
        AttackQuery q;
        // The unperturbed point "claims" nothing changed: invalid.
        const AttackVerification same = verifyAttack(net, kX0, kX0, 0, q);
        QVERIFY(!same.decisionChanged);
        QCOMPARE(same.predictedAfter, 0);
        // Softplus β = 1 lies above ReLU: at x0 the surrogate has z1 = 2·log(1 + e^−0.2) +
        // log(1 + e^−0.05) ≈ 1.86 ≥ 0.2 + 0.01 already, so its optimum stays at x0 and does not
        // flip the real network. The comparison must say so.
        AttackConfig cfg;
        cfg.formulations.resize(1);
        cfg.formulations[0].exact = false;
        cfg.formulations[0].relu.beta = 1.0;
        cfg.nlpPrintLevel = 0;
        const AttackComparison c = runAttackComparison(net, kX0, 0, cfg);
        QCOMPARE(static_cast<int>(c.outcomes.size()), 1);
        const AttackOutcome& o = c.outcomes[0];
        QVERIFY(o.hasSolution);
        QVERIFY(o.objective < 0.26);               // "cheaper" than the true optimum...
        QVERIFY(!o.verification.decisionChanged);  // ...because it is not a real attack
        QCOMPARE(o.verification.predictedAfter, 0);
        QVERIFY(o.message.find("keeps class 0") != std::string::npos);
    }

    void overlappedRunGivesTheSameOutcomesInConfigOrder() {
        // The MIP on its own thread beside the local formulations changes when things run, not
        // what they find: same formulations in config order, same answers, same gaps.
        const MlpClassifier net = randomNet({6, 8, 6, 3}, 3);
        const Eigen::VectorXd x0 = Eigen::VectorXd::Constant(6, 0.5);
        const int cls = net.predict(x0);
        AttackConfig cfg;
        cfg.formulations = AttackFormulation::notebookDefaults();
        std::rotate(cfg.formulations.begin(), cfg.formulations.begin() + 1,
                    cfg.formulations.begin() + 3);  // the MIP in the middle: sqrt, softplus:1, mip
        cfg.milpLogLevel = 0;
        cfg.nlpPrintLevel = 0;
        const AttackComparison inOrder = runAttackComparison(net, x0, cls, cfg);
        cfg.overlapExactAndLocal = true;
        std::vector<int> reported;  // hooks run on either thread (never two at once): no QCOMPARE
        bool namesMatch = true;
        AttackHooks hooks;
        hooks.onOutcome = [&](int index, const AttackOutcome& o) {
            namesMatch = namesMatch && o.formulation == cfg.formulations[std::size_t(index)].id();
            reported.push_back(index);
        };
        const AttackComparison overlapped = runAttackComparison(net, x0, cls, cfg, hooks);
        QCOMPARE(overlapped.outcomes.size(), cfg.formulations.size());
        QCOMPARE(inOrder.outcomes.size(), cfg.formulations.size());
        QVERIFY(namesMatch);
        std::sort(reported.begin(), reported.end());
        QCOMPARE(reported, (std::vector<int>{0, 1, 2, 3}));
        QVERIFY(!overlapped.cancelled);
        for (std::size_t k = 0; k < cfg.formulations.size(); ++k) {
            const AttackOutcome& a = inOrder.outcomes[k];
            const AttackOutcome& b = overlapped.outcomes[k];
            QCOMPARE(b.formulation, cfg.formulations[k].id());
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.hasSolution, a.hasSolution);
            if (!a.hasSolution) continue;
            QVERIFY(std::abs(a.objective - b.objective) < 1e-6);
            QVERIFY(std::isfinite(b.gapToMip) == std::isfinite(a.gapToMip));
            if (std::isfinite(a.gapToMip)) QVERIFY(std::abs(a.gapToMip - b.gapToMip) < 1e-6);
        }
    }

    void workerBackendGivesTheSameOptimumAndBounds() {
        // Three hidden layers: LP tightening runs batches for layers 2 and 3 and the logit
        // differences, all through the backend (solveMany), then the MILP (solve).
        const std::string cli = qEnvironmentVariable("SPARSEMIP_CLI").toStdString();
        QVERIFY2(!cli.empty(), "SPARSEMIP_CLI is not set (run through ctest)");
        const MlpClassifier net = randomNet({6, 8, 8, 6, 3}, 6, 0.5);  // optimum ≈ 0.358
        const Eigen::VectorXd x0 = Eigen::VectorXd::Constant(6, 0.5);
        const int cls = net.predict(x0);
        AttackConfig cfg;
        cfg.query.kind = AttackQueryKind::AnyOther;
        cfg.tightening = BoundTightening::Lp;
        cfg.formulations = {AttackFormulation{}};
        cfg.milpLogLevel = 0;
        const AttackComparison here = runAttackComparison(net, x0, cls, cfg);
        const WorkerProcessMilpBackend worker(cli, 2);
        std::vector<AttackPhase> phases;
        AttackHooks hooks;
        hooks.onPhase = [&](const AttackPhase& p) { phases.push_back(p); };
        const AttackComparison there = runAttackComparison(net, x0, cls, cfg, hooks, {}, worker);
        QVERIFY2(here.message.empty() && there.message.empty(), there.message.c_str());
        QCOMPARE(here.outcomes.size(), std::size_t(1));
        QCOMPARE(there.outcomes.size(), std::size_t(1));
        const AttackOutcome& a = here.outcomes[0];
        const AttackOutcome& b = there.outcomes[0];
        QCOMPARE(QString::fromStdString(a.status), QString("optimal"));
        QCOMPARE(QString::fromStdString(b.status), QString("optimal"));
        QVERIFY2(std::abs(a.objective - b.objective) < 1e-6,
                 qPrintable(QString("in-process %1, worker %2").arg(a.objective).arg(b.objective)));
        QVERIFY(b.verification.decisionChanged);
        // The same LPs with the same answers: the same bounds, hence the same MILP.
        QVERIFY(there.bounds.lpSolves > 0);
        QCOMPARE(there.bounds.lpSolves, here.bounds.lpSolves);
        QCOMPARE(there.bounds.lpFailures, 0);
        QCOMPARE(there.milpBinaries, here.milpBinaries);
        QVERIFY((there.bounds.diffLower - here.bounds.diffLower).norm() < 1e-6);
        QVERIFY((there.bounds.diffUpper - here.bounds.diffUpper).norm() < 1e-6);
        for (std::size_t l = 0; l < here.bounds.layers.lower.size(); ++l) {
            QVERIFY((there.bounds.layers.lower[l] - here.bounds.layers.lower[l]).norm() < 1e-6);
            QVERIFY((there.bounds.layers.upper[l] - here.bounds.layers.upper[l]).norm() < 1e-6);
        }
        // Phases in order: bounds (start, LP batches 1..3 of 3), then the MILP solve.
        QVERIFY(phases.size() >= 2);
        QCOMPARE(int(phases.front().kind), int(AttackPhase::Kind::Bounds));
        QCOMPARE(int(phases.back().kind), int(AttackPhase::Kind::MipSolve));
        QCOMPARE(phases.back().binaries, there.milpBinaries);
        QCOMPARE(phases[phases.size() - 2].step, 3);
        QCOMPARE(phases[phases.size() - 2].steps, 3);
    }

    // A stop at any point of a solve that is far from done must come back Cancelled: never
    // Infeasible (the attack MILP is feasible: x0's own class margin can be flipped within the
    // box) and never Optimal. The stop is requested inside the k-th CBC log line (preprocessing,
    // root LP, cuts) or the k-th progress sample (branch and bound), so the point is reproducible.
    void cancelStopsCbc_data() {
        QTest::addColumn<QString>("event");
        QTest::addColumn<int>("k");
        QTest::newRow("1st log line") << "log" << 1;
        QTest::newRow("5th log line") << "log" << 5;
        QTest::newRow("20th log line") << "log" << 20;
        QTest::newRow("1st progress sample") << "progress" << 1;
    }
    void cancelStopsCbc() {
        QFETCH(QString, event);
        QFETCH(int, k);
        // A random 64-24-16-10 net with the naive global big-M is far too hard to finish quickly.
        const MlpClassifier net = randomNet({64, 24, 16, 10}, 8);
        const Eigen::VectorXd lo = Eigen::VectorXd::Zero(64), hi = Eigen::VectorXd::Ones(64);
        const Eigen::VectorXd x0 = Eigen::VectorXd::Constant(64, 0.5);
        const int cls = net.predict(x0);
        const AttackBounds b = computeAttackBounds(net, lo, hi, cls, BoundTightening::None);
        AttackQuery q;
        q.kind = AttackQueryKind::AllOthers;
        const AttackMilp milp = buildAttackMilp(net, b, x0, cls, q, lo, hi);
        std::stop_source stop;
        int logs = 0, samples = 0;
        bool stopped = false;
        MilpHooks hooks;
        hooks.onLog = [&](const std::string&) {
            if (++logs == k && event == "log") stopped = stop.request_stop();
        };
        hooks.onProgress = [&](const MilpProgress&) {
            if (++samples == k && event == "progress") stopped = stop.request_stop();
        };
        MilpOptions opt;
        opt.timeLimitSeconds = 60;  // a solve that ignored the stop ends at this limit instead
        opt.logLevel = 1;
        const MilpResult r = solveMilp(milp.problem, opt, hooks, stop.get_token());
        QVERIFY2(stopped, "the solve ended before the k-th event");
        QVERIFY2(r.status != MilpStatus::Infeasible, r.message.c_str());
        QCOMPARE(statusId(r.status), statusId(MilpStatus::Cancelled));
    }
};

QTEST_APPLESS_MAIN(TestAttackMilp)
#include "test_attack_milp.moc"
