// Tests of the MIP training methods (Patil & Mintz): layer-wise on the parity benchmark,
// the Lagrangian dual bound against the full MILP's optimum (solved exactly on a tiny instance),
// the hybrid and SGD rows, cancel, and the CLI's messages. Expectations are independent: the
// majority-class rate from the labels, the full MILP's optimum, re-evaluated networks.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "core/milp/milp_point_check.h"
#include "core/miptrain/mip_evaluation.h"
#include "core/miptrain/mip_start.h"
#include "core/miptrain/mip_trainer.h"
#include "core/miptrain/parity5.h"
#include "core/miptrain/sgd_trainer.h"

using namespace smip;

namespace {

MipArchitecture arch(std::vector<int> w) {
    MipArchitecture a;
    a.widths = std::move(w);
    return a;
}

MilpOptions quiet(double seconds) {
    MilpOptions o;
    o.logLevel = 0;
    o.timeLimitSeconds = seconds;
    return o;
}

double majorityRate(const Dataset& d) {
    double ones = d.y.sum();
    return std::max(ones, d.samples() - ones) / d.samples();
}

// SGD from a seeded random init on `train` (the reference row's network).
SgdResult sgdOn(const Dataset& train, const MipArchitecture& a, const MipFormulation& f) {
    SgdConfig sc;
    sc.seed = 2;
    std::vector<int> y;
    for (Eigen::Index i = 0; i < train.y.size(); ++i)
        y.push_back(static_cast<int>(train.y(i)));
    return trainSgd(randomMipNetwork(a, f.activation, 1.0, 2),
                    unitSamples(train.X, y, train.classes()), sc, {}, {});
}

}  // namespace

class TestMiptrainMethods : public QObject {
    Q_OBJECT
  private slots:
    void layerwiseBeatsMajorityOnParity() {
        const auto p = generateParity5(1000, 250, 0.1, 1);
        MipTrainConfig cfg;
        cfg.arch = arch({5, 4, 3, 2});
        cfg.method = MipMethod::Layerwise;
        cfg.timeLimitSeconds = 20.0;
        cfg.sgdReference = false;
        std::vector<MipTrainStage> stages;
        MipTrainHooks hooks;
        hooks.onStage = [&](const MipTrainStage& s) {
            if (s.layer > 0) stages.push_back(s);  // the layers, not SGD or the starts
        };
        const auto res = runMipTraining(p.train, p.test, cfg, quiet(20), hooks, {});
        QVERIFY2(res.ok, res.message.c_str());
        QVERIFY(res.distinctSamples <= 64);
        QCOMPARE(res.rows.size(), std::size_t(1));
        const auto& r = res.rows[0];
        QVERIFY2(r.hasNetwork, r.message.c_str());
        QCOMPARE(stages.size(), std::size_t(2));
        QCOMPARE(stages[1].layer, 2);
        QCOMPARE(stages[1].layers, 2);
        // accuracy recomputed here from the network's predictions
        const auto pred = mipPredict(mipForward(r.network, p.test.X));
        double correct = 0;
        for (int n = 0; n < p.test.samples(); ++n)
            correct += pred[n] == static_cast<int>(p.test.y(n));
        const double acc = correct / p.test.samples();
        QVERIFY(std::abs(acc - r.test.accuracy) < 1e-12);
        QVERIFY2(
            acc > majorityRate(p.test) + 0.02,
            (std::to_string(acc) + " vs majority " + std::to_string(majorityRate(p.test))).c_str());
    }

