// ShallowReluNet: forward on a hand-made net, MSE gradient against central finite differences,
// and the framework-style initialization (ranges, reproducibility).
#include <QtTest>

#include <cmath>
#include <random>
#include <stdexcept>

#include "core/nn/shallow_relu_net.h"
#include "core/train/trainer.h"

using namespace smip;

namespace {

Eigen::MatrixXd randomMatrix(int rows, int cols, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Eigen::MatrixXd m(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            m(i, j) = u(rng);
    return m;
}

// Central finite difference of the MSE along one parameter of `net`.
double centralDifference(ShallowReluNet net, const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                         int which, int k, int j, double h) {
    auto param = [&](ShallowReluNet& n) -> double& {
        return which == 0 ? n.W(k, j) : (which == 1 ? n.b(k) : n.v(k));
    };
    const double x0 = param(net);
    param(net) = x0 + h;
    const double fp = meanSquaredError(net, X, y);
    param(net) = x0 - h;
    const double fm = meanSquaredError(net, X, y);
    return (fp - fm) / (2.0 * h);
}

}  // namespace

class TestShallowReluNet : public QObject {
    Q_OBJECT
  private slots:
    void predictHandNet() {
        // f(x) = 2·relu(x1 − x2) − relu(0.5·x1 + 2·x2 − 1), computed by hand below.
        ShallowReluNet net;
        net.W.resize(2, 2);
        net.W << 1.0, -1.0, 0.5, 2.0;
        net.b = Eigen::Vector2d(0.0, -1.0);
        net.v = Eigen::Vector2d(2.0, -1.0);
        Eigen::MatrixXd X(3, 2);
        X << 1.0, 0.5,  // z = (0.5, 0.5)  → 2·0.5 − 0.5 = 0.5
            -1.0, 0.0,  // z = (−1, −1.5)  → 0
            2.0, 1.0;   // z = (1, 2)      → 2·1 − 2 = 0
        const Eigen::VectorXd f = predict(net, X);
        QCOMPARE(f.size(), 3);
        QCOMPARE(f(0), 0.5);
        QCOMPARE(f(1), 0.0);
        QCOMPARE(f(2), 0.0);
        const Eigen::Vector3d y(1.0, 1.0, 0.0);  // residuals −0.5, −1, 0
        QCOMPARE(meanSquaredError(net, X, y), (0.25 + 1.0) / 3.0);
    }

