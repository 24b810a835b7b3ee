// Interval bounds contain every sampled activation; LP tightening never loosens a bound and stays
// valid (checked against random inputs in the box, an independent witness).
#include <QtTest>
#include <random>

#include "core/adversarial/lp_tightening.h"
#include "core/adversarial/relu_bounds.h"
#include "tests/adversarial/adversarial_test_nets.h"

using namespace smip;
using smip::test::randomNet;

namespace {

// Checks every pre-activation of `samples` random inputs (plus the box corners' neighbourhood by
// sampling the vertices) against the bounds.
void checkContains(const MlpClassifier& net, const NetworkBounds& b, const Eigen::VectorXd& lo,
                   const Eigen::VectorXd& hi, int samples, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::bernoulli_distribution corner(0.5);
    for (int s = 0; s < samples; ++s) {
        Eigen::VectorXd x(lo.size());
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x(i) = s % 4 == 0 ? (corner(rng) ? hi(i) : lo(i)) : lo(i) + u(rng) * (hi(i) - lo(i));
        const auto z = net.preActivations(x);
        for (int l = 0; l < net.layerCount(); ++l)
            for (Eigen::Index i = 0; i < z[l].size(); ++i) {
                QVERIFY2(z[l](i) >= b.lower[l](i) - 1e-9,
                         qPrintable(QString("layer %1 neuron %2: %3 < lower %4")
                                        .arg(l)
                                        .arg(i)
                                        .arg(z[l](i))
                                        .arg(b.lower[l](i))));
                QVERIFY(z[l](i) <= b.upper[l](i) + 1e-9);
            }
    }
}

}  // namespace

class TestReluBounds : public QObject {
    Q_OBJECT
  private slots:
    void intervalBoundsContainSamples_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("radius");
        QTest::newRow("unit box") << 1 << -1.0;
        QTest::newRow("small box") << 2 << 0.05;
        QTest::newRow("medium box") << 3 << 0.2;
    }
    void intervalBoundsContainSamples() {
        QFETCH(int, seed);
        QFETCH(double, radius);
        const MlpClassifier net = randomNet({8, 10, 6, 3}, seed, 0.5);
        Eigen::VectorXd lo = Eigen::VectorXd::Zero(8), hi = Eigen::VectorXd::Ones(8);
        if (radius > 0) {
            const Eigen::VectorXd c = Eigen::VectorXd::Constant(8, 0.5);
            lo = c.array() - radius;
            hi = c.array() + radius;
        }
        const NetworkBounds b = intervalBounds(net, lo, hi);
        checkContains(net, b, lo, hi, 3000, seed + 9);
        const BoundStats s = boundStats(b);
        QCOMPARE(s.stableActive + s.stableInactive + s.unstable, 16);
    }

    void firstLayerIntervalIsExact() {
        // For one linear layer over a box the interval bound is attained at a vertex: check it
        // against brute force over all 2^4 vertices.
        const MlpClassifier net = randomNet({4, 3, 2}, 4, 0.5);
        const Eigen::VectorXd lo = Eigen::VectorXd::Zero(4), hi = Eigen::VectorXd::Ones(4);
        const NetworkBounds b = intervalBounds(net, lo, hi);
        for (int i = 0; i < 3; ++i) {
            double mn = 1e300, mx = -1e300;
            for (int v = 0; v < 16; ++v) {
                Eigen::VectorXd x(4);
                for (int k = 0; k < 4; ++k)
                    x(k) = (v >> k) & 1;
                const double z = net.weights[0].row(i).dot(x) + net.biases[0](i);
                mn = std::min(mn, z);
                mx = std::max(mx, z);
            }
            QVERIFY(std::abs(b.lower[0](i) - mn) < 1e-12);
            QVERIFY(std::abs(b.upper[0](i) - mx) < 1e-12);
        }
    }

    void lpTighteningNeverLoosensAndStaysValid_data() {
        QTest::addColumn<int>("seed");
        QTest::newRow("a") << 5;
        QTest::newRow("b") << 6;
    }
    void lpTighteningNeverLoosensAndStaysValid() {
        QFETCH(int, seed);
        const MlpClassifier net = randomNet({6, 8, 8, 6, 3}, seed, 0.5);
        const Eigen::VectorXd lo = Eigen::VectorXd::Zero(6), hi = Eigen::VectorXd::Ones(6);
        const NetworkBounds before = intervalBounds(net, lo, hi);
        NetworkBounds after = before;
        const LpTighteningReport rep = tightenBoundsLp(net, lo, hi, after);
        QVERIFY(rep.lpSolves > 0);
        QCOMPARE(rep.lpFailures, 0);
        double gained = 0.0;
        for (int l = 0; l < net.layerCount(); ++l)
            for (Eigen::Index i = 0; i < before.lower[l].size(); ++i) {
                QVERIFY(after.lower[l](i) >= before.lower[l](i));
                QVERIFY(after.upper[l](i) <= before.upper[l](i));
                gained += (before.upper[l](i) - before.lower[l](i)) -
                          (after.upper[l](i) - after.lower[l](i));
            }
        QVERIFY(gained > 0.0);  // on deeper layers intervals are loose: the LPs must help
        QVERIFY(boundStats(after).totalBigM <= boundStats(before).totalBigM);
        checkContains(net, after, lo, hi, 3000, seed + 1);
    }
};

QTEST_APPLESS_MAIN(TestReluBounds)
#include "test_relu_bounds.moc"
