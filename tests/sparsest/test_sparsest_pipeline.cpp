// Tests of the seed pipeline as one function (core/sparsest/sparsest_pipeline.h): training on
// several threads gives what training one after another gives; the pipeline takes its bounds and
// start from the sparsest model that fits (and never from one that does not) and proves the
// sparsest network, on the in-process and
// on the worker-process backend alike; a stop at the k-th training sample ends it before the MILP.
// The worker is the real CLI executable (path in env SPARSEMIP_CLI, set by ctest).
#include <QtTest>

#include <atomic>

#include "core/data/generators.h"
#include "core/milp/worker_client.h"
#include "core/session/model_choice.h"
#include "core/sparsest/fit_repair.h"
#include "core/sparsest/sparsest_pipeline.h"
#include "core/sparsest/sparsest_warm_start.h"

using namespace smip;

namespace {

SparsestPipelineConfig smallPipeline() {
    SparsestPipelineConfig c;
    c.train.epochs = 20000;
    c.milp.timeLimitSeconds = 60.0;
    c.milp.logLevel = 0;
    return c;
}

}  // namespace

class TestSparsestPipeline : public QObject {
    Q_OBJECT
  private slots:
    void concurrentTrainingEqualsSequential() {
        const Dataset data = generateRandom(5, 3, 1);
        const ShallowReluNet init = initShallowNet(3, 5, 7);
        TrainConfig tc;
        tc.epochs = 3000;
        const auto specs = defaultRegularizers();
        const auto one = trainRegularizers(data, init, specs, tc, {}, {}, 1);
        const auto two = trainRegularizers(data, init, specs, tc, {}, {}, 2);
        QCOMPARE(two.size(), specs.size());
        for (std::size_t i = 0; i < specs.size(); ++i) {
            QCOMPARE(two[i].regularizer.id(), specs[i].id());
            QCOMPARE(two[i].status, TrainStatus::Finished);
            QCOMPARE(two[i].final.nonzeros, one[i].final.nonzeros);
            QCOMPARE(two[i].final.mse, one[i].final.mse);  // bitwise: same arithmetic per thread
        }
    }

    void pipelineProvesTheSparsestNetworkOnBothBackends() {
        const Dataset data = generateRandom(5, 3, 0);
        const SparsestPipelineConfig config = smallPipeline();
        const SparsestPipelineResult a = runSparsestPipeline(data, config);
        QVERIFY(a.solved);
        QCOMPARE(a.trained.size(), config.regularizers.size());
        // The chosen model is the one with the fewest nonzeros once repaired to fit exactly,
        // and the MILP's bounds are the repaired network's own.
        QVERIFY(a.chosenFits);
        QVERIFY(a.repair.has_value());
        QVERIFY(a.repair->fits);
        QVERIFY(a.repair->residual <= 1e-9 * (1.0 + data.y.cwiseAbs().maxCoeff()));
        for (const TrainResult& t : a.trained) {
            const FitRepair other = repairToFit(data.X, data.y, t.net, true, 0.0);
            QVERIFY(!other.fits || other.nonzeros >= a.repair->nonzeros);
        }
        const SparsestBounds b = boundsFromModel(a.repair->net, config.margin);
        QCOMPARE(a.sparsest.config.wBound, b.wBound);
        QCOMPARE(a.sparsest.config.bBound, b.bBound);
        QVERIFY(a.sparsest.warmStart.attempted);
        QVERIFY2(a.sparsest.warmStart.feasible, a.sparsest.warmStart.message.c_str());
        QVERIFY2(a.sparsest.milp.status == MilpStatus::Optimal, a.sparsest.milp.message.c_str());
        QVERIFY2(a.sparsest.verification.passed, a.sparsest.verification.message.c_str());
        QVERIFY(a.sparsest.verification.nonzeros <= a.repair->nonzeros);

        const WorkerProcessMilpBackend worker(qEnvironmentVariable("SPARSEMIP_CLI").toStdString());
        const SparsestPipelineResult w = runSparsestPipeline(data, config, {}, {}, worker);
        QVERIFY2(w.sparsest.milp.status == MilpStatus::Optimal, w.sparsest.milp.message.c_str());
        QCOMPARE(w.sparsest.milp.objective, a.sparsest.milp.objective);
        QVERIFY2(w.sparsest.verification.passed, w.sparsest.verification.message.c_str());
    }

