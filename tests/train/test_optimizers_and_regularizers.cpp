// Adam/AdamW single updates and every proximal step, against arithmetic done by hand here.
#include <QtTest>

#include <cmath>

#include "core/train/adam_optimizer.h"
#include "core/train/group_lasso_regularizer.h"
#include "core/train/l1_regularizer.h"
#include "core/train/path_norm_regularizer.h"
#include "core/train/trainer.h"

using namespace smip;

class TestOptimizersAndRegularizers : public QObject {
    Q_OBJECT
  private slots:
    void adamFirstStepIsLrTimesSign() {
        // Step 1: m̂ = g, v̂ = g², so Δθ = −lr·g/(|g| + eps) ≈ −lr·sign(g) whatever |g| is.
        AdamSettings s;
        s.lr = 0.01;
        AdamOptimizer adam(4, s);
        Eigen::VectorXd theta(4), g(4);
        theta << 1.0, -2.0, 0.5, 0.0;
        g << 3.0, -0.2, 1e-3, 0.0;
        adam.step(theta, g);
        // Δθ = −lr·g/(|g| + eps), within lr·eps/|g| of −lr·sign(g).
        QVERIFY(std::abs(theta(0) - (1.0 - 0.01 * 3.0 / (3.0 + 1e-8))) < 1e-15);
        QVERIFY(std::abs(theta(0) - (1.0 - 0.01)) < 1e-10);
        QVERIFY(std::abs(theta(1) - (-2.0 + 0.01 * 0.2 / (0.2 + 1e-8))) < 1e-15);
        QVERIFY(std::abs(theta(1) - (-2.0 + 0.01)) < 1e-9);
        QVERIFY(std::abs(theta(2) - (0.5 - 0.01 * 1e-3 / (1e-3 + 1e-8))) < 1e-15);
        QVERIFY(std::abs(theta(2) - (0.5 - 0.01)) < 1e-6);
        QCOMPARE(theta(3), 0.0);  // zero gradient, zero moments: no move
        QCOMPARE(adam.steps(), 1);
    }

    void adamWTwoStepsByHand() {
        AdamSettings s;
        s.lr = 0.1;
        s.weightDecay = 0.01;
        AdamOptimizer adam(1, s);
        Eigen::VectorXd theta(1), g(1);
        theta << 2.0;
        g << 0.5;
        adam.step(theta, g);
        // Decay first: 2·(1 − 0.1·0.01) = 1.998. m = 0.05, v = 0.00025; m̂ = 0.5, √v̂ = 0.5.
        const double t1 = 1.998 - 0.1 * 0.5 / (0.5 + 1e-8);
        QVERIFY(std::abs(theta(0) - t1) < 1e-14);
        g << -1.0;
        adam.step(theta, g);
        // m = 0.9·0.05 − 0.1 = −0.055; v = 0.999·0.00025 + 0.001 = 0.00124975.
        // m̂ = −0.055/(1 − 0.81) ; √v̂ = √(0.00124975/(1 − 0.998001)).
        const double mHat = -0.055 / 0.19;
        const double vHatRoot = std::sqrt(0.00124975 / 0.001999);
        const double t2 = t1 * 0.999 - 0.1 * mHat / (vHatRoot + 1e-8);
        QVERIFY2(std::abs(theta(0) - t2) < 1e-12, qPrintable(QString::number(theta(0) - t2)));
    }

    void adamPerTensorEqualsFlat() {
        // The MLP trainers run one optimizer per weight matrix and bias vector: Adam is
        // elementwise, so that must equal one optimizer over the concatenated parameters.
        AdamSettings s;
        s.lr = 0.05;
        s.weightDecay = 0.1;
        Eigen::MatrixXd W = Eigen::MatrixXd::Random(3, 2), gW(3, 2);
        Eigen::VectorXd b = Eigen::VectorXd::Random(3), gb(3);
        Eigen::VectorXd flat(9), gFlat(9);
        flat << W.reshaped(), b;
        AdamOptimizer aW(6, s), ab(3, s), aFlat(9, s);
        for (int t = 0; t < 4; ++t) {
            gW = Eigen::MatrixXd::Random(3, 2);
            gb = Eigen::VectorXd::Random(3);
            gFlat << gW.reshaped(), gb;
            aW.step(coefficients(W), coefficients(gW));
            ab.step(coefficients(b), coefficients(gb));
            aFlat.step(flat, gFlat);
        }
        QVERIFY(flat.head(6) == W.reshaped());  // bitwise: the same operations per entry
        QVERIFY(flat.tail(3) == b);
        QCOMPARE(aW.steps(), 4);
        Eigen::VectorXd wrong(5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, aW.step(wrong, gFlat.head(5)));
    }

