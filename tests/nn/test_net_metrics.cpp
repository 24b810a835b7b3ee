// computeMetrics on a hand-made net whose path products are worked out by hand.
#include <QtTest>

#include <cmath>

#include "core/nn/net_metrics.h"

using namespace smip;

namespace {

// Unit 0: v=2, w=(1, 0), b=0.5   → paths 2, 0 | bias path 1
// Unit 1: v=5, w=(0, 0), b=0     → no path (a nonzero v alone does not make a unit active)
// Unit 2: v=−1, w=(2e−7, −3), b=0 → paths −2e−7 (below eps = 1e−6), 3 | bias path 0
ShallowReluNet makeHandNet() {
    ShallowReluNet net;
    net.W.resize(3, 2);
    net.W << 1.0, 0.0, 0.0, 0.0, 2e-7, -3.0;
    net.b = Eigen::Vector3d(0.5, 0.0, 0.0);
    net.v = Eigen::Vector3d(2.0, 5.0, -1.0);
    return net;
}

}  // namespace

class TestNetMetrics : public QObject {
    Q_OBJECT
  private slots:
    void handNet_data() {
        QTest::addColumn<bool>("countBiases");
        QTest::addColumn<int>("nonzeros");
        QTest::addColumn<double>("pathNorm");
        QTest::newRow("with biases")
            << true << 3 << std::sqrt(2.0) + 1.0 + std::sqrt(2e-7) + std::sqrt(3.0);
        QTest::newRow("weights only")
            << false << 2 << std::sqrt(2.0) + std::sqrt(2e-7) + std::sqrt(3.0);
    }
    void handNet() {
        QFETCH(bool, countBiases);
        QFETCH(int, nonzeros);
        QFETCH(double, pathNorm);
        Eigen::MatrixXd X(2, 2);
        X << 1.0, 1.0,                      // z = (1.5, 0, 2e−7 − 3) → f = 2·1.5 = 3
            0.0, 1.0;                       // z = (0.5, 0, −3)       → f = 2·0.5 = 1
        const Eigen::Vector2d y(2.0, 1.0);  // residuals 1, 0 → MSE 0.5
        const NetMetrics m = computeMetrics(makeHandNet(), X, y, 0.5, 1e-6, countBiases);
        QCOMPARE(m.mse, 0.5);
        QCOMPARE(m.nonzeros, nonzeros);
        QCOMPARE(m.activeNeurons, 2);
        QVERIFY(std::abs(m.pathNorm - pathNorm) < 1e-12);
        QCOMPARE(m.maxW, 3.0);
        QCOMPARE(m.maxB, 0.5);
        QCOMPARE(m.maxV, 5.0);
    }

    void epsDecidesWhatCounts() {
        Eigen::MatrixXd X = Eigen::MatrixXd::Zero(1, 2);
        const Eigen::VectorXd y = Eigen::VectorXd::Zero(1);
        // With eps = 1e−8 the 2e−7 path counts too.
        QCOMPARE(computeMetrics(makeHandNet(), X, y, 1.0, 1e-8, true).nonzeros, 4);
        // With eps = 2.5 only |3| survives.
        const NetMetrics m = computeMetrics(makeHandNet(), X, y, 1.0, 2.5, true);
        QCOMPARE(m.nonzeros, 1);
        QCOMPARE(m.activeNeurons, 1);
    }
};

QTEST_APPLESS_MAIN(TestNetMetrics)
#include "test_net_metrics.moc"
