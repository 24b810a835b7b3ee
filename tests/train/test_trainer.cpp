// trainShallow's behaviour: sampling, cancellation, divergence, validation, determinism, the
// prox start epoch, FTZ/DAZ scoping, and the sequential session helper.
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

#include "core/train/flush_denormals_scope.h"
#include "core/train/train_sequence.h"
#include "core/train/trainer.h"

using namespace smip;

namespace {

Dataset randomData(int n, int d, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Dataset ds;
    ds.name = "test";
    ds.X.resize(n, d);
    ds.y.resize(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < d; ++j)
            ds.X(i, j) = u(rng);
        ds.y(i) = u(rng);
    }
    return ds;
}

RegularizerSpec spec(const char* id, double lambda = 0.005) {
    RegularizerSpec s;
    if (!RegularizerSpec::parse(id, s, lambda)) qFatal("bad id %s", id);
    return s;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
  private slots:
    void reportEverySampling() {
        const Dataset ds = randomData(7, 5, 1);
        const ShallowReluNet init = initShallowNet(5, 7, 0);
        TrainConfig c;
        c.epochs = 1050;
        c.reportEvery = 100;
        int samples = 0, weights = 0;
        bool flushing = true;
        TrainHooks hooks;
        hooks.onSample = [&](const TrainSample&) {
            ++samples;
            flushing = flushing && FlushDenormalsScope::active();
        };
        hooks.onWeights = [&](const ShallowReluNet& net) {
            ++weights;
            QCOMPARE(net.width(), 7);
        };
        const bool flushingBefore = FlushDenormalsScope::active();
        const TrainResult r = trainShallow(ds, init, spec("p0.4"), c, hooks);
        QCOMPARE(FlushDenormalsScope::active(), flushingBefore);  // restored
        QVERIFY(flushing);  // set on the training thread while training
        QCOMPARE(r.status, TrainStatus::Finished);
        QCOMPARE(r.epochsRun, 1050);
        // 0, 100, ..., 1000, then the last epoch 1050.
        QCOMPARE(int(r.history.size()), 12);
        QCOMPARE(samples, 12);
        QCOMPARE(weights, 12);
        QCOMPARE(r.history.front().epoch, 0);
        QCOMPARE(r.history[1].epoch, 100);
        QCOMPARE(r.history.back().epoch, 1050);
        // The epoch-0 sample describes the untouched initial network.
        const NetMetrics m0 = computeMetrics(init, ds.X, ds.y, c.metricP, c.eps, c.countBiases);
        QCOMPARE(r.history.front().metrics.mse, m0.mse);
        QCOMPARE(r.history.front().metrics.nonzeros, m0.nonzeros);
        // The final metrics belong to the returned weights.
        const NetMetrics mf = computeMetrics(r.net, ds.X, ds.y, c.metricP, c.eps, c.countBiases);
        QCOMPARE(r.final.mse, mf.mse);
        QCOMPARE(r.final.nonzeros, mf.nonzeros);
        QVERIFY(r.final.mse < m0.mse);  // it trained
    }

    // Deterministic cancel: the stop is requested inside the k-th reported sample, so the epochs
    // run after it are work done after the stop. Seconds are measured by bench_cancel.
    void snapshotsAtEverySample() {
        // With keepSnapshots every history sample has its weights: the sample's MSE recomputed
        // from the snapshot, the last one the result's net, the first the initial net.
        const Dataset ds = randomData(7, 5, 2);
        const ShallowReluNet init = initShallowNet(5, 7, 1);
        TrainConfig c;
        c.epochs = 1050;
        c.reportEvery = 100;
        c.keepSnapshots = true;
        const TrainResult r = trainShallow(ds, init, spec("p0.4"), c);
        QCOMPARE(r.history.size(), std::size_t(12));  // 0, 100, …, 1000, 1050
        QCOMPARE(r.snapshots.size(), r.history.size());
        QVERIFY(r.snapshots.front().W == init.W && r.snapshots.front().v == init.v);
        QVERIFY(r.snapshots.back().W == r.net.W && r.snapshots.back().b == r.net.b);
        for (std::size_t i = 0; i < r.history.size(); ++i)
            QCOMPARE(meanSquaredError(r.snapshots[i], ds.X, ds.y), r.history[i].metrics.mse);
        c.keepSnapshots = false;
        QVERIFY(trainShallow(ds, init, spec("p0.4"), c).snapshots.empty());
    }

    void stopsWithinOneReportInterval_data() {
        QTest::addColumn<int>("k");
        QTest::newRow("at the 1st report") << 1;
        QTest::newRow("at the 5th report") << 5;
    }
    void stopsWithinOneReportInterval() {
        QFETCH(int, k);
        const Dataset ds = randomData(100, 20, 2);
        const ShallowReluNet init = initShallowNet(20, 100, 0);
        TrainConfig c;
        c.epochs = 200000;  // ignoring the stop would run all of them
        std::stop_source source;
        int samples = 0, stopEpoch = -1, samplesAfterStop = 0;
        TrainHooks hooks;
        hooks.onSample = [&](const TrainSample& s) {
            if (stopEpoch >= 0) ++samplesAfterStop;
            if (++samples == k + 1) {  // the first sample is epoch 0
                stopEpoch = s.epoch;
                source.request_stop();
            }
        };
        const TrainResult r = trainShallow(ds, init, spec("p0.7"), c, hooks, source.get_token());
        QCOMPARE(stopEpoch, k * c.reportEvery);
        QCOMPARE(r.status, TrainStatus::Cancelled);
        QVERIFY2(r.epochsRun - stopEpoch <= c.reportEvery,
                 qPrintable(QString("%1 epochs after the stop").arg(r.epochsRun - stopEpoch)));
        QVERIFY2(samplesAfterStop <= 1, qPrintable(QString::number(samplesAfterStop)));
        // The result is the state at the stop: last sample at the last epoch run, of these weights.
        QCOMPARE(r.history.back().epoch, r.epochsRun);
        const NetMetrics mf = computeMetrics(r.net, ds.X, ds.y, c.metricP, c.eps, c.countBiases);
        QCOMPARE(r.final.mse, mf.mse);
        QVERIFY(std::isfinite(r.final.mse));
    }

    void stopRequestedBeforeStart() {
        const Dataset ds = randomData(7, 5, 1);
        std::stop_source source;
        source.request_stop();
        const TrainResult r =
            trainShallow(ds, initShallowNet(5, 7, 0), spec("none"), {}, {}, source.get_token());
        QCOMPARE(r.status, TrainStatus::Cancelled);
        QCOMPARE(r.epochsRun, 0);
        QCOMPARE(int(r.history.size()), 1);
    }

    void divergenceDetected_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("lr");
        // Adam moves each weight by about lr per step: 1e200 overflows the products at once.
        QTest::newRow("none, lr 1e200") << "none" << 1e200;
        // AdamW multiplies θ by (1 − lr·λ) = −4 every step: exponential blow-up.
        QTest::newRow("wd, lr 1000") << "wd" << 1000.0;
    }
    void divergenceDetected() {
        QFETCH(QString, id);
        QFETCH(double, lr);
        const Dataset ds = randomData(7, 5, 1);
        TrainConfig c;
        c.lr = lr;
        c.epochs = 100000;
        const TrainResult r =
            trainShallow(ds, initShallowNet(5, 7, 0), spec(id.toStdString().c_str()), c);
        QCOMPARE(r.status, TrainStatus::Diverged);
        QVERIFY(r.epochsRun < c.epochs);
        QVERIFY(!std::isfinite(r.final.mse));
        QCOMPARE(r.history.back().epoch, r.epochsRun);
    }

    void invalidInputsThrow() {
        const Dataset ds = randomData(7, 5, 1);
        const ShallowReluNet init = initShallowNet(5, 7, 0);
        const TrainConfig c;
        Dataset empty;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainShallow(empty, init, {}, c));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 trainShallow(ds, initShallowNet(4, 7, 0), {}, c));
        Dataset nan = ds;
        nan.X(2, 3) = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainShallow(nan, init, {}, c));
        Dataset badY = ds;
        badY.y.resize(3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainShallow(badY, init, {}, c));
        RegularizerSpec badP = spec("p0.5");
        badP.p = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainShallow(ds, init, badP, c));
        TrainConfig badReport;
        badReport.reportEvery = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainShallow(ds, init, {}, badReport));
        try {
            trainShallow(ds, initShallowNet(4, 7, 0), {}, c);
        } catch (const std::invalid_argument& e) {
            QVERIFY(QString(e.what()).contains("4 inputs"));  // names the problem
        }
    }

    void deterministicAndProxStartsAfterEpoch5() {
        const Dataset ds = randomData(7, 5, 3);
        const ShallowReluNet init = initShallowNet(5, 7, 9);
        TrainConfig c;
        c.epochs = 5;  // proxStartEpoch = 5: no prox step yet, so p0.4 is plain Adam
        const TrainResult adam = trainShallow(ds, init, spec("none"), c);
        const TrainResult path = trainShallow(ds, init, spec("p0.4"), c);
        QVERIFY(adam.net.W == path.net.W && adam.net.v == path.net.v);
        c.epochs = 6;  // the first prox step changes the weights
        const TrainResult adam6 = trainShallow(ds, init, spec("none"), c);
        const TrainResult path6 = trainShallow(ds, init, spec("p0.4"), c);
        QVERIFY(adam6.net.W != path6.net.W);
        const TrainResult again = trainShallow(ds, init, spec("p0.4"), c);
        QVERIFY(again.net.W == path6.net.W && again.net.b == path6.net.b);
    }

    void l1AndGroupSparsify() {
        const Dataset ds = randomData(7, 5, 4);
        const ShallowReluNet init = initShallowNet(5, 7, 0);
        TrainConfig c;
        c.epochs = 3000;
        // A strong λ so the effect shows in a short run: thresholds lr·λ = 0.01 per step.
        const TrainResult l1 = trainShallow(ds, init, spec("l1", 1.0), c);
        const TrainResult group = trainShallow(ds, init, spec("group", 1.0), c);
        const TrainResult none = trainShallow(ds, init, spec("none"), c);
        QCOMPARE(l1.status, TrainStatus::Finished);
        QVERIFY(l1.final.nonzeros < none.final.nonzeros);
        QVERIFY(group.final.activeNeurons < none.final.activeNeurons);
    }

    void sessionSharesInit() {
        const Dataset ds = randomData(7, 5, 5);
        const ShallowReluNet init = initShallowNet(5, 7, 0);
        TrainConfig c;
        c.epochs = 200;
        const auto regs = defaultRegularizers();
        QCOMPARE(int(regs.size()), 5);
        QStringList ids;
        for (const auto& r : regs)
            ids << QString::fromStdString(r.id());
        QCOMPARE(ids.join(","), QString("none,wd,p0.4,p0.7,p1.0"));
        int calls = 0;
        const auto results = trainRegularizers(
            ds, init, regs, c, [&](int, const TrainSample&) { ++calls; }, {}, 1);
        QCOMPARE(int(results.size()), 5);
        QCOMPARE(calls, 5 * 3);  // epochs 0, 100, 200
        for (const auto& r : results)
            QCOMPARE(r.history.front().metrics.mse, results[0].history.front().metrics.mse);

        std::vector<RegularizerSpec> parsed;
        std::string error;
        QVERIFY(parseRegularizerList("none,p0.4,,group", 0.1, parsed, error));
        QCOMPARE(int(parsed.size()), 3);
        QCOMPARE(parsed[2].lambda, 0.1);
        QVERIFY(!parseRegularizerList("none,lasso", 0.1, parsed, error));
        QVERIFY(QString::fromStdString(error).contains("lasso"));
        QVERIFY(!parseRegularizerList(",", 0.1, parsed, error));
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
