// Tests of polishing during the solve (issue #13, "improve during the solve"): a wasteful
// incumbent reported by the solver is polished, the polished network is handed back as the next
// restart's MIP start, is feasible with its objective re-evaluated exactly, and the result is
// never worse than without polishing after the same solver events. The solver is scripted (a
// backend that reports a chosen incumbent), so every assertion counts events, never seconds.
#include <QtTest>

#include <cmath>
#include <random>

#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_polish.h"
#include "core/perceptron/perceptron_polish_restarts.h"
#include "core/perceptron/perceptron_trainer.h"
#include "tests/perceptron/perceptron_test_util.h"

using namespace smip;
using smip::test::infeasibility;
using smip::test::makeData;
using smip::test::objectiveOf;

namespace {

// Two features; the class is x0 ≥ 0.5 with a gap of 0.1 around it, x1 is noise.
Dataset thresholdData() {
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> U(0.0, 1.0);
    std::vector<std::vector<double>> X{{0, 0}, {1, 1}};  // pin the min/max transform
    std::vector<int> y{0, 1};
    while (X.size() < 30) {
        const double a = U(rng);
        if (std::abs(a - 0.5) < 0.05) continue;
        X.push_back({a, U(rng)});
        y.push_back(a >= 0.5 ? 1 : 0);
    }
    return makeData(X, y, 2);
}

// Weights and neurons terms: the best network is one unit with one weight (objective 0.2).
PerceptronConfig thresholdConfig(PerceptronPolish polish) {
    PerceptronConfig c;
    c.polish = polish;
    c.hidden = 2;
    c.sparsity.weights = true;
    c.sparsity.neurons = true;
    c.start.restarts = 0;
    return c;
}

// The best network made wasteful without changing what it computes: its unit's weights and bias
// doubled (double margins) plus a small weight on the noise feature, and a used copy of the unit
// the outputs ignore. Costs 0.3 more (two weights, one unit).
std::vector<double> wastefulSolution(const PerceptronMilp& milp) {
    Eigen::MatrixXi pattern = Eigen::MatrixXi::Zero(milp.index.N, 2);
    for (int s = 0; s < milp.index.N; ++s)
        pattern(s, 0) = milp.labels(s);
    const PerceptronPolished best =
        polishPerceptronPattern(milp, pattern, {}, inProcessMilpBackend());
    if (!best.feasible) qFatal("the threshold pattern did not polish");
    PerceptronParams p = best.params;
    p.W.row(0) *= 2.0;
    p.b(0) *= 2.0;
    p.W.row(1) = p.W.row(0);
    p.b(1) = p.b(0);
    p.W(0, 1) = 0.001;
    p.Q.row(1).setZero();
    p.used = {1, 1};
    std::vector<double> x;
    std::string error;
    if (!completePerceptronSolution(milp, p, x, error)) qFatal("wasteful: %s", error.c_str());
    return x;
}

// Answers the network's MILP from a script: the first solve reports `incumbent` through the
// incumbent hook and returns it (Cancelled when the stop came, as a real backend does); later
// solves return their MIP start at once. Helper LPs and MILPs (the polish) are solved in process.
// Every bound it reports is below 0.2, the optimum; every clock reading is 0 (no time passes in a
// script, so the samples' order is the restarts').
class ScriptedBackend final : public MilpBackend {
  public:
    ScriptedBackend(std::string network, std::vector<double> incumbent)
        : network_(std::move(network)), incumbent_(std::move(incumbent)) {}

