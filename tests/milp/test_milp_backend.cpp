// Tests of the MILP backends (core/milp/milp_backend.h, worker_client.h): the worker-process
// backend against the in-process one on problems with known answers, its progress, its stop at
// the k-th progress event, its failures, and solveMany's order; then MIP training on both.
// The worker is the real CLI executable (path in env SPARSEMIP_CLI, set by ctest).
#include <QtTest>

#include <sys/wait.h>

#include <QFile>
#include <QTemporaryDir>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <random>

#include "core/milp/worker_client.h"
#include "core/miptrain/mip_evaluation.h"
#include "core/miptrain/mip_solve.h"
#include "tests/milp/milp_test_problems.h"

using namespace smip;

namespace {

std::string cliPath() {
    return qEnvironmentVariable("SPARSEMIP_CLI").toStdString();
}

MilpOptions quiet(double seconds = 30.0) {
    MilpOptions o;
    o.timeLimitSeconds = seconds;
    o.logLevel = 0;
    return o;
}

// 8 random points in the unit square with random labels: a 2-2-2 network MILP that solves to
// optimality in well under a second (as in test_miptrain_methods).
WeightedSamples tinySamples() {
    std::mt19937_64 rng(4);
    std::uniform_real_distribution<double> U(0.0, 1.0);
    Eigen::MatrixXd X(8, 2);
    for (Eigen::Index i = 0; i < X.size(); ++i)
        X.data()[i] = U(rng);
    return unitSamples(X, {0, 1, 1, 0, 1, 0, 0, 1}, 2);
}

MipArchitecture arch(std::vector<int> widths) {
    MipArchitecture a;
    a.widths = std::move(widths);
    return a;
}

int openDescriptors() {
    int n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator("/proc/self/fd"))
        ++n;
    return n;
}

// A script standing in for the worker that ends as `body` says, without a result line.
std::string fakeWorker(const QTemporaryDir& dir, const char* body) {
    const QString path = dir.filePath("fake-worker.sh");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(QByteArray("#!/bin/sh\n") + body + "\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path.toStdString();
}

}  // namespace

#define REQUIRE_CLI() \
    if (cliPath().empty()) QFAIL("SPARSEMIP_CLI is not set (run through ctest)")

class TestMilpBackend : public QObject {
    Q_OBJECT
  private slots:
    void workerResultEqualsInProcess() {
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(cliPath());
        const auto k = test::randomKnapsack(14, 31);
        for (const MilpProblem& p : {test::knapsackProblem(k), test::mixedProblem()}) {
            const MilpResult here = inProcessMilpBackend().solve(p, quiet(), {}, {});
            const MilpResult there = worker.solve(p, quiet(), {}, {});
            QCOMPARE(there.status, MilpStatus::Optimal);
            QCOMPARE(there.status, here.status);
            QVERIFY(there.hasSolution);
            QCOMPARE(there.objective, here.objective);
            QCOMPARE(there.solution.size(), p.columns.size());
        }
        QCOMPARE(worker.solve(test::knapsackProblem(k), quiet(), {}, {}).objective,
                 test::bruteForceKnapsack(k));
    }

