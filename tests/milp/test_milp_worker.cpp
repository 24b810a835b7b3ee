// Tests of the worker protocol (core/milp/milp_worker.cpp) through string streams and through the
// real `sparsemip milp-worker` executable (path in env SPARSEMIP_CLI) as a child process.
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <condition_variable>
#include <fstream>
#include <mutex>
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

// The worker's output: whole lines, counted by type, observable from another thread.
class LineSink : public std::streambuf {
  public:
    /// Blocks until `n` progress lines or the result line have been written; true for the former.
    bool waitForProgress(int n) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return progress_ >= n || result_; });
        return progress_ >= n;
    }
    int progressLines() const {
        std::lock_guard lock(mutex_);
        return progress_;
    }
    std::string text() const {
        std::lock_guard lock(mutex_);
        return text_;
    }

  protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        std::lock_guard lock(mutex_);
        const char ch = traits_type::to_char_type(c);
        text_.push_back(ch);
        if (ch == '\n') {
            const std::size_t start = text_.rfind('\n', text_.size() - 2);
            const std::string line = text_.substr(start == std::string::npos ? 0 : start + 1);
            if (line.find("\"type\":\"progress\"") != std::string::npos) ++progress_;
            if (line.find("\"type\":\"result\"") != std::string::npos) result_ = true;
            changed_.notify_all();
        }
        return c;
    }

  private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::string text_;
    int progress_ = 0;
    bool result_ = false;
};

// The parent's commands: "cancel" once the sink holds k progress lines, then end of input. The
// worker's reader thread requests the stop right after reading the line and before it asks for
// more input, so the progress count at that second read bounds what was written before the stop.
class CancelAfterProgress : public std::streambuf {
  public:
    CancelAfterProgress(LineSink& sink, int k) : sink_(sink), k_(k) {}
    int progressAtStop() const { return progressAtStop_.load(); }

  protected:
    int_type underflow() override {
        if (!sent_) {
            sent_ = true;
            if (!sink_.waitForProgress(k_)) return traits_type::eof();  // solved first
            setg(line_, line_, line_ + 7);
            return traits_type::to_int_type(line_[0]);
        }
        if (progressAtStop_.load() < 0) progressAtStop_.store(sink_.progressLines());
        return traits_type::eof();
    }

  private:
    LineSink& sink_;
    const int k_;
    bool sent_ = false;
    char line_[8] = "cancel\n";
    std::atomic<int> progressAtStop_{-1};
};

QString cliPath() {
    return qEnvironmentVariable("SPARSEMIP_CLI");
}

}  // namespace

#define REQUIRE_CLI() \
    if (cliPath().isEmpty()) QFAIL("SPARSEMIP_CLI is not set (run through ctest)")

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

    void cancelLineStopsTheSolve_data() {
        QTest::addColumn<int>("k");
        QTest::newRow("after 1 progress line") << 1;
        QTest::newRow("after 10 progress lines") << 10;
    }
    void cancelLineStopsTheSolve() {
        // "cancel" arrives after the k-th progress line; the solve must end Cancelled with at most
        // one sample (the final one) beyond what was written before the stop took effect, plus
        // one that may have been in flight on the solving thread.
        QFETCH(int, k);
        QTemporaryDir dir;
        MilpOptions o;
        o.timeLimitSeconds = 30;  // ignoring the cancel would end at this limit instead
        const auto job = writeJob(dir, test::marketSplit(6, 3), o);
        LineSink sink;
        std::ostream out(&sink);
        CancelAfterProgress commands(sink, k);
        std::istream in(&commands);
        QCOMPARE(runMilpWorker(job, in, out), 0);
        const auto lines = parseLines(sink.text());
        QCOMPARE(lines.back().at("type").get<std::string>(), std::string("result"));
        QCOMPARE(lines.back().at("status").get<std::string>(), std::string("cancelled"));
        QVERIFY(commands.progressAtStop() >= k);
        const int after = sink.progressLines() - commands.progressAtStop();
        QVERIFY2(after <= 2, qPrintable(QString("%1 progress lines after the stop").arg(after)));
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
        // The real child: "cancel" after its 3rd progress line ends the solve Cancelled with its
        // incumbent. Its latency is measured by bench_cancel (BM_CancelMilpWorkerChild).
        QTemporaryDir dir;
        MilpOptions o;
        o.timeLimitSeconds = 120;  // ignoring the cancel would run into ctest's timeout
        const auto job = writeJob(dir, test::marketSplit(6, 8), o);
        REQUIRE_CLI();
        QProcess proc;
        proc.start(cliPath(), {"milp-worker", QString::fromStdString(job)});
        QVERIFY(proc.waitForStarted(5000));
        QByteArray seen;
        auto progressLines = [&] { return int(seen.count("\"type\":\"progress\"")); };
        while (progressLines() < 3 && proc.state() == QProcess::Running) {
            proc.waitForReadyRead(1000);
            seen += proc.readAllStandardOutput();
        }
        QCOMPARE(proc.state(), QProcess::Running);
        proc.write("cancel\n");
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        seen += proc.readAllStandardOutput();
        const auto lines = parseLines(seen.toStdString());
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
