// The Ipopt formulations: surrogate derivatives, a case with a closed-form answer, Ipopt's own
// derivative checker on our Jacobian/Hessian, cancel, the time limit, and serialized solves.
#include <QtTest>
#include <atomic>
#include <random>
#include <thread>

#include "core/adversarial/nlp/smooth_attack.h"
#include "tests/adversarial/adversarial_test_nets.h"

using namespace smip;
using smip::test::randomNet;

namespace {

SmoothAttackSpec spec2(const Eigen::VectorXd& x0, int winner, int loser, double margin) {
    return {x0,
            Eigen::VectorXd::Zero(x0.size()),
            Eigen::VectorXd::Ones(x0.size()),
            {{winner, loser, margin}}};
}

}  // namespace

class TestSmoothAttack : public QObject {
    Q_OBJECT
  private slots:
    void surrogateDerivatives_data() {
        QTest::addColumn<QString>("id");
        QTest::newRow("sqrt") << "sqrt";
        QTest::newRow("sqrt:0.01") << "sqrt:0.01";
        QTest::newRow("softplus:1") << "softplus:1";
        QTest::newRow("softplus:5") << "softplus:5";
    }
    void surrogateDerivatives() {
        QFETCH(QString, id);
        SmoothRelu r;
        QVERIFY(SmoothRelu::parse(id.toStdString(), r));
        QCOMPARE(QString::fromStdString(r.id()), id);
        for (double a : {-3.0, -0.4, -0.01, 0.02, 0.5, 2.5}) {
            const double h = 1e-6;
            const double fd1 = (r.value(a + h) - r.value(a - h)) / (2 * h);
            const double fd2 = (r.d1(a + h) - r.d1(a - h)) / (2 * h);
            QVERIFY2(std::abs(fd1 - r.d1(a)) < 1e-6, qPrintable(QString::number(a)));
            QVERIFY2(std::abs(fd2 - r.d2(a)) < 1e-4 * (1 + std::abs(fd2)),
                     qPrintable(QString("%1: %2 vs %3").arg(a).arg(fd2).arg(r.d2(a))));
            QVERIFY(r.value(a) >= std::max(a, 0.0));  // both surrogates lie above ReLU
        }
        QVERIFY(!SmoothRelu::parse("softplus:0", r));
        QVERIFY(!SmoothRelu::parse("relu", r));
    }

    void linearNetworkClosedForm() {
        // No hidden layer: z0 = 0, z1 = x1 + 2·x2 − 1. From x0 = (0.2, 0.2), class 1 needs
        // x1 + 2·x2 ≥ 1.01; moving x2 is twice as effective, so Δx2 = (1.01 − 0.6)/2 = 0.205.
        MlpClassifier net;
        net.weights = {(Eigen::Matrix2d() << 0, 0, 1, 2).finished()};
        net.biases = {Eigen::Vector2d(0, -1)};
        const NlpResult r =
            solveSmoothAttack(net, spec2(Eigen::Vector2d(0.2, 0.2), 1, 0, 0.01), SmoothRelu{});
        QCOMPARE(nlpStatusId(r.status), "locally_optimal");
        QVERIFY2(std::abs(r.objective - 0.205) < 1e-6, qPrintable(QString::number(r.objective)));
        QVERIFY(std::abs(r.x(1) - 0.405) < 1e-6);
        QVERIFY(std::abs(r.x(0) - 0.2) < 1e-6);
    }

    void derivativeCheckerAgrees_data() {
        QTest::addColumn<QString>("id");
        QTest::newRow("sqrt:0.01") << "sqrt:0.01";
        QTest::newRow("softplus:1") << "softplus:1";
        QTest::newRow("softplus:5") << "softplus:5";
    }
    void derivativeCheckerAgrees() {
        QFETCH(QString, id);
        SmoothRelu relu;
        QVERIFY(SmoothRelu::parse(id.toStdString(), relu));
        const MlpClassifier net = randomNet({5, 4, 3, 3}, 2);
        NlpOptions opt;
        opt.derivativeTest = true;
        opt.maxIterations = 0;
        std::vector<std::string> log;
        NlpHooks hooks;
        hooks.onLog = [&](const std::string& l) { log.push_back(l); };
        solveSmoothAttack(net, spec2(Eigen::VectorXd::Constant(5, 0.4), 1, 0, 0.01), relu, opt,
                          hooks);
        bool clean = false;
        std::string all;
        for (const auto& l : log) {
            clean =
                clean || l.find("No errors detected by derivative checker") != std::string::npos;
            all += l + "\n";
        }
        QVERIFY2(clean, all.substr(0, 4000).c_str());
    }

    void cancelAndTimeLimit() {
        const MlpClassifier net = randomNet({16, 12, 8, 4}, 3);
        const auto spec = spec2(Eigen::VectorXd::Constant(16, 0.5), 2, 1, 0.5);
        std::stop_source stop;
        NlpHooks hooks;
        hooks.onProgress = [&](const NlpProgress& p) {
            if (p.iteration >= 2) stop.request_stop();
        };
        const NlpResult c = solveSmoothAttack(net, spec, SmoothRelu{}, {}, hooks, stop.get_token());
        QCOMPARE(nlpStatusId(c.status), "cancelled");
        QVERIFY(c.iterations <= 2);
        QVERIFY(c.hasPoint);  // finalize_solution still delivers the last iterate

        NlpOptions opt;
        opt.timeLimitSeconds = 0.0;
        const NlpResult t = solveSmoothAttack(net, spec, SmoothRelu{}, opt);
        QCOMPARE(nlpStatusId(t.status), "time_limit");
    }

    void concurrentSolvesAreSerialized() {
        // Ipopt 3.11 segfaults on concurrent solves; the mutex must make this safe and identical.
        const MlpClassifier net = randomNet({8, 6, 3}, 4);
        const auto spec = spec2(Eigen::VectorXd::Constant(8, 0.5), 1, 0, 0.05);
        SmoothRelu relu;
        relu.beta = 5.0;
        const NlpResult ref = solveSmoothAttack(net, spec, relu);
        std::vector<NlpResult> res(4);
        {
            std::vector<std::jthread> threads;
            for (int k = 0; k < 4; ++k)
                threads.emplace_back([&, k] { res[k] = solveSmoothAttack(net, spec, relu); });
        }
        for (const auto& r : res) {
            QCOMPARE(r.status, ref.status);
            QVERIFY(std::abs(r.objective - ref.objective) < 1e-9);
        }
    }

    void badInputIsAMessage() {
        MlpClassifier net = randomNet({3, 2, 2}, 1);
        const NlpResult r =
            solveSmoothAttack(net, spec2(Eigen::VectorXd::Zero(4), 1, 0, 0.0), SmoothRelu{});
        QCOMPARE(nlpStatusId(r.status), "failed");
        QVERIFY(r.message.find("3 entries") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSmoothAttack)
#include "test_smooth_attack.moc"