    void progressAndLogArrive() {
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(cliPath());
        MilpOptions o = quiet();
        o.logLevel = 1;
        int progress = 0, logs = 0;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress&) { ++progress; };
        hooks.onLog = [&](const std::string&) { ++logs; };
        int restarts = 0;
        hooks.onRestart = [&] { ++restarts; };
        const MilpResult r =
            worker.solve(test::knapsackProblem(test::randomKnapsack(14, 5)), o, hooks, {});
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY(progress > 0);
        QVERIFY(logs > 0);
        QCOMPARE(restarts, 0);  // a solve that did not crash is not started over
    }

    void stopAtKthProgressKeepsTheIncumbent() {
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(cliPath());
        // Hard for branch and bound: runs far longer than the test unless stopped. Samples at most
        // every second (plus new incumbents), so "a few events after the stop" means the stop took
        // effect within one reporting interval (the kill comes 0.7 s after "cancel").
        MilpOptions o = quiet(120);
        o.progressIntervalSeconds = 1.0;
        std::stop_source stop;
        int events = 0, afterStop = 0;
        double incumbentAtStop = std::nan("");
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress& p) {
            ++events;
            if (stop.stop_requested()) {
                ++afterStop;
                return;
            }
            // The 2nd event with an incumbent (or the 50th at the latest) requests the stop.
            if ((events >= 2 && std::isfinite(p.incumbent)) || events >= 50) {
                incumbentAtStop = p.incumbent;
                stop.request_stop();
            }
        };
        const MilpResult r = worker.solve(test::marketSplit(6, 3), o, hooks, stop.get_token());
        QVERIFY(stop.stop_requested());
        QCOMPARE(r.status, MilpStatus::Cancelled);
        QVERIFY2(afterStop <= 3, std::to_string(afterStop).c_str());
        QVERIFY2(std::isfinite(incumbentAtStop), "no incumbent within 50 progress events");
        // Kept: the worker's own result (with the solution) or, after a kill, the last reported
        // incumbent. Minimization: never worse than the incumbent when the stop was requested.
        QVERIFY2(std::isfinite(r.objective), r.message.c_str());
        QVERIFY(r.objective <= incumbentAtStop + 1e-9);
        if (r.hasSolution) QCOMPARE(r.solution.size(), test::marketSplit(6, 3).columns.size());
    }

    void missingExecutableIsAnError() {
        const WorkerProcessMilpBackend worker("/nonexistent/dir/sparsemip");
        const MilpResult r = worker.solve(test::mixedProblem(), quiet(), {}, {});
        QCOMPARE(r.status, MilpStatus::Error);
        QVERIFY2(r.message.find("cannot start") != std::string::npos, r.message.c_str());
        QVERIFY2(r.message.find("/nonexistent/dir/sparsemip") != std::string::npos,
                 r.message.c_str());
    }

    void childEndingWithoutResultNamesHowItEnded() {
        QTemporaryDir dir;
        std::string log;
        MilpHooks hooks;
        hooks.onLog = [&](const std::string& line) { log += line; };
        const WorkerProcessMilpBackend exits(fakeWorker(dir, "echo 'no job for me' >&2; exit 3"));
        MilpResult r = exits.solve(test::mixedProblem(), quiet(), hooks, {});
        QCOMPARE(r.status, MilpStatus::Error);
        QVERIFY2(r.message.find("exit code 3") != std::string::npos, r.message.c_str());
        QVERIFY2(log.find("no job for me") != std::string::npos, log.c_str());  // its stderr
        const WorkerProcessMilpBackend crashes(fakeWorker(dir, "kill -SEGV $$"));
        r = crashes.solve(test::mixedProblem(), quiet(), {}, {});
        QCOMPARE(r.status, MilpStatus::Error);
        QVERIFY2(r.message.find("signal 11") != std::string::npos, r.message.c_str());
    }

    // A child still running past its time limit (CBC inside a long root LP does not look at its
    // limit) is stopped there: the
    // result is at the limit, with the incumbent it reported, not Cancelled and not an error.
    // The fake ignores "cancel", so this also covers the kill after the grace period.
    void overrunningChildIsStoppedAtItsTimeLimit() {
        QTemporaryDir dir;
        MilpOptions o = quiet();
        o.timeLimitSeconds = 0.2;
        o.hardTimeLimit = true;
        const WorkerProcessMilpBackend reported(
            fakeWorker(dir,
                       "echo '{\"type\":\"clock\"}'; echo "
                       "'{\"type\":\"progress\",\"seconds\":0.1,\"incumbent\":7,\"bound\":3,"
                       "\"gap\":0.57,\"nodes\":4}'; exec sleep 600"));
        int samples = 0;
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress&) { ++samples; };
        const MilpResult r = reported.solve(test::mixedProblem(), o, hooks, {});
        QCOMPARE(samples, 1);
        QCOMPARE(r.status, MilpStatus::NoSolutionAtLimit);  // its vector never arrived
        QVERIFY(!r.hasSolution);
        QCOMPARE(r.objective, 7.0);
        QCOMPARE(r.bestBound, 3.0);
        QVERIFY2(r.message.find("time limit reached") != std::string::npos, r.message.c_str());
        QVERIFY2(r.message.find("last reported incumbent") != std::string::npos, r.message.c_str());
    }

    void crashIsRetriedOnceWithoutPreprocessing() {
        QTemporaryDir dir;
        // Crashes while preprocessing is on (as Debian's CBC 2.10 can), solves once it is off.
        const std::string script =
            "grep -q '\"preprocess\":false' \"$2\" || kill -SEGV $$\nexec '" + cliPath() +
            "' \"$@\"";
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(fakeWorker(dir, script.c_str()));
        int restarts = 0;  // the retry is announced to the hooks, once
        MilpHooks hooks;
        hooks.onRestart = [&] { ++restarts; };
        const MilpResult r = worker.solve(test::mixedProblem(), quiet(), hooks, {});
        QCOMPARE(restarts, 1);
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY2(r.message.find("retried without CBC preprocessing") != std::string::npos,
                 r.message.c_str());
        QVERIFY2(r.message.find("signal 11") != std::string::npos, r.message.c_str());
    }

    // Live incumbent vectors (MilpHooks::onIncumbent) on both backends: each one improves on the
    // last, has one value per column, states its own objective over the columns it knows, and the
    // last one is the solution the solve returns.
    void incumbentVectorsArriveOnBothBackends() {
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(cliPath());
        const MilpProblem p = test::marketSplit(3, 7);
        for (const MilpBackend* backend :
             {&inProcessMilpBackend(), static_cast<const MilpBackend*>(&worker)}) {
            std::vector<MilpIncumbent> seen;
            MilpHooks hooks;
            hooks.onIncumbent = [&](const MilpIncumbent& i) { seen.push_back(i); };
            const MilpResult r = backend->solve(p, quiet(), hooks, {});
            QCOMPARE(r.status, MilpStatus::Optimal);
            QVERIFY(!seen.empty());
            for (std::size_t k = 0; k < seen.size(); ++k) {
                QCOMPARE(seen[k].values.size(), p.columns.size());
                if (k > 0) QVERIFY(seen[k].objective < seen[k - 1].objective);
                if (seen[k].missing() > 0) continue;
                double objective = 0.0;
                for (std::size_t j = 0; j < p.columns.size(); ++j)
                    objective += p.columns[j].cost * seen[k].values[j];
                QVERIFY(std::abs(objective - seen[k].objective) < 1e-6);
            }
            QCOMPARE(seen.back().objective, r.objective);
            for (std::size_t j = 0; j < p.columns.size(); ++j)
                if (!std::isnan(seen.back().values[j]))
                    QVERIFY(std::abs(seen.back().values[j] - r.solution[j]) < 1e-6);
        }
    }

    void solveManyKeepsTheOrder() {
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(cliPath(), 2);
        std::vector<test::Knapsack> ks;
        std::vector<MilpProblem> problems;
        for (std::uint64_t seed : {11, 12, 13, 14, 15}) {
            ks.push_back(test::randomKnapsack(12 + static_cast<int>(seed % 3), seed));
            problems.push_back(test::knapsackProblem(ks.back()));
        }
        const std::vector<MilpOptions> options(problems.size(), quiet());
        for (const MilpBackend* b :
             {&inProcessMilpBackend(), static_cast<const MilpBackend*>(&worker)}) {
            const auto results = b->solveMany(problems, options, {}, {});
            QCOMPARE(results.size(), problems.size());
            for (std::size_t i = 0; i < ks.size(); ++i) {
                QCOMPARE(results[i].status, MilpStatus::Optimal);
                QCOMPARE(results[i].objective, test::bruteForceKnapsack(ks[i]));
            }
        }
    }

    void solveManyAfterAStopStartsNothing() {
        const WorkerProcessMilpBackend worker("/nonexistent/dir/sparsemip", 2);
        std::stop_source stop;
        stop.request_stop();
        const std::vector<MilpProblem> problems(3, test::mixedProblem());
        const auto results =
            worker.solveMany(problems, std::vector<MilpOptions>(3, quiet()), {}, stop.get_token());
        QCOMPARE(results.size(), std::size_t(3));
        for (const auto& r : results) {
            QCOMPARE(r.status, MilpStatus::Cancelled);  // not Error: no start was even tried
            QVERIFY(std::isnan(r.bestBound));
        }
    }

    void leavesNoDescriptorOrChildBehind() {
        REQUIRE_CLI();
        const int before = openDescriptors();
        const WorkerProcessMilpBackend worker(cliPath(), 2);
        const WorkerProcessMilpBackend missing("/nonexistent/dir/sparsemip");
        QCOMPARE(worker.solve(test::mixedProblem(), quiet(), {}, {}).status, MilpStatus::Optimal);
        QCOMPARE(missing.solve(test::mixedProblem(), quiet(), {}, {}).status, MilpStatus::Error);
        std::stop_source stop;  // stopped at its first progress event: cancel, maybe a kill
        MilpHooks hooks;
        hooks.onProgress = [&](const MilpProgress&) { stop.request_stop(); };
        const std::vector<MilpProblem> hard(3, test::marketSplit(6, 3));
        for (const auto& r : worker.solveMany(hard, std::vector<MilpOptions>(3, quiet(120)), hooks,
                                              stop.get_token()))
            QCOMPARE(r.status, MilpStatus::Cancelled);
        QCOMPARE(openDescriptors(), before);
        errno = 0;
        QCOMPARE(::waitpid(-1, nullptr, WNOHANG), pid_t(-1));  // every child was reaped
        QCOMPARE(errno, ECHILD);
    }

    void mipTrainingGivesTheSameObjectiveOnBothBackends() {
        REQUIRE_CLI();
        const WorkerProcessMilpBackend worker(cliPath());
        const WeightedSamples s = tinySamples();
        const MipFormulation f;
        const auto fullHere = trainFullMip(s, arch({2, 2, 2}), f, quiet(40), {}, {});
        const auto fullThere =
            trainFullMip(s, arch({2, 2, 2}), f, quiet(40), {}, {}, nullptr, worker);
        QCOMPARE(fullThere.status, MilpStatus::Optimal);
        QCOMPARE(fullThere.status, fullHere.status);
        QVERIFY(std::abs(fullThere.objective - fullHere.objective) <=
                1e-6 * (1 + std::abs(fullHere.objective)));
        // Layer-wise: two MILPs in sequence, the second built from the first's frozen layer.
        const auto a = arch({2, 3, 2, 2});
        const auto here = trainLayerwiseMip(s, a, f, quiet(40), {}, {});
        const auto there = trainLayerwiseMip(s, a, f, quiet(40), {}, {}, worker);
        QVERIFY2(there.hasNetwork, there.message.c_str());
        QCOMPARE(there.status, here.status);
        const double vHere = mipObjectiveValue(here.network, s, f);
        const double vThere = mipObjectiveValue(there.network, s, f);
        QVERIFY2(std::abs(vHere - vThere) <= 1e-6 * (1 + std::abs(vHere)),
                 (std::to_string(vHere) + " vs " + std::to_string(vThere)).c_str());
    }
};

QTEST_GUILESS_MAIN(TestMilpBackend)
#include "test_milp_backend.moc"