    void boundsOnlyFromAModelThatFits() {
        // Issue 17's 1-D bump: x = −2…3, y = (0, 0, 1, 1, 0, 0). A model trained for 1 epoch
        // does not fit; its bounds must not be the MILP's (they could exclude the sparsest
        // network) nor its start: the configured bounds (2, 2) stay, and they admit a network
        // with 6 nonzeros (three units, written out below).
        Dataset data;
        data.X.resize(6, 1);
        data.y.resize(6);
        for (int n = 0; n < 6; ++n)
            data.X(n, 0) = n - 2;
        data.y << 0, 0, 1, 1, 0, 0;
        ShallowReluNet known;
        known.W = Eigen::MatrixXd(3, 1);
        known.W << 1, 1, 2;
        known.b = Eigen::Vector3d(1, -2, -1);
        known.v = Eigen::Vector3d(1, 1, -1);
        const Eigen::MatrixXd pre = (data.X * known.W.transpose()).rowwise() + known.b.transpose();
        QVERIFY((pre.cwiseMax(0.0) * known.v - data.y).cwiseAbs().maxCoeff() < 1e-12);

        SparsestPipelineConfig config = smallPipeline();
        config.regularizers = {RegularizerSpec{}};
        config.train.epochs = 1;
        config.sparsest.width = 6;
        config.milp.timeLimitSeconds = 20.0;  // the optimum is not what is tested here
        const SparsestPipelineResult r = runSparsestPipeline(data, config);
        QVERIFY(r.solved);
        QCOMPARE(r.chosen, 0);
        QVERIFY(!pipelineModelFits(r.trained[0], data, config.fitTolerance));
        QVERIFY(!r.chosenFits);
        // Never below the given bounds: raised only to hold the known fitting network.
        QVERIFY(r.sparsest.config.wBound >= config.sparsest.wBound);
        QVERIFY(r.sparsest.config.bBound >= config.sparsest.bBound);
        QVERIFY(known.W.cwiseAbs().maxCoeff() <= r.sparsest.config.wBound);
        QVERIFY(known.b.cwiseAbs().maxCoeff() <= r.sparsest.config.bBound);
        // No start from the model that does not fit: the interpolating network takes its place —
        // in 1-D the kink network, here already the sparsest (6 nonzeros, 3 units).
        QCOMPARE(r.boundsSource, SparsestBoundsSource::Interpolant);
        QCOMPARE(r.interpolantNonzeros, 6);
        QCOMPARE(r.sparsest.milp.status, MilpStatus::Optimal);
        QCOMPARE(r.sparsest.verification.nonzeros, 6);
        QVERIFY(r.sparsest.warmStart.attempted);
        QVERIFY(r.sparsest.warmStart.feasible);
        QVERIFY(r.sparsest.rankBound.bound <= 6);
        if (r.sparsest.hasNetwork) {
            QVERIFY2(r.sparsest.verification.passed, r.sparsest.verification.message.c_str());
            QVERIFY(r.sparsest.verification.nonzeros >= r.sparsest.rankBound.bound);
        }
    }

    void stopDuringTrainingEndsBeforeTheMilp() {
        const Dataset data = generateRandom(5, 3, 0);
        SparsestPipelineConfig config = smallPipeline();
        config.train.epochs = 10000000;  // far longer than the test runs
        std::stop_source stop;
        std::atomic<int> samples{0};
        bool trainedCalled = false;
        SparsestPipelineHooks hooks;
        hooks.onTrainSample = [&](int, const TrainSample&) {
            if (++samples == 50) stop.request_stop();  // the 50th sample, from any thread
        };
        hooks.onTrained = [&](const SparsestPipelineResult& run, const SparsestConfig&) {
            trainedCalled = true;
            QCOMPARE(run.chosen, -1);
        };
        const SparsestPipelineResult r = runSparsestPipeline(data, config, hooks, stop.get_token());
        QVERIFY(trainedCalled);
        QVERIFY(!r.solved);
        QCOMPARE(r.chosen, -1);
        QCOMPARE(r.trained.size(), config.regularizers.size());
        for (const TrainResult& m : r.trained)
            QVERIFY(m.status == TrainStatus::Cancelled || m.status == TrainStatus::Finished);
    }

    void emptyRegularizerListIsRefused() {
        SparsestPipelineConfig config = smallPipeline();
        config.regularizers.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 runSparsestPipeline(generateRandom(3, 2, 0), config));
    }
};

QTEST_MAIN(TestSparsestPipeline)
#include "test_sparsest_pipeline.moc"