    void gradientMatchesFiniteDifferences_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("fused");
        QTest::newRow("seed size, split") << 7 << 5 << 7 << false;
        QTest::newRow("seed size, fused") << 7 << 5 << 7 << true;
        QTest::newRow("wide, fused") << 12 << 3 << 30 << true;
        // K·d·N above the fused limit: forwardBackwardMse takes the matrix-product path.
        QTest::newRow("large, matrix path") << 40 << 30 << 40 << true;
    }
    void gradientMatchesFiniteDifferences() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, k);
        QFETCH(bool, fused);
        std::mt19937_64 rng(42);
        const Eigen::MatrixXd X = randomMatrix(n, d, rng);
        const Eigen::VectorXd y = randomMatrix(n, 1, rng);
        const ShallowReluNet net = initShallowNet(d, k, 7);

        ShallowReluWorkspace ws;
        ws.prepare(X, k);
        Eigen::MatrixXd gW(k, d);
        Eigen::VectorXd gb(k), gv(k);
        double mse = 0.0;
        if (fused) {
            mse = forwardBackwardMse(net.W, net.b, net.v, X, y, ws, gW, gb, gv);
        } else {
            mse = forwardMse(net.W, net.b, net.v, X, y, ws);
            backwardMse(net.v, X, ws, gW, gb, gv);
        }
        QVERIFY(std::abs(mse - meanSquaredError(net, X, y)) <= 1e-12 * (1.0 + mse));

        const double h = 1e-6;
        double worst = 0.0;
        auto check = [&](double analytic, int which, int kk, int j) {
            const double numeric = centralDifference(net, X, y, which, kk, j, h);
            worst = std::max(worst, std::abs(analytic - numeric) / (1e-4 + std::abs(numeric)));
        };
        for (int kk = 0; kk < k; ++kk) {
            for (int j = 0; j < d; ++j)
                check(gW(kk, j), 0, kk, j);
            check(gb(kk), 1, kk, 0);
            check(gv(kk), 2, kk, 0);
        }
        QVERIFY2(worst < 1e-5, qPrintable(QString("worst relative error %1").arg(worst)));
    }

    // The padded small-width kernels (K ≤ 8, ≤ 16; AVX2 and baseline) and the generic loop must
    // give exactly what the split forward/backward gives up to rounding, and the two instruction
    // sets bit-identical results (training must not depend on the machine).
    void fusedKernelsAgree_data() {
        QTest::addColumn<int>("k");
        for (int k : {1, 3, 7, 8, 9, 16, 17, 33})
            QTest::newRow(qPrintable(QString("K=%1").arg(k))) << k;
    }
    void fusedKernelsAgree() {
        QFETCH(int, k);
        std::mt19937_64 rng(5);
        const int n = 11, d = 6;
        const Eigen::MatrixXd X = randomMatrix(n, d, rng);
        const Eigen::VectorXd y = randomMatrix(n, 1, rng);
        const ShallowReluNet net = initShallowNet(d, k, 3);
        ShallowReluWorkspace ws;
        ws.prepare(X, k);
        Eigen::MatrixXd gW(k, d), gW2(k, d), gW3(k, d);
        Eigen::VectorXd gb(k), gv(k), gb2(k), gv2(k), gb3(k), gv3(k);
        const double mse = forwardMse(net.W, net.b, net.v, X, y, ws);
        backwardMse(net.v, X, ws, gW, gb, gv);
        const bool before = setWideSimdAllowed(true);
        const double wide = forwardBackwardMse(net.W, net.b, net.v, X, y, ws, gW2, gb2, gv2);
        setWideSimdAllowed(false);
        const double base = forwardBackwardMse(net.W, net.b, net.v, X, y, ws, gW3, gb3, gv3);
        setWideSimdAllowed(before);
        QVERIFY(std::abs(wide - mse) <= 1e-13 * (1.0 + mse));
        QVERIFY((gW2 - gW).cwiseAbs().maxCoeff() <= 1e-13);
        QVERIFY((gb2 - gb).cwiseAbs().maxCoeff() <= 1e-13);
        QVERIFY((gv2 - gv).cwiseAbs().maxCoeff() <= 1e-13);
        QCOMPARE(base, wide);
        QVERIFY(gW3 == gW2);
        QVERIFY(gb3 == gb2);
        QVERIFY(gv3 == gv2);
    }

    void initRangesAndReproducibility_data() {
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("k");
        QTest::newRow("seed 5x7") << 5 << 7;
        QTest::newRow("1x1") << 1 << 1;
        QTest::newRow("20x200") << 20 << 200;
    }
    void initRangesAndReproducibility() {
        QFETCH(int, d);
        QFETCH(int, k);
        const ShallowReluNet a = initShallowNet(d, k, 3);
        QCOMPARE(a.width(), k);
        QCOMPARE(a.inputs(), d);
        QCOMPARE(a.b.size(), k);
        QCOMPARE(a.v.size(), k);
        // torch.nn.Linear: U(−1/√fan_in, 1/√fan_in); fan_in = d (hidden), K (output).
        const double hb = 1.0 / std::sqrt(double(d)), ob = 1.0 / std::sqrt(double(k));
        QVERIFY(a.W.cwiseAbs().maxCoeff() <= hb);
        QVERIFY(a.b.cwiseAbs().maxCoeff() <= hb);
        QVERIFY(a.v.cwiseAbs().maxCoeff() <= ob);
        if (d * k >= 100) {  // enough draws to fill the range and to be centred
            QVERIFY(a.W.cwiseAbs().maxCoeff() > 0.9 * hb);
            QVERIFY(std::abs(a.W.mean()) < 0.2 * hb);
            QVERIFY(a.W.minCoeff() < 0.0 && a.W.maxCoeff() > 0.0);
        }
        const ShallowReluNet same = initShallowNet(d, k, 3);
        QVERIFY(a.W == same.W && a.b == same.b && a.v == same.v);
        const ShallowReluNet other = initShallowNet(d, k, 4);
        QVERIFY(a.W != other.W);
    }

    void initRejectsBadSizes() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, initShallowNet(0, 3, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, initShallowNet(3, 0, 0));
    }
};

QTEST_APPLESS_MAIN(TestShallowReluNet)
#include "test_shallow_relu_net.moc"
