// Tests of the perceptron MILP (Rosenhahn, JOTA 2023): formulation size, MIP start, exact fits on
// hand-made data, sparsity flags, integer mode, decode/verify, cancel and bad input. Expectations
// come from geometry and brute force, never from the code's own output.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/data/bundled_datasets.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_trainer.h"
#include "tests/perceptron/perceptron_test_util.h"

using namespace smip;
using smip::test::infeasibility;
using smip::test::makeData;
using smip::test::objectiveOf;

namespace {

// XOR on the unit square's corners with uneven multiplicities.
Dataset xorData() {
    std::vector<std::vector<double>> X;
    std::vector<int> y;
    auto add = [&](double a, double b, int c, int times) {
        for (int t = 0; t < times; ++t)
            X.push_back({a, b}), y.push_back(c);
    };
    add(0, 0, 0, 3);
    add(1, 1, 0, 2);
    add(0, 1, 1, 2);
    add(1, 0, 1, 1);
    return makeData(X, y, 2);
}

// Separable by x1 + x2 ≥ 1 with a clear gap.
Dataset separableData() {
    std::vector<std::vector<double>> X;
    std::vector<int> y;
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> U(0.0, 1.0);
    while (X.size() < 14) {
        const double a = U(rng), b = U(rng);
        if (std::abs(a + b - 1.0) < 0.15) continue;
        X.push_back({a, b});
        y.push_back(a + b > 1.0 ? 1 : 0);
    }
    X.push_back({0, 0}), y.push_back(0);  // pin the min/max transform to the unit square
    X.push_back({1, 1}), y.push_back(1);
    return makeData(X, y, 2);
}

MilpOptions quick(double seconds = 20.0) {
    MilpOptions o;
    o.timeLimitSeconds = seconds;
    o.logLevel = 0;
    return o;
}

// A solver ended after its grace period: Cancelled, the last incumbent's value but no solution
// vector, as WorkerProcessMilpBackend reports a killed worker.
class KilledBackend final : public MilpBackend {
  public:
    MilpResult solve(const MilpProblem&, const MilpOptions&, const MilpHooks&,
                     std::stop_token) const override {
        MilpResult r;
        r.status = MilpStatus::Cancelled;
        r.message = "stopped; the solver process was ended before it reported a result";
        r.objective = -1.0;
        r.bestBound = -3.0;
        return r;
    }
};

// The real solve, whose final solution vector is then lost, as when a worker process is killed
// after it reported incumbents but before its result.
class SolutionLostBackend final : public MilpBackend {
  public:
    MilpResult solve(const MilpProblem& p, const MilpOptions& o, const MilpHooks& h,
                     std::stop_token stop) const override {
        MilpResult r = inProcessMilpBackend().solve(p, o, h, stop);
        r.status = MilpStatus::Cancelled;
        r.hasSolution = false;
        r.solution.clear();
        return r;
    }
};

}  // namespace

class TestPerceptronMilp : public QObject {
    Q_OBJECT
  private slots:
    void sizeEstimateMatchesBuild_data();
    void sizeEstimateMatchesBuild();
    void majorityStartIsFeasible();
    void integerHeuristicStartBeatsMajority();
    void predictionRule();
    void separableNeedsOneUnit();
    void xorTwoUnitsZeroError();
    void xorOneUnitMatchesBruteForce();
    void killSwitchKeepsTwoUnitsOnXor();
    void weightsFlagSparsifies();
    void integerModeGivesIntegers();
    void nonnegativeWeights();
    void decodedErrorsEqualMilpLoss();
    void cancelStopsSolve();
    void killedSolverKeepsTheStart();
    void liveIncumbentsAreEvaluatedAndKept();
    void badInput_data();
    void badInput();
    void usedUnitCutsKeepTheOptimum_data();
    void usedUnitCutsKeepTheOptimum();
};

void TestPerceptronMilp::sizeEstimateMatchesBuild_data() {
    QTest::addColumn<int>("flags");  // bit 0 weights, 1 activations, 2 neurons, 3 integer, 4 nonneg
    QTest::addColumn<int>("cap");
    for (int f = 0; f < 32; f += (f < 8 ? 1 : 3))
        QTest::newRow(qPrintable(QString::number(f))) << f << -1;
    QTest::newRow("cap") << 1 << 3;
    QTest::newRow("cap+neurons") << 5 << 2;
}

