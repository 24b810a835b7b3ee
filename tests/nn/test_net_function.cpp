// The drawn function of a net: the line and grid evaluations agree with predict() at their grid
// points, the grid's orientation is an image's (top row = largest y), and the kinks are −b/w of
// the units with a path, inside the asked range.
#include <QtTest>

#include "core/nn/net_function.h"
#include "core/train/trainer.h"

using namespace smip;

class TestNetFunction : public QObject {
    Q_OBJECT
  private slots:
    void lineMatchesPredict() {
        const ShallowReluNet net = initShallowNet(1, 9, 3);
        const PlotBox box{-2.0, 3.0, 0.0, 0.0};
        Eigen::VectorXd out(51);
        evaluateOnLine(net, box, out);
        Eigen::MatrixXd X(51, 1);
        for (int i = 0; i < 51; ++i)
            X(i, 0) = -2.0 + 0.1 * i;
        QVERIFY((predict(net, X) - out).cwiseAbs().maxCoeff() < 1e-12);
    }

    void gridMatchesPredictTopRowFirst() {
        const ShallowReluNet net = initShallowNet(2, 6, 4);
        const PlotBox box{-1.0, 1.0, 0.0, 2.0};
        Eigen::MatrixXd out(5, 3);
        evaluateOnGrid(net, box, out);
        for (int r = 0; r < 5; ++r)
            for (int c = 0; c < 3; ++c) {
                Eigen::MatrixXd x(1, 2);
                x << -1.0 + c, 2.0 - 0.5 * r;
                QVERIFY(std::abs(predict(net, x)(0) - out(r, c)) < 1e-12);
            }
    }

    void breakpointsOfActiveUnitsInRange() {
        ShallowReluNet net;
        net.W.resize(5, 1);
        net.W << 2.0, -1.0, 0.0, 1.0, 1e-9;
        net.b = (Eigen::VectorXd(5) << 1.0, 0.3, 0.5, -4.0, 0.0).finished();
        net.v = (Eigen::VectorXd(5) << 1.0, -2.0, 1.0, 1.0, 1.0).finished();
        std::vector<double> kinks;
        // Unit 0: −1/2; unit 1: 0.3; unit 2: w = 0 (no kink); unit 3: 4, outside; unit 4: path
        // 1e−9 ≤ eps.
        reluBreakpoints(net, 1e-6, -1.0, 1.0, kinks);
        QCOMPARE(kinks, (std::vector<double>{-0.5, 0.3}));
        reluBreakpoints(net, 1e-6, -1.0, 5.0, kinks);
        QCOMPARE(kinks, (std::vector<double>{-0.5, 0.3, 4.0}));
        net.v(1) = 0.0;  // a dead output weight removes the kink
        reluBreakpoints(net, 1e-6, -1.0, 1.0, kinks);
        QCOMPARE(kinks, (std::vector<double>{-0.5}));
    }
};

QTEST_MAIN(TestNetFunction)
#include "test_net_function.moc"