    // SGD's activation pattern as the full MIP's start: the completed start is a real network
    // (feasible, its re-evaluated loss is the start's objective), and the full MIP ends no worse
    // than its start and at least as accurate on the training data as the pattern allows.
    void sgdPatternStart() {
        const auto p = generateParity5(1000, 250, 0.1, 2);
        const WeightedSamples s = aggregateDataset(p.train);
        const MipArchitecture a = arch({5, 5, 2});
        MipFormulation f;
        const SgdResult sgd = sgdOn(p.train, a, f);
        NetworkMilp m;
        std::string error;
        QVERIFY2(buildNetworkMilp(s, a, f, m, error), error.c_str());
        const PatternStart ps = activationPatternStart(m, s.X, sgd.network, quiet(10));
        QVERIFY2(!ps.solution.empty(), ps.message.c_str());
        const MipNetwork startNet = decodeNetworkMilp(m, ps.solution);
        QVERIFY(mipFeasible(startNet, s, f));
        const double value = mipObjectiveValue(startNet, s, f);
        QVERIFY2(std::abs(value - ps.objective) < 1e-5 * (1 + std::abs(value)),
                 (std::to_string(value) + " vs " + std::to_string(ps.objective)).c_str());
        // Same hidden pattern as SGD's network on every distinct sample.
        const Eigen::MatrixXd h1 = mipHiddenActivations(startNet, s.X, 1);
        const Eigen::MatrixXd h0 = mipHiddenActivations(sgd.network, s.X, 1);
        QCOMPARE(h1.colwise().sum().sum(), h0.colwise().sum().sum());

        const auto full = trainFullMip(s, a, f, quiet(8), {}, {}, &sgd.network);
        QVERIFY2(full.hasNetwork, full.message.c_str());
        QCOMPARE(QString::fromStdString(full.start), QString("sgd"));
        QVERIFY(full.objective <= full.startObjective + 1e-6);
        QVERIFY(std::abs(full.startObjective - ps.objective) < 1e-6);
        // Without the start the same 8 s leave the MIP far worse on this instance.
        const auto cold = trainFullMip(s, a, f, quiet(8), {}, {});
        QVERIFY(!cold.hasNetwork || full.objective <= cold.objective + 1e-6);
    }

    // When the restricted MILP finds nothing within its cap (a backend that gives up on every
    // problem with integer columns stands in for CBC running out of time), the start comes from
    // its LP relaxation with the switches rounded up: a feasible network with SGD's pattern whose
    // objective counts exactly its nonzero parameters.
    void patternStartFallsBackToTheRoundedRelaxation() {
        class GivesUpOnIntegers final : public MilpBackend {
          public:
            MilpResult solve(const MilpProblem& problem, const MilpOptions& options,
                             const MilpHooks& hooks, std::stop_token stop) const override {
                if (problem.integerCount() > 0) {
                    ++milps;
                    MilpResult r;
                    r.status = MilpStatus::NoSolutionAtLimit;
                    return r;
                }
                return inProcessMilpBackend().solve(problem, options, hooks, stop);
            }
            mutable int milps = 0;
        };
        const auto p = generateParity5(400, 100, 0.1, 2);
        const WeightedSamples s = aggregateDataset(p.train);
        const MipArchitecture a = arch({5, 5, 2});
        MipFormulation f;
        f.sparsity = 0.01;
        const SgdResult sgd = sgdOn(p.train, a, f);
        NetworkMilp m;
        std::string error;
        QVERIFY2(buildNetworkMilp(s, a, f, m, error), error.c_str());
        const GivesUpOnIntegers backend;
        const PatternStart ps = activationPatternStart(m, s.X, sgd.network, quiet(10), {}, backend);
        QCOMPARE(backend.milps, 1);
        QVERIFY2(!ps.solution.empty(), ps.message.c_str());
        QVERIFY(milpPointViolation(m.problem, ps.solution, nullptr) <= 1e-6);
        const MipNetwork startNet = decodeNetworkMilp(m, ps.solution);
        QVERIFY(mipFeasible(startNet, s, f));
        const double value = mipObjectiveValue(startNet, s, f);
        QVERIFY2(std::abs(value - ps.objective) < 1e-5 * (1 + std::abs(value)),
                 (std::to_string(value) + " vs " + std::to_string(ps.objective)).c_str());
        const Eigen::MatrixXd h1 = mipHiddenActivations(startNet, s.X, 1);
        const Eigen::MatrixXd h0 = mipHiddenActivations(sgd.network, s.X, 1);
        // The MILP orders the hidden units (symmetry breaking): the same pattern up to that order.
        QCOMPARE(h1.rowwise().sum(), h0.rowwise().sum());
        Eigen::VectorXd c1 = h1.colwise().sum().transpose(), c0 = h0.colwise().sum().transpose();
        std::sort(c1.begin(), c1.end());
        std::sort(c0.begin(), c0.end());
        QCOMPARE(c1, c0);
    }