    MilpResult solve(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks,
                     std::stop_token stop) const override {
        if (problem.name != network_)
            return inProcessMilpBackend().solve(problem, options, hooks, stop);
        starts.push_back(options.mipStart);
        MilpResult r;
        r.hasSolution = true;
        r.nodes = 5;
        if (starts.size() > 1) {
            r.status = MilpStatus::FeasibleAtLimit;
            r.solution = options.mipStart;
            r.bestBound = 0.1;
        } else {
            if (hooks.onIncumbent)
                hooks.onIncumbent({0.0, objectiveOf(problem, incumbent_), incumbent_});
            stoppedAtIncumbent = stop.stop_requested();
            r.status = stoppedAtIncumbent ? MilpStatus::Cancelled : MilpStatus::FeasibleAtLimit;
            r.solution = incumbent_;
            r.bestBound = 0.15;
            if (killedAfterStop && stoppedAtIncumbent) {  // as a worker ended after its grace
                r.hasSolution = false;
                r.solution.clear();
                r.objective = std::nan("");
                r.nodes = 0;
                return r;
            }
        }
        r.objective = objectiveOf(problem, r.solution);
        r.gap = relativeGapOf(r.objective, r.bestBound);
        r.progress.push_back({0.0, r.objective, r.bestBound, r.gap, r.nodes});
        return r;
    }

    mutable std::vector<std::vector<double>> starts;  ///< MIP start of each network solve
    mutable bool stoppedAtIncumbent = false;
    bool killedAfterStop = false;  ///< the first solve, stopped, returns no vector

  private:
    std::string network_;
    std::vector<double> incumbent_;
};

struct Fixture {
    Dataset data = thresholdData();
    PerceptronConfig config;
    PerceptronMilp milp;
    std::vector<double> wasteful;
    MilpOptions options;

    explicit Fixture(PerceptronPolish polish = PerceptronPolish::Restart)
        : config(thresholdConfig(polish)) {
        std::string error;
        if (!buildPerceptronMilp(data, config, milp, error)) qFatal("build: %s", error.c_str());
        wasteful = wastefulSolution(milp);
        // A caller's start worse than the wasteful incumbent, so that incumbent is an improvement.
        options.mipStart = majorityPerceptronStart(milp);
        options.timeLimitSeconds = 3600.0;  // never reached: the script ends every solve
        options.logLevel = 0;
    }
};

}  // namespace

class TestPerceptronPolishRestarts : public QObject {
    Q_OBJECT
  private slots:
    void polishImprovesAWastefulIncumbent();
    void polishIncumbentRefusesNoGain();
    void restartStartsFromThePolishedNetwork();
    void withoutPolishingTheResultIsNotBetter_data();
    void withoutPolishingTheResultIsNotBetter();
    void finalPolishLeavesTheSearchAlone();
    void aSolveEndedWithoutItsVectorStillRestartsFromIt();
    void stopAtTheIncumbentKeepsIt();
    void stopAtThePolishedNetworkKeepsIt();
};

// The wasteful network polishes back to one unit with one weight: objective 0.2, recomputed from
// a vector that satisfies every row.
void TestPerceptronPolishRestarts::polishImprovesAWastefulIncumbent() {
    const Fixture f;
    QVERIFY2(infeasibility(f.milp.problem, f.wasteful).isEmpty(), "wasteful start not feasible");
    QVERIFY(std::abs(objectiveOf(f.milp.problem, f.wasteful) - 0.5) < 1e-9);
    const PerceptronPolished p = polishIncumbent(f.milp, f.wasteful, {}, inProcessMilpBackend());
    QVERIFY(p.feasible);
    const QString bad = infeasibility(f.milp.problem, p.solution);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY2(std::abs(p.objective - 0.2) < 1e-9, qPrintable(QString::number(p.objective)));
    QCOMPARE(p.objective, objectiveOf(f.milp.problem, p.solution));
}

// A network that is already polished gains nothing: no network is handed back.
void TestPerceptronPolishRestarts::polishIncumbentRefusesNoGain() {
    const Fixture f;
    const PerceptronPolished once = polishIncumbent(f.milp, f.wasteful, {}, inProcessMilpBackend());
    QVERIFY(once.feasible);
    QVERIFY(!polishIncumbent(f.milp, once.solution, {}, inProcessMilpBackend()).feasible);
}

