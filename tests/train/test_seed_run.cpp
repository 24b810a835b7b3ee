// The sparse-ReLU package's default experiment: random data (N = 7, d = 5), K = N, 100 000 epochs,
// lr 0.01, λ 0.005, γ 0.01, all regularizers from the same initial weights. The package's claim is
// that the lp path-norm prox (p = 0.4) ends with far fewer nonzero paths than plain Adam and
// AdamW while still fitting the data. (~1 s; speed is measured in bench_training, not here.)
#include <QtTest>

#include "core/data/dataset_catalog.h"
#include "core/train/trainer.h"

using namespace smip;

class TestSeedRun : public QObject {
    Q_OBJECT
  private slots:
    void pathNormIsSparsest_data() {
        QTest::addColumn<int>("seed");
        QTest::newRow("seed 0") << 0;
        QTest::newRow("seed 1") << 1;
    }
    void pathNormIsSparsest() {
        QFETCH(int, seed);
        DatasetSpec ds;
        ds.source = "random";
        ds.n = 7;
        ds.d = 5;
        ds.seed = static_cast<std::uint64_t>(seed);
        Dataset data;
        std::string error;
        QVERIFY2(resolveDataset(ds, data, error), error.c_str());
        const ShallowReluNet init = initShallowNet(5, 7, static_cast<std::uint64_t>(seed));
        const TrainConfig config;  // the package's defaults
        QCOMPARE(config.epochs, 100000);

        auto run = [&](const char* id) {
            RegularizerSpec spec;
            RegularizerSpec::parse(id, spec);
            const TrainResult r = trainShallow(data, init, spec, config);
            qInfo("seed %d %-5s mse %.3g nonzeros %d active %d", seed, id, r.final.mse,
                  r.final.nonzeros, r.final.activeNeurons);
            return r;
        };
        const TrainResult none = run("none");
        const TrainResult wd = run("wd");
        const TrainResult p04 = run("p0.4");
        QCOMPARE(p04.status, TrainStatus::Finished);
        QVERIFY(p04.final.nonzeros < none.final.nonzeros);
        QVERIFY(p04.final.nonzeros < wd.final.nonzeros);
        // A sparse fit, not a collapsed net: 7 points need at least one path, and it still fits.
        QVERIFY(p04.final.nonzeros >= 1);
        QVERIFY(p04.final.mse < 1e-3);
    }
};

QTEST_APPLESS_MAIN(TestSeedRun)
#include "test_seed_run.moc"
