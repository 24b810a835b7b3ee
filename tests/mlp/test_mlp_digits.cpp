// The ReLU-formulation notebook's network (64-32-16-10, Adam, inputs /16, 80/20 split) must
// reach ≥ 95 % test accuracy on the bundled 8×8 digits.
#include <QtTest>

#include "core/data/dataset_catalog.h"
#include "core/mlp/mlp_trainer.h"

using namespace smip;

class TestMlpDigits : public QObject {
    Q_OBJECT
  private slots:
    void digitsReach95Percent_data() {
        QTest::addColumn<int>("seed");
        QTest::newRow("seed 0") << 0;
        QTest::newRow("seed 1") << 1;
    }
    void digitsReach95Percent() {
        QFETCH(int, seed);
        Dataset digits;
        std::string err;
        QVERIFY2(resolveDataset({.source = "digits"}, digits, err), err.c_str());
        QCOMPARE(digits.features(), 64);
        MlpDataSplit split;
        QVERIFY2(makeMlpSplit(digits, 0.2, seed, MlpScaling::GlobalRange, split, err), err.c_str());
        QCOMPARE(split.scale(0), 1.0 / 16.0);  // pixels 0..16 → [0,1], as the notebook's X / 16
        MlpTrainConfig cfg;
        cfg.seed = seed;
        cfg.epochs = 30;
        const MlpTrainResult r = trainMlp(split, cfg);
        QVERIFY(r.status == MlpTrainStatus::Finished);
        QVERIFY2(r.testAccuracy >= 0.95, qPrintable(QString::number(r.testAccuracy)));
        // The model carries the scaling: raw pixels give the same prediction as scaled ones.
        const int row = split.testIndices(0);
        const Eigen::VectorXd raw = digits.X.row(row).transpose();
        QCOMPARE(r.model.predict(r.model.scaleInput(raw)),
                 r.model.predict(split.Xtest.row(0).transpose()));
    }
};

QTEST_APPLESS_MAIN(TestMlpDigits)
#include "test_mlp_digits.moc"
