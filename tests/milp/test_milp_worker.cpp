// Tests of the worker protocol (core/milp/milp_worker.cpp) through string streams and through the
// real `sparsemip milp-worker` executable (path in env SPARSEMIP_CLI) as a child process.
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>
#include <chrono>
#include <fstream>
#include <sstream>

#include "core/milp/milp_json.h"
#include "core/milp/milp_worker.h"
#include "tests/milp/milp_test_problems.h"

using namespace smip;
using nlohmann::json;

namespace {

std::string writeJob(const QTemporaryDir& dir, const MilpProblem& p, const MilpOptions& o) {
    const std::string path = dir.filePath("job.json").toStdString();
    std::ofstream(path) << json{{"problem", toJson(p)}, {"options", toJson(o)}}.dump();
    return path;
}

std::vector<json> parseLines(const std::string& text) {
    std::vector<json> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        out.push_back(json::parse(line));  // throws on a stray line
    return out;
}

QString cliPath() {
    return qEnvironmentVariable("SPARSEMIP_CLI");
}

}  // namespace

#define REQUIRE_CLI() \
    if (cliPath().isEmpty()) QSKIP("SPARSEMIP_CLI is not set (run through ctest)")

class TestMilpWorker : public QObject {
    Q_OBJECT
  private slots:
    void streamsProduceLogProgressResult() {
        QTemporaryDir dir;
        const auto k = test::randomKnapsack(14, 31);
        MilpOptions o;
        o.timeLimitSeconds = 30;
        const auto job = writeJob(dir, test::knapsackProblem(k), o);
        std::istringstream in;  // immediate end of input: must NOT cancel
        std::ostringstream out;
        QCOMPARE(runMilpWorker(job, in, out), 0);
        const auto lines = parseLines(out.str());
        int logs = 0, progress = 0;
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            const auto type = lines[i].at("type").get<std::string>();
            logs += type == "log";
            progress += type == "progress";
            QVERIFY(type == "log" || type == "progress");
        }
        QVERIFY(logs > 0);
        QVERIFY(progress > 0);
        QCOMPARE(lines.back().at("type").get<std::string>(), std::string("result"));
        MilpResult r;
        QCOMPARE(QString::fromStdString(fromJson(lines.back(), r)), QString());
        QCOMPARE(r.status, MilpStatus::Optimal);
        QCOMPARE(r.objective, test::bruteForceKnapsack(k));
    }

    void cancelLineStopsTheSolve() {
        QTemporaryDir dir;
        MilpOptions o;
        o.timeLimitSeconds = 60;
        const auto job = writeJob(dir, test::marketSplit(6, 3), o);
        std::istringstream in("status\ncancel\n");
        std::ostringstream out;
        const auto t0 = std::chrono::steady_clock::now();
        runMilpWorker(job, in, out);
        QVERIFY(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
        const auto lines = parseLines(out.str());
        QCOMPARE(lines.back().at("status").get<std::string>(), std::string("cancelled"));
    }

    void badJobGivesErrorResult() {
        QTemporaryDir dir;
        std::istringstream in;
        std::ostringstream out;
        QCOMPARE(runMilpWorker(dir.filePath("missing.json").toStdString(), in, out), 2);
        auto lines = parseLines(out.str());
        QCOMPARE(lines.size(), std::size_t(1));
        QCOMPARE(lines[0].at("status").get<std::string>(), std::string("error"));
        const std::string path = dir.filePath("bad.json").toStdString();
        std::ofstream(path)
            << R"({"problem": {"columns": [{"lower": 1, "upper": 0}], "rows": []}})";
        std::ostringstream out2;
        QCOMPARE(runMilpWorker(path, in, out2), 1);
        lines = parseLines(out2.str());
        QCOMPARE(lines.back().at("status").get<std::string>(), std::string("error"));
        QVERIFY(lines.back().at("message").get<std::string>().find("column 0") !=
                std::string::npos);
    }

    void childProcessSolvesWithClosedStdin() {
        QTemporaryDir dir;
        const auto k = test::randomKnapsack(12, 41);
        const auto job = writeJob(dir, test::knapsackProblem(k), MilpOptions{});
        REQUIRE_CLI();
        QProcess proc;
        proc.start(cliPath(), {"milp-worker", QString::fromStdString(job)});
        QVERIFY(proc.waitForStarted(5000));
        proc.closeWriteChannel();  // EOF on stdin must not cancel
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 0);
        const auto lines = parseLines(proc.readAllStandardOutput().toStdString());
        QCOMPARE(lines.back().at("status").get<std::string>(), std::string("optimal"));
        QCOMPARE(lines.back().at("objective").get<double>(), test::bruteForceKnapsack(k));
    }

    void childProcessCancelsOnStdinLine() {
        QTemporaryDir dir;
        MilpOptions o;
        o.timeLimitSeconds = 120;
        const auto job = writeJob(dir, test::marketSplit(6, 8), o);
        REQUIRE_CLI();
        QProcess proc;
        proc.start(cliPath(), {"milp-worker", QString::fromStdString(job)});
        QVERIFY(proc.waitForStarted(5000));
        // Wait until the solve is running (first JSON line), then let it work a moment.
        QVERIFY(proc.waitForReadyRead(20000));
        QTest::qWait(1500);
        QCOMPARE(proc.state(), QProcess::Running);
        const auto t0 = std::chrono::steady_clock::now();
        proc.write("cancel\n");
        QVERIFY(proc.waitForFinished(10000));
        const double latency =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        qInfo("child cancel latency %.3f s", latency);
        QVERIFY2(latency < 3.0, qPrintable(QString::number(latency)));
        QCOMPARE(proc.exitCode(), 0);
        const auto lines = parseLines(proc.readAllStandardOutput().toStdString());
        QCOMPARE(lines.back().at("type").get<std::string>(), std::string("result"));
        QCOMPARE(lines.back().at("status").get<std::string>(), std::string("cancelled"));
    }

    void childProcessStopsOnSigterm() {
        QTemporaryDir dir;
        MilpOptions o;
        o.timeLimitSeconds = 120;
        const auto job = writeJob(dir, test::marketSplit(6, 9), o);
        REQUIRE_CLI();
        QProcess proc;
        proc.start(cliPath(), {"milp-worker", QString::fromStdString(job)});
        QVERIFY(proc.waitForStarted(5000));
        QVERIFY(proc.waitForReadyRead(20000));
        QTest::qWait(1000);
        proc.terminate();  // SIGTERM
        QVERIFY(proc.waitForFinished(10000));
        const auto lines = parseLines(proc.readAllStandardOutput().toStdString());
        QCOMPARE(lines.back().at("status").get<std::string>(), std::string("cancelled"));
    }
};

QTEST_APPLESS_MAIN(TestMilpWorker)
#include "test_milp_worker.moc"