void TestPerceptronMilp::sizeEstimateMatchesBuild() {
    QFETCH(int, flags);
    QFETCH(int, cap);
    PerceptronConfig c;
    c.hidden = 3;
    c.sparsity.weights = flags & 1;
    c.sparsity.activations = flags & 2;
    c.sparsity.neurons = flags & 4;
    c.integer = flags & 8;
    c.nonnegative = flags & 16;
    c.sparsity.maxWeights = cap;
    Dataset d =
        makeData({{0, 1, 2}, {1, 0, 3}, {2, 2, 0}, {3, 1, 1}, {0.5, 0.2, 0.1}}, {0, 1, 2, 1, 0}, 3);
    PerceptronMilp milp;
    std::string err;
    QVERIFY2(buildPerceptronMilp(d, c, milp, err), err.c_str());
    const auto est = estimatePerceptronMilp(5, 3, 3, c);
    QCOMPARE(est.columns, static_cast<long long>(milp.problem.columns.size()));
    QCOMPARE(est.rows, static_cast<long long>(milp.problem.rows.size()));
    QCOMPARE(est.binaries, static_cast<long long>(milp.problem.binaryCount()));
    QCOMPARE(est.integers, static_cast<long long>(milp.problem.integerCount()));
}

void TestPerceptronMilp::majorityStartIsFeasible() {
    // 5 samples of class 0, 3 of class 1, 2 of class 2: majority start gets the 5 right and
    // two wrong bits (own bit off, class-0 bit on) for each of the other 5 → 10 bit errors.
    std::vector<std::vector<double>> X;
    std::vector<int> y;
    for (int i = 0; i < 10; ++i)
        X.push_back({double(i), double(i * i % 7)}), y.push_back(i < 5 ? 0 : (i < 8 ? 1 : 2));
    for (int flags = 0; flags < 16; ++flags) {
        PerceptronConfig c;
        c.hidden = 3;
        c.sparsity.weights = flags & 1;
        c.sparsity.activations = flags & 2;
        c.sparsity.neurons = flags & 4;
        c.integer = flags & 8;
        PerceptronMilp milp;
        std::string err;
        QVERIFY2(buildPerceptronMilp(makeData(X, y, 3), c, milp, err), err.c_str());
        const auto x = majorityPerceptronStart(milp);
        QCOMPARE(x.size(), milp.problem.columns.size());
        const QString why = infeasibility(milp.problem, x);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(objectiveOf(milp.problem, x), 10.0);
        // The heuristic start must be feasible too and never worse than the majority start.
        const auto h = heuristicPerceptronStart(milp);
        const QString whyH = infeasibility(milp.problem, h);
        QVERIFY2(whyH.isEmpty(), qPrintable(whyH));
        QVERIFY(objectiveOf(milp.problem, h) <= 10.0 + 1e-9);
    }
}

void TestPerceptronMilp::integerHeuristicStartBeatsMajority() {
    // Iris in integer mode: inputs run to 10 per feature but biases only to ±10, so detectors
    // scaled to the full weight bound have no reachable threshold (the start used to fall back
    // to the majority class). The heuristic must find one-vs-rest detectors: on iris they get
    // well over half the samples right, where majority gets one third.
    Dataset iris;
    std::string err;
    QVERIFY2(loadBundledDataset("iris", iris, err), err.c_str());
    for (bool integer : {false, true}) {
        PerceptronConfig c;
        c.hidden = 8;
        c.integer = integer;
        PerceptronMilp milp;
        QVERIFY2(buildPerceptronMilp(iris, c, milp, err), err.c_str());
        const auto major = majorityPerceptronStart(milp);
        const auto h = heuristicPerceptronStart(milp);
        const QString why = infeasibility(milp.problem, h);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Majority: 100 of 150 samples wrong, two bits each.
        QCOMPARE(objectiveOf(milp.problem, major), 200.0);
        // One detector per class: three units with nonzero weights.
        int units = 0;
        for (int i = 0; i < c.hidden; ++i) {
            bool any = false;
            for (int j = 0; j < milp.index.m; ++j)
                any = any || h[static_cast<std::size_t>(milp.index.w[i * milp.index.m + j])] != 0.0;
            units += any ? 1 : 0;
        }
        QCOMPARE(units, 3);
        QVERIFY2(objectiveOf(milp.problem, h) < 120.0,
                 qPrintable(QString("integer=%1: heuristic start objective %2")
                                .arg(integer)
                                .arg(objectiveOf(milp.problem, h))));
    }
}