// The solver's first incumbent ends its solve; the second solve starts from the polished network,
// which the hook reports as polished with the objective of the vector the solver got. Bound: the
// higher of the two solves' (0.15), nodes their sum, progress on one clock.
void TestPerceptronPolishRestarts::restartStartsFromThePolishedNetwork() {
    const Fixture f;
    const ScriptedBackend backend(f.milp.problem.name, f.wasteful);
    std::vector<PerceptronIncumbent> seen;
    PerceptronHooks hooks;
    hooks.onIncumbent = [&](const PerceptronIncumbent& inc) { seen.push_back(inc); };
    const auto r = trainPerceptron(f.data, nullptr, f.config, f.options, hooks, {}, backend);
    QVERIFY(backend.stoppedAtIncumbent);
    QCOMPARE(backend.starts.size(), std::size_t(2));
    const std::vector<double>& handed = backend.starts[1];
    const QString bad = infeasibility(f.milp.problem, handed);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY(std::abs(objectiveOf(f.milp.problem, handed) - 0.2) < 1e-9);
    QCOMPARE(seen.size(), std::size_t(3));  // start, the wasteful incumbent, the polished one
    QVERIFY(seen[0].isStart && !seen[1].polished && seen[2].polished);
    QCOMPARE(seen[2].objective, objectiveOf(f.milp.problem, handed));
    QCOMPARE(seen[2].nonzeroWeights, 1);
    QCOMPARE(seen[2].usedNeurons, 1);
    QVERIFY(r.hasNetwork);
    QCOMPARE(r.objective, objectiveOf(f.milp.problem, handed));
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
    QCOMPARE(r.bestBound, 0.15);
    QCOMPARE(r.nodes, 10LL);
    QVERIFY2(r.message.find("1 improved") != std::string::npos, r.message.c_str());
    for (std::size_t k = 1; k < r.progress.size(); ++k) {
        QVERIFY(r.progress[k].seconds >= r.progress[k - 1].seconds);
        QVERIFY(!(r.progress[k].incumbent > r.progress[k - 1].incumbent));
        QVERIFY(r.progress[k].bound >= 0.15);
    }
}

void TestPerceptronPolishRestarts::withoutPolishingTheResultIsNotBetter_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("final") << static_cast<int>(PerceptronPolish::Final);
    QTest::newRow("restart") << static_cast<int>(PerceptronPolish::Restart);
}

// The same solver events without polishing: the wasteful incumbent is the answer, never better
// than the polished one.
void TestPerceptronPolishRestarts::withoutPolishingTheResultIsNotBetter() {
    QFETCH(int, mode);
    const Fixture f(static_cast<PerceptronPolish>(mode));
    PerceptronConfig off = f.config;
    off.polish = PerceptronPolish::Off;
    const ScriptedBackend plainBackend(f.milp.problem.name, f.wasteful);
    const auto plain = trainPerceptron(f.data, nullptr, off, f.options, {}, {}, plainBackend);
    QVERIFY(!plainBackend.stoppedAtIncumbent);
    QCOMPARE(plainBackend.starts.size(), std::size_t(1));
    const ScriptedBackend polishBackend(f.milp.problem.name, f.wasteful);
    const auto polished =
        trainPerceptron(f.data, nullptr, f.config, f.options, {}, {}, polishBackend);
    QVERIFY(plain.hasNetwork && polished.hasNetwork);
    QVERIFY(std::abs(plain.objective - 0.5) < 1e-9);
    QVERIFY2(polished.objective < plain.objective - 0.1,
             qPrintable(QString("%1 vs %2").arg(polished.objective).arg(plain.objective)));
}

