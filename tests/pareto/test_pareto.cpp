// core/pareto and `sparsemip pareto`: on a small instance every frontier point is proven, the
// frontier never rises with ε, the MILP's bounds hold every trained network, and no trained point
// within ε has fewer nonzeros than the proven optimum at ε (the frontier dominates the paths);
// the CLI writes the JSON the issue names; bad settings are refused by name.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/data/generators.h"
#include "core/pareto/pareto.h"
#include "core/sparsest/sparsest_warm_start.h"

using namespace smip;

namespace {

ParetoConfig smallConfig() {
    ParetoConfig c;
    c.regularizers = {"p0.4", "wd", "l1", "none"};
    c.lambdas = 3;
    c.lambdaMin = 1e-3;
    c.lambdaMax = 1e-1;
    c.epsilons = {0.0, 0.05, 0.2};
    c.train.epochs = 20000;
    c.timeLimitSeconds = 120;
    return c;
}

std::string cliPath() {
    return qEnvironmentVariable("SPARSEMIP_CLI").toStdString();
}

}  // namespace

class TestPareto : public QObject {
    Q_OBJECT
  private slots:
    void frontierDominatesEveryTrainedPoint() {
        const Dataset data = generateRandom(5, 2, 3);
        const ParetoConfig c = smallConfig();
        QVERIFY(validatePareto(data, c).canStart());
        int trainedCalls = 0, frontierCalls = 0;
        ParetoHooks hooks;
        hooks.onTrained = [&](const std::vector<ParetoTrainedPoint>&) { ++trainedCalls; };
        hooks.onFrontier = [&](const ParetoFrontierPoint&) { ++frontierCalls; };
        const ParetoResult r = runPareto(data, c, hooks);
        QCOMPARE(trainedCalls, 1);
        QCOMPARE(frontierCalls, 3);
        QCOMPARE(int(r.trained.size()), 3 * 3 + 1);  // none has no λ: trained once
        QCOMPARE(int(r.frontier.size()), 3);
        for (const ParetoTrainedPoint& p : r.trained) {
            const SparsestBounds own = boundsFromModel(p.net, 0.0);
            QVERIFY(own.wBound <= r.wBound + 1e-12);
            QVERIFY(own.bBound <= r.bBound + 1e-12);
        }
        for (std::size_t i = 0; i < r.frontier.size(); ++i) {
            const ParetoFrontierPoint& f = r.frontier[i];
            QVERIFY2(f.proven, f.status.c_str());
            QVERIFY(f.maxResidual <= f.epsilon + 1e-6);
            if (i > 0) QVERIFY(f.nonzeros <= r.frontier[i - 1].nonzeros);
            for (const ParetoTrainedPoint& p : r.trained)
                if (p.maxResidual <= f.epsilon)
                    QVERIFY2(p.nonzeros >= f.nonzeros,
                             qPrintable(QString("%1 λ=%2: %3 nonzeros within ε=%4, optimum %5")
                                            .arg(QString::fromStdString(p.regularizer))
                                            .arg(p.lambda)
                                            .arg(p.nonzeros)
                                            .arg(f.epsilon)
                                            .arg(f.nonzeros)));
        }
        // The loosest tolerance admits trained points: the frontier there starts from one.
        QVERIFY(!r.frontier.back().start.empty());
    }

    // Issue #14's target: for N ≤ 6 every tolerance of the seed's sweep is proven (the rank bound
    // with exact max-norm LPs closes the ε > 0 points CBC alone leaves at bound 4 of 5).
    void sixSamplesEveryToleranceProven() {
        const Dataset data = generateRandom(6, 5, 0);
        ParetoConfig c = smallConfig();
        c.regularizers = {"p0.4", "l1"};
        c.lambdas = 2;
        c.epsilons = {0.0, 0.01, 0.05, 0.1};
        c.timeLimitSeconds = 600;  // a safety net: each point takes well under a second
        const ParetoResult r = runPareto(data, c, {});
        QCOMPARE(int(r.frontier.size()), 4);
        // Exact fit needs N = 6 nonzeros (rank argument); looser tolerances need no more.
        QCOMPARE(r.frontier[0].nonzeros, 6);
        for (std::size_t i = 0; i < r.frontier.size(); ++i) {
            QVERIFY2(r.frontier[i].proven, r.frontier[i].status.c_str());
            if (i > 0) QVERIFY(r.frontier[i].nonzeros <= r.frontier[i - 1].nonzeros);
        }
    }

    void badSettingsAreNamed() {
        const Dataset data = generateRandom(5, 2, 3);
        ParetoConfig c = smallConfig();
        c.epsilons = {0.0, -0.1};
        QVERIFY(!validatePareto(data, c).canStart());
        c = smallConfig();
        c.regularizers = {"p0.4", "lasso"};
        const ConfigIssues issues = validatePareto(data, c);
        QVERIFY(!issues.canStart());
        QVERIFY(issues.summary(IssueSeverity::Invalid).find("lasso") != std::string::npos);
        c = smallConfig();
        c.lambdaMin = 0.5;
        c.lambdaMax = 0.1;
        QVERIFY(!validatePareto(data, c).canStart());
    }

    void cliWritesTrainedAndFrontier() {
        if (cliPath().empty()) QFAIL("SPARSEMIP_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        const QString json = dir.filePath("p.json"), csv = dir.filePath("p.csv");
        QProcess p;
        p.start(QString::fromStdString(cliPath()),
                {"pareto", "--dataset",      "random",  "--n",          "4",  "--d",
                 "2",      "--regularizers", "p0.7,l1", "--lambdas",    "2",  "--epsilons",
                 "0,0.1",  "--epochs",       "5000",    "--time-limit", "60", "--json",
                 json,     "--csv",          csv});
        QVERIFY(p.waitForFinished(240000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        std::ifstream in(json.toStdString());
        const auto j = nlohmann::json::parse(in);
        QCOMPARE(int(j["trained"].size()), 4);
        for (const char* key :
             {"regularizer", "lambda", "mse", "max_residual", "nonzeros", "active_neurons"})
            QVERIFY2(j["trained"][0].contains(key), key);
        QCOMPARE(int(j["frontier"].size()), 2);
        for (const char* key : {"epsilon", "nonzeros", "best_bound", "status", "seconds"})
            QVERIFY2(j["frontier"][0].contains(key), key);
        QCOMPARE(j["frontier"][0]["status"].get<std::string>(), std::string("optimal"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 1 + 4 + 2);
        // A bad tolerance list is a usage error naming the flag.
        QProcess bad;
        bad.start(QString::fromStdString(cliPath()),
                  {"pareto", "--dataset", "random", "--epsilons", "0,x"});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("epsilons"));
    }
};

QTEST_GUILESS_MAIN(TestPareto)
#include "test_pareto.moc"