void TestPerceptronMilp::predictionRule() {
    // Hand-set network on 1-D input u = x (range 0..1): unit 0 fires for u ≥ 0.5.
    PerceptronNet net;
    net.fitTransform((Eigen::MatrixXd(2, 1) << 0.0, 1.0).finished(), false, 10);
    net.W = (Eigen::MatrixXd(1, 1) << 1.0).finished();
    net.b = (Eigen::VectorXd(1) << -0.5).finished();
    // Unit off: outputs pre = bF = (−1, −0.2, −0.5) → none set → largest pre: class 1.
    // Unit on: pre = (0.5, 0.5, −0.5) → classes 0 and 1 set, tie → lowest id 0.
    net.Q = (Eigen::MatrixXd(1, 3) << 1.5, 0.7, 0.0).finished();
    net.bF = (Eigen::VectorXd(3) << -1.0, -0.2, -0.5).finished();
    const auto f = net.forward((Eigen::MatrixXd(2, 1) << 0.2, 0.9).finished());
    QCOMPARE(f.hidden(0, 0), 0);
    QCOMPARE(f.hidden(1, 0), 1);
    QCOMPARE(f.predicted(0), 1);
    QCOMPARE(f.predicted(1), 0);
}

void TestPerceptronMilp::separableNeedsOneUnit() {
    PerceptronConfig c;
    c.hidden = 1;
    const Dataset d = separableData();
    const auto r = trainPerceptron(d, nullptr, c, quick());
    QVERIFY2(r.hasNetwork, r.message.c_str());
    QCOMPARE(r.status, MilpStatus::Optimal);
    QCOMPARE(r.train.bitErrors, 0);
    QCOMPARE(r.train.misclassified, 0);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

void TestPerceptronMilp::xorTwoUnitsZeroError() {
    PerceptronConfig c;
    c.hidden = 2;
    const auto r = trainPerceptron(xorData(), nullptr, c, quick());
    QVERIFY2(r.hasNetwork, r.message.c_str());
    QCOMPARE(r.status, MilpStatus::Optimal);
    QCOMPARE(r.train.bitErrors, 0);
    QCOMPARE(r.train.accuracy, 1.0);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

void TestPerceptronMilp::xorOneUnitMatchesBruteForce() {
    const Dataset d = xorData();
    // One hidden step splits the 4 corners by a line: every subset except the two diagonals. Each
    // output bit is then any Boolean function of that one step (const 0/1, identity, negation), so
    // per side and output the best bit is the side's majority for that output.
    const double corners[4][2] = {{0, 0}, {1, 1}, {0, 1}, {1, 0}};
    int best = 1 << 30;
    for (int S = 0; S < 16; ++S) {
        if (S == 0b0011 || S == 0b1100) continue;  // {(0,0),(1,1)} / {(0,1),(1,0)}: not separable
        int bits = 0;
        for (int side = 0; side < 2; ++side)
            for (int k = 0; k < 2; ++k) {
                int ones = 0, zeros = 0;
                for (int s = 0; s < d.samples(); ++s) {
                    int corner = 0;
                    while (corners[corner][0] != d.X(s, 0) || corners[corner][1] != d.X(s, 1))
                        ++corner;
                    if (((S >> corner) & 1) != side) continue;
                    (static_cast<int>(d.y(s)) == k ? ones : zeros) += 1;
                }
                bits += std::min(ones, zeros);
            }
        best = std::min(best, bits);
    }
    QVERIFY(best > 0);
    PerceptronConfig c;
    c.hidden = 1;
    const auto r = trainPerceptron(d, nullptr, c, quick());
    QCOMPARE(r.status, MilpStatus::Optimal);
    QCOMPARE(r.train.bitErrors, best);
    QVERIFY(r.train.misclassified > 0);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

void TestPerceptronMilp::killSwitchKeepsTwoUnitsOnXor() {
    PerceptronConfig c;
    c.hidden = 8;
    c.sparsity.neurons = true;
    const auto r = trainPerceptron(xorData(), nullptr, c, quick(40));
    QVERIFY2(r.hasNetwork, r.message.c_str());
    QCOMPARE(r.train.bitErrors, 0);
    // XOR needs two units and each used unit costs 0.1 < one bit: the optimum uses exactly two.
    QVERIFY(r.usedNeurons <= 2);
    if (r.proven()) {
        QCOMPARE(r.milpTerms.usedNeurons, 2);
        QVERIFY(std::abs(r.objective - 0.2) < 1e-6);
    }
}

void TestPerceptronMilp::weightsFlagSparsifies() {
    // Class = [x1 > 0.5]; four more random features. With the weights flag one weight suffices
    // (a unit without weights is constant and cannot separate), so the optimum has exactly one.
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> U(0.0, 1.0);
    std::vector<std::vector<double>> X;
    std::vector<int> y;
    for (int i = 0; i < 16; ++i) {
        double a = (i % 2 == 0) ? 0.1 + 0.3 * U(rng) : 0.6 + 0.3 * U(rng);
        X.push_back({a, U(rng), U(rng), U(rng), U(rng)});
        y.push_back(a > 0.5 ? 1 : 0);
    }
    X.push_back({0, 0, 0, 0, 0}), y.push_back(0);
    X.push_back({1, 1, 1, 1, 1}), y.push_back(1);
    const Dataset d = makeData(X, y, 2);
    PerceptronConfig c;
    c.hidden = 2;
    const auto plain = trainPerceptron(d, nullptr, c, quick());
    c.sparsity.weights = true;
    const auto sparse = trainPerceptron(d, nullptr, c, quick());
    QCOMPARE(plain.train.bitErrors, 0);
    QCOMPARE(sparse.train.bitErrors, 0);
    QCOMPARE(sparse.status, MilpStatus::Optimal);
    QCOMPARE(sparse.nonzeroWeights, 1);
    QVERIFY(std::abs(sparse.objective - 0.1) < 1e-6);
    QVERIFY2(sparse.nonzeroWeights < plain.nonzeroWeights,
             qPrintable(QString("plain model has %1 weights").arg(plain.nonzeroWeights)));
}

void TestPerceptronMilp::integerModeGivesIntegers() {
    PerceptronConfig c;
    c.hidden = 2;
    c.integer = true;
    c.integerBound = 5;
    const auto r = trainPerceptron(xorData(), nullptr, c, quick());
    QVERIFY2(r.hasNetwork, r.message.c_str());
    QCOMPARE(r.train.bitErrors, 0);  // XOR on {0,10}² is solvable with weights in [−5,5]
    auto check = [&](const auto& M) {
        for (Eigen::Index t = 0; t < M.size(); ++t) {
            const double v = M.data()[t];
            QCOMPARE(v, std::round(v));
            QVERIFY(std::abs(v) <= 5.0);
        }
    };
    check(r.net.W);
    check(r.net.b);
    check(r.net.Q);
    check(r.net.bF);
    const Eigen::MatrixXd U = r.net.transform(xorData().X);
    for (Eigen::Index t = 0; t < U.size(); ++t)
        QVERIFY(U.data()[t] == 0.0 || U.data()[t] == 10.0);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

void TestPerceptronMilp::nonnegativeWeights() {
    PerceptronConfig c;
    c.hidden = 2;
    c.nonnegative = true;
    const auto r = trainPerceptron(xorData(), nullptr, c, quick());
    QVERIFY(r.hasNetwork);
    QVERIFY(r.net.W.minCoeff() >= 0.0);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

void TestPerceptronMilp::decodedErrorsEqualMilpLoss() {
    // Noisy 3-class data that no small network fits exactly; all flags on; short time limit.
    std::mt19937_64 rng(11);
    std::normal_distribution<double> G(0.0, 0.6);
    std::vector<std::vector<double>> X;
    std::vector<int> y;
    for (int i = 0; i < 24; ++i) {
        const int k = i % 3;
        X.push_back({std::cos(2.1 * k) + G(rng), std::sin(2.1 * k) + G(rng)});
        y.push_back(k);
    }
    PerceptronConfig c;
    c.hidden = 3;
    c.sparsity = {true, true, true};
    const auto r = trainPerceptron(makeData(X, y, 3), nullptr, c, quick(3));
    QVERIFY2(r.hasNetwork, r.message.c_str());
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
    QCOMPARE(r.train.bitErrors, r.milpTerms.bitErrors);
    // The objective is the loss plus 0.1 per weight indicator, firing and used unit (an incumbent
    // may pay for an indicator whose weight is zero, so those two come from the MILP's terms).
    QVERIFY(r.nonzeroWeights <= r.milpTerms.weights);
    const double expected = r.train.bitErrors + 0.1 * r.milpTerms.weights +
                            0.1 * static_cast<double>(r.train.activations) +
                            0.1 * r.milpTerms.usedNeurons;
    QVERIFY2(std::abs(r.objective - expected) < 1e-5,
             qPrintable(QString("objective %1, recomputed %2").arg(r.objective).arg(expected)));
}

void TestPerceptronMilp::cancelStopsSolve() {
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> U(-1.0, 1.0);
    std::vector<std::vector<double>> X;
    std::vector<int> y;
    for (int i = 0; i < 80; ++i) {
        const double a = U(rng), b = U(rng);
        X.push_back({a, b});
        y.push_back(std::sin(4 * a) * std::cos(3 * b) > 0 ? 1 : 0);
    }
    PerceptronConfig c;
    c.hidden = 8;
    // Deterministic: the stop is requested inside the 3rd progress sample; the only sample after
    // it is the final one. A solve that ignored it would run to the 60 s limit instead.
    std::stop_source stop;
    int samples = 0, atStop = -1;
    MilpHooks hooks;
    hooks.onProgress = [&](const MilpProgress&) {
        if (++samples == 3) {
            atStop = samples;
            stop.request_stop();
        }
    };
    const auto r =
        trainPerceptron(makeData(X, y, 2), nullptr, c, quick(60), hooks, stop.get_token());
    QCOMPARE(atStop, 3);
    QCOMPARE(r.status, MilpStatus::Cancelled);
    QVERIFY2(samples - atStop <= 1,
             qPrintable(QString("%1 samples after the stop").arg(samples - atStop)));
    QVERIFY(r.hasNetwork);  // at least the majority-class MIP start
}

// Without the solver's solution the chosen MIP start is the network kept: it is feasible, so its
// decode passes the check against the MILP's loss, and its objective is its own, not the value
// the solver last reported. A caller's start is not trusted that way.
void TestPerceptronMilp::killedSolverKeepsTheStart() {
    PerceptronConfig c;
    c.hidden = 2;
    const Dataset d = xorData();
    PerceptronMilp milp;
    std::string error;
    QVERIFY2(buildPerceptronMilp(d, c, milp, error), error.c_str());
    const std::vector<double> start = heuristicPerceptronStart(milp);
    const KilledBackend killed;
    const auto r = trainPerceptron(d, nullptr, c, quick(), {}, {}, killed);
    QCOMPARE(r.status, MilpStatus::Cancelled);
    QVERIFY(r.hasNetwork);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
    // The start kept is the chosen one (gradient or heuristic), never worse than the heuristic.
    QCOMPARE(r.objective, r.start.objective);
    QVERIFY(r.start.objective <= objectiveOf(milp.problem, start) + 1e-9);
    QCOMPARE(r.bestBound, -3.0);
    QVERIFY2(r.message.find("MIP start") != std::string::npos, r.message.c_str());
    MilpOptions given = quick();
    given.mipStart = start;
    QVERIFY(!trainPerceptron(d, nullptr, c, given, {}, {}, killed).hasNetwork);
}

// Live incumbents: the start first, then CBC's incumbents, never worse, each network re-evaluated;
// when the final vector is lost, the last live one is the network returned, and it passes the
// check against the MILP's loss.
void TestPerceptronMilp::liveIncumbentsAreEvaluatedAndKept() {
    PerceptronConfig c;
    c.hidden = 2;
    c.sparsity.weights = true;
    const Dataset d = xorData();
    std::vector<PerceptronIncumbent> seen;
    PerceptronHooks hooks;
    hooks.onIncumbent = [&](const PerceptronIncumbent& inc) { seen.push_back(inc); };
    const auto full = trainPerceptron(d, nullptr, c, quick(), hooks);
    QCOMPARE(full.status, MilpStatus::Optimal);
    QVERIFY(seen.size() >= 2);
    QVERIFY(seen.front().isStart);
    QCOMPARE(seen.front().seconds, 0.0);
    QCOMPARE(seen.front().objective, full.start.objective);
    for (std::size_t k = 1; k < seen.size(); ++k) {
        QVERIFY(!seen[k].isStart);
        QVERIFY(seen[k].objective <= seen[k - 1].objective + 1e-9);
        QCOMPARE(seen[k].nonzeroWeights, seen[k].net.nonzeroWeights());
        QCOMPARE(seen[k].train.samples, d.samples());
    }
    QVERIFY(full.objective <= seen.back().objective + 1e-9);

    seen.clear();
    const SolutionLostBackend lost;
    const auto r = trainPerceptron(d, nullptr, c, quick(), hooks, {}, lost);
    QCOMPARE(r.status, MilpStatus::Cancelled);
    QVERIFY(r.hasNetwork);
    QVERIFY(seen.size() >= 2);
    QCOMPARE(r.objective, std::min(seen.back().objective, r.start.objective));
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
    QCOMPARE(r.train.accuracy, seen.back().train.accuracy);
    QVERIFY2(r.message.find("reported during the search") != std::string::npos, r.message.c_str());
}

void TestPerceptronMilp::badInput_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one class") << 0 << "only one class";
    QTest::newRow("too many classes") << 1 << "at most 3";
    QTest::newRow("NaN") << 2 << "sample 2, feature 1 is not a finite";
    QTest::newRow("regression") << 3 << "regression";
    QTest::newRow("bad label") << 4 << "expected a class id";
}

void TestPerceptronMilp::badInput() {
    QFETCH(int, kind);
    QFETCH(QString, expected);
    Dataset d = makeData({{0, 0}, {1, 0}, {0, 1}, {1, 1}}, {0, 1, 2, 3}, 4);
    PerceptronConfig c;
    c.maxClasses = 3;
    if (kind == 0) d = makeData({{0, 0}, {1, 0}}, {1, 1}, 2);
    if (kind == 2) d.X(1, 0) = std::nan("");
    if (kind == 2 || kind == 3 || kind == 4) c.maxClasses = 10;
    if (kind == 3) d.task = TaskKind::Regression;
    if (kind == 4) d.y(2) = 1.5;
    const auto r = trainPerceptron(d, nullptr, c, quick(1));
    QCOMPARE(r.status, MilpStatus::Error);
    QVERIFY(!r.hasNetwork);
    QVERIFY2(QString::fromStdString(r.message).contains(expected), r.message.c_str());
}

void TestPerceptronMilp::usedUnitCutsKeepTheOptimum_data() {
    QTest::addColumn<int>("data");  // 0 = XOR, 1 = separable, 2 = noisy three classes
    QTest::addColumn<bool>("weights");
    QTest::addColumn<bool>("activations");
    QTest::addColumn<bool>("integer");
    QTest::newRow("xor, weights+neurons") << 0 << true << false << false;
    QTest::newRow("xor, all terms") << 0 << true << true << false;
    QTest::newRow("separable, activations+neurons") << 1 << false << true << false;
    QTest::newRow("three classes, all terms") << 2 << true << true << false;
    QTest::newRow("xor, integer, weights+neurons") << 0 << true << false << true;
}

// The cuts on used units (fires somewhere, rests somewhere, has a weight) must not cut off every
// optimal network: the proven optimum with and without them is the same on instances small
// enough to prove in seconds, and the cuts are really in the model.
void TestPerceptronMilp::usedUnitCutsKeepTheOptimum() {
    QFETCH(int, data);
    QFETCH(bool, weights);
    QFETCH(bool, activations);
    QFETCH(bool, integer);
    Dataset d = data == 0 ? xorData() : separableData();
    if (data == 2) {
        std::mt19937_64 rng(13);
        std::normal_distribution<double> G(0.0, 0.5);
        std::vector<std::vector<double>> X;
        std::vector<int> y;
        for (int i = 0; i < 12; ++i) {
            X.push_back({std::cos(2.1 * (i % 3)) + G(rng), std::sin(2.1 * (i % 3)) + G(rng)});
            y.push_back(i % 3);
        }
        d = makeData(X, y, 3);
    }
    PerceptronConfig c;
    c.hidden = 2;
    c.integer = integer;
    c.integerBound = 3;
    c.sparsity.weights = weights;
    c.sparsity.activations = activations;
    c.sparsity.neurons = true;
    c.start.restarts = 0;  // the same heuristic start for both models
    double optimum[2] = {0, 0};
    for (int withCuts = 0; withCuts < 2; ++withCuts) {
        c.validInequalities = withCuts == 1;
        PerceptronMilp milp;
        std::string error;
        QVERIFY2(buildPerceptronMilp(d, c, milp, error), error.c_str());
        const auto cuts =
            std::count_if(milp.problem.rows.begin(), milp.problem.rows.end(),
                          [](const MilpRow& r) { return r.name.rfind("cut_", 0) == 0; });
        QCOMPARE(cuts > 0, withCuts == 1);
        const auto r = trainPerceptron(d, nullptr, c, quick(60));
        QCOMPARE(r.status, MilpStatus::Optimal);
        optimum[withCuts] = r.objective;
    }
    QVERIFY2(std::abs(optimum[0] - optimum[1]) < 1e-6,
             qPrintable(QString("without cuts %1, with %2").arg(optimum[0]).arg(optimum[1])));
}

QTEST_APPLESS_MAIN(TestPerceptronMilp)
#include "test_perceptron_milp.moc"
