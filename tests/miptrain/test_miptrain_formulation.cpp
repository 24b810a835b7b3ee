// Tests of the MIP training formulation (Patil & Mintz): architecture parsing, exact
// sample aggregation, the binary × weight linearization against direct evaluation, the McCormick
// relaxation's direction, decoded loss = MILP objective, an exact XOR fit and cancel. Expectations
// come from hand-built networks and direct forward passes, never from the code's own output.
#include <QtTest>

#include <cmath>
#include <random>

#include "core/milp/milp_solver.h"
#include "core/miptrain/mip_evaluation.h"
#include "core/miptrain/mip_solve.h"
#include "core/miptrain/network_milp.h"
#include "core/miptrain/parity5.h"

using namespace smip;

namespace {

WeightedSamples xorSamples() {
    Eigen::MatrixXd X(4, 2);
    X << 0, 0, 0, 1, 1, 0, 1, 1;
    return unitSamples(X, {0, 1, 1, 0}, 2);
}

MipArchitecture arch(std::vector<int> w) {
    MipArchitecture a;
    a.widths = std::move(w);
    return a;
}

MilpOptions quiet(double seconds = 30.0) {
    MilpOptions o;
    o.logLevel = 0;
    o.timeLimitSeconds = seconds;
    return o;
}

// A random network whose hidden pre-activations on X are all at least 2ε away from 0, so the
// margin rows of the MILP cannot exclude it.
MipNetwork marginSafeNetwork(const MipArchitecture& a, MipActivation act, const Eigen::MatrixXd& X,
                             double eps, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> U(-1.0, 1.0);
    for (int tries = 0; tries < 10000; ++tries) {
        MipNetwork net = zeroMipNetwork(a, act);
        Eigen::VectorXd t(net.parameterCount());
        for (Eigen::Index i = 0; i < t.size(); ++i)
            t(i) = U(rng);
        net.unflatten(t);
        if (act == MipActivation::Relu || mipMinHiddenMargin(net, X) >= 2 * eps) return net;
    }
    return zeroMipNetwork(a, act);
}

}  // namespace