    // Live networks of the full MIP: the start first, then incumbents never worse by the MILP's
    // objective, each re-evaluated on the raw training and test data by runMipTraining.
    void fullMipReportsLiveNetworks() {
        const auto p = generateParity5(400, 100, 0.1, 3);
        MipTrainConfig c;
        c.arch = arch({5, 3, 2});
        c.method = MipMethod::Full;
        c.timeLimitSeconds = 8;
        std::vector<MipLiveNetwork> seen;
        MipTrainHooks hooks;
        hooks.onNetwork = [&](const MipLiveNetwork& n) { seen.push_back(n); };
        MilpOptions o = quiet(8);
        const MipTrainResult r = runMipTraining(p.train, p.test, c, o, hooks, {});
        QVERIFY2(r.ok, r.message.c_str());
        QVERIFY(!seen.empty());
        QVERIFY(seen.front().isStart);
        QCOMPARE(seen.front().seconds, 0.0);
        for (std::size_t k = 0; k < seen.size(); ++k) {
            QCOMPARE(seen[k].train.samples, double(p.train.samples()));
            QCOMPARE(seen[k].test.samples, double(p.test.samples()));
            QCOMPARE(seen[k].nonzeros, seen[k].network.nonzeroParameters());
            const MipEvaluation again =
                evaluateMipNetwork(seen[k].network, aggregateDataset(p.train), c.formulation);
            QCOMPARE(seen[k].train.accuracy, again.accuracy);
            if (k > 0) {
                QVERIFY(!seen[k].isStart);
                QVERIFY(seen[k].objective <= seen[k - 1].objective + 1e-6);
            }
        }
        const MipTrainRow& full = r.rows.front();
        QCOMPARE(QString::fromStdString(full.method), QString("full"));
        QVERIFY(full.objective <= seen.back().objective + 1e-6);
    }

    // Layer-wise stages start from SGD's activation pattern too: with one hidden layer the one
    // stage is the whole network, which must end no worse (by the MILP's objective) than SGD's
    // pattern with its best output layer; with two, every stage still gets the start.
    void layerwiseStartsFromSgdsPattern() {
        const auto p = generateParity5(1000, 250, 0.1, 2);
        const WeightedSamples s = aggregateDataset(p.train);
        const MipFormulation f;
        const MipArchitecture one = arch({5, 5, 2});
        const SgdResult sgd = sgdOn(p.train, one, f);
        NetworkMilp m;
        std::string error;
        QVERIFY2(buildNetworkMilp(s, one, f, m, error), error.c_str());
        const PatternStart ps = activationPatternStart(m, s.X, sgd.network, quiet(10));
        QVERIFY2(!ps.solution.empty(), ps.message.c_str());
        const auto lw =
            trainLayerwiseMip(s, one, f, quiet(8), {}, {}, inProcessMilpBackend(), &sgd.network);
        QVERIFY2(lw.hasNetwork, lw.message.c_str());
        QCOMPARE(QString::fromStdString(lw.start), QString("sgd"));
        QVERIFY(mipObjectiveValue(lw.network, s, f) <= ps.objective + 1e-6);

        const MipArchitecture two = arch({5, 4, 3, 2});
        int starts = 0;
        MipTrainHooks hooks;
        hooks.onStage = [&](const MipTrainStage& st) {
            starts += st.text.find("start from SGD") != std::string::npos;
        };
        const SgdResult sgdTwo = sgdOn(p.train, two, f);
        const auto deep = trainLayerwiseMip(s, two, f, quiet(10), hooks, {}, inProcessMilpBackend(),
                                            &sgdTwo.network);
        QVERIFY2(deep.hasNetwork, deep.message.c_str());
        QCOMPARE(starts, 2);
    }

