// Tests of the perceptron MILP's start from gradient training (issue #13): the chosen start is a
// feasible point of the MILP (checked row by row, independently of the code that builds it), the
// exact polish finds the sparsest weights for a firing pattern, and training never returns a
// network worse by the MILP objective than its start.
#include <QtTest>

#include <cmath>
#include <random>

#include "core/data/bundled_datasets.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_gradient_start.h"
#include "core/perceptron/perceptron_json.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_polish.h"
#include "core/perceptron/perceptron_trainer.h"
#include "tests/perceptron/perceptron_test_util.h"

using namespace smip;
using smip::test::infeasibility;
using smip::test::makeData;
using smip::test::objectiveOf;

namespace {

MilpOptions quick(double seconds = 20.0) {
    MilpOptions o;
    o.timeLimitSeconds = seconds;
    o.logLevel = 0;
    return o;
}

Dataset iris() {
    Dataset d;
    std::string err;
    if (!loadBundledDataset("iris", d, err)) qFatal("iris: %s", err.c_str());
    return d;
}

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

// Solves the helper LPs and MILPs of the start in process, but answers the network's own MILP
// with the majority-class network: a feasible incumbent worse than any sensible start, as a
// solver that rejected its start would return.
class WorseIncumbentBackend final : public MilpBackend {
  public:
    explicit WorseIncumbentBackend(const PerceptronMilp& milp) : milp_(milp) {}
    MilpResult solve(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks,
                     std::stop_token stop) const override {
        if (problem.name != milp_.problem.name)
            return inProcessMilpBackend().solve(problem, options, hooks, stop);
        MilpResult r;
        r.status = MilpStatus::FeasibleAtLimit;
        r.hasSolution = true;
        r.solution = majorityPerceptronStart(milp_);
        r.objective = objectiveOf(problem, r.solution);
        r.bestBound = 0.0;
        return r;
    }

  private:
    const PerceptronMilp& milp_;
};

}  // namespace

class TestPerceptronStart : public QObject {
    Q_OBJECT
  private slots:
    void startIsFeasibleForTheMilp_data();
    void startIsFeasibleForTheMilp();
    void polishFindsTheSparsestWeights();
    void polishDropsAUselessUnit();
    void trainingKeepsTheStartOverAWorseIncumbent();
    void stoppedTrainingIsNotWorseThanTheStart();
};

void TestPerceptronStart::startIsFeasibleForTheMilp_data() {
    QTest::addColumn<bool>("integer");
    QTest::addColumn<bool>("nonnegative");
    QTest::addColumn<bool>("allTerms");
    QTest::addColumn<int>("maxWeights");
    QTest::newRow("continuous, all terms") << false << false << true << -1;
    QTest::newRow("continuous, no terms") << false << false << false << -1;
    QTest::newRow("integer, all terms") << true << false << true << -1;
    QTest::newRow("nonnegative, all terms") << false << true << true << -1;
    QTest::newRow("weight cap 3") << false << false << true << 3;
}

// The chosen start against every bound, row and integrality of the MILP, and its objective as the
// MILP states it. On iris with all terms the polished gradient network beats the heuristic start
// (one-vs-rest detectors need a unit per class and many weights).
void TestPerceptronStart::startIsFeasibleForTheMilp() {
    QFETCH(bool, integer);
    QFETCH(bool, nonnegative);
    QFETCH(bool, allTerms);
    QFETCH(int, maxWeights);
    PerceptronConfig c;
    c.hidden = 4;
    c.integer = integer;
    c.nonnegative = nonnegative;
    if (allTerms) c.sparsity = {true, true, true};
    c.sparsity.maxWeights = maxWeights;
    c.start.restarts = 4;
    PerceptronMilp milp;
    std::string error;
    QVERIFY2(buildPerceptronMilp(iris(), c, milp, error), error.c_str());
    const PerceptronStartChoice choice = choosePerceptronStart(milp);
    QVERIFY(!choice.solution.empty());
    const QString bad = infeasibility(milp.problem, choice.solution);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY(std::abs(choice.report.objective - objectiveOf(milp.problem, choice.solution)) < 1e-9);
    QVERIFY(choice.report.objective <= choice.report.heuristicObjective + 1e-9);
    QCOMPARE(choice.report.gradientRestarts, 4);
    QVERIFY(choice.report.gradientFeasible >= 1);
    if (allTerms && !integer && !nonnegative && maxWeights < 0)
        QCOMPARE(choice.report.source, std::string("gradient"));
}

