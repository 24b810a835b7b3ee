// Offscreen: the Sparsest page solves a small instance in a worker process, charts the progress,
// decodes and verifies the network; the rank lower bound proves N = 7 from the page; cancel stops
// the rank enumeration before CBC starts; infeasible bounds get a message; the whole pipeline
// (train, pick, bound, solve) runs as one job and hands its trained models to the Train page.
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/generators.h"
#include "core/data/line_generators.h"
#include "core/onnx/onnx_reader.h"
#include "core/session/model_choice.h"
#include "core/sparsest/interpolant.h"
#include "core/sparsest/verification.h"
#include "core/train/train_sequence.h"
#include "ui/charts/function_view.h"
#include "ui/charts/solver_chart.h"
#include "ui/main/app_state.h"
#include "ui/sparsest/sparsest_page.h"
#include "ui/train/train_page.h"

using namespace smip;
using namespace smip::ui;

namespace {

// A Sparsest page on its own state, with manual bounds 2 and the given data, not interactive.
struct PageUnderTest {
    AppState state;
    TrainPage train{&state};
    SparsestPage page{&state};

    explicit PageUnderTest(const Dataset& data, double timeLimit = 60.0, double bounds = 2.0) {
        page.setInteractive(false);
        page.setTrainingSource([this](SparsestPipelineConfig& c) {
            c.regularizers = train.checkedRegularizers();
            c.train = train.config();
            c.initSeed = train.initSeed();
        });
        state.setDataset(data, "test data");
        page.setManualBounds(bounds, bounds);
        page.setTimeLimit(timeLimit);
    }
    /// Starts a solve and waits for it; nullptr when it did not finish with a result.
    const SparsestResult* solveAndWait() {
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        if (!done.wait(90000) || !page.lastResult()) return nullptr;
        return &*page.lastResult();
    }
    QString status() const { return page.findChild<QLabel*>("status")->text(); }
};

}  // namespace

class TestSparsestPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("SPARSEMIP_CLI").isEmpty(), "SPARSEMIP_CLI not set");
    }

    void solvesSmallInstanceAndVerifies() {
        PageUnderTest t(generateRandom(3, 2, 0));
        const SparsestResult* result = t.solveAndWait();
        QVERIFY(result);
        const SparsestResult& r = *result;
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QVERIFY(r.hasNetwork);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QCOMPARE(double(r.verification.nonzeros), std::round(r.milp.objective));
        QVERIFY(t.page.solverChart()->sampleCount() > 0);
        // Export ONNX… writes the decoded network; core/onnx reads it back (float32 weights).
        QTemporaryDir dir;
        QCOMPARE(t.page.exportOnnxNetwork(dir.filePath("milp.onnx")), QString());
        OnnxNetwork file;
        std::string error;
        QVERIFY2(readOnnxModel(dir.filePath("milp.onnx").toStdString(), file, error),
                 error.c_str());
        QCOMPARE(file.net.weights[0], r.net.W.cast<float>().cast<double>().eval());
        QCOMPARE(file.net.weights[1],
                 Eigen::MatrixXd(r.net.v.transpose().cast<float>().cast<double>()));
    }

    void functionViewShowsTheMilpBesideTheTrained() {
        // 1-D data: a trained model's curve and, after the solve, the MILP network's curve beside
        // it, each equal to its network's output on the view's grid.
        PageUnderTest t(generateLine(Line1D::Bump, 6, 0.0, 0));
        RegularizerSpec spec;
        QVERIFY(RegularizerSpec::parse("p0.4", spec));
        TrainConfig config;
        config.epochs = 2000;
        const Dataset& data = t.state.dataset();
        t.state.setTrainResults({trainShallow(data, initShallowNet(1, 6, 0), spec, config)},
                                config);
        const FunctionView* view = t.page.functionView();
        QCOMPARE(view->mode(), FunctionView::Mode::Line);
        QCOMPARE(view->curveKeys(), QStringList{"p0.4"});
        const SparsestResult* result = t.solveAndWait();
        QVERIFY(result);
        QVERIFY(result->hasNetwork);
        QCOMPARE(view->curveKeys(), (QStringList{"p0.4", "milp"}));
        const PlotBox box = view->box();
        const int n = FunctionView::kCurvePoints;
        Eigen::MatrixXd X(n, 1);
        for (int i = 0; i < n; ++i)
            X(i, 0) = gridCoordinate(box.x0, box.x1, i, n);
        QVERIFY((*view->curve("milp") - predict(result->net, X)).cwiseAbs().maxCoeff() < 1e-9);
        QVERIFY((*view->curve("p0.4") - predict(t.state.trainResults()[0].net, X))
                    .cwiseAbs()
                    .maxCoeff() < 1e-9);
        // The exact fit passes through the six points, so its curve has kinks between them.
        QVERIFY(!view->breakpoints("milp")->empty());
    }

    void rankBoundProvesSevenFromThePage() {
        PageUnderTest t(generateRandom(7, 5, 0));
        const SparsestResult* result = t.solveAndWait();
        QVERIFY(result);
        const SparsestResult& r = *result;
        QVERIFY2(r.rankBound.computed, r.rankBound.reason.c_str());
        QCOMPARE(r.rankBound.bound, 7);
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QCOMPARE(std::lround(r.milp.objective), 7L);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QCOMPARE(r.verification.nonzeros, 7);
        // The bound is charted from the moment it is proven, on the same clock as CBC's samples.
        QVERIFY(t.page.solverChart()->sampleCount() > 0);
        QVERIFY(r.milp.seconds >= r.rankBound.seconds);
        const QString status = t.status();
        QVERIFY2(status.contains("Rank bound"), qPrintable(status));
        // Under the chart: the rank bound's last report, what it had proven before CBC started.
        const QLabel* phase = t.page.solverChart()->findChild<QLabel*>("phase");
        QVERIFY(phase && !phase->isHidden());
        QVERIFY2(phase->text().startsWith("Rank bound: level") &&
                     phase->text().contains("at least 7 nonzeros"),
                 qPrintable(phase->text()));
    }

    void withoutAStartRestartsOnCappedSlots() {
        // No trained model and no rank bound: CBC's first small incumbent caps the sign slots
        // and the solve continues on the smaller model, as in the CLI.
        PageUnderTest t(generateRandom(4, 5, 0));
        t.page.setRankBound(false);
        const SparsestResult* result = t.solveAndWait();
        QVERIFY(result);
        const SparsestResult& r = *result;
        QVERIFY(!r.rankBound.computed);
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QCOMPARE(std::lround(r.milp.objective), 4L);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QVERIFY2(r.positiveSlots + r.negativeSlots < 2 * 4,
                 qPrintable(QString("slots %1 + %2").arg(r.positiveSlots).arg(r.negativeSlots)));
        QVERIFY(!t.status().contains("Cancel"));
    }

    void cancelStopsTheRankEnumeration() {
        // Cancel while the rank bound is being enumerated (N = 9: tens of seconds): CBC never
        // starts and the result says Cancelled, without a network and without a search. The
        // enumeration has no progress events to stop at; its latency in seconds is measured by
        // bench_cancel (BM_CancelRankBound).
        PageUnderTest t(generateRandom(9, 5, 0), 120.0);
        SparsestPage& page = t.page;
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        QVERIFY(page.isBusy());
        QVERIFY2(t.status().contains("rank lower bound"), qPrintable(t.status()));
        page.cancel();
        QVERIFY(done.wait(120000));  // liveness only, not a latency bound
        QVERIFY(!page.isBusy());
        QVERIFY(page.lastResult().has_value());
        const SparsestResult& r = *page.lastResult();
        QCOMPARE(r.milp.status, MilpStatus::Cancelled);
        QVERIFY(!r.hasNetwork);
        QCOMPARE(r.milp.nodes, 0LL);  // CBC never searched
        QVERIFY2(t.status().startsWith("Cancelled"), qPrintable(t.status()));
    }

    void pipelineTrainsPicksAndSolvesAsOneJob() {
        PageUnderTest t(generateRandom(5, 3, 0), 60.0);
        t.train.setEpochs(20000);
        QSignalSpy done(&t.page, &SparsestPage::solveFinished);
        t.page.runPipeline();
        QVERIFY(t.page.isBusy());
        QVERIFY(done.wait(120000));
        // The trained models are in AppState (the Train page and the comparison show them)...
        QCOMPARE(t.state.trainResults().size(), t.train.checkedRegularizers().size());
        QCOMPARE(t.train.resultsTable()->rowCount(), int(t.state.trainResults().size()));
        // ...and the MILP ran from the sparsest one that fits, its start charted.
        const SparsestResult& r = *t.page.lastResult();
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QVERIFY(r.warmStart.attempted);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QCOMPARE(r.verification.nonzeros, 5);  // random data: N nonzeros (the rank bound proves it)
        const TrainResult* chosen = pickSparsestFit(t.state.trainResults(), t.state.dataset());
        QVERIFY(chosen);
        QVERIFY(r.verification.nonzeros <= chosen->final.nonzeros);
    }

    // Random 1-D points: no trained model fits after a few epochs and the default bounds 2 hold no
    // fitting network. The pipeline starts from the interpolating network with raised bounds, the
    // form shows those bounds, and the status says so (it used to end "infeasible").
    void pipelineOnOneDimensionalDataStartsFromTheInterpolant() {
        Dataset data = generateRandom(6, 1, 1);
        PageUnderTest t(data, 3.0);
        t.train.setCheckedRegularizers({"none"});
        t.train.setEpochs(1);
        QSignalSpy done(&t.page, &SparsestPage::solveFinished);
        t.page.runPipeline();
        QVERIFY(done.wait(120000));
        const SparsestResult& r = *t.page.lastResult();
        QVERIFY(r.hasNetwork);
        QVERIFY2(r.verification.passed, r.verification.message.c_str());
        QVERIFY(r.warmStart.feasible);
        QVERIFY(r.config.wBound > 2.0);
        QVERIFY(t.status().contains("interpolating network"));
        const auto interpolant = interpolatingNetwork(data.X, data.y);
        QVERIFY(interpolant.has_value());
        QVERIFY(r.verification.nonzeros <= countSparsestNonzeros(interpolant->net, true));
        // The form now holds the bounds the MILP ran with (rounded up), so Solve repeats it.
        const SparsestConfig again = t.page.config().sparsest;
        QVERIFY(again.wBound >= r.config.wBound - 1e-12);
        QVERIFY(again.wBound <= r.config.wBound + 1e-4);
        QVERIFY(again.bBound >= r.config.bBound - 1e-12);
    }

    void pipelineCancelDuringTrainingKeepsTheModels() {
        PageUnderTest t(generateRandom(5, 3, 0), 60.0);
        t.train.setEpochs(10000000);  // the form's maximum: far longer than the test runs
        t.page.runPipeline();
        // Stop once training has reported progress (an event, not a wall-clock time).
        QTRY_VERIFY_WITH_TIMEOUT(t.status().contains("epoch") && !t.status().contains("epoch 0 "),
                                 60000);
        t.page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!t.page.isBusy(), 60000);  // liveness only
        QVERIFY(!t.page.lastResult().has_value());
        QCOMPARE(t.status(), QString("Pipeline cancelled during training."));
        QVERIFY(!t.state.trainResults().empty());
        // A fast one (no prox step) may have finished its 10^7 epochs; the rest were stopped.
        int stopped = 0;
        for (const TrainResult& m : t.state.trainResults())
            if (m.status == TrainStatus::Cancelled) {
                QVERIFY(m.epochsRun < t.train.config().epochs);
                ++stopped;
            }
        QVERIFY(stopped > 0);
    }

    void formStartsAtCoreDefaultsAndRoundTrips() {
        AppState state;
        SparsestPage page{&state};
        const SparsestForm f = page.config();
        QCOMPARE(f.sparsest.wBound, SparsestConfig{}.wBound);
        QCOMPARE(f.sparsest.bBound, SparsestConfig{}.bBound);
        QCOMPARE(f.sparsest.rankBound, SparsestConfig{}.rankBound);
        QCOMPARE(f.sparsest.countBiases, SparsestConfig{}.countBiases);
        QCOMPARE(f.milp.timeLimitSeconds, MilpOptions{}.timeLimitSeconds);
        QCOMPARE(f.margin, SparsestPipelineConfig{}.margin);
        SparsestForm g = f;
        g.sparsest.variant = SparsestVariant::Published;
        g.sparsest.width = 4;
        g.sparsest.epsilon = 0.125;
        g.sparsest.wBound = 3.5;
        g.sparsest.countBiases = false;
        g.margin = 0.5;
        g.milp.timeLimitSeconds = 17;
        g.milp.threads = 2;
        page.setConfig(g);
        const SparsestForm h = page.config();
        QCOMPARE(h.sparsest.variant, SparsestVariant::Published);
        QCOMPARE(h.sparsest.width, 4);
        QCOMPARE(h.sparsest.epsilon, 0.125);
        QCOMPARE(h.sparsest.wBound, 3.5);
        QVERIFY(!h.sparsest.countBiases);
        QCOMPARE(h.margin, 0.5);
        QCOMPARE(h.milp.timeLimitSeconds, 17.0);
        QCOMPARE(h.milp.threads, 2);
        QVERIFY(!h.boundsFromModel);  // no trained model yet: manual bounds
    }

    void infeasibleBoundsGetAMessage() {
        Dataset d = generateRandom(3, 2, 0);
        d.y *= 1000.0;  // unreachable with |w|, |b| ≤ 1e-3
        PageUnderTest t(d, 60.0, 1e-3);
        SparsestPage& page = t.page;
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        // Refused up front by the reachability proof: nothing starts, the status line says why.
        QVERIFY(!page.isBusy());
        QCOMPARE(done.count(), 0);
        QVERIFY(!page.lastResult().has_value());
        const QString status = t.status();
        QVERIFY2(status.startsWith("Cannot solve: infeasible"), qPrintable(status));
        QVERIFY2(status.contains("sample"), qPrintable(status));  // which sample cannot be reached
        QVERIFY2(status.contains("increase the weight bounds"), qPrintable(status));  // what to do
    }
};

QTEST_MAIN(TestSparsestPage)
#include "test_sparsest_page.moc"
