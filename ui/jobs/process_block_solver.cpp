#include "ui/jobs/process_block_solver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "ui/jobs/milp_process_job.h"

namespace smip::ui {

namespace {

struct Child {
    std::unique_ptr<QProcess> process;
    QByteArray pending;
    MilpResult result;
    bool gotResult = false;
    bool cancelled = false;
    QElapsedTimer sinceCancel;
};

void handleLines(Child& c, const MipTrainHooks& hooks) {
    c.pending += c.process->readAllStandardOutput();
    int nl;
    while ((nl = c.pending.indexOf('\n')) >= 0) {
        const QByteArray line = c.pending.left(nl);
        c.pending.remove(0, nl + 1);
        const auto j =
            nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (j.is_discarded() || !j.is_object()) continue;
        const std::string type = j.value("type", "");
        if (type == "progress" && hooks.onMilpProgress) {
            MilpProgress p;
            if (fromJson(j, p).empty()) hooks.onMilpProgress(p);
        } else if (type == "log" && hooks.onLog) {
            hooks.onLog(j.value("line", ""));
        } else if (type == "result") {
            c.gotResult = fromJson(j, c.result).empty();
        }
    }
}

}  // namespace

BlockSolver processBlockSolver(const MipTrainHooks& hooks, int maxParallel) {
    if (maxParallel <= 0) maxParallel = std::max(1, QThread::idealThreadCount());
    return [hooks, maxParallel](const std::vector<MilpProblem>& problems,
                                const std::vector<MilpOptions>& options,
                                std::stop_token stop) -> std::vector<MilpResult> {
        std::vector<MilpResult> results(problems.size());
        QTemporaryDir dir;
        std::vector<Child> children(problems.size());
        std::size_t next = 0, finished = 0;
        std::vector<std::size_t> running;
        auto launch = [&](std::size_t i) {
            nlohmann::json job;
            job["problem"] = toJson(problems[i]);
            job["options"] = toJson(options[i]);
            const QString path = dir.filePath(QStringLiteral("block%1.json").arg(i));
            const std::string error = writeFileAtomically(path.toStdString(), job.dump());
            Child& c = children[i];
            c.process = std::make_unique<QProcess>();
            if (!error.empty()) {
                c.result.status = MilpStatus::Error;
                c.result.message = error;
                c.gotResult = true;
                return false;
            }
            c.process->start(MilpProcessJob::workerExecutable(), {"milp-worker", path});
            if (!c.process->waitForStarted(5000)) {
                c.result.status = MilpStatus::Error;
                c.result.message =
                    "cannot start the solver process: " + c.process->errorString().toStdString();
                c.gotResult = true;
                return false;
            }
            return true;
        };
        while (finished < problems.size()) {
            while (running.size() < std::size_t(maxParallel) && next < problems.size()) {
                if (launch(next))
                    running.push_back(next);
                else
                    ++finished;
                ++next;
            }
            for (auto it = running.begin(); it != running.end();) {
                Child& c = children[*it];
                c.process->waitForReadyRead(20);
                handleLines(c, hooks);
                if (stop.stop_requested() && !c.cancelled) {
                    c.cancelled = true;
                    c.process->write("cancel\n");
                    c.process->waitForBytesWritten(100);
                    c.sinceCancel.start();
                }
                if (c.cancelled && c.sinceCancel.elapsed() > 1500) c.process->kill();
                if (c.process->state() == QProcess::NotRunning) {
                    handleLines(c, hooks);
                    if (!c.gotResult) {
                        c.result = MilpResult();
                        c.result.status = c.cancelled ? MilpStatus::Cancelled : MilpStatus::Error;
                        c.result.message = c.cancelled ? "stopped"
                                                       : "the solver process ended "
                                                         "without a result";
                    }
                    ++finished;
                    it = running.erase(it);
                } else {
                    ++it;
                }
            }
            if (stop.stop_requested() && next < problems.size()) {  // never start new blocks
                for (; next < problems.size(); ++next, ++finished) {
                    children[next].result.status = MilpStatus::Cancelled;
                    children[next].result.message = "not started (cancelled)";
                }
            }
        }
        for (std::size_t i = 0; i < problems.size(); ++i)
            results[i] = children[i].result;
        return results;
    };
}

}  // namespace smip::ui