    void pathNormProxTwoUnitsByHand() {
        // λ = 0.5, γ = 0.1, p = 0.5 → C = λγp·|prev|^(−1/2) = 0.025/√|prev|. d = 1 plus bias.
        PathNormSettings s;
        s.p = 0.5;
        s.lambda = 0.5;
        s.gamma = 0.1;
        s.eps = 1e-6;
        PathNormRegularizer prox(s, 1);
        Eigen::MatrixXd W(3, 1), pW(3, 1);
        Eigen::VectorXd b(3), v(3), pb(3), pv(3);
        // Unit 0: current products (2·1, 2·0.5) = (2, 1); previous (1·4, 1·0.25) = (4, 0.25)
        //   C = (0.025/2, 0.025/0.5) = (0.0125, 0.05) → u = (1.9875, 0.95).
        // Unit 1: current (−1·0.01, −1·−3) = (−0.01, 3); previous (−1·0, −1·−2) = (0, 2)
        //   C = (∞, 0.025/√2) → u = (0, 3 − 0.025/√2).
        // Unit 2: products (1e−6, 1e−6), C = 0.025/1e−3 = 25 → u = 0 → the unit is removed.
        W << 1.0, 0.01, 1e-3;
        b << 0.5, -3.0, 1e-3;
        v << 2.0, -1.0, 1e-3;
        pW << 4.0, 0.0, 1e-3;
        pb << 0.25, -2.0, 1e-3;
        pv << 1.0, -1.0, 1e-3;
        prox.proximalStep(W, b, v, pW, pb, pv);

        const double n0 = std::sqrt(1.9875 * 1.9875 + 0.95 * 0.95);
        QVERIFY(std::abs(v(0) - std::sqrt(n0)) < 1e-14);
        QVERIFY(std::abs(W(0, 0) - 1.9875 / std::sqrt(n0)) < 1e-14);
        QVERIFY(std::abs(b(0) - 0.95 / std::sqrt(n0)) < 1e-14);
        QVERIFY(std::abs(v(0) * W(0, 0) - 1.9875) < 1e-14);  // the split keeps the products

        const double u1 = 3.0 - 0.025 / std::sqrt(2.0);
        QVERIFY(std::abs(v(1) - (-std::sqrt(u1))) < 1e-14);  // sign of v kept
        QCOMPARE(W(1, 0), 0.0);                              // cut path stays exactly zero
        QVERIFY(std::abs(b(1) - (-u1 / std::sqrt(u1))) < 1e-14);
        QVERIFY(std::abs(v(1) * b(1) - u1) < 1e-14);

        QCOMPARE(v(2), 0.0);
        QCOMPARE(W(2, 0), 0.0);
        QCOMPARE(b(2), 0.0);
    }

    void pathNormP1IsPlainL1OnProducts() {
        // p = 1: C = λγ = 0.1 even where the previous product was 0 (|x|^0 = 1).
        PathNormSettings s;
        s.p = 1.0;
        s.lambda = 1.0;
        s.gamma = 0.1;
        PathNormRegularizer prox(s, 1);
        Eigen::MatrixXd W(1, 1), pW(1, 1);
        Eigen::VectorXd b(1), v(1), pb(1), pv(1);
        W << 0.5;
        b << 0.05;
        v << 1.0;
        pW << 0.0;
        pb << 1.0;
        pv << 1.0;
        prox.proximalStep(W, b, v, pW, pb, pv);  // u = (0.5 − 0.1, 0) = (0.4, 0)
        QVERIFY(std::abs(v(0) - std::sqrt(0.4)) < 1e-15);
        QVERIFY(std::abs(W(0, 0) - 0.4 / std::sqrt(0.4)) < 1e-15);
        QCOMPARE(b(0), 0.0);
        // evaluate: λ·Σ|products|^p = |√0.4·√0.4| = 0.4.
        QVERIFY(std::abs(prox.evaluate(W, b, v) - 0.4) < 1e-15);
    }

