// The ReLU-formulation notebook's network (64-32-16-10, Adam, inputs /16, stratified 80/20 split)
// must reach ≥ 96 % mean test accuracy on the bundled 8×8 digits over five seeds, and ≥ 94 % on
// each.
#include <QtTest>

#include "core/data/dataset_catalog.h"
#include "core/mlp/mlp_trainer.h"

using namespace smip;

class TestMlpDigits : public QObject {
    Q_OBJECT
  private slots:
    void digitsReach96PercentOnAverage() {
        Dataset digits;
        std::string err;
        DatasetSpec spec;
        spec.source = "digits";
        QVERIFY2(resolveDataset(spec, digits, err), err.c_str());
        QCOMPARE(digits.features(), 64);
        double sum = 0.0;
        const int seeds = 5;
        for (int seed = 0; seed < seeds; ++seed) {
            MlpDataSplit split;
            QVERIFY2(makeMlpSplit(digits, 0.2, seed, ScalerKind::GlobalMinMax, split, err),
                     err.c_str());
            QCOMPARE(split.scaler.scale(0),
                     16.0);  // pixels 0..16 → [0,1], as the notebook's X / 16
            QCOMPARE(split.scaler.offset(0), 0.0);
            MlpTrainConfig cfg;
            cfg.seed = seed;
            cfg.epochs = 30;
            const MlpTrainResult r = trainMlp(split, cfg);
            QVERIFY(r.status == MlpTrainStatus::Finished);
            // One split's 360 test images vary by about a percent from seed to seed.
            QVERIFY2(r.testAccuracy >= 0.94,
                     qPrintable(QString("seed %1: %2").arg(seed).arg(r.testAccuracy)));
            sum += r.testAccuracy;
            QCOMPARE(r.model.inputScale(0), 1.0 / 16.0);  // the model file's multiplicative form
            // The model carries the scaling: raw pixels give the same prediction as scaled ones.
            const int row = split.testIndices(0);
            const Eigen::VectorXd raw = digits.X.row(row).transpose();
            QCOMPARE(r.model.predict(r.model.scaleInput(raw)),
                     r.model.predict(split.Xtest.row(0).transpose()));
        }
        QVERIFY2(sum / seeds >= 0.96, qPrintable(QString("mean %1").arg(sum / seeds)));
    }
};

QTEST_APPLESS_MAIN(TestMlpDigits)
#include "test_mlp_digits.moc"