    void lagrangianBoundIsValid_data() {
        QTest::addColumn<bool>("firstBlock");
        QTest::addColumn<bool>("polyak");
        QTest::newRow("average, polyak") << false << true;
        QTest::newRow("first block, diminishing") << true << false;
    }
    void lagrangianBoundIsValid() {
        QFETCH(bool, firstBlock);
        QFETCH(bool, polyak);
        // A tiny instance the full MILP solves to optimality in well under a second: 8 random
        // points in the unit square with random labels, network 2-2-2.
        std::mt19937_64 rng(4);
        std::uniform_real_distribution<double> U(0.0, 1.0);
        Eigen::MatrixXd X(8, 2);
        for (Eigen::Index i = 0; i < X.size(); ++i)
            X.data()[i] = U(rng);
        const WeightedSamples s = unitSamples(X, {0, 1, 1, 0, 1, 0, 0, 1}, 2);
        const auto a = arch({2, 2, 2});
        MipFormulation f;
        const auto full = trainFullMip(s, a, f, quiet(40), {}, {});
        QCOMPARE(full.status, MilpStatus::Optimal);
        LagrangianConfig lc;
        lc.blocks = 3;
        lc.maxIterations = 6;
        lc.blockTimeLimitSeconds = 10;
        lc.consensus = firstBlock ? LagrangianConsensus::FirstBlock : LagrangianConsensus::Average;
        lc.step = polyak ? LagrangianStep::Polyak : LagrangianStep::Diminishing;
        // Counts the batches of block MILPs: one per iteration.
        struct CountingBackend final : MilpBackend {
            mutable int calls = 0;
            MilpResult solve(const MilpProblem& p, const MilpOptions& o, const MilpHooks& h,
                             std::stop_token st) const override {
                return inProcessMilpBackend().solve(p, o, h, st);
            }
            std::vector<MilpResult> solveMany(const std::vector<MilpProblem>& ps,
                                              const std::vector<MilpOptions>& o, const MilpHooks& h,
                                              std::stop_token st) const override {
                ++calls;
                return MilpBackend::solveMany(ps, o, h, st);
            }
        } counting;
        MipTrainHooks hooks;
        int records = 0;
        hooks.onLagrangian = [&](const LagrangianRecord&) { ++records; };
        const auto L = runLagrangian(s, a, f, lc, quiet(60), hooks, {}, counting);
        QVERIFY2(!L.history.empty(), L.message.c_str());
        QCOMPARE(records, static_cast<int>(L.history.size()));
        QCOMPARE(counting.calls, static_cast<int>(L.history.size()));
        QCOMPARE(L.blockSizes.size(), std::size_t(3));
        for (const auto& r : L.history) {
            QVERIFY2(r.iterationBound <= full.objective + 1e-6,
                     (std::to_string(r.iterationBound) + " > " + std::to_string(full.objective))
                         .c_str());
            QVERIFY(r.dualBound <= full.objective + 1e-6);
        }
        QVERIFY(L.dualBound <= full.objective + 1e-6);
        QVERIFY(L.hasPrimal);
        // The best primal is a real network: re-evaluate it on all samples.
        QVERIFY(mipFeasible(L.best, s, f));
        const double v = mipObjectiveValue(L.best, s, f);
        QVERIFY(std::abs(v - L.bestPrimal) < 1e-9 * (1 + std::abs(v)));
        QVERIFY(L.bestPrimal >= full.objective - 1e-6);
    }