    void l1SoftThresholdsEveryEntry() {
        const L1Regularizer l1(0.5, 0.2);  // threshold lr·λ = 0.1
        Eigen::MatrixXd W(1, 3);
        W << 0.3, -0.05, -0.4;
        Eigen::VectorXd b(1), v(1);
        b << 0.1;
        v << -0.25;
        QVERIFY(std::abs(l1.evaluate(W, b, v) - 0.5 * 1.1) < 1e-15);
        l1.proximalStep(W, b, v);
        QVERIFY(std::abs(W(0, 0) - 0.2) < 1e-15);
        QCOMPARE(W(0, 1), 0.0);
        QVERIFY(std::abs(W(0, 2) + 0.3) < 1e-15);
        QCOMPARE(b(0), 0.0);  // |x| = t → 0
        QVERIFY(std::abs(v(0) + 0.15) < 1e-15);
    }

    void groupLassoShrinksWholeNeurons() {
        const GroupLassoRegularizer group(2.0, 0.5);  // threshold lr·λ = 1
        Eigen::MatrixXd W(2, 1);
        Eigen::VectorXd b(2), v(2);
        W << 3.0, 0.3;  // group 0: (3, 0, 4), norm 5 → ×(1 − 1/5) = (2.4, 0, 3.2)
        b << 0.0, 0.4;  // group 1: (0.3, 0.4, 0), norm 0.5 ≤ 1 → removed
        v << 4.0, 0.0;
        QVERIFY(std::abs(group.evaluate(W, b, v) - 2.0 * 5.5) < 1e-14);
        group.proximalStep(W, b, v);
        QVERIFY(std::abs(W(0, 0) - 2.4) < 1e-15);
        QVERIFY(std::abs(v(0) - 3.2) < 1e-15);
        QCOMPARE(b(0), 0.0);
        QCOMPARE(W(1, 0), 0.0);
        QCOMPARE(b(1), 0.0);
        QCOMPARE(v(1), 0.0);
    }

    void regularizerIds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("none") << "none" << true << "none";
        QTest::newRow("wd") << "wd" << true << "wd";
        QTest::newRow("l1") << "l1" << true << "l1";
        QTest::newRow("group") << "group" << true << "group";
        QTest::newRow("p0.4") << "p0.4" << true << "p0.4";
        QTest::newRow("p0.25") << "p0.25" << true << "p0.25";
        QTest::newRow("p1.0") << "p1.0" << true << "p1.0";
        QTest::newRow("p1") << "p1" << true << "p1.0";
        QTest::newRow("p.5") << "p.5" << true << "p0.5";
        QTest::newRow("p0") << "p0" << false << "";
        QTest::newRow("p1.5") << "p1.5" << false << "";
        QTest::newRow("p-0.1") << "p-0.1" << false << "";
        QTest::newRow("p space") << "p 0.4" << false << "";
        QTest::newRow("pnan") << "pnan" << false << "";
        QTest::newRow("px") << "px" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("upper") << "P0.4" << false << "";
        QTest::newRow("l2") << "l2" << false << "";
    }
    void regularizerIds() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        RegularizerSpec spec;
        QCOMPARE(RegularizerSpec::parse(text.toStdString(), spec, 0.25), ok);
        if (!ok) return;
        QCOMPARE(QString::fromStdString(spec.id()), canonical);
        QCOMPARE(spec.lambda, 0.25);
    }
};

QTEST_APPLESS_MAIN(TestOptimizersAndRegularizers)
#include "test_optimizers_and_regularizers.moc"