// The pattern "x0 ≥ 0.5" is realized by one weight; the polish must find that single weight, fire
// exactly on the pattern, and fit outputs with no error: objective 0 errors + 0.1 for the weight
// + 0.1 for the unit (weights and neurons terms).
void TestPerceptronStart::polishFindsTheSparsestWeights() {
    const Dataset d = thresholdData();
    PerceptronConfig c;
    c.hidden = 2;
    c.sparsity.weights = true;
    c.sparsity.neurons = true;
    PerceptronMilp milp;
    std::string error;
    QVERIFY2(buildPerceptronMilp(d, c, milp, error), error.c_str());
    Eigen::MatrixXi pattern = Eigen::MatrixXi::Zero(milp.index.N, 2);
    for (int s = 0; s < milp.index.N; ++s)
        pattern(s, 0) = d.X(s, 0) >= 0.5 ? 1 : 0;
    const PerceptronPolished p = polishPerceptronPattern(milp, pattern, {}, inProcessMilpBackend());
    QVERIFY(p.feasible);
    const QString bad = infeasibility(milp.problem, p.solution);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QCOMPARE((p.params.W.array() != 0.0).count(), Eigen::Index(1));
    QVERIFY(p.params.W(0, 0) != 0.0);
    QVERIFY2(std::abs(p.objective - 0.2) < 1e-9, qPrintable(QString::number(p.objective)));
}

// A second unit firing on a random half of the samples adds nothing the first does not give; with
// the neurons term it costs 0.1 and its weights more, so the polish must drop it.
void TestPerceptronStart::polishDropsAUselessUnit() {
    const Dataset d = thresholdData();
    PerceptronConfig c;
    c.hidden = 2;
    c.sparsity.neurons = true;
    PerceptronMilp milp;
    std::string error;
    QVERIFY2(buildPerceptronMilp(d, c, milp, error), error.c_str());
    Eigen::MatrixXi pattern = Eigen::MatrixXi::Zero(milp.index.N, 2);
    for (int s = 0; s < milp.index.N; ++s) {
        pattern(s, 0) = d.X(s, 0) >= 0.5 ? 1 : 0;
        pattern(s, 1) = d.X(s, 1) >= 0.5 ? 1 : 0;
    }
    const PerceptronPolished p = polishPerceptronPattern(milp, pattern, {}, inProcessMilpBackend());
    QVERIFY(p.feasible);
    QCOMPARE(p.params.used, (std::vector<int>{1, 0}));
    QVERIFY2(std::abs(p.objective - 0.1) < 1e-9, qPrintable(QString::number(p.objective)));
}

// The solver answers with a worse feasible network: the start is returned instead, with its own
// objective, and the result's JSON reports which start it was.
void TestPerceptronStart::trainingKeepsTheStartOverAWorseIncumbent() {
    const Dataset d = iris();
    PerceptronConfig c;
    c.hidden = 4;
    c.sparsity = {true, true, true};
    c.start.restarts = 2;
    PerceptronMilp milp;
    std::string error;
    QVERIFY2(buildPerceptronMilp(d, c, milp, error), error.c_str());
    const WorseIncumbentBackend worse(milp);
    const auto r = trainPerceptron(d, nullptr, c, quick(), {}, {}, worse);
    QVERIFY(r.hasNetwork);
    QVERIFY(!r.start.source.empty());
    QVERIFY2(r.start.objective < objectiveOf(milp.problem, majorityPerceptronStart(milp)),
             "the test needs a start better than the majority network");
    QCOMPARE(r.objective, r.start.objective);
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
    QVERIFY2(r.message.find("MIP start") != std::string::npos, r.message.c_str());
    const auto j = toJson(r, false);
    QVERIFY(j.contains("start"));
    QCOMPARE(j["start"]["source"].get<std::string>(), r.start.source);
    QCOMPARE(j["start"]["objective"].get<double>(), r.start.objective);
    QCOMPARE(j["start"]["train_accuracy"].get<double>(), r.start.trainAccuracy);
}

// A real solve stopped at its first reported incumbent: the network returned is not worse than
// the start by the MILP objective.
void TestPerceptronStart::stoppedTrainingIsNotWorseThanTheStart() {
    const Dataset d = iris();
    PerceptronConfig c;
    c.hidden = 4;
    c.sparsity = {true, true, true};
    c.start.restarts = 2;
    std::stop_source stop;
    MilpHooks hooks;
    hooks.onProgress = [&](const MilpProgress& p) {
        if (std::isfinite(p.incumbent)) stop.request_stop();
    };
    const auto r = trainPerceptron(d, nullptr, c, quick(60), hooks, stop.get_token());
    QVERIFY(r.hasNetwork);
    QVERIFY(!r.start.source.empty());
    QVERIFY2(r.objective <= r.start.objective + 1e-9,
             qPrintable(QString("%1 > start %2").arg(r.objective).arg(r.start.objective)));
    QVERIFY2(r.verification.passed, r.verification.message.c_str());
}

QTEST_GUILESS_MAIN(TestPerceptronStart)
#include "test_perceptron_start.moc"