    void lagrangianCancel() {
        // Deterministic: the stop is requested when the 1st iteration's record arrives; no later
        // iteration may finish, and each block solve that still starts ends at its first event
        // (one final sample). An ignored stop would run up to 1000 iterations.
        const auto p = generateParity5(1000, 0, 0.1, 7);
        const WeightedSamples s = aggregateDataset(p.train);
        LagrangianConfig lc;
        lc.blocks = 2;
        lc.maxIterations = 1000;
        std::stop_source src;
        int records = 0, recordsAfterStop = 0, samplesAfterStop = 0;
        MipTrainHooks hooks;
        hooks.onLagrangian = [&](const LagrangianRecord&) {
            if (src.stop_requested()) ++recordsAfterStop;
            if (++records == 1) src.request_stop();
        };
        hooks.onMilpProgress = [&](const MilpProgress&) {
            if (src.stop_requested()) ++samplesAfterStop;
        };
        const auto L = runLagrangian(s, arch({5, 5, 5, 2}), MipFormulation{}, lc, quiet(60), hooks,
                                     src.get_token());
        QCOMPARE(L.status, MilpStatus::Cancelled);
        QCOMPARE(recordsAfterStop, 0);
        QCOMPARE(int(L.history.size()), 1);  // the finished iteration is kept
        QVERIFY2(samplesAfterStop <= lc.blocks, qPrintable(QString::number(samplesAfterStop)));
    }

    void hybridRows() {
        const auto p = generateParity5(200, 100, 0.1, 2);
        MipTrainConfig cfg;
        cfg.arch = arch({5, 3, 2});
        cfg.method = MipMethod::Hybrid;
        cfg.hybridStart = MipMethod::Full;
        cfg.timeLimitSeconds = 4.0;
        cfg.sgd.epochs = 30;
        int epochs = 0;
        MipTrainHooks hooks;
        hooks.onEpoch = [&](int, double) { ++epochs; };
        const auto res = runMipTraining(p.train, p.test, cfg, quiet(4), hooks, {});
        QVERIFY2(res.ok, res.message.c_str());
        QCOMPARE(res.rows.size(), std::size_t(3));
        QCOMPARE(res.rows[0].method, std::string("full"));
        QCOMPARE(res.rows[1].method, std::string("hybrid"));
        QCOMPARE(res.rows[2].method, std::string("sgd"));
        QCOMPARE(epochs, 60);
        QCOMPARE(res.sgdLoss.size(), std::size_t(30));
        for (const auto& r : res.rows)
            QVERIFY(r.hasNetwork);
    }

    void cliMessages_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("double dash") << QStringList{"--arch", "5--2"} << "empty layer 2";
        QTest::newRow("zero units") << QStringList{"--arch", "5-0-2"} << "0 units";
        QTest::newRow("first layer") << QStringList{"--arch", "4-5-2"} << "has 5 features";
        QTest::newRow("classes") << QStringList{"--arch", "5-5-3"} << "has 2 classes";
        QTest::newRow("method") << QStringList{"--arch", "5-5-2", "--method", "sgd"} << "--method";
    }
    void cliMessages() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString cli = qEnvironmentVariable("SPARSEMIP_CLI");
        if (cli.isEmpty()) QFAIL("SPARSEMIP_CLI not set");
        QProcess proc;
        proc.start(cli, QStringList{"miptrain", "--dataset", "parity5"} + args);
        QVERIFY(proc.waitForFinished(30000));
        QVERIFY(proc.exitCode() != 0);
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    void cliRunWritesJson() {
        const QString cli = qEnvironmentVariable("SPARSEMIP_CLI");
        if (cli.isEmpty()) QFAIL("SPARSEMIP_CLI not set");
        QTemporaryDir dir;
        const QString out = dir.filePath("run.json");
        QProcess proc;
        proc.start(cli, {"miptrain", "--dataset", "parity5", "--arch", "5-3-2", "--method",
                         "lagrangian", "--blocks", "2", "--iterations", "2", "--time-limit", "4",
                         "--block-time-limit", "1", "--epochs", "5", "--json", out});
        QVERIFY(proc.waitForFinished(60000));
        QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        const QString text = QString::fromUtf8(proc.readAllStandardOutput());
        QVERIFY2(text.contains("lagrangian") && text.contains("sgd"), qPrintable(text));
        std::ifstream in(out.toStdString());
        const auto j = nlohmann::json::parse(in);
        QCOMPARE(j["result"]["rows"].size(), std::size_t(2));
        QVERIFY(!j["result"]["lagrangian"].empty());
    }
};

QTEST_APPLESS_MAIN(TestMiptrainMethods)
#include "test_miptrain_methods.moc"