// Polishing the last incumbent only: one solve, never stopped, and its incumbent replaced by the
// polished network, reported as such after it.
void TestPerceptronPolishRestarts::finalPolishLeavesTheSearchAlone() {
    const Fixture f(PerceptronPolish::Final);
    const ScriptedBackend backend(f.milp.problem.name, f.wasteful);
    std::vector<PerceptronIncumbent> seen;
    PerceptronHooks hooks;
    hooks.onIncumbent = [&](const PerceptronIncumbent& inc) { seen.push_back(inc); };
    const auto r = trainPerceptron(f.data, nullptr, f.config, f.options, hooks, {}, backend);
    QVERIFY(!backend.stoppedAtIncumbent);
    QCOMPARE(backend.starts.size(), std::size_t(1));
    QCOMPARE(seen.size(), std::size_t(3));
    QVERIFY(seen[2].polished);
    QVERIFY(r.hasNetwork);
    QCOMPARE(r.objective, seen[2].objective);
    QVERIFY2(std::abs(r.objective - 0.2) < 1e-9, qPrintable(QString::number(r.objective)));
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
    QCOMPARE(r.status, MilpStatus::FeasibleAtLimit);
    QCOMPARE(r.bestBound, 0.15);
}

// The first solve, stopped for the restart, returns no vector (a worker killed after its grace
// period): the incumbent that ended it, known from the hook, is polished and restarted from.
void TestPerceptronPolishRestarts::aSolveEndedWithoutItsVectorStillRestartsFromIt() {
    const Fixture f;
    ScriptedBackend backend(f.milp.problem.name, f.wasteful);
    backend.killedAfterStop = true;
    const auto r = trainPerceptron(f.data, nullptr, f.config, f.options, {}, {}, backend);
    QVERIFY(backend.stoppedAtIncumbent);
    QCOMPARE(backend.starts.size(), std::size_t(2));
    QVERIFY(std::abs(objectiveOf(f.milp.problem, backend.starts[1]) - 0.2) < 1e-9);
    QVERIFY(r.hasNetwork);
    QVERIFY2(std::abs(r.objective - 0.2) < 1e-9, qPrintable(QString::number(r.objective)));
}

// Cancel at the solver's incumbent (the 2nd network event): no polishing, no restart, the
// incumbent is the result.
void TestPerceptronPolishRestarts::stopAtTheIncumbentKeepsIt() {
    const Fixture f;
    const ScriptedBackend backend(f.milp.problem.name, f.wasteful);
    std::stop_source stop;
    PerceptronHooks hooks;
    int events = 0;
    hooks.onIncumbent = [&](const PerceptronIncumbent&) {
        if (++events == 2) stop.request_stop();
    };
    const auto r =
        trainPerceptron(f.data, nullptr, f.config, f.options, hooks, stop.get_token(), backend);
    QCOMPARE(r.status, MilpStatus::Cancelled);
    QCOMPARE(backend.starts.size(), std::size_t(1));
    QVERIFY(r.hasNetwork);
    QVERIFY(std::abs(r.objective - 0.5) < 1e-9);
}

// Cancel at the polished network (the 3rd event): no restart, and the polished network, the best
// so far, is the result.
void TestPerceptronPolishRestarts::stopAtThePolishedNetworkKeepsIt() {
    const Fixture f;
    const ScriptedBackend backend(f.milp.problem.name, f.wasteful);
    std::stop_source stop;
    PerceptronHooks hooks;
    int events = 0;
    hooks.onIncumbent = [&](const PerceptronIncumbent&) {
        if (++events == 3) stop.request_stop();
    };
    const auto r =
        trainPerceptron(f.data, nullptr, f.config, f.options, hooks, stop.get_token(), backend);
    QCOMPARE(r.status, MilpStatus::Cancelled);
    QCOMPARE(backend.starts.size(), std::size_t(1));
    QVERIFY(r.hasNetwork);
    QVERIFY2(std::abs(r.objective - 0.2) < 1e-9, qPrintable(QString::number(r.objective)));
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

QTEST_GUILESS_MAIN(TestPerceptronPolishRestarts)
#include "test_perceptron_polish_restarts.moc"
