// Offscreen: the Adversarial page trains a small digits classifier, attacks one test image with
// the exact MIP (worker process) and a softplus surrogate (Ipopt thread), and fills the comparison;
// the MIP's proven optimum is never beaten by a local answer that really flips the network; Cancel
// ends a hard solve quickly; a saved classifier loads back with the same predictions.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "ui/adversarial/adversarial_page.h"
#include "ui/adversarial/comparison_table.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/main/app_state.h"

using namespace smip;
using namespace smip::ui;

class TestAdversarialPage : public QObject {
    Q_OBJECT
  private:
    // Trains hidden sizes `hidden` on the page and waits for the finished signal.
    static void train(AdversarialPage& page, const QString& hidden, int epochs) {
        page.setHiddenSizes(hidden);
        page.setEpochs(epochs);
        page.setSeed(0);
        QSignalSpy done(&page, &AdversarialPage::trainingFinished);
        page.startTraining();
        QVERIFY(page.isTraining());
        QVERIFY(done.wait(60000));
        QVERIFY2(page.hasModel(), qPrintable(page.statusText()));
    }

    // A hard MIP: weak bounds, the strictest query and every local formulation, so the run is
    // far from done when a test cancels it.
    static void setUpHardAttack(AdversarialPage& page) {
        page.setInteractive(false);
        train(page, "64,32", 3);
        if (QTest::currentTestFailed()) return;
        QVERIFY(page.pickRandomCorrect());
        page.setQuery(AttackQuery{AttackQueryKind::AllOthers, -1, 0.01});
        page.setTightening(BoundTightening::None);
        page.setTimeLimit(120);
        page.setFormulations(true, true, true, true);
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("SPARSEMIP_CLI").isEmpty(), "SPARSEMIP_CLI not set");
    }

    void formStartsAtCoreDefaultsAndRoundTrips() {
        AppState state;
        AdversarialPage page(&state);
        const AttackConfig core;
        const AttackConfig f = page.config();
        QCOMPARE(f.query.kind, core.query.kind);
        QCOMPARE(f.query.margin, core.query.margin);
        QCOMPARE(f.tightening, core.tightening);
        QCOMPARE(f.formulations.size(), core.formulations.size());
        for (std::size_t k = 0; k < core.formulations.size(); ++k)
            QCOMPARE(f.formulations[k].id(), core.formulations[k].id());
        AttackConfig g = f;
        g.query = AttackQuery{AttackQueryKind::Target, 3, 0.5};
        g.tightening = BoundTightening::Interval;
        g.timeLimitSeconds = 12;
        g.formulations.erase(g.formulations.begin());  // no MIP
        g.formulations.back().relu.beta = 7.5;
        page.setConfig(g);
        const AttackConfig h = page.config();
        QCOMPARE(h.query.kind, AttackQueryKind::Target);
        QCOMPARE(h.query.targetClass, 3);
        QCOMPARE(h.query.margin, 0.5);
        QCOMPARE(h.tightening, BoundTightening::Interval);
        QCOMPARE(h.timeLimitSeconds, 12.0);
        QCOMPARE(h.formulations.size(), g.formulations.size());
        for (std::size_t k = 0; k < g.formulations.size(); ++k)
            QCOMPARE(h.formulations[k].id(), g.formulations[k].id());
    }

    void trainsAndComparesMipWithSoftplus() {
        AppState state;
        AdversarialPage page(&state);
        page.setInteractive(false);
        page.resize(1400, 900);
        page.show();
        train(page, "16", 15);
        QVERIFY(page.trainingChart()->receivedCount("loss") == 15);
        QVERIFY(page.pickRandomCorrect());

        page.setQuery(AttackQuery{AttackQueryKind::AnyOther, -1, 0.01});
        page.setTightening(BoundTightening::Interval);
        page.setTimeLimit(30);
        page.setFormulations(true, false, true, false);
        page.setSoftplusBetas(5.0, 1.0);
        QSignalSpy done(&page, &AdversarialPage::solveFinished);
        page.solve();
        QVERIFY2(page.isSolving(), qPrintable(page.statusText()));
        QVERIFY(done.wait(60000));
        QVERIFY(!page.isSolving());

        const auto outcomes = page.outcomes();
        QCOMPARE(outcomes.size(), std::size_t(2));
        QCOMPARE(page.comparisonTable()->rowCount(), 2);
        const AttackOutcome& mip = outcomes[0];
        QVERIFY(mip.exact);
        QVERIFY2(mip.status == "optimal", mip.message.c_str());
        QVERIFY(mip.hasSolution);
        // The MIP's point flips the real network (independent re-check on the ReLU network).
        QVERIFY(mip.verification.decisionChanged);
        QVERIFY(mip.verification.predictedAfter != mip.verification.predictedBefore);
        QVERIFY(page.solverChart()->sampleCount() > 0);
        QCOMPARE(outcomes[1].formulation, std::string("softplus:5"));
        QVERIFY(page.localChart()->receivedCount("f0") > 0);
        // Exactness: no local point that really flips the network with the margin is closer.
        for (const auto& o : outcomes) {
            if (o.exact || !o.hasSolution || !o.verification.decisionChanged) continue;
            if (o.verification.marginAfter < 0.01)
                continue;  // within solver tolerance of the margin
            QVERIFY2(
                mip.objective <= o.verification.l1 + 1e-6,
                qPrintable(QString("MIP %1 > local %2").arg(mip.objective).arg(o.verification.l1)));
        }
    }

    void cancelAtTheKthSampleKeepsTheIncumbent() {
        // Cancel once the 3rd MILP progress sample is on the chart (CBC is then in its search,
        // where it polls for stops). The MIP row must be the worker's own Cancelled result with
        // its incumbent, not the "stopped before reporting" of a worker killed for ignoring the
        // cancel. Seconds are measured by bench_cancel.
        AppState state;
        AdversarialPage page(&state);
        setUpHardAttack(page);
        if (QTest::currentTestFailed()) return;
        QSignalSpy done(&page, &AdversarialPage::solveFinished);
        page.solve();
        QVERIFY(page.isSolving());
        QTRY_VERIFY_WITH_TIMEOUT(page.solverChart()->sampleCount() >= 3 || done.count() > 0, 60000);
        QVERIFY2(done.count() == 0, "the solve ended before the cancel: pick a harder instance");
        const bool hadIncumbent = page.solverChart()->chart()->receivedCount("incumbent") > 0;
        page.cancel();
        QVERIFY(done.count() > 0 || done.wait(60000));  // liveness only
        QVERIFY(!page.isSolving());
        const auto outcomes = page.outcomes();
        QVERIFY(!outcomes.empty());
        const AttackOutcome& mip = outcomes[0];
        QVERIFY(mip.exact);
        QCOMPARE(QString::fromStdString(mip.status), QString("cancelled"));
        QVERIFY2(mip.message.rfind("cancelled", 0) == 0, mip.message.c_str());  // the worker's
        if (hadIncumbent) QVERIFY2(mip.hasSolution, mip.message.c_str());
        QVERIFY2(page.statusText().contains("Cancelled"), qPrintable(page.statusText()));
    }

    void cancelKeepsTheIncumbentAndTheFinishedLocals() {
        // The MIP runs beside the local formulations. On a hard MIP (weak bounds, the strictest
        // query) the three local answers finish first; cancel at the 3rd MILP progress sample
        // after that. The result keeps both: the MIP's Cancelled row with the worker's incumbent
        // and the three local rows, and nothing is left "running". Seconds are measured by
        // bench_cancel.
        AppState state;
        AdversarialPage page(&state);
        setUpHardAttack(page);
        if (QTest::currentTestFailed()) return;
        QSignalSpy done(&page, &AdversarialPage::solveFinished);
        page.solve();
        QVERIFY(page.isSolving());
        QTRY_VERIFY_WITH_TIMEOUT(page.outcomes().size() == 3 || done.count() > 0, 60000);
        QVERIFY2(done.count() == 0, "the run ended before the local answers: pick a harder MIP");
        const int samplesThen = page.solverChart()->sampleCount();
        QTRY_VERIFY_WITH_TIMEOUT(
            page.solverChart()->sampleCount() >= samplesThen + 3 || done.count() > 0, 60000);
        QVERIFY2(done.count() == 0, "the MIP ended before the cancel: pick a harder instance");
        const bool hadIncumbent = page.solverChart()->chart()->receivedCount("incumbent") > 0;
        page.cancel();
        QVERIFY(done.count() > 0 || done.wait(60000));  // liveness only
        QVERIFY(!page.isSolving());
        QVERIFY2(page.statusText().contains("Cancelled"), qPrintable(page.statusText()));
        const auto outcomes = page.outcomes();
        QCOMPARE(outcomes.size(), std::size_t(4));
        QCOMPARE(page.comparisonTable()->rowCount(), 4);
        const AttackOutcome& mip = outcomes[0];
        QVERIFY(mip.exact);
        QCOMPARE(QString::fromStdString(mip.status), QString("cancelled"));
        if (hadIncumbent) QVERIFY2(mip.hasSolution, mip.message.c_str());
        for (std::size_t k = 1; k < 4; ++k) {
            QVERIFY(!outcomes[k].exact);
            QVERIFY2(outcomes[k].status != "cancelled", outcomes[k].formulation.c_str());
        }
    }

    void destroyingDuringSolveStopsWorkers() {
        // Destroying the page joins the Ipopt thread and kills the solver process: an ignored
        // stop would hang here until ctest's timeout.
        AppState state;
        auto page = std::make_unique<AdversarialPage>(&state);
        page->setInteractive(false);
        train(*page, "64,32", 3);
        QVERIFY(page->pickRandomCorrect());
        page->setTightening(BoundTightening::None);
        page->setQuery(AttackQuery{AttackQueryKind::AllOthers, -1, 0.01});
        page->setTimeLimit(120);
        QSignalSpy done(page.get(), &AdversarialPage::solveFinished);
        page->solve();
        QTRY_VERIFY_WITH_TIMEOUT(page->solverChart()->sampleCount() >= 1 || done.count() > 0,
                                 60000);
        QVERIFY(page->isSolving());
        page.reset();
        QCOMPARE(done.count(), 0);
    }

    void savesAndLoadsTheClassifier() {
        AppState state;
        AdversarialPage page(&state);
        page.setInteractive(false);
        train(page, "8", 2);
        QTemporaryDir dir;
        const QString path = dir.filePath("net.json");
        QCOMPARE(page.saveModel(path), QString());
        const MlpClassifier before = *page.model();
        AdversarialPage other(&state);
        other.setInteractive(false);
        QCOMPARE(other.loadModel(path), QString());
        QVERIFY(other.hasModel());
        const Eigen::VectorXd x = Eigen::VectorXd::Constant(64, 0.3);
        QVERIFY((other.model()->logits(x) - before.logits(x)).norm() < 1e-9);
        // A file that is not a classifier gives a message, not a crash.
        QFile bad(dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": 3}");
        bad.close();
        QVERIFY(!other.loadModel(bad.fileName()).isEmpty());
        QVERIFY(other.hasModel());  // the previous one is kept

        // Export ONNX… and Load… of the .onnx: the same network (float32 weights) with its
        // recorded input scaling; a PyTorch model (no scaling recorded) gets pixels / 16.
        const QString onnx = dir.filePath("net.onnx");
        QCOMPARE(page.exportOnnxModel(onnx), QString());
        QCOMPARE(other.loadModel(onnx), QString());
        QCOMPARE(other.model()->inputScale, before.inputScale);
        QVERIFY((other.model()->logits(x) - before.logits(x)).norm() < 1e-4);
        QCOMPARE(other.loadModel(QStringLiteral(SPARSEMIP_ONNX_DATA "/digits_mlp.onnx")),
                 QString());
        QCOMPARE(other.model()->layerSizes(), (std::vector<int>{64, 16, 10}));
        QCOMPARE(other.model()->inputScale, Eigen::VectorXd::Constant(64, 1.0 / 16.0));
        bad.open(QIODevice::WriteOnly);
        bad.write("{\"format\": 3}");
        bad.close();
        QFile::rename(bad.fileName(), dir.filePath("bad.onnx"));
        const QString message = other.loadModel(dir.filePath("bad.onnx"));
        QVERIFY2(message.contains("not an ONNX model"), qPrintable(message));
    }
};

QTEST_MAIN(TestAdversarialPage)
#include "test_adversarial_page.moc"