class TestMiptrainFormulation : public QObject {
    Q_OBJECT
  private slots:
    void badArchitectures_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("double dash") << "5--2"
                                     << "empty layer 2";
        QTest::newRow("zero units") << "5-0-2"
                                    << "0 units";
        QTest::newRow("letters") << "5-a-2"
                                 << "not a whole number";
        QTest::newRow("single") << "5"
                                << "at least an input and an output";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("trailing dash") << "5-5-"
                                       << "empty layer 3";
        QTest::newRow("negative") << "-5-2"
                                  << "empty layer 1";
    }
    void badArchitectures() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        MipArchitecture a;
        std::string error;
        QVERIFY(!parseArchitecture(text.toStdString(), a, error));
        QVERIFY2(error.find(expected.toStdString()) != std::string::npos, error.c_str());
    }

    void architectureMismatch() {
        MipArchitecture a;
        std::string error;
        QVERIFY(parseArchitecture("4-5-2", a, error));
        QCOMPARE(a.hiddenLayers(), 1);
        error = checkArchitecture(a, 5, 2);
        QVERIFY2(
            error.find("first layer has 4 units but the data has 5 features") != std::string::npos,
            error.c_str());
        QVERIFY(parseArchitecture("5-5-3", a, error));
        error = checkArchitecture(a, 5, 2);
        QVERIFY2(error.find("3 units but the data has 2 classes") != std::string::npos,
                 error.c_str());
        QVERIFY(parseArchitecture("5-7-3-2", a, error));
        QCOMPARE(checkArchitecture(a, 5, 2), std::string());
        QCOMPARE(a.hidden(), (std::vector<int>{7, 3}));
        // The builder refuses it too, with the same message.
        NetworkMilp m;
        QVERIFY(!buildNetworkMilp(xorSamples(), arch({3, 2, 2}), MipFormulation{}, m, error));
        QVERIFY2(error.find("2 features") != std::string::npos, error.c_str());
    }

    void parityDataAndAggregation() {
        const auto p = generateParity5(1000, 250, 0.1, 1);
        QCOMPARE(p.train.samples(), 1000);
        QCOMPARE(p.test.samples(), 250);
        int wrong = 0;
        for (int n = 0; n < 1000; ++n) {
            const int par =
                static_cast<int>(p.train.X(n, 0) + p.train.X(n, 2) + p.train.X(n, 4)) % 2;
            wrong += par != static_cast<int>(p.train.y(n));
        }
        QCOMPARE(wrong, 100);  // exactly 10 % flipped
        const WeightedSamples ws = aggregateDataset(p.train);
        QVERIFY(ws.samples() <= 64);
        QCOMPARE(ws.totalWeight(), 1000.0);
        // Aggregation is exact: any network scores the same on merged and raw samples.
        std::vector<int> y;
        for (int n = 0; n < 1000; ++n)
            y.push_back(static_cast<int>(p.train.y(n)));
        const WeightedSamples raw = unitSamples(p.train.X, y, 2);
        for (auto act : {MipActivation::Binary, MipActivation::Relu}) {
            for (auto loss : {MipLoss::Nll, MipLoss::Errors}) {
                MipFormulation f;
                f.activation = act;
                f.loss = loss;
                const MipNetwork net = randomMipNetwork(arch({5, 4, 2}), act, 1.0, 3);
                const auto a = evaluateMipNetwork(net, ws, f), b = evaluateMipNetwork(net, raw, f);
                QVERIFY(std::abs(a.loss - b.loss) < 1e-9 * (1 + std::abs(b.loss)));
                QVERIFY(std::abs(a.accuracy - b.accuracy) < 1e-12);
            }
        }
    }

    // Hand-built 2-2-2 step network: h1 = OR, h2 = AND (scaled into [−1, 1]), XOR = h1 − h2.
    void xorHandNetworkAndMip() {
        MipNetwork net = zeroMipNetwork(arch({2, 2, 2}), MipActivation::Binary);
        net.weights[0] << 1, 1, 0.5, 0.5;
        net.biases[0] << -0.5, -0.75;
        net.weights[1] << -1, 1, 1, -1;
        net.biases[1] << 0.5, -0.5;
        const WeightedSamples s = xorSamples();
        MipFormulation f;
        f.sparsity = 0.0;  // the objective is the loss alone here
        QCOMPARE(evaluateMipNetwork(net, s, f).loss, 0.0);
        QCOMPARE(evaluateMipNetwork(net, s, f).accuracy, 1.0);
        QVERIFY(mipFeasible(net, s, f));
        for (auto loss : {MipLoss::Nll, MipLoss::Errors}) {
            f.loss = loss;
            const auto o = trainFullMip(s, arch({2, 2, 2}), f, quiet(), {}, {});
            QCOMPARE(o.status, MilpStatus::Optimal);
            QVERIFY(o.exact);
            QVERIFY(std::abs(o.objective) < 1e-6);
            QCOMPARE(evaluateMipNetwork(o.network, s, f).accuracy, 1.0);
            QVERIFY(evaluateMipNetwork(o.network, s, f).loss < 1e-6);
        }
        // With one hidden unit XOR cannot be fitted by a step network: some error must remain.
        f.loss = MipLoss::Errors;
        const auto one = trainFullMip(s, arch({2, 1, 2}), f, quiet(), {}, {});
        QCOMPARE(one.status, MilpStatus::Optimal);
        QVERIFY(one.objective > 0.5);
    }

    // Fix weights and inputs: the binary MILP must reproduce the forward pass exactly.
    void binaryLinearizationMatchesForward_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("errors");
        for (int s = 1; s <= 4; ++s) {
            QTest::newRow(("nll " + std::to_string(s)).c_str()) << s << false;
            QTest::newRow(("errors " + std::to_string(s)).c_str()) << s << true;
        }
    }
    void binaryLinearizationMatchesForward() {
        QFETCH(int, seed);
        QFETCH(bool, errors);
        std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
        std::uniform_real_distribution<double> U(0.0, 1.0);
        Eigen::MatrixXd X(6, 3);
        for (Eigen::Index i = 0; i < X.size(); ++i)
            X.data()[i] = U(rng);
        const WeightedSamples s = aggregateSamples(
            X, {0, 1, 2, 0, 1, 2}, 3, (Eigen::VectorXd(6) << 1, 2, 3, 1, 1, 4).finished());
        MipFormulation f;
        f.sparsity = 0.0;  // the objective is the loss alone here
        f.loss = errors ? MipLoss::Errors : MipLoss::Nll;
        f.symmetryBreaking = false;  // random biases are not sorted
        const auto a = arch({3, 3, 2, 3});
        const MipNetwork net = marginSafeNetwork(a, MipActivation::Binary, X, f.margin, rng);
        NetworkMilp m;
        std::string error;
        QVERIFY2(buildNetworkMilp(s, a, f, m, error), error.c_str());
        fixNetworkParameters(m, net);
        const MilpResult r = solveMilp(m.problem, quiet());
        QCOMPARE(r.status, MilpStatus::Optimal);
        // hidden activations and scores by direct evaluation
        for (int l = 0; l < 2; ++l) {
            const Eigen::MatrixXd H = mipHiddenActivations(net, s.X, l + 1);
            for (int n = 0; n < s.samples(); ++n)
                for (Eigen::Index k = 0; k < H.cols(); ++k)
                    QVERIFY(std::abs(r.solution[m.hiddenColumns[l][n][k]] - H(n, k)) < 1e-6);
        }
        const Eigen::MatrixXd O = mipForward(net, s.X);
        for (int n = 0; n < s.samples(); ++n)
            for (int j = 0; j < 3; ++j)
                QVERIFY(std::abs(r.solution[m.scoreColumns[n][j]] - O(n, j)) < 1e-6);
        const double direct = evaluateMipNetwork(net, s, f).loss;
        QVERIFY2(std::abs(r.objective - direct) < 1e-5,
                 (std::to_string(r.objective) + " vs " + std::to_string(direct)).c_str());
    }

    // ReLU × weight products are relaxed (McCormick): with weights fixed, the MILP can only
    // under-estimate the true loss, and more pieces can only tighten it.
    void reluRelaxationIsALowerBound() {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> U(0.0, 1.0);
        Eigen::MatrixXd X(5, 2);
        for (Eigen::Index i = 0; i < X.size(); ++i)
            X.data()[i] = U(rng);
        const WeightedSamples s = unitSamples(X, {0, 1, 0, 1, 1}, 2);
        MipFormulation f;
        f.sparsity = 0.0;  // the objective is the loss alone here
        f.activation = MipActivation::Relu;
        f.symmetryBreaking = false;  // random biases are not sorted
        const auto a = arch({2, 3, 2});
        const MipNetwork net = marginSafeNetwork(a, MipActivation::Relu, X, 0.0, rng);
        const double direct = evaluateMipNetwork(net, s, f).loss;
        double previous = -1e300;
        for (int parts : {1, 2, 4}) {
            f.partitions = parts;
            NetworkMilp m;
            std::string error;
            QVERIFY2(buildNetworkMilp(s, a, f, m, error), error.c_str());
            QVERIFY(!m.exact);
            fixNetworkParameters(m, net);
            const MilpResult r = solveMilp(m.problem, quiet());
            QCOMPARE(r.status, MilpStatus::Optimal);
            QVERIFY2(r.objective <= direct + 1e-6,
                     (std::to_string(r.objective) + " > " + std::to_string(direct)).c_str());
            QVERIFY(r.objective >= previous - 1e-6);
            previous = r.objective;
        }
        // Without hidden layers there is no product: ReLU formulation is exact.
        QVERIFY(formulationExact(f, 0));
        QVERIFY(!formulationExact(f, 1));
    }

    // Trained (not fixed): the decoded network re-evaluated gives the MILP objective.
    void decodedLossEqualsObjective_data() {
        QTest::addColumn<bool>("errors");
        QTest::addColumn<double>("sparsity");
        QTest::newRow("nll") << false << 0.0;
        QTest::newRow("errors") << true << 0.0;
        QTest::newRow("nll + sparsity") << false << 0.05;
    }
    void decodedLossEqualsObjective() {
        QFETCH(bool, errors);
        QFETCH(double, sparsity);
        const auto p = generateParity5(16, 0, 0.1, 3);
        const WeightedSamples s = aggregateDataset(p.train);
        MipFormulation f;
        f.loss = errors ? MipLoss::Errors : MipLoss::Nll;
        f.sparsity = sparsity;
        const auto o = trainFullMip(s, arch({5, 2, 2}), f, quiet(5.0), {}, {});
        QVERIFY2(o.hasNetwork, o.message.c_str());
        QVERIFY(mipFeasible(o.network, s, f));
        const double value = mipObjectiveValue(o.network, s, f);
        const std::string both = std::to_string(value) + " vs " + std::to_string(o.objective);
        // Any incumbent: the MILP may count a zero weight as used (its indicator is only bounded
        // below), never the reverse, so the decoded value is at most the objective...
        QVERIFY2(value <= o.objective + 1e-5 * (1 + std::abs(value)), both.c_str());
        // ...and equal when nothing can be slack: without a sparsity cost, or at the proven
        // optimum (with one, a 5 s limit on a loaded machine ended the search with a slack
        // indicator: 8.4 decoded vs 8.6).
        if (sparsity == 0.0 || o.status == MilpStatus::Optimal)
            QVERIFY2(std::abs(value - o.objective) < 1e-5 * (1 + std::abs(value)), both.c_str());
    }

    void cancelStops() {
        // Deterministic: the stop is requested inside the 5th CBC log line of the full MILP
        // (preprocessing/root, where reaching the search takes seconds); it must come back
        // Cancelled, with at most the final progress sample after it. An ignored stop would run
        // to the 60 s limit.
        const auto p = generateParity5(1000, 0, 0.1, 2);
        const WeightedSamples s = aggregateDataset(p.train);
        std::stop_source src;
        int logs = 0, samplesAfterStop = 0;
        MipTrainHooks hooks;
        hooks.onLog = [&](const std::string&) {
            if (++logs == 5) src.request_stop();
        };
        hooks.onMilpProgress = [&](const MilpProgress&) {
            if (src.stop_requested()) ++samplesAfterStop;
        };
        MilpOptions o = quiet(60.0);
        o.logLevel = 1;
        const auto out =
            trainFullMip(s, arch({5, 6, 6, 2}), MipFormulation{}, o, hooks, src.get_token());
        QVERIFY2(logs >= 5, "the solve ended before its 5th log line");
        QCOMPARE(statusId(out.status), statusId(MilpStatus::Cancelled));
        QVERIFY2(samplesAfterStop <= 1, qPrintable(QString::number(samplesAfterStop)));
    }
};

QTEST_APPLESS_MAIN(TestMiptrainFormulation)
#include "test_miptrain_formulation.moc"
